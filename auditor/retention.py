"""Retention: delete what the store no longer needs to keep, then re-render the reports.

`[retention] unflagged_days` (default 30) and `flagged_days` (default 365) count from a post's
`fetched_at`, the day auditor collected it, not from `created_at`: storage limitation is about
how long we hold data, and an archive of old posts scanned today must stay reviewable for the
full period. A post is flagged when its latest score is above `none`. Its scores and findings
go with it (ON DELETE CASCADE); its network and post id (no text) are kept in `expired_posts`, so
a source that delivers it again (a changed export is read whole) does not store it as new.
Review notes and responses older than `flagged_days` go too;
the review trail stays (it holds no post text and no free text, see `auditor.review`).

Revocation is not handled here: `Store.revoke` deletes a person's data at once. What both
leave on disk, `rerender_reports` renders again, wherever each report was written.
"""

from __future__ import annotations

import logging
import shlex
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from auditor.config import Retention
from auditor.report import RUN_PAGE, write_index, write_report
from auditor.review import iso, purge_texts_before, report_decisions
from auditor.store import Store

log = logging.getLogger(__name__)

# A post's latest score: the one with the newest scored_at.
_LATEST_BAND = (
    "(SELECT s.band FROM scores s WHERE s.post_pk = p.pk ORDER BY s.scored_at DESC LIMIT 1)"
)


@dataclass(frozen=True, slots=True)
class PurgeResult:
    unflagged: int
    flagged: int
    review_texts: int

    @property
    def posts(self) -> int:
        return self.unflagged + self.flagged


def purge_expired(store: Store, retention: Retention, *, now: datetime) -> PurgeResult:
    """Delete posts (with scores and findings) past their retention, in one transaction."""
    unflagged_before = iso(now - timedelta(days=retention.unflagged_days))
    flagged_before = iso(now - timedelta(days=retention.flagged_days))
    expired_at = iso(now)
    with store.transaction() as conn:
        counts = []
        for test, before in (("=", unflagged_before), ("!=", flagged_before)):
            gone = conn.execute(
                f"DELETE FROM posts AS p WHERE p.fetched_at < ? "  # noqa: S608 - fixed fragments
                f"AND IFNULL({_LATEST_BAND}, 'none') {test} 'none' "
                "RETURNING network, post_id, person_id",
                (before,),
            ).fetchall()
            # Remember the ids (no text) so a source that delivers them again does not store
            # them as new posts.
            conn.executemany(
                "INSERT OR IGNORE INTO expired_posts VALUES (?, ?, ?, ?)",
                [(*row, expired_at) for row in gone],
            )
            counts.append(len(gone))
        unflagged, flagged = counts
        texts = purge_texts_before(conn, now - timedelta(days=retention.flagged_days))
    result = PurgeResult(unflagged, flagged, texts)
    log.info(
        "retention: deleted %d unflagged posts older than %d days, %d flagged posts older "
        "than %d days and %d review notes",
        unflagged,
        retention.unflagged_days,
        flagged,
        retention.flagged_days,
        texts,
        extra={"purged_unflagged": unflagged, "purged_flagged": flagged, "purged_texts": texts},
    )
    return result


def report_folders(store: Store, report_dir: Path) -> dict[Path, list[str]]:
    """Every folder holding a report of a run in the store -> those runs' ids, oldest first.

    A run's reports are looked for in the folders its report was written to (recorded by
    `write_report`) and in `report_dir`, where runs from before schema 5, which recorded
    none, wrote theirs. Only folders that still hold the run's index.html count.
    """
    recorded = store.report_dirs()
    fallback = report_dir.resolve()
    folders: dict[Path, list[str]] = {}
    for run in reversed(store.runs()):
        for folder in dict.fromkeys([*recorded.get(run.run_id, ()), fallback]):
            try:
                present = (folder / run.run_id / RUN_PAGE).is_file()
            except OSError as exc:  # a folder this user may no longer enter
                _cannot_rerender(run.run_id, folder, exc)
                continue
            if present:
                folders.setdefault(folder, []).append(run.run_id)
    return folders


def rerender_reports(
    store: Store,
    report_dir: Path,
    *,
    show_pii: bool = False,
    now: datetime | None = None,
    newest_only: bool = False,
) -> int:
    """Write every report already on disk again from the store, with the review decisions,
    in every folder it was written to (`report_folders`), and each folder's index.html and
    latest.html with it. With `newest_only`, only the newest report of each folder.

    After a revocation or a purge this is what removes the deleted posts from the HTML, JSON
    and CSV files. A report that cannot be written is logged and skipped, so one broken folder
    does not keep the others holding deleted data. Returns how many reports were written
    (a run's report written to two folders counts twice). Each folder's index.html and
    latest.html are written once, after its reports.
    """
    decisions = report_decisions(store)
    count = 0
    for folder, run_ids in report_folders(store, report_dir).items():
        written: list[str] = []
        for run_id in run_ids[-1:] if newest_only else run_ids:
            try:
                write_report(
                    store,
                    run_id,
                    folder,
                    show_pii=show_pii,
                    decisions=decisions,
                    now=now,
                    index=False,
                )
            except OSError as exc:
                _cannot_rerender(run_id, folder, exc)
                continue
            written.append(run_id)
        if not written:
            continue
        try:
            write_index(store, folder, written[-1], now=now)
        except OSError as exc:
            for run_id in written:
                _cannot_rerender(run_id, folder, exc)
            continue
        count += len(written)
    return count


def _cannot_rerender(run_id: str, folder: Path, exc: OSError) -> None:
    log.warning(
        "cannot render the report of run %s in %s again (%s): it may still hold data deleted "
        "from the store; fix the folder and run `auditor report %s --report-dir %s`, or "
        "delete that report",
        run_id,
        folder,
        exc.strerror or exc,
        run_id,
        shlex.quote(str(folder)),
        extra={"run_id": run_id, "report_dir": str(folder)},
    )
