"""The Bluesky collector against recorded-shape XRPC answers served by respx (no network)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

import auditor
from auditor.models import Account, Consent
from auditor.sources.base import SourceError
from auditor.sources.bluesky import BlueskySource, parse_actor, web_url
from auditor.sources.live import BlueskySettings, LiveSettings, build_live_sources

# Fixtures `router`, `http` and `no_real_sleep` come from tests/conftest.py.
pytestmark = pytest.mark.usefixtures("no_real_sleep")

FIX = Path(__file__).parent / "fixtures" / "api"
NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
API = "https://public.api.bsky.app/xrpc"
DID = "did:plc:z72i7hdynmk6r22z27h6tvur"
NEWEST = f"at://{DID}/app.bsky.feed.post/3lbxyzabc2222"
OLDER = f"at://{DID}/app.bsky.feed.post/3lbxyzabc1111"
PAGE1_CURSOR = "2026-11-22T18:00:01.000Z::bafyreiccc"


def load(name: str) -> Any:
    return json.loads((FIX / name).read_text())


def account(handle: str = "alice.bsky.social") -> Account:
    return Account("p-alice", "bluesky", handle, Consent(date(2026, 1, 1)))


def feed_params(**extra: str) -> dict[str, str]:
    return {"actor": DID, "limit": "100", "filter": "posts_no_replies", **extra}


def make_source(http: httpx.Client, sleeps: list[float], **kwargs: Any) -> BlueskySource:
    return BlueskySource(http, clock=lambda: NOW, sleep=sleeps.append, **kwargs)


def add_profile(router: respx.MockRouter, base: str = API) -> None:
    router.get(
        f"{base}/app.bsky.actor.getProfile", params__eq={"actor": "alice.bsky.social"}
    ).respond(json=load("bluesky_profile.json"))


def test_reads_all_pages_skipping_reposts_and_posts_by_other_authors(
    router: respx.MockRouter, http: httpx.Client
) -> None:
    add_profile(router)
    router.get(f"{API}/app.bsky.feed.getAuthorFeed", params__eq=feed_params()).respond(
        json=load("bluesky_feed_page1.json")
    )
    router.get(
        f"{API}/app.bsky.feed.getAuthorFeed", params__eq=feed_params(cursor=PAGE1_CURSOR)
    ).respond(json=load("bluesky_feed_page2.json"))
    sleeps: list[float] = []

    batch = make_source(http, sleeps).fetch(account(), None)

    assert [p.post_id for p in batch.posts] == [NEWEST, OLDER]
    assert batch.notes == ["1 reposts skipped", "1 posts by other authors skipped"]
    first, own_reply = batch.posts
    assert first.url == f"https://bsky.app/profile/{DID}/post/3lbxyzabc2222"
    assert first.text == "Our new release is out: blog.example.org/2026/rel..."
    assert first.extra["links"] == "https://blog.example.org/2026/release-notes"
    assert first.created_at == datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
    assert first.lang == "en"
    assert (first.network, first.person_id, first.account) == (
        "bluesky",
        "p-alice",
        "alice.bsky.social",
    )
    assert first.fetched_at == NOW and first.tool_version == auditor.__version__
    assert first.source.startswith(f"{API}/app.bsky.feed.getAuthorFeed?")
    assert not first.is_repost
    assert own_reply.lang == "fr"
    assert own_reply.extra["reply_to"].endswith("3lbxyzbobroot")
    assert json.loads(batch.cursor or "") == {
        "did": DID,
        "indexed_at": "2026-11-23T10:00:01+00:00",
        "uri": NEWEST,
    }
    assert sleeps == []


def test_next_run_stops_at_the_last_runs_newest_post(
    router: respx.MockRouter, http: httpx.Client
) -> None:
    # Only the first page is registered: reading on past the known post would fail the test.
    router.get(f"{API}/app.bsky.feed.getAuthorFeed", params__eq=feed_params()).respond(
        json=load("bluesky_feed_page1.json")
    )
    cursor = json.dumps({"did": DID, "indexed_at": "2026-11-23T10:00:01+00:00", "uri": NEWEST})

    batch = make_source(http, []).fetch(account(), cursor)

    assert batch.posts == []
    assert json.loads(batch.cursor or "") == json.loads(cursor)


def test_first_run_stops_at_the_backfill_limit(
    router: respx.MockRouter, http: httpx.Client
) -> None:
    add_profile(router)
    router.get(f"{API}/app.bsky.feed.getAuthorFeed", params__eq=feed_params()).respond(
        json={"feed": load("bluesky_feed_page1.json")["feed"][:1], "cursor": "more"}
    )

    batch = make_source(http, [], backfill_days=1).fetch(account(), None)

    assert batch.posts == []  # the only post is older than a day; no second page is asked for


def test_base_url_and_filter_come_from_settings(router: respx.MockRouter) -> None:
    base = "http://bsky.internal.test:7000"
    add_profile(router, base=f"{base}/xrpc")
    router.get(
        f"{base}/xrpc/app.bsky.feed.getAuthorFeed",
        params__eq=feed_params(filter="posts_with_replies"),
    ).respond(json=load("bluesky_feed_page2.json"))
    router.get(f"{base}/xrpc/app.bsky.feed.getPosts").respond(json=load("bluesky_getposts.json"))
    settings = LiveSettings(bluesky=BlueskySettings(base_url=base, filter="posts_with_replies"))
    with httpx.Client() as http:
        source = build_live_sources(
            settings, http=http, environ={}, clock=lambda: NOW, sleep=lambda s: None
        )["bluesky"]
        batch = source.fetch(account(), None)
        gone = source.missing(account(), [NEWEST, OLDER])  # type: ignore[attr-defined]

    assert [p.post_id for p in batch.posts] == [OLDER]
    assert gone == {OLDER}
    assert all(str(c.request.url).startswith(base + "/xrpc/") for c in router.calls)


def test_missing_asks_get_posts_for_every_uri_and_reports_the_absent_ones(
    router: respx.MockRouter, http: httpx.Client
) -> None:
    route = router.get(f"{API}/app.bsky.feed.getPosts").respond(json=load("bluesky_getposts.json"))

    gone = make_source(http, []).missing(account(), [NEWEST, OLDER, "not-a-uri"])

    assert gone == {OLDER}
    assert route.calls.last.request.url.params.get_list("uris") == [NEWEST, OLDER]


def test_an_unknown_profile_fails_that_account(
    router: respx.MockRouter, http: httpx.Client
) -> None:
    router.get(f"{API}/app.bsky.actor.getProfile").respond(
        400, json=load("bluesky_profile_not_found.json")
    )

    with pytest.raises(SourceError) as info:
        make_source(http, []).fetch(account(), None)

    assert "Profile not found" in info.value.message
    assert "check the handle" in info.value.message
    assert not info.value.fatal_for_network


@pytest.mark.parametrize("handle", ["alice", "@alice@bsky.social", "https://bsky.app/profile/x"])
def test_a_handle_in_the_wrong_form_fails_without_a_request(
    router: respx.MockRouter, http: httpx.Client, handle: str
) -> None:
    with pytest.raises(SourceError) as info:
        make_source(http, []).fetch(account(handle), None)

    assert "name.bsky.social" in info.value.message
    assert not router.calls


def test_ratelimit_headers_make_the_next_request_wait(
    router: respx.MockRouter, http: httpx.Client
) -> None:
    reset = str(int(NOW.timestamp()) + 45)
    router.get(f"{API}/app.bsky.actor.getProfile").respond(
        json=load("bluesky_profile.json"),
        headers={"ratelimit-limit": "3000", "ratelimit-remaining": "0", "ratelimit-reset": reset},
    )
    router.get(f"{API}/app.bsky.feed.getAuthorFeed").respond(json={"feed": []})
    sleeps: list[float] = []

    make_source(http, sleeps).fetch(account(), None)

    assert sleeps == [46.0]


def test_an_answer_that_is_not_json_fails_the_account(
    router: respx.MockRouter, http: httpx.Client
) -> None:
    router.get(f"{API}/app.bsky.actor.getProfile").respond(text="<html>oops</html>")

    with pytest.raises(SourceError) as info:
        make_source(http, []).fetch(account(), None)

    assert "not JSON" in info.value.message


def test_actor_and_url_helpers() -> None:
    assert parse_actor("@Alice.bsky.social") == "alice.bsky.social"
    assert parse_actor(DID) == DID
    assert parse_actor("alice") is None
    assert web_url(NEWEST) == f"https://bsky.app/profile/{DID}/post/3lbxyzabc2222"
    assert web_url(f"at://{DID}/app.bsky.feed.like/xyz") is None
