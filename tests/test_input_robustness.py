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
# Binary junk that starts with a byte UTF-8 never uses (0xff).
JUNK = bytes(range(255, -1, -1)) * 4


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


LATIN1 = b'{"id":"a","text":"caf\xe9 shit"}\n'
NOT_UTF8 = "line 2, column 22: not UTF-8 text (byte 0xe9); save the file as UTF-8"


def test_check_names_the_line_and_column_of_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(b'{"id":"ok","text":"fine"}\n' + LATIN1)
    code, out = invoke("check", "--file", str(path), "--format", "jsonl")
    assert code == 2, out
    assert f"error: {path}, {NOT_UTF8}" in out


def test_check_names_the_line_of_stdin_that_is_not_utf8() -> None:
    code, out = invoke(
        "check", "--file", "-", "--format", "jsonl", stdin=b'{"id":"ok","text":"x"}\n' + LATIN1
    )
    assert code == 2, out
    assert f"error: stdin, {NOT_UTF8}" in out


@pytest.mark.parametrize("where", ["file", "stdin"])
def test_check_refuses_binary_input_without_a_traceback(tmp_path: Path, where: str) -> None:
    path = tmp_path / "junk.bin"
    path.write_bytes(JUNK)
    args = ("--file", str(path)) if where == "file" else ("--file", "-")
    code, out = invoke("check", *args, stdin=JUNK if where == "stdin" else None)
    assert code == 2, out
    assert "line 1, column 1: not UTF-8 text (byte 0xff); save the file as UTF-8" in out


@pytest.mark.parametrize("where", ["file", "stdin"])
def test_check_accepts_a_byte_order_mark(tmp_path: Path, where: str) -> None:
    data = b'\xef\xbb\xbf{"id":"a","text":"hello"}\n'
    path = tmp_path / "bom.jsonl"
    path.write_bytes(data)
    args = ("--file", str(path) if where == "file" else "-", "--format", "jsonl")
    code, out = invoke("check", *args, stdin=data if where == "stdin" else None)
    assert code == 0, out
    assert '"id": "a"' in out
