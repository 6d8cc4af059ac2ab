"""Revoking consent leaves nothing of the person in the store or in any later report."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor import runtime
from auditor.cli import app, common
from auditor.store import Store

runner = CliRunner()


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("AUDITOR_CONFIG", raising=False)
    shutil.copytree(runtime.sample_dir(), tmp_path / "proj")
    return tmp_path / "proj"


def texts_of(project: Path, person_id: str) -> list[str]:
    lines = (project / "posts" / f"{person_id}.jsonl").read_text().splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


def test_revoke_purges_the_store_and_every_report_on_disk(project: Path) -> None:
    config = str(project / "auditor.toml")
    first = runner.invoke(app, ["run", "--config", config])
    assert first.exit_code == 0, first.output
    report = Path(first.output.strip().splitlines()[-1])
    with Store.open(project / "auditor.db") as store:
        assert store.count_posts("p08") > 0
    name = "Sam Okafor-Lind"
    flagged_text = next(t for t in texts_of(project, "p08") if "password" in t.lower())
    assert name in report.read_text()

    result = runner.invoke(app, ["roster", "revoke", "p08", "--config", config])
    assert result.exit_code == 0, result.output
    assert "p08" in result.output

    with Store.open(project / "auditor.db") as store:
        assert store.count_posts("p08") == 0
        assert store.count_findings("p08") == 0
        dump = "\n".join(store.conn.iterdump())
    for text in texts_of(project, "p08"):
        assert text not in dump
    old = report.read_text()
    assert flagged_text[:40] not in old  # the report written before was rendered again
    for path in report.parent.glob("findings.*"):
        assert "p08" not in path.read_text()

    later = runner.invoke(app, ["run", "--config", config])
    assert later.exit_code == 0, later.output
    html = Path(later.output.strip().splitlines()[-1]).read_text()
    for text in texts_of(project, "p08"):
        assert text[:40] not in html
    with Store.open(project / "auditor.db") as store:
        assert store.count_posts("p08") == 0  # the roster file still lists p08: not read again


def test_roster_import_and_list_show_consent_states(project: Path) -> None:
    config = str(project / "auditor.toml")
    imported = runner.invoke(
        app, ["roster", "import", str(project / "roster.csv"), "--config", config]
    )
    assert imported.exit_code == 0, imported.output
    assert "imported 8 people with 9 accounts" in imported.output
    listed = runner.invoke(app, ["roster", "list", "--config", config])
    assert listed.exit_code == 0, listed.output
    for state in ("active", "revoked", "expired"):
        assert state in listed.output
    bad = project / "bad.csv"
    bad.write_text("person_id,name\n")
    refused = runner.invoke(app, ["roster", "import", str(bad), "--config", config])
    assert refused.exit_code == 2
    again = runner.invoke(app, ["roster", "list", "--config", config])
    assert again.output == listed.output  # a refused file changed nothing


def roster_with(project: Path, name: str, revoked: str = "") -> Path:
    """A one-person roster file beside the sample (p08's posts), with a given name."""
    path = project / f"roster-{len(list(project.glob('roster-*.csv')))}.csv"
    path.write_text(
        "person_id,name,role,network,handle,consent_granted,consent_expires,consent_revoked,"
        f"consent_reference\np08,{name},staff,jsonl,posts/p08.jsonl,2025-06-01,,{revoked},HR-1\n",
        encoding="utf-8",
    )
    return path


def test_a_revocation_imported_from_a_roster_survives_the_next_run(project: Path) -> None:
    config = str(project / "auditor.toml")
    assert runner.invoke(app, ["run", "--config", config]).exit_code == 0
    newer = roster_with(project, "Sam Okafor-Lind", revoked="2026-11-01")
    imported = runner.invoke(app, ["roster", "import", str(newer), "--config", config])
    assert imported.exit_code == 0, imported.output
    # FILE is not [roster] path: say that `auditor run` imports [roster] path again.
    assert "`auditor run` and `auditor scan` import [roster] path" in imported.output
    with Store.open(project / "auditor.db") as store:
        assert store.count_posts("p08") == 0
    again = runner.invoke(app, ["run", "--config", config])  # re-imports roster.csv
    assert again.exit_code == 0, again.output
    listed = runner.invoke(app, ["roster", "list", "--config", config])
    row = next(line for line in listed.output.splitlines() if "p08" in line)
    assert "revoked" in row and "active" not in row
    with Store.open(project / "auditor.db") as store:
        assert store.count_posts("p08") == 0


def test_importing_the_configured_roster_says_nothing_more(project: Path) -> None:
    config = str(project / "auditor.toml")
    result = runner.invoke(
        app, ["roster", "import", str(project / "roster.csv"), "--config", config]
    )
    assert result.exit_code == 0, result.output
    assert "note:" not in result.output


def test_a_revocation_dated_in_the_future_is_refused(project: Path) -> None:
    config = str(project / "auditor.toml")
    assert runner.invoke(app, ["run", "--config", config]).exit_code == 0
    with Store.open(project / "auditor.db") as store:
        before = store.count_posts("p08")
    result = runner.invoke(
        app, ["roster", "revoke", "p08", "--on", "2999-01-01", "--config", config]
    )
    assert result.exit_code == 2, result.output
    assert "in the future" in result.stderr
    with Store.open(project / "auditor.db") as store:
        assert store.count_posts("p08") == before > 0
        p08 = store.person("p08")
        assert p08 is not None and p08.accounts[0].consent.revoked is None


def test_revoke_help_says_the_reports_are_re_rendered() -> None:
    result = runner.invoke(app, ["roster", "revoke", "--help"], env={"COLUMNS": "200"})
    text = " ".join(result.output.split())
    assert "afterwards with `auditor report`" not in text
    assert "re-render the reports on disk" in text


def test_roster_list_shows_control_characters_escaped(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The console's width is fixed when it is created: make it wide enough for the whole name.
    monkeypatch.setattr(common.console, "width", 300)
    config = str(project / "auditor.toml")
    hostile = roster_with(project, "Eve\x1b]0;pwned\x07\x1b[2J [bold]x[/bold]")
    assert runner.invoke(app, ["roster", "import", str(hostile), "--config", config]).exit_code == 0
    listed = runner.invoke(app, ["roster", "list", "--config", config])
    assert listed.exit_code == 0, listed.output
    assert "\x1b" not in listed.output and "\x07" not in listed.output
    assert "Eve⟨U+001B⟩]0;pwned⟨U+0007⟩⟨U+001B⟩[2J [bold]x[/bold]" in listed.output
