"""Bluesky collector: the public AppView XRPC API, no authentication.

The handle is resolved to a DID once (`app.bsky.actor.getProfile`), then the author feed is read
newest first, 100 items a page, following the opaque `cursor`, until a post of the last run
shows up (or, on a first run, posts older than `backfill_days`). Reposts (items with a `reason`)
and posts by other authors (thread parents the feed may include) are skipped.

Cursor: JSON `{"did": "did:plc:...", "indexed_at": "<ISO time of newest post>", "uri": "at://..."}`.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta
from typing import Any

import httpx

import auditor
from auditor.models import Account, Post
from auditor.sources.base import Batch, Clock, Sleep, SourceError
from auditor.sources.http import (
    Fetched,
    Fetcher,
    RateGate,
    RetryPolicy,
    WaitBudget,
    parse_time,
    unexpected_status,
)

DEFAULT_API = "https://public.api.bsky.app"
PAGE_SIZE = 100
FILTERS = (
    "posts_with_replies",
    "posts_no_replies",
    "posts_with_media",
    "posts_and_author_threads",
)
_HANDLE = re.compile(r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z][A-Za-z0-9-]*")
_DID = re.compile(r"did:(?:plc|web):[A-Za-z0-9._:%-]{1,2048}")
_POST_URI = re.compile(r"at://(did:[^/]+)/app\.bsky\.feed\.post/([A-Za-z0-9._~:-]+)")


def parse_actor(handle: str) -> str | None:
    """`name.bsky.social`, `@name.bsky.social` or a DID -> the actor string, else None."""
    text = handle.strip().removeprefix("@")
    if _DID.fullmatch(text):
        return text
    if _HANDLE.fullmatch(text):
        return text.lower()
    return None


def web_url(uri: str) -> str | None:
    """`at://did/app.bsky.feed.post/rkey` -> `https://bsky.app/profile/did/post/rkey`."""
    match = _POST_URI.fullmatch(uri)
    if match is None:
        return None
    return f"https://bsky.app/profile/{match.group(1)}/post/{match.group(2)}"


class BlueskySource:
    """Reads the public posts of Bluesky accounts."""

    network = "bluesky"

    def __init__(
        self,
        http: httpx.Client,
        *,
        clock: Clock,
        sleep: Sleep,
        base_url: str | None = None,
        feed_filter: str = "posts_no_replies",
        backfill_days: int = 30,
        policy: RetryPolicy | None = None,
        gate: RateGate | None = None,
    ) -> None:
        if feed_filter not in FILTERS:
            raise ValueError(f"unknown Bluesky feed filter {feed_filter!r}; one of {FILTERS}")
        self.fetcher = Fetcher(http, clock=clock, sleep=sleep, policy=policy, gate=gate)
        self.clock = clock
        self.base_url = (base_url or DEFAULT_API).rstrip("/")
        self.feed_filter = feed_filter
        self.backfill_days = backfill_days

    def _who(self, account: Account) -> str:
        return f"Bluesky account {account.handle} of {account.person_id}"

    def _xrpc(
        self, method: str, params: dict[str, str], *, who: str, budget: WaitBudget
    ) -> Fetched:
        return self.fetcher.get(
            f"{self.base_url}/xrpc/{method}", params=params, who=who, budget=budget
        )

    def _resolve(self, account: Account, actor: str, budget: WaitBudget) -> str:
        who = self._who(account)
        fetched = self._xrpc("app.bsky.actor.getProfile", {"actor": actor}, who=who, budget=budget)
        if fetched.status == 400:
            raise SourceError(
                f"{who}: Bluesky has no such profile ({_error(fetched, who)}); check "
                "the handle in the roster (it may have changed; a DID never does)"
            )
        if fetched.status != 200:
            raise unexpected_status(who, fetched)
        data = fetched.json(who)
        did = data.get("did") if isinstance(data, dict) else None
        if not isinstance(did, str) or not _DID.fullmatch(did):
            raise SourceError(
                f"{who}: the profile answer carries no DID; check [sources.bluesky] base_url "
                "points at a Bluesky AppView"
            )
        return did

    def fetch(self, account: Account, cursor: str | None) -> Batch:
        who = self._who(account)
        actor = parse_actor(account.handle)
        if actor is None:
            raise SourceError(
                f"{who}: not a Bluesky handle; write it as name.bsky.social (or your own "
                "domain, or a did:plc: DID) in the roster"
            )
        budget = self.fetcher.budget()
        state = _load_cursor(cursor)
        did = state.get("did") or self._resolve(account, actor, budget)
        last_time = parse_time(state.get("indexed_at"))
        last_uri = state.get("uri")
        oldest_allowed: datetime | None = None
        if last_time is None and last_uri is None:
            oldest_allowed = self.clock() - timedelta(days=self.backfill_days)

        posts: list[Post] = []
        skipped_reposts = 0
        skipped_others = 0
        newest: tuple[datetime, str] | None = None
        page_cursor: str | None = None
        seen_cursors: set[str] = set()
        while True:
            params = {"actor": did, "limit": str(PAGE_SIZE), "filter": self.feed_filter}
            if page_cursor is not None:
                params["cursor"] = page_cursor
            fetched = self._xrpc("app.bsky.feed.getAuthorFeed", params, who=who, budget=budget)
            if fetched.status == 400:
                raise SourceError(
                    f"{who}: Bluesky would not serve the feed (HTTP 400: "
                    f"{_error(fetched, who)}); the account may be deactivated or blocked from "
                    "logged-out viewing. Check the handle in the roster"
                )
            if fetched.status != 200:
                raise unexpected_status(who, fetched)
            body = fetched.json(who)
            items = body.get("feed") if isinstance(body, dict) else None
            if not isinstance(items, list):
                raise SourceError(
                    f"{who}: the author feed answer has no `feed` list; check "
                    "[sources.bluesky] base_url points at a Bluesky AppView"
                )
            stop = False
            for item in items:
                if not isinstance(item, dict) or not isinstance(item.get("post"), dict):
                    continue
                if item.get("reason") is not None:
                    skipped_reposts += 1  # a repost (or a pin): not the account's own words now
                    continue
                raw: dict[str, Any] = item["post"]
                author = raw.get("author")
                if not isinstance(author, dict) or author.get("did") != did:
                    skipped_others += 1
                    continue
                uri = str(raw.get("uri") or "")
                indexed = parse_time(raw.get("indexedAt"))
                record = raw.get("record") if isinstance(raw.get("record"), dict) else {}
                created = parse_time(record.get("createdAt")) if record else None
                when = indexed or created
                if not uri or when is None:
                    continue
                if uri == last_uri or (last_time is not None and when <= last_time):
                    stop = True  # reached what the last run already read
                    break
                if oldest_allowed is not None and (created or when) < oldest_allowed:
                    stop = True
                    break
                if newest is None or when > newest[0]:
                    newest = (when, uri)
                post = self._post(account, did, raw, record or {}, created or when, fetched.url)
                if post is not None:
                    posts.append(post)
            next_cursor = body.get("cursor") if isinstance(body, dict) else None
            if stop or not items or not isinstance(next_cursor, str) or not next_cursor:
                break
            if next_cursor in seen_cursors:
                break  # a server repeating a cursor must not make us loop
            seen_cursors.add(next_cursor)
            page_cursor = next_cursor

        notes: list[str] = []
        if skipped_reposts:
            notes.append(f"{skipped_reposts} reposts skipped")
        if skipped_others:
            notes.append(f"{skipped_others} posts by other authors skipped")
        new_state: dict[str, str] = {"did": did}
        if newest is not None:
            new_state["indexed_at"] = newest[0].isoformat()
            new_state["uri"] = newest[1]
        elif last_time is not None or last_uri is not None:
            new_state.update({k: v for k, v in state.items() if k in ("indexed_at", "uri")})
        return Batch(posts=posts, cursor=json.dumps(new_state, sort_keys=True), notes=notes)

    def _post(
        self,
        account: Account,
        did: str,
        raw: dict[str, Any],
        record: dict[str, Any],
        created: datetime,
        source: str,
    ) -> Post | None:
        uri = str(raw["uri"])
        langs = record.get("langs")
        lang = langs[0] if isinstance(langs, list) and langs and isinstance(langs[0], str) else None
        extra: dict[str, str] = {}
        if raw.get("cid"):
            extra["cid"] = str(raw["cid"])
        reply = record.get("reply")
        if isinstance(reply, dict) and isinstance(reply.get("parent"), dict):
            extra["reply_to"] = str(reply["parent"].get("uri") or "")
        links = _facet_links(record)
        if links:
            extra["links"] = " ".join(links)
        return Post(
            network="bluesky",
            post_id=uri,
            person_id=account.person_id,
            account=account.handle,
            text=str(record.get("text") or ""),
            created_at=created,
            url=web_url(uri),
            source=source,
            fetched_at=self.clock(),
            tool_version=auditor.__version__,
            is_repost=False,
            lang=lang,
            extra=extra,
        )

    def missing(self, account: Account, post_ids: list[str]) -> set[str]:
        """URIs among `post_ids` that `getPosts` no longer returns (deleted or taken down)."""
        who = self._who(account)
        budget = self.fetcher.budget()
        uris = [u for u in dict.fromkeys(post_ids) if _POST_URI.fullmatch(u)]
        gone: set[str] = set()
        for start in range(0, len(uris), 25):  # getPosts takes at most 25 URIs
            chunk = uris[start : start + 25]
            url = f"{self.base_url}/xrpc/app.bsky.feed.getPosts"
            query = str(httpx.QueryParams([("uris", u) for u in chunk]))
            fetched = self.fetcher.get(f"{url}?{query}", who=who, budget=budget)
            if fetched.status != 200:
                raise unexpected_status(who, fetched)
            body = fetched.json(who)
            found = body.get("posts") if isinstance(body, dict) else None
            if not isinstance(found, list):
                raise SourceError(f"{who}: getPosts answered without a `posts` list")
            present = {str(p.get("uri")) for p in found if isinstance(p, dict)}
            gone.update(u for u in chunk if u not in present)
        return gone


def _facet_links(record: dict[str, Any]) -> list[str]:
    """Full link targets: the visible text of a Bluesky link is often shortened."""
    links: list[str] = []
    for facet in record.get("facets") or []:
        if not isinstance(facet, dict):
            continue
        for feature in facet.get("features") or []:
            if (
                isinstance(feature, dict)
                and feature.get("$type") == "app.bsky.richtext.facet#link"
                and isinstance(feature.get("uri"), str)
            ):
                links.append(feature["uri"])
    return links


def _error(fetched: Fetched, who: str) -> str:
    try:
        body = fetched.json(who)
    except SourceError:
        return "no details"
    if isinstance(body, dict):
        return str(body.get("message") or body.get("error") or "no details")[:200]
    return "no details"


def _load_cursor(cursor: str | None) -> dict[str, str]:
    if not cursor:
        return {}
    try:
        raw = json.loads(cursor)
    except ValueError:
        return {}
    if not isinstance(raw, dict):
        return {}
    return {
        k: v for k, v in raw.items() if k in ("did", "indexed_at", "uri") and isinstance(v, str)
    }
