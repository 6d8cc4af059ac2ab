"""`auditor run`, `auditor scan` and `auditor report`.

Exit codes (a contract: schedulers and scripts act on them):
    0  done
    1  done, but some accounts could not be read (or the run stopped on an error)
    2  usage or configuration error: nothing was read
    3  done, and findings at or above `--fail-on BAND` that nobody dismissed (never criticism
       of the employer alone: it may be protected activity)
       (3 wins over 1: the failed accounts are still listed in the output and the log)
    4  another run holds the store's lock: nothing was done
  130  interrupted (Ctrl-C): what was stored is whole; the next run completes it
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import httpx
import typer
from rich.text import Text

from auditor import runtime
from auditor.cli.common import ConfigOption, cell, console, err_console
from auditor.cli.roster import apply_revocations
from auditor.config import Config, require_config
from auditor.errors import UsageError
from auditor.lock import EXIT_LOCKED, RunLock
from auditor.logs import RunProgress, settings
from auditor.models import Account, Person
from auditor.notify import Notifier, NotifySettings, Outcome, message, parse_notify
from auditor.pipeline import Auditor, RunSummary, consented_accounts
from auditor.report import write_report
from auditor.retention import PurgeResult, purge_expired, rerender_reports
from auditor.review import (
    AllowScorers,
    allow_terms,
    attention_items,
    report_decisions,
)
from auditor.scoring import Policy, Scorer
from auditor.scoring.types import BANDS
from auditor.sources.archive import ArchiveSource
from auditor.sources.base import Source, utcnow
from auditor.store import Store

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_PARTIAL = 1
EXIT_USAGE = 2
EXIT_FINDINGS = 3
EXIT_INTERRUPTED = 130  # 128 + SIGINT, what shells report for Ctrl-C
__all__ = [
    "EXIT_FINDINGS",
    "EXIT_INTERRUPTED",
    "EXIT_LOCKED",
    "EXIT_OK",
    "EXIT_PARTIAL",
    "EXIT_USAGE",
]

INTERRUPTED = "interrupted: what was stored is whole; the next run completes it"


class Band(StrEnum):
    low = "low"
    medium = "medium"
    high = "high"
    critical = "critical"


FailOnOption = Annotated[
    Band | None,
    typer.Option(
        "--fail-on",
        help="Exit with code 3 when a post of this run reaches this band or above and no "
        "reviewer dismissed or allow-listed its findings (for CI and schedulers). Criticism "
        "of the employer never counts: it may be protected activity.",
        case_sensitive=False,
    ),
]


def _settings_of(cfg: Config) -> NotifySettings:
    return parse_notify(cfg.notify, str(cfg.path))


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
    fail_on: FailOnOption = None,
) -> None:
    """The nightly job: read every consented account, score new posts, store them, apply
    retention, write the report and send notifications. Safe to re-run: posts already
    stored are not added again, and a second run at the same time stops with exit code 4.

    Exit codes: 0 done; 1 some accounts could not be read; 2 usage or configuration error;
    3 findings at or above --fail-on; 4 another run holds the lock; 130 interrupted (Ctrl-C)."""
    cfg = load_for_demo_or(config, demo, report_dir)
    notify = _settings_of(cfg)
    people = runtime.load_people(cfg)
    policy = runtime.load_config_policy(cfg)  # a bad policy stops the run before any write
    check_report_dir(cfg)
    network = None if demo else runtime.open_network()
    try:
        sources = runtime.build_sources(cfg, network=network)
        with _run_store(cfg, "run", people) as (store, revoked):
            everyone = store.people()
            total = len(consented_accounts(everyone, utcnow().date()))
            with RunProgress(accounts=total) as progress:
                auditor = _auditor(cfg, policy, store, sources, progress)
                summary = auditor.run(everyone, kind="demo" if demo else "run")
                path, purged = _retain_and_report(cfg, store, summary, progress)
                outcomes: list[Outcome] = []
                if notify.enabled:
                    with progress.stage("notifying"):
                        outcomes = _notify(store, notify, summary, path, network)
                # Only now is the run complete: killed before this, the next run marks it
                # interrupted and adopts its posts as new (they are reported and notified then).
                store.mark_reported(summary.run_id, now=utcnow())
            code = _exit_code(store, summary, fail_on)
    finally:
        if network is not None:
            network.close()
    _print_summary(summary, path, purged=purged, outcomes=outcomes, revoked=revoked)
    if code:
        raise typer.Exit(code)


def _writable_dir(folder: Path) -> str | None:
    """None when files can be created in `folder` (created if missing), else why not."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".auditor-"):
            pass
    except OSError as exc:
        return f"{folder}: {exc.strerror}"
    return None


def _retain_and_report(
    cfg: Config, store: Store, summary: RunSummary, progress: RunProgress
) -> tuple[Path, PurgeResult]:
    """Apply retention, then write this run's report (and re-render older ones it changed)."""
    with progress.stage("applying retention"):
        purged = purge_expired(store, cfg.retention, now=utcnow())
    with progress.stage("rendering report"):
        path = write_report(
            store,
            summary.run_id,
            cfg.report_dir,
            show_pii=cfg.show_pii,
            decisions=report_decisions(store),
        )
        # Earlier reports still show posts retention deleted, or an edited post's old text.
        if purged.posts or summary.posts_edited:
            rerender_reports(store, cfg.report_dir, show_pii=cfg.show_pii)
    return path, purged


def check_report_dir(cfg: Config) -> None:
    """Refuse to start (exit 2, nothing read or stored) when the report folder is unusable."""
    problem = _writable_dir(cfg.report_dir)
    if problem is not None:
        raise UsageError(
            f"[report] dir in {cfg.path}: cannot write reports to {problem}; "
            "set [report] dir (or --report-dir) to a folder you can write"
        )


@contextmanager
def _run_store(
    cfg: Config, command: str, people: Sequence[Person]
) -> Iterator[tuple[Store, list[str]]]:
    """The store a run or scan works in: Ctrl-C handled, the run lock held, runs a killed
    process left marked interrupted, and the roster imported. A consent_revoked date the
    import recorded deletes the person's data and re-renders the reports on disk at once, as
    `roster revoke` does; the lines saying so come with the store."""
    with (
        interruptible(),
        RunLock(cfg.store_path, command=command),
        runtime.open_store(cfg) as store,
    ):
        mark_interrupted(store)
        imported = store.import_roster(people, now=utcnow())
        for r in imported.revoked:
            if r.posts_deleted:  # (a past revocation on a new store deletes nothing)
                log.info("consent of %s revoked on %s: posts deleted", r.person_id, r.on)
        yield store, apply_revocations(store, cfg, imported)


@contextmanager
def interruptible() -> Iterator[None]:
    """Ctrl-C: one line and exit code 130, no traceback. Each account's batch is one
    transaction, so what was stored is whole."""
    try:
        yield
    except KeyboardInterrupt:
        err_console.print(INTERRUPTED, markup=False)
        raise typer.Exit(EXIT_INTERRUPTED) from None


def _auditor(
    cfg: Config,
    policy: Policy,
    store: Store,
    sources: Mapping[str, Source],
    progress: RunProgress,
) -> Auditor:
    """The pipeline with the review allow-lists, per person, and the operator's progress."""
    scorers = scorers_for(cfg, store, policy)
    return Auditor(
        store=store,
        scorer=scorers.for_person(None),
        sources=sources,
        clock=utcnow,
        concurrency=cfg.concurrency,
        scorer_for=lambda account: scorers.for_person(account.person_id),
        on_account=progress.on_account,
        on_progress=progress.on_progress,
    )


def scorers_for(cfg: Config, store: Store, policy: Policy) -> AllowScorers[Scorer]:
    """Scorers with the review allow-list: everyone's terms, plus each person's own, all
    under `policy` (read once by the caller, not once per scorer).

    The pipeline asks for each account's scorer, so a person's own terms never flag their
    new posts; everyone's terms apply to every post.
    """
    return AllowScorers(
        allow_terms(store), lambda terms: runtime.make_scorer(cfg, allow=terms, policy=policy)
    )


def mark_interrupted(store: Store) -> None:
    """Close runs a killed process left unfinished (running, or without their report). Call
    only while holding the lock: then no other run can be in progress. What they stored is
    whole (one transaction per account); the next nightly run adopts it as new."""
    for run_id in store.mark_interrupted(now=utcnow()):
        log.warning("run %s did not finish: marked as interrupted", run_id)


def _notify(
    store: Store,
    notify: NotifySettings,
    summary: RunSummary,
    path: Path,
    network: runtime.Network | None,
) -> list[Outcome]:
    items = attention_items(store, summary.run_id, notify.min_band)
    if not items:
        log.info(
            "nothing at %s or above (criticism of the employer is never notified): "
            "no notification sent",
            notify.min_band,
        )
        return []
    where = (
        f"{notify.report_url.rstrip('/')}/{summary.run_id}/index.html"
        if notify.report_url
        else str(path)
    )
    subject, body = message(
        items,
        run_id=summary.run_id,
        min_band=notify.min_band,
        report=where,
        top=notify.top,
        failed_accounts=len(summary.accounts_failed),
    )
    if network is not None:
        return Notifier(notify, http=network.http, environ=network.environ).send(subject, body)
    with httpx.Client(timeout=notify.timeout) as http:
        return Notifier(notify, http=http, environ=os.environ).send(subject, body)


def _exit_code(store: Store, summary: RunSummary, fail_on: Band | None) -> int:
    if fail_on is not None:
        hits = attention_items(store, summary.run_id, fail_on.value)
        if hits:
            log.warning(
                "%d finding(s) at %s or above need review (--fail-on)", len(hits), fail_on.value
            )
            return EXIT_FINDINGS
    return EXIT_PARTIAL if summary.accounts_failed else EXIT_OK


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
    fail_on: FailOnOption = None,
) -> None:
    """One-off scan of one person now: their consented accounts, or an X archive they
    handed over. Stores what it reads, applies retention and writes a report; it sends no
    notification (you are watching: the nightly run notifies)."""
    who = person or person_id
    if who is None:
        raise UsageError("name the person: `auditor scan PERSON_ID` or --archive PATH --person ID")
    if person and person_id and person != person_id:
        raise UsageError(f"two different people given: {person_id} and --person {person}")
    cfg = require_config(config)
    people = runtime.load_people(cfg)
    policy = runtime.load_config_policy(cfg)  # a bad policy stops the scan before any write
    check_report_dir(cfg)
    network = None if archive else runtime.open_network()
    try:
        sources = runtime.build_sources(cfg, network=network)
        with _run_store(cfg, "scan", people) as (store, revoked):
            target = store.person(who)
            if target is None:
                raise UsageError(f"no person '{who}' in the roster {cfg.roster_path}")
            today = utcnow().date()
            active = target.active_accounts(today)
            if not active:
                raise UsageError(
                    f"{who} has no active consent on {today}: nothing may be read for them"
                )
            with RunProgress(accounts=1 if archive else len(active)) as progress:
                auditor = _auditor(cfg, policy, store, sources, progress)
                if archive is not None:
                    account = Account(who, "archive", str(archive.resolve()), active[0].consent)
                    batch = ArchiveSource(clock=utcnow).read(archive, account)
                    summary = auditor.scan_batch(account, batch, kind="scan")
                else:
                    summary = auditor.run([target], kind="scan")
                path, purged = _retain_and_report(cfg, store, summary, progress)
                store.mark_reported(summary.run_id, now=utcnow())
            code = _exit_code(store, summary, fail_on)
    finally:
        if network is not None:
            network.close()
    _print_summary(summary, path, purged=purged, revoked=revoked)
    if code:
        raise typer.Exit(code)


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
    revocation, a purge, review decisions or a template change)."""
    cfg = load_for_demo_or(config, demo, report_dir)
    if not cfg.store_path.exists():
        raise UsageError(f"no store at {cfg.store_path}: run `auditor run` first")
    with Store.open(cfg.store_path) as store:
        runs = store.runs()
        if run_id == "latest":
            if not runs:
                raise UsageError("the store holds no run yet: run `auditor run` first")
            run_id = runs[0].run_id
        elif all(r.run_id != run_id for r in runs):
            recent = ", ".join(r.run_id for r in runs[:5]) or "none yet"
            raise UsageError(
                f"no run {run_id} in the store {cfg.store_path}; the newest runs: {recent} "
                "(reports/index.html lists them all; 'latest' is the newest)"
            )
        path = write_report(
            store,
            run_id,
            cfg.report_dir,
            show_pii=cfg.show_pii,
            decisions=report_decisions(store),
        )
    console.print(str(path), markup=False)


def _print_summary(
    summary: RunSummary,
    path: Path,
    *,
    purged: PurgeResult | None = None,
    outcomes: list[Outcome] | None = None,
    revoked: Sequence[str] = (),
) -> None:
    if settings.quiet:
        console.print(str(path), markup=False)
        return
    bands = ", ".join(f"{b} {summary.flagged_by_band.get(b, 0)}" for b in reversed(BANDS[1:]))
    console.print(f"run {summary.run_id} ({summary.kind}) on {summary.day}")
    console.print(
        f"people scanned: {summary.people}   accounts read: "
        f"{summary.accounts - len(summary.accounts_failed)}/{summary.accounts}"
    )
    edited = f"   edited: {summary.posts_edited}" if summary.posts_edited else ""
    console.print(f"posts read: {summary.posts_read}   new: {summary.posts_new}{edited}")
    console.print(f"flagged (new or edited posts, by band): {bands}")
    # Account keys come from the roster, messages and notes from servers and files: hostile.
    for key, msg in summary.accounts_failed:
        console.print(Text.assemble(("failed", "red"), " ", cell(key), ": ", cell(msg)))
    for key, msg in summary.accounts_skipped:
        console.print(Text.assemble("skipped ", cell(key), ": ", cell(msg)))
    for note in summary.notes:
        console.print(Text.assemble("note: ", cell(note)))
    for line in revoked:
        console.print(line, markup=False)
    if purged is not None and (purged.posts or purged.review_texts):
        console.print(
            f"retention: {purged.unflagged} unflagged and {purged.flagged} flagged posts "
            f"deleted, {purged.review_texts} review notes"
        )
    for o in outcomes or []:
        state = ("sent", "") if o.ok else ("FAILED", "red")
        console.print(
            Text.assemble(f"notification by {o.channel}: ", state, " (", cell(o.detail), ")")
        )
    console.print(str(path), markup=False)


def load_for_demo_or(config: Path | None, demo: bool, report_dir: Path | None) -> Config:
    """The config a maintenance command acts on: the demo's, or auditor.toml's."""
    if demo:
        return runtime.demo_config(report_dir or Path("reports"))
    cfg = require_config(config)
    return replace(cfg, report_dir=report_dir) if report_dir is not None else cfg
