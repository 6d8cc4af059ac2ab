"""The SQLite store: roster, consent, posts with provenance, scores, findings and runs.

`Store` opens and migrates the database and holds posts, scores, findings and the folders each
run's report was written to (`record_report_dir`); the roster and consent
(`auditor.consent_store`) and the run log (`auditor.runlog`) are mixins it inherits.
Every account's batch (posts, their scores and the account's cursor) is written in one
transaction, so a run stopped at any moment leaves either all of a batch or none of it.
"""

from __future__ import annotations

import os
import sqlite3
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from auditor.consent_store import ConsentStore
from auditor.errors import AuditorError
from auditor.models import Account, Post
from auditor.runlog import AccountResult, RunLog, RunRecord
from auditor.schema import MIGRATIONS, SCHEMA_VERSION, statements
from auditor.scoring.types import Finding, Score
from auditor.store_base import _dt, _iso

__all__ = [
    "SCHEMA_VERSION",
    "AccountResult",
    "ConsentWithdrawn",
    "RunRecord",
    "Saved",
    "Store",
    "StoreError",
    "StoredPost",
    "newer_schema",
]


# Each flagged post's score as of the end of run :run (NULL: now), i.e. its latest one by then.
_CHOSEN_SCORES = """
    WITH chosen AS (
        SELECT s.* FROM scores s
        WHERE s.band != 'none' AND s.rowid = (
            SELECT s2.rowid FROM scores s2
            WHERE s2.post_pk = s.post_pk AND (:run IS NULL OR s2.run_id <= :run)
            ORDER BY s2.scored_at DESC, s2.rowid DESC LIMIT 1)
    )
"""


class StoreError(AuditorError):
    pass


class ConsentWithdrawn(StoreError):
    """The consent the account's batch was read under ended while it was being read (revoked,
    or no longer active on the roster: expired or revoked there): `save_batch` stored nothing.

    An account not on the roster (an X archive handed over for `scan --archive`) is read under
    its person's roster consent; taking a person or account off the roster is not a withdrawal.
    `ConsentStore._consent_active` has the rule."""


class Saved(int):
    """What `save_batch` stored: the number of new posts (it is that int) and, in `bands`, how
    many of them scored in each band above `none`. Posts already stored are in neither, so a
    run's counts follow what the store holds."""

    bands: Counter[str]

    def __new__(cls, bands: Sequence[str]) -> Saved:
        saved = super().__new__(cls, len(bands))
        saved.bands = Counter(b for b in bands if b != "none")
        return saved


def newer_schema(version: int) -> str | None:
    """What is wrong with a store of schema `version` written by a newer auditor, or None
    (an older schema is upgraded by the next `Store.open`)."""
    if version > SCHEMA_VERSION:
        return f"schema {version}, newer than this auditor ({SCHEMA_VERSION}): upgrade auditor"
    return None


@dataclass(frozen=True, slots=True)
class StoredPost:
    post: Post
    first_run_id: str
    deleted_at: datetime | None
    score: int
    band: str
    scored_run_id: str
    policy_version: str
    tool_version: str
    findings: tuple[Finding, ...]


class Store(ConsentStore, RunLog):
    """Owns one SQLite connection. Use `Store.open(path)` or `Store.memory()`."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        self._migrate()

    @classmethod
    def open(cls, path: Path) -> Store:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # The store holds names and post text: owner-only. SQLite gives the -wal, -shm and
            # journal files the mode of the database file.
            os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA busy_timeout = 10000")
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open the store {path}: {exc}") from None
        return cls(conn)

    @classmethod
    def memory(cls) -> Store:
        return cls(sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False))

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        current = self.schema_version()
        newer = newer_schema(current)
        if newer is not None:
            raise StoreError(f"the store has {newer}")
        for version in range(current + 1, SCHEMA_VERSION + 1):
            with self.transaction() as conn:
                for statement in statements(MIGRATIONS[version]):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {version}")

    # -- posts and scores --------------------------------------------------------------------

    def cursor(self, account_key: str) -> str | None:
        r = self.conn.execute(
            "SELECT cursor FROM cursors WHERE account_key = ?", (account_key,)
        ).fetchone()
        return None if r is None else str(r[0])

    def known_post_ids(self, network: str, post_ids: Sequence[str]) -> set[str]:
        """The ids already stored, or deleted by retention (those are never stored again)."""
        known: set[str] = set()
        for i in range(0, len(post_ids), 500):
            chunk = list(post_ids[i : i + 500])
            marks = ",".join("?" * len(chunk))
            known.update(
                r[0]
                for r in self.conn.execute(
                    f"SELECT post_id FROM posts WHERE network = ? AND post_id IN ({marks}) "  # noqa: S608
                    f"UNION SELECT post_id FROM expired_posts WHERE network = ? "
                    f"AND post_id IN ({marks})",
                    (network, *chunk, network, *chunk),
                )
            )
        return known

    def save_batch(
        self,
        run_id: str,
        account: Account,
        scored: Sequence[tuple[Post, Score]],
        *,
        cursor: str | None,
        result: AccountResult,
        now: datetime,
    ) -> Saved:
        """Write one account's posts, scores, findings, cursor and result in one transaction.

        Posts already stored (or given twice) are left as they are; returns how many posts were
        new, with their bands (`Saved`). Consent is checked inside the transaction
        (`_consent_active`): when the person's consent was revoked, or the roster consent the
        account is read under ended, while the batch was being read, nothing is stored and
        `ConsentWithdrawn` is raised. SQLite serialises this
        transaction with `revoke`'s, so a revocation either comes after (and deletes the batch)
        or is seen here.
        """
        bands: list[str] = []  # of the posts stored
        with self.transaction() as conn:
            if not self._consent_active(conn, account, now.date()):
                raise ConsentWithdrawn(
                    f"consent of {account.person_id} ended during the run: nothing stored"
                )
            for post, score in scored:
                cur = conn.execute(
                    "INSERT OR IGNORE INTO posts(network, post_id, person_id, account, text, "
                    "created_at, url, source, fetched_at, tool_version, is_repost, lang, "
                    "first_run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        post.network,
                        post.post_id,
                        post.person_id,
                        post.account,
                        post.text,
                        _iso(post.created_at),
                        post.url,
                        post.source,
                        _iso(post.fetched_at),
                        post.tool_version,
                        int(post.is_repost),
                        post.lang,
                        run_id,
                    ),
                )
                if cur.rowcount == 0:
                    continue
                bands.append(score.band)
                pk = cur.lastrowid
                conn.execute(
                    "INSERT OR IGNORE INTO scores VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        pk,
                        score.policy_version,
                        score.tool_version,
                        score.score,
                        score.band,
                        run_id,
                        _iso(now),
                    ),
                )
                conn.executemany(
                    "INSERT OR IGNORE INTO findings(post_pk, policy_version, tool_version, "
                    'category, rule, severity, start, "end", matched, decoded, explanation, '
                    "guidance) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        (
                            pk,
                            score.policy_version,
                            score.tool_version,
                            f.category,
                            f.rule,
                            f.severity,
                            f.start,
                            f.end,
                            f.matched,
                            f.decoded,
                            f.explanation,
                            f.guidance,
                        )
                        for f in score.findings
                    ],
                )
            if cursor is not None:
                conn.execute(
                    "INSERT INTO cursors VALUES (?, ?, ?, ?) ON CONFLICT(account_key) DO UPDATE "
                    "SET cursor = excluded.cursor, updated_at = excluded.updated_at",
                    (account.key, account.person_id, cursor, _iso(now)),
                )
            self._record_account(
                conn,
                run_id,
                AccountResult(
                    result.account_key,
                    result.person_id,
                    result.status,
                    result.posts_read,
                    len(bands),
                    result.message,
                ),
            )
        return Saved(bands)

    def flagged_posts(self, up_to_run: str | None = None) -> list[StoredPost]:
        """Every stored post whose latest score is above `none`, newest first.

        With `up_to_run`, only what had been scored by the end of that run.
        """
        params = {"run": up_to_run}
        # One query for the findings of every chosen score, not one per post.
        findings: dict[int, list[Finding]] = {}
        for f in self.conn.execute(
            _CHOSEN_SCORES + "SELECT f.* FROM findings f JOIN chosen c "  # noqa: S608
            "ON c.post_pk = f.post_pk AND c.policy_version = f.policy_version "
            'ORDER BY f.post_pk, f.start, f."end", f.rule',
            params,
        ):
            findings.setdefault(f["post_pk"], []).append(
                Finding(
                    f["category"],
                    f["rule"],
                    f["severity"],
                    f["start"],
                    f["end"],
                    f["matched"],
                    f["decoded"],
                    f["explanation"],
                    f["guidance"],
                )
            )
        rows = self.conn.execute(
            _CHOSEN_SCORES  # noqa: S608 - constant SQL, no value is formatted in
            + """
            SELECT p.*, c.score, c.band, c.run_id AS scored_run, c.policy_version AS pv,
                   c.tool_version AS tv
            FROM posts p JOIN chosen c ON c.post_pk = p.pk
            ORDER BY c.score DESC, p.created_at DESC
            """,
            params,
        )
        return [
            StoredPost(
                post=_post(r),
                first_run_id=r["first_run_id"],
                deleted_at=_dt(r["deleted_at"]),
                score=r["score"],
                band=r["band"],
                scored_run_id=r["scored_run"],
                policy_version=r["pv"],
                tool_version=r["tv"],
                findings=tuple(findings.get(r["pk"], ())),
            )
            for r in rows
        ]

    def flagged_ids(self, account: Account) -> list[str]:
        """Post ids of this account that are flagged and not yet known to be deleted."""
        rows = self.conn.execute(
            "SELECT DISTINCT p.post_id FROM posts p JOIN scores s ON s.post_pk = p.pk "
            "WHERE p.person_id = ? AND p.account = ? AND s.band != 'none' "
            "AND p.deleted_at IS NULL ORDER BY p.post_id",
            (account.person_id, account.handle),
        )
        return [r[0] for r in rows]

    def mark_deleted(self, network: str, post_ids: Sequence[str], *, now: datetime) -> int:
        """Mark posts as deleted since flagged: they stay in the store and the report."""
        with self.transaction() as conn:
            cur = conn.executemany(
                "UPDATE posts SET deleted_at = ? WHERE network = ? AND post_id = ? "
                "AND deleted_at IS NULL",
                [(_iso(now), network, pid) for pid in post_ids],
            )
        return cur.rowcount

    def count_posts(self, person_id: str | None = None) -> int:
        if person_id is None:
            return int(self.conn.execute("SELECT COUNT(*) FROM posts").fetchone()[0])
        return int(
            self.conn.execute(
                "SELECT COUNT(*) FROM posts WHERE person_id = ?", (person_id,)
            ).fetchone()[0]
        )

    def count_findings(self, person_id: str | None = None) -> int:
        sql = "SELECT COUNT(*) FROM findings f JOIN posts p ON p.pk = f.post_pk"
        if person_id is None:
            return int(self.conn.execute(sql).fetchone()[0])
        return int(self.conn.execute(sql + " WHERE p.person_id = ?", (person_id,)).fetchone()[0])

    # -- report folders ----------------------------------------------------------------------

    def record_report_dir(self, run_id: str, folder: Path) -> None:
        """Remember that the report of `run_id` is written to `folder` (made absolute here), so
        that re-renders after a revocation, a purge or a review decision reach that copy too."""
        where = (run_id, str(folder.resolve()))
        known = "SELECT 1 FROM report_dirs WHERE run_id = ? AND folder = ?"
        # Re-renders write the same folders again and again: no write lock for those.
        if self.conn.execute(known, where).fetchone() is None:
            with self.transaction() as conn:
                conn.execute("INSERT OR IGNORE INTO report_dirs VALUES (?, ?)", where)

    def report_dirs(self) -> dict[str, list[Path]]:
        """Each run's recorded report folders, in the order they were first written to. Runs
        reported before schema 5 have none."""
        folders: dict[str, list[Path]] = {}
        for r in self.conn.execute("SELECT run_id, folder FROM report_dirs ORDER BY rowid"):
            folders.setdefault(r[0], []).append(Path(r[1]))
        return folders


def _post(r: sqlite3.Row) -> Post:
    return Post(
        network=r["network"],
        post_id=r["post_id"],
        person_id=r["person_id"],
        account=r["account"],
        text=r["text"],
        created_at=datetime.fromisoformat(r["created_at"]),
        url=r["url"],
        source=r["source"],
        fetched_at=datetime.fromisoformat(r["fetched_at"]),
        tool_version=r["tool_version"],
        is_repost=bool(r["is_repost"]),
        lang=r["lang"],
    )
