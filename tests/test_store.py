"""The SQLite store: migrations, idempotent batches, revocation purge and provenance."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from auditor.models import Account, Consent, Post
from auditor.schema import MIGRATIONS, statements
from auditor.scoring.types import Finding, Score
from auditor.store import SCHEMA_VERSION, AccountResult, ConsentWithdrawn, Store, StoreError
from tests.helpers import NOW, person

ACCOUNT = Account("p1", "jsonl", "/data/p1.jsonl", Consent(date(2026, 1, 1)))


def post(i: int, person_id: str = "p1", text: str = "hello") -> Post:
    return Post(
        network="jsonl",
        post_id=f"{person_id}/{i}",
        person_id=person_id,
        account=f"/data/{person_id}.jsonl",
        text=text,
        created_at=datetime(2026, 11, 1, tzinfo=UTC),
        url=f"https://blog.example/{i}",
        source=f"jsonl:{person_id}.jsonl",
        fetched_at=NOW,
        tool_version="0.1.0",
    )


def flagged(text: str = "bad word") -> Score:
    finding = Finding("profanity", "profanity.term", "medium", 0, 3, "bad", "bad", "why", "do")
    return Score(45, "medium", (finding,), "pv1", "0.1.0")


CLEAN = Score(0, "none", (), "pv1", "0.1.0")


def result(key: str = ACCOUNT.key) -> AccountResult:
    return AccountResult(key, "p1", "ok", 2, 0, "")


def test_a_new_store_is_created_at_the_current_schema_version(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "auditor.db"
    with Store.open(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
    with Store.open(path) as store:  # opening again migrates nothing and keeps the data
        assert store.schema_version() == SCHEMA_VERSION


def test_an_older_store_is_migrated_forward_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "auditor.db"
    conn = sqlite3.connect(path)
    for version in (1, 2):  # a store written by an auditor of schema version 2
        for statement in statements(MIGRATIONS[version]):
            conn.execute(statement)
    conn.execute("INSERT INTO people VALUES ('p1', 'Ann', 'staff')")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    with Store.open(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert [p.person_id for p in store.people()] == ["p1"]
        assert store.conn.execute("SELECT COUNT(*) FROM expired_posts").fetchone()[0] == 0


def test_a_store_from_a_newer_auditor_is_refused() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="upgrade auditor"):
        Store(conn)


def test_saving_the_same_batch_twice_adds_nothing(store: Store) -> None:
    run = store.begin_run(kind="run", started_at=NOW, policy_version="pv1", tool_version="0.1.0")
    batch = [(post(1, text="bad word"), flagged()), (post(2), CLEAN)]
    assert store.save_batch(run, ACCOUNT, batch, cursor="c1", result=result(), now=NOW) == 2
    assert store.save_batch(run, ACCOUNT, batch, cursor="c1", result=result(), now=NOW) == 0
    assert store.count_posts() == 2
    assert store.count_findings() == 1
    assert store.cursor(ACCOUNT.key) == "c1"


def test_posts_keep_their_provenance(store: Store) -> None:
    run = store.begin_run(kind="run", started_at=NOW, policy_version="pv1", tool_version="0.1.0")
    store.save_batch(run, ACCOUNT, [(post(1), flagged())], cursor=None, result=result(), now=NOW)
    [stored] = store.flagged_posts()
    assert stored.post == post(1)
    assert stored.first_run_id == run
    assert (stored.policy_version, stored.tool_version) == ("pv1", "0.1.0")
    assert stored.findings[0].rule == "profanity.term"


def test_a_failing_batch_writes_nothing_not_even_the_cursor(store: Store) -> None:
    run = store.begin_run(kind="run", started_at=NOW, policy_version="pv1", tool_version="0.1.0")
    bad = Score(1, "low", (), "pv1", "0.1.0")
    broken = [(post(1), CLEAN), (post(2), bad)]
    object.__setattr__(bad, "findings", None)  # make the second insert fail mid-batch
    with pytest.raises(TypeError):
        store.save_batch(run, ACCOUNT, broken, cursor="c9", result=result(), now=NOW)
    assert store.count_posts() == 0
    assert store.cursor(ACCOUNT.key) is None


def test_revoke_deletes_posts_findings_and_cursors_and_survives_reimport(store: Store) -> None:
    people = [person("p1", ("jsonl", "/data/p1.jsonl")), person("p2", ("jsonl", "/data/p2.jsonl"))]
    store.import_roster(people)
    run = store.begin_run(kind="run", started_at=NOW, policy_version="pv1", tool_version="0.1.0")
    store.save_batch(run, ACCOUNT, [(post(1), flagged())], cursor="c", result=result(), now=NOW)
    other = Account("p2", "jsonl", "/data/p2.jsonl", Consent(date(2026, 1, 1)))
    store.save_batch(
        run, other, [(post(1, "p2"), flagged())], cursor="c", result=result(other.key), now=NOW
    )
    assert store.revoke("p1", on=date(2026, 11, 24), now=NOW) == 1
    assert store.count_posts("p1") == 0
    assert store.count_findings("p1") == 0
    assert store.cursor(ACCOUNT.key) is None
    assert store.count_posts("p2") == 1
    for table in ("posts", "cursors", "run_accounts"):
        rows = store.conn.execute(f"SELECT COUNT(*) FROM {table} WHERE person_id = 'p1'")
        assert rows.fetchone()[0] == 0
    store.import_roster(people)  # an older roster file does not bring consent back
    p1 = store.person("p1")
    assert p1 is not None
    assert not p1.active_accounts(date(2026, 11, 25))


def test_mark_deleted_keeps_the_post_and_records_when(store: Store) -> None:
    run = store.begin_run(kind="run", started_at=NOW, policy_version="pv1", tool_version="0.1.0")
    store.save_batch(run, ACCOUNT, [(post(1), flagged())], cursor=None, result=result(), now=NOW)
    assert store.flagged_ids(ACCOUNT) == ["p1/1"]
    assert store.mark_deleted("jsonl", ["p1/1"], now=NOW) == 1
    [stored] = store.flagged_posts()
    assert stored.deleted_at == NOW
    assert store.flagged_ids(ACCOUNT) == []


def test_run_ids_are_unique_and_runs_listed_newest_first(store: Store) -> None:
    a = store.begin_run(kind="run", started_at=NOW, policy_version="p", tool_version="v")
    b = store.begin_run(kind="run", started_at=NOW, policy_version="p", tool_version="v")
    assert a != b
    store.finish_run(b, finished_at=NOW, status="done", summary={"posts_read": 3})
    runs = store.runs()
    assert {r.run_id for r in runs} == {a, b}
    record = store.run(b)
    assert record is not None
    assert record.summary == {"posts_read": 3}
    assert record.status == "done"


def test_the_store_and_its_side_files_are_created_owner_only(tmp_path: Path) -> None:
    old = os.umask(0o022)  # the usual default: files would be world-readable
    try:
        path = tmp_path / "auditor.db"
        with Store.open(path) as store:
            store.import_roster([person("p1", ("jsonl", "/data/p1.jsonl"))])
            side = [p for p in tmp_path.iterdir() if p.name.startswith("auditor.db-")]
            assert side  # the WAL files exist while the store is open
            for file in (path, *side):
                assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
    finally:
        os.umask(old)


def test_a_batch_saved_after_the_person_was_revoked_stores_nothing(store: Store) -> None:
    store.import_roster([person("p1", ("jsonl", "/data/p1.jsonl"))])
    run = store.begin_run(kind="run", started_at=NOW, policy_version="pv1", tool_version="0.1.0")
    store.revoke("p1", on=NOW.date(), now=NOW)
    with pytest.raises(ConsentWithdrawn):
        store.save_batch(run, ACCOUNT, [(post(1), flagged())], cursor="c", result=result(), now=NOW)
    assert store.count_posts() == 0
    assert store.cursor(ACCOUNT.key) is None
    assert store.account_results(run) == []


def test_a_revocation_in_an_imported_roster_survives_a_later_import_without_it(
    store: Store,
) -> None:
    before = [person("p1", ("jsonl", "/data/p1.jsonl")), person("p2", ("jsonl", "/data/p2.jsonl"))]
    store.import_roster(before)
    run = store.begin_run(kind="run", started_at=NOW, policy_version="pv1", tool_version="0.1.0")
    store.save_batch(run, ACCOUNT, [(post(1), flagged())], cursor="c", result=result(), now=NOW)
    revoked = [person("p1", ("jsonl", "/data/p1.jsonl"), revoked=date(2026, 11, 20)), before[1]]
    store.import_roster(revoked)
    assert store.count_posts("p1") == 0  # deleted at once, like `roster revoke`
    store.import_roster(before)  # the older file, without the revocation
    p1 = store.person("p1")
    assert p1 is not None and not p1.active_accounts(NOW.date())
    # Consent granted after the revocation is a new consent.
    again = [person("p1", ("jsonl", "/data/p1.jsonl"), granted=date(2026, 11, 22)), before[1]]
    store.import_roster(again)
    p1 = store.person("p1")
    assert p1 is not None and p1.active_accounts(NOW.date())


def test_runs_finished_before_schema_4_count_as_reported(tmp_path: Path) -> None:
    path = tmp_path / "auditor.db"
    conn = sqlite3.connect(path)
    for version in (1, 2, 3):
        for statement in statements(MIGRATIONS[version]):
            conn.execute(statement)
    conn.execute(
        "INSERT INTO runs(run_id, kind, started_at, finished_at, status, policy_version, "
        "tool_version) VALUES ('r1', 'run', '2026-01-01', '2026-01-01', 'done', 'p', 'v')"
    )
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    with Store.open(path) as store:
        assert store.mark_interrupted(now=NOW) == []
        record = store.run("r1")
        assert record is not None and record.status == "done"


def test_a_schema_4_store_gains_report_dirs_and_its_runs_have_none_recorded(
    tmp_path: Path,
) -> None:
    path = tmp_path / "auditor.db"
    conn = sqlite3.connect(path)
    for version in (1, 2, 3, 4):
        for statement in statements(MIGRATIONS[version]):
            conn.execute(statement)
    conn.execute(
        "INSERT INTO runs(run_id, kind, started_at, finished_at, status, policy_version, "
        "tool_version, reported_at) VALUES ('r1', 'run', '2026-01-01', '2026-01-01', 'done', "
        "'p', 'v', '2026-01-01')"
    )
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()
    with Store.open(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.report_dirs() == {}  # re-renders look for r1 in the folder they are given
        store.record_report_dir("r1", tmp_path / "a" / ".." / "b")
        store.record_report_dir("r1", tmp_path / "b")  # the same folder: recorded once
        store.record_report_dir("r1", tmp_path / "c")
        assert store.report_dirs() == {"r1": [tmp_path / "b", tmp_path / "c"]}
