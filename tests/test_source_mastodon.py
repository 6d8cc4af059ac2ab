"""The Mastodon collector against recorded-shape REST answers served by respx (no network)."""

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
from auditor.sources.feed import REREAD
from auditor.sources.live import LiveSettings, MastodonSettings, build_live_sources
from auditor.sources.mastodon import MastodonSource, next_max_id, parse_handle

# Fixtures `router`, `http` and `no_real_sleep` come from tests/conftest.py.
pytestmark = pytest.mark.usefixtures("no_real_sleep")

FIX = Path(__file__).parent / "fixtures" / "api"
NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
BASE = "https://social.example"
ACCOUNT_ID = "109302153274450731"
STATUSES = f"{BASE}/api/v1/accounts/{ACCOUNT_ID}/statuses"
NEXT_LINK = (
    f'<{STATUSES}?limit=40&exclude_reblogs=true&max_id=113500000000000002>; rel="next", '
    f'<{STATUSES}?limit=40&exclude_reblogs=true&min_id=113500000000000003>; rel="prev"'
)
CURSOR = json.dumps({"account_id": ACCOUNT_ID, "since_id": "113400000000000000"})


def load(name: str) -> Any:
    return json.loads((FIX / name).read_text())


def account(handle: str = "@alice@social.example") -> Account:
    return Account("p-alice", "mastodon", handle, Consent(date(2026, 1, 1)))


def page_params(**extra: str) -> dict[str, str]:
    return {"limit": "40", "exclude_reblogs": "true", **extra}


def make_source(http: httpx.Client, sleeps: list[float], **kwargs: Any) -> MastodonSource:
    return MastodonSource(http, clock=lambda: NOW, sleep=sleeps.append, **kwargs)


def test_follows_link_header_pages_down_to_the_cursor_and_turns_html_into_text(
    router: respx.MockRouter, http: httpx.Client
) -> None:
    router.get(STATUSES, params__eq=page_params()).respond(
        json=load("mastodon_statuses_page1.json"), headers={"Link": NEXT_LINK}
    )
    router.get(STATUSES, params__eq=page_params(max_id="113500000000000002")).respond(
        json=load("mastodon_statuses_page2.json")
    )
    sleeps: list[float] = []

    batch = make_source(http, sleeps).fetch(account(), CURSOR)

    assert [p.post_id for p in batch.posts] == [
        "113500000000000003",
        "113500000000000002",
        "113500000000000001",
    ]
    first, warned, german = batch.posts
    assert first.text == (
        "First line & more\nsecond line\n\n"
        "New paragraph with a link: https://blog.example.org/2026/launch and @bob"
    )
    assert warned.text == "CW: work rant\n\n@bob long day <again>"
    assert warned.extra["in_reply_to_id"] == "113400000000000000"
    assert german.lang == "de"
    assert first.url == "https://social.example/@alice/113500000000000003"
    assert first.created_at == datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    assert first.source.startswith(STATUSES + "?")
    assert (first.network, first.person_id, first.account) == (
        "mastodon",
        "p-alice",
        "@alice@social.example",
    )
    assert first.fetched_at == NOW and first.tool_version == auditor.__version__
    assert json.loads(batch.cursor or "") == {
        "account_id": ACCOUNT_ID,
        "since_id": "113500000000000003",
    }
    assert sleeps == []


def test_edited_statuses_already_read_on_the_newest_page_come_back_marked_reread(
    router: respx.MockRouter, http: httpx.Client
) -> None:
    page1 = load("mastodon_statuses_page1.json")
    page1[1]["edited_at"] = "2026-11-23T18:30:00.000Z"
    page1.append(load("mastodon_statuses_page2.json")[0])  # read before, never edited
    # No since_id is sent, and the page reaching the cursor is the last: page 2 is not asked for.
    router.get(STATUSES, params__eq=page_params()).respond(json=page1, headers={"Link": NEXT_LINK})
    cursor = json.dumps({"account_id": ACCOUNT_ID, "since_id": "113500000000000002"})

    batch = make_source(http, []).fetch(account(), cursor)

    assert [(p.post_id, p.extra.get(REREAD)) for p in batch.posts] == [
        ("113500000000000003", None),
        ("113500000000000002", "1"),
    ]
    assert batch.posts[1].edited_at == datetime(2026, 11, 23, 18, 30, tzinfo=UTC)
    assert json.loads(batch.cursor or "")["since_id"] == "113500000000000003"
    assert router.calls.call_count == 1


def test_first_run_looks_up_the_account_and_stops_at_the_backfill_limit(
    router: respx.MockRouter, http: httpx.Client
) -> None:
    router.get(f"{BASE}/api/v1/accounts/lookup", params__eq={"acct": "alice"}).respond(
        json=load("mastodon_account.json")
    )
    # Only one page is registered: a request for page 2 would fail the test.
    router.get(STATUSES, params__eq=page_params()).respond(
        json=load("mastodon_statuses_page1.json"), headers={"Link": NEXT_LINK}
    )

    batch = make_source(http, [], backfill_days=1).fetch(account(), None)

    assert [p.post_id for p in batch.posts] == ["113500000000000003"]
    assert json.loads(batch.cursor or "")["since_id"] == "113500000000000003"


def test_an_instance_with_no_requests_left_is_waited_out_until_its_reset(
    router: respx.MockRouter, http: httpx.Client
) -> None:
    router.get(STATUSES, params__eq=page_params()).respond(
        json=load("mastodon_statuses_page1.json"),
        headers={
            "Link": NEXT_LINK,
            "X-RateLimit-Limit": "300",
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset": "2026-11-24T12:00:30.000Z",
        },
    )
    router.get(STATUSES, params__eq=page_params(max_id="113500000000000002")).respond(
        json=load("mastodon_statuses_page2.json")
    )
    sleeps: list[float] = []

    batch = make_source(http, sleeps).fetch(account(), CURSOR)

    assert sleeps == [31.0]  # 30 s to the reset plus one spare second
    assert len(batch.posts) == 3


def test_429_waits_for_the_reset_and_5xx_backs_off(
    router: respx.MockRouter, http: httpx.Client
) -> None:
    router.get(STATUSES, params__eq=page_params()).mock(
        side_effect=[
            httpx.Response(
                429,
                json={"error": "Too many requests"},
                headers={"X-RateLimit-Reset": "2026-11-24T12:01:00Z"},
            ),
            httpx.Response(502, text="Bad Gateway"),
            httpx.Response(200, json=load("mastodon_statuses_page2.json")),
        ]
    )
    sleeps: list[float] = []

    batch = make_source(http, sleeps).fetch(account(), CURSOR)

    assert sleeps == [61.0, 2.0]
    assert [p.post_id for p in batch.posts] == ["113500000000000001"]


@pytest.mark.parametrize("handle", ["@alice", "alice", "https://social.example/@alice", "@a@b"])
def test_a_handle_without_an_instance_fails_that_account(
    router: respx.MockRouter, http: httpx.Client, handle: str
) -> None:
    with pytest.raises(SourceError) as info:
        make_source(http, []).fetch(account(handle), None)

    assert "@user@instance" in info.value.message
    assert not info.value.fatal_for_network
    assert not router.calls


def test_an_instance_that_is_down_is_retried_then_reported(
    router: respx.MockRouter, http: httpx.Client
) -> None:
    router.get(f"{BASE}/api/v1/accounts/lookup").mock(side_effect=httpx.ConnectError("refused"))
    sleeps: list[float] = []

    with pytest.raises(SourceError) as info:
        make_source(http, sleeps).fetch(account(), None)

    assert sleeps == [2.0, 4.0, 8.0]
    assert router.calls.call_count == 4
    assert "could not reach social.example" in info.value.message
    assert "@alice@social.example" in info.value.message


def test_an_answer_that_is_not_json_fails_the_account(
    router: respx.MockRouter, http: httpx.Client
) -> None:
    router.get(f"{BASE}/api/v1/accounts/lookup").respond(
        text="<html>maintenance</html>", headers={"Content-Type": "text/html"}
    )

    with pytest.raises(SourceError) as info:
        make_source(http, []).fetch(account(), None)

    assert "text/html, not JSON" in info.value.message


def test_an_unknown_account_fails_with_what_to_check(
    router: respx.MockRouter, http: httpx.Client
) -> None:
    router.get(f"{BASE}/api/v1/accounts/lookup").respond(404, json=load("mastodon_not_found.json"))

    with pytest.raises(SourceError) as info:
        make_source(http, []).fetch(account(), None)

    assert "no account named alice" in info.value.message


def test_base_url_replaces_the_instance_for_every_request(router: respx.MockRouter) -> None:
    base = "http://mastodon.internal.test:9000"
    router.get(f"{base}/api/v1/accounts/lookup", params__eq={"acct": "alice"}).respond(
        json=load("mastodon_account.json")
    )
    statuses = f"{base}/api/v1/accounts/{ACCOUNT_ID}/statuses"
    # The Link header names the real instance; only its max_id is used.
    router.get(statuses, params__eq=page_params()).respond(
        json=load("mastodon_statuses_page1.json"), headers={"Link": NEXT_LINK}
    )
    router.get(statuses, params__eq=page_params(max_id="113500000000000002")).respond(
        json=load("mastodon_statuses_page2.json")
    )
    router.get(f"{base}/api/v1/statuses/113500000000000001").respond(404)
    settings = LiveSettings(mastodon=MastodonSettings(base_url=base))
    with httpx.Client() as http:
        source = build_live_sources(
            settings, http=http, environ={}, clock=lambda: NOW, sleep=lambda s: None
        )["mastodon"]
        batch = source.fetch(account(), None)
        gone = source.missing(account(), ["113500000000000001"])  # type: ignore[attr-defined]

    assert len(batch.posts) == 3
    assert gone == {"113500000000000001"}
    assert all(str(c.request.url).startswith(base + "/") for c in router.calls)


def test_missing_reports_statuses_answered_404(
    router: respx.MockRouter, http: httpx.Client
) -> None:
    router.get(f"{BASE}/api/v1/statuses/113500000000000003").respond(
        json=load("mastodon_statuses_page1.json")[0]
    )
    router.get(f"{BASE}/api/v1/statuses/113500000000000002").respond(
        404, json=load("mastodon_not_found.json")
    )

    gone = make_source(http, []).missing(
        account(), ["113500000000000003", "113500000000000002", "../../admin"]
    )

    assert gone == {"113500000000000002"}


def test_handle_and_link_parsing() -> None:
    assert parse_handle("@Alice@Social.Example") == ("Alice", "social.example")
    assert parse_handle("alice@social.example") == ("alice", "social.example")
    assert parse_handle("@alice@localhost") is None
    assert next_max_id(NEXT_LINK) == "113500000000000002"
    assert next_max_id(f'<{STATUSES}?min_id=5>; rel="prev"') is None
    assert next_max_id(None) is None


def test_a_rate_limit_longer_than_the_bounded_wait_fails_without_waiting(
    router: respx.MockRouter, http: httpx.Client
) -> None:
    router.get(STATUSES).respond(
        429,
        json={"error": "Too many requests"},
        headers={"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "2026-11-24T12:20:00Z"},
    )
    sleeps: list[float] = []

    with pytest.raises(SourceError) as info:
        make_source(http, sleeps).fetch(account(), CURSOR)

    assert sleeps == []
    assert "rate limiting us until 2026-11-24 12:20:00 UTC" in info.value.message
    assert "run again later" in info.value.message


def test_endless_short_429s_are_bounded(router: respx.MockRouter, http: httpx.Client) -> None:
    router.get(STATUSES).respond(429, headers={"Retry-After": "1"})
    sleeps: list[float] = []

    with pytest.raises(SourceError) as info:
        make_source(http, sleeps).fetch(account(), CURSOR)

    assert sleeps == [2.0] * 10
    assert "HTTP 429 11 times in a row" in info.value.message
