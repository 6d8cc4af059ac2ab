"""`auditor purge`: apply the retention periods of `[retention]` now.

The nightly `auditor run` does the same at its end; this is for a one-off clean-up, for
example after shortening a period. Reports already on disk are rendered again without the
deleted posts, in every folder they were written to (`run --report-dir` included).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from auditor.cli.audit import load_for_demo_or
from auditor.cli.common import ConfigOption, console
from auditor.errors import UsageError
from auditor.lock import RunLock
from auditor.retention import purge_expired, rerender_reports
from auditor.sources.base import utcnow
from auditor.store import Store


def purge(
    config: ConfigOption = None,
    demo: Annotated[
        bool, typer.Option("--demo", help="Use the demo store written by `auditor run --demo`.")
    ] = False,
    report_dir: Annotated[
        Path | None,
        typer.Option(
            "--report-dir",
            help="With --demo: the folder the demo ran in. Reports are re-rendered in every "
            "folder they were written to, and in this one (default [report] dir).",
        ),
    ] = None,
) -> None:
    """Delete posts kept longer than [retention] allows, then re-render the reports on disk
    (in every folder they were written to).

    Posts go with their scores and findings. unflagged_days (default 30) and flagged_days
    (default 365) count from when auditor fetched each post.
    """
    cfg = load_for_demo_or(config, demo, report_dir)
    if not cfg.store_path.exists():
        raise UsageError(f"no store at {cfg.store_path}: nothing to purge")
    with RunLock(cfg.store_path, command="purge"), Store.open(cfg.store_path) as store:
        result = purge_expired(store, cfg.retention, now=utcnow())
        rendered = rerender_reports(store, cfg.report_dir, show_pii=cfg.show_pii)
    console.print(
        f"deleted {result.unflagged} unflagged posts (older than "
        f"{cfg.retention.unflagged_days} days) and {result.flagged} flagged posts (older than "
        f"{cfg.retention.flagged_days} days), {result.review_texts} review notes; "
        f"{rendered} reports re-rendered"
    )
