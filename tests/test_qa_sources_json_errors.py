"""Invalid JSON is named as a whole sentence with what to do, in `check --file`, JSONL files
and X archives."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor.cli import app
from auditor.sources.archive import ArchiveSource
from auditor.sources.base import SourceError
from tests.helpers import person


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (
            '{"id": "a", "text": "tab\there"}',
            "line 1, column 25: invalid JSON: invalid control character; write a tab or line "
            "break inside text as \\t or \\n",
        ),
        (
            '{"id": "a", "text": "no end}',
            "line 1, column 21: invalid JSON: unterminated string; a text is missing its "
            "closing double quote",
        ),
        (
            '{"id": "a", "text": "x",}',
            "line 1, column 25: invalid JSON: expecting property name enclosed in double "
            "quotes; each line must be one JSON object, "
            '{"id": ..., "text": ...}',
        ),
    ],
)
def test_check_names_invalid_json_in_a_whole_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str, message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("AUDITOR_CONFIG", raising=False)
    path = tmp_path / "p.jsonl"
    path.write_text(line + "\n")
    result = CliRunner().invoke(app, ["check", "--file", str(path)])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: {path}, {message}"


def test_an_archive_with_invalid_json_says_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "tweets.js"
    path.write_text('window.YTD.tweets.part0 = [{"tweet": {"id_str": "1",}}]')
    with pytest.raises(SourceError) as err:
        ArchiveSource().fetch(person("p1", ("archive", str(path))).accounts[0], None)
    assert err.value.message == (
        f"{path}, line 1, column 53: invalid JSON: expecting property name enclosed in double "
        "quotes; pass the file as X wrote it, or ask for a new download"
    )
