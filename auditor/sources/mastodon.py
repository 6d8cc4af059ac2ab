"""Mastodon collector: the public REST API of each account's own instance, no authentication.

`@user@instance` is looked up once (`/api/v1/accounts/lookup`), then its statuses are read
newest first, 40 a page, reblogs excluded, following the `Link: rel="next"` header (its `max_id`)
down to the newest status of the last run. HTML content becomes plain text with its line breaks.
Each instance's `X-RateLimit-Remaining/Reset` is honoured through a gate shared by the run.

Cursor: JSON `{"account_id": "109...", "since_id": "113..."}`: statuses newer than `since_id`
are new. It is not sent as the API's `since_id`, which would keep every status already read off
the page: the first page is the account's newest 40 whatever is new, and the statuses on it at
or below `since_id` that carry an `edited_at` are handed back marked `REREAD` (the run keeps
them only as edits of stored posts). So an edit of any status on the newest page is seen, at
no request of its own: a run makes as many requests as with `since_id` (the paging stops at the
first page reaching the last run's newest status), but the first page's answer holds up to 40
statuses instead of only the new ones. An edit of an older status is seen only when it is
flagged: the deleted-post check reads each flagged status whole (one request each, as before),
and `recheck` hands back those with an `edited_at` as posts. Edits of older unflagged statuses
are not seen: finding them would mean reading the account's whole history every run.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

import httpx

import auditor
from auditor.models import Account, Post
from auditor.sources.base import REREAD, Batch, Clock, Recheck, Sleep, SourceError
from auditor.sources.http import (
    Fetcher,
    RateGate,
    RetryPolicy,
    WaitBudget,
    html_to_text,
    parse_time,
    unexpected_status,
)

PAGE_SIZE = 40
_USER = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?")
_HOST = re.compile(r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}(?::\d+)?")
_NEXT = re.compile(r'<([^>]+)>\s*;\s*rel="?next"?')


def parse_handle(handle: str) -> tuple[str, str] | None:
    """`@user@instance` (leading @ optional) -> (user, instance), else None."""
    text = handle.strip().removeprefix("@")
    user, sep, host = text.partition("@")
    if not sep or not _USER.fullmatch(user) or not _HOST.fullmatch(host):
        return None
    return user, host.lower()


def next_max_id(link_header: str | None) -> str | None:
    """The `max_id` of the rel="next" link, if the server offered one."""
    if not link_header:
        return None
    for part in link_header.split(","):
        match = _NEXT.search(part)
        if match:
            value = httpx.URL(match.group(1)).params.get("max_id")
            return value or None
    return None


def _id_key(status_id: str) -> tuple[int, str]:
    # Mastodon ids are numeric strings (snowflakes); compare as numbers, fall back to text.
    return (int(status_id), "") if status_id.isdigit() else (-1, status_id)


class MastodonSource:
    """Reads public statuses of Mastodon accounts on any instance."""

    network = "mastodon"

    def __init__(
        self,
        http: httpx.Client,
        *,
        clock: Clock,
        sleep: Sleep,
        base_url: str | None = None,
        backfill_days: int = 30,
        policy: RetryPolicy | None = None,
        gate: RateGate | None = None,
    ) -> None:
        self.fetcher = Fetcher(http, clock=clock, sleep=sleep, policy=policy, gate=gate)
        self.clock = clock
        self.base_url = base_url.rstrip("/") if base_url else None
        self.backfill_days = backfill_days

    def _api(self, instance: str) -> str:
        return self.base_url or f"https://{instance}"

    def _who(self, account: Account) -> str:
        return f"Mastodon account {account.handle} of {account.person_id}"

    def _parse(self, account: Account) -> tuple[str, str]:
        parsed = parse_handle(account.handle)
        if parsed is None:
            raise SourceError(
                f"{self._who(account)}: not a Mastodon handle; write it as @user@instance "
                "(for example @alice@mastodon.social) in the roster"
            )
        return parsed

    def _lookup(self, account: Account, user: str, instance: str, budget: WaitBudget) -> str:
        who = self._who(account)
        fetched = self.fetcher.get(
            f"{self._api(instance)}/api/v1/accounts/lookup",
            params={"acct": user},
            who=who,
            budget=budget,
        )
        if fetched.status in (404, 410):
            raise SourceError(
                f"{who}: {instance} has no account named {user}; check the handle in the "
                "roster (the account may have moved or been deleted)"
            )
        if fetched.status != 200:
            raise unexpected_status(who, fetched)
        data = fetched.json(who)
        if not isinstance(data, dict) or not data.get("id"):
            raise SourceError(
                f"{who}: {instance} answered the account lookup without an id; check the "
                "instance runs Mastodon (or a compatible server)"
            )
        return str(data["id"])

    def fetch(self, account: Account, cursor: str | None) -> Batch:
        user, instance = self._parse(account)
        who = self._who(account)
        budget = self.fetcher.budget()
        state = _load_cursor(cursor)
        account_id = state.get("account_id") or self._lookup(account, user, instance, budget)
        since_id = state.get("since_id")
        oldest_allowed: datetime | None = None
        if since_id is None:
            oldest_allowed = self.clock() - timedelta(days=self.backfill_days)

        url = f"{self._api(instance)}/api/v1/accounts/{account_id}/statuses"
        posts: list[Post] = []
        notes: list[str] = []
        newest = since_id
        max_id: str | None = None
        seen: set[str] = set()
        while True:
            params = {"limit": str(PAGE_SIZE), "exclude_reblogs": "true"}
            if max_id is not None:
                params["max_id"] = max_id
            fetched = self.fetcher.get(url, params=params, who=who, budget=budget)
            if fetched.status in (404, 410):
                raise SourceError(
                    f"{who}: {instance} no longer serves this account's statuses "
                    f"(HTTP {fetched.status}); check the handle in the roster"
                )
            if fetched.status != 200:
                raise unexpected_status(who, fetched)
            page = fetched.json(who)
            if not isinstance(page, list):
                raise SourceError(
                    f"{who}: {instance} answered the statuses request with something other "
                    "than a list; check the instance runs Mastodon"
                )
            stop = False
            for status in page:
                if not isinstance(status, dict) or not status.get("id"):
                    continue
                status_id = str(status["id"])
                if status_id in seen:
                    stop = True  # a server repeating a page must not make us loop
                    continue
                seen.add(status_id)
                read_before = since_id is not None and _id_key(status_id) <= _id_key(since_id)
                if read_before:
                    stop = True  # nothing older is new: this page is the last
                post = self._post(account, status, fetched.url)
                if post is None:
                    continue
                if read_before:
                    # Only Mastodon's edit date tells an edit; unedited statuses stay out.
                    if post.edited_at is not None and not post.is_repost:
                        posts.append(replace(post, extra={**post.extra, REREAD: "1"}))
                    continue
                if oldest_allowed is not None and post.created_at < oldest_allowed:
                    stop = True
                    continue
                if newest is None or _id_key(status_id) > _id_key(newest):
                    newest = status_id
                if post.is_repost:
                    continue
                posts.append(post)
            max_id = next_max_id(fetched.headers.get("link"))
            if stop or not page or max_id is None:
                break
        if oldest_allowed is not None and not posts:
            notes.append(f"no public posts in the last {self.backfill_days} days")
        new_cursor = {"account_id": account_id}
        if newest is not None:
            new_cursor["since_id"] = newest
        return Batch(posts=posts, cursor=json.dumps(new_cursor, sort_keys=True), notes=notes)

    def _post(self, account: Account, status: dict[str, Any], source: str) -> Post | None:
        created = parse_time(status.get("created_at"))
        if created is None:
            return None
        text = html_to_text(str(status.get("content") or ""))
        warning = str(status.get("spoiler_text") or "").strip()
        if warning:
            # A content warning is part of what readers see first.
            text = f"CW: {warning}\n\n{text}" if text else f"CW: {warning}"
        extra: dict[str, str] = {}
        for key in ("in_reply_to_id", "visibility", "uri"):
            if status.get(key):
                extra[key] = str(status[key])
        lang = status.get("language")
        return Post(
            network="mastodon",
            post_id=str(status["id"]),
            person_id=account.person_id,
            account=account.handle,
            text=text,
            created_at=created,
            url=str(status.get("url") or status.get("uri") or "") or None,
            source=source,
            fetched_at=self.clock(),
            tool_version=auditor.__version__,
            is_repost=bool(status.get("reblog")),
            lang=str(lang) if isinstance(lang, str) and lang else None,
            extra=extra,
            edited_at=parse_time(status.get("edited_at")),
        )

    def missing(self, account: Account, post_ids: list[str]) -> set[str]:
        """Ids among `post_ids` the instance answers with 404/410 (deleted or hidden)."""
        return self.recheck(account, post_ids).gone

    def recheck(self, account: Account, post_ids: list[str]) -> Recheck:
        """Read each status of `post_ids`: the ids the instance answers with 404/410 (deleted
        or hidden), and the statuses it serves with an `edited_at`, as posts (the store tells
        whether their text changed since it read them)."""
        _, instance = self._parse(account)
        who = self._who(account)
        budget = self.fetcher.budget()
        found = Recheck()
        for post_id in dict.fromkeys(post_ids):
            if not post_id.isalnum():
                continue  # never put an unchecked id into a URL path
            fetched = self.fetcher.get(
                f"{self._api(instance)}/api/v1/statuses/{post_id}", who=who, budget=budget
            )
            if fetched.status in (404, 410):
                found.gone.add(post_id)
            elif fetched.status != 200:
                raise unexpected_status(who, fetched)
            else:
                try:
                    status = fetched.json(who)
                except SourceError:
                    continue  # served, so not deleted; what it says of edits is unreadable
                post = (
                    self._post(account, status, fetched.url)
                    if isinstance(status, dict) and str(status.get("id") or "") == post_id
                    else None
                )
                if post is not None and post.edited_at is not None and not post.is_repost:
                    found.edited.append(post)
        return found


def _load_cursor(cursor: str | None) -> dict[str, str]:
    if not cursor:
        return {}
    text = cursor.strip()
    if text.isdigit():  # a bare status id
        return {"since_id": text}
    try:
        raw = json.loads(text)
    except ValueError:
        return {}
    if not isinstance(raw, dict):
        return {}
    return {
        k: str(v)
        for k, v in raw.items()
        if k in ("account_id", "since_id") and isinstance(v, str | int) and str(v).isalnum()
    }
