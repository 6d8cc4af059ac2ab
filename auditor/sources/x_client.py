"""The X collector's network edge: a routed tweepy client and the call wrapper around it.

`RoutedClient` sends every tweepy request to a configurable host without logging the bearer
token, and stops before calling an endpoint whose allowance X said is spent (see `x_rate`).
`XCalls` runs one tweepy call the way every X read needs it: rate-limit waits and bounded
retries through the injected clock and sleep, and errors mapped to messages a person can act on.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

import requests
import tweepy

from auditor.sources.base import Clock, Sleep, SourceError
from auditor.sources.http import RetryPolicy
from auditor.sources.x_rate import EndpointLimits, RateLimitAhead, endpoint_of, header_number

log = logging.getLogger(__name__)

DEFAULT_API = "https://api.twitter.com"


class RoutedClient(tweepy.Client):  # type: ignore[misc]  # tweepy has no type hints
    """tweepy.Client that sends every request to `base_url` and never logs its headers.

    tweepy hard-codes its API host and logs request headers (the bearer token) at DEBUG; this
    override keeps tweepy's error mapping but fixes both, and adds a timeout tweepy lacks. It
    also reads X's rate-limit headers from every answer but a 429 (a 429 is waited out by the
    call that got it) and raises `RateLimitAhead` rather than call an endpoint with none left.
    """

    def __init__(self, bearer_token: str, *, base_url: str | None = None, timeout: float = 30.0):
        super().__init__(bearer_token=bearer_token, wait_on_rate_limit=False)
        self.base_url = (base_url or DEFAULT_API).rstrip("/")
        self.timeout = timeout
        self.rate_limits = EndpointLimits()  # one client per run: shared by all its accounts

    def request(
        self,
        method: str,
        route: str,
        params: dict[str, Any] | None = None,
        json: Any = None,
        user_auth: bool = False,
    ) -> requests.Response:
        if user_auth:
            raise tweepy.TweepyException("auditor reads X with an app bearer token only")
        endpoint = endpoint_of(method, route)
        self.rate_limits.check(endpoint)
        headers = {"User-Agent": self.user_agent, "Authorization": f"Bearer {self.bearer_token}"}
        response = self.session.request(
            method,
            self.base_url + route,
            params=params,
            json=json,
            headers=headers,
            timeout=self.timeout,
        )
        with response:
            status = response.status_code
            if status != 429:
                self.rate_limits.observe(endpoint, response.headers)
            if status == 400:
                raise tweepy.BadRequest(response)
            if status == 401:
                raise tweepy.Unauthorized(response)
            if status == 403:
                raise tweepy.Forbidden(response)
            if status == 404:
                raise tweepy.NotFound(response)
            if status == 429:
                reset = header_number(response.headers.get("x-rate-limit-reset"))
                raise tweepy.TooManyRequests(response, reset_time=reset)
            if status >= 500:
                raise tweepy.TwitterServerError(response)
            if not 200 <= status < 300:
                raise tweepy.HTTPException(response)
            return response  # type: ignore[no-any-return]  # requests' session is untyped here


def token_error(token_env: str, who: str, what: str) -> SourceError:
    """The error for a missing or refused bearer token: it names the variable, never the token."""
    return SourceError(
        f"{who}: the X bearer token {what}; set the environment variable {token_env} "
        "to the app's bearer token (X developer portal, Keys and tokens) and run again",
        fatal_for_network=True,
    )


class XCalls:
    """Runs tweepy calls for one XSource: rate-limit waits and 5xx backoff, errors a person can
    act on. The rate-limit waits of one call (before a spent endpoint and after 429s) share
    `policy.max_rate_wait`; a longer wait fails the account with "run again later" instead."""

    def __init__(self, *, clock: Clock, sleep: Sleep, policy: RetryPolicy, token_env: str) -> None:
        self.clock = clock
        self.sleep = sleep
        self.policy = policy
        self.token_env = token_env

    def __call__(self, who: str, what: str, fn: Any, /, **kwargs: Any) -> Any:
        """One tweepy call with 429 waits and 5xx backoff, all through the injected sleep."""
        waited = 0.0
        failures = 0
        while True:
            try:
                return fn(**kwargs)
            except RateLimitAhead as ahead:
                now = self.clock().timestamp()
                wait = ahead.reset - now + 1.0 if ahead.reset > now else 0.0
                of = f" of {ahead.limit}" if ahead.limit is not None else ""
                reason = f"X has no requests left for {ahead.endpoint} (0{of} remaining)"
                waited += self._wait(who, what, ahead.reset, wait, waited, reason)
                ahead.waited()
            except tweepy.TooManyRequests as exc:
                now = self.clock().timestamp()
                reset = getattr(exc, "reset_time", None)
                wait = (
                    max(float(reset) - now, 0.0) + 1.0
                    if reset is not None
                    else self.policy.default_rate_wait
                )
                waited += self._wait(who, what, reset, wait, waited, "X answered HTTP 429")
            except tweepy.TwitterServerError as exc:
                failures += 1
                self.policy.retry_or_raise(
                    failures,
                    self.sleep,
                    f"{who}: X answered HTTP {exc.response.status_code} {failures} times "
                    f"while {what}; X is having trouble, run again later",
                )
            except tweepy.Unauthorized:
                raise token_error(self.token_env, who, "was refused by X (HTTP 401)") from None
            except tweepy.Forbidden as exc:
                detail = "; ".join(str(m) for m in exc.api_messages)[:200]
                raise SourceError(
                    f"{who}: X refused access (HTTP 403{': ' + detail if detail else ''}) while "
                    f"{what}; set {self.token_env} to the bearer token of an app whose plan "
                    "includes API v2 timeline reads",
                    fatal_for_network=True,
                ) from None
            except tweepy.HTTPException as exc:
                detail = "; ".join(str(m) for m in exc.api_messages)[:300]
                raise SourceError(
                    f"{who}: X answered HTTP {exc.response.status_code} while {what}"
                    f"{' (' + detail + ')' if detail else ''}; check the handle in the roster"
                ) from None
            except requests.JSONDecodeError:
                raise SourceError(
                    f"{who}: the answer while {what} is not JSON; check that "
                    "[sources.x] base_url points at the X API, then run again"
                ) from None
            except requests.RequestException as exc:
                failures += 1
                self.policy.retry_or_raise(
                    failures,
                    self.sleep,
                    f"{who}: could not reach the X API ({type(exc).__name__}) after "
                    f"{failures} tries while {what}; check the network and "
                    "[sources.x] base_url, then run again",
                )

    def _wait(
        self, who: str, what: str, reset: float | None, wait: float, waited: float, reason: str
    ) -> float:
        """Sleep `wait` seconds for a rate limit, or fail when the call's bound would pass."""
        at = "" if reset is None else f"{datetime.fromtimestamp(float(reset), UTC):%H:%M:%S} UTC"
        if waited + wait > self.policy.max_rate_wait:
            raise SourceError(
                f"{who}: X rate limit reached while {what}{' until ' + at if at else ''}, longer "
                f"than the {self.policy.max_rate_wait:.0f} s this run may wait; run again later"
            ) from None
        if wait > 0:
            resets = f", the limit resets at {at}" if at else ""
            log.info("%s: %s%s; waiting %.0f s before %s", who, reason, resets, wait, what)
            self.sleep(wait)
        return wait
