"""The SQLite store: roster, consent, posts with provenance, scores, findings and runs.

Every account's batch (posts, their scores and the account's cursor) is written in one
transaction, so a run stopped at any moment leaves either all of a batch or none of it.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from auditor.errors import AuditorError
from auditor.models import Account, Consent, Person, Post
from auditor.schema import MIGRATIONS, SCHEMA_VERSION, statements
from auditor.scoring.types import Finding, Score

__all__ = [
    "SCHEMA_VERSION",
    "AccountResult",
    "ConsentWithdrawn",
    "RunRecord",
    "Store",
    "StoreError",
    "StoredPost",
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
    """The account's consent ended (revoked, expired, removed) while its batch was being read:
    `save_batch` stored nothing."""


@dataclass(frozen=True, slots=True)
class RunRecord:
    run_id: str
    kind: str
    started_at: datetime
    finished_at: datetime | None
    status: str
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


def _iso(value: datetime | date | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    return value.isoformat()


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


class Store:
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

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        current = self.schema_version()
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"the store has schema version {current}, newer than this auditor "
                f"({SCHEMA_VERSION}): upgrade auditor"
            )
        for version in range(current + 1, SCHEMA_VERSION + 1):
            with self.transaction() as conn:
                for statement in statements(MIGRATIONS[version]):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {version}")

    # -- roster and consent ------------------------------------------------------------------

    def import_roster(
        self, people: Sequence[Person], *, now: datetime | None = None
    ) -> tuple[int, int]:
        """Replace the roster with `people`; returns (people, accounts) imported.

        A revocation recorded in the store wins over the file for consent granted before it
        (consent granted after it is a new consent). A `consent_revoked` date in the file, on or
        before today, is recorded as a revocation of that person, as `revoke` does (their data
        is deleted in the same transaction), so a later import without it cannot undo it.
        """
        now = now or datetime.now(UTC)
        revoked = {
            r["person_id"]: r["revoked_on"]
            for r in self.conn.execute("SELECT person_id, revoked_on FROM revocations")
        }
        accounts = 0
        with self.transaction() as conn:
            conn.execute("DELETE FROM accounts")
            conn.execute("DELETE FROM people")
            for person in people:
                conn.execute(
                    "INSERT INTO people(person_id, name, role) VALUES (?, ?, ?)",
                    (person.person_id, person.name, person.role),
                )
                for account in person.accounts:
                    c = account.consent
                    revoked_on = c.revoked
                    stored = _d(revoked.get(person.person_id))
                    if stored is not None and c.granted <= stored:
                        revoked_on = min(stored, revoked_on) if revoked_on else stored
                    conn.execute(
                        "INSERT INTO accounts VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (
                            account.person_id,
                            account.network,
                            account.handle,
                            _iso(c.granted),
                            _iso(c.expires),
                            _iso(revoked_on),
                            c.reference,
                        ),
                    )
                    accounts += 1
            for person in people:
                self._record_file_revocation(conn, person, _d(revoked.get(person.person_id)), now)
        return len(people), accounts

    def _record_file_revocation(
        self, conn: sqlite3.Connection, person: Person, stored: date | None, now: datetime
    ) -> None:
        withdrawn = [
            a.consent.revoked
            for a in person.accounts
            if a.consent.revoked is not None and a.consent.revoked <= now.date()
        ]
        if not withdrawn:
            return
        in_force = stored is not None and any(a.consent.granted <= stored for a in person.accounts)
        if in_force and stored is not None and stored <= min(withdrawn):
            return  # already recorded, and the data deleted then
        self._revoke_in(conn, person.person_id, min(withdrawn), now)

    def people(self) -> list[Person]:
        accounts: dict[str, list[Account]] = {}
        for r in self.conn.execute("SELECT * FROM accounts ORDER BY person_id, network, handle"):
            consent = Consent(
                date.fromisoformat(r["consent_granted"]),
                _d(r["consent_expires"]),
                _d(r["consent_revoked"]),
                r["consent_reference"],
            )
            accounts.setdefault(r["person_id"], []).append(
                Account(r["person_id"], r["network"], r["handle"], consent)
            )
        return [
            Person(r["person_id"], r["name"], r["role"], tuple(accounts.get(r["person_id"], ())))
            for r in self.conn.execute("SELECT * FROM people ORDER BY person_id")
        ]

    def person(self, person_id: str) -> Person | None:
        return next((p for p in self.people() if p.person_id == person_id), None)

    def revoke(self, person_id: str, *, on: date, now: datetime) -> int:
        """Record the revocation and delete the person's posts, scores, findings and cursors.

        One transaction: either the revocation and the purge both happen or neither does.
        Returns the number of posts deleted.
        """
        with self.transaction() as conn:
            return self._revoke_in(conn, person_id, on, now)

    def _revoke_in(self, conn: sqlite3.Connection, person_id: str, on: date, now: datetime) -> int:
        # The earliest date while a revocation is in force; a revocation that consent granted
        # after it superseded (a re-consent) is replaced by the new one.
        conn.execute(
            "INSERT INTO revocations VALUES (?, ?, ?) ON CONFLICT(person_id) DO UPDATE SET "
            "revoked_on = CASE WHEN EXISTS (SELECT 1 FROM accounts a WHERE "
            "a.person_id = excluded.person_id AND a.consent_granted > revocations.revoked_on) "
            "THEN excluded.revoked_on ELSE MIN(revoked_on, excluded.revoked_on) END, "
            "recorded_at = excluded.recorded_at",
            (person_id, _iso(on), _iso(now)),
        )
        conn.execute(
            "UPDATE accounts SET consent_revoked = ? WHERE person_id = ? AND "
            "(consent_revoked IS NULL OR consent_revoked > ?)",
            (_iso(on), person_id, _iso(on)),
        )
        deleted = self._purge_person(conn, person_id)
        # Review notes, responses, decisions and personal allow-list entries go too; the
        # append-only trail only records that a purge happened.
        for table in ("review_texts", "review_state", "review_allow"):
            conn.execute(f"DELETE FROM {table} WHERE person_id = ?", (person_id,))  # noqa: S608
        conn.execute(
            "INSERT INTO review_trail(at, actor, action, person_id, after) "
            "VALUES (?, 'system', 'purge', ?, 'consent revoked')",
            (_iso(now), person_id),
        )
        return deleted

    @staticmethod
    def _purge_person(conn: sqlite3.Connection, person_id: str) -> int:
        # Scores and findings go with their posts (ON DELETE CASCADE).
        cur = conn.execute("DELETE FROM posts WHERE person_id = ?", (person_id,))
        conn.execute("DELETE FROM cursors WHERE person_id = ?", (person_id,))
        conn.execute("DELETE FROM run_accounts WHERE person_id = ?", (person_id,))
        conn.execute("DELETE FROM expired_posts WHERE person_id = ?", (person_id,))
        return cur.rowcount

    # -- runs --------------------------------------------------------------------------------

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
        (and their scores) first stored by interrupted runs, so they count as new in it."""
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
                conn.execute(
                    f"UPDATE scores SET run_id = ? WHERE run_id IN ({interrupted})",  # noqa: S608
                    (run_id,),
                )
        return run_id

    def adopted(self, run_id: str) -> tuple[int, Counter[str]]:
        """Posts a run holds before it stores any: (how many, flagged ones by band)."""
        count = self.conn.execute(
            "SELECT COUNT(*) FROM posts WHERE first_run_id = ?", (run_id,)
        ).fetchone()[0]
        bands = Counter(
            r[0]
            for r in self.conn.execute(
                "SELECT band FROM scores WHERE run_id = ? AND band != 'none'", (run_id,)
            )
        )
        return int(count), bands

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

    @staticmethod
    def _run(r: sqlite3.Row) -> RunRecord:
        return RunRecord(
            r["run_id"],
            r["kind"],
            datetime.fromisoformat(r["started_at"]),
            _dt(r["finished_at"]),
            r["status"],
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
    ) -> int:
        """Write one account's posts, scores, findings, cursor and result in one transaction.

        Posts already stored are left as they are; returns how many posts were new. Consent is
        checked inside the transaction: when the person's consent was revoked (or the account's
        consent ended) while the batch was being read, nothing is stored and `ConsentWithdrawn`
        is raised. SQLite serialises this transaction with `revoke`'s, so a revocation either
        comes after (and deletes the batch) or is seen here.
        """
        new = 0
        with self.transaction() as conn:
            if not _consent_active(conn, account, now.date()):
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
                new += 1
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
                    new,
                    result.message,
                ),
            )
        return new

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


def _consent_active(conn: sqlite3.Connection, account: Account, day: date) -> bool:
    """The consent gate as the store knows it now: the account's roster row (when it has one)
    is active on `day`, and no revocation of the person applies to it."""
    row = conn.execute(
        "SELECT * FROM accounts WHERE person_id = ? AND network = ? AND handle = ?",
        (account.person_id, account.network, account.handle),
    ).fetchone()
    granted = account.consent.granted
    if row is not None:
        granted = date.fromisoformat(row["consent_granted"])
        stored = Consent(granted, _d(row["consent_expires"]), _d(row["consent_revoked"]))
        if not stored.active_on(day):
            return False
    revoked = conn.execute(
        "SELECT revoked_on FROM revocations WHERE person_id = ?", (account.person_id,)
    ).fetchone()
    if revoked is None:
        return True
    on = date.fromisoformat(revoked[0])
    return day < on or granted > on


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
