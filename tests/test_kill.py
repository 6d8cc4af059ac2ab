"""A run killed with SIGKILL at any moment leaves the store consistent, and the next run
completes it: same counts as a clean run, no duplicates, integrity_check ok, whole report."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from auditor import runtime

pytestmark = pytest.mark.slow

PEOPLE = 16
POSTS_EACH = 300
AUDITOR = [sys.executable, "-c", "from auditor.cli import main; main()"]


def make_config(root: Path) -> Path:
    """A roster of PEOPLE jsonl accounts with POSTS_EACH posts each, drawn from the sample."""
    texts: list[str] = []
    for path in sorted((runtime.sample_dir() / "posts").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    (root / "posts").mkdir(parents=True)
    rows = [
        "person_id,name,role,network,handle,consent_granted,consent_expires,consent_revoked,"
        "consent_reference"
    ]
    for p in range(PEOPLE):
        pid = f"k{p:03d}"
        rows.append(f"{pid},Person {p},staff,jsonl,posts/{pid}.jsonl,2025-01-01,,,REF-{p}")
        lines = [
            json.dumps(
                {
                    "id": f"{pid}-{i}",
                    "created_at": "2026-10-01T10:00:00Z",
                    "text": f"{texts[(p * 7 + i) % len(texts)]} #{i}",
                }
            )
            for i in range(POSTS_EACH)
        ]
        (root / "posts" / f"{pid}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "roster.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    config = root / "auditor.toml"
    config.write_text(
        '[organization]\nname = "Acme"\ncodenames = ["Project Falcon"]\n'
        '[roster]\npath = "roster.csv"\n[store]\npath = "store/auditor.db"\n'
        '[report]\ndir = "reports"\n[run]\nconcurrency = 4\n',
        encoding="utf-8",
    )
    return config


def run(config: Path, kill_when: Callable[[dict[str, object], int], bool] | None = None) -> int:
    """Run `auditor run`; with `kill_when`, SIGKILL it when a JSON log line matches.

    Returns the exit code, or -9 when it was killed.
    """
    env = {**os.environ, "COLUMNS": "120"}
    proc = subprocess.Popen(
        [*AUDITOR, "--log-format", "json", "run", "--config", str(config)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stderr is not None
    seen = 0
    try:
        for line in proc.stderr:
            if not line.startswith("{"):
                continue
            record = json.loads(line)
            seen += "account" in record
            if kill_when is not None and kill_when(record, seen):
                proc.send_signal(signal.SIGKILL)
                break
        return proc.wait(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stderr.close()


def facts(config: Path) -> dict[str, object]:
    db = config.parent / "store" / "auditor.db"
    conn = sqlite3.connect(db)
    try:
        one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "integrity": one("PRAGMA integrity_check"),
            "posts": one("SELECT COUNT(*) FROM posts"),
            "scores": one("SELECT COUNT(*) FROM scores"),
            "findings": one("SELECT COUNT(*) FROM findings"),
            "flagged": one("SELECT COUNT(*) FROM scores WHERE band != 'none'"),
            "posts_without_score": one(
                "SELECT COUNT(*) FROM posts p WHERE NOT EXISTS "
                "(SELECT 1 FROM scores s WHERE s.post_pk = p.pk)"
            ),
            "duplicate_posts": one(
                "SELECT COUNT(*) FROM (SELECT 1 FROM posts GROUP BY network, post_id "
                "HAVING COUNT(*) > 1)"
            ),
            "cursors": one("SELECT COUNT(*) FROM cursors"),
        }
    finally:
        conn.close()


def latest_report(config: Path) -> dict[str, object]:
    reports = config.parent / "reports"
    newest = (reports / "latest.html").read_text(encoding="utf-8")
    run_ids = sorted(p.name for p in reports.iterdir() if (p / "index.html").is_file())
    assert run_ids[-1] in newest
    page = (reports / run_ids[-1] / "index.html").read_text(encoding="utf-8")
    assert page.rstrip().endswith("</html>")
    data: dict[str, object] = json.loads(
        (reports / run_ids[-1] / "findings.json").read_text(encoding="utf-8")
    )
    return data


def test_runs_killed_while_reading_scoring_and_rendering_are_completed_by_the_next(
    tmp_path: Path,
) -> None:
    clean = make_config(tmp_path / "clean")
    assert run(clean) == 0
    expected = facts(clean)
    assert expected["posts"] == PEOPLE * POSTS_EACH
    expected_report = latest_report(clean)

    killed = make_config(tmp_path / "killed")
    # 1. at the start: as soon as the run says how many accounts it will read.
    assert run(killed, lambda r, n: str(r["message"]).startswith("reading ")) == -9
    # 2. while reading and scoring: one account stored, others being read and scored.
    assert run(killed, lambda r, n: n >= 1) == -9
    # 3. the same, further on.
    assert run(killed, lambda r, n: n >= 6) == -9
    middle = facts(killed)
    assert middle["integrity"] == "ok"
    assert middle["duplicate_posts"] == 0 and middle["posts_without_score"] == 0
    assert middle["posts"] % POSTS_EACH == 0  # whole accounts only
    assert 0 < int(str(middle["posts"])) < PEOPLE * POSTS_EACH
    assert middle["cursors"] == int(str(middle["posts"])) // POSTS_EACH
    # 3. while rendering the report.
    assert run(killed, lambda r, n: r["message"] == "rendering report") == -9
    # The next run completes everything and marks the killed runs.
    assert run(killed) == 0
    assert facts(killed) == expected
    report = latest_report(killed)
    run_summary = report["run"]
    assert isinstance(run_summary, dict) and isinstance(expected_report["run"], dict)
    assert run_summary["flagged"] == expected_report["run"]["flagged"]
    # What the killed runs stored is new in the run that completes them, as in a clean run.
    assert run_summary["new_flagged"] == expected_report["run"]["new_flagged"]
    assert run_summary["needs_review"] == expected_report["run"]["needs_review"]
    assert len(report["posts"]) == len(expected_report["posts"])  # type: ignore[arg-type]
    conn = sqlite3.connect(killed.parent / "store" / "auditor.db")
    statuses = [r[0] for r in conn.execute("SELECT status FROM runs ORDER BY started_at")]
    conn.close()
    # Killed while reading, scoring or rendering: interrupted (a run is done only once its
    # report is written). Killed at the very start, the run may not have been recorded at all.
    assert statuses[-1] == "done"
    assert set(statuses[:-1]) == {"interrupted"} and len(statuses) >= 4
    # And a run after that finds nothing new and changes nothing.
    assert run(killed) == 0
    assert facts(killed) == expected


def test_the_lock_file_of_a_killed_run_does_not_block_the_next(tmp_path: Path) -> None:
    config = make_config(tmp_path / "c")
    assert run(config, lambda r, n: n >= 1) == -9
    holder = json.loads((tmp_path / "c" / "store" / "auditor.db.lock").read_text())
    assert holder["command"] == "run"
    started = time.monotonic()
    assert run(config) == 0
    assert time.monotonic() - started < 120
    assert facts(config)["posts"] == PEOPLE * POSTS_EACH
