"""`auditor review list | decide | respond | allow | import | history`: the HR workflow.

Every change is appended to the review trail (who, when, what, before and after); nothing
edits or deletes it. After a change the newest report of each report folder is rendered again
so its cards show the decisions.
"""

from __future__ import annotations

import shlex
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from auditor import decisions, review
from auditor.cli.audit import load_for_demo_or
from auditor.cli.common import ConfigOption, cell, console
from auditor.config import Config
from auditor.errors import UsageError
from auditor.redact import is_personal, mask
from auditor.report.text import for_terminal
from auditor.retention import rerender_reports
from auditor.sources.base import utcnow
from auditor.store import Store

app = typer.Typer(
    help="Review findings: list them, record decisions and the person's response, "
    "allow-list terms, import decisions made in the report, and show the audit trail.",
    no_args_is_help=True,
)


class Status(StrEnum):
    open = "open"
    dismissed = "dismissed"
    acknowledged = "acknowledged"
    escalated = "escalated"
    allowed = "allowed"


class Decision(StrEnum):
    dismissed = "dismissed"
    acknowledged = "acknowledged"
    escalated = "escalated"


DemoOption = Annotated[
    bool, typer.Option("--demo", help="Use the demo store written by `auditor run --demo`.")
]
ReportDirOption = Annotated[
    Path | None,
    typer.Option("--report-dir", help="The report folder (with --demo: where the demo ran)."),
]
FindingArg = Annotated[
    str, typer.Argument(help="The finding's id, as `auditor review list` shows it.")
]


def _open(config: Path | None, demo: bool, report_dir: Path | None) -> tuple[Config, Store]:
    cfg = load_for_demo_or(config, demo, report_dir)
    if not cfg.store_path.exists():
        raise UsageError(f"no store at {cfg.store_path}: {_how_to_fill(demo, report_dir)}")
    return cfg, Store.open(cfg.store_path)


def _how_to_fill(demo: bool, report_dir: Path | None) -> str:
    """The command that writes the store a review command looked for."""
    if not demo:
        return "run `auditor run` first"
    if report_dir is not None:
        return f"run `auditor run --demo --report-dir {shlex.quote(str(report_dir))}` first"
    return (
        "run `auditor run --demo` first, or give --report-dir with the folder "
        "the demo wrote its reports to"
    )


def _refresh_latest(cfg: Config, store: Store) -> None:
    """Render the newest report again so its cards show the decisions just made: the newest
    of every folder reports were written to (`run --report-dir` too), not only of this one."""
    rerender_reports(store, cfg.report_dir, show_pii=cfg.show_pii, newest_only=True)


@app.command("list")
def list_(
    status: Annotated[
        Status | None, typer.Option("--status", help="Only findings with this status.")
    ] = None,
    person: Annotated[
        str | None, typer.Option("--person", help="Only this person's findings (a person_id).")
    ] = None,
    config: ConfigOption = None,
    demo: DemoOption = False,
    report_dir: ReportDirOption = None,
) -> None:
    """List the findings of the flagged posts in the store with their review status
    (one line per rule per post; the id stays the same when the post is scored again)."""
    cfg, store = _open(config, demo, report_dir)
    with store:
        items = review.list_items(store, status=status.value if status else None, person=person)
    if not items:
        console.print("no findings match")
        return
    table = Table()
    # Ids are what people copy into `review decide`: never shortened or wrapped.
    table.add_column("id", no_wrap=True, min_width=12)
    for name in ("person", "post", "band", "category", "rule", "matched", "status"):
        table.add_column(name, overflow="fold")
    for i in items:
        # Personal data masked unless show_pii, as in the report (secrets are masked in the
        # store); no markup, and bidi/control characters shown as markers.
        hide = not cfg.show_pii and is_personal(i.category, i.rule)
        words = ", ".join(mask(m) if hide else m for m in i.matched)
        cells = (
            i.finding_id,
            i.person_id,
            f"{i.network}:{i.post_id}",
            i.band,
            i.category,
            i.rule,
            words,
            i.status + (f" ({i.reviewer})" if i.reviewer else ""),
        )
        table.add_row(*(cell(c) for c in cells))
    console.print(table)
    counts = review.count_by_status(items)
    console.print(", ".join(f"{k} {v}" for k, v in counts.items() if v))


@app.command("decide")
def decide(
    finding: FindingArg,
    decision: Annotated[
        Decision, typer.Option("--decision", help="dismissed, acknowledged or escalated.")
    ],
    reviewer: Annotated[
        str, typer.Option("--reviewer", help="Who decides (name or staff id), for the trail.")
    ],
    note: Annotated[
        str | None, typer.Option("--note", help="Why (kept with the decision; not in the trail).")
    ] = None,
    config: ConfigOption = None,
    demo: DemoOption = False,
    report_dir: ReportDirOption = None,
) -> None:
    """Record a reviewer's decision on a finding. A dismissed finding stays dismissed when
    the post is read or scored again."""
    cfg, store = _open(config, demo, report_dir)
    with store:
        before = review.decide(
            store, finding, decision=decision.value, reviewer=reviewer, note=note, now=utcnow()
        )
        _refresh_latest(cfg, store)
    console.print(
        f"{before.finding_id} ({before.person_id}, {before.rule}): "
        f"{before.status} -> {decision.value} by {escape(reviewer)}"
    )


@app.command("respond")
def respond(
    finding: FindingArg,
    text: Annotated[
        str, typer.Option("--text", help="The person's own explanation or contest, verbatim.")
    ],
    config: ConfigOption = None,
    demo: DemoOption = False,
    report_dir: ReportDirOption = None,
) -> None:
    """Record the person's own explanation of a finding, or that they contest it."""
    _, store = _open(config, demo, report_dir)
    with store:
        item = review.respond(store, finding, text=text, now=utcnow())
    console.print(f"response of {item.person_id} recorded on {item.finding_id}")


@app.command("allow")
def allow(
    term: Annotated[str, typer.Argument(help="The word or phrase that must stop flagging.")],
    reason: Annotated[str, typer.Option("--reason", help="Why it is allowed, for the trail.")],
    person: Annotated[
        str | None,
        typer.Option("--person", help="Allow it for this person only (default: for everyone)."),
    ] = None,
    reviewer: Annotated[
        str | None,
        typer.Option("--reviewer", help="Who allows it (default: the login name)."),
    ] = None,
    config: ConfigOption = None,
    demo: DemoOption = False,
    report_dir: ReportDirOption = None,
) -> None:
    """Stop a term from flagging, for one person or everyone. Findings already stored whose
    words are all allowed show as `allowed`; later runs do not flag the term."""
    cfg, store = _open(config, demo, report_dir)
    with store:
        added = review.allow(
            store, term, reason=reason, person=person, reviewer=reviewer, now=utcnow()
        )
        _refresh_latest(cfg, store)
    who = f"for {person}" if person else "for everyone"
    state = "allowed" if added else "was already allowed"
    console.print(f"'{escape(term)}' {state} {who}")


@app.command("import")
def import_(
    file: Annotated[
        Path,
        typer.Argument(help="A decisions file (JSON) saved from the report.", dir_okay=False),
    ],
    config: ConfigOption = None,
    demo: DemoOption = False,
    report_dir: ReportDirOption = None,
) -> None:
    """Apply a decisions file: {"decisions": [{"finding": ID, "decision": ..., "reviewer":
    ..., "note": ...}]}. All of it or, if any entry is wrong, none of it."""
    cfg, store = _open(config, demo, report_dir)
    with store:
        result = decisions.import_decisions(store, file, now=utcnow())
        _refresh_latest(cfg, store)
    console.print(f"{result.applied} decisions applied, {result.unchanged} already recorded")


@app.command("history")
def history(
    finding: FindingArg,
    config: ConfigOption = None,
    demo: DemoOption = False,
    report_dir: ReportDirOption = None,
) -> None:
    """Show the audit trail of a finding: who did what, when, before and after."""
    _, store = _open(config, demo, report_dir)
    with store:
        entries = review.history(store, finding)
        if not entries:
            item = review.find_item(store, finding)  # an unknown id is an error
            console.print(
                f"no history yet for {item.finding_id}: nobody has decided or responded to "
                f"it (status {item.status})"
            )
            return
    # One plain line per event: an audit log reads (and greps) best unwrapped.
    for e in entries:
        change = f"{e.before or '-'} -> {e.after or '-'}"
        line = f"#{e.seq}  {e.at:%Y-%m-%d %H:%M:%S} UTC  {e.actor}  {e.action}  {change}"
        if e.text_removed:
            line += "  [text deleted: consent revoked or retention]"
        elif e.text:
            line += f"  text: {e.text}"
        console.print(for_terminal(line), markup=False)
