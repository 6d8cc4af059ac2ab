"""Blog collector: RSS 2.0 and Atom feeds, fetched with httpx and parsed with defusedxml.

Every entry is a post (title, blank line, text without HTML). Feeds are hostile input:
defusedxml refuses entity declarations (a "billion laughs" feed never expands), external
references and oversized bodies. The cursor is the newest entry time seen, as ISO 8601 UTC;
entries strictly newer than it are new. An entry's time is its date, or for an Atom entry its
`<updated>` when that is later: an entry edited after the last run is new again (with
`edited_at`), and the store keeps its new text.

The whole feed is downloaded on every run anyway, so the entries at or before the cursor are
returned too, marked `REREAD`: the run compares each with the stored post and keeps it only as
an edit (another text, and for a dated Atom entry a later `<updated>`), never as a new post,
and does not count it as read. That is how an RSS item, which has no edit date, is seen
edited. An entry that has left the feed is not read again: its later edits are not seen.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin, urlsplit
from xml.etree.ElementTree import Element, ParseError, tostring

import defusedxml
import defusedxml.ElementTree as SafeET
import httpx

import auditor
from auditor.models import Account, Post
from auditor.sources.base import REREAD, Batch, Clock, Sleep, SourceError
from auditor.sources.http import (
    Fetcher,
    RateGate,
    RetryPolicy,
    html_to_text,
    parse_time,
    unexpected_status,
)

ATOM = "{http://www.w3.org/2005/Atom}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
DC = "{http://purl.org/dc/elements/1.1/}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_ACCEPT = "application/atom+xml, application/rss+xml, application/xml;q=0.9, text/xml;q=0.8"
_PREFIX = re.compile(r"<(/?)[A-Za-z_][\w.-]*:")


def _text(element: Element | None) -> str:
    return (element.text or "").strip() if element is not None else ""


def _rss_time(value: str) -> datetime | None:
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return parse_time(value)  # some feeds put ISO dates in pubDate
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def _atom_body(element: Element | None) -> str:
    if element is None:
        return ""
    kind = (element.get("type") or "text").lower()
    if kind == "xhtml":
        # Children are namespaced XHTML; drop prefixes so the HTML reader sees <p>, <br>, <a>.
        inner = "".join(tostring(child, encoding="unicode") for child in element)
        return html_to_text(_PREFIX.sub(r"<\1", inner))
    if kind in ("html", "text/html"):
        return html_to_text(element.text or "")
    return "\n".join(" ".join(line.split()) for line in (element.text or "").strip().split("\n"))


def _atom_link(entry: Element, base: str) -> str | None:
    for link in entry.findall(f"{ATOM}link"):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return urljoin(base, link.get("href", ""))
    return None


class _Entry:
    __slots__ = ("body", "created", "edited", "entry_id", "lang", "link", "title")

    def __init__(
        self,
        entry_id: str,
        title: str,
        body: str,
        created: datetime | None,
        link: str | None,
        lang: str | None,
        edited: datetime | None = None,
    ) -> None:
        self.entry_id = entry_id
        self.title = title
        self.body = body
        self.created = created
        self.link = link
        self.lang = lang
        self.edited = edited  # an Atom <updated> later than <published>

    @property
    def newest(self) -> datetime | None:
        """The time the cursor compares: when it was published, or last edited if later."""
        return self.edited or self.created


def parse_feed(root: Element, feed_url: str) -> list[_Entry]:
    """Entries of an RSS 2.0 or Atom document; ValueError for anything else."""
    entries: list[_Entry] = []
    if root.tag == "rss":
        channel = root.find("channel")
        if channel is None:
            raise ValueError("an <rss> document without a <channel>")
        feed_lang = _text(channel.find("language")) or None
        for item in channel.findall("item"):
            link = _text(item.find("link")) or None
            guid = _text(item.find("guid"))
            body_html = _text(item.find(f"{CONTENT}encoded")) or _text(item.find("description"))
            created = _rss_time(_text(item.find("pubDate"))) or parse_time(
                _text(item.find(f"{DC}date"))
            )
            entries.append(
                _Entry(
                    guid or link or "",
                    html_to_text(_text(item.find("title"))),
                    html_to_text(body_html),
                    created,
                    urljoin(feed_url, link) if link else None,
                    feed_lang,
                )
            )
        return entries
    if root.tag == f"{ATOM}feed":
        feed_lang = root.get(XML_LANG)
        for entry in root.findall(f"{ATOM}entry"):
            link = _atom_link(entry, feed_url)
            body = entry.find(f"{ATOM}content")
            if body is None:
                body = entry.find(f"{ATOM}summary")
            published = parse_time(_text(entry.find(f"{ATOM}published")))
            updated = parse_time(_text(entry.find(f"{ATOM}updated")))
            entries.append(
                _Entry(
                    _text(entry.find(f"{ATOM}id")) or link or "",
                    _atom_body(entry.find(f"{ATOM}title")),
                    _atom_body(body),
                    published or updated,
                    link,
                    entry.get(XML_LANG) or feed_lang,
                    updated if published and updated and updated > published else None,
                )
            )
        return entries
    local = root.tag.rsplit("}", 1)[-1].lower()
    if local == "html":
        raise ValueError("a web page, not a feed")
    raise ValueError(f"a <{local}> document, neither RSS 2.0 nor Atom")


class FeedSource:
    """Reads blog posts from RSS 2.0 and Atom feeds; the account handle is the feed URL."""

    network = "feed"

    def __init__(
        self,
        http: httpx.Client,
        *,
        clock: Clock,
        sleep: Sleep,
        policy: RetryPolicy | None = None,
        gate: RateGate | None = None,
    ) -> None:
        self.fetcher = Fetcher(http, clock=clock, sleep=sleep, policy=policy, gate=gate)
        self.clock = clock

    def fetch(self, account: Account, cursor: str | None) -> Batch:
        url = account.handle.strip()
        who = f"feed {url} of {account.person_id}"
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise SourceError(
                f"{who}: not a feed address; write the full http(s):// URL of the blog's RSS "
                "or Atom feed in the roster"
            )
        fetched = self.fetcher.get(
            url, who=who, budget=self.fetcher.budget(), headers={"Accept": _ACCEPT}
        )
        if fetched.status in (404, 410):
            raise SourceError(
                f"{who}: the feed is gone (HTTP {fetched.status}); ask for the blog's current "
                "feed address and update the roster"
            )
        if fetched.status != 200:
            raise unexpected_status(who, fetched)
        root = self._parse(who, fetched.body)
        try:
            entries = parse_feed(root, fetched.url)
        except ValueError as exc:
            raise SourceError(
                f"{who}: the address serves {exc}; use the blog's RSS or Atom feed address"
            ) from None

        since = parse_time(cursor) if cursor else None
        posts: list[Post] = []
        notes: list[str] = []
        undated = 0
        newest = since
        for entry in entries:
            when = entry.newest
            if entry.created is None or when is None or not entry.entry_id:
                undated += 1
                continue
            reread = since is not None and when <= since
            if not reread and (newest is None or when > newest):
                newest = when
            text = (
                f"{entry.title}\n\n{entry.body}"
                if entry.title and entry.body
                else (entry.title or entry.body)
            )
            posts.append(
                Post(
                    network="feed",
                    post_id=entry.entry_id,
                    person_id=account.person_id,
                    account=account.handle,
                    text=text,
                    created_at=entry.created,
                    url=entry.link,
                    source=url,
                    fetched_at=self.clock(),
                    tool_version=auditor.__version__,
                    is_repost=False,
                    lang=entry.lang,
                    extra={REREAD: "1"} if reread else {},
                    edited_at=entry.edited,
                )
            )
        if undated:
            notes.append(f"{undated} feed entries without a date or id skipped")
        return Batch(
            posts=posts,
            cursor=newest.isoformat() if newest is not None else None,
            notes=notes,
        )

    def _parse(self, who: str, body: bytes) -> Element:
        try:
            root: Any = SafeET.fromstring(
                body, forbid_dtd=False, forbid_entities=True, forbid_external=True
            )
        except defusedxml.DefusedXmlException as exc:
            raise SourceError(
                f"{who}: the feed declares XML entities or external references "
                f"({type(exc).__name__}); refused, because such feeds can expand to gigabytes "
                "(billion laughs). Ask the blog owner to fix the feed"
            ) from None
        except (ParseError, ValueError):
            raise SourceError(
                f"{who}: the address does not serve XML; use the blog's RSS or Atom feed "
                "address (often ending in /feed, /rss or /atom.xml)"
            ) from None
        if not isinstance(root, Element):
            raise SourceError(f"{who}: the feed could not be read as XML")
        return root
