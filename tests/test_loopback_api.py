"""The three live sources against the loopback API server, routed there through base_url."""

from __future__ import annotations

import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, timedelta

import httpx
import pytest

from auditor.models import Account, Consent
from auditor.sources.base import Source, utcnow
from auditor.sources.live import (
    BlueskySettings,
    LiveSettings,
    MastodonSettings,
    XSettings,
    build_live_sources,
)
from tests.loopback_api import LoopbackAPI, LoopbackConfig

POSTS = 120  # X: 2 pages of 100; Mastodon: 3 pages of 40; Bluesky: 2 pages of 100


def accounts(api: LoopbackAPI, network: str) -> list[Account]:
    return [
        Account(f"p{i}", network, handle, Consent(date(2026, 1, 1)))
        for i, handle in enumerate(api.handles(network))
    ]


@pytest.fixture
def api() -> Iterator[LoopbackAPI]:
    with LoopbackAPI(
        LoopbackConfig(accounts=2, posts_per_account=POSTS, rate_limit_once=True, reset_after=2)
    ) as server:
        yield server


class FakeTime:
    """Real time plus everything slept so far: sleeping is recorded, never done."""

    def __init__(self) -> None:
        self.sleeps: list[float] = []

    def clock(self) -> datetime:
        return utcnow() + timedelta(seconds=sum(self.sleeps))

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)


def sources_for(api: LoopbackAPI, http: httpx.Client, fake: FakeTime) -> dict[str, Source]:
    settings = LiveSettings(
        x=XSettings(base_url=api.url),
        mastodon=MastodonSettings(base_url=api.url),
        bluesky=BlueskySettings(base_url=api.url),
    )
    return build_live_sources(
        settings,
        http=http,
        environ={"X_BEARER_TOKEN": "loopback-token"},
        clock=fake.clock,
        sleep=fake.sleep,
    )


def test_all_three_sources_read_every_post_through_base_url_and_wait_out_one_429(
    api: LoopbackAPI,
) -> None:
    fake = FakeTime()
    sleeps = fake.sleeps
    cursors: dict[str, str | None] = {}
    with httpx.Client() as http:
        sources = sources_for(api, http, fake)
        for network in ("x", "mastodon", "bluesky"):
            for account in accounts(api, network):
                batch = sources[network].fetch(account, None)
                assert len(batch.posts) == POSTS, (network, account.handle)
                assert len({p.post_id for p in batch.posts}) == POSTS
                assert all(p.person_id == account.person_id for p in batch.posts)
                cursors[account.key] = batch.cursor

    assert api.counts["unknown"] == 0
    assert api.counts["429"] == 3  # one per API, each waited out through the injected sleep
    assert len(sleeps) == 3
    assert all(1.0 <= s <= 4.0 for s in sleeps)
    assert api.counts["x.user"] == 2 and api.counts["x.tweets"] == 2 * 2 + 1
    assert api.counts["mastodon.lookup"] == 2 and api.counts["mastodon.statuses"] == 2 * 3 + 1
    assert api.counts["bluesky.profile"] == 2 and api.counts["bluesky.feed"] == 2 * 2 + 1
    newest = str(api.post_id(0, 0))
    assert json.loads(cursors["x:@user0"] or "")["since_id"] == newest
    assert json.loads(cursors["mastodon:@user0@loopback.example"] or "")["since_id"] == newest

    # A second run with the saved cursors reads one empty page per account, no lookups.
    api.counts.clear()
    with httpx.Client() as http:
        sources = sources_for(api, http, fake)
        for network in ("x", "mastodon", "bluesky"):
            for account in accounts(api, network):
                assert sources[network].fetch(account, cursors[account.key]).posts == []
    assert dict(api.counts) == {"x.tweets": 2, "mastodon.statuses": 2, "bluesky.feed": 2}


def test_the_x_read_budget_holds_when_accounts_are_read_concurrently() -> None:
    config = LoopbackConfig(accounts=4, posts_per_account=300, latency=0.01)
    with LoopbackAPI(config) as api, httpx.Client() as http:
        settings = LiveSettings(x=XSettings(base_url=api.url, max_posts_per_run=150))
        fake = FakeTime()
        x = build_live_sources(
            settings,
            http=http,
            environ={"X_BEARER_TOKEN": "loopback-token"},
            clock=fake.clock,
            sleep=fake.sleep,
        )["x"]
        with ThreadPoolExecutor(max_workers=4) as pool:
            batches = list(pool.map(lambda a: x.fetch(a, None), accounts(api, "x")))

    assert sum(len(b.posts) for b in batches) == 150
    assert sum(any("X read budget of 150" in n for n in b.notes) for b in batches) == 4


def test_deletion_checks_of_all_three_sources_find_the_deleted_post() -> None:
    with LoopbackAPI(LoopbackConfig(accounts=1, posts_per_account=10)) as api:
        kept, gone = api.post_id(0, 0), api.delete(0, 3)
        with httpx.Client() as http:
            fake = FakeTime()
            sources = sources_for(api, http, fake)
            ids = {
                "x": [str(kept), str(gone)],
                "mastodon": [str(kept), str(gone)],
                "bluesky": [f"at://did:plc:loopback0/app.bsky.feed.post/{n}" for n in (kept, gone)],
            }
            for network, post_ids in ids.items():
                account = accounts(api, network)[0]
                batch = sources[network].fetch(account, None)
                assert len(batch.posts) == 9  # the deleted post is no longer served
                assert sources[network].missing(account, post_ids) == {post_ids[1]}  # type: ignore[attr-defined]

    assert api.counts["x.lookup"] == 1
    assert api.counts["mastodon.status"] == 2
    assert api.counts["bluesky.posts"] == 1
