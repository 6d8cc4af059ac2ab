"""Find, read and validate `auditor.toml`.

The keys are a public contract: other tools write them. Unknown keys are errors that name them,
and relative paths resolve against the folder of the config file.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from auditor.errors import UsageError, decode_utf8
from auditor.models import Organization
from auditor.secrets import check_config_file
from auditor.tomllines import TomlLines

CONFIG_ENV = "AUDITOR_CONFIG"
DEFAULT_NAME = "auditor.toml"

_SCHEMA: dict[str, dict[str, type | tuple[type, ...]]] = {
    "organization": {
        "name": str,
        "aliases": list,
        "products": list,
        "competitors": list,
        "codenames": list,
    },
    "roster": {"path": str},
    "store": {"path": str},
    "report": {"dir": str, "show_pii": bool},
    "policy": {"path": str},
    "run": {"concurrency": int},
    "retention": {"unflagged_days": int, "flagged_days": int},
}
# Tables whose inner keys are checked by the module that owns them.
_OPEN_TABLES = ("sources", "notify")


@dataclass(frozen=True, slots=True)
class Retention:
    unflagged_days: int = 30
    flagged_days: int = 365


@dataclass(frozen=True, slots=True)
class Config:
    path: Path | None
    organization: Organization = field(default_factory=Organization)
    roster_path: Path = Path("roster.csv")
    store_path: Path = Path("auditor.db")
    report_dir: Path = Path("reports")
    policy_path: Path | None = None
    show_pii: bool = False
    concurrency: int = 8
    retention: Retention = field(default_factory=Retention)
    sources: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    notify: Mapping[str, Any] = field(default_factory=dict)


def find_config(explicit: Path | None, *, environ: Mapping[str, str] | None = None) -> Path | None:
    """`--config`, then `$AUDITOR_CONFIG`, then `./auditor.toml`; None when there is none."""
    env = os.environ if environ is None else environ
    if explicit is not None:
        if not explicit.is_file():
            raise UsageError(f"config file {explicit} not found: check the --config path")
        return explicit
    if env.get(CONFIG_ENV):
        path = Path(env[CONFIG_ENV])
        if not path.is_file():
            raise UsageError(f"config file {path} (from ${CONFIG_ENV}) not found")
        return path
    local = Path(DEFAULT_NAME)
    return local if local.is_file() else None


def require_config(explicit: Path | None, *, environ: Mapping[str, str] | None = None) -> Config:
    path = find_config(explicit, environ=environ)
    if path is None:
        raise UsageError(
            f"no {DEFAULT_NAME} found (looked at --config, ${CONFIG_ENV} and ./{DEFAULT_NAME}): "
            "run `auditor init` to write a starter one, or pass --config PATH"
        )
    return load_config(path)


def load_config(path: Path) -> Config:
    check_config_file(path)
    try:
        raw = decode_utf8(path.read_bytes(), str(path))
    except OSError as exc:
        raise UsageError(f"cannot read config file {path}: {exc.strerror}") from None
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{path}: invalid TOML: {exc}") from None
    return parse_config(data, path)


def located(where: str | Path, *keys: str) -> str:
    """`where` (a config file) and the line of the key at `keys` in it, as messages start:
    "auditor.toml, line 42"; just the file when the key is not found."""
    line = TomlLines.of_file(where).find(keys)
    return f"{where}, line {line}" if line else str(where)


def parse_config(data: Mapping[str, Any], path: Path) -> Config:
    base = path.resolve().parent

    def fail(message: str, *keys: str) -> UsageError:
        return UsageError(f"{located(path, *keys)}: {message}")

    for name, value in data.items():
        if name not in _SCHEMA and name not in _OPEN_TABLES:
            known = ", ".join(f"[{t}]" for t in (*_SCHEMA, *_OPEN_TABLES))
            raise fail(f"unknown table or key '{name}' (known: {known})", name)
        if not isinstance(value, dict):
            raise fail(f"'{name}' must be a table ([{name}])", name)
        if name in _SCHEMA:
            _check_table(name, value, fail)

    def table(name: str) -> dict[str, Any]:
        value = data.get(name, {})
        return value if isinstance(value, dict) else {}

    org = table("organization")
    organization = Organization(
        name=org.get("name", ""),
        aliases=tuple(org.get("aliases", ())),
        products=tuple(org.get("products", ())),
        competitors=tuple(org.get("competitors", ())),
        codenames=tuple(org.get("codenames", ())),
    )

    def resolve(value: str) -> Path:
        p = Path(value).expanduser()
        return p if p.is_absolute() else base / p

    run = table("run")
    concurrency = int(run.get("concurrency", 8))
    if concurrency < 1:
        raise fail("[run] concurrency must be at least 1", "run", "concurrency")
    ret = table("retention")
    retention = Retention(
        unflagged_days=int(ret.get("unflagged_days", 30)),
        flagged_days=int(ret.get("flagged_days", 365)),
    )
    for key in ("unflagged_days", "flagged_days"):
        if getattr(retention, key) < 0:
            raise fail(f"[retention] {key} must not be negative (0 or more days)", "retention", key)
    policy = table("policy").get("path")
    sources = table("sources")
    for name, value in sources.items():
        if not isinstance(value, dict):
            raise fail(f"[sources.{name}] must be a table", "sources", name)
    return Config(
        path=path,
        organization=organization,
        roster_path=resolve(table("roster").get("path", "roster.csv")),
        store_path=resolve(table("store").get("path", "auditor.db")),
        report_dir=resolve(table("report").get("dir", "reports")),
        policy_path=resolve(policy) if policy else None,
        show_pii=bool(table("report").get("show_pii", False)),
        concurrency=concurrency,
        retention=retention,
        sources=sources,
        notify=table("notify"),
    )


def _check_table(name: str, value: Mapping[str, Any], fail: Callable[..., UsageError]) -> None:
    for key, item in value.items():
        expected = _SCHEMA[name].get(key)
        if expected is None:
            known = ", ".join(_SCHEMA[name])
            raise fail(f"unknown key '{key}' in [{name}] (known: {known})", name, key)
        if not isinstance(item, expected) or (expected is int and isinstance(item, bool)):
            word = expected.__name__ if isinstance(expected, type) else "value"
            raise fail(f"[{name}] {key} must be a {_type_word(word)}", name, key)
        if isinstance(item, list) and not all(isinstance(x, str) for x in item):
            raise fail(f"[{name}] {key} must be a list of strings", name, key)


def _type_word(name: str) -> str:
    return {"str": "string", "list": "list", "bool": "boolean (true/false)", "int": "number"}.get(
        name, name
    )
