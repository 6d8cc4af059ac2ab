"""Shared HTTP plumbing for the live collectors (Mastodon, Bluesky, blog feeds).

One `Fetcher` per source per run wraps the injected `httpx.Client` and adds what every network
needs: bounded retries with exponential backoff on 5xx and connection failures, waiting out 429s
until the advertised reset, honouring per-host `X-RateLimit-Remaining`/`Reset` before a host runs
dry, a cap on response size (post text is hostile, so are bodies), and error messages a person can
act on. Waiting always goes through the injected `sleep` and `clock`, so tests never really wait.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from typing import Any

import httpx

from auditor.sources.base import Clock, Sleep, SourceError

# Header names differ per network; httpx headers are case-insensitive.
_REMAINING_HEADERS = ("x-ratelimit-remaining", "ratelimit-remaining", "x-rate-limit-remaining")
_RESET_HEADERS = ("x-ratelimit-reset", "ratelimit-reset", "x-rate-limit-reset")


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How long one account may keep trying before its fetch gives up.

    `attempts` bounds tries for 5xx and connection failures; `max_rate_wait` bounds the total
    seconds one account's fetch may spend waiting on rate limits (15 minutes is one X window).
    """

    attempts: int = 4
    backoff: float = 2.0
    backoff_cap: float = 60.0
    max_rate_wait: float = 900.0
    default_rate_wait: float = 60.0
    max_rate_limited: int = 10  # 429s in a row, even when each asks for a short wait
    timeout: float = 30.0
    max_bytes: int = 20_000_000

    def delay(self, attempt: int) -> float:
        """Backoff before retry number `attempt` (1-based): backoff, 2*backoff, ... capped."""
        return float(min(self.backoff * (2 ** (attempt - 1)), self.backoff_cap))

    def retry_or_raise(self, failures: int, sleep: Callable[[float], None], error: str) -> None:
        """After failure number `failures`: back off before the next try, or give up with
        `error` (which says what failed and what to do) when the tries are spent."""
        if failures >= self.attempts:
            raise SourceError(error) from None
        sleep(self.delay(failures))


def parse_reset(value: str | None, now: datetime) -> datetime | None:
    """Read a rate-limit reset header: epoch seconds (X, Bluesky) or ISO 8601 (Mastodon)."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        number = float(text)
    except ValueError:
        pass
    else:
        # Small numbers are "seconds from now" (draft IETF RateLimit headers), big ones epochs.
        if number < 1_000_000_000:
            return now + timedelta(seconds=max(number, 0.0))
        return datetime.fromtimestamp(number, UTC)
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError):
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def retry_after(headers: httpx.Headers, now: datetime) -> datetime | None:
    """When a 429 says to come back: `Retry-After` first, then the reset headers."""
    value = headers.get("retry-after")
    if value is not None:
        found = parse_reset(value, now)
        if found is not None:
            return found
    for name in _RESET_HEADERS:
        found = parse_reset(headers.get(name), now)
        if found is not None:
            return found
    return None


@dataclass(slots=True)
class WaitBudget:
    """Seconds one account's fetch has spent waiting on rate limits so far."""

    limit: float
    waited: float = 0.0

    def allows(self, seconds: float) -> bool:
        return self.waited + seconds <= self.limit

    def spend(self, seconds: float) -> None:
        self.waited += seconds


@dataclass(slots=True)
class RateGate:
    """Per-host "do not call before" times, shared by every account of one run.

    Accounts run concurrently, so the map is guarded by a lock; the waiting itself happens
    outside the lock so one account's wait does not block accounts on other hosts.
    """

    _blocked_until: dict[str, datetime] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def block(self, host: str, until: datetime) -> None:
        with self._lock:
            current = self._blocked_until.get(host)
            if current is None or until > current:
                self._blocked_until[host] = until

    def blocked_until(self, host: str) -> datetime | None:
        with self._lock:
            return self._blocked_until.get(host)

    def observe(self, host: str, headers: httpx.Headers, now: datetime) -> None:
        """Remember a host that just said it has no requests left until its reset."""
        remaining = next((headers[n] for n in _REMAINING_HEADERS if n in headers), None)
        if remaining is None:
            return
        try:
            left = int(float(remaining))
        except ValueError:
            return
        if left > 0:
            return
        reset = next(
            (r for n in _RESET_HEADERS if (r := parse_reset(headers.get(n), now)) is not None),
            None,
        )
        if reset is not None:
            self.block(host, reset)


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fully read response: the body is bytes already capped at `RetryPolicy.max_bytes`."""

    status: int
    url: str
    headers: httpx.Headers
    body: bytes

    def json(self, who: str) -> Any:
        """The body as JSON, or a SourceError saying the server did not answer with JSON."""
        try:
            return json.loads(self.body)
        except (ValueError, UnicodeDecodeError):
            kind = self.headers.get("content-type", "unknown type").split(";")[0]
            raise SourceError(
                f"{who}: {self.url} answered HTTP {self.status} with {kind}, not JSON; "
                "check the instance or base_url points at the real API, then run again"
            ) from None


class Fetcher:
    """GET with retries, rate-limit waits and a size cap, over an injected httpx client."""

    def __init__(
        self,
        client: httpx.Client,
        *,
        clock: Clock,
        sleep: Sleep,
        policy: RetryPolicy | None = None,
        gate: RateGate | None = None,
    ) -> None:
        self.client = client
        self.clock = clock
        self.sleep = sleep
        self.policy = policy or RetryPolicy()
        self.gate = gate or RateGate()

    def budget(self) -> WaitBudget:
        return WaitBudget(self.policy.max_rate_wait)

    def get(
        self,
        url: str,
        *,
        who: str,
        budget: WaitBudget,
        params: Mapping[str, str] | None = None,
        headers: dict[str, str] | None = None,
    ) -> Fetched:
        """Fetch `url`; return any answer below 500 except 429 (callers map 4xx themselves).

        Raises SourceError when the host cannot be reached, keeps failing with 5xx, or wants
        a longer rate-limit wait than the account's budget allows.
        """
        try:
            parsed = httpx.URL(url)
        except httpx.InvalidURL:
            raise SourceError(f"{who}: {url!r} is not a valid address; fix it") from None
        host = f"{parsed.host}:{parsed.port}" if parsed.port else parsed.host  # gate key
        failures = 0
        limited = 0
        cleared: datetime | None = None  # the reset this call already waited through
        while True:
            cleared = self._wait_for_gate(host, who=who, budget=budget, cleared=cleared)
            try:
                fetched = self._once(url, params=params, headers=headers, who=who)
            except httpx.TransportError as exc:
                failures += 1
                self.policy.retry_or_raise(
                    failures,
                    self.sleep,
                    f"{who}: could not reach {host} ({type(exc).__name__}) after "
                    f"{failures} tries; check the host name is right and the server is up, "
                    "then run again",
                )
                continue
            except (httpx.HTTPError, httpx.InvalidURL) as exc:
                # Redirect loops, undecodable bodies, bad redirect targets: retrying won't help.
                raise SourceError(
                    f"{who}: reading {host} failed ({type(exc).__name__}); check the address "
                    "in the roster or the configured base_url"
                ) from None
            now = self.clock()
            self.gate.observe(host, fetched.headers, now)
            if fetched.status == 429:
                limited += 1
                if limited > self.policy.max_rate_limited:
                    raise SourceError(
                        f"{who}: {host} answered HTTP 429 {limited} times in a row; run again later"
                    )
                # Every account on this host waits for the reset; the wait happens at the top
                # of the loop, bounded by this account's budget.
                until = retry_after(fetched.headers, now) or now + timedelta(
                    seconds=self.policy.default_rate_wait
                )
                self.gate.block(host, max(until, now + timedelta(seconds=1)))
                cleared = None
                continue
            if fetched.status >= 500:
                failures += 1
                self.policy.retry_or_raise(
                    failures,
                    self.sleep,
                    f"{who}: {host} kept failing (HTTP {fetched.status}) after {failures} "
                    "tries; the service is having trouble, run again later",
                )
                continue
            return fetched

    def _wait_for_gate(
        self, host: str, *, who: str, budget: WaitBudget, cleared: datetime | None
    ) -> datetime | None:
        """Sleep until the host's reset if it has one pending; return the reset waited for."""
        until = self.gate.blocked_until(host)
        if until is None or (cleared is not None and until <= cleared):
            return cleared
        wait = (until - self.clock()).total_seconds()
        if wait <= 0:
            return cleared
        wait += 1.0  # reset times are rounded; one spare second avoids an immediate 429
        if not budget.allows(wait):
            raise SourceError(
                f"{who}: {host} is rate limiting us until {until:%Y-%m-%d %H:%M:%S} UTC, "
                f"longer than the {self.policy.max_rate_wait:.0f} s this run may wait; "
                "run again later"
            )
        budget.spend(wait)
        self.sleep(wait)
        return until

    def _once(
        self,
        url: str,
        *,
        params: Mapping[str, str] | None,
        headers: dict[str, str] | None,
        who: str,
    ) -> Fetched:
        with self.client.stream(
            "GET",
            url,
            params=params,
            headers=headers,
            timeout=self.policy.timeout,
            follow_redirects=True,
        ) as response:
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > self.policy.max_bytes:
                    raise SourceError(
                        f"{who}: {response.url} sent more than {self.policy.max_bytes} bytes; "
                        "refused. Check the address points at an API or feed, not a download"
                    )
                chunks.append(chunk)
            return Fetched(
                status=response.status_code,
                url=str(response.url),
                headers=response.headers,
                body=b"".join(chunks),
            )


def unexpected_status(who: str, fetched: Fetched) -> SourceError:
    """A SourceError for a 4xx the caller has no specific handling for."""
    return SourceError(
        f"{who}: {fetched.url} answered HTTP {fetched.status}; check the handle and "
        "the configured base_url, then run again"
    )


def parse_time(value: object) -> datetime | None:
    """An ISO 8601 timestamp as an aware UTC datetime (None when absent or unreadable)."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


# Elements after which a reader sees a new line; paragraphs and blocks get a blank line.
_LINE_BREAK = frozenset({"br"})
_BLOCKS = frozenset(
    {"p", "div", "li", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "ul", "ol"}
)
_SKIP = frozenset({"script", "style", "template"})


class _TextExtractor(HTMLParser):
    """Collects the visible text of an HTML fragment, keeping line structure and link text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip_depth += 1
        elif tag in _LINE_BREAK:
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _LINE_BREAK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip_depth = max(self._skip_depth - 1, 0)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: <br> is a line break, blocks are paragraphs, links keep
    their text (Mastodon splits long URLs into hidden spans; joining them restores the URL)."""
    parser = _TextExtractor()
    parser.feed(fragment)
    parser.close()
    text = "".join(parser.parts)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    # Collapse runs of blank lines to one, trim the ends.
    out: list[str] = []
    for line in lines:
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)
