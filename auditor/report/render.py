"""Format a built `Report` as files: the run's HTML page, findings.json, findings.csv, the index.

Nothing is decided here that the page shows: `build.py` decides, this module formats and writes.
Every file is written atomically (a temp file in the same folder, then os.replace).
"""

from __future__ import annotations

import base64
import csv
import hashlib
import importlib.resources
import io
import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path

import jinja2
from markupsafe import Markup

import auditor
from auditor.protected import EMPLOYER_NOTICE
from auditor.report.model import Card, Report, RunRow
from auditor.report.text import show_controls, show_controls_in_json
from auditor.review import iso
from auditor.scoring.types import FINDING_FIELDS

CSV_FIELDS: tuple[str, ...] = (
    "run",
    "person",
    "network",
    "post_id",
    "url",
    "created_at",
    "band",
    "score",
    "category",
    "rule",
    "severity",
    "matched",
    "decoded",
    "policy_version",
    "tool_version",
    "finding_id",
    # Appended (older columns keep their places): the finding's recorded review decision, when
    # it was made, and the card's status as the page shows it. Never the reviewer's note.
    "decision",
    "decided_at",
    "status",
    # Where the words are in the post text as the report shows it: one rule matching twice in
    # a post is two rows with one finding_id (one finding for review), told apart by these.
    "start",
    "end",
    "person_id",  # `person` is the name, as findings.json's "person"; this is the roster's id
    # When the edit that gave the post the text these findings are on was seen (ISO 8601, UTC;
    # findings.json's last `edits[].seen_at`); empty for a post never seen edited.
    "edited",
)

_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


def template_loaders(template_dir: Path | None = None) -> list[jinja2.BaseLoader]:
    """User folder first, then the installed package's templates, then the source checkout's."""
    loaders: list[jinja2.BaseLoader] = []
    if template_dir is not None:
        loaders.append(jinja2.FileSystemLoader(str(template_dir)))
    installed = importlib.resources.files("auditor") / "templates"
    if installed.is_dir():
        loaders.append(jinja2.FileSystemLoader(str(installed)))
    checkout = Path(auditor.__file__).resolve().parent.parent / "templates"
    if checkout.is_dir():
        loaders.append(jinja2.FileSystemLoader(str(checkout)))
    return loaders


def environment(template_dir: Path | None = None) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(template_loaders(template_dir)),
        autoescape=True,  # always: every string in a report is hostile until escaped
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=_finalize,
    )
    env.filters["date"] = _fmt_date
    env.filters["datetime"] = _fmt_datetime
    env.filters["plural"] = _plural
    env.filters["num"] = _num
    env.filters["label"] = lambda value: str(value).replace("_", " ")
    env.filters["css"] = _css
    env.globals["EMPLOYER_NOTICE"] = EMPLOYER_NOTICE
    return env


def _finalize(value: object) -> object:
    """Every value a template prints: bidi and control characters become visible markers (bidi
    controls could show a post's words in another order than written, control characters are
    invisible); our own markup (CSS, script, JSON) is kept."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return show_controls(value)
    return value


def _fmt_date(value: datetime | None) -> str:
    return "" if value is None else value.strftime("%d %b %Y")


def _fmt_datetime(value: datetime | None) -> str:
    return "" if value is None else value.strftime("%d %b %Y %H:%M UTC")


def _num(count: int) -> str:
    return f"{count:,}"


def _plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count:,} {word if count == 1 else (many or word + 's')}"


def _css(value: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in str(value))


def json_for_script(data: object, *, markers: bool = False) -> Markup:
    """JSON that can sit inside <script type="application/json"> without ending it early.

    With `markers`, every bidi and control character in its strings (keys too) is shown as a
    marker, as `show_controls` shows it, in one pass over the finished text: JSON's own syntax
    is ASCII, so such a character can only stand inside a string, raw (`ensure_ascii=False`)
    or, for C0 controls, as an escape; the text is the JSON of the marked data.
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    if markers:
        text = show_controls_in_json(text)
    for raw, escaped in _JSON_ESCAPES.items():
        text = text.replace(raw, escaped)
    return Markup(text)  # noqa: S704 - every "<", ">" and "&" is escaped just above


def csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def content_security_policy(script: str) -> str:
    return (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        f"script-src '{csp_hash(script)}'; base-uri 'none'; form-action 'none'"
    )


def _segments(card: Card) -> list[object]:
    # Plain runs as strings; highlighted runs as [text, [finding indexes]]: the script works
    # out the <mark>'s severity and title from the findings, as `text.segments` does.
    return [[s.text, list(s.marks)] if s.marked else s.text for s in card.segments]


def cards_payload(report: Report) -> dict[str, object]:
    """The inline data the script pages through, kept small for 20,000-card runs.

    People, accounts and rules are listed once and cards point to them by index; keys whose
    value is the usual one (no raw URL, not a repost, the run's policy) are left out.
    """
    people: dict[str, int] = {}
    accounts: dict[tuple[str, str], int] = {}
    rules: dict[tuple[str, str, str, str, str], int] = {}
    cards: list[dict[str, object]] = []
    policy = report.summary.policy_version
    for c in report.cards:
        person = people.setdefault(c.person_id, len(people))
        account = accounts.setdefault((c.network, c.account), len(accounts))
        findings: list[list[object]] = []
        for f in c.findings:
            rule = rules.setdefault(
                (f.category, f.rule, f.severity, f.explanation, f.guidance), len(rules)
            )
            # [rule, review id, matched], or with [..., decoded, 1 if "read as" is shown].
            if f.decoded == f.matched:
                findings.append([rule, f.finding_id, f.matched])
            else:
                findings.append([rule, f.finding_id, f.matched, f.decoded, 1 if f.read_as else 0])
        card: dict[str, object] = {
            "n": c.number,
            "p": person,
            "a": account,
            "id": c.post_id,
            "d": c.created_at.isoformat(),
            "b": c.band,
            "s": c.score,
            "st": c.status,
            "c": list(c.categories),
            "g": _segments(c),
            "f": findings,
        }
        if c.url:
            card["u"] = c.url
        elif c.raw_url:
            card["ru"] = c.raw_url
        if c.is_repost:
            card["rp"] = 1
        if c.policy_version != policy:
            card["pv"] = c.policy_version
        if c.edit_note:
            card["e"] = c.edit_note  # only for an edited post
        recorded = {f.finding_id: [f.decision, f.decided_by] for f in c.findings if f.decision}
        if recorded:
            card["r"] = recorded  # review id -> [decision, reviewer], only when there is one
        cards.append(card)
    names = {c.person_id: (c.person_name, c.role) for c in report.cards}
    return {
        "run": report.summary.run_id,
        "policy": policy,
        "people": [[pid, *names[pid]] for pid in people],
        "accounts": [list(k) for k in accounts],
        "rules": [list(k) for k in rules],
        "cards": cards,
        "notice": EMPLOYER_NOTICE,
        "pageSize": 100,
    }


def render_run(report: Report, env: jinja2.Environment) -> str:
    script = env.loader.get_source(env, "report/report.js")[0] if env.loader else ""
    css = env.loader.get_source(env, "report/report.css")[0] if env.loader else ""
    return env.get_template(
        "report/run.html.j2"
    ).render(
        r=report,
        s=report.summary,
        csp=content_security_policy(script),
        script=Markup(script),  # noqa: S704 - our own file; its hash is in the CSP
        css=Markup(css),  # noqa: S704 - our own file
        data=json_for_script(cards_payload(report), markers=True),
        static_cards=report.cards[: report.static_limit],
        hidden_cards=max(0, len(report.cards) - report.static_limit),
    )


def render_index(rows: Sequence[RunRow], env: jinja2.Environment, generated: datetime) -> str:
    css = env.loader.get_source(env, "report/report.css")[0] if env.loader else ""
    return env.get_template("report/index.html.j2").render(
        runs=rows,
        css=Markup(css),  # noqa: S704 - our own file
        generated_at=generated,
        csp="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'",
    )


def render_latest(run_id: str, env: jinja2.Environment) -> str:
    return env.get_template("report/latest.html.j2").render(run_id=run_id)


def findings_rows(report: Report) -> Iterable[dict[str, object]]:
    for c in report.cards:
        edited = iso(c.edits[-1].seen_at) if c.edits else ""
        for f in c.findings:
            yield {
                "run": report.summary.run_id,
                "person": c.person_name,
                "network": c.network,
                "post_id": c.post_id,
                "url": c.raw_url or "",
                "created_at": c.created_at.isoformat(),
                "band": c.band,
                "score": c.score,
                "category": f.category,
                "rule": f.rule,
                "severity": f.severity,
                "matched": f.matched,
                "decoded": f.decoded,
                "policy_version": c.policy_version,
                "tool_version": c.tool_version,
                "finding_id": f.finding_id,
                "decision": f.decision,
                "decided_at": _iso(f.decided_at) or "",
                "status": c.status,
                "start": f.start,
                "end": f.end,
                "person_id": c.person_id,
                "edited": edited,
            }


def _iso(value: datetime | None) -> str | None:
    """A decision time for the exports: ISO 8601 in UTC (as the review tables store it)."""
    return None if value is None else iso(value)


def _csv_cell(value: object) -> object:
    # A cell starting with = + - @ (or a tab/CR) is a formula to a spreadsheet: hostile post
    # text must stay text when HR opens the file, so such cells get a leading apostrophe.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def render_csv(report: Report) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\r\n")
    writer.writeheader()
    for row in findings_rows(report):
        writer.writerow({k: _csv_cell(v) for k, v in row.items()})
    return out.getvalue()


def _edited(card: Card) -> dict[str, object] | None:
    """findings.json's `edited` of a post: null, or when it was first seen, the card's note
    and each edit with what the earlier version was flagged for (never its text)."""
    if not card.edits:
        return None
    return {
        "first_seen": card.edits[0].previous_seen.isoformat(),
        "note": card.edit_note,
        "edits": [
            {
                "seen_at": e.seen_at.isoformat(),
                "edited_at": e.edited_at.isoformat() if e.edited_at else None,
                "previous_seen": e.previous_seen.isoformat(),
                "previous_band": e.previous_band,
                "previous_findings": [
                    {"category": c, "rule": r, "severity": sev} for c, r, sev in e.previous_flags
                ],
            }
            for e in card.edits
        ],
    }


def _post_json(c: Card) -> dict[str, object]:
    return {
        "person_id": c.person_id,
        "person": c.person_name,
        "role": c.role,
        "network": c.network,
        "account": c.account,
        "post_id": c.post_id,
        "url": c.raw_url,
        "created_at": c.created_at.isoformat(),
        "band": c.band,
        "score": c.score,
        "status": c.status,
        "categories": list(c.categories),
        "text": c.text,
        "policy_version": c.policy_version,
        "tool_version": c.tool_version,
        "findings": [
            {key: getattr(f, key) for key in FINDING_FIELDS}
            | {"guidance": f.guidance, "finding_id": f.finding_id}
            | {
                "decision": f.decision or None,
                "decided_at": _iso(f.decided_at),
                "status": c.status,
            }
            for f in c.findings
        ],
        "edited": _edited(c),
    }


def render_json(report: Report) -> str:
    s = report.summary
    doc = {
        "run": {
            "run_id": s.run_id,
            "kind": s.kind,
            "status": s.status,
            "started_at": s.started_at.isoformat(),
            "finished_at": s.finished_at.isoformat() if s.finished_at else None,
            "policy_version": s.policy_version,
            "tool_version": s.tool_version,
            "people": s.people,
            "accounts": s.accounts,
            "posts_read": s.posts_read,
            "posts_edited": s.posts_edited,
            "accounts_failed": [list(p) for p in s.accounts_failed],
            "flagged": s.flagged,
            "new_flagged": s.new_flagged,
            "needs_review": s.needs_review,
            "undecided_earlier": s.undecided_earlier,
            "protected_review": s.protected_review,
            "headline": s.headline,
            "headline_detail": s.headline_detail,
            "by_band": s.by_band,
            "by_category": s.by_category,
            "pii_shown": report.show_pii,
        },
        "posts": [_post_json(c) for c in report.cards],
        # Posts whose earlier version was flagged and whose edited text is not: no findings,
        # and no text either (it is not flagged, so the report has no reason to show it).
        "no_longer_flagged": [
            {k: v for k, v in _post_json(c).items() if k != "text"} for c in report.unflagged_cards
        ],
    }
    # Compact on purpose: with `indent` the json module falls back to its pure-Python encoder,
    # several times slower on a 20,000-post run (`python -m json.tool` pretty-prints it).
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n"


def _umask() -> int:
    # /proc tells the umask without changing it; elsewhere set-and-restore is the only way.
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    current = os.umask(0o022)
    os.umask(current)
    return current


def write_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` so a reader sees the old file or the new one, never half of it.

    The file gets the permissions a plain open() would give it (0666 less the umask), not the
    temp file's 0600, so a web server that publishes the reports can still read them.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
