"""What the operator sees: progress hooks, progress bars, plain and JSON log lines, -q and -v."""

from __future__ import annotations

import io
import json
import logging
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from auditor import logs
from auditor.cli import app
from auditor.logs import LogFormat, RunProgress
from auditor.sources.base import SourceError
from auditor.store import AccountResult, Store
from tests.helpers import person
from tests.test_pipeline import ListSource, make


@pytest.fixture(autouse=True)
def _reset_logging() -> Iterator[None]:
    yield
    logs.configure(0, LogFormat.text, io.StringIO())


def test_the_pipeline_reports_each_fetched_account_and_each_scored_post(store: Store) -> None:
    events: list[tuple[str, int]] = []
    source = ListSource(
        {"a": ["bad one", "fine", "bad two"], "b": ["fine"]},
        fail={"c": SourceError("down")},
    )
    people = [
        person("pa", ("jsonl", "a")),
        person("pb", ("jsonl", "b")),
        person("pc", ("jsonl", "c")),
    ]
    auditor = make(store, source, on_progress=lambda e, n: events.append((e, n)))
    auditor.run(people)
    fetched = sorted(n for e, n in events if e == "fetched")
    assert fetched == [0, 1, 3]  # the failed account counts as read, with no posts
    assert sum(n for e, n in events if e == "scored") == 4
    # A re-run reads the same accounts; known posts are counted as they are skipped.
    events.clear()
    source.posts["a"].append("bad three")
    auditor.run(people)
    assert Counter(e for e, _ in events) == Counter({"fetched": 3, "scored": 1})


def test_json_log_lines_carry_the_message_and_the_account_fields() -> None:
    stream = io.StringIO()
    logs.configure(0, LogFormat.json, stream)
    progress = RunProgress(accounts=2, console=Console(file=io.StringIO()))
    with progress:
        progress.on_account(AccountResult("x:@a", "p1", "ok", 5, 2, ""))
        progress.on_account(AccountResult("x:@b", "p2", "failed", 0, 0, "HTTP 503"))
        progress.on_account(AccountResult("x:@c", "p3", "skipped", 0, 0, "consent revoked"))
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert lines[0]["message"] == "reading 2 consented accounts"
    ok, failed, skipped = lines[1], lines[2], lines[3]
    assert skipped["level"] == "warning" and "skipped" in skipped["message"]
    assert "consent revoked" in skipped["message"]
    assert ok["level"] == "info" and ok["account"] == "x:@a" and ok["posts_new"] == 2
    assert failed["level"] == "warning" and failed["status"] == "failed"
    assert "HTTP 503" in failed["message"]
    assert all(line["logger"] == "auditor.logs" or line["logger"] == "auditor" for line in lines)
    assert all(line["time"].endswith("+00:00") for line in lines)


def test_text_log_lines_show_control_characters_and_line_breaks_as_markers() -> None:
    """An account key or a server's message cannot move the cursor or forge a log line."""
    stream = io.StringIO()
    logs.configure(0, LogFormat.text, stream)
    progress = RunProgress(accounts=1, console=Console(file=io.StringIO()))
    with progress:
        progress.on_account(
            AccountResult("x:@a\x1b[2J", "p1", "failed", 0, 0, "down\n2026 info forged \u202e")
        )
    out = stream.getvalue()
    assert "\x1b" not in out and "\u202e" not in out
    assert "x:@a\u27e8U+001B\u27e9[2J" in out
    assert "down\u27e8U+000A\u27e92026 info forged \u27e8U+202E\u27e9" in out
    assert out.count("\n") == 2  # "reading 1 consented account" and the failure: two lines


def test_quiet_keeps_warnings_only_and_verbose_adds_debug() -> None:
    log = logging.getLogger("auditor.test")
    quiet = io.StringIO()
    logs.configure(-1, LogFormat.text, quiet)
    log.info("an info line")
    log.warning("a warning line")
    assert "an info line" not in quiet.getvalue()
    assert "warning a warning line" in quiet.getvalue()
    verbose = io.StringIO()
    logs.configure(1, LogFormat.text, verbose)
    log.debug("a debug line")
    assert "debug   a debug line" in verbose.getvalue()
    assert quiet.getvalue().count("\n") == 1  # the old handler was replaced, not kept


def test_progress_bars_are_drawn_only_on_a_terminal() -> None:
    logs.configure(0, LogFormat.text, io.StringIO())
    screen = io.StringIO()
    terminal = Console(file=screen, force_terminal=True, width=100)
    with RunProgress(accounts=1, console=terminal) as progress:
        assert progress.bars
        progress.on_progress("fetched", 2)
        progress.on_progress("scored", 1)
        progress.on_progress("scored", 1)
        with progress.stage("rendering report"):
            pass
    drawn = screen.getvalue()
    for label in ("reading", "scoring", "rendering report"):
        assert label in drawn
    assert "2/2" in drawn
    plain = io.StringIO()
    with RunProgress(accounts=1, console=Console(file=plain, force_terminal=False)) as progress:
        assert not progress.bars
        progress.on_progress("fetched", 2)
    assert plain.getvalue() == ""


def test_no_bars_in_json_mode_or_when_quiet_even_on_a_terminal() -> None:
    terminal = Console(file=io.StringIO(), force_terminal=True)
    logs.configure(0, LogFormat.json, io.StringIO())
    assert not RunProgress(accounts=1, console=terminal).bars
    logs.configure(-1, LogFormat.text, io.StringIO())
    assert not RunProgress(accounts=1, console=terminal).bars


def test_a_demo_run_with_json_logs_writes_only_json_lines_to_stderr(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(
        app, ["-v", "--log-format", "json", "run", "--demo", "--report-dir", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stderr.splitlines() if line.strip()]
    messages = [r["message"] for r in records]
    assert messages[0].startswith("reading 7 consented accounts")
    assert sum(1 for r in records if "account" in r) == 7
    assert any(m.startswith("retention: deleted") for m in messages)
    assert Path(result.stdout.strip().splitlines()[-1]).is_file()


def test_quiet_run_prints_only_the_report_path(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["-q", "run", "--demo", "--report-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1 and Path(lines[0]).is_file()


def test_errors_are_json_lines_too_in_json_mode(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.toml")
    result = CliRunner().invoke(app, ["--log-format", "json", "run", "--config", missing])
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    record = json.loads(line)
    assert record["level"] == "error" and record["exit_code"] == 2
    assert record["message"].startswith(f"config file {missing} not found")
    plain = CliRunner().invoke(app, ["run", "--config", missing])
    assert plain.stderr.startswith("error: config file")
