"""A loopback HTTP server speaking the parts of the X v2, Mastodon and Bluesky APIs we read.

For integration tests and benchmarks: the live sources are pointed at it through `base_url`.
Data is generated on the fly from the account and post indexes (nothing is stored), so large
configurations cost no memory. Every request is counted; an optional per-request latency
(`time.sleep` in the handler thread) imitates a remote API, and `rate_limit_once` answers the
first timeline request of each API with a 429 carrying that API's reset headers.

    with LoopbackAPI(LoopbackConfig(accounts=3, posts_per_account=250)) as api:
        api.url               # http://127.0.0.1:<port>
        api.handles("x")      # ["@user0", "@user1", "@user2"]
        api.counts["x.tweets"]
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

ID_BASE = 1_800_000_000_000_000_000  # X and Mastodon ids are big, time-ordered integers
ID_STRIDE = 1_000_000  # ids of account i: ID_BASE + i * ID_STRIDE + (1 .. posts)
X_USER = re.compile(r"/2/users/by/username/(\w+)")
X_TWEETS = re.compile(r"/2/users/(\d+)/tweets")
M_STATUSES = re.compile(r"/api/v1/accounts/(\d+)/statuses")
M_STATUS = re.compile(r"/api/v1/statuses/(\w+)")
USER = re.compile(r"user(\d+)")


@dataclass
class LoopbackConfig:
    accounts: int = 3
    posts_per_account: int = 50
    latency: float = 0.0  # seconds slept by the handler before each answer
    rate_limit_once: bool = False  # first timeline request of each API gets a 429
    reset_after: int = 2  # seconds to the advertised reset of that 429
    spacing: timedelta = timedelta(minutes=10)  # time between two posts of an account
    now: datetime = field(default_factory=lambda: datetime.now(UTC).replace(microsecond=0))


class LoopbackAPI:
    """The server; a context manager that starts it on a free port and stops it."""

    def __init__(self, config: LoopbackConfig | None = None) -> None:
        self.config = config or LoopbackConfig()
        self.counts: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._limited: set[str] = set()
        self.deleted: set[int] = set()  # post ids every API now answers as gone
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _make_handler(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> LoopbackAPI:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    # -- generated data -------------------------------------------------------------------

    def handles(self, network: str) -> list[str]:
        n = range(self.config.accounts)
        if network == "x":
            return [f"@user{i}" for i in n]
        if network == "mastodon":
            return [f"@user{i}@loopback.example" for i in n]
        if network == "bluesky":
            return [f"user{i}.loopback.example" for i in n]
        raise ValueError(network)

    def post_id(self, account: int, k: int) -> int:
        """Id of the k-th newest post (k=0 newest) of an account."""
        return ID_BASE + account * ID_STRIDE + (self.config.posts_per_account - k)

    def created(self, k: int) -> datetime:
        return self.config.now - self.config.spacing * (k + 1)

    def text(self, network: str, account: int, k: int) -> str:
        return f"{network} post {k} of user{account}: shipping the release today"

    def delete(self, account: int, k: int) -> int:
        """Delete the k-th newest post of an account on every API; returns its id."""
        post_id = self.post_id(account, k)
        with self._lock:
            self.deleted.add(post_id)
        return post_id

    def exists(self, post_id: int) -> bool:
        offset = post_id - ID_BASE
        account, n = divmod(offset, ID_STRIDE)
        return (
            0 <= account < self.config.accounts
            and 1 <= n <= self.config.posts_per_account
            and post_id not in self.deleted
        )

    def count(self, key: str) -> None:
        with self._lock:
            self.counts[key] += 1

    def limit_once(self, api: str) -> bool:
        """True exactly once per API when `rate_limit_once` is set."""
        if not self.config.rate_limit_once:
            return False
        with self._lock:
            if api in self._limited:
                return False
            self._limited.add(api)
            self.counts["429"] += 1
            return True

    def reset_epoch(self) -> int:
        return int(time.time()) + self.config.reset_after

    def _account(self, text: str) -> int | None:
        match = USER.fullmatch(text)
        if match is None or int(match.group(1)) >= self.config.accounts:
            return None
        return int(match.group(1))

    # -- X v2 -------------------------------------------------------------------------------

    def x_user(self, username: str) -> tuple[int, dict[str, Any], dict[str, str]]:
        self.count("x.user")
        i = self._account(username)
        if i is None:
            return (
                200,
                {
                    "errors": [
                        {
                            "title": "Not Found Error",
                            "value": username,
                            "detail": f"Could not find user with username: [{username}].",
                        }
                    ]
                },
                {},
            )
        return 200, {"data": {"id": str(1000 + i), "name": f"User {i}", "username": username}}, {}

    def x_tweets(self, user_id: str, q: dict[str, str]) -> tuple[int, Any, dict[str, str]]:
        self.count("x.tweets")
        if self.limit_once("x"):
            return (
                429,
                {"title": "Too Many Requests", "status": 429},
                {
                    "x-rate-limit-limit": "1500",
                    "x-rate-limit-remaining": "0",
                    "x-rate-limit-reset": str(self.reset_epoch()),
                },
            )
        i = int(user_id) - 1000
        if not 0 <= i < self.config.accounts:
            return 200, {"errors": [{"title": "Not Found Error"}]}, {}
        since = int(q.get("since_id", "0"))
        until = int(q["until_id"]) if "until_id" in q else None
        start = _parse(q["start_time"]) if "start_time" in q else None
        ks = [
            k
            for k in range(self.config.posts_per_account)
            if self.exists(self.post_id(i, k))
            and self.post_id(i, k) > since
            and (until is None or self.post_id(i, k) < until)
            and (start is None or self.created(k) >= start)
        ][:3200]
        size = min(int(q.get("max_results", "10")), 100)
        offset = int(q.get("pagination_token", "0"))
        page = ks[offset : offset + size]
        meta: dict[str, Any] = {"result_count": len(page)}
        if page:
            meta["newest_id"] = str(self.post_id(i, page[0]))
            meta["oldest_id"] = str(self.post_id(i, page[-1]))
        if offset + size < len(ks):
            meta["next_token"] = str(offset + size)
        body: dict[str, Any] = {"meta": meta}
        if page:
            body["data"] = [
                {
                    "id": str(self.post_id(i, k)),
                    "text": self.text("x", i, k),
                    "created_at": _iso(self.created(k)),
                    "lang": "en",
                    "edit_history_tweet_ids": [str(self.post_id(i, k))],
                    "public_metrics": {
                        "retweet_count": 0,
                        "reply_count": 0,
                        "like_count": k,
                        "quote_count": 0,
                    },
                }
                for k in page
            ]
        return 200, body, {"x-rate-limit-remaining": "1000"}

    # -- Mastodon ---------------------------------------------------------------------------

    def m_lookup(self, q: dict[str, str]) -> tuple[int, Any, dict[str, str]]:
        self.count("mastodon.lookup")
        i = self._account(q.get("acct", ""))
        if i is None:
            return 404, {"error": "Record not found"}, {}
        return 200, {"id": str(2000 + i), "username": f"user{i}", "acct": f"user{i}"}, {}

    def m_statuses(
        self, account_id: str, q: dict[str, str], host: str
    ) -> tuple[int, Any, dict[str, str]]:
        self.count("mastodon.statuses")
        if self.limit_once("mastodon"):
            reset = datetime.fromtimestamp(self.reset_epoch(), UTC)
            return (
                429,
                {"error": "Too many requests"},
                {
                    "X-RateLimit-Limit": "300",
                    "X-RateLimit-Remaining": "0",
                    "X-RateLimit-Reset": _iso(reset),
                },
            )
        i = int(account_id) - 2000
        if not 0 <= i < self.config.accounts:
            return 404, {"error": "Record not found"}, {}
        since = int(q.get("since_id", "0"))
        max_id = int(q["max_id"]) if "max_id" in q else None
        ks = [
            k
            for k in range(self.config.posts_per_account)
            if self.exists(self.post_id(i, k))
            and self.post_id(i, k) > since
            and (max_id is None or self.post_id(i, k) < max_id)
        ]
        size = min(int(q.get("limit", "20")), 40)
        page = ks[:size]
        headers = {"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "299"}
        if len(ks) > size:
            nxt = urlencode({"limit": size, "max_id": self.post_id(i, page[-1])})
            headers["Link"] = (
                f'<http://{host}/api/v1/accounts/{account_id}/statuses?{nxt}>; rel="next"'
            )
        body = [
            {
                "id": str(self.post_id(i, k)),
                "created_at": _iso(self.created(k)),
                "content": f"<p>{self.text('mastodon', i, k)}<br>second line</p>",
                "spoiler_text": "",
                "visibility": "public",
                "language": "en",
                "url": f"https://loopback.example/@user{i}/{self.post_id(i, k)}",
                "uri": f"https://loopback.example/users/user{i}/statuses/{self.post_id(i, k)}",
                "in_reply_to_id": None,
                "reblog": None,
            }
            for k in page
        ]
        return 200, body, headers

    # -- Bluesky ----------------------------------------------------------------------------

    def b_profile(self, q: dict[str, str]) -> tuple[int, Any, dict[str, str]]:
        self.count("bluesky.profile")
        actor = q.get("actor", "")
        i = self._account(actor.split(".")[0]) if not actor.startswith("did:") else None
        if actor.startswith("did:plc:loopback"):
            i = int(actor.removeprefix("did:plc:loopback"))
        if i is None or i >= self.config.accounts:
            return 400, {"error": "InvalidRequest", "message": "Profile not found"}, {}
        return 200, {"did": f"did:plc:loopback{i}", "handle": f"user{i}.loopback.example"}, {}

    def b_feed(self, q: dict[str, str]) -> tuple[int, Any, dict[str, str]]:
        self.count("bluesky.feed")
        if self.limit_once("bluesky"):
            return (
                429,
                {"error": "RateLimitExceeded", "message": "Rate Limit Exceeded"},
                {
                    "ratelimit-limit": "3000",
                    "ratelimit-remaining": "0",
                    "ratelimit-reset": str(self.reset_epoch()),
                },
            )
        actor = q.get("actor", "")
        if not actor.startswith("did:plc:loopback"):
            return 400, {"error": "InvalidRequest", "message": "Profile not found"}, {}
        i = int(actor.removeprefix("did:plc:loopback"))
        did = actor
        size = min(int(q.get("limit", "50")), 100)
        offset = int(q.get("cursor", "0"))
        ks = range(offset, min(offset + size, self.config.posts_per_account))
        feed = [
            {
                "post": {
                    "uri": f"at://{did}/app.bsky.feed.post/{self.post_id(i, k)}",
                    "cid": f"bafy{self.post_id(i, k)}",
                    "author": {"did": did, "handle": f"user{i}.loopback.example"},
                    "record": {
                        "$type": "app.bsky.feed.post",
                        "text": self.text("bluesky", i, k),
                        "createdAt": _iso(self.created(k)),
                        "langs": ["en"],
                    },
                    "indexedAt": _iso(self.created(k)),
                }
            }
            for k in ks
            if self.exists(self.post_id(i, k))
        ]
        body: dict[str, Any] = {"feed": feed}
        if offset + size < self.config.posts_per_account:
            body["cursor"] = str(offset + size)
        return 200, body, {"ratelimit-limit": "3000", "ratelimit-remaining": "2999"}

    # -- deletion checks -------------------------------------------------------------------

    def x_lookup(self, ids: str) -> tuple[int, Any, dict[str, str]]:
        self.count("x.lookup")
        found = [i for i in ids.split(",") if i.isdigit() and self.exists(int(i))]
        body: dict[str, Any] = {
            "errors": [
                {"value": i, "title": "Not Found Error", "resource_type": "tweet"}
                for i in ids.split(",")
                if i not in found
            ]
        }
        if found:
            body["data"] = [{"id": i, "text": "", "edit_history_tweet_ids": [i]} for i in found]
        return 200, body, {}

    def m_status(self, status_id: str) -> tuple[int, Any, dict[str, str]]:
        self.count("mastodon.status")
        if status_id.isdigit() and self.exists(int(status_id)):
            return 200, {"id": status_id}, {}
        return 404, {"error": "Record not found"}, {}

    def b_posts(self, uris: list[str]) -> tuple[int, Any, dict[str, str]]:
        self.count("bluesky.posts")
        posts = []
        for uri in uris:
            rkey = uri.rsplit("/", 1)[-1]
            if rkey.isdigit() and self.exists(int(rkey)):
                posts.append({"uri": uri, "cid": f"bafy{rkey}"})
        return 200, {"posts": posts}, {}

    # -- dispatch ---------------------------------------------------------------------------

    def answer(
        self, path: str, multi: dict[str, list[str]], host: str
    ) -> tuple[int, Any, dict[str, str]]:
        if self.config.latency > 0:
            time.sleep(self.config.latency)
        q = {k: v[-1] for k, v in multi.items()}
        if path == "/2/tweets":
            return self.x_lookup(q.get("ids", ""))
        if m := M_STATUS.fullmatch(path):
            return self.m_status(m.group(1))
        if path == "/xrpc/app.bsky.feed.getPosts":
            return self.b_posts(multi.get("uris", []))
        if m := X_USER.fullmatch(path):
            return self.x_user(m.group(1))
        if m := X_TWEETS.fullmatch(path):
            return self.x_tweets(m.group(1), q)
        if path == "/api/v1/accounts/lookup":
            return self.m_lookup(q)
        if m := M_STATUSES.fullmatch(path):
            return self.m_statuses(m.group(1), q, host)
        if path == "/xrpc/app.bsky.actor.getProfile":
            return self.b_profile(q)
        if path == "/xrpc/app.bsky.feed.getAuthorFeed":
            return self.b_feed(q)
        self.count("unknown")
        return 404, {"error": f"no route for {path}"}, {}


def _make_handler(api: LoopbackAPI) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as real APIs do

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            status, body, headers = api.answer(
                parts.path, parse_qs(parts.query), self.headers.get("Host", "127.0.0.1")
            )
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            pass  # quiet: tests and benchmarks read `counts` instead

    return Handler


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))
