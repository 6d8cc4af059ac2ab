"""The store's run log: each run, its status and summary, and each account's result in it.

A run is complete only once its report is written (`mark_reported`); the next run marks the
runs left without one interrupted (`mark_interrupted`) and may adopt the posts they stored and
the edits they read (`begin_run`). Until then, a run another process finished without its
report reads as `incomplete`: it may still be writing it, or have been killed, and `done`
would claim what nobody knows yet.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import NamedTuple

from auditor.store_base import StoreBase, _dt, _iso

# The status of a run finished (done or partial) but not reported by another process.
INCOMPLETE = "incomplete"


@dataclass(frozen=True, slots=True)
class RunRecord:
    run_id: str
    kind: str
    started_at: datetime
    finished_at: datetime | None
    status: str  # running, done, partial, interrupted, or INCOMPLETE (as shown, not stored)
    policy_version: str
    tool_version: str
    summary: dict[str, object]


@dataclass(frozen=True, slots=True)
class AccountResult:
    account_key: str
    person_id: str
    status: str  # "ok", "failed" or "skipped"
    posts_read: int
    posts_new: int
    message: str


class Adopted(NamedTuple):
    """What a run took over from interrupted runs, counted as `Saved` counts what a run
    stores itself: `posts` they first stored, `edited` stored posts they read with another
    text (each post once, however often it was edited), and the flagged ones among both by
    band (an edited post by its latest version). A post one interrupted run stored and
    another saw edited is in both counts: the earlier text may be in the first one's report."""

    posts: int
    edited: int
    bands: Counter[str]


class RunLog(StoreBase):
    """Mixin of `Store`: runs and their per-account results."""

    # Runs begun through this Store: their report is being written here, not left undone.
    _own_runs: frozenset[str] = frozenset()

    def begin_run(
        self,
        *,
        kind: str,
        started_at: datetime,
        policy_version: str,
        tool_version: str,
        adopt: bool = False,
    ) -> str:
        """Record a new run; with `adopt`, it takes over, in the same transaction, the posts
        (and their scores) first stored by interrupted runs, so they count as new in it, and
        the edits they read (`post_edits`, with the new version's score), so they count as
        edited in it (`adopted`)."""
        base = started_at.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
        run_id, n = base, 1
        with self.transaction() as conn:
            while conn.execute("SELECT 1 FROM runs WHERE run_id = ?", (run_id,)).fetchone():
                n += 1
                run_id = f"{base}-{n}"
            conn.execute(
                "INSERT INTO runs(run_id, kind, started_at, status, policy_version, tool_version)"
                " VALUES (?, ?, ?, 'running', ?, ?)",
                (run_id, kind, _iso(started_at), policy_version, tool_version),
            )
            if adopt:
                interrupted = "SELECT run_id FROM runs WHERE status = 'interrupted'"
                conn.execute(
                    f"UPDATE posts SET first_run_id = ? WHERE first_run_id IN ({interrupted})",  # noqa: S608
                    (run_id,),
                )
                for table in ("scores", "post_edits"):
                    conn.execute(
                        f"UPDATE {table} SET run_id = ? WHERE run_id IN ({interrupted})",  # noqa: S608
                        (run_id,),
                    )
        self._own_runs |= {run_id}
        return run_id

    def adopted(self, run_id: str) -> Adopted:
        """What a run holds before it stores anything: what it adopted (`begin_run`)."""
        count = self.conn.execute(
            "SELECT COUNT(*) FROM posts WHERE first_run_id = ?", (run_id,)
        ).fetchone()[0]
        edited = self.conn.execute(
            "SELECT COUNT(DISTINCT post_pk) FROM post_edits WHERE run_id = ?", (run_id,)
        ).fetchone()[0]
        bands = Counter(
            r[0]
            for r in self.conn.execute(
                "SELECT band FROM scores WHERE run_id = ? AND band != 'none'", (run_id,)
            )
        )
        return Adopted(int(count), int(edited), bands)

    def mark_interrupted(self, *, now: datetime) -> list[str]:
        """Mark as interrupted the runs a killed process left: still running, or finished in
        the store but without a report. Call only while holding the run lock. Returns them."""
        with self.transaction() as conn:
            rows = conn.execute(
                "UPDATE runs SET status = 'interrupted', finished_at = IFNULL(finished_at, ?) "
                "WHERE status = 'running' OR (reported_at IS NULL AND status != 'interrupted') "
                "RETURNING run_id",
                (_iso(now),),
            ).fetchall()
        return sorted(r[0] for r in rows)

    def mark_reported(self, run_id: str, *, now: datetime) -> None:
        """The run's report is written: only now is the run complete."""
        with self.transaction() as conn:
            conn.execute("UPDATE runs SET reported_at = ? WHERE run_id = ?", (_iso(now), run_id))

    def finish_run(
        self, run_id: str, *, finished_at: datetime, status: str, summary: dict[str, object]
    ) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE runs SET finished_at = ?, status = ?, summary = ? WHERE run_id = ?",
                (_iso(finished_at), status, json.dumps(summary, sort_keys=True), run_id),
            )

    def run(self, run_id: str) -> RunRecord | None:
        r = self.conn.execute("SELECT * FROM runs WHERE run_id = ?", (run_id,)).fetchone()
        return None if r is None else self._run(r)

    def runs(self) -> list[RunRecord]:
        rows = self.conn.execute("SELECT * FROM runs ORDER BY started_at DESC, run_id DESC")
        return [self._run(r) for r in rows]

    def _run(self, r: sqlite3.Row) -> RunRecord:
        status = r["status"]
        # The pipeline stores done/partial before the report is written and notifications
        # sent; a process killed in between leaves that until the next run marks it
        # interrupted. The run's own process shows the status its report is about to confirm.
        if r["reported_at"] is None and status in ("done", "partial"):
            status = status if r["run_id"] in self._own_runs else INCOMPLETE
        return RunRecord(
            r["run_id"],
            r["kind"],
            datetime.fromisoformat(r["started_at"]),
            _dt(r["finished_at"]),
            status,
            r["policy_version"],
            r["tool_version"],
            json.loads(r["summary"]),
        )

    def record_account(self, run_id: str, result: AccountResult) -> None:
        with self.transaction() as conn:
            self._record_account(conn, run_id, result)

    @staticmethod
    def _record_account(conn: sqlite3.Connection, run_id: str, r: AccountResult) -> None:
        conn.execute(
            "INSERT OR REPLACE INTO run_accounts VALUES (?, ?, ?, ?, ?, ?, ?)",
            (run_id, r.account_key, r.person_id, r.status, r.posts_read, r.posts_new, r.message),
        )

    def account_results(self, run_id: str) -> list[AccountResult]:
        rows = self.conn.execute(
            "SELECT * FROM run_accounts WHERE run_id = ? ORDER BY person_id, account_key",
            (run_id,),
        )
        return [
            AccountResult(
                r["account_key"],
                r["person_id"],
                r["status"],
                r["posts_read"],
                r["posts_new"],
                r["message"],
            )
            for r in rows
        ]
