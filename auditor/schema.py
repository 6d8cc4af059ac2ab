"""The store's SQL schema: one migration per version, applied forward by `Store` on open."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

# Schema versions, one line each (the store migrates forward on open):
# 1: people, accounts, revocations, cursors, posts, scores, findings, runs, run_accounts.
# 2: review_texts, review_state, review_allow, review_trail (append-only) and their triggers.
# 3: expired_posts (which posts retention deleted, so a re-read export does not bring them back).
# 4: runs.reported_at (a run is complete only once its report is written; see Store.mark_reported).
# 5: report_dirs (every folder a run's report was written to; see Store.record_report_dir).
# 6: posts.version and posts.edited_at, post_edits (a post read again with another text is an
#    edit: the store keeps the new text and what the earlier one was flagged for, never its text).
SCHEMA_VERSION = 6

MIGRATIONS: dict[int, str] = {
    1: """
    CREATE TABLE people (
        person_id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL
    );
    CREATE TABLE accounts (
        person_id TEXT NOT NULL REFERENCES people(person_id) ON DELETE CASCADE,
        network TEXT NOT NULL,
        handle TEXT NOT NULL,
        consent_granted TEXT NOT NULL,
        consent_expires TEXT,
        consent_revoked TEXT,
        consent_reference TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (network, handle)
    );
    -- A revocation outlives the person's data: it stops a later roster import re-enabling them.
    CREATE TABLE revocations (
        person_id TEXT PRIMARY KEY,
        revoked_on TEXT NOT NULL,
        recorded_at TEXT NOT NULL
    );
    CREATE TABLE cursors (
        account_key TEXT PRIMARY KEY,
        person_id TEXT NOT NULL,
        cursor TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE runs (
        run_id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        status TEXT NOT NULL,
        policy_version TEXT NOT NULL,
        tool_version TEXT NOT NULL,
        summary TEXT NOT NULL DEFAULT '{}'
    );
    CREATE TABLE run_accounts (
        run_id TEXT NOT NULL REFERENCES runs(run_id) ON DELETE CASCADE,
        account_key TEXT NOT NULL,
        person_id TEXT NOT NULL,
        status TEXT NOT NULL,
        posts_read INTEGER NOT NULL DEFAULT 0,
        posts_new INTEGER NOT NULL DEFAULT 0,
        message TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (run_id, account_key)
    );
    CREATE TABLE posts (
        pk INTEGER PRIMARY KEY,
        network TEXT NOT NULL,
        post_id TEXT NOT NULL,
        person_id TEXT NOT NULL,
        account TEXT NOT NULL,
        text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        url TEXT,
        source TEXT NOT NULL,
        fetched_at TEXT NOT NULL,
        tool_version TEXT NOT NULL,
        is_repost INTEGER NOT NULL DEFAULT 0,
        lang TEXT,
        first_run_id TEXT NOT NULL,
        deleted_at TEXT,
        UNIQUE (network, post_id)
    );
    CREATE INDEX posts_person ON posts(person_id);
    CREATE TABLE scores (
        post_pk INTEGER NOT NULL REFERENCES posts(pk) ON DELETE CASCADE,
        policy_version TEXT NOT NULL,
        tool_version TEXT NOT NULL,
        score INTEGER NOT NULL,
        band TEXT NOT NULL,
        run_id TEXT NOT NULL,
        scored_at TEXT NOT NULL,
        PRIMARY KEY (post_pk, policy_version)
    );
    CREATE INDEX scores_band ON scores(band);
    CREATE TABLE findings (
        id INTEGER PRIMARY KEY,
        post_pk INTEGER NOT NULL REFERENCES posts(pk) ON DELETE CASCADE,
        policy_version TEXT NOT NULL,
        tool_version TEXT NOT NULL,
        category TEXT NOT NULL,
        rule TEXT NOT NULL,
        severity TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        matched TEXT NOT NULL,
        decoded TEXT NOT NULL,
        explanation TEXT NOT NULL,
        guidance TEXT NOT NULL,
        UNIQUE (post_pk, policy_version, rule, start, "end")
    );
    CREATE INDEX findings_post ON findings(post_pk);
    """,
    2: """
    -- Free text of the review workflow (notes, responses, allow-list terms and reasons). Kept
    -- apart from the trail so a revocation can delete it while the trail stays append-only.
    CREATE TABLE review_texts (
        id INTEGER PRIMARY KEY,
        person_id TEXT,
        kind TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE INDEX review_texts_person ON review_texts(person_id);
    -- The current decision per finding, keyed by network+post_id+rule (hashed), never by the
    -- findings row id: re-scoring creates new rows and a dismissal must survive it.
    CREATE TABLE review_state (
        finding_id TEXT PRIMARY KEY,
        person_id TEXT NOT NULL,
        rule TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('dismissed', 'acknowledged', 'escalated')),
        reviewer TEXT NOT NULL,
        decided_at TEXT NOT NULL
    );
    CREATE INDEX review_state_person ON review_state(person_id);
    CREATE TABLE review_allow (
        id INTEGER PRIMARY KEY,
        term TEXT NOT NULL,
        person_id TEXT,
        reason_id INTEGER,
        reviewer TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE UNIQUE INDEX review_allow_term ON review_allow(term, IFNULL(person_id, ''));
    -- Who did what, when, before and after. No post text and no free text: text_id points into
    -- review_texts, which a revocation empties for the person.
    CREATE TABLE review_trail (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        finding_id TEXT,
        person_id TEXT,
        rule TEXT,
        before TEXT,
        after TEXT,
        text_id INTEGER
    );
    CREATE INDEX review_trail_finding ON review_trail(finding_id);
    CREATE TRIGGER review_trail_no_update BEFORE UPDATE ON review_trail
    BEGIN SELECT RAISE(ABORT, 'the review trail is append-only'); END;
    CREATE TRIGGER review_trail_no_delete BEFORE DELETE ON review_trail
    BEGIN SELECT RAISE(ABORT, 'the review trail is append-only'); END;
    """,
    3: """
    -- Posts retention deleted: ids only, no text. A source that hands them over again (a changed
    -- archive or JSONL export is re-read whole) must not store them as new; a revocation
    -- deletes the person's rows with the rest of their data.
    CREATE TABLE expired_posts (
        network TEXT NOT NULL,
        post_id TEXT NOT NULL,
        person_id TEXT NOT NULL,
        expired_at TEXT NOT NULL,
        PRIMARY KEY (network, post_id)
    );
    CREATE INDEX expired_posts_person ON expired_posts(person_id);
    """,
    4: """
    -- When the run's report was written. A run finished in the store but without a report was
    -- stopped while rendering: the next run marks it interrupted and adopts its posts as new.
    -- Runs finished before this version count as reported.
    ALTER TABLE runs ADD COLUMN reported_at TEXT;
    UPDATE runs SET reported_at = finished_at WHERE status != 'running';
    """,
    5: """
    -- Every folder (absolute) a run's report was written to: `run --report-dir`, `report
    -- --report-dir` and the demo write outside [report] dir, and a revocation, a purge or a
    -- review decision must render those copies again too. A table, not a column: one run's
    -- report may be written to several folders. Runs reported before this version recorded
    -- none; a re-render falls back to the folder it is given for them.
    CREATE TABLE report_dirs (
        run_id TEXT NOT NULL REFERENCES runs(run_id) ON DELETE CASCADE,
        folder TEXT NOT NULL,
        PRIMARY KEY (run_id, folder)
    );
    """,
    6: """
    -- A post read again with the same id and another text was edited: the new text replaces
    -- the old one (with its scores and findings), and `version` counts the edits seen, so the
    -- new findings get their own review ids (`auditor.models.finding_id`). `edited_at` is when
    -- the network says the text was last edited, if it says.
    ALTER TABLE posts ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE posts ADD COLUMN edited_at TEXT;
    -- One row per edit seen: when (run and time), the network's edit time, when the earlier
    -- version was first seen, and what it was flagged for as JSON [[category, rule, severity]].
    -- Never the earlier text, nor the words that fired (data minimisation). Goes with the post.
    CREATE TABLE post_edits (
        id INTEGER PRIMARY KEY,
        post_pk INTEGER NOT NULL REFERENCES posts(pk) ON DELETE CASCADE,
        run_id TEXT NOT NULL,
        seen_at TEXT NOT NULL,
        edited_at TEXT,
        previous_seen TEXT NOT NULL,
        previous_band TEXT NOT NULL,
        previous_flags TEXT NOT NULL DEFAULT '[]'
    );
    CREATE INDEX post_edits_post ON post_edits(post_pk);
    """,
}


def statements(script: str) -> Iterator[str]:
    """Split a migration into statements; a trigger body's `;` does not end the trigger."""
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                yield pending
            pending = ""
