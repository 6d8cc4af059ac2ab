"""Edits found in what a source reads again anyway: every item still in an RSS or Atom feed,
and the statuses on the page of a Mastodon account's newest statuses that every run fetches.
A post read again this way is an edit of the stored post when its text changed (and, when the
network dates its edits, its edit date too); it is not counted as read, and one the store does
not hold is never stored as new."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest
import respx

from auditor.sources.feed import FeedSource
from auditor.sources.mastodon import MastodonSource
from auditor.store import Store
from tests.helpers import NOW, FixedClock, person
from tests.test_edited_posts import (
    ACCOUNT_ID,
    BENIGN,
    MASTODON,
    OFFENSIVE,
    OLD,
    OLD_WORD,
    STATUS_ID,
    cells,
    run,
    status,
)

pytestmark = pytest.mark.usefixtures("no_real_sleep")

RSS = "https://alice.example.org/feed.xml"
STATUSES = f"{MASTODON}/api/v1/accounts/{ACCOUNT_ID}/statuses"
# What every run asks for: the newest page, whatever the cursor says.
PAGE = {"limit": "40", "exclude_reblogs": "true"}


def rss(*items: tuple[str, str, str]) -> bytes:
    """An RSS 2.0 feed of (guid, pubDate, description) items."""
    body = "".join(
        f"<item><title>Post</title><guid>{guid}</guid><pubDate>{date}</pubDate>"
        f"<description>{text}</description></item>"
        for guid, date, text in items
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Alice</title>'
        f"<link>https://alice.example.org/</link>{body}</channel></rss>"
    ).encode()


MONDAY = "Mon, 23 Nov 2026 10:00:00 GMT"
SUNDAY = "Sun, 22 Nov 2026 10:00:00 GMT"


@pytest.fixture
def feed(http: httpx.Client) -> dict[str, FeedSource]:
    return {"feed": FeedSource(http, clock=FixedClock(NOW), sleep=lambda s: None)}


def test_an_rss_item_whose_text_changed_is_an_edit_though_its_date_did_not(
    router: respx.MockRouter, store: Store, feed: dict[str, FeedSource]
) -> None:
    people = [person("p-alice", ("feed", RSS))]
    route = router.get(RSS)
    route.respond(content=rss(("a", SUNDAY, BENIGN), ("b", MONDAY, OLD)))
    first = run(store, people, feed)
    assert (first.posts_read, first.posts_new) == (2, 2)
    same = run(store, people, feed)
    assert (same.posts_read, same.posts_new, same.posts_edited) == (0, 0, 0)

    # RSS has no edit date: the same guid and pubDate, another text.
    route.respond(content=rss(("a", SUNDAY, OFFENSIVE), ("b", MONDAY, "Nice talks")))
    edited = run(store, people, feed)

    # Read again, not read anew: the edits count, the items do not.
    assert (edited.posts_read, edited.posts_new, edited.posts_edited) == (0, 0, 2)
    assert edited.flagged_by_band == {"medium": 1}
    [flagged] = store.flagged_posts()
    assert (flagged.post.post_id, flagged.post.text) == ("a", f"Post\n\n{OFFENSIVE}")
    assert flagged.post.edited_at is None  # RSS does not say when
    [made_harmless] = store.unflagged_edits()
    assert made_harmless.post.post_id == "b"
    assert not [c for c in cells(store) if OLD_WORD in c]

    again = run(store, people, feed)
    assert (again.posts_read, again.posts_new, again.posts_edited) == (0, 0, 0)


def test_a_new_rss_item_beside_an_edited_one_is_read_and_new(
    router: respx.MockRouter, store: Store, feed: dict[str, FeedSource]
) -> None:
    people = [person("p-alice", ("feed", RSS))]
    route = router.get(RSS)
    route.respond(content=rss(("a", SUNDAY, BENIGN)))
    run(store, people, feed)

    route.respond(content=rss(("b", MONDAY, "Another day"), ("a", SUNDAY, OFFENSIVE)))
    second = run(store, people, feed)

    assert (second.posts_read, second.posts_new, second.posts_edited) == (1, 1, 1)
    assert store.count_posts() == 2


@pytest.mark.usefixtures("no_real_sleep")
def test_an_unflagged_mastodon_status_edited_on_the_newest_page_is_an_edit(
    router: respx.MockRouter, http: httpx.Client, store: Store
) -> None:
    people = [person("p-alice", ("mastodon", "@alice@social.example"))]
    source = {"mastodon": MastodonSource(http, clock=FixedClock(NOW), sleep=lambda s: None)}
    router.get(f"{MASTODON}/api/v1/accounts/lookup").respond(json={"id": ACCOUNT_ID})
    page = router.get(STATUSES, params__eq=PAGE)
    page.respond(json=[status(BENIGN, None)])
    first = run(store, people, source)
    assert (first.posts_new, sum(first.flagged_by_band.values())) == (1, 0)

    # Not flagged, so the deleted-post check never reads it; the page every run fetches does.
    edited_at = "2026-11-23T18:30:00.000Z"
    page.respond(json=[status(OFFENSIVE, edited_at)])
    second = run(store, people, source)

    assert (second.posts_read, second.posts_new, second.posts_edited) == (0, 0, 1)
    assert second.flagged_by_band == {"medium": 1}
    [stored] = store.flagged_posts()
    assert stored.post.text == OFFENSIVE
    assert (
        stored.post.edited_at
        == stored.edits[0].edited_at
        == datetime(2026, 11, 23, 18, 30, tzinfo=UTC)
    )

    # Flagged now: the deleted-post check reads it too. The same version twice is no edit.
    router.get(f"{MASTODON}/api/v1/statuses/{STATUS_ID}").respond(json=status(OFFENSIVE, edited_at))
    third = run(store, people, source)
    assert (third.posts_read, third.posts_new, third.posts_edited) == (0, 0, 0)
    assert store.flagged_posts()[0].version == 1


def test_an_edited_status_the_store_never_held_is_not_stored_as_new(
    router: respx.MockRouter, http: httpx.Client, store: Store
) -> None:
    """A status older than the first run's backfill was never read; its edit on the newest page
    does not bring it in."""
    people = [person("p-alice", ("mastodon", "@alice@social.example"))]
    source = {"mastodon": MastodonSource(http, clock=FixedClock(NOW), sleep=lambda s: None)}
    router.get(f"{MASTODON}/api/v1/accounts/lookup").respond(json={"id": ACCOUNT_ID})
    old = status(OFFENSIVE, None) | {"id": "100", "created_at": "2025-01-01T00:00:00.000Z"}
    page = router.get(STATUSES, params__eq=PAGE)
    page.respond(json=[status(BENIGN, None), old])
    first = run(store, people, source)
    assert first.posts_new == 1

    page.respond(json=[status(BENIGN, None), old | {"edited_at": "2026-11-23T18:30:00.000Z"}])
    second = run(store, people, source)

    assert (second.posts_read, second.posts_new, second.posts_edited) == (0, 0, 0)
    assert store.count_posts() == 1 and store.flagged_posts() == []


def test_a_status_whose_edit_date_did_not_change_is_not_an_edit(
    router: respx.MockRouter, http: httpx.Client, store: Store
) -> None:
    """Mastodon dates every edit: another text under the same edited_at is this tool reading
    the same status differently (say, its HTML), not the person editing it. Taking it for an
    edit would reopen every review decision on it."""
    people = [person("p-alice", ("mastodon", "@alice@social.example"))]
    source = {"mastodon": MastodonSource(http, clock=FixedClock(NOW), sleep=lambda s: None)}
    router.get(f"{MASTODON}/api/v1/accounts/lookup").respond(json={"id": ACCOUNT_ID})
    edited_at = "2026-11-23T13:00:00.000Z"
    page = router.get(STATUSES, params__eq=PAGE)
    page.respond(json=[status(OLD, edited_at)])
    first = run(store, people, source)
    assert first.flagged_by_band == {"medium": 1}

    served = status(OLD, edited_at) | {"content": f"<p>{OLD}<br>#conference</p>"}
    page.respond(json=[served])
    router.get(f"{MASTODON}/api/v1/statuses/{STATUS_ID}").respond(json=served)
    second = run(store, people, source)

    assert second.posts_edited == 0
    [stored] = store.flagged_posts()
    assert (stored.post.text, stored.version, stored.edits) == (OLD, 0, ())
