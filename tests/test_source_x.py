"""The X collector against recorded-shape API v2 answers served by `responses` (no network)."""

from __future__ import annotations

import json
import logging
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
import requests
from responses import matchers

import auditor
from auditor.models import Account, Consent
from auditor.sources.base import SourceError
from auditor.sources.live import LiveSettings, XSettings, build_live_sources
from auditor.sources.x import RoutedClient, XSource

pytestmark = pytest.mark.usefixtures("no_real_sleep")  # from conftest

FIX = Path(__file__).parent / "fixtures" / "api"
NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
API = "https://api.twitter.com"
TOKEN = "AAAA-test-bearer-token-never-printed"
USER_ID = "2244994945"
TIMELINE = f"{API}/2/users/{USER_ID}/tweets"
FIELDS = "created_at,lang,public_metrics,referenced_tweets,entities,note_tweet"
START = "2026-10-25T12:00:00Z"  # NOW - 30 days


def load(name: str) -> Any:
    return json.loads((FIX / name).read_text())


def account(handle: str = "@AliceExample", person: str = "p-alice") -> Account:
    return Account(person, "x", handle, Consent(date(2026, 1, 1)))


def timeline_params(**extra: str) -> dict[str, str]:
    params = {"max_results": "100", "tweet.fields": FIELDS, "exclude": "retweets"}
    params.update(extra)
    return params


def make_source(sleeps: list[float], **kwargs: Any) -> XSource:
    return XSource(RoutedClient(TOKEN), clock=lambda: NOW, sleep=sleeps.append, **kwargs)


def add_user(mocked: Any) -> None:
    mocked.get(
        f"{API}/2/users/by/username/AliceExample",
        json=load("x_user.json"),
        match=[matchers.query_param_matcher({}, strict_match=True)],
    )


def add_page(mocked: Any, body: Any, params: dict[str, str], **kwargs: Any) -> None:
    mocked.get(
        TIMELINE,
        json=body,
        match=[matchers.query_param_matcher(params, strict_match=True)],
        **kwargs,
    )


def test_reads_every_page_until_next_token_is_absent_even_across_an_empty_page(
    mocked: Any,
) -> None:
    add_user(mocked)
    add_page(mocked, load("x_tweets_page1.json"), timeline_params(start_time=START))
    token1 = load("x_tweets_page1.json")["meta"]["next_token"]
    add_page(
        mocked,
        load("x_tweets_page2_empty.json"),
        timeline_params(start_time=START, pagination_token=token1),
    )
    token2 = load("x_tweets_page2_empty.json")["meta"]["next_token"]
    add_page(
        mocked,
        load("x_tweets_page3.json"),
        timeline_params(start_time=START, pagination_token=token2),
    )
    sleeps: list[float] = []

    batch = make_source(sleeps).fetch(account(), None)

    ids = [p.post_id for p in batch.posts]
    assert ids == ["1860000000000000005", "1860000000000000003", "1860000000000000001"]
    assert json.loads(batch.cursor or "") == {"user_id": USER_ID, "since_id": ids[0]}
    assert batch.notes == ["1 reposts skipped"]
    assert sleeps == []
    first, reply, long_post = batch.posts
    assert first.url == "https://x.com/AliceExample/status/1860000000000000005"
    assert first.text == "Launch day! Read more https://blog.example.org/launch"
    assert first.created_at == datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
    assert first.lang == "en"
    assert first.extra["metric_like_count"] == "12"
    assert (first.network, first.person_id, first.account) == ("x", "p-alice", "@AliceExample")
    assert first.fetched_at == NOW
    assert first.tool_version == auditor.__version__
    assert first.source == TIMELINE
    assert not first.is_repost
    assert reply.extra["replied_to"] == "1859999999999999000"  # replies are kept
    assert long_post.text.endswith("which is what the auditor must score.")
    assert long_post.lang is None  # "und" means X could not tell


def test_next_run_uses_user_id_and_since_id_from_the_cursor_without_a_lookup(
    mocked: Any,
) -> None:
    add_page(mocked, load("x_tweets_empty.json"), timeline_params(since_id="1860000000000000005"))
    cursor = json.dumps({"user_id": USER_ID, "since_id": "1860000000000000005"})

    batch = make_source([]).fetch(account(), cursor)

    assert batch.posts == []
    assert json.loads(batch.cursor or "") == {"user_id": USER_ID, "since_id": "1860000000000000005"}
    assert len(mocked.calls) == 1


def test_backfill_days_bounds_the_first_run(mocked: Any) -> None:
    add_user(mocked)
    add_page(
        mocked, load("x_tweets_empty.json"), timeline_params(start_time="2026-11-17T12:00:00Z")
    )

    batch = make_source([], backfill_days=7).fetch(account(), None)

    assert batch.posts == []
    assert json.loads(batch.cursor or "")["start_time"] == "2026-11-17T12:00:00Z"


def test_include_reposts_asks_for_retweets_and_marks_them(mocked: Any) -> None:
    add_user(mocked)
    page = load("x_tweets_page1.json")
    del page["meta"]["next_token"]
    params = timeline_params(start_time=START)
    del params["exclude"]
    add_page(mocked, page, params)

    batch = make_source([], include_reposts=True).fetch(account(), None)

    reposts = [p.post_id for p in batch.posts if p.is_repost]
    assert reposts == ["1860000000000000004"]
    assert len(batch.posts) == 3


def test_unknown_user_answered_200_with_errors_fails_that_account_only(mocked: Any) -> None:
    mocked.get(f"{API}/2/users/by/username/nosuchuser", json=load("x_user_not_found.json"))

    with pytest.raises(SourceError) as info:
        make_source([]).fetch(account("@nosuchuser"), None)

    assert not info.value.fatal_for_network
    assert "@nosuchuser" in info.value.message
    assert "Could not find user" in info.value.message
    assert "check the handle" in info.value.message


def test_429_waits_until_x_rate_limit_reset_through_injected_sleep(mocked: Any) -> None:
    add_user(mocked)
    reset = str(int(NOW.timestamp()) + 120)
    params = timeline_params(start_time=START)
    add_page(mocked, load("x_429.json"), params, status=429, headers={"x-rate-limit-reset": reset})
    page = load("x_tweets_page3.json")
    add_page(mocked, page, params)
    sleeps: list[float] = []

    batch = make_source(sleeps).fetch(account(), None)

    assert sleeps == [121.0]  # until the reset, plus one second for rounding
    assert [p.post_id for p in batch.posts] == ["1860000000000000001"]


def test_429_waits_are_bounded_then_the_account_fails(mocked: Any) -> None:
    add_user(mocked)
    reset = str(int(NOW.timestamp()) + 400)
    for _ in range(3):
        add_page(
            mocked,
            load("x_429.json"),
            timeline_params(start_time=START),
            status=429,
            headers={"x-rate-limit-reset": reset},
        )
    sleeps: list[float] = []

    with pytest.raises(SourceError) as info:
        make_source(sleeps).fetch(account(), None)

    assert sleeps == [401.0, 401.0]  # a third wait would pass the 900 s bound
    assert "run again later" in info.value.message
    assert not info.value.fatal_for_network


def test_5xx_is_retried_with_backoff_then_succeeds(mocked: Any) -> None:
    add_user(mocked)
    params = timeline_params(start_time=START)
    add_page(mocked, load("x_503.json"), params, status=503)
    add_page(mocked, load("x_503.json"), params, status=500)
    add_page(mocked, load("x_tweets_page3.json"), params)
    sleeps: list[float] = []

    batch = make_source(sleeps).fetch(account(), None)

    assert sleeps == [2.0, 4.0]
    assert len(batch.posts) == 1


def test_persistent_5xx_gives_up_after_bounded_retries(mocked: Any) -> None:
    add_user(mocked)
    for _ in range(4):
        add_page(mocked, load("x_503.json"), timeline_params(start_time=START), status=503)
    sleeps: list[float] = []

    with pytest.raises(SourceError) as info:
        make_source(sleeps).fetch(account(), None)

    assert sleeps == [2.0, 4.0, 8.0]
    assert "HTTP 503" in info.value.message


def test_connection_failure_is_retried_then_reported(mocked: Any) -> None:
    for _ in range(4):
        mocked.get(
            f"{API}/2/users/by/username/AliceExample",
            body=requests.ConnectionError("refused"),
        )
    sleeps: list[float] = []

    with pytest.raises(SourceError) as info:
        make_source(sleeps).fetch(account(), None)

    assert sleeps == [2.0, 4.0, 8.0]
    assert "could not reach the X API" in info.value.message


@pytest.mark.parametrize(("status", "fixture"), [(401, "x_401.json"), (403, "x_403.json")])
def test_401_and_403_are_fatal_for_x_and_name_the_variable_never_the_token(
    mocked: Any, caplog: pytest.LogCaptureFixture, status: int, fixture: str
) -> None:
    caplog.set_level(logging.DEBUG)
    mocked.get(f"{API}/2/users/by/username/AliceExample", json=load(fixture), status=status)

    with pytest.raises(SourceError) as info:
        make_source([]).fetch(account(), None)

    assert info.value.fatal_for_network
    assert "X_BEARER_TOKEN" in info.value.message
    assert TOKEN not in info.value.message
    assert TOKEN not in caplog.text
    assert mocked.calls[0].request.headers["Authorization"] == f"Bearer {TOKEN}"


def test_missing_token_variable_is_fatal_without_any_request(mocked: Any) -> None:
    settings = LiveSettings(x=XSettings(bearer_token_env="MY_X_TOKEN"))
    with httpx.Client() as http:
        sources = build_live_sources(
            settings, http=http, environ={}, clock=lambda: NOW, sleep=lambda s: None
        )

    with pytest.raises(SourceError) as info:
        sources["x"].fetch(account(), None)

    assert info.value.fatal_for_network
    assert "MY_X_TOKEN" in info.value.message
    assert len(mocked.calls) == 0


def test_handle_in_the_wrong_form_fails_that_account_without_a_request(mocked: Any) -> None:
    with pytest.raises(SourceError) as info:
        make_source([]).fetch(account("alice@mastodon.social"), None)

    assert not info.value.fatal_for_network
    assert "@username" in info.value.message
    assert len(mocked.calls) == 0


def test_an_answer_that_is_not_json_fails_the_account(mocked: Any) -> None:
    mocked.get(
        f"{API}/2/users/by/username/AliceExample",
        body="<html>gateway</html>",
        content_type="text/html",
    )

    with pytest.raises(SourceError) as info:
        make_source([]).fetch(account(), None)

    assert "not JSON" in info.value.message


def test_read_budget_is_shared_across_accounts_and_the_gap_is_read_next_run(
    mocked: Any,
) -> None:
    add_user(mocked)
    page = load("x_tweets_page1.json")  # three posts and a next_token
    # Only 3 posts may be read, so only 5 (the API's smallest page) are asked for.
    add_page(mocked, page, timeline_params(start_time=START, max_results="5"))
    source = make_source([], max_posts_per_run=3)

    first = source.fetch(account(), None)
    # The budget is spent: a second X account in the same run is not read at all.
    other = source.fetch(account("@AliceExample", person="p-other"), None)

    assert len(first.posts) == 2  # the repost counted against the budget but was skipped
    assert any("X read budget of 3 posts reached" in n for n in first.notes)
    assert any("X read budget of 3 posts reached" in n for n in other.notes)
    assert other.posts == [] and other.cursor is None  # no request, the saved cursor stays
    assert len(mocked.calls) == 2  # the lookup and one page: nothing for the second account
    resume = json.loads(first.cursor or "")
    assert resume == {
        "user_id": USER_ID,
        "start_time": START,
        "until_id": "1860000000000000003",
        "newest_id": "1860000000000000005",
    }

    # Next run: the gap below the oldest post read comes first, then the cursor moves on.
    mocked.reset()
    add_page(
        mocked,
        load("x_tweets_page3.json"),
        timeline_params(start_time=START, until_id="1860000000000000003", max_results="5"),
    )
    second = make_source([], max_posts_per_run=3).fetch(account(), first.cursor)

    assert [p.post_id for p in second.posts] == ["1860000000000000001"]
    assert json.loads(second.cursor or "") == {
        "user_id": USER_ID,
        "since_id": "1860000000000000005",
    }


def test_base_url_routes_every_tweepy_request_to_the_given_host(mocked: Any) -> None:
    host = "http://x-api.internal.test:8080"
    mocked.get(f"{host}/2/users/by/username/AliceExample", json=load("x_user.json"))
    page = load("x_tweets_page3.json")
    mocked.get(f"{host}/2/users/{USER_ID}/tweets", json=page)
    mocked.get(
        f"{host}/2/tweets",
        json=load("x_tweets_lookup.json"),
        match=[matchers.query_param_matcher({"ids": "1860000000000000001"})],
    )
    settings = LiveSettings(x=XSettings(base_url=host))
    with httpx.Client() as http:
        x = build_live_sources(
            settings,
            http=http,
            environ={"X_BEARER_TOKEN": TOKEN},
            clock=lambda: NOW,
            sleep=lambda s: None,
        )["x"]

        batch = x.fetch(account(), None)
        gone = x.missing(account(), ["1860000000000000001"])  # type: ignore[attr-defined]

    # `responses` refuses any URL not registered, so every call went to `host`.
    assert all(c.request.url.startswith(host + "/2/") for c in mocked.calls)
    assert len(mocked.calls) == 3
    assert batch.posts[0].source == f"{host}/2/users/{USER_ID}/tweets"
    assert gone == {"1860000000000000001"}


def test_missing_reports_posts_x_no_longer_serves(mocked: Any) -> None:
    ids = ["1860000000000000005", "1860000000000000003", "1860000000000000002"]
    mocked.get(
        f"{API}/2/tweets",
        json=load("x_tweets_lookup.json"),
        match=[matchers.query_param_matcher({"ids": ",".join(ids)}, strict_match=True)],
    )

    gone = make_source([]).missing(account(), ids)

    # 5 is still there; 2 is withheld (protected), not deleted; 3 is gone.
    assert gone == {"1860000000000000003"}


def test_paging_stops_at_the_apis_timeline_limit_and_the_cursor_moves_on(
    mocked: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The real limit is 3,200 posts; a limit of 3 keeps the fixture small.
    monkeypatch.setattr("auditor.sources.x.TIMELINE_LIMIT", 3)
    add_user(mocked)
    add_page(mocked, load("x_tweets_page1.json"), timeline_params(start_time=START))

    batch = make_source([]).fetch(account(), None)

    assert len(mocked.calls) == 2  # the next_token of page 1 is not followed
    assert json.loads(batch.cursor or "") == {
        "user_id": USER_ID,
        "since_id": "1860000000000000005",
    }


def test_links_in_the_rest_of_a_long_post_are_expanded_from_its_own_entities(
    mocked: Any,
) -> None:
    add_user(mocked)
    page = {
        "data": [
            {
                "id": "1860000000000000009",
                "edit_history_tweet_ids": ["1860000000000000009"],
                "text": "See https://t.co/first and then\u2026",
                "created_at": "2026-11-20T07:00:00.000Z",
                "entities": {
                    "urls": [{"url": "https://t.co/first", "expanded_url": "https://a.example/1"}]
                },
                "note_tweet": {
                    "text": "See https://t.co/first and then, much later, https://t.co/second",
                    "entities": {
                        "urls": [
                            {"url": "https://t.co/second", "expanded_url": "https://b.example/2"}
                        ]
                    },
                },
            }
        ],
        "meta": {"result_count": 1, "newest_id": "1860000000000000009"},
    }
    add_page(mocked, page, timeline_params(start_time=START))

    batch = make_source([]).fetch(account(), None)

    assert [p.text for p in batch.posts] == [
        "See https://a.example/1 and then, much later, https://b.example/2"
    ]
