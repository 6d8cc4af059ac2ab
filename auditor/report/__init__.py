"""HTML reports: one self-contained page per run, findings.json/csv beside it, and an index.

    write_report(store, run_id, report_dir) -> report_dir/<run_id>/index.html

The report's data is built first (`build.build_report` -> `model.Report`), then rendered
(`render`). Files written, each atomically:

    report_dir/<run_id>/index.html    the run's page (CSS, script, charts and data inline)
    report_dir/<run_id>/findings.json every flagged post with its findings
    report_dir/<run_id>/findings.csv  one row per finding
    report_dir/index.html             every run, newest first
    report_dir/latest.html            opens the newest run that has a report

Before it writes, `write_report` records `report_dir` (absolute) as a folder of the run's report
(`Store.record_report_dir`), whichever command wrote it: `auditor.retention.rerender_reports`
renders every recorded copy again after a revocation, a purge or a review decision, so data
deleted from the store leaves the reports written outside `[report] dir` too.

Decisions the page makes (documented here so the CLI, README and reviewers agree):

- Which posts: every post flagged by the end of the run (`Store.flagged_posts(up_to_run)`),
  ordered by score then date. Status: a reviewer's decision (`decisions=`) wins, then
  "deleted since flagged", then "new" (first stored in this run, or edited in it) or "seen".
- Edits: an edited post's card says since when it was seen and what the earlier version was
  flagged for (category and severity; the store keeps no earlier text). Posts edited out of
  being flagged (`Store.unflagged_edits`) are listed apart, "no longer flagged", with that note
  and without their text; findings.json has them under `no_longer_flagged`.
- Headline: "N posts need review today (c critical, h high)" counts new posts of band medium
  or above without a decision; with none, earlier posts nobody has decided yet (counted when
  the report is written) make it "Nothing new needs review today; M earlier posts are still
  undecided", and only with neither does it say "Nothing needs you today". Earlier undecided
  posts (when there are new ones), new low-band posts and failed accounts go in a second line.
- Criticism of the employer (`auditor.protected`): a post whose only findings criticise the
  employer may be protected activity, never risk: it is not in "need review", the low-risk
  count, the earlier-undecided count or the highest-risk people; the second line counts the
  undecided ones and they get their own section, "May be protected activity: review with HR and
  legal". Each such card carries the notice.
- Personal data (pii findings other than card numbers, which the store already masks) is
  masked in text, matched and decoded unless `show_pii=True`; the CSV and JSON match the page.
- Scripts: the page works without them. The server-rendered list holds the first
  `build.STATIC_LIMIT` (500) cards; a larger run adds a note pointing to findings.csv/json.
  With scripts, all cards come from the inline JSON, 100 at a time ("show more"), and the
  filters live in the URL fragment (`#band=high&status=new&q=...`).
- Decisions: with scripts, each finding has Dismiss / Acknowledge / Escalate buttons and a
  note; they stay in the page's memory (a prompt warns before leaving with some not
  downloaded) until "Download decisions" saves `decisions-<run_id>.json` (a Blob and an
  `<a download>`: a download, which the CSP does not govern) in the format
  `auditor.decisions` reads, for `auditor review import`. Each finding's recorded decision
  (read from the store when `decisions=` is given) is shown and pressed. Without scripts the
  page shows the `auditor review decide` command instead; printing hides the controls.
- Safety: autoescape always; only http(s) URLs become links; the inline JSON escapes < > &
  and U+2028/9; the Content-Security-Policy allows only the page's own script (by hash).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import jinja2

from auditor.report.build import Decisions, build_report, run_row
from auditor.report.render import (
    environment,
    render_csv,
    render_index,
    render_json,
    render_latest,
    render_run,
    write_atomic,
)
from auditor.store import Store

__all__ = ["RUN_PAGE", "build_report", "write_index", "write_report"]

RUN_PAGE = "index.html"


def write_report(
    store: Store,
    run_id: str,
    report_dir: Path,
    *,
    show_pii: bool = False,
    template_dir: Path | None = None,
    decisions: Decisions | None = None,
    now: datetime | None = None,
    index: bool = True,
) -> Path:
    """Write the report of `run_id` and refresh the index; returns the run's index.html.

    Raises `UsageError` for an unknown run id. `decisions` maps (network, post_id) to a
    reviewer's decision, shown as the card's status; `now` fixes the "generated at" time.
    The folder is recorded in the store before any file is written, so even a report left
    half-written (the process killed) is one that later re-renders know about. With
    `index=False` the folder's index.html and latest.html are left to the caller
    (`write_index`), which writes many reports into one folder.
    """
    generated = now or datetime.now(UTC)
    report = build_report(store, run_id, show_pii=show_pii, decisions=decisions, now=generated)
    store.record_report_dir(run_id, report_dir)
    env = environment(template_dir)
    run_dir = report_dir / run_id
    page = run_dir / RUN_PAGE
    write_atomic(run_dir / "findings.json", render_json(report))
    write_atomic(run_dir / "findings.csv", render_csv(report))
    write_atomic(page, render_run(report, env))
    if index:
        write_index(store, report_dir, run_id, env=env, now=generated)
    return page


def write_index(
    store: Store,
    report_dir: Path,
    written: str,
    *,
    env: jinja2.Environment | None = None,
    now: datetime | None = None,
) -> None:
    """Write `report_dir`'s index.html (every run, newest first) and latest.html (opening the
    newest run that has a report there; `written`, a run whose report was just written, if
    none is found). `env` defaults to the bundled templates (`render.environment`)."""
    env = env or environment()
    rows = [
        run_row(r, has_report=(report_dir / r.run_id / RUN_PAGE).is_file()) for r in store.runs()
    ]
    write_atomic(report_dir / "index.html", render_index(rows, env, now or datetime.now(UTC)))
    newest = next((r.run_id for r in rows if r.has_report), written)
    write_atomic(report_dir / "latest.html", render_latest(newest, env))
