"""The blog-feed collector: RSS 2.0 and Atom over respx, hostile XML refused (no network)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import httpx
import pytest
import respx

import auditor
from auditor.models import Account, Consent
from auditor.sources.base import SourceError
from auditor.sources.feed import REREAD, FeedSource
from auditor.sources.http import html_to_text
from auditor.sources.live import FeedSettings, LiveSettings, build_live_sources

# Fixtures `router`, `http` and `no_real_sleep` come from tests/conftest.py.
pytestmark = pytest.mark.usefixtures("no_real_sleep")

FIX = Path(__file__).parent / "fixtures" / "api"
NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
RSS_URL = "https://alice.example.org/feed.xml"
ATOM_URL = "https://bob.example.net/atom.xml"


def account(url: str) -> Account:
    return Account("p-alice", "feed", url, Consent(date(2026, 1, 1)))


def make_source(http: httpx.Client, sleeps: list[float] | None = None) -> FeedSource:
    return FeedSource(http, clock=lambda: NOW, sleep=(sleeps if sleeps is not None else []).append)


def serve(router: respx.MockRouter, url: str, fixture: str, ctype: str) -> respx.Route:
    return router.get(url).respond(
        content=(FIX / fixture).read_bytes(), headers={"Content-Type": ctype}
    )


def test_rss_items_become_posts_with_title_and_plain_text(
    router: respx.MockRouter, http: httpx.Client
) -> None:
    route = serve(router, RSS_URL, "feed_rss.xml", "application/rss+xml")

    batch = make_source(http).fetch(account(RSS_URL), None)

    assert [p.post_id for p in batch.posts] == [
        "tag:alice.example.org,2026:release",
        "https://alice.example.org/2026/11/older",  # no guid: the link is the id
    ]
    release, older = batch.posts
    # content:encoded wins over description; <script> text never becomes post text.
    assert release.text == (
        "Release & retrospective\n\nWe shipped it.\nFinally.\n\nDetails on the notes page."
    )
    assert older.text == "Older post\n\nEscaped HTML description"
    assert release.created_at == datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
    assert older.created_at == datetime(2026, 11, 21, 8, 0, tzinfo=UTC)
    assert release.url == "https://alice.example.org/2026/11/release"
    assert release.lang == "en-gb"
    assert (release.network, release.person_id, release.account, release.source) == (
        "feed",
        "p-alice",
        RSS_URL,
        RSS_URL,
    )
    assert release.fetched_at == NOW and release.tool_version == auditor.__version__
    assert batch.cursor == "2026-11-23T10:00:00+00:00"
    assert batch.notes == ["1 feed entries without a date or id skipped"]
    assert "application/atom+xml" in route.calls.last.request.headers["Accept"]


def test_entries_newer_than_the_cursor_are_new_and_the_others_come_back_marked_reread(
    router: respx.MockRouter, http: httpx.Client
) -> None:
    serve(router, RSS_URL, "feed_rss.xml", "application/rss+xml")

    batch = make_source(http).fetch(account(RSS_URL), "2026-11-22T00:00:00+00:00")

    # The whole feed is downloaded anyway: the older item is handed back to find its edits.
    assert [(p.post_id, p.extra.get(REREAD)) for p in batch.posts] == [
        ("tag:alice.example.org,2026:release", None),
        ("https://alice.example.org/2026/11/older", "1"),
    ]
    assert batch.cursor == "2026-11-23T10:00:00+00:00"


def test_nothing_new_keeps_the_previous_cursor(
    router: respx.MockRouter, http: httpx.Client
) -> None:
    serve(router, RSS_URL, "feed_rss.xml", "application/rss+xml")

    batch = make_source(http).fetch(account(RSS_URL), "2026-11-23T10:00:00+00:00")

    assert all(p.extra.get(REREAD) for p in batch.posts)
    assert len(batch.posts) == 2
    assert batch.cursor == "2026-11-23T10:00:00+00:00"


def test_atom_entries_with_xhtml_and_html_content(
    router: respx.MockRouter, http: httpx.Client
) -> None:
    serve(router, ATOM_URL, "feed_atom.xml", "application/atom+xml")

    batch = make_source(http).fetch(account(ATOM_URL), None)

    tooling, hola = batch.posts
    assert tooling.post_id == "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a"
    assert tooling.text == "Thoughts on tooling\n\nParagraph one.\n\nLine\nbreak and a link."
    assert tooling.url == "https://bob.example.net/posts/tooling"  # relative link resolved
    assert tooling.created_at == datetime(2026, 11, 23, 11, 0, tzinfo=UTC)  # from +01:00
    assert tooling.edited_at == datetime(2026, 11, 23, 12, 0, tzinfo=UTC)  # its <updated>
    assert tooling.lang == "en"
    assert hola.text == "Hola\n\nUn resumen"
    assert hola.created_at == datetime(2026, 11, 20, 9, 0, tzinfo=UTC)  # `updated` stands in
    assert hola.lang == "es"
    assert hola.edited_at is None  # no <published>: nothing tells an edit
    # The cursor is the newest time seen, an edit's too: the entry returns only when edited again.
    assert batch.cursor == "2026-11-23T12:00:00+00:00"


def test_a_billion_laughs_feed_is_refused_without_expanding(
    router: respx.MockRouter, http: httpx.Client
) -> None:
    serve(router, RSS_URL, "feed_billion_laughs.xml", "application/rss+xml")

    with pytest.raises(SourceError) as info:
        make_source(http).fetch(account(RSS_URL), None)

    assert "billion laughs" in info.value.message
    assert "EntitiesForbidden" in info.value.message


def test_a_web_page_instead_of_a_feed_is_refused_with_what_to_do(
    router: respx.MockRouter, http: httpx.Client
) -> None:
    serve(router, RSS_URL, "feed_not_xml.html", "text/html")

    with pytest.raises(SourceError) as info:
        make_source(http).fetch(account(RSS_URL), None)

    assert "does not serve XML" in info.value.message
    assert "RSS or Atom feed address" in info.value.message


def test_xml_that_is_neither_rss_nor_atom_is_refused(
    router: respx.MockRouter, http: httpx.Client
) -> None:
    router.get(RSS_URL).respond(text="<html><body><p>hi</p></body></html>")

    with pytest.raises(SourceError) as info:
        make_source(http).fetch(account(RSS_URL), None)

    assert "a web page, not a feed" in info.value.message


@pytest.mark.parametrize("handle", ["alice.example.org/feed", "ftp://alice.example.org/feed"])
def test_a_handle_that_is_not_an_http_url_fails_without_a_request(
    router: respx.MockRouter, http: httpx.Client, handle: str
) -> None:
    with pytest.raises(SourceError) as info:
        make_source(http).fetch(account(handle), None)

    assert "http(s)://" in info.value.message
    assert not router.calls


def test_a_gone_feed_and_an_unreachable_host_say_what_to_do(
    router: respx.MockRouter, http: httpx.Client
) -> None:
    router.get(RSS_URL).respond(404)
    router.get(ATOM_URL).mock(side_effect=httpx.ConnectError("name resolution failed"))
    sleeps: list[float] = []

    with pytest.raises(SourceError) as gone:
        make_source(http, sleeps).fetch(account(RSS_URL), None)
    with pytest.raises(SourceError) as down:
        make_source(http, sleeps).fetch(account(ATOM_URL), None)

    assert "HTTP 404" in gone.value.message and "update the roster" in gone.value.message
    assert "could not reach bob.example.net" in down.value.message
    assert sleeps == [2.0, 4.0, 8.0]


def test_an_oversized_feed_is_refused(router: respx.MockRouter) -> None:
    router.get(RSS_URL).respond(content=b"<rss>" + b" " * 5000 + b"</rss>")
    settings = LiveSettings(feed=FeedSettings(max_bytes=1000))
    with httpx.Client() as http:
        source = build_live_sources(
            settings, http=http, environ={}, clock=lambda: NOW, sleep=lambda s: None
        )["feed"]
        with pytest.raises(SourceError) as info:
            source.fetch(account(RSS_URL), None)

    assert "more than 1000 bytes" in info.value.message


def test_html_to_text_keeps_lines_and_link_text_and_drops_scripts() -> None:
    assert html_to_text("<p>a<br>b</p><p>c <a href='x'>link</a></p>") == "a\nb\n\nc link"
    assert html_to_text("<style>p{}</style>x &lt;y&gt; &amp; z") == "x <y> & z"
    assert html_to_text("") == ""


def test_a_redirect_loop_fails_the_feed_without_retrying(
    router: respx.MockRouter, http: httpx.Client
) -> None:
    router.get(RSS_URL).respond(301, headers={"Location": RSS_URL})
    sleeps: list[float] = []

    with pytest.raises(SourceError) as info:
        make_source(http, sleeps).fetch(account(RSS_URL), None)

    assert "TooManyRedirects" in info.value.message
    assert sleeps == []
