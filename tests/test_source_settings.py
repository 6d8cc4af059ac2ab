"""[sources.*] settings of the live collectors: strict parsing and the factory's wiring."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest

from auditor.sources.bluesky import BlueskySource
from auditor.sources.feed import FeedSource
from auditor.sources.live import (
    BlueskySettings,
    FeedSettings,
    LiveSettings,
    MastodonSettings,
    XSettings,
    build_live_sources,
    parse_source_settings,
)
from auditor.sources.mastodon import MastodonSource
from auditor.sources.x import RoutedClient, XSource

WHERE = "/etc/auditor/auditor.toml"


def test_parses_every_table_and_ignores_the_file_based_sources() -> None:
    settings = parse_source_settings(
        {
            "x": {
                "base_url": "http://127.0.0.1:8080/",
                "bearer_token_env": "CORP_X_TOKEN",
                "include_reposts": True,
                "max_posts_per_run": 500,
                "backfill_days": 7,
            },
            "mastodon": {"base_url": "https://mastodon.example"},
            "bluesky": {"filter": "posts_with_replies", "backfill_days": 3},
            "feed": {"timeout": 5, "max_bytes": 1000},
            "archive": {"anything": "belongs to the archive parser"},
        },
        WHERE,
    )

    assert settings == LiveSettings(
        x=XSettings("http://127.0.0.1:8080", "CORP_X_TOKEN", True, 500, 7),
        mastodon=MastodonSettings(base_url="https://mastodon.example"),
        bluesky=BlueskySettings(filter="posts_with_replies", backfill_days=3),
        feed=FeedSettings(timeout=5.0, max_bytes=1000),
    )
    assert parse_source_settings({}, WHERE) == LiveSettings()


@pytest.mark.parametrize(
    ("tables", "message"),
    [
        ({"x": {"bearer": "x"}}, "[sources.x] unknown key 'bearer'"),
        ({"x": {"max_posts_per_run": "100"}}, "[sources.x] max_posts_per_run must be a whole"),
        ({"x": {"max_posts_per_run": True}}, "[sources.x] max_posts_per_run must be a whole"),
        ({"x": {"backfill_days": 0}}, "[sources.x] backfill_days must be at least 1"),
        ({"x": {"include_reposts": "yes"}}, "[sources.x] include_reposts must be true or false"),
        ({"mastodon": {"base_url": "mastodon.example"}}, "[sources.mastodon] base_url must be"),
        ({"bluesky": {"filter": "everything"}}, "[sources.bluesky] filter must be one of"),
        ({"feed": {"timeout": -1}}, "[sources.feed] timeout must be more than 0"),
        ({"twitter": {}}, "[sources.twitter] unknown source 'twitter'"),
    ],
)
def test_unknown_keys_and_wrong_types_name_the_key(
    tables: dict[str, dict[str, object]], message: str
) -> None:
    with pytest.raises(ValueError) as info:
        parse_source_settings(tables, WHERE)

    assert str(info.value).startswith(f"{WHERE}: {message}")


def test_a_token_pasted_into_bearer_token_env_is_never_echoed() -> None:
    token = "AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI%3DEUifiRBkKG5E2"
    with pytest.raises(ValueError) as info:
        parse_source_settings({"x": {"bearer_token_env": token}}, WHERE)

    assert "bearer_token_env must be the NAME" in str(info.value)
    assert token not in str(info.value)


def test_factory_builds_one_source_per_live_network_with_a_routed_x_client() -> None:
    settings = LiveSettings(x=XSettings(base_url="http://127.0.0.1:9", bearer_token_env="T"))
    with httpx.Client() as http:
        sources = build_live_sources(
            settings,
            http=http,
            environ={"T": "secret"},
            clock=lambda: datetime(2026, 11, 24, tzinfo=UTC),
            sleep=lambda s: None,
        )

    assert set(sources) == {"x", "mastodon", "bluesky", "feed"}
    assert {name: s.network for name, s in sources.items()} == {n: n for n in sources}
    x = sources["x"]
    assert isinstance(x, XSource) and isinstance(x.client, RoutedClient)
    assert x.client.base_url == "http://127.0.0.1:9"
    assert isinstance(sources["mastodon"], MastodonSource)
    assert isinstance(sources["bluesky"], BlueskySource)
    assert isinstance(sources["feed"], FeedSource)
