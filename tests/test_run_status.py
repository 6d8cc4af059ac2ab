"""The status a run shows: a run killed after it stored its status but before its report was
written and its notifications sent is not `done` until the next run marks it interrupted."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor.cli import app
from auditor.store import Store
from tests.helpers import NOW
from tests.test_exit_codes import sample_config

runner = CliRunner()


def statuses(index: Path) -> list[str]:
    """The status column of reports/index.html, newest run first."""
    rows = re.findall(r"<tr><td>.*?</tr>", index.read_text(encoding="utf-8"))
    return [re.findall(r"<td>([a-z]+)</td>", row)[1] for row in rows]


def test_a_run_killed_before_it_was_reported_shows_incomplete_until_the_next_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = sample_config(tmp_path)

    def killed(*args: object, **kwargs: object) -> None:
        raise RuntimeError("killed")  # SIGKILL after the report, before mark_reported

    with monkeypatch.context() as patch:
        patch.setattr(Store, "mark_reported", killed)
        first = runner.invoke(app, ["run", "--config", str(config)])
    assert isinstance(first.exception, RuntimeError), first.output
    reports = config.parent / "reports"
    assert statuses(reports / "index.html") == ["done"]  # written by the run, as it went on

    with Store.open(config.parent / "auditor.db") as store:
        (record,) = store.runs()
        assert record.status == "incomplete"
        assert store.run(record.run_id) == record
    shown = runner.invoke(app, ["report", "latest", "--config", str(config)])
    assert shown.exit_code == 0, shown.output
    assert statuses(reports / "index.html") == ["incomplete"]
    page = (reports / record.run_id / "index.html").read_text(encoding="utf-8")
    assert "<strong>incomplete</strong>" in page

    again = runner.invoke(app, ["run", "--config", str(config)])
    assert again.exit_code == 0, again.output
    assert statuses(reports / "index.html") == ["done", "interrupted"]


def test_only_the_process_that_began_a_run_shows_it_finished_before_its_report(
    tmp_path: Path,
) -> None:
    path = tmp_path / "auditor.db"
    with Store.open(path) as own, Store.open(path) as other:
        run = own.begin_run(kind="run", started_at=NOW, policy_version="p", tool_version="v")
        assert [r.status for r in (own.runs()[0], other.runs()[0])] == ["running", "running"]
        own.finish_run(run, finished_at=NOW, status="partial", summary={})
        assert [r.status for r in (own.runs()[0], other.runs()[0])] == ["partial", "incomplete"]
        own.mark_reported(run, now=NOW)
        assert [r.status for r in (own.runs()[0], other.runs()[0])] == ["partial", "partial"]
