"""X archive and JSONL sources: formats, retweets, unchanged files and malformed input."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from auditor.models import Account, Consent
from auditor.sources.archive import ArchiveSource
from auditor.sources.base import SourceError
from auditor.sources.jsonl import JsonlSource
from tests.helpers import NOW, write_jsonl

CONSENT = Consent(date(2026, 1, 1))


def tweet(i: int, text: str, *, wrapped: bool = True) -> dict[str, object]:
    body = {
        "id_str": str(1593000000000000000 + i),
        "id": str(1593000000000000000 + i),
        "full_text": text,
        "created_at": "Wed Nov 16 22:22:28 +0000 2022",
        "lang": "en",
        "favorite_count": "3",
    }
    return {"tweet": body} if wrapped else body


def ytd(items: list[dict[str, object]], name: str = "tweets", part: int = 0) -> str:
    return f"window.YTD.{name}.part{part} = " + json.dumps(items, indent=2)


def account(path: Path, network: str = "archive") -> Account:
    return Account("p1", network, str(path), CONSENT)


def test_tweets_js_wrapped_and_bare_items_and_retweets_skipped(tmp_path: Path) -> None:
    path = tmp_path / "tweets.js"
    path.write_text(
        ytd(
            [
                tweet(1, "hello &amp; welcome"),
                tweet(2, "bare", wrapped=False),
                tweet(3, "RT @x: hi"),
            ]
        )
    )
    batch = ArchiveSource(clock=lambda: NOW).fetch(account(path), None)
    assert [p.text for p in batch.posts] == ["hello & welcome", "bare"]
    first = batch.posts[0]
    assert first.network == "x"
    assert first.post_id == "1593000000000000001"
    assert first.created_at == datetime(2022, 11, 16, 22, 22, 28, tzinfo=UTC)
    assert first.url == "https://x.com/i/web/status/1593000000000000001"
    assert first.fetched_at == NOW
    assert first.source == "archive:tweets.js"
    assert batch.notes == ["1 reposts skipped"]
    with_reposts = ArchiveSource(include_reposts=True).fetch(account(path), None)
    assert len(with_reposts.posts) == 3
    assert with_reposts.posts[2].is_repost


def test_zip_with_parts_and_account_username(tmp_path: Path) -> None:
    path = tmp_path / "archive.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("data/tweets.js", ytd([tweet(1, "one")]))
        zf.writestr("data/tweets-part1.js", ytd([tweet(2, "two")], part=1))
        zf.writestr(
            "data/account.js", ytd([{"account": {"username": "jane_acme"}}], name="account")
        )
        zf.writestr("data/like.js", ytd([{"like": {}}], name="like"))
    batch = ArchiveSource().fetch(account(path), None)
    assert [p.text for p in batch.posts] == ["one", "two"]
    assert batch.posts[0].url == "https://x.com/jane_acme/status/1593000000000000001"


def test_short_links_are_expanded_from_entities(tmp_path: Path) -> None:
    item = tweet(1, "read this https://t.co/abc")
    item["tweet"]["entities"] = {  # type: ignore[index]
        "urls": [{"url": "https://t.co/abc", "expanded_url": "https://acme.example/blog"}]
    }
    path = tmp_path / "tweets.js"
    path.write_text(ytd([item]))
    assert ArchiveSource().fetch(account(path), None).posts[0].text == (
        "read this https://acme.example/blog"
    )


def test_an_unchanged_file_is_not_read_again(tmp_path: Path) -> None:
    path = tmp_path / "tweets.js"
    path.write_text(ytd([tweet(1, "one")]))
    first = ArchiveSource().fetch(account(path), None)
    again = ArchiveSource().fetch(account(path), first.cursor)
    assert again.posts == []
    assert again.cursor == first.cursor
    assert "unchanged" in again.notes[0]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "is empty"),
        ("{not json", "not an X archive file"),
        ('window.YTD.tweets.part0 = [\n  {"tweet": {,}}\n]', "line 2, column"),
        ("window.YTD.tweets.part0 = {}", "expected a list"),
        ('window.YTD.tweets.part0 = [{"tweet": {"id_str": "1"}}]', "needs id_str and full_text"),
    ],
)
def test_malformed_archives_name_file_and_position(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "tweets.js"
    path.write_text(content)
    with pytest.raises(SourceError) as err:
        ArchiveSource().fetch(account(path), None)
    assert message in err.value.message
    assert str(path) in err.value.message


def test_a_zip_without_tweets_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "archive.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("data/like.js", "window.YTD.like.part0 = []")
    with pytest.raises(SourceError, match=r"no tweets\.js"):
        ArchiveSource().fetch(account(path), None)


def test_a_zip_that_is_not_one_or_is_cut_short_says_so(tmp_path: Path) -> None:
    junk = tmp_path / "junk.zip"
    junk.write_bytes(bytes(range(256)))
    with pytest.raises(SourceError) as err:
        ArchiveSource().fetch(account(junk), None)
    assert err.value.message.startswith(f"{junk}: not a zip archive")
    whole = tmp_path / "whole.zip"
    with zipfile.ZipFile(whole, "w") as zf:
        zf.writestr("data/tweets.js", ytd([tweet(1, "hello")]))
    cut = tmp_path / "cut.zip"
    cut.write_bytes(whole.read_bytes()[:-30])
    with pytest.raises(SourceError, match="damaged zip file; ask for a new download"):
        ArchiveSource().fetch(account(cut), None)


def test_missing_archive_says_where_to_look(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="not found: check the roster"):
        ArchiveSource().fetch(account(tmp_path / "none.zip"), None)


def test_jsonl_posts_are_read_with_ids_scoped_to_the_person(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "p.jsonl",
        [
            '{"id": "a1", "created_at": "2026-10-02T08:15:00Z", "text": "hi", "url": "https://b.example/1"}',
            "",
            '{"id": 7, "created_at": "2026-10-03T08:15:00+02:00", "text": "there"}',
        ],
    )
    batch = JsonlSource(clock=lambda: NOW).fetch(account(path, "jsonl"), None)
    assert [(p.post_id, p.text) for p in batch.posts] == [("p1/a1", "hi"), ("p1/7", "there")]
    assert batch.posts[0].url == "https://b.example/1"
    assert batch.posts[1].created_at == datetime(2026, 10, 3, 6, 15, tzinfo=UTC)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "1", "created_at": "2026-10-02T08:15:00Z"', "line 2, column"),
        ('["a"]', "expected a JSON object"),
        ('{"created_at": "2026-10-02", "text": "x"}', "'id' is missing"),
        ('{"id": "1", "created_at": "yesterday", "text": "x"}', "not ISO 8601"),
        ('{"id": "1", "created_at": "2026-10-02"}', "'text' is missing"),
        ('{"id": "1", "created_at": "2026-10-02", "text": 5}', "'text' must be text, not a number"),
        (
            '{"id": true, "created_at": "2026-10-02", "text": "x"}',
            "'id' must be text or a number, not true",
        ),
        ('{"id": "", "created_at": "2026-10-02", "text": "x"}', "'id' is empty"),
        (
            '{"id": "1", "created_at": null, "text": "x"}',
            "'created_at' must be text, not null (ISO 8601",
        ),
    ],
)
def test_malformed_jsonl_names_the_line(tmp_path: Path, line: str, message: str) -> None:
    ok = '{"id": "0", "created_at": "2026-10-02T08:15:00Z", "text": "fine"}'
    path = write_jsonl(tmp_path / "p.jsonl", [ok, line])
    with pytest.raises(SourceError) as err:
        JsonlSource().fetch(account(path, "jsonl"), None)
    assert f"{path}, line 2" in err.value.message
    assert message in err.value.message


def test_files_that_are_not_utf8_name_the_line_and_column(tmp_path: Path) -> None:
    ok = '{"id": "0", "created_at": "2026-10-02T08:15:00Z", "text": "fine"}'
    jsonl = tmp_path / "p.jsonl"
    jsonl.write_bytes((ok + "\n" + ok.replace("fine", "caf\xe9") + "\n").encode("latin-1"))
    with pytest.raises(SourceError) as err:
        JsonlSource().fetch(account(jsonl, "jsonl"), None)
    assert err.value.message == (
        f"{jsonl}, line 2, column 63: not UTF-8 text (byte 0xe9); save the file as UTF-8"
    )
    js = tmp_path / "tweets.js"
    js.write_bytes(ytd([tweet(1, "cafe")]).replace("cafe", "caf\xe9").encode("latin-1"))
    with pytest.raises(SourceError) as err:
        ArchiveSource().fetch(account(js), None)
    assert err.value.message == (
        f"{js}, line 6, column 24: not UTF-8 text (byte 0xe9); save the file as UTF-8"
    )


def test_jsonl_text_may_hold_unicode_line_separators(tmp_path: Path) -> None:
    text = "one\u2028two\x85three"
    line = json.dumps(
        {"id": "1", "created_at": "2026-10-02T08:15:00Z", "text": text}, ensure_ascii=False
    )
    path = write_jsonl(tmp_path / "p.jsonl", [line])
    batch = JsonlSource(clock=lambda: NOW).fetch(account(path, "jsonl"), None)
    assert [p.text for p in batch.posts] == [text]
