"""One audit run: consent gate, read every account, score new posts, store each batch.

Accounts are read concurrently (a bounded pool, with per-network limits); scoring and writing
happen on the calling thread, one transaction per account, so a failing account never stops the
others and a killed run leaves whole batches only.

A post already stored is scored again only when its text differs from the stored one (an
edit; the store decides, see `Store.save_batch`); the same text read again costs a comparison.
Which edits come back at all depends on the source's cursor: a JSONL file or an archive that
changed is read whole; a feed is downloaded whole each run and hands back its entries at or
before the cursor marked `REREAD`, as the Mastodon source does with the edited statuses on the
newest page it fetches each run; and a flagged Mastodon status is re-read by the deleted-post
check (`EditChecker`). Posts read again that way (and by the check) are kept only as edits of
stored posts, never as new ones, and are not counted as read. An edit on X is a new post with
its own id; a Bluesky post already read, an RSS item that has left the feed and an unflagged
Mastodon status older than the newest page are not read again, so their edits are not seen.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Protocol
from urllib.parse import urlsplit

import auditor
from auditor.models import Account, Person, Post
from auditor.redact import redact
from auditor.scoring.types import BANDS, Score
from auditor.sources.archive import owner_problem
from auditor.sources.base import (
    REREAD,
    Batch,
    Clock,
    DeletionChecker,
    EditChecker,
    Source,
    SourceError,
)
from auditor.store import AccountResult, ConsentWithdrawn, Store, StoredText

# Why an account's batch was dropped when its consent ended while it was being read.
CONSENT_ENDED = "consent ended during the run (revoked or expired): nothing stored"

# Per-network ceilings under the run's pool: APIs with rate limits get fewer workers.
# Ceilings per network (X, Bluesky: one API) or per host (each Mastodon instance, each blog),
# under the run's pool, so one slow or strict server never takes every worker.
NETWORK_LIMITS: dict[str, int] = {"x": 4, "mastodon": 4, "bluesky": 6, "feed": 4}


def limit_group(account: Account) -> str:
    """The server an account's requests go to: the unit that per-host limits apply to."""
    if account.network == "mastodon":
        return "mastodon:" + account.handle.rsplit("@", 1)[-1].lower()
    if account.network == "feed":
        return "feed:" + urlsplit(account.handle).netloc.lower()
    return account.network


def interleave(accounts: Sequence[Account]) -> list[Account]:
    """Round-robin over servers, so the pool's workers spread over them from the start."""
    groups: dict[str, list[Account]] = {}
    for account in accounts:
        groups.setdefault(limit_group(account), []).append(account)
    queues = list(groups.values())
    return [q[i] for i in range(max(map(len, queues), default=0)) for q in queues if i < len(q)]


class ScorerLike(Protocol):
    @property
    def policy_version(self) -> str: ...

    def score(self, text: str) -> Score: ...


@dataclass(slots=True)
class RunSummary:
    run_id: str
    kind: str
    day: date
    people: int = 0
    accounts: int = 0
    accounts_failed: list[tuple[str, str]] = field(default_factory=list)
    accounts_skipped: list[tuple[str, str]] = field(default_factory=list)
    posts_read: int = 0
    posts_new: int = 0
    posts_edited: int = 0  # stored posts read again with another text (their new version)
    deleted_since_flagged: int = 0
    flagged_by_band: Counter[str] = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "run_id": self.run_id,
            "kind": self.kind,
            "day": self.day.isoformat(),
            "people": self.people,
            "accounts": self.accounts,
            "accounts_failed": [list(x) for x in self.accounts_failed],
            "accounts_skipped": [list(x) for x in self.accounts_skipped],
            "posts_read": self.posts_read,
            "posts_new": self.posts_new,
            "posts_edited": self.posts_edited,
            "deleted_since_flagged": self.deleted_since_flagged,
            "flagged_by_band": {b: self.flagged_by_band.get(b, 0) for b in BANDS[1:]},
            "notes": self.notes,
        }


AccountHook = Callable[[AccountResult], None]
# (event, count): "fetched" once per account read (count = posts in its batch, 0 on failure),
# then "scored" once per post of that batch as it is scored or skipped as already stored.
ProgressHook = Callable[[str, int], None]


@dataclass(slots=True)
class Fetched:
    batch: Batch
    deleted: list[str]
    # Posts read again only to find edits: the ones the source marked `REREAD`, and flagged
    # posts as the deleted-post check found them edited. Not counted as read, never new.
    rechecked: list[Post] = field(default_factory=list)


def _post_network(account_network: str) -> str:
    """The network stored on posts: an X archive's posts are X posts."""
    return "x" if account_network == "archive" else account_network


def consented_accounts(people: Sequence[Person], day: date) -> list[Account]:
    """The consent gate: only accounts whose consent is active on the run's date."""
    return [a for p in people for a in p.active_accounts(day)]


class Auditor:
    """Runs audits against an injected store, scorer, sources and clock."""

    def __init__(
        self,
        *,
        store: Store,
        scorer: ScorerLike,
        sources: Mapping[str, Source],
        clock: Clock,
        concurrency: int = 8,
        check_deleted: bool = True,
        scorer_for: Callable[[Account], ScorerLike] | None = None,
        on_account: AccountHook | None = None,
        on_progress: ProgressHook | None = None,
    ) -> None:
        self.store = store
        self.scorer = scorer
        self.sources = sources
        self.clock = clock
        self.concurrency = max(1, concurrency)
        self.check_deleted = check_deleted
        # A per-account scorer (a person's own review allow-list); `scorer` for everyone else.
        self.scorer_for = scorer_for
        self.on_account = on_account
        self.on_progress = on_progress or _no_progress
        self._limits: dict[str, threading.BoundedSemaphore] = {}
        self._limits_lock = threading.Lock()

    def run(self, people: Sequence[Person], *, kind: str = "run") -> RunSummary:
        """Read every consented account of `people`. A nightly run (any kind but "scan")
        adopts the posts of interrupted runs: they are new in this run, as if it stored them."""
        summary = self._begin(kind, adopt=kind != "scan")
        accounts = consented_accounts(people, summary.day)
        summary.people = len({a.person_id for a in accounts})
        summary.accounts = len(accounts)
        self._read_all(summary.run_id, accounts, summary)
        return self._finish(summary)

    def scan_batch(self, account: Account, batch: Batch, *, kind: str = "scan") -> RunSummary:
        """Store and score posts that were read outside the pool (a one-off archive scan).

        Raises SourceError, storing nothing, when the roster says the archive is not the
        person's. An archive that is not one of the person's roster accounts keeps no cursor:
        no later run reads it, and its cursor would make the roster account of the same file
        (its real owner's, if the archive was filed under the wrong person) look read already.
        """
        roster = self.store.people()
        problem = owner_problem(account, batch.username, roster)
        if problem:
            raise SourceError(problem)
        own = {a.key for p in roster if p.person_id == account.person_id for a in p.accounts}
        if account.key not in own:
            batch = replace(batch, cursor=None)
        summary = self._begin(kind)
        summary.people = summary.accounts = 1
        self._store_batch(summary.run_id, account, batch, summary)
        return self._finish(summary)

    def _begin(self, kind: str, *, adopt: bool = False) -> RunSummary:
        started = self.clock()
        run_id = self.store.begin_run(
            kind=kind,
            started_at=started,
            policy_version=self.scorer.policy_version,
            tool_version=auditor.__version__,
            adopt=adopt,
        )
        summary = RunSummary(run_id=run_id, kind=kind, day=started.date())
        if not adopt:
            return summary
        adopted = self.store.adopted(run_id)
        # Counted as if this run had stored them: its report shows them as new, and an edit
        # among them makes the run render the earlier reports again (they show the old text).
        summary.posts_new += adopted.posts
        summary.posts_edited += adopted.edited
        summary.flagged_by_band.update(adopted.bands)
        if adopted.posts:
            summary.notes.append(
                f"{adopted.posts} posts stored by an interrupted run are new in this run"
            )
        if adopted.edited:
            summary.notes.append(
                f"{adopted.edited} edited posts read by an interrupted run are edits in this run"
            )
        return summary

    def _finish(self, summary: RunSummary) -> RunSummary:
        status = "partial" if summary.accounts_failed else "done"
        self.store.finish_run(
            summary.run_id, finished_at=self.clock(), status=status, summary=summary.as_dict()
        )
        return summary

    def _fetch(self, account: Account, cursor: str | None) -> Batch:
        source = self.sources.get(account.network)
        if source is None:
            raise SourceError(f"no reader for network '{account.network}' is configured")
        ceiling = NETWORK_LIMITS.get(account.network)
        if ceiling is None:
            return source.fetch(account, cursor)
        group = limit_group(account)
        with self._limits_lock:
            limit = self._limits.setdefault(group, threading.BoundedSemaphore(ceiling))
        with limit:
            return source.fetch(account, cursor)

    def _read_all(self, run_id: str, accounts: Sequence[Account], summary: RunSummary) -> None:
        # Store reads happen here, on the calling thread; workers only talk to the networks.
        cursors = {a.key: self.store.cursor(a.key) for a in accounts}
        flagged = {a.key: self.store.flagged_ids(a) for a in accounts} if self.check_deleted else {}
        stopped: dict[str, str] = {}  # network -> why it was stopped for this run
        roster = self.store.people() if any(a.network == "archive" for a in accounts) else []
        with ThreadPoolExecutor(max_workers=self.concurrency) as pool:
            futures: dict[Future[Fetched], Account] = {
                pool.submit(self._work, a, cursors[a.key], flagged.get(a.key, []), stopped): a
                for a in interleave(accounts)
            }
            for future in as_completed(futures):
                account = futures[future]
                try:
                    fetched = future.result()
                except SourceError as exc:
                    if exc.fatal_for_network:
                        stopped.setdefault(account.network, exc.message)
                    self.on_progress("fetched", 0)
                    self._fail(run_id, account, exc.message, summary)
                    continue
                except Exception as exc:  # a bug in one reader must not stop the others
                    self.on_progress("fetched", 0)
                    self._fail(run_id, account, f"internal error: {type(exc).__name__}", summary)
                    continue
                self.on_progress("fetched", len(fetched.batch.posts))
                problem = owner_problem(account, fetched.batch.username, roster)
                if problem:
                    self._fail(
                        run_id, account, f"{problem}: check the roster's handle column", summary
                    )
                    continue
                self._store_batch(run_id, account, fetched.batch, summary, fetched.rechecked)
                if fetched.deleted:
                    network = _post_network(account.network)
                    marked = self.store.mark_deleted(network, fetched.deleted, now=self.clock())
                    summary.deleted_since_flagged += marked

    def _work(
        self,
        account: Account,
        cursor: str | None,
        flagged_ids: list[str],
        stopped: Mapping[str, str],
    ) -> Fetched:
        if account.network in stopped:
            raise SourceError(f"not read: {account.network} stopped for this run")
        batch = self._fetch(account, cursor)
        rechecked = [p for p in batch.posts if p.extra.get(REREAD)]
        if rechecked:
            batch = replace(batch, posts=[p for p in batch.posts if not p.extra.get(REREAD)])
        deleted: list[str] = []
        source = self.sources.get(account.network)
        try:
            if flagged_ids and isinstance(source, EditChecker):
                found = source.recheck(account, flagged_ids)
                deleted = sorted(found.gone)
                rechecked += found.edited
            elif flagged_ids and isinstance(source, DeletionChecker):
                deleted = sorted(source.missing(account, flagged_ids))
        except SourceError as exc:
            batch.notes.append(f"deleted-post check skipped: {exc.message}")
        return Fetched(batch, deleted, rechecked)

    def _fail(self, run_id: str, account: Account, message: str, summary: RunSummary) -> None:
        result = AccountResult(account.key, account.person_id, "failed", 0, 0, message)
        self.store.record_account(run_id, result)
        summary.accounts_failed.append((account.key, message))
        if self.on_account:
            self.on_account(result)

    def _store_batch(
        self,
        run_id: str,
        account: Account,
        batch: Batch,
        summary: RunSummary,
        rechecked: Sequence[Post] = (),
    ) -> None:
        read = {(p.network, p.post_id) for p in batch.posts}
        extra = [p for p in rechecked if (p.network, p.post_id) not in read]
        ids_by_network: dict[str, list[str]] = {}
        for post in (*batch.posts, *extra):
            ids_by_network.setdefault(post.network, []).append(post.post_id)
        stored = {
            (network, pid): known
            for network, ids in ids_by_network.items()
            for pid, known in self.store.stored_texts(network, ids).items()
        }
        scored: list[tuple[Post, Score]] = []
        scorer = self.scorer_for(account) if self.scorer_for else self.scorer
        given: set[tuple[str, str]] = set()
        for post in (*batch.posts, *extra):
            key = (post.network, post.post_id)
            if key in read:
                self.on_progress("scored", 1)
            known = stored.get(key)
            if key in given or (key in stored and not _maybe_edited(post, known)):
                continue  # given twice (the store keeps the first), or nothing to store
            if key not in read and known is None:
                continue  # read again only for edits, and not stored: not a new post
            given.add(key)
            score = scorer.score(post.text)
            text, score = redact(post.text, score)
            if known is not None and text == known.text:
                continue  # only a masked secret changed: the stored text is the same
            scored.append((replace(post, text=text) if text != post.text else post, score))
        message = "; ".join(batch.notes)
        result = AccountResult(account.key, account.person_id, "ok", len(batch.posts), 0, message)
        try:
            new = self.store.save_batch(
                run_id, account, scored, cursor=batch.cursor, result=result, now=self.clock()
            )
        except ConsentWithdrawn:
            summary.accounts_skipped.append((account.key, CONSENT_ENDED))
            if self.on_account:
                self.on_account(
                    AccountResult(account.key, account.person_id, "skipped", 0, 0, CONSENT_ENDED)
                )
            return
        summary.posts_read += len(batch.posts)
        summary.posts_new += new
        summary.posts_edited += new.edited
        # What was stored (new posts and the new versions of edited ones), not all scored.
        summary.flagged_by_band.update(new.bands)
        summary.notes.extend(f"{account.key}: {n}" for n in batch.notes)
        if self.on_account:
            self.on_account(replace(result, posts_new=new))


def _maybe_edited(post: Post, known: StoredText | None) -> bool:
    """Whether a post already stored (`known`; None: deleted by retention, never stored again)
    may be an edit (`StoredText.edited_by`). A stored text may differ only by its masked
    secrets, which only scoring tells (`redact`)."""
    return known is not None and known.edited_by(post)


def _no_progress(event: str, count: int) -> None:
    pass
