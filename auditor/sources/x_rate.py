"""Slowing down before X answers 429: per-endpoint allowances read from every response.

X answers each API v2 request with `x-rate-limit-limit`, `x-rate-limit-remaining` and
`x-rate-limit-reset` (epoch seconds) for the endpoint called. Limits are per endpoint and, with
an app bearer token, per app, so one `EndpointLimits` is shared by every X account of a run.
When an answer says no more than `RESERVE` requests are left, the endpoint is closed until its
reset: the next request to it raises `RateLimitAhead` before anything is sent, the caller waits
(through its injected clock and sleep, within its wait bound) and then reopens the endpoint.

`RESERVE` is 0, i.e. wait once `remaining` reaches 0. Lower X plans allow only a handful of
timeline requests per 15 minutes, so holding some back would cost a large share of them; the
race a reserve would cover (accounts read concurrently can have a request in flight when the
last one is spent) ends in a 429, which the caller already waits out.

Missing or malformed headers close nothing: without both numbers there is nothing to go by.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping

RESERVE = 0
_NUMBER = re.compile(r"[0-9]{1,10}")  # a count or an epoch before 2286; anything else is ignored
_USERNAME = re.compile(r"(/by/username/)[^/]+")
_NUMERIC = re.compile(r"(?<=/)[0-9]+(?=/|$)")


def endpoint_of(method: str, route: str) -> str:
    """The endpoint X counts a request against: "GET /2/users/123/tweets" -> ".../:id/tweets"."""
    version, _, path = route.lstrip("/").partition("/")  # "2", "users/123/tweets"
    path = _NUMERIC.sub(":id", _USERNAME.sub(r"\1:username", "/" + path))
    return f"{method.upper()} /{version}{path}"


def header_number(value: str | None) -> int | None:
    """A rate-limit header's whole number, or None when it is missing or malformed."""
    if value is None or not _NUMBER.fullmatch(value.strip()):
        return None
    return int(value.strip())


class RateLimitAhead(Exception):
    """Raised instead of sending a request to an endpoint with no requests left until `reset`."""

    def __init__(self, limits: EndpointLimits, endpoint: str, reset: int, limit: int | None):
        super().__init__(f"{endpoint}: no requests left until {reset}")
        self.limits = limits
        self.endpoint = endpoint
        self.reset = reset  # epoch seconds
        self.limit = limit  # requests per window, when X said

    def waited(self) -> None:
        """The caller has waited until `reset`: let requests to the endpoint through again."""
        self.limits.reopen(self.endpoint, self.reset)


class EndpointLimits:
    """Endpoints with no requests left, each with the reset it waits for (thread-safe)."""

    def __init__(self) -> None:
        self._closed: dict[str, tuple[int, int | None]] = {}  # endpoint -> (reset, limit)
        self._lock = threading.Lock()

    def check(self, endpoint: str) -> None:
        """Raise RateLimitAhead when `endpoint` is closed; return when it may be called."""
        with self._lock:
            closed = self._closed.get(endpoint)
        if closed is not None:
            raise RateLimitAhead(self, endpoint, *closed)

    def observe(self, endpoint: str, headers: Mapping[str, str]) -> None:
        """Read one answer's rate-limit headers (a case-insensitive mapping)."""
        remaining = header_number(headers.get("x-rate-limit-remaining"))
        reset = header_number(headers.get("x-rate-limit-reset"))
        limit = header_number(headers.get("x-rate-limit-limit"))
        if remaining is None or reset is None:
            return
        with self._lock:
            current = self._closed.get(endpoint)
            if remaining <= RESERVE:
                if current is None or reset > current[0]:
                    self._closed[endpoint] = (reset, limit)
            elif current is not None and reset > current[0]:
                # A later window with requests left; an answer from the closed window that
                # arrives late (sent before the last request was spent) changes nothing.
                del self._closed[endpoint]

    def reopen(self, endpoint: str, reset: int) -> None:
        """Open `endpoint` if it is still closed until `reset` (not a later reset)."""
        with self._lock:
            current = self._closed.get(endpoint)
            if current is not None and current[0] <= reset:
                del self._closed[endpoint]
