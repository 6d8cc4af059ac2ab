"""Render again every run report already on disk, after data left the store.

Revocation and retention delete posts from the store; the HTML, JSON and CSV files written
earlier still hold them until they are rendered again from what the store now has.
"""

from __future__ import annotations

from pathlib import Path

from auditor.store import Store


def rerender_existing(store: Store, report_dir: Path, *, show_pii: bool = False) -> int:
    """Re-render each stored run whose report folder exists; returns how many were written."""
    from auditor.report import write_report

    count = 0
    for run in reversed(store.runs()):
        if (report_dir / run.run_id).is_dir():
            write_report(store, run.run_id, report_dir, show_pii=show_pii)
            count += 1
    return count
