"""Plain data shared by every layer: people, accounts, consent and posts.

Nothing here does I/O; the roster parser, the sources and the store build and read these.
"""

from __future__ import annotations

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
    """A public post as read from a source, with its provenance."""

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
