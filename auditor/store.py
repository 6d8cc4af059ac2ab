"""The SQLite store: roster, consent, posts with provenance, scores, findings and runs.

`Store` opens and migrates the database and holds posts, scores, findings and the folders each
run's report was written to (`record_report_dir`); the roster and consent
(`auditor.consent_store`) and the run log (`auditor.runlog`) are mixins it inherits.
Every account's batch (posts, their scores and the account's cursor) is written in one
transaction, so a run stopped at any moment leaves either all of a batch or none of it.

A post read again with the same (network, post_id), from the same account, with another text
is an edit: `save_batch` replaces its text, scores and findings, bumps its `version` (its new
findings get new review ids, see `auditor.models.finding_id`), drops the review decisions on
the earlier findings (the trail keeps them and records why) and records the edit in
`post_edits` with what the earlier version was flagged for, never its text. Deleted content is
overwritten (`secure_delete`) and the WAL emptied after such a batch, so the earlier text is
not left in the store's files either. The same text read again changes nothing.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from auditor.consent_store import ConsentStore
from auditor.errors import AuditorError
from auditor.models import Account, Post, finding_id
from auditor.runlog import AccountResult, RunLog, RunRecord
from auditor.schema import MIGRATIONS, SCHEMA_VERSION, statements
from auditor.scoring.types import Finding, Score, band_rank
from auditor.store_base import _dt, _iso

__all__ = [
    "SCHEMA_VERSION",
    "AccountResult",
    "ConsentWithdrawn",
    "Flag",
    "PostEdit",
    "RunRecord",
    "Saved",
    "Store",
    "StoreError",
    "StoredPost",
    "StoredText",
    "newer_schema",
]


# The rowid of post s's latest score as of the end of run :run (NULL: now).
_LATEST_SCORE = """(
            SELECT s2.rowid FROM scores s2
            WHERE s2.post_pk = s.post_pk AND (:run IS NULL OR s2.run_id <= :run)
            ORDER BY s2.scored_at DESC, s2.rowid DESC LIMIT 1)"""

# Each flagged post's score as of the end of run :run (NULL: now), i.e. its latest one by then.
_CHOSEN_SCORES = f"""
    WITH chosen AS (
        SELECT s.* FROM scores s
        WHERE s.band != 'none' AND s.rowid = {_LATEST_SCORE}
    )
"""  # noqa: S608 - constant SQL, no value is formatted in

# The same for the posts an earlier version of which was flagged (by then) and whose latest
# score by then is `none`: edited into something harmless.
_UNFLAGGED_EDIT_SCORES = f"""
    WITH chosen AS (
        SELECT s.* FROM scores s
        WHERE s.post_pk IN (SELECT post_pk FROM post_edits WHERE previous_band != 'none'
                            AND (:run IS NULL OR run_id <= :run))
        AND s.rowid = {_LATEST_SCORE}
        AND s.band = 'none'
    )
"""  # noqa: S608 - constant SQL, no value is formatted in


class StoreError(AuditorError):
    pass


class ConsentWithdrawn(StoreError):
    """The consent the account's batch was read under ended while it was being read (revoked,
    or no longer active on the roster: expired or revoked there): `save_batch` stored nothing.

    An account not on the roster (an X archive handed over for `scan --archive`) is read under
    its person's roster consent; taking a person or account off the roster is not a withdrawal.
    `ConsentStore._consent_active` has the rule."""


class Saved(int):
    """What `save_batch` stored: the number of new posts (it is that int), in `edited` the
    number of stored posts it replaced with an edited text, and in `bands` how many of both
    scored in each band above `none` (an edited post is counted by its new version). Posts
    already stored with the same text are in none of them, so a run's counts follow what the
    store holds."""

    bands: Counter[str]
    edited: int

    def __new__(cls, bands: Sequence[str], edited: Sequence[str] = ()) -> Saved:
        saved = super().__new__(cls, len(bands))
        saved.bands = Counter(b for b in (*bands, *edited) if b != "none")
        saved.edited = len(edited)
        return saved


class Flag(NamedTuple):
    """What an earlier version of an edited post was flagged for: no text, no matched words."""

    category: str
    rule: str
    severity: str


@dataclass(frozen=True, slots=True)
class PostEdit:
    """One edit the store saw: in which run and when, when the network says the post was
    edited (if it says), when the earlier version was first seen, and its band and flags."""

    run_id: str
    seen_at: datetime
    edited_at: datetime | None
    previous_seen: datetime
    previous_band: str
    previous_flags: tuple[Flag, ...]


class StoredText(NamedTuple):
    """A stored post as `Store.stored_texts` tells it: enough to tell an edit from a re-read."""

    text: str
    person_id: str
    account: str
    edited_at: datetime | None = None  # when the network said it was last edited, if it said

    def edited_by(self, post: Post) -> bool:
        """Whether `post`, read again under this one's (network, post_id), is an edit of it:
        another text, read from the same person's same account, and, when the network dates
        edits both times (Mastodon's `edited_at`, an Atom entry's `<updated>`), a later date.

        The account must match: an X post read from the API and again from the person's
        archive is the same post written out differently (entities, links), not an edit; and
        ids that only one server makes unique (Mastodon's) must never let one account's post
        overwrite another's. Another text under the same edit date is this tool reading the
        same version otherwise (HTML turned into text another way), not the person editing
        it: taking it for an edit would reopen every review decision on the post."""
        same_reader = (self.person_id, self.account) == (post.person_id, post.account)
        if not same_reader or self.text == post.text:
            return False
        if self.edited_at is None or post.edited_at is None:
            return True  # undated (RSS, JSONL, archives): the text is all there is to go by
        return post.edited_at > self.edited_at


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
    version: int = 0  # edits seen: the findings' review ids depend on it
    edits: tuple[PostEdit, ...] = ()  # oldest first


class Store(ConsentStore, RunLog):
    """Owns one SQLite connection. Use `Store.open(path)` or `Store.memory()`."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        # Deleted content (a revoked person's posts, an edited post's earlier text) is
        # overwritten with zeros, not left in free space; many builds do it by default, not all.
        conn.execute("PRAGMA secure_delete = ON")
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
        return set(self.stored_texts(network, post_ids))

    def stored_texts(self, network: str, post_ids: Sequence[str]) -> dict[str, StoredText | None]:
        """post_id -> the stored text with its person and account, for the ids already stored;
        None for the ids retention deleted (those are never stored again)."""
        known: dict[str, StoredText | None] = {}
        for i in range(0, len(post_ids), 500):
            chunk = list(post_ids[i : i + 500])
            marks = ",".join("?" * len(chunk))
            for r in self.conn.execute(
                f"SELECT post_id FROM expired_posts WHERE network = ? AND post_id IN ({marks})",  # noqa: S608
                (network, *chunk),
            ):
                known[r[0]] = None
            for r in self.conn.execute(
                "SELECT post_id, text, person_id, account, edited_at FROM posts "  # noqa: S608
                f"WHERE network = ? AND post_id IN ({marks})",
                (network, *chunk),
            ):
                known[r[0]] = StoredText(r[1], r[2], r[3], _dt(r[4]))
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

        A post already stored with the same text is left as it is, and so is a post given twice
        in one batch (the first stands); one with another text, read from the same person's
        same account, is an edit (`_replace_edited`).
        Returns how many posts were new and how many edited, with their bands (`Saved`).
        Consent is checked inside the transaction (`_consent_active`): when the person's
        consent was revoked, or the roster consent the account is read under ended, while the
        batch was being read, nothing is stored and `ConsentWithdrawn` is raised. SQLite
        serialises this transaction with `revoke`'s, so a revocation either comes after (and
        deletes the batch) or is seen here.
        """
        bands: list[str] = []  # of the new posts stored
        edited: list[str] = []  # of the edited posts stored
        with self.transaction() as conn:
            if not self._consent_active(conn, account, now.date()):
                raise ConsentWithdrawn(
                    f"consent of {account.person_id} ended during the run: nothing stored"
                )
            given: set[tuple[str, str]] = set()
            for post, score in scored:
                if (post.network, post.post_id) in given:
                    continue  # a source's bug, not an edit: the first stands
                given.add((post.network, post.post_id))
                cur = conn.execute(
                    "INSERT OR IGNORE INTO posts(network, post_id, person_id, account, text, "
                    "created_at, url, source, fetched_at, tool_version, is_repost, lang, "
                    "first_run_id, edited_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
                        _iso(post.edited_at),
                    ),
                )
                if cur.rowcount == 0:
                    if self._replace_edited(conn, run_id, post, score, now):
                        edited.append(score.band)
                    continue
                bands.append(score.band)
                assert cur.lastrowid is not None
                _insert_score(conn, cur.lastrowid, score, run_id, now)
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
        if edited:
            self._empty_wal()
        return Saved(bands, edited)

    @staticmethod
    def _replace_edited(
        conn: sqlite3.Connection, run_id: str, post: Post, score: Score, now: datetime
    ) -> bool:
        """Replace a stored post by its edited version; False (nothing changed) when the text is
        the same, or the post was stored from another person's or another account's reading
        (`StoredText.edited_by`). Everything about the earlier text goes: its scores and findings
        (under every policy version), and the review decisions on its findings, each with a
        trail row saying the post was edited (the decision itself stays in the trail). What
        it was flagged for stays, as categories, rules and severities (`post_edits`).
        """
        old = conn.execute(
            "SELECT pk, person_id, account, text, fetched_at, version, edited_at FROM posts "
            "WHERE network = ? AND post_id = ?",
            (post.network, post.post_id),
        ).fetchone()
        if old is None:
            return False
        stored = StoredText(old["text"], old["person_id"], old["account"], _dt(old["edited_at"]))
        if not stored.edited_by(post):
            return False
        pk, at = old["pk"], _iso(now)
        latest = conn.execute(
            "SELECT band, policy_version FROM scores WHERE post_pk = ? "
            "ORDER BY scored_at DESC, rowid DESC LIMIT 1",
            (pk,),
        ).fetchone()
        flags: dict[str, Flag] = {}
        if latest is not None:
            for f in conn.execute(
                "SELECT category, rule, severity FROM findings WHERE post_pk = ? "
                "AND policy_version = ? ORDER BY start, rule",
                (pk, latest["policy_version"]),
            ):
                seen = flags.get(f["rule"])
                if seen is None or band_rank(f["severity"]) > band_rank(seen.severity):
                    flags[f["rule"]] = Flag(f["category"], f["rule"], f["severity"])
        old_rules = [
            r[0]
            for r in conn.execute("SELECT DISTINCT rule FROM findings WHERE post_pk = ?", (pk,))
        ]
        _supersede_decisions(conn, post, old["version"], old_rules, at)
        conn.execute("DELETE FROM findings WHERE post_pk = ?", (pk,))
        conn.execute("DELETE FROM scores WHERE post_pk = ?", (pk,))
        # created_at stays: an edit does not move when the post was written (an Atom entry
        # without <published> would otherwise move to its <updated>). A post marked deleted
        # since flagged is served again.
        conn.execute(
            "UPDATE posts SET text = ?, url = ?, source = ?, fetched_at = ?, tool_version = ?, "
            "is_repost = ?, lang = ?, edited_at = ?, version = version + 1, deleted_at = NULL "
            "WHERE pk = ?",
            (
                post.text,
                post.url,
                post.source,
                _iso(post.fetched_at),
                post.tool_version,
                int(post.is_repost),
                post.lang,
                _iso(post.edited_at),
                pk,
            ),
        )
        conn.execute(
            "INSERT INTO post_edits(post_pk, run_id, seen_at, edited_at, previous_seen, "
            "previous_band, previous_flags) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                pk,
                run_id,
                at,
                _iso(post.edited_at),
                old["fetched_at"],
                latest["band"] if latest is not None else "none",
                json.dumps([list(f) for f in flags.values()]),
            ),
        )
        _insert_score(conn, pk, score, run_id, now)
        return True

    def _empty_wal(self) -> None:
        """Copy the WAL into the store and truncate it: its older frames still hold the pages
        as they were before an edit. Best effort: a reader holding an old snapshot keeps the
        frames until the next checkpoint (SQLite's own, or the last connection closing)."""
        with contextlib.suppress(sqlite3.OperationalError):
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

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
        return self._stored_posts(
            _CHOSEN_SCORES, "c.score DESC, p.created_at DESC", params, findings
        )

    def unflagged_edits(self, up_to_run: str | None = None) -> list[StoredPost]:
        """Posts whose earlier version was flagged and whose latest score (by the end of
        `up_to_run`, if given) is `none`: edited into something harmless. Newest first."""
        params = {"run": up_to_run}
        return self._stored_posts(
            _UNFLAGGED_EDIT_SCORES, "p.created_at DESC, p.pk DESC", params, {}
        )

    def _stored_posts(
        self,
        chosen: str,
        order: str,
        params: dict[str, str | None],
        findings: dict[int, list[Finding]],
    ) -> list[StoredPost]:
        """The posts joined with their score from `chosen` (a constant WITH clause naming
        `chosen`), in `order`, each with its `findings` and its edits by the end of `:run`."""
        edits = self._edits(params)  # edits are few: read them all
        rows = self.conn.execute(
            chosen  # noqa: S608 - constant SQL, no value is formatted in
            + """
            SELECT p.*, c.score, c.band, c.run_id AS scored_run, c.policy_version AS pv,
                   c.tool_version AS tv
            FROM posts p JOIN chosen c ON c.post_pk = p.pk
            ORDER BY """
            + order,
            params,
        )
        return [_stored(r, findings.get(r["pk"], ()), edits.get(r["pk"], ())) for r in rows]

    def _edits(self, params: dict[str, str | None]) -> dict[int, list[PostEdit]]:
        """post_pk -> its edits seen by the end of run `:run` (None: now), oldest first."""
        found: dict[int, list[PostEdit]] = {}
        sql = "SELECT * FROM post_edits WHERE :run IS NULL OR run_id <= :run ORDER BY id"
        for e in self.conn.execute(sql, params):
            found.setdefault(e["post_pk"], []).append(
                PostEdit(
                    run_id=e["run_id"],
                    seen_at=datetime.fromisoformat(e["seen_at"]),
                    edited_at=_dt(e["edited_at"]),
                    previous_seen=datetime.fromisoformat(e["previous_seen"]),
                    previous_band=e["previous_band"],
                    previous_flags=tuple(
                        Flag(*(str(v) for v in f)) for f in json.loads(e["previous_flags"])
                    ),
                )
            )
        return found

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


def _insert_score(
    conn: sqlite3.Connection, pk: int, score: Score, run_id: str, now: datetime
) -> None:
    conn.execute(
        "INSERT OR IGNORE INTO scores VALUES (?, ?, ?, ?, ?, ?, ?)",
        (pk, score.policy_version, score.tool_version, score.score, score.band, run_id, _iso(now)),
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


def _supersede_decisions(
    conn: sqlite3.Connection, post: Post, version: int, rules: Iterable[str], at: str | None
) -> None:
    """Drop the review decisions on the findings of an edited post's earlier version.

    They were taken on a text that is gone, and its findings with them: the new version's
    findings have other ids and start open. The trail keeps each decision and gets a row
    saying why it no longer applies (the review workflow's `history` shows both).
    """
    for rule in rules:
        fid = finding_id(post.network, post.post_id, rule, version)
        gone = conn.execute(
            "DELETE FROM review_state WHERE finding_id = ? RETURNING status", (fid,)
        ).fetchone()
        if gone is not None:
            conn.execute(
                "INSERT INTO review_trail(at, actor, action, finding_id, person_id, rule, "
                "before, after) VALUES (?, 'system', 'edit', ?, ?, ?, ?, 'post edited')",
                (at, fid, post.person_id, rule, gone[0]),
            )


def _stored(r: sqlite3.Row, findings: Iterable[Finding], edits: Iterable[PostEdit]) -> StoredPost:
    """A post row joined with its chosen score (`score`, `band`, `scored_run`, `pv`, `tv`)."""
    return StoredPost(
        post=_post(r),
        first_run_id=r["first_run_id"],
        deleted_at=_dt(r["deleted_at"]),
        score=r["score"],
        band=r["band"],
        scored_run_id=r["scored_run"],
        policy_version=r["pv"],
        tool_version=r["tv"],
        findings=tuple(findings),
        version=r["version"],
        edits=tuple(edits),
    )


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
        edited_at=_dt(r["edited_at"]),
    )
