"""The one small interface every source implements.

A source turns one consented account into a `Batch` of posts newer than a cursor. Sources get
everything that touches the outside world (HTTP client, tweepy client, clock, sleep) from their
constructor, so tests hand them mock transports and never wait or reach a network.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Protocol, runtime_checkable

from auditor.errors import AuditorError
from auditor.models import Account, Post

Clock = Callable[[], datetime]
Sleep = Callable[[float], None]

# The longest post text a file source accepts (README, "JSONL and archive input"). X allows
# 25,000 characters and blogs rarely reach this; scoring and storing a text that is much longer
# (a whole dump in one field) takes minutes and gigabytes, so it is refused, not cut.
MAX_TEXT_CHARS = 100_000
# How far past the clock a file's created_at may be: a local time written without its offset
# is up to 14 hours off. Later than that the date is wrong, and a wrong date would misplace
# the post in every report and trend, so the file is refused.
FUTURE_SLACK = timedelta(days=1)
# Marks a post (in `Post.extra`) that a source read again at or before its cursor, only to
# find edits: the run stores it only as an edit of a post it holds (another text), never as a
# new post, and does not count it as read. Used by the feed and Mastodon sources.
REREAD = "reread"


def utcnow() -> datetime:
    return datetime.now(UTC)


class SourceError(AuditorError):
    """An expected failure for one account: the message says what happened and what to do.

    `fatal_for_network` stops the other accounts of the same network for this run (a bad token).
    A run records it against the account and goes on; a command that reads one file itself
    (`scan --archive`) lets it reach the CLI, which prints it and exits 2 like any bad file.
    """

    exit_code = 2

    def __init__(self, message: str, *, fatal_for_network: bool = False) -> None:
        super().__init__(message)
        self.fatal_for_network = fatal_for_network


def checked_text(text: str, where: str) -> str:
    """`text`, or a SourceError naming `where` when it is over `MAX_TEXT_CHARS`."""
    if len(text) > MAX_TEXT_CHARS:
        raise SourceError(
            f"{where}: the text is over {MAX_TEXT_CHARS:,} characters, the limit for one post; "
            "shorten it"
        )
    return text


def checked_created(created: datetime, now: datetime, where: str) -> datetime:
    """`created`, or a SourceError naming `where` when it is more than `FUTURE_SLACK` ahead."""
    if created > now + FUTURE_SLACK:
        raise SourceError(
            f"{where}: created_at {created.isoformat()} is in the future "
            f"(now {now.isoformat(timespec='seconds')}); correct the date"
        )
    return created


@dataclass(slots=True)
class Batch:
    """What one account yielded in one run.

    `cursor` is the newest position read (post id or timestamp) and is saved with the posts in
    one transaction; `None` keeps the previous cursor. `notes` are shown in the run summary
    (budget reached, reposts skipped, ...). `username` is the account the data itself says it
    is (an X archive's data/account.js), checked against the roster before anything is stored.
    """

    posts: list[Post] = field(default_factory=list)
    cursor: str | None = None
    notes: list[str] = field(default_factory=list)
    username: str | None = None


class Source(Protocol):
    """Reads one network. `network` is one of `auditor.models.NETWORKS`."""

    network: str

    def fetch(self, account: Account, cursor: str | None) -> Batch:
        """Read posts of `account` newer than `cursor` (None: first run). Raise SourceError."""
        ...


@runtime_checkable
class DeletionChecker(Protocol):
    """Optional: a source that can tell which earlier posts have since disappeared."""

    def missing(self, account: Account, post_ids: list[str]) -> set[str]:
        """Return the ids among `post_ids` that the network no longer serves."""
        ...


@dataclass(slots=True)
class Recheck:
    """What a source's check of earlier posts found: the ids the network no longer serves,
    and the posts it serves edited (as they read now, with their `edited_at`)."""

    gone: set[str] = field(default_factory=set)
    edited: list[Post] = field(default_factory=list)


@runtime_checkable
class EditChecker(Protocol):
    """Optional: a source whose deleted-post check reads each post whole and can also tell
    which were edited. A source's cursor returns few or no posts already read (a feed's
    entries and Mastodon's newest page are handed back marked `REREAD`, older posts are not),
    so for flagged posts this check is how an edit (an offensive post made harmless, or worse)
    reaches the store: no request beyond the deleted-post check's own."""

    def recheck(self, account: Account, post_ids: list[str]) -> Recheck:
        """The ids among `post_ids` that are gone, and those the network says were edited."""
        ...
