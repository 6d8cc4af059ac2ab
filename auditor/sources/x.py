"""X (Twitter) collector: API v2 through tweepy with an app bearer token.

A handle is resolved to a user id once (the id then rides in the cursor, see `x_cursor`), and
the user's timeline is read newest first with `since_id` from the last run, 100 posts a page,
until the API stops handing out `next_token`. One `XSource` lives for one run, so the read budget
(`max_posts_per_run`) is shared by every X account of the run; accounts run concurrently, hence
the lock. The routed tweepy client and the call wrapper (waits, retries, errors) are in
`x_client`.
"""

from __future__ import annotations

import re
import threading
from datetime import UTC, timedelta
from typing import Any

import auditor
from auditor.models import Account, Post
from auditor.sources.base import Batch, Clock, Sleep, SourceError
from auditor.sources.http import RetryPolicy, parse_time
from auditor.sources.links import expand_links
from auditor.sources.x_client import DEFAULT_API, RoutedClient, XCalls, token_error
from auditor.sources.x_cursor import POST_ID, Cursor, newer_id, next_cursor

__all__ = ["DEFAULT_API", "RoutedClient", "XSource"]  # x_client's names stay importable here

TWEET_FIELDS = [
    "created_at",
    "lang",
    "public_metrics",
    "referenced_tweets",
    "entities",
    "note_tweet",
]
PAGE_SIZE = 100
MIN_PAGE = 5  # the smallest max_results the timeline endpoint accepts
TIMELINE_LIMIT = 3200  # the API serves at most the newest 3,200 posts of a timeline
_HANDLE = re.compile(r"@?([A-Za-z0-9_]{1,15})")


class XSource:
    """Reads X timelines; also answers which earlier posts were deleted."""

    network = "x"

    def __init__(
        self,
        client: Any | None,
        *,
        clock: Clock,
        sleep: Sleep,
        token_env: str = "X_BEARER_TOKEN",  # noqa: S107  # a variable name, not a secret
        include_reposts: bool = False,
        max_posts_per_run: int = 10_000,
        backfill_days: int = 30,
        api_url: str = DEFAULT_API,
        policy: RetryPolicy | None = None,
    ) -> None:
        self.client = client  # None: the token variable was not set
        self.clock = clock
        self.token_env = token_env
        self.include_reposts = include_reposts
        self.max_posts_per_run = max_posts_per_run
        self.backfill_days = backfill_days
        self.api_url = api_url.rstrip("/")
        self.policy = policy or RetryPolicy()
        self._calls = XCalls(clock=clock, sleep=sleep, policy=self.policy, token_env=token_env)
        self._lock = threading.Lock()
        self._read = 0  # posts read by this run, all accounts together
        self._reserved = 0  # posts asked for by requests in flight (accounts run concurrently)
        self._user_ids: dict[str, tuple[str, str]] = {}  # lower username -> (id, username)

    # -- budget ---------------------------------------------------------------------------

    def _budget_left(self) -> int:
        with self._lock:
            return max(self.max_posts_per_run - self._read - self._reserved, 0)

    def _reserve(self, wanted: int) -> int:
        """Claim up to `wanted` posts of the run's budget for one request (0: spent)."""
        with self._lock:
            take = max(min(self.max_posts_per_run - self._read - self._reserved, wanted), 0)
            self._reserved += take
            return take

    def _settle(self, reserved: int, read: int) -> None:
        with self._lock:
            self._reserved -= reserved
            self._read += read

    def _budget_note(self) -> str:
        return (
            f"X read budget of {self.max_posts_per_run} posts reached; this account was not read "
            "completely. Posts not yet read are fetched on the next run (or raise "
            "[sources.x] max_posts_per_run)"
        )

    # -- reading ----------------------------------------------------------------------------

    def _resolve(self, who: str, username: str, cursor: Cursor) -> tuple[str, str]:
        key = username.lower()
        with self._lock:
            cached = self._user_ids.get(key)
        if cached is not None:
            return cached
        if cursor.user_id is not None:
            return cursor.user_id, username
        response = self._calls(
            who, "looking up the user", self._client().get_user, username=username
        )
        data = getattr(response, "data", None)
        if data is None:
            raise SourceError(
                f"{who}: X has no such user ({_error_text(response)}); check the handle "
                "in the roster (the account may be renamed, suspended or deleted)"
            )
        raw = getattr(data, "data", None) or {}
        found = (str(raw.get("id") or data.id), str(raw.get("username") or username))
        with self._lock:
            self._user_ids[key] = found
        return found

    def fetch(self, account: Account, cursor: str | None) -> Batch:
        who = f"X account {account.handle} of {account.person_id}"
        match = _HANDLE.fullmatch(account.handle.strip())
        if match is None:
            raise SourceError(
                f"{who}: not an X handle; write it as @username (1 to 15 letters, digits or _) "
                "in the roster"
            )
        if self.client is None:
            raise token_error(self.token_env, who, "is not set")
        if self._budget_left() <= 0:
            # Spent by earlier accounts: no request at all, and the saved cursor stays.
            return Batch(cursor=None, notes=[self._budget_note()])
        username = match.group(1)
        state = Cursor.parse(cursor)
        user_id, username = self._resolve(who, username, state)
        state.user_id = user_id

        params: dict[str, Any] = {
            "max_results": PAGE_SIZE,
            "tweet_fields": TWEET_FIELDS,
        }
        if not self.include_reposts:
            params["exclude"] = ["retweets"]
        if state.since_id is not None:
            params["since_id"] = state.since_id
        elif state.start_time is not None:
            params["start_time"] = state.start_time
        else:
            start = self.clock() - timedelta(days=self.backfill_days)
            state.start_time = start.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
            params["start_time"] = state.start_time
        if state.until_id is not None:
            params["until_id"] = state.until_id

        posts: list[Post] = []
        notes: list[str] = []
        newest: str | None = None
        oldest: str | None = None
        read = 0
        skipped_reposts = 0
        complete = False
        token: str | None = None
        source_url = f"{self.api_url}/2/users/{user_id}/tweets"
        while True:
            take = self._reserve(PAGE_SIZE)
            if take <= 0:
                notes.append(self._budget_note())
                break
            page_params = dict(params)
            # Ask for no more than the budget allows (the API's minimum page is 5).
            page_params["max_results"] = max(take, MIN_PAGE)
            if token is not None:
                page_params["pagination_token"] = token
            try:
                response = self._calls(
                    who,
                    "reading the timeline",
                    self._client().get_users_tweets,
                    id=user_id,
                    **page_params,
                )
            except BaseException:
                self._settle(take, 0)
                raise
            if getattr(response, "data", None) is None and getattr(response, "errors", None):
                self._settle(take, 0)
                # 200 with only errors: the user was suspended or deleted since the lookup.
                raise SourceError(
                    f"{who}: X would not serve the timeline ({_error_text(response)}); check "
                    "the handle in the roster (the account may be suspended or deleted)"
                )
            tweets = list(getattr(response, "data", None) or [])
            self._settle(take, len(tweets))
            read += len(tweets)
            for tweet in tweets:
                raw: dict[str, Any] = dict(getattr(tweet, "data", None) or {})
                post_id = str(raw.get("id") or "")
                if not POST_ID.fullmatch(post_id):
                    continue  # not a post id: nothing to key, link or compare it by
                newest = newer_id(newest, post_id)
                oldest = post_id if oldest is None or int(post_id) < int(oldest) else oldest
                post = self._post(account, username, raw, post_id, source_url)
                if post is None:
                    continue
                if post.is_repost and not self.include_reposts:
                    skipped_reposts += 1
                    continue
                posts.append(post)
            meta = getattr(response, "meta", None) or {}
            token = meta.get("next_token") if isinstance(meta, dict) else None
            if not token:
                complete = True
                break
            if read >= TIMELINE_LIMIT:
                complete = True  # the API would not serve older posts anyway
                break

        if skipped_reposts:
            notes.append(f"{skipped_reposts} reposts skipped")
        return Batch(posts=posts, cursor=next_cursor(state, newest, oldest, complete), notes=notes)

    def _post(
        self, account: Account, username: str, raw: dict[str, Any], post_id: str, source: str
    ) -> Post | None:
        created = parse_time(raw.get("created_at"))
        if created is None:
            return None
        text = str(raw.get("text") or "")
        entities = raw.get("entities")
        note = raw.get("note_tweet")
        if isinstance(note, dict) and isinstance(note.get("text"), str):
            # Long posts: `text` is cut at 280 characters and `entities` describe only that
            # cut; the whole text has its own, which come first.
            text = note["text"]
            entities = {"urls": _urls(note.get("entities")) + _urls(entities)}
        text = expand_links(text, entities)
        refs = raw.get("referenced_tweets") or []
        kinds = {r.get("type") for r in refs if isinstance(r, dict)}
        extra: dict[str, str] = {}
        for r in refs:
            if isinstance(r, dict) and r.get("type") and r.get("id"):
                extra[str(r["type"])] = str(r["id"])
        metrics = raw.get("public_metrics")
        if isinstance(metrics, dict):
            for name, value in metrics.items():
                extra[f"metric_{name}"] = str(value)
        lang = raw.get("lang")
        return Post(
            network="x",
            post_id=post_id,
            person_id=account.person_id,
            account=account.handle,
            text=text,
            created_at=created,
            url=f"https://x.com/{username}/status/{post_id}",
            source=source,
            fetched_at=self.clock(),
            tool_version=auditor.__version__,
            is_repost="retweeted" in kinds,
            lang=str(lang) if isinstance(lang, str) and lang != "und" else None,
            extra=extra,
        )

    # -- deletions --------------------------------------------------------------------------

    def missing(self, account: Account, post_ids: list[str]) -> set[str]:
        """Ids among `post_ids` that X no longer serves (deleted, or the account went away)."""
        who = f"X account {account.handle} of {account.person_id}"
        if self.client is None:
            raise token_error(self.token_env, who, "is not set")
        gone: set[str] = set()
        ids = [p for p in dict.fromkeys(post_ids) if POST_ID.fullmatch(p)]
        for start in range(0, len(ids), 100):  # the lookup takes at most 100 ids
            chunk = ids[start : start + 100]
            response = self._calls(
                who, "checking for deleted posts", self._client().get_tweets, ids=chunk
            )
            present = {
                str((getattr(t, "data", None) or {}).get("id") or t.id)
                for t in (getattr(response, "data", None) or [])
            }
            # Posts X withholds for another reason (a now-protected account) are not deleted.
            withheld = {
                str(e.get("value") or e.get("resource_id"))
                for e in (getattr(response, "errors", None) or [])
                if isinstance(e, dict) and "not found" not in str(e.get("title", "")).lower()
            }
            gone.update(i for i in chunk if i not in present and i not in withheld)
        return gone

    def _client(self) -> Any:
        if self.client is None:  # fetch() and missing() check first; this keeps mypy honest
            raise SourceError(
                f"the X bearer token is not set; set {self.token_env}", fatal_for_network=True
            )
        return self.client


def _error_text(response: Any) -> str:
    errors = getattr(response, "errors", None) or []
    detail = "; ".join(
        str(e.get("detail") or e.get("title") or "") for e in errors if isinstance(e, dict)
    )
    return detail[:300] or "no data returned"


def _urls(entities: object) -> list[object]:
    """The `urls` list of a post's entities, or nothing when there is none."""
    urls = entities.get("urls") if isinstance(entities, dict) else None
    return urls if isinstance(urls, list) else []
