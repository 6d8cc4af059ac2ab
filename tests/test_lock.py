"""One run at a time: the store's lock stops a second run, names the holder, and a dead
holder's lock is taken over."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor.cli import app
from auditor.lock import EXIT_LOCKED, LockHeld, RunLock, lock_path, pid_alive, read_holder
from tests.helpers import FixedClock

HOLDER = """
import sys, time
from pathlib import Path
from auditor.lock import RunLock
lock = RunLock(Path(sys.argv[1]), command="run")
lock.acquire()
print("locked", flush=True)
time.sleep(60)
"""


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_a_second_lock_on_the_same_store_is_refused_and_names_the_holder(tmp_path: Path) -> None:
    store = tmp_path / "auditor.db"
    with RunLock(store, command="run", clock=FixedClock()) as first:
        holder = read_holder(lock_path(store))
        assert holder["pid"] == os.getpid()
        assert holder["command"] == "run"
        assert holder["started_at"] == "2026-11-24T02:00:00+00:00"
        with pytest.raises(LockHeld) as caught:
            RunLock(store, command="purge").acquire()
        assert caught.value.exit_code == EXIT_LOCKED == 4
        assert f"pid {os.getpid()}" in caught.value.message
        assert "auditor run, started 2026-11-24T02:00:00+00:00" in caught.value.message
        assert first.stale == {}
    # Released: the file is emptied (not deleted) and the lock can be taken again.
    assert lock_path(store).read_text() == ""
    with RunLock(store):
        pass


def test_a_lock_file_left_by_a_dead_process_is_taken_over(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = tmp_path / "auditor.db"
    dead = _dead_pid()
    assert not pid_alive(dead)
    left = {"pid": dead, "command": "run", "started_at": "2026-11-23T02:00:00+00:00"}
    lock_path(store).write_text(json.dumps(left))
    with caplog.at_level(logging.WARNING, logger="auditor"), RunLock(store) as lock:
        assert lock.stale == left
        assert read_holder(lock_path(store))["pid"] == os.getpid()
    assert f"stale lock {lock_path(store)} left by pid {dead}" in caplog.text
    assert "that process is gone" in caplog.text


def test_a_killed_holder_releases_the_lock_and_the_next_run_proceeds(tmp_path: Path) -> None:
    report_dir = tmp_path / "r"
    store = report_dir / ".demo" / "auditor.db"
    store.parent.mkdir(parents=True)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(store)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        runner = CliRunner()
        blocked = runner.invoke(app, ["run", "--demo", "--report-dir", str(report_dir)])
        assert blocked.exit_code == 4, blocked.output
        assert f"pid {holder.pid}" in blocked.stderr
        assert "another auditor run holds the lock" in blocked.stderr
        assert not (report_dir / "index.html").exists()  # nothing was done
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
        deadline = time.monotonic() + 10
        while pid_alive(holder.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        after = runner.invoke(app, ["run", "--demo", "--report-dir", str(report_dir)])
        assert after.exit_code == 0, after.output
        assert f"took over a stale lock {lock_path(store)} left by pid {holder.pid}" in after.stderr
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
