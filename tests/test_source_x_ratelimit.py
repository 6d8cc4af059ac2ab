"""The X collector slows down before X says 429: it reads x-rate-limit-* from every answer."""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest
import responses

from auditor.sources.base import SourceError
from auditor.sources.x import RoutedClient, XSource
from auditor.sources.x_rate import EndpointLimits, RateLimitAhead, endpoint_of
from tests.test_source_x import (
    NOW,
    START,
    TOKEN,
    USER_ID,
    account,
    add_page,
    add_user,
    load,
    timeline_params,
)

pytestmark = pytest.mark.usefixtures("no_real_sleep")

RESET = int(NOW.timestamp()) + 300  # the window resets five minutes after NOW
TOKEN1 = load("x_tweets_page1.json")["meta"]["next_token"]
TOKEN2 = load("x_tweets_page2_empty.json")["meta"]["next_token"]


def limits(remaining: str, reset: int = RESET, limit: str = "1500") -> dict[str, str]:
    return {
        "x-rate-limit-limit": limit,
        "x-rate-limit-remaining": remaining,
        "x-rate-limit-reset": str(reset),
    }


@pytest.fixture
def waits() -> list[tuple[int, float]]:
    return []


def source(mocked: responses.RequestsMock, waits: list[tuple[int, float]]) -> XSource:
    """An XSource whose sleeps land in `waits`, each with the number of requests sent before."""

    def sleep(seconds: float) -> None:
        waits.append((len(mocked.calls), seconds))

    return XSource(RoutedClient(TOKEN), clock=lambda: NOW, sleep=sleep)


def two_pages(mocked: Any, first: dict[str, str]) -> None:
    """The lookup, a page with a next_token answered with `first` headers, then a last page."""
    add_user(mocked)
    page1 = load("x_tweets_page1.json")
    add_page(mocked, page1, timeline_params(start_time=START), headers=first)
    params = timeline_params(start_time=START, pagination_token=TOKEN1)
    add_page(mocked, load("x_tweets_page3.json"), params)


def test_remaining_zero_makes_the_next_request_wait_until_reset_instead_of_a_429(
    mocked: Any, waits: list[tuple[int, float]], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    add_user(mocked)
    add_page(
        mocked, load("x_tweets_page1.json"), timeline_params(start_time=START), headers=limits("0")
    )
    # After the wait X opens a new window; plenty left, so page 3 follows without a wait.
    add_page(
        mocked,
        load("x_tweets_page2_empty.json"),
        timeline_params(start_time=START, pagination_token=TOKEN1),
        headers=limits("1499", reset=RESET + 900),
    )
    add_page(
        mocked,
        load("x_tweets_page3.json"),
        timeline_params(start_time=START, pagination_token=TOKEN2),
    )

    batch = source(mocked, waits).fetch(account(), None)

    assert waits == [(2, 301.0)]  # after the lookup and page 1, before page 2: reset + 1 s
    assert [c.response.status_code for c in mocked.calls] == [200, 200, 200, 200]
    assert [p.post_id for p in batch.posts][-1] == "1860000000000000001"
    assert (
        "X has no requests left for GET /2/users/:id/tweets (0 of 1500 remaining), "
        "the limit resets at 12:05:00 UTC; waiting 301 s before reading the timeline"
    ) in caplog.text
    assert TOKEN not in caplog.text


def test_remaining_above_zero_makes_no_wait(mocked: Any, waits: list[tuple[int, float]]) -> None:
    two_pages(mocked, limits("1"))

    batch = source(mocked, waits).fetch(account(), None)

    assert waits == []
    assert len(batch.posts) == 3


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"x-rate-limit-reset": str(RESET)},
        {"x-rate-limit-remaining": "0"},
        {"x-rate-limit-remaining": "0", "x-rate-limit-reset": ""},
        {"x-rate-limit-remaining": "0", "x-rate-limit-reset": "in five minutes"},
        {"x-rate-limit-remaining": "0", "x-rate-limit-reset": "99999999999999999999"},
        {"x-rate-limit-remaining": "0", "x-rate-limit-reset": "-5"},
        {"x-rate-limit-remaining": "none", "x-rate-limit-reset": str(RESET)},
        {"x-rate-limit-remaining": "-1", "x-rate-limit-reset": str(RESET)},
        {"x-rate-limit-remaining": "0.0", "x-rate-limit-reset": str(RESET)},
    ],
    ids=[
        "none",
        "no-remaining",
        "no-reset",
        "empty-reset",
        "text-reset",
        "huge-reset",
        "negative-reset",
        "text-remaining",
        "negative-remaining",
        "fraction-remaining",
    ],
)
def test_missing_or_malformed_headers_are_ignored(
    mocked: Any, waits: list[tuple[int, float]], headers: dict[str, str]
) -> None:
    two_pages(mocked, headers)

    batch = source(mocked, waits).fetch(account(), None)

    assert waits == []
    assert len(batch.posts) == 3


def test_a_reset_already_past_by_the_clock_needs_no_wait(
    mocked: Any, waits: list[tuple[int, float]]
) -> None:
    two_pages(mocked, limits("0", reset=int(NOW.timestamp()) - 10))

    batch = source(mocked, waits).fetch(account(), None)

    assert waits == []
    assert len(batch.posts) == 3


def test_a_spent_lookup_endpoint_does_not_hold_up_the_timeline(
    mocked: Any, waits: list[tuple[int, float]]
) -> None:
    mocked.get(
        "https://api.twitter.com/2/users/by/username/AliceExample",
        json=load("x_user.json"),
        headers=limits("0"),
    )
    page = load("x_tweets_page3.json")
    add_page(mocked, page, timeline_params(start_time=START), headers=limits("10"))

    batch = source(mocked, waits).fetch(account(), None)

    assert waits == []
    assert len(batch.posts) == 1


def test_the_wait_is_shared_by_the_next_account_of_the_run(
    mocked: Any, waits: list[tuple[int, float]]
) -> None:
    add_user(mocked)
    page = load("x_tweets_page3.json")
    add_page(mocked, page, timeline_params(start_time=START), headers=limits("0"))
    since = "1860000000000000001"
    add_page(mocked, load("x_tweets_empty.json"), timeline_params(since_id=since))
    x = source(mocked, waits)

    x.fetch(account(), None)
    other = x.fetch(account(person="p-other"), json.dumps({"user_id": USER_ID, "since_id": since}))

    assert waits == [(2, 301.0)]  # the second account waited before its first request
    assert other.posts == []


def test_a_wait_longer_than_the_bound_fails_the_account_without_a_request(
    mocked: Any, waits: list[tuple[int, float]]
) -> None:
    add_user(mocked)
    far = int(NOW.timestamp()) + 2000  # longer than the 900 s one call may wait
    add_page(
        mocked,
        load("x_tweets_page1.json"),
        timeline_params(start_time=START),
        headers=limits("0", reset=far),
    )
    x = source(mocked, waits)

    with pytest.raises(SourceError) as info:
        x.fetch(account(), None)
    # The endpoint stays closed: the next account of the run fails too, asking X nothing.
    cursor = json.dumps({"user_id": USER_ID, "since_id": "1"})
    with pytest.raises(SourceError) as again:
        x.fetch(account(person="p-other"), cursor)

    assert waits == []
    assert len(mocked.calls) == 2  # the lookup and page 1; page 2 was never asked for
    for error in (info.value, again.value):
        assert "until 12:33:20 UTC, longer than the 900 s this run may wait" in error.message
        assert "run again later" in error.message
        assert not error.fatal_for_network


def test_a_429_carrying_remaining_zero_is_waited_out_once(
    mocked: Any, waits: list[tuple[int, float]]
) -> None:
    add_user(mocked)
    reset = int(NOW.timestamp()) + 120
    params = timeline_params(start_time=START)
    add_page(mocked, load("x_429.json"), params, status=429, headers=limits("0", reset=reset))
    add_page(mocked, load("x_tweets_page3.json"), params, headers=limits("1499"))

    batch = source(mocked, waits).fetch(account(), None)

    assert waits == [(2, 121.0)]  # the 429's own wait; no second wait for the same reset
    assert len(batch.posts) == 1


@pytest.mark.parametrize(
    ("method", "route", "endpoint"),
    [
        ("GET", "/2/users/2244994945/tweets", "GET /2/users/:id/tweets"),
        ("GET", "/2/users/by/username/AliceExample", "GET /2/users/by/username/:username"),
        ("get", "/2/tweets", "GET /2/tweets"),
    ],
)
def test_requests_are_counted_per_endpoint_not_per_user(
    method: str, route: str, endpoint: str
) -> None:
    assert endpoint_of(method, route) == endpoint


def test_a_late_answer_from_the_spent_window_does_not_reopen_it() -> None:
    gate = EndpointLimits()
    gate.observe("GET /2/tweets", limits("0", reset=100))
    gate.observe("GET /2/tweets", limits("3", reset=100))  # sent before the last one was spent

    with pytest.raises(RateLimitAhead) as closed:
        gate.check("GET /2/tweets")
    gate.observe("GET /2/tweets", limits("3", reset=1000))  # a new window
    gate.check("GET /2/tweets")

    assert (closed.value.reset, closed.value.limit) == (100, 1500)


def test_waiting_reopens_only_the_reset_waited_for() -> None:
    gate = EndpointLimits()
    gate.observe("GET /2/tweets", limits("0", reset=100))
    with pytest.raises(RateLimitAhead) as first:
        gate.check("GET /2/tweets")
    gate.observe("GET /2/tweets", limits("0", reset=1000))  # spent again meanwhile

    first.value.waited()

    with pytest.raises(RateLimitAhead) as second:
        gate.check("GET /2/tweets")
    assert second.value.reset == 1000
    second.value.waited()
    gate.check("GET /2/tweets")
