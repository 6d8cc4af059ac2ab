"""Plain data shared by every layer: people, accounts, consent and posts.

Nothing here does I/O; the roster parser, the sources and the store build and read these.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime

NETWORKS: tuple[str, ...] = ("x", "mastodon", "bluesky", "feed", "archive", "jsonl")
ROLES: tuple[str, ...] = ("staff", "ambassador", "brand")


@dataclass(frozen=True, slots=True)
class Consent:
    """A consent record for one account: reading is allowed only while it is active."""

    granted: date
    expires: date | None = None
    revoked: date | None = None
    reference: str = ""

    def active_on(self, day: date) -> bool:
        if day < self.granted:
            return False
        if self.expires is not None and day > self.expires:
            return False
        return not (self.revoked is not None and day >= self.revoked)

    def state_on(self, day: date) -> str:
        """`active`, `pending` (granted in the future), `expired` or `revoked`."""
        if self.revoked is not None and day >= self.revoked:
            return "revoked"
        if day < self.granted:
            return "pending"
        if self.expires is not None and day > self.expires:
            return "expired"
        return "active"


@dataclass(frozen=True, slots=True)
class Account:
    """One account of one person on one network.

    `handle` is what the network needs to find it: `@user` on X, `@user@instance` on Mastodon,
    `name.bsky.social` on Bluesky, a feed URL for `feed`, a file path for `archive` and `jsonl`.
    """

    person_id: str
    network: str
    handle: str
    consent: Consent

    @property
    def key(self) -> str:
        """Stable identity of the account, used for cursors and failure reports."""
        return f"{self.network}:{self.handle}"


@dataclass(frozen=True, slots=True)
class Person:
    person_id: str
    name: str
    role: str
    accounts: tuple[Account, ...] = ()

    def active_accounts(self, day: date) -> tuple[Account, ...]:
        return tuple(a for a in self.accounts if a.consent.active_on(day))


@dataclass(frozen=True, slots=True)
class Post:
    """A public post as read from a source, with its provenance.

    `edited_at` is when the network says the post was last edited (Mastodon's `edited_at`, an
    Atom entry's `<updated>` later than its `<published>`); None when it says nothing.
    """

    network: str
    post_id: str
    person_id: str
    account: str
    text: str
    created_at: datetime
    url: str | None
    source: str
    fetched_at: datetime
    tool_version: str
    is_repost: bool = False
    lang: str | None = None
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    edited_at: datetime | None = None


def finding_id(network: str, post_id: str, rule: str, version: int = 0) -> str:
    """The stable id of one rule on one version of a post (what `auditor review` and decision
    files use): 12 hex digits of a SHA-256. `version` counts the edits the store has seen
    (`StoredPost.version`); a post as first seen is version 0, whose ids are those of stores
    from before edits were kept. An edited post's findings get new ids, so a decision taken on
    the earlier text never applies to the new one."""
    raw = f"{network}\n{post_id}\n{rule}" + (f"\n{version}" if version else "")
    return hashlib.sha256(raw.encode()).hexdigest()[:12]


@dataclass(frozen=True, slots=True)
class Organization:
    """The organization-specific words the policy needs (from `[organization]` in auditor.toml)."""

    name: str = ""
    aliases: tuple[str, ...] = ()
    products: tuple[str, ...] = ()
    competitors: tuple[str, ...] = ()
    codenames: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """Every way the organization itself is named (name first)."""
        return tuple(n for n in (self.name, *self.aliases) if n)
