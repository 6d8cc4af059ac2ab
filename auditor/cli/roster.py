"""`auditor roster import | list | revoke`: who consented, and withdrawing consent."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from auditor.cli.common import ConfigOption, cell, console
from auditor.config import Config, require_config
from auditor.consent_store import RosterImport
from auditor.errors import UsageError
from auditor.retention import rerender_reports
from auditor.roster import read_roster
from auditor.sources.base import utcnow
from auditor.store import Store

app = typer.Typer(help="Import, list and revoke the consent roster.", no_args_is_help=True)


def revoked_line(person_id: str, day: date, deleted: int) -> str:
    return f"consent of {person_id} revoked on {day}; {deleted} posts and their findings deleted"


def apply_revocations(store: Store, cfg: Config, imported: RosterImport) -> list[str]:
    """After an import that recorded revocations (consent_revoked dates in the file), render
    the reports on disk again, as `roster revoke` does, so they leave the revoked people's
    posts too. Returns the lines that say what was revoked, deleted and re-rendered."""
    if not imported.revoked:
        return []
    rendered = rerender_reports(store, cfg.report_dir, show_pii=cfg.show_pii)
    lines = [
        revoked_line(r.person_id, r.on, r.posts_deleted) + " (consent_revoked in the roster)"
        for r in imported.revoked
    ]
    # (A new store has no report to render again: saying "0 reports re-rendered" is noise.)
    return [*lines, f"{rendered} reports re-rendered"] if rendered else lines


@app.command("import")
def import_(
    file: Annotated[Path, typer.Argument(help="The roster CSV to import.", dir_okay=False)],
    config: ConfigOption = None,
) -> None:
    """Validate a roster CSV and make it the roster in the store. A bad file is refused
    whole (file, line, column) and nothing is changed. A consent_revoked date (today or
    earlier) is recorded as a revocation, as `roster revoke` does (the person's data deleted,
    the reports on disk re-rendered), and survives later imports.
    Note that `auditor run` and `auditor scan` import [roster] path again every time."""
    cfg = require_config(config)
    people = read_roster(file, today=utcnow().date())
    with Store.open(cfg.store_path) as store:
        imported = store.import_roster(people, now=utcnow())
        revoked = apply_revocations(store, cfg, imported)
    console.print(
        f"imported {imported.people} people with {imported.accounts} accounts from {file}",
        markup=False,
    )
    for line in revoked:
        console.print(line, markup=False)
    if file.resolve() != cfg.roster_path.resolve():
        console.print(
            f"note: `auditor run` and `auditor scan` import [roster] path ({cfg.roster_path}) "
            "again every time, replacing this roster (revocations stay recorded): point "
            f"[roster] path in {cfg.path} at {file}, or edit {cfg.roster_path}",
            markup=False,
        )


@app.command("list")
def list_(config: ConfigOption = None) -> None:
    """List people, their accounts and the state of their consent today."""
    cfg = require_config(config)
    today = utcnow().date()
    with Store.open(cfg.store_path) as store:
        people = store.people()
        table = Table("person", "name", "role", "network", "handle", "consent", "reference")
        for person in people:
            for account in person.accounts:
                table.add_row(
                    *(
                        cell(value)
                        for value in (
                            person.person_id,
                            person.name,
                            person.role,
                            account.network,
                            account.handle,
                            account.consent.state_on(today),
                            account.consent.reference,
                        )
                    )
                )
    if not people:
        console.print("the roster is empty: run `auditor roster import FILE`")
        return
    console.print(table)


@app.command("revoke")
def revoke(
    person_id: Annotated[str, typer.Argument(help="The person who withdrew consent.")],
    on: Annotated[
        str | None,
        typer.Option("--on", help="Date consent was withdrawn (ISO 8601; default today)."),
    ] = None,
    config: ConfigOption = None,
) -> None:
    """Record that a person withdrew consent and delete their posts and findings at once
    (one transaction), then re-render the reports on disk so they leave those too (in every
    folder a report was written to, `run --report-dir` included).
    --on takes the date consent was withdrawn: today or earlier, never a future date."""
    cfg = require_config(config)
    today = utcnow().date()
    try:
        day = date.fromisoformat(on) if on else today
    except ValueError:
        raise UsageError(f"--on '{on}' is not an ISO 8601 date (2026-01-31)") from None
    if day > today:
        raise UsageError(
            f"--on {day} is in the future: a revocation takes effect when it is recorded; "
            "run `auditor roster revoke` on the day consent is withdrawn (or omit --on)"
        )
    with Store.open(cfg.store_path) as store:
        if store.person(person_id) is None:
            raise UsageError(f"no person '{person_id}' in the store: check `auditor roster list`")
        deleted = store.revoke(person_id, on=day, now=utcnow())
        # Reports already on disk hold their posts too: render them again from the store.
        rendered = rerender_reports(store, cfg.report_dir, show_pii=cfg.show_pii)
    console.print(f"{revoked_line(person_id, day, deleted)}; {rendered} reports re-rendered")
