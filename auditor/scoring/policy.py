"""The conduct policy: a TOML file of thresholds and per-category terms, patterns and exceptions.

`load_policy()` reads the bundled default (`default_policy.toml`, through importlib.resources so
it works from an installed wheel). `load_policy(path)` reads a user's file, which either

* starts with `extends = "default"`: the file is layered over the default. Scalars (`enabled`,
  `severity`, `description`, `guidance`, thresholds) replace the default's; `terms`, `patterns`
  and `exceptions` are ADDED to the default's lists; or
* has no `extends`: the file is the whole policy; categories it does not define are disabled.

Every validation problem raises `PolicyError("<file>:<line>: <what is wrong>")`; unknown keys are
errors, so a typo never silently disables a rule.

Patterns are compiled with the `regex` module (the syntax of `re`) because it can stop a search
after a timeout: post text is hostile, and a pattern such as `(a+)+$` would otherwise backtrack
for hours on "aaaa...!". Validation warns about such nested quantifiers.
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

import regex

from auditor.errors import line_col
from auditor.scoring.types import BANDS, CATEGORIES
from auditor.tomllines import TomlLines

DEFAULT_NAME = "default_policy.toml"
SEVERITIES: tuple[str, ...] = BANDS[1:]
THRESHOLD_KEYS: tuple[str, ...] = ("low", "medium", "high", "critical")
TOP_KEYS = frozenset(("extends", "name", "thresholds", "categories", "model"))
CATEGORY_KEYS = frozenset(
    ("enabled", "severity", "description", "guidance", "terms", "patterns", "exceptions")
)
TERM_KEYS = frozenset(("term", "severity"))
MODEL_KEYS = frozenset(("enabled", "min_probability", "medium_probability"))
# Criticism of the employer may be protected activity: it is never scored above medium.
CAPPED = {"employer_criticism": "medium"}
# Seconds one post may spend in the patterns of one category before they are skipped for it.
PATTERN_TIMEOUT = 0.05


class PolicyError(ValueError):
    """An invalid policy file; the message reads `<file>:<line>: <what is wrong>`."""

    def __init__(self, source: str, line: int, message: str) -> None:
        # Line 0: about the whole file (it cannot be read), so no line is named.
        super().__init__(f"{source}:{line}: {message}" if line else f"{source}: {message}")
        self.source = source
        self.line = line
        self.message = message


@dataclass(frozen=True, slots=True)
class Term:
    """A word or phrase of a category; `severity` None means the category's severity."""

    text: str
    severity: str | None = None


@dataclass(frozen=True, slots=True)
class CategoryPolicy:
    id: str
    enabled: bool
    severity: str
    description: str
    guidance: str
    terms: tuple[Term, ...] = ()
    patterns: tuple[str, ...] = ()
    exceptions: tuple[str, ...] = ()

    def canonical(self) -> dict[str, Any]:
        return {
            "enabled": self.enabled,
            "severity": self.severity,
            "description": self.description,
            "guidance": self.guidance,
            "terms": [[t.text, t.severity] for t in self.terms],
            "patterns": list(self.patterns),
            "exceptions": list(self.exceptions),
        }


@dataclass(frozen=True, slots=True)
class ModelPolicy:
    """`enabled` None means: on when the learned model's file is present.

    A model hit below `min_probability` is ignored; below `medium_probability` it is a `low`
    finding, at or above it a `medium` one (the model's own threshold maximises F1, so its
    weaker hits are often wrong: they ask for a look, not a review).
    """

    enabled: bool | None = None
    min_probability: float = 0.5
    medium_probability: float = 0.8


@dataclass
class Policy:
    """The effective policy after validation (and after layering a user file over the default)."""

    name: str
    source: str
    thresholds: dict[str, int]
    categories: dict[str, CategoryPolicy]
    model: ModelPolicy = field(default_factory=ModelPolicy)
    warnings: list[str] = field(default_factory=list)

    def band_for(self, score: int) -> str:
        band = "none"
        for key in THRESHOLD_KEYS:
            if score >= self.thresholds[key]:
                band = key
        return band

    def enabled_categories(self) -> tuple[str, ...]:
        return tuple(c for c in CATEGORIES if c in self.categories and self.categories[c].enabled)

    def canonical(self) -> dict[str, Any]:
        """Everything that changes a score, as plain JSON-able data (for the policy version)."""
        return {
            "thresholds": dict(self.thresholds),
            "categories": {c: self.categories[c].canonical() for c in sorted(self.categories)},
            "model": [
                self.model.enabled,
                self.model.min_probability,
                self.model.medium_probability,
            ],
        }

    @property
    def digest(self) -> str:
        blob = json.dumps(self.canonical(), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def load_policy(path: Path | None = None) -> Policy:
    """The bundled default policy (`path` None) or a user's policy file; see the module doc."""
    default_text = resources.files("auditor.scoring").joinpath(DEFAULT_NAME).read_text("utf-8")
    default = _parse(default_text, f"<bundled {DEFAULT_NAME}>", base=None)
    if path is None:
        return default
    try:
        text = Path(path).read_text("utf-8-sig")  # a BOM from Windows editors is fine
    except OSError as exc:
        raise PolicyError(str(path), 0, f"cannot read policy file: {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        before = exc.object[: exc.start].decode("utf-8")
        line, column = line_col(before, len(before))
        raise PolicyError(
            str(path),
            line,
            f"column {column}: not UTF-8 text (byte 0x{exc.object[exc.start]:02x}); "
            "save the file as UTF-8",
        ) from None
    return parse_policy(text, str(path), default)


def parse_policy(text: str, source: str, default: Policy | None = None) -> Policy:
    """Parse policy TOML `text`; a file with `extends = "default"` is layered over `default`."""
    return _parse(text, source, base=default)


# --- parsing ------------------------------------------------------------------------------------

_TOML_LINE = re.compile(r"at line (\d+)")


def _parse(text: str, source: str, base: Policy | None) -> Policy:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = _TOML_LINE.search(str(exc))
        line = int(m.group(1)) if m else 1
        raise PolicyError(source, line, f"not valid TOML: {exc}") from None
    loc = _Locator(text, source)
    for key in data:
        if key not in TOP_KEYS:
            raise loc.error((key,), f"unknown key {key!r} (expected one of {_names(TOP_KEYS)})")
    extends = data.get("extends")
    if extends is not None and extends != "default":
        raise loc.error(("extends",), f'extends must be "default", not {extends!r}')
    layered = extends == "default"
    if layered and base is None:
        raise loc.error(("extends",), "the bundled default policy cannot extend itself")
    name = data.get("name", Path(source).stem if not source.startswith("<") else "default")
    if not isinstance(name, str):
        raise loc.error(("name",), "name must be a string")

    thresholds = dict(base.thresholds) if (layered and base) else {}
    raw_thr = data.get("thresholds", {})
    if not isinstance(raw_thr, dict):
        raise loc.error(("thresholds",), "[thresholds] must be a table")
    for key, value in raw_thr.items():
        if key not in THRESHOLD_KEYS:
            raise loc.error(("thresholds", key), f"unknown threshold {key!r}")
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 100:
            raise loc.error(("thresholds", key), f"threshold {key} must be an integer 1..100")
        thresholds[key] = value
    missing = [k for k in THRESHOLD_KEYS if k not in thresholds]
    if missing:
        raise loc.error(("thresholds",), f"missing thresholds: {', '.join(missing)}")
    values = [thresholds[k] for k in THRESHOLD_KEYS]
    if values != sorted(values) or len(set(values)) != len(values):
        raise loc.error(
            ("thresholds",), "thresholds must increase strictly: low < medium < high < critical"
        )

    warnings: list[str] = []
    categories: dict[str, CategoryPolicy] = {}
    if layered and base is not None:
        categories = dict(base.categories)
    raw_cats = data.get("categories", {})
    if not isinstance(raw_cats, dict):
        raise loc.error(("categories",), "[categories] must be a table")
    for cid, raw in raw_cats.items():
        if cid not in CATEGORIES:
            raise loc.error(
                ("categories", cid),
                f"unknown category {cid!r} (expected one of {_names(CATEGORIES)})",
            )
        if not isinstance(raw, dict):
            raise loc.error(("categories", cid), f"categories.{cid} must be a table")
        categories[cid] = _category(cid, raw, categories.get(cid), loc, warnings)

    model = base.model if (layered and base) else ModelPolicy()
    raw_model = data.get("model", {})
    if not isinstance(raw_model, dict):
        raise loc.error(("model",), "[model] must be a table")
    for key, value in raw_model.items():
        if key not in MODEL_KEYS:
            raise loc.error(("model", key), f"unknown key {key!r} in [model]")
        if key == "enabled":
            if not isinstance(value, bool):
                raise loc.error(("model", key), "model.enabled must be true or false")
            model = replace(model, enabled=value)
        elif isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value < 1:
            raise loc.error(("model", key), f"model.{key} must be a number in (0, 1)")
        elif key == "min_probability":
            model = replace(model, min_probability=float(value))
        else:
            model = replace(model, medium_probability=float(value))

    if not layered and base is not None:
        absent = [c for c in CATEGORIES if c not in categories]
        if absent:
            warnings.append(
                f"{source}: categories not defined in this file are disabled: {', '.join(absent)}"
            )
    if not any(c.enabled for c in categories.values()):
        warnings.append(f"{source}: every category is disabled: nothing will ever be flagged")
    return Policy(name, source, thresholds, categories, model, warnings)


def _category(
    cid: str,
    raw: dict[str, Any],
    prior: CategoryPolicy | None,
    loc: _Locator,
    warnings: list[str],
) -> CategoryPolicy:
    path = ("categories", cid)
    for key in raw:
        if key not in CATEGORY_KEYS:
            raise loc.error(
                (*path, key),
                f"unknown key {key!r} in categories.{cid} "
                f"(expected one of {_names(CATEGORY_KEYS)})",
            )
    enabled = raw.get("enabled", prior.enabled if prior else True)
    if not isinstance(enabled, bool):
        raise loc.error((*path, "enabled"), f"categories.{cid}.enabled must be true or false")
    severity = raw.get("severity", prior.severity if prior else None)
    if severity is None:
        raise loc.error(path, f"categories.{cid} needs a severity ({_names(SEVERITIES)})")
    _check_severity(severity, (*path, "severity"), cid, loc)
    texts: dict[str, str] = {}
    for key in ("description", "guidance"):
        value = raw.get(key, getattr(prior, key) if prior else "")
        if not isinstance(value, str):
            raise loc.error((*path, key), f"categories.{cid}.{key} must be a string")
        texts[key] = value.strip()
    if not texts["guidance"]:
        raise loc.error(path, f"categories.{cid} needs guidance for the reviewer")

    terms = list(prior.terms) if prior else []
    raw_terms = raw.get("terms", [])
    if not isinstance(raw_terms, list):
        raise loc.error((*path, "terms"), f"categories.{cid}.terms must be a list")
    for item in raw_terms:
        if isinstance(item, str):
            term = Term(item.strip())
        elif isinstance(item, dict):
            bad = [k for k in item if k not in TERM_KEYS]
            if bad:
                raise loc.error((*path, "terms"), f"unknown key {bad[0]!r} in a term", bad[0])
            text = item.get("term")
            if not isinstance(text, str):
                raise loc.error((*path, "terms"), 'a term table needs term = "..."', "term")
            sev = item.get("severity")
            if sev is not None:
                _check_severity(sev, (*path, "terms"), cid, loc, needle=text)
            term = Term(text.strip(), sev)
        else:
            raise loc.error((*path, "terms"), "terms must be strings or {term, severity} tables")
        if not term.text or not any(ch.isalnum() for ch in term.text):
            raise loc.error((*path, "terms"), "a term must contain a letter or digit", repr(item))
        terms.append(term)

    patterns = list(prior.patterns) if prior else []
    for item in _strings(raw, "patterns", path, cid, loc):
        try:
            compiled = compile_patterns((item,))  # as scoring compiles it
        except regex.error as exc:
            raise loc.error(
                (*path, "patterns"), f"invalid regular expression {item!r}: {exc}", item
            ) from None
        if compiled.fullmatch(""):
            raise loc.error((*path, "patterns"), f"pattern {item!r} matches empty text", item)
        if nests_quantifiers(item):
            line = loc.line_of((*path, "patterns"), item)
            warnings.append(
                f"{loc.source}:{line}: pattern {item!r} of categories.{cid} repeats a group that "
                "itself repeats, as in (a+)+: on text that almost matches it can backtrack for "
                f"hours, so scoring gives it up after {PATTERN_TIMEOUT} s per post; write it "
                "without the nesting (a+ for (a+)+)"
            )
        patterns.append(item)
    exceptions = list(prior.exceptions) if prior else []
    exceptions.extend(_strings(raw, "exceptions", path, cid, loc))
    return CategoryPolicy(
        cid,
        enabled,
        severity,
        texts["description"],
        texts["guidance"],
        tuple(dict.fromkeys(terms)),
        tuple(dict.fromkeys(patterns)),
        tuple(dict.fromkeys(e.strip() for e in exceptions if e.strip())),
    )


def compile_patterns(patterns: tuple[str, ...]) -> Any:
    """One `regex` pattern for a category's patterns: an alternation, the leftmost match wins.

    VERSION0 keeps the semantics of `re`; search it with `timeout=PATTERN_TIMEOUT`.
    """
    return regex.compile("|".join(f"(?:{p})" for p in patterns), regex.VERSION0)


_UNBOUNDED = re.compile(r"[+*]|\{\d*,\}")


def nests_quantifiers(pattern: str) -> bool:
    """True when an unbounded repeat (`+`, `*`, `{n,}`) applies to a group that holds one.

    That is the shape of exponential backtracking, as in `(a+)+` or `(\\w+\\s?)*`. A heuristic:
    it reads escapes and character classes but not every construct of the syntax.
    """
    held: list[bool] = []  # per open group: does it hold an unbounded repeat?
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a class: skip to its end; a ] first in it is a literal
            i += 2 if pattern.startswith("[^", i) else 1
            i += 1 if pattern.startswith("]", i) else 0
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif c == "(":
            held.append(False)
        elif c == ")" and held:
            inner = held.pop()
            if inner and _UNBOUNDED.match(pattern, i + 1):
                return True
            if inner and held:
                held[-1] = True
        elif held and _UNBOUNDED.match(pattern, i):
            held[-1] = True
        i += 1
    return False


def _strings(
    raw: dict[str, Any], key: str, path: tuple[str, ...], cid: str, loc: _Locator
) -> list[str]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise loc.error((*path, key), f"categories.{cid}.{key} must be a list of strings")
    return list(value)


def _check_severity(
    value: object, path: tuple[str, ...], cid: str, loc: _Locator, needle: str | None = None
) -> None:
    if value not in SEVERITIES:
        raise loc.error(
            path, f"severity {value!r} is not one of {_names(SEVERITIES)}", needle or str(value)
        )
    cap = CAPPED.get(cid)
    if cap is not None and SEVERITIES.index(str(value)) > SEVERITIES.index(cap):
        raise loc.error(
            path,
            f"{cid} is at most {cap}: criticism of the employer may be protected activity",
            needle or str(value),
        )


def _names(items: object) -> str:
    assert isinstance(items, tuple | frozenset)
    return ", ".join(sorted(str(i) for i in items))


class _Locator(TomlLines):
    """The policy text's lines, making errors that name the source and the line of a key."""

    def __init__(self, text: str, source: str) -> None:
        super().__init__(text)
        self.source = source

    def line_of(self, path: tuple[str, ...], needle: str | None = None) -> int:
        return self.find(path, needle) or 1

    def error(self, path: tuple[str, ...], message: str, needle: str | None = None) -> PolicyError:
        return PolicyError(self.source, self.line_of(path, needle), message)
