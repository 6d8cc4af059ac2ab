"""Settings and factory for the live collectors (X, Mastodon, Bluesky, blog feeds).

`parse_source_settings` checks the `[sources.<network>]` tables of auditor.toml strictly (an
unknown key or a wrong type is an error naming the key); `build_live_sources` turns the settings
plus the injected HTTP client, environment, clock and sleep into one source per network. The
sources live for one run: the X read budget and the per-host rate-limit gate are per run.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any

import httpx

from auditor.config import located
from auditor.models import NETWORKS
from auditor.sources.base import Clock, Sleep, Source
from auditor.sources.bluesky import FILTERS, BlueskySource
from auditor.sources.feed import FeedSource
from auditor.sources.http import RateGate, RetryPolicy
from auditor.sources.mastodon import MastodonSource
from auditor.sources.x import DEFAULT_API, RoutedClient, XSource

LIVE_NETWORKS = ("x", "mastodon", "bluesky", "feed")
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,127}")


@dataclass(frozen=True)
class XSettings:
    base_url: str | None = None
    bearer_token_env: str = "X_BEARER_TOKEN"  # noqa: S105  # the variable's name, not a token
    include_reposts: bool = False
    max_posts_per_run: int = 10_000
    backfill_days: int = 30


@dataclass(frozen=True)
class MastodonSettings:
    base_url: str | None = None
    backfill_days: int = 30


@dataclass(frozen=True)
class BlueskySettings:
    base_url: str | None = None
    filter: str = "posts_no_replies"
    backfill_days: int = 30


@dataclass(frozen=True)
class FeedSettings:
    timeout: float = 30.0
    max_bytes: int = 5_000_000


@dataclass(frozen=True)
class LiveSettings:
    x: XSettings = field(default_factory=XSettings)
    mastodon: MastodonSettings = field(default_factory=MastodonSettings)
    bluesky: BlueskySettings = field(default_factory=BlueskySettings)
    feed: FeedSettings = field(default_factory=FeedSettings)


def _problem(value: object, expected: str) -> str | None:
    """What is wrong with one value for a dataclass field's annotation (as a string), if any."""
    if expected == "bool":
        if not isinstance(value, bool):
            return "must be true or false"
    elif expected == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            return "must be a whole number"
        if value < 1:
            return "must be at least 1"
    elif expected == "float":
        if isinstance(value, bool) or not isinstance(value, int | float):
            return "must be a number"
        if value <= 0:
            return "must be more than 0"
    elif expected in ("str", "str | None"):
        if not isinstance(value, str):
            return "must be a string"
    else:  # pragma: no cover - a new field type needs a rule here
        raise AssertionError(expected)
    return None


def _parse_table(name: str, table: Mapping[str, object], cls: type[Any], where: str) -> Any:
    known = {f.name: str(f.type) for f in fields(cls)}
    values: dict[str, object] = {}

    def fail(key: str, message: str) -> ValueError:
        # Only called on failure: locating the key reads the config file again.
        return ValueError(f"{located(where, 'sources', name, key)}: [sources.{name}] {message}")

    for key, value in table.items():
        if key not in known:
            raise fail(key, f"unknown key {key!r}; known keys: " + ", ".join(sorted(known)))
        problem = _problem(value, known[key])
        if problem is not None:
            raise fail(key, f"{key} {problem}")
        if key == "base_url":
            assert isinstance(value, str)
            if not re.fullmatch(r"https?://[^\s/?#]+(/[^\s?#]*)?", value):
                raise fail(
                    key, "base_url must be an http:// or https:// address without query or fragment"
                )
            value = value.rstrip("/")
        if key == "bearer_token_env":
            assert isinstance(value, str)
            if not _ENV_NAME.fullmatch(value):
                # Never echo the value: someone may have pasted the token itself here.
                raise fail(
                    key,
                    "bearer_token_env must be the NAME of an environment variable "
                    "(letters, digits, _), not the token",
                )
        if key == "filter" and value not in FILTERS:
            raise fail(key, "filter must be one of " + ", ".join(FILTERS))
        values[key] = float(value) if known[key] == "float" else value  # type: ignore[arg-type]
    return cls(**values)


def parse_source_settings(tables: Mapping[str, Mapping[str, object]], where: str) -> LiveSettings:
    """Settings from the `[sources]` table of auditor.toml (`where` is its path, for messages).

    Tables of the file-based sources (`archive`, `jsonl`) belong to their own parsers and are
    ignored here; any other table name is an error.
    """
    classes: dict[str, type[Any]] = {
        "x": XSettings,
        "mastodon": MastodonSettings,
        "bluesky": BlueskySettings,
        "feed": FeedSettings,
    }
    parsed: dict[str, Any] = {}
    for name, table in tables.items():
        if name not in classes:
            if name in NETWORKS:
                continue
            raise ValueError(
                f"{located(where, 'sources', name)}: [sources.{name}] unknown source {name!r}; "
                "known sources: " + ", ".join(NETWORKS)
            )
        if not isinstance(table, Mapping):
            raise ValueError(f"{located(where, 'sources', name)}: [sources.{name}] must be a table")
        parsed[name] = _parse_table(name, table, classes[name], where)
    return LiveSettings(**parsed)


def build_live_sources(
    settings: LiveSettings,
    *,
    http: httpx.Client,
    environ: Mapping[str, str],
    clock: Clock,
    sleep: Sleep,
    tweepy_client: Any | None = None,
) -> dict[str, Source]:
    """One source per live network, for one run.

    `tweepy_client` (tests) replaces the X client the factory would build; otherwise an X
    client is built when the bearer-token variable is set, routed to `[sources.x] base_url`.
    Without a token the X source still exists and fails each X account with a fatal error that
    names the variable, so a run without X accounts never needs a token.
    """
    gate = RateGate()  # one per run: instances' limits are shared by all their accounts
    policy = RetryPolicy()
    x = settings.x
    client: Any | None = tweepy_client
    if client is None:
        token = environ.get(x.bearer_token_env, "").strip()
        if token:
            client = RoutedClient(token, base_url=x.base_url, timeout=policy.timeout)
    sources: dict[str, Source] = {
        "x": XSource(
            client,
            clock=clock,
            sleep=sleep,
            token_env=x.bearer_token_env,
            include_reposts=x.include_reposts,
            max_posts_per_run=x.max_posts_per_run,
            backfill_days=x.backfill_days,
            api_url=x.base_url or DEFAULT_API,
            policy=policy,
        ),
        "mastodon": MastodonSource(
            http,
            clock=clock,
            sleep=sleep,
            base_url=settings.mastodon.base_url,
            backfill_days=settings.mastodon.backfill_days,
            policy=policy,
            gate=gate,
        ),
        "bluesky": BlueskySource(
            http,
            clock=clock,
            sleep=sleep,
            base_url=settings.bluesky.base_url,
            feed_filter=settings.bluesky.filter,
            backfill_days=settings.bluesky.backfill_days,
            policy=policy,
            gate=gate,
        ),
        "feed": FeedSource(
            http,
            clock=clock,
            sleep=sleep,
            policy=RetryPolicy(timeout=settings.feed.timeout, max_bytes=settings.feed.max_bytes),
            gate=gate,
        ),
    }
    return sources
