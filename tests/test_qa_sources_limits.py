"""Size limits on input: a JSONL line, a post's text and an archive's tweets file, each refused
with the file, the place and the limit, before it can take minutes and gigabytes."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor.cli import app
from auditor.sources import archive as archive_module
from auditor.sources.archive import ArchiveSource
from auditor.sources.base import MAX_TEXT_CHARS, SourceError
from auditor.sources.jsonl import MAX_LINE_BYTES, JsonlSource
from tests.helpers import person, write_jsonl
from tests.test_source_files import tweet, ytd

OK = '{"id": "0", "created_at": "2026-10-02T08:15:00Z", "text": "fine"}'


def post(text: str) -> str:
    line = {"id": "1", "created_at": "2026-10-02T08:15:00Z", "text": text}
    return json.dumps(line, ensure_ascii=False)


def read_jsonl(path: Path) -> None:
    JsonlSource().fetch(person("p1", ("jsonl", str(path))).accounts[0], None)


def read_archive(path: Path) -> None:
    ArchiveSource().fetch(person("p1", ("archive", str(path))).accounts[0], None)


def test_the_limits_are_the_documented_ones() -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    assert (MAX_LINE_BYTES, MAX_TEXT_CHARS) == (1_000_000, 100_000)
    assert archive_module.MAX_TWEETS_FILE_BYTES == 150_000_000
    for limit in ("1,000,000 bytes", "100,000 characters", "150,000,000 bytes"):
        assert limit in readme


def test_a_jsonl_line_over_the_limit_is_refused(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "p.jsonl", [OK, post("a" * MAX_LINE_BYTES)])
    with pytest.raises(SourceError) as err:
        read_jsonl(path)
    assert err.value.message == (
        f"{path}, line 2: the line is over 1,000,000 bytes, the limit for one post; "
        "split or shorten it"
    )


def test_a_jsonl_line_at_the_limit_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("AUDITOR_CONFIG", raising=False)
    room = MAX_LINE_BYTES - len(post("").encode())
    text = "a" * (room % 2) + "é" * (room // 2)
    assert len(post(text).encode()) == MAX_LINE_BYTES
    path = write_jsonl(tmp_path / "p.jsonl", [post(text)])
    # Under the line limit: the text limit is what stops it, in a run and in `check`.
    with pytest.raises(SourceError, match="line 1: the text is over 100,000 characters"):
        read_jsonl(path)
    result = CliRunner().invoke(app, ["check", "--file", str(path)])
    assert "line 1: the text is over 100,000 characters" in result.stderr


@pytest.mark.parametrize("length", [MAX_TEXT_CHARS, MAX_TEXT_CHARS + 1])
def test_a_jsonl_post_text_over_the_limit_is_refused(tmp_path: Path, length: int) -> None:
    path = write_jsonl(tmp_path / "p.jsonl", [OK, post("a" * length)])
    if length == MAX_TEXT_CHARS:
        read_jsonl(path)
        return
    with pytest.raises(SourceError) as err:
        read_jsonl(path)
    assert err.value.message == (
        f"{path}, line 2: the text is over 100,000 characters, the limit for one post; shorten it"
    )


def test_check_refuses_a_long_line_without_reading_all_of_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("AUDITOR_CONFIG", raising=False)
    path = tmp_path / "big.jsonl"
    path.write_text(OK + "\n" + post("a" * (3 * MAX_LINE_BYTES)) + "\n" + OK + "\n")
    result = CliRunner().invoke(app, ["check", "--file", str(path), "--format", "jsonl"])
    assert result.exit_code == 2
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == ["0"]
    assert f"{path}, line 2: the line is over 1,000,000 bytes" in result.stderr


def test_check_refuses_a_text_over_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("AUDITOR_CONFIG", raising=False)
    path = write_jsonl(tmp_path / "p.jsonl", [post("a " * MAX_TEXT_CHARS)])
    result = CliRunner().invoke(app, ["check", "--file", str(path)])
    assert result.exit_code == 2
    assert f"{path}, line 1: the text is over 100,000 characters" in result.stderr


def test_an_archive_tweet_over_the_text_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "tweets.js"
    path.write_text(ytd([tweet(1, "fine"), tweet(2, "a" * (MAX_TEXT_CHARS + 1))]))
    with pytest.raises(SourceError) as err:
        read_archive(path)
    assert err.value.message == (
        f"{path}, item 1: the text is over 100,000 characters, the limit for one post; shorten it"
    )


def test_a_tweets_file_over_the_limit_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive_module, "MAX_TWEETS_FILE_BYTES", 1000)
    big = ytd([tweet(i, "x" * 50) for i in range(40)])
    zipped = tmp_path / "archive.zip"
    with zipfile.ZipFile(zipped, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("data/tweets.js", ytd([tweet(1, "one")]))
        zf.writestr("data/tweets-part1.js", big)
    bare = tmp_path / "tweets.js"
    bare.write_text(big)
    for path, name in ((zipped, f"{zipped}:data/tweets-part1.js"), (bare, str(bare))):
        with pytest.raises(SourceError) as err:
            read_archive(path)
        assert err.value.message == (
            f"{name} is over 1,000 bytes, the limit for one tweets file; "
            "ask for the archive again, or split the file"
        )
