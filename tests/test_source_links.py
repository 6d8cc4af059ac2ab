"""t.co short links put back as their addresses, the same way for the X API and X archives;
entities are input from a server or a file, so odd ones are ignored, never written into a post."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from auditor.sources.archive import ArchiveSource
from auditor.sources.links import expand_links
from tests import test_source_files as files
from tests import test_source_x as x

SHORT = "https://t.co/AbCdEf123"
TEXT = f"Launch day! Read more {SHORT}"


def link(url: object = SHORT, expanded: object = "https://blog.example.org/launch") -> object:
    return {"urls": [{"url": url, "expanded_url": expanded}]}


def test_a_short_link_is_replaced_by_its_address() -> None:
    assert expand_links(TEXT, link()) == "Launch day! Read more https://blog.example.org/launch"


@pytest.mark.parametrize(
    "entities",
    [
        None,
        "urls",
        {"urls": 5},  # the X reader iterated this: TypeError, the account failed
        {"urls": "https://t.co/AbCdEf123"},
        {"urls": {"url": SHORT}},
        {"urls": [SHORT, 5, None]},
        link(expanded=["https://a.example"]),  # the X reader wrote "['https://a.example']"
        link(expanded=5),
        link(expanded=""),  # the archive reader deleted the link
        link(expanded=None),
        link(url=5),
        link(url=""),
        link(url="Launch"),  # not a link: entities cannot rewrite the post's words
        link(url="https://"),
        link(url=f"{SHORT} more"),
    ],
)
def test_odd_entities_leave_the_text_as_written(entities: object) -> None:
    assert expand_links(TEXT, entities) == TEXT


def test_links_are_replaced_once_and_never_inside_a_longer_link() -> None:
    entities = {
        "urls": [
            {"url": "https://t.co/a", "expanded_url": "https://one.example/?next=https://t.co/b"},
            {"url": "https://t.co/b", "expanded_url": "https://two.example"},
            {"url": "https://t.co/a", "expanded_url": "https://later.example"},
        ]
    }
    text = "https://t.co/a, https://t.co/b and https://t.co/ab"
    assert expand_links(text, entities) == (
        "https://one.example/?next=https://t.co/b, https://two.example and https://t.co/ab"
    )


def test_the_x_reader_keeps_a_post_whose_entities_are_odd(mocked: Any) -> None:
    page = copy.deepcopy(x.load("x_tweets_page1.json"))
    page["data"][0]["entities"] = {"urls": 5}
    page["meta"].pop("next_token")
    x.add_user(mocked)
    x.add_page(mocked, page, x.timeline_params(start_time=x.START))
    batch = x.make_source([]).fetch(x.account(), None)
    assert batch.posts[0].text == TEXT


def test_the_archive_reader_keeps_a_link_whose_address_is_empty(tmp_path: Path) -> None:
    item = files.tweet(1, TEXT)
    item["tweet"]["entities"] = link(expanded="")  # type: ignore[index]
    path = tmp_path / "tweets.js"
    path.write_text(files.ytd([item]))
    assert ArchiveSource().fetch(files.account(path), None).posts[0].text == TEXT
