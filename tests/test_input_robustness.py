"""Hostile or careless input files: one `error: ...` line naming the file and what to do, the
documented exit code, and never a traceback."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor import runtime
from auditor.cli import app

runner = CliRunner()
# Bytes that are not UTF-8 at any position a test relies on (0xff never appears in UTF-8).
JUNK = bytes(range(256)) * 4


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the sample as a user's project folder, the working directory."""
    monkeypatch.delenv("AUDITOR_CONFIG", raising=False)
    shutil.copytree(runtime.sample_dir(), tmp_path / "proj")
    monkeypatch.chdir(tmp_path / "proj")
    return tmp_path / "proj"


def invoke(*args: str, stdin: bytes | None = None) -> tuple[int, str]:
    result = runner.invoke(app, list(args), input=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    return result.exit_code, result.output + (result.stderr if result.stderr_bytes else "")


def test_scan_refuses_a_junk_zip_as_not_a_zip_archive(project: Path) -> None:
    (project / "junk.zip").write_bytes(JUNK)
    code, out = invoke("scan", "--archive", "junk.zip", "--person", "p01")
    assert code == 2, out
    assert "error: junk.zip: not a zip archive" in out
    assert "UTF-8" not in out


def test_scan_refuses_an_archive_with_a_broken_tweet_cleanly(project: Path) -> None:
    (project / "t.js").write_text('window.YTD.tweets.part0 = [{"tweet": {"id_str": "1"}}]')
    code, out = invoke("scan", "--archive", "t.js", "--person", "p01")
    assert code == 2, out
    assert "error: t.js, item 0: a tweet needs id_str and full_text" in out
