"""`auditor run`, `auditor scan` and `auditor report`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from auditor import runtime
from auditor.cli.common import ConfigOption, console
from auditor.config import Config, require_config
from auditor.errors import UsageError
from auditor.models import Account
from auditor.pipeline import Auditor, RunSummary
from auditor.report import write_report
from auditor.scoring.types import BANDS
from auditor.sources.archive import ArchiveSource
from auditor.sources.base import utcnow
from auditor.store import Store

EXIT_PARTIAL = 1


def run(
    config: ConfigOption = None,
    demo: Annotated[
        bool,
        typer.Option(
            "--demo",
            help="Audit the sample bundled with auditor (fictional people and posts); "
            "the store and report go under --report-dir.",
        ),
    ] = False,
    report_dir: Annotated[
        Path | None,
        typer.Option("--report-dir", help="Write reports here instead of [report] dir."),
    ] = None,
) -> None:
    """The nightly job: read every consented account, score new posts, store them, and
    write the report. Safe to re-run: posts already stored are not added again."""
    if demo:
        cfg = runtime.demo_config(report_dir or Path("reports"))
    else:
        cfg = require_config(config)
        if report_dir is not None:
            from dataclasses import replace

            cfg = replace(cfg, report_dir=report_dir)
    people = runtime.load_people(cfg)
    scorer = runtime.make_scorer(cfg)
    network = None if demo else runtime.open_network()
    try:
        sources = runtime.build_sources(cfg, network=network)
        with runtime.open_store(cfg) as store:
            store.import_roster(people)
            auditor = Auditor(
                store=store,
                scorer=scorer,
                sources=sources,
                clock=utcnow,
                concurrency=cfg.concurrency,
            )
            summary = auditor.run(store.people(), kind="demo" if demo else "run")
            path = write_report(store, summary.run_id, cfg.report_dir, show_pii=cfg.show_pii)
    finally:
        if network is not None:
            network.close()
    _print_summary(summary, path)
    if summary.accounts_failed:
        raise typer.Exit(EXIT_PARTIAL)


def scan(
    person_id: Annotated[
        str | None, typer.Argument(help="The roster's person_id to scan now.", show_default=False)
    ] = None,
    archive: Annotated[
        Path | None,
        typer.Option(
            "--archive",
            help="An X archive (.zip or tweets.js) handed over by the person named by --person.",
            dir_okay=False,
        ),
    ] = None,
    person: Annotated[
        str | None, typer.Option("--person", help="Whose archive --archive is (a person_id).")
    ] = None,
    config: ConfigOption = None,
) -> None:
    """One-off scan of one person now: their consented accounts, or an X archive they
    handed over. Stores what it reads and writes a report."""
    who = person or person_id
    if who is None:
        raise UsageError("name the person: `auditor scan PERSON_ID` or --archive PATH --person ID")
    if person and person_id and person != person_id:
        raise UsageError(f"two different people given: {person_id} and --person {person}")
    cfg = require_config(config)
    people = runtime.load_people(cfg)
    scorer = runtime.make_scorer(cfg)
    network = None if archive else runtime.open_network()
    try:
        sources = runtime.build_sources(cfg, network=network)
        with runtime.open_store(cfg) as store:
            store.import_roster(people)
            target = store.person(who)
            if target is None:
                raise UsageError(f"no person '{who}' in the roster {cfg.roster_path}")
            today = utcnow().date()
            active = target.active_accounts(today)
            if not active:
                raise UsageError(
                    f"{who} has no active consent on {today}: nothing may be read for them"
                )
            auditor = Auditor(
                store=store, scorer=scorer, sources=sources, clock=utcnow,
                concurrency=cfg.concurrency,
            )
            if archive is not None:
                account = Account(who, "archive", str(archive.resolve()), active[0].consent)
                batch = ArchiveSource(clock=utcnow).read(archive, account)
                summary = auditor.scan_batch(account, batch, kind="scan")
            else:
                summary = auditor.run([target], kind="scan")
            path = write_report(store, summary.run_id, cfg.report_dir, show_pii=cfg.show_pii)
    finally:
        if network is not None:
            network.close()
    _print_summary(summary, path)
    if summary.accounts_failed:
        raise typer.Exit(EXIT_PARTIAL)


def report(
    run_id: Annotated[
        str, typer.Argument(help="The run to re-render, or 'latest'.", show_default=False)
    ],
    config: ConfigOption = None,
    demo: Annotated[
        bool, typer.Option("--demo", help="Use the demo store written by `auditor run --demo`.")
    ] = False,
    report_dir: Annotated[
        Path | None, typer.Option("--report-dir", help="Write here instead of [report] dir.")
    ] = None,
) -> None:
    """Re-render the report of an earlier run from the store (for example after a
    revocation, a purge or a template change)."""
    cfg: Config = (
        runtime.demo_config(report_dir or Path("reports")) if demo else require_config(config)
    )
    if report_dir is not None and not demo:
        from dataclasses import replace

        cfg = replace(cfg, report_dir=report_dir)
    if not cfg.store_path.exists():
        raise UsageError(f"no store at {cfg.store_path}: run `auditor run` first")
    with Store.open(cfg.store_path) as store:
        if run_id == "latest":
            runs = store.runs()
            if not runs:
                raise UsageError("the store holds no run yet: run `auditor run` first")
            run_id = runs[0].run_id
        path = write_report(store, run_id, cfg.report_dir, show_pii=cfg.show_pii)
    console.print(str(path))


def _print_summary(summary: RunSummary, path: Path) -> None:
    bands = ", ".join(f"{b} {summary.flagged_by_band.get(b, 0)}" for b in reversed(BANDS[1:]))
    console.print(f"run {summary.run_id} ({summary.kind}) on {summary.day}")
    console.print(
        f"people scanned: {summary.people}   accounts read: "
        f"{summary.accounts - len(summary.accounts_failed)}/{summary.accounts}"
    )
    console.print(f"posts read: {summary.posts_read}   new: {summary.posts_new}")
    console.print(f"flagged (new posts, by band): {bands}")
    for key, message in summary.accounts_failed:
        console.print(f"[red]failed[/red] {escape(key)}: {escape(message)}")
    for note in summary.notes:
        console.print(f"note: {note}", markup=False)
    console.print(str(path), markup=False)
