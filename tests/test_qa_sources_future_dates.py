"""A created_at in the future is refused, in JSONL files and X archives alike."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from auditor.sources.archive import ArchiveSource
from auditor.sources.base import SourceError
from auditor.sources.jsonl import JsonlSource
from tests.helpers import NOW, person, write_jsonl
from tests.test_source_files import tweet, ytd


def jsonl_line(created: str) -> str:
    return f'{{"id": "1", "created_at": "{created}", "text": "hi"}}'


def test_a_jsonl_post_dated_in_the_future_is_refused(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "p.jsonl", [jsonl_line("2030-01-01T00:00:00Z")])
    with pytest.raises(SourceError) as err:
        JsonlSource(clock=lambda: NOW).fetch(person("p1", ("jsonl", str(path))).accounts[0], None)
    assert err.value.message == (
        f"{path}, line 1: created_at 2030-01-01T00:00:00+00:00 is in the future "
        "(now 2026-11-24T02:00:00+00:00); correct the date"
    )


def test_a_post_up_to_a_day_ahead_is_kept_for_clock_and_time_zone_slips(tmp_path: Path) -> None:
    ahead = (NOW + timedelta(hours=23)).isoformat()
    path = write_jsonl(tmp_path / "p.jsonl", [jsonl_line(ahead)])
    batch = JsonlSource(clock=lambda: NOW).fetch(
        person("p1", ("jsonl", str(path))).accounts[0], None
    )
    assert batch.posts[0].created_at == NOW + timedelta(hours=23)


def test_an_archive_tweet_dated_in_the_future_is_refused(tmp_path: Path) -> None:
    future = tweet(2, "later")
    inner = future["tweet"]
    assert isinstance(inner, dict)
    inner["created_at"] = "Tue Jan 01 00:00:00 +0000 2030"
    path = tmp_path / "tweets.js"
    path.write_text(ytd([tweet(1, "fine"), future]))
    with pytest.raises(SourceError) as err:
        ArchiveSource(clock=lambda: NOW).fetch(
            person("p1", ("archive", str(path))).accounts[0], None
        )
    assert err.value.message == (
        f"{path}, item 1: created_at 2030-01-01T00:00:00+00:00 is in the future "
        "(now 2026-11-24T02:00:00+00:00); correct the date"
    )
