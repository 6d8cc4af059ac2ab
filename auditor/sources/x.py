"""X (Twitter) collector: API v2 through tweepy with an app bearer token.

A handle is resolved to a user id once (the id then rides in the cursor), and the user's
timeline is read newest first with `since_id` from the last run, 100 posts a page, until the API
stops handing out `next_token`. One `XSource` lives for one run, so the read budget
(`max_posts_per_run`) is shared by every X account of the run; accounts run concurrently, hence
the lock.

Cursor (a JSON string the pipeline stores per account):
    {"user_id": "12", "since_id": "1790"}                         all read up to post 1790
    {"user_id": "12", "since_id": "1700", "until_id": "1750",     the budget stopped a run
     "newest_id": "1790"}                                          between 1700 and 1750
The second form makes the next run read the gap first, so a budget stop never loses posts.
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import requests
import tweepy

import auditor
from auditor.models import Account, Post
from auditor.sources.base import Batch, Clock, Sleep, SourceError
from auditor.sources.http import RetryPolicy, parse_time

DEFAULT_API = "https://api.twitter.com"
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
_ID = re.compile(r"[0-9]{1,25}")


class RoutedClient(tweepy.Client):  # type: ignore[misc]  # tweepy has no type hints
    """tweepy.Client that sends every request to `base_url` and never logs its headers.

    tweepy hard-codes its API host and logs request headers (the bearer token) at DEBUG; this
    override keeps tweepy's error mapping but fixes both, and adds a timeout tweepy lacks.
    """

    def __init__(self, bearer_token: str, *, base_url: str | None = None, timeout: float = 30.0):
        super().__init__(bearer_token=bearer_token, wait_on_rate_limit=False)
        self.base_url = (base_url or DEFAULT_API).rstrip("/")
        self.timeout = timeout

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
            if status == 400:
                raise tweepy.BadRequest(response)
            if status == 401:
                raise tweepy.Unauthorized(response)
            if status == 403:
                raise tweepy.Forbidden(response)
            if status == 404:
                raise tweepy.NotFound(response)
            if status == 429:
                reset = response.headers.get("x-rate-limit-reset")
                reset_time = int(reset) if reset and reset.isdigit() else None
                raise tweepy.TooManyRequests(response, reset_time=reset_time)
            if status >= 500:
                raise tweepy.TwitterServerError(response)
            if not 200 <= status < 300:
                raise tweepy.HTTPException(response)
            return response  # type: ignore[no-any-return]  # requests' session is untyped here


@dataclass(slots=True)
class _Cursor:
    user_id: str | None = None
    since_id: str | None = None
    until_id: str | None = None
    newest_id: str | None = None
    start_time: str | None = None

    @classmethod
    def parse(cls, text: str | None) -> _Cursor:
        if not text:
            return cls()
        if _ID.fullmatch(text.strip()):  # a bare post id from an older store
            return cls(since_id=text.strip())
        try:
            raw = json.loads(text)
        except ValueError:
            return cls()
        if not isinstance(raw, dict):
            return cls()

        def field(name: str) -> str | None:
            value = raw.get(name)
            return str(value) if isinstance(value, str | int) and value != "" else None

        return cls(
            field("user_id"),
            field("since_id"),
            field("until_id"),
            field("newest_id"),
            field("start_time"),
        )

    def dump(self) -> str:
        data = {
            k: v
            for k, v in (
                ("user_id", self.user_id),
                ("since_id", self.since_id),
                ("until_id", self.until_id),
                ("newest_id", self.newest_id),
                ("start_time", self.start_time),
            )
            if v is not None
        }
        return json.dumps(data, sort_keys=True)


def _newer(a: str | None, b: str | None) -> str | None:
    """The larger of two post ids (ids grow with time)."""
    if a is None:
        return b
    if b is None:
        return a
    return a if int(a) >= int(b) else b


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
        self.sleep = sleep
        self.token_env = token_env
        self.include_reposts = include_reposts
        self.max_posts_per_run = max_posts_per_run
        self.backfill_days = backfill_days
        self.api_url = api_url.rstrip("/")
        self.policy = policy or RetryPolicy()
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

    # -- calls ------------------------------------------------------------------------------

    def _call(self, who: str, what: str, fn: Any, /, **kwargs: Any) -> Any:
        """One tweepy call with 429 waits and 5xx backoff, all through the injected sleep."""
        if self.client is None:
            raise self._token_error(who, "is not set")
        waited = 0.0
        failures = 0
        while True:
            try:
                return fn(**kwargs)
            except tweepy.TooManyRequests as exc:
                now = self.clock().timestamp()
                reset = getattr(exc, "reset_time", None)
                wait = (
                    max(float(reset) - now, 0.0) + 1.0
                    if reset is not None
                    else self.policy.default_rate_wait
                )
                if waited + wait > self.policy.max_rate_wait:
                    when = (
                        f" until {datetime.fromtimestamp(float(reset), UTC):%H:%M:%S} UTC"
                        if reset is not None
                        else ""
                    )
                    raise SourceError(
                        f"{who}: X rate limit reached while {what}{when}, longer than the "
                        f"{self.policy.max_rate_wait:.0f} s this run may wait; run again later"
                    ) from None
                waited += wait
                self.sleep(wait)
            except tweepy.TwitterServerError as exc:
                failures += 1
                if failures >= self.policy.attempts:
                    raise SourceError(
                        f"{who}: X answered HTTP {exc.response.status_code} {failures} times "
                        f"while {what}; X is having trouble, run again later"
                    ) from None
                self.sleep(self.policy.delay(failures))
            except tweepy.Unauthorized:
                raise self._token_error(who, "was refused by X (HTTP 401)") from None
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
                if failures >= self.policy.attempts:
                    raise SourceError(
                        f"{who}: could not reach the X API ({type(exc).__name__}) after "
                        f"{failures} tries while {what}; check the network and "
                        "[sources.x] base_url, then run again"
                    ) from None
                self.sleep(self.policy.delay(failures))

    def _token_error(self, who: str, what: str) -> SourceError:
        return SourceError(
            f"{who}: the X bearer token {what}; set the environment variable {self.token_env} "
            "to the app's bearer token (X developer portal, Keys and tokens) and run again",
            fatal_for_network=True,
        )

    # -- reading ----------------------------------------------------------------------------

    def _resolve(self, who: str, username: str, cursor: _Cursor) -> tuple[str, str]:
        key = username.lower()
        with self._lock:
            cached = self._user_ids.get(key)
        if cached is not None:
            return cached
        if cursor.user_id is not None:
            return cursor.user_id, username
        response = self._call(
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
            raise self._token_error(who, "is not set")
        if self._budget_left() <= 0:
            # Spent by earlier accounts: no request at all, and the saved cursor stays.
            return Batch(cursor=None, notes=[self._budget_note()])
        username = match.group(1)
        state = _Cursor.parse(cursor)
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
                response = self._call(
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
                if not _ID.fullmatch(post_id):
                    continue  # not a post id: nothing to key, link or compare it by
                newest = _newer(newest, post_id)
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
        return Batch(
            posts=posts, cursor=self._next_cursor(state, newest, oldest, complete), notes=notes
        )

    def _next_cursor(
        self, state: _Cursor, newest: str | None, oldest: str | None, complete: bool
    ) -> str:
        # The newest post of everything read so far, including an earlier interrupted run.
        top = _newer(state.newest_id, newest)
        if complete:
            if top is not None:
                return _Cursor(state.user_id, since_id=top).dump()
            # Nothing new: keep the lower bound (or the backfill start on a first run).
            return _Cursor(
                state.user_id,
                since_id=state.since_id,
                start_time=None if state.since_id else state.start_time,
            ).dump()
        if oldest is None:
            return state.dump()
        # Interrupted: resume below the oldest post read, keep the lower bound.
        return _Cursor(
            state.user_id,
            since_id=state.since_id,
            until_id=oldest,
            newest_id=top,
            start_time=None if state.since_id else state.start_time,
        ).dump()

    def _post(
        self, account: Account, username: str, raw: dict[str, Any], post_id: str, source: str
    ) -> Post | None:
        created = parse_time(raw.get("created_at"))
        if created is None:
            return None
        text = str(raw.get("text") or "")
        note = raw.get("note_tweet")
        if isinstance(note, dict) and isinstance(note.get("text"), str):
            text = note["text"]  # long posts: `text` is cut at 280 characters
        entities = raw.get("entities")
        if isinstance(entities, dict):
            # Show where t.co links really go; the scorer and reviewers need the domain.
            for link in entities.get("urls") or []:
                if isinstance(link, dict) and link.get("url") and link.get("expanded_url"):
                    text = text.replace(str(link["url"]), str(link["expanded_url"]))
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
            raise self._token_error(who, "is not set")
        gone: set[str] = set()
        ids = [p for p in dict.fromkeys(post_ids) if _ID.fullmatch(p)]
        for start in range(0, len(ids), 100):  # the lookup takes at most 100 ids
            chunk = ids[start : start + 100]
            response = self._call(
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
