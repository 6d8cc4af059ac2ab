"""The HR review workflow: decisions on findings, the person's response, allow-listed terms,
and the append-only audit trail behind all three (store schema 2).

A finding is identified by `finding_id(network, post_id, rule, version)`: 12 hex digits of a
SHA-256, so the same rule on the same post keeps its id when the post is scored again (re-scoring
makes new `findings` rows), and a dismissal stays dismissed. Several spans of one rule in one
post are one finding for review. An edit is another text: the store bumps the post's `version`,
so the new text's findings get new ids and start open, and the store drops the decisions on the
earlier findings, appending an `edit` row to each one's trail (`Store.save_batch`).

The trail (`review_trail`) is append-only: SQLite triggers abort any UPDATE or DELETE. It holds
who, when, what, the status before and after, the finding id, person id and rule: never post
text and never free text. Notes, responses and allow-list reasons live in `review_texts` (their
secrets and card numbers masked as in posts), which the trail points to; a revocation
(`Store.revoke`) deletes the person's texts, decisions and allow-list entries in the same
transaction (a trigger) and appends a `purge` row, so the record that a review happened
survives while the person's data does not.

The decisions file that the report saves and `auditor review import` applies is in
`auditor.decisions`.
"""

from __future__ import annotations

import getpass
import json
import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar

from auditor.errors import UsageError
from auditor.models import finding_id as finding_id  # the ids review takes live with the posts
from auditor.protected import is_protected
from auditor.redact import mask_text
from auditor.scoring.types import band_rank
from auditor.store import Store, StoredPost

DECISIONS: tuple[str, ...] = ("dismissed", "acknowledged", "escalated")
# "allowed": every span of the finding is a term on the allow-list (for everyone or the person).
STATUSES: tuple[str, ...] = ("open", *DECISIONS, "allowed")
# Statuses that no longer need anyone's attention: kept out of notifications and --fail-on.
CLOSED: frozenset[str] = frozenset({"dismissed", "allowed"})
MAX_TEXT = 4000
S = TypeVar("S")


@dataclass(frozen=True, slots=True)
class ReviewItem:
    finding_id: str
    person_id: str
    network: str
    post_id: str
    account: str
    created_at: datetime
    rule: str
    category: str
    severity: str  # the highest severity among the rule's spans in the post
    band: str  # the post's band
    matched: tuple[str, ...]  # the words that fired (masked when a secret), never the post text
    status: str
    reviewer: str | None
    decided_at: datetime | None
    scored_run_id: str


@dataclass(frozen=True, slots=True)
class TrailEntry:
    seq: int
    at: datetime
    actor: str
    action: str
    finding_id: str | None
    person_id: str | None
    rule: str | None
    before: str | None
    after: str | None
    text: str | None  # the note, response or reason; None when there was none
    text_removed: bool  # there was one, and a revocation deleted it


def _now() -> datetime:
    return datetime.now(UTC)


def iso(value: datetime) -> str:
    """How the review tables store times (UTC, ISO 8601)."""
    return value.astimezone(UTC).isoformat()


def clean(text: str, what: str) -> str:
    """Free text as stored: stripped, not empty, bounded; `what` names it in errors."""
    value = text.strip()
    if not value:
        raise UsageError(f"{what} must not be empty")
    if len(value) > MAX_TEXT:
        raise UsageError(f"{what} is longer than {MAX_TEXT} characters")
    return value


# -- reading -------------------------------------------------------------------------------


def allow_terms(store: Store) -> dict[str | None, set[str]]:
    """person_id (None for everyone) -> casefolded allow-listed terms."""
    terms: dict[str | None, set[str]] = {}
    for r in store.conn.execute("SELECT term, person_id FROM review_allow"):
        terms.setdefault(r["person_id"], set()).add(r["term"])
    return terms


def global_allow_terms(store: Store) -> tuple[str, ...]:
    """The terms allowed for everyone, for `Scorer(..., allow=...)`."""
    return tuple(sorted(allow_terms(store).get(None, set())))


class AllowScorers(Generic[S]):
    """The scorer for each person: the terms allowed for everyone plus the person's own.

    `make(terms)` builds a scorer (e.g. `runtime.make_scorer(cfg, allow=terms)`); one is built
    per distinct allow-list and reused. `for_person` is what a per-account scorer hook in the
    pipeline calls, so a per-person term never flags that person's new posts.
    """

    def __init__(
        self, terms: Mapping[str | None, set[str]], make: Callable[[tuple[str, ...]], S]
    ) -> None:
        self.terms = terms
        self.make = make
        self._built: dict[tuple[str, ...], S] = {}

    def for_person(self, person_id: str | None) -> S:
        mine = self.terms.get(None, set()) | (
            self.terms.get(person_id, set()) if person_id else set()
        )
        key = tuple(sorted(mine))
        if key not in self._built:
            self._built[key] = self.make(key)
        return self._built[key]


def states(store: Store) -> dict[str, sqlite3.Row]:
    """finding_id -> its current decision row."""
    return {r["finding_id"]: r for r in store.conn.execute("SELECT * FROM review_state")}


def items_from(
    posts: Iterable[StoredPost],
    states: Mapping[str, Any],
    allowed: Mapping[str | None, set[str]],
) -> list[ReviewItem]:
    """One review item per (post, rule) among the flagged posts' findings."""
    items: list[ReviewItem] = []
    everyone = allowed.get(None, set())
    for sp in posts:
        post = sp.post
        mine = everyone | allowed.get(post.person_id, set())
        by_rule: dict[str, list[Any]] = {}
        for f in sp.findings:
            by_rule.setdefault(f.rule, []).append(f)
        for rule, found in by_rule.items():
            fid = finding_id(post.network, post.post_id, rule, sp.version)
            state = states.get(fid)
            if state is not None:
                status = str(state["status"])
            elif mine and all(
                f.matched.casefold() in mine or f.decoded.casefold() in mine for f in found
            ):
                status = "allowed"
            else:
                status = "open"
            items.append(
                ReviewItem(
                    finding_id=fid,
                    person_id=post.person_id,
                    network=post.network,
                    post_id=post.post_id,
                    account=post.account,
                    created_at=post.created_at,
                    rule=rule,
                    category=found[0].category,
                    severity=max((f.severity for f in found), key=band_rank),
                    band=sp.band,
                    matched=tuple(dict.fromkeys(f.matched for f in found)),
                    status=status,
                    reviewer=state["reviewer"] if state is not None else None,
                    decided_at=(
                        datetime.fromisoformat(state["decided_at"]) if state is not None else None
                    ),
                    scored_run_id=sp.scored_run_id,
                )
            )
    return items


def list_items(
    store: Store,
    *,
    status: str | None = None,
    person: str | None = None,
    up_to_run: str | None = None,
) -> list[ReviewItem]:
    """Findings of the flagged posts now in the store, with their review status."""
    if status is not None and status not in STATUSES:
        raise UsageError(f"unknown status '{status}' (one of: {', '.join(STATUSES)})")
    posts = [
        sp for sp in store.flagged_posts(up_to_run) if person is None or sp.post.person_id == person
    ]
    items = items_from(posts, states(store), allow_terms(store))
    return [i for i in items if status is None or i.status == status]


def find_item(store: Store, fid: str) -> ReviewItem:
    wanted = fid.strip().lower()
    for item in list_items(store):
        if item.finding_id == wanted:
            return item
    raise UsageError(
        f"no finding '{fid}' among the flagged posts in the store: "
        "see `auditor review list` for the ids"
    )


def report_decisions(store: Store) -> dict[tuple[str, str], str]:
    """(network, post_id) -> the status a report card shows, for `write_report(decisions=)`.

    Any escalated finding makes the card "escalated"; a card with a finding still open keeps
    the report's own status (new, seen, deleted); otherwise "acknowledged" if any is, else
    "dismissed" (or "allowed" when every finding is allow-listed).
    """
    per_post: dict[tuple[str, str], list[str]] = {}
    for item in list_items(store):
        per_post.setdefault((item.network, item.post_id), []).append(item.status)
    out: dict[tuple[str, str], str] = {}
    for key, statuses in per_post.items():
        if "escalated" in statuses:
            out[key] = "escalated"
        elif "open" in statuses:
            continue
        elif "acknowledged" in statuses:
            out[key] = "acknowledged"
        elif all(s == "allowed" for s in statuses):
            out[key] = "allowed"
        else:
            out[key] = "dismissed"
    return out


def attention_items(store: Store, run_id: str, min_band: str) -> list[ReviewItem]:
    """Findings scored in `run_id` on posts at or above `min_band` that nobody has closed.

    What notifications report and `--fail-on` counts: dismissed and allow-listed findings
    never come back here, even when the post is scored again; nor does criticism of the
    employer (may be protected activity, never an alarm: the report lists it for review with
    HR and legal).
    """
    floor = band_rank(min_band)
    return [
        i
        for i in list_items(store)
        if i.scored_run_id == run_id
        and band_rank(i.band) >= floor
        and i.status not in CLOSED
        and not is_protected(i.category)
    ]


def history(store: Store, fid: str) -> list[TrailEntry]:
    """Every trail row about this finding, oldest first, plus purges of the person's data."""
    wanted = fid.strip().lower()
    rows = store.conn.execute(
        "SELECT t.*, x.body FROM review_trail t LEFT JOIN review_texts x ON x.id = t.text_id "
        "WHERE t.finding_id = ? OR (t.action = 'purge' AND t.person_id IN "
        "(SELECT person_id FROM review_trail WHERE finding_id = ?)) ORDER BY t.seq",
        (wanted, wanted),
    ).fetchall()
    return [
        TrailEntry(
            seq=r["seq"],
            at=datetime.fromisoformat(r["at"]),
            actor=r["actor"],
            action=r["action"],
            finding_id=r["finding_id"],
            person_id=r["person_id"],
            rule=r["rule"],
            before=r["before"],
            after=r["after"],
            text=mask_text(r["body"]) if r["body"] is not None else None,  # older texts too
            text_removed=r["text_id"] is not None and r["body"] is None,
        )
        for r in rows
    ]


# -- changing ------------------------------------------------------------------------------


def _add_text(
    conn: sqlite3.Connection, person_id: str | None, kind: str, body: str, at: str
) -> int:
    """Store a note or response with its secrets masked (an allow entry's reason: by `allow`)."""
    cur = conn.execute(
        "INSERT INTO review_texts(person_id, kind, body, created_at) VALUES (?, ?, ?, ?)",
        (person_id, kind, body if kind == "allow" else mask_text(body), at),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def _trail(
    conn: sqlite3.Connection,
    *,
    at: str,
    actor: str,
    action: str,
    finding: str | None = None,
    person_id: str | None = None,
    rule: str | None = None,
    before: str | None = None,
    after: str | None = None,
    text_id: int | None = None,
) -> None:
    conn.execute(
        "INSERT INTO review_trail(at, actor, action, finding_id, person_id, rule, before, after, "
        "text_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (at, actor, action, finding, person_id, rule, before, after, text_id),
    )


def decide_in(
    conn: sqlite3.Connection,
    item: ReviewItem,
    decision: str,
    reviewer: str,
    note: str | None,
    at: str,
) -> None:
    """Record one decision inside the caller's transaction: state, note and trail row."""
    text_id = _add_text(conn, item.person_id, "note", note, at) if note else None
    conn.execute(
        "INSERT INTO review_state VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(finding_id) DO UPDATE "
        "SET status = excluded.status, reviewer = excluded.reviewer, "
        "decided_at = excluded.decided_at",
        (item.finding_id, item.person_id, item.rule, decision, reviewer, at),
    )
    _trail(
        conn,
        at=at,
        actor=reviewer,
        action="decide",
        finding=item.finding_id,
        person_id=item.person_id,
        rule=item.rule,
        before=item.status,
        after=decision,
        text_id=text_id,
    )


def _check_decision(decision: str) -> str:
    if decision not in DECISIONS:
        raise UsageError(f"unknown decision '{decision}' (one of: {', '.join(DECISIONS)})")
    return decision


def decide(
    store: Store,
    fid: str,
    *,
    decision: str,
    reviewer: str,
    note: str | None = None,
    now: datetime | None = None,
) -> ReviewItem:
    """Record a reviewer's decision on one finding; returns the finding as it was before."""
    _check_decision(decision)
    who = clean(reviewer, "--reviewer")
    text = clean(note, "--note") if note is not None else None
    item = find_item(store, fid)
    with store.transaction() as conn:
        decide_in(conn, item, decision, who, text, iso(now or _now()))
    return item


def respond(store: Store, fid: str, *, text: str, now: datetime | None = None) -> ReviewItem:
    """Record the person's own explanation or contest of a finding (the status stays)."""
    body = clean(text, "--text")
    item = find_item(store, fid)
    at = iso(now or _now())
    with store.transaction() as conn:
        text_id = _add_text(conn, item.person_id, "response", body, at)
        _trail(
            conn,
            at=at,
            actor=f"person:{item.person_id}",
            action="respond",
            finding=item.finding_id,
            person_id=item.person_id,
            rule=item.rule,
            before=item.status,
            after=item.status,
            text_id=text_id,
        )
    return item


def allow(
    store: Store,
    term: str,
    *,
    reason: str,
    person: str | None = None,
    reviewer: str | None = None,
    now: datetime | None = None,
) -> bool:
    """Stop `term` from flagging, for one person or everyone. False if it was already allowed.

    The trail gets one row for the entry and one per stored finding it turns `allowed`.
    """
    word = clean(term, "TERM").casefold()
    why = clean(reason, "--reason")
    who = clean(reviewer or getpass.getuser(), "--reviewer")
    if person is not None and store.person(person) is None:
        raise UsageError(f"no person '{person}' in the store: check `auditor roster list`")
    at = iso(now or _now())
    with store.transaction() as conn:
        exists = conn.execute(
            "SELECT 1 FROM review_allow WHERE term = ? AND IFNULL(person_id, '') = ?",
            (word, person or ""),
        ).fetchone()
        if exists:
            return False
        newly_allowed = _closed_by(store, word, person)
        # For one person the term itself may say something about them: it goes into the
        # purgeable texts. For everyone it is a policy fact and the trail names it.
        body = json.dumps({"term": word, "reason": mask_text(why)}, ensure_ascii=False)
        text_id = _add_text(conn, person, "allow", body, at)
        conn.execute(
            "INSERT INTO review_allow(term, person_id, reason_id, reviewer, created_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (word, person, text_id, who, at),
        )
        _trail(
            conn,
            at=at,
            actor=who,
            action="allow",
            person_id=person,
            after=f"allowed for {person}" if person else f"allowed for everyone: {word}",
            text_id=text_id,
        )
        for item in newly_allowed:
            _trail(
                conn,
                at=at,
                actor=who,
                action="allow",
                finding=item.finding_id,
                person_id=item.person_id,
                rule=item.rule,
                before=item.status,
                after="allowed",
                text_id=text_id,
            )
    return True


def _closed_by(store: Store, word: str, person: str | None) -> list[ReviewItem]:
    """The open findings that allowing `word` (for `person`, or everyone) turns `allowed`.

    Each gets its own trail row when the term is allowed, so `history` of a finding shows
    what closed it; matching allow entries at read time could not tell the findings this
    entry changed from ones a reviewer had already decided or that were scored later.
    """
    posts = [sp for sp in store.flagged_posts() if person is None or sp.post.person_id == person]
    terms = allow_terms(store)
    decided = states(store)
    before = {i.finding_id: i for i in items_from(posts, decided, terms) if i.status == "open"}
    terms.setdefault(person, set()).add(word)
    after = items_from(posts, decided, terms)
    return [before[i.finding_id] for i in after if i.status == "allowed" and i.finding_id in before]


def purge_texts_before(conn: sqlite3.Connection, cutoff: datetime) -> int:
    """Retention for review free text: notes, responses and reasons older than `cutoff`.

    Global allow-list reasons stay while their term is on the list.
    """
    cur = conn.execute(
        "DELETE FROM review_texts WHERE created_at < ? AND id NOT IN "
        "(SELECT reason_id FROM review_allow WHERE reason_id IS NOT NULL)",
        (iso(cutoff),),
    )
    return cur.rowcount


def count_by_status(items: Sequence[ReviewItem]) -> dict[str, int]:
    counts = dict.fromkeys(STATUSES, 0)
    for i in items:
        counts[i.status] += 1
    return counts
