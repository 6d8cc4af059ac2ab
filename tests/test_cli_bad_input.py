"""Bad input: one clear message, a non-zero exit code, and no half-written store or report."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor import runtime
from auditor.cli import app
from auditor.errors import UsageError
from auditor.roster import HEADER

runner = CliRunner()


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the sample as a user's project folder."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("AUDITOR_CONFIG", raising=False)
    shutil.copytree(runtime.sample_dir(), tmp_path / "proj")
    return tmp_path / "proj"


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output + (result.stderr if result.stderr_bytes else "")


def test_missing_config_says_how_to_make_one(project: Path) -> None:
    code, out = run("run")
    assert code == 2
    assert "auditor init" in out


def test_a_bad_roster_is_refused_and_the_store_is_not_created(project: Path) -> None:
    roster = project / "roster.csv"
    roster.write_text(roster.read_text().replace(",archive,", ",myspace,", 1))
    code, out = run("run", "--config", str(project / "auditor.toml"))
    assert code == 2
    assert "roster.csv, line 2, column 4 (network): unknown network 'myspace'" in out
    assert not (project / "auditor.db").exists()
    assert not (project / "reports").exists()


def test_a_future_consent_date_is_refused(project: Path) -> None:
    roster = project / "roster.csv"
    lines = roster.read_text().splitlines()
    cells = lines[1].split(",")
    cells[5] = "2999-01-01"
    lines[1] = ",".join(cells)
    roster.write_text("\n".join(lines) + "\n")
    code, out = run("run", "--config", str(project / "auditor.toml"))
    assert code == 2
    assert "future consent date" in out
    assert not (project / "auditor.db").exists()


def test_an_unreadable_roster_is_refused(project: Path) -> None:
    (project / "roster.csv").unlink()
    code, out = run("run", "--config", str(project / "auditor.toml"))
    assert code == 2
    assert "roster file" in out and "not found" in out


def test_a_broken_archive_fails_that_account_and_the_run_goes_on(project: Path) -> None:
    (project / "archives" / "p01-tweets.js").write_text("this is not JSON")
    (project / "posts" / "p03.jsonl").write_text("")
    code, out = run("run", "--config", str(project / "auditor.toml"))
    assert code == 1, out
    assert "p01-tweets.js: not an X archive file" in out
    assert "p03.jsonl is empty" in out
    result = runner.invoke(app, ["report", "latest", "--config", str(project / "auditor.toml")])
    assert Path(result.stdout.strip().splitlines()[-1]).is_file()


def test_init_writes_a_starter_config_and_roster_that_load(tmp_path: Path) -> None:
    code, out = run("init", str(tmp_path / "new"))
    assert code == 0, out
    first = out
    config = (tmp_path / "new" / "auditor.toml").read_text()
    assert "[organization]" in config and "#" in config
    assert (tmp_path / "new" / "roster.csv").read_text().startswith(",".join(HEADER))
    code, out = run("init", str(tmp_path / "new"))
    assert code == 2
    assert "--force" in out
    from auditor.config import load_config
    from auditor.roster import read_roster

    cfg = load_config(tmp_path / "new" / "auditor.toml")
    from datetime import date

    # The example rows are switched off: nobody is contacted until a person is added.
    with pytest.raises(UsageError, match="remove the # before an example row"):
        read_roster(cfg.roster_path, today=date(2026, 11, 24))
    roster = cfg.roster_path.read_text(encoding="utf-8")
    cfg.roster_path.write_text(roster.replace("\n# p0", "\np0"), encoding="utf-8")
    people = read_roster(cfg.roster_path, today=date(2026, 11, 24))
    assert [p.person_id for p in people] == ["p001", "p002"]
    assert f"auditor run --config {tmp_path / 'new' / 'auditor.toml'}" in first


def test_a_roster_with_one_account_twice_is_refused_without_a_traceback(project: Path) -> None:
    roster = project / "roster.csv"
    lines = roster.read_text().splitlines()
    roster.write_text("\n".join([*lines, lines[1]]) + "\n")
    code, out = run("roster", "import", str(roster), "--config", str(project / "auditor.toml"))
    assert code == 2, out
    assert f"roster.csv, line {len(lines) + 1}, column 5 (handle)" in out
    assert "already on line 2" in out
    assert not (project / "auditor.db").exists()
