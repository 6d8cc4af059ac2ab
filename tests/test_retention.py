"""Retention: posts past [retention] (counted from fetched_at) leave the store and the
re-rendered reports; `auditor purge` and every nightly run apply it."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from typer.testing import CliRunner

from auditor import review, runtime
from auditor.cli import app
from auditor.config import Retention
from auditor.retention import purge_expired, rerender_reports
from auditor.store import Store
from tests.helpers import NOW, person
from tests.test_review import finding, post, save, score


def aged(store: Store, run: str, person_id: str, i: int, days: int, *, flagged: bool) -> None:
    p = replace(post(person_id, i), fetched_at=NOW - timedelta(days=days))
    s = score(finding("insult.moron", "moron")) if flagged else score()
    save(store, run, person_id, [(p, s)])


def post_ids(store: Store) -> set[str]:
    return {r[0] for r in store.conn.execute("SELECT post_id FROM posts")}


def test_expired_posts_go_with_their_scores_and_findings(store: Store) -> None:
    store.import_roster([person("p1", ("jsonl", "/data/p1.jsonl"))])
    run = store.begin_run(kind="run", started_at=NOW, policy_version="pv1", tool_version="0.1.0")
    aged(store, run, "p1", 1, 10, flagged=False)  # unflagged, young: kept
    aged(store, run, "p1", 2, 31, flagged=False)  # unflagged, old: gone
    aged(store, run, "p1", 3, 31, flagged=True)  # flagged, within a year: kept
    aged(store, run, "p1", 4, 366, flagged=True)  # flagged, older than a year: gone
    result = purge_expired(store, Retention(30, 365), now=NOW)
    assert (result.unflagged, result.flagged, result.posts) == (1, 1, 2)
    assert post_ids(store) == {"p1/1", "p1/3"}
    assert store.conn.execute("SELECT COUNT(*) FROM scores").fetchone()[0] == 2
    assert store.count_findings() == 1
    assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    # Applying it again deletes nothing more.
    assert purge_expired(store, Retention(30, 365), now=NOW).posts == 0


def test_the_clock_is_fetched_at_not_created_at(store: Store) -> None:
    """An old archive scanned today stays reviewable for the whole period."""
    store.import_roster([person("p1", ("jsonl", "/data/p1.jsonl"))])
    run = store.begin_run(kind="scan", started_at=NOW, policy_version="pv1", tool_version="0.1.0")
    old = replace(post("p1", 1), created_at=NOW - timedelta(days=3000), fetched_at=NOW)
    save(store, run, "p1", [(old, score(finding("insult.moron", "moron")))])
    assert purge_expired(store, Retention(30, 365), now=NOW).posts == 0
    assert purge_expired(store, Retention(30, 365), now=NOW + timedelta(days=366)).posts == 1


def test_review_notes_expire_with_the_flagged_period_and_the_trail_stays(store: Store) -> None:
    store.import_roster([person("p1", ("jsonl", "/data/p1.jsonl"))])
    run = store.begin_run(kind="run", started_at=NOW, policy_version="pv1", tool_version="0.1.0")
    aged(store, run, "p1", 1, 0, flagged=True)
    (item,) = review.list_items(store)
    review.decide(
        store, item.finding_id, decision="dismissed", reviewer="hr", note="context", now=NOW
    )
    later = NOW + timedelta(days=400)
    result = purge_expired(store, Retention(30, 365), now=later)
    assert (result.flagged, result.review_texts) == (1, 1)
    (entry,) = review.history(store, item.finding_id)
    assert entry.after == "dismissed" and entry.text_removed


def site(tmp_path: Path, retention: str = "") -> Path:
    root = tmp_path / "site"
    shutil.copytree(runtime.sample_dir(), root)
    config = root / "auditor.toml"
    config.write_text(config.read_text(encoding="utf-8") + retention, encoding="utf-8")
    return config


def set_retention(config: Path, unflagged: int, flagged: int) -> None:
    text = config.read_text(encoding="utf-8").split("\n[retention]")[0]
    config.write_text(
        text + f"\n[retention]\nunflagged_days = {unflagged}\nflagged_days = {flagged}\n",
        encoding="utf-8",
    )


def report_files(report_dir: Path) -> str:
    return "\n".join(
        p.read_text(encoding="utf-8")
        for p in sorted(report_dir.rglob("*"))
        if p.suffix in (".html", ".json", ".csv")
    )


def test_purge_removes_expired_posts_from_the_store_and_the_reports(tmp_path: Path) -> None:
    config = site(tmp_path)
    runner = CliRunner()
    assert runner.invoke(app, ["run", "--config", str(config)]).exit_code == 0
    db = config.parent / "auditor.db"
    with Store.open(db) as store:
        flagged = store.flagged_posts()
        total = store.count_posts()
    assert 0 < len(flagged) < total
    probe = flagged[0].post.post_id
    reports = config.parent / "reports"
    assert probe in report_files(reports)

    set_retention(config, 0, 365)  # unflagged posts may not outlive the run that read them
    result = runner.invoke(app, ["purge", "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert f"deleted {total - len(flagged)} unflagged posts" in result.stdout
    with Store.open(db) as store:
        assert store.count_posts() == len(flagged)

    set_retention(config, 0, 0)
    result = runner.invoke(app, ["purge", "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert "1 reports re-rendered" in result.stdout
    with Store.open(db) as store:
        assert store.count_posts() == 0 and store.count_findings() == 0
    assert probe not in report_files(reports)
    (run_dir,) = [p for p in reports.iterdir() if p.is_dir()]
    data = json.loads((run_dir / "findings.json").read_text(encoding="utf-8"))
    assert data["posts"] == []

    # The sources' cursors remember what was read: purged posts are not read again.
    again = runner.invoke(app, ["run", "--config", str(config)])
    assert again.exit_code == 0, again.output
    assert "new: 0" in again.stdout


def test_a_changed_export_does_not_bring_expired_posts_back(tmp_path: Path) -> None:
    """A changed JSONL/archive file is read again whole: retention's deletions must stick."""
    config = site(tmp_path)
    runner = CliRunner()
    assert runner.invoke(app, ["run", "--config", str(config)]).exit_code == 0
    db = config.parent / "auditor.db"
    set_retention(config, 0, 365)
    assert runner.invoke(app, ["purge", "--config", str(config)]).exit_code == 0
    with Store.open(db) as store:
        kept = store.count_posts()
        expired = {r[0] for r in store.conn.execute("SELECT post_id FROM expired_posts")}
    assert expired and not expired & post_ids_in(db)

    export = config.parent / "posts" / "p03.jsonl"
    first = json.loads(export.read_text(encoding="utf-8").splitlines()[0])
    fresh = {**first, "id": "117999999999999999", "text": "A brand new post about lunch."}
    with export.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(fresh) + "\n")
    set_retention(config, 30, 365)  # (so the run's own purge keeps the new post)
    again = runner.invoke(app, ["run", "--config", str(config)])
    assert again.exit_code == 0, again.output
    assert "new: 1" in again.stdout
    with Store.open(db) as store:
        assert store.count_posts() == kept + 1
        assert not expired & post_ids(store)


def test_revocation_also_forgets_the_expired_ids(store: Store) -> None:
    store.import_roster([person("p1", ("jsonl", "/data/p1.jsonl"))])
    run = store.begin_run(kind="run", started_at=NOW, policy_version="pv1", tool_version="0.1.0")
    aged(store, run, "p1", 1, 31, flagged=False)
    purge_expired(store, Retention(30, 365), now=NOW)
    assert store.known_post_ids("jsonl", ["p1/1"]) == {"p1/1"}
    store.revoke("p1", on=NOW.date(), now=NOW)
    assert store.conn.execute("SELECT COUNT(*) FROM expired_posts").fetchone()[0] == 0


def post_ids_in(db: Path) -> set[str]:
    with Store.open(db) as store:
        return post_ids(store)


def test_every_run_applies_retention_at_its_end(tmp_path: Path) -> None:
    config = site(tmp_path, "\n[retention]\nunflagged_days = 0\n")
    result = CliRunner().invoke(app, ["run", "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert "unflagged and 0 flagged posts deleted" in result.stdout
    with Store.open(config.parent / "auditor.db") as store:
        assert store.count_posts() == len(store.flagged_posts()) > 0


def test_a_one_off_scan_applies_retention_too(tmp_path: Path) -> None:
    """Where only `auditor scan` is used, storage limits must still hold."""
    config = site(tmp_path)
    runner = CliRunner()
    assert runner.invoke(app, ["run", "--config", str(config)]).exit_code == 0
    with Store.open(config.parent / "auditor.db") as store:
        flagged, total = len(store.flagged_posts()), store.count_posts()
    set_retention(config, 0, 365)
    result = runner.invoke(app, ["scan", "p03", "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert f"retention: {total - flagged} unflagged and 0 flagged posts deleted" in result.stdout
    with Store.open(config.parent / "auditor.db") as store:
        assert store.count_posts() == flagged


def test_rerender_shows_review_decisions_on_the_cards(tmp_path: Path) -> None:
    config = site(tmp_path)
    runner = CliRunner()
    assert runner.invoke(app, ["run", "--config", str(config)]).exit_code == 0
    with Store.open(config.parent / "auditor.db") as store:
        item = review.list_items(store)[0]
        review.decide(store, item.finding_id, decision="escalated", reviewer="hr", now=NOW)
        assert rerender_reports(store, config.parent / "reports") == 1
    (run_dir,) = [p for p in (config.parent / "reports").iterdir() if p.is_dir()]
    data = json.loads((run_dir / "findings.json").read_text(encoding="utf-8"))
    statuses = {p["post_id"]: p["status"] for p in data["posts"]}
    assert statuses[item.post_id] == "escalated"
