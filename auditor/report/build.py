"""Build one run's `Report` from the store: cards, summary, people, trend and charts.

No HTML here: this is the data the templates, findings.json and findings.csv all show, so the
three always agree. Reviewer decisions plug in through `decisions` (see `build_report`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import NamedTuple

from auditor.errors import UsageError
from auditor.models import Person
from auditor.report.charts import horizontal_bars, monthly_timeline, stacked_columns
from auditor.report.model import (
    STATUS_DELETED,
    STATUS_NEW,
    STATUS_SEEN,
    STATUS_UNFLAGGED,
    AccountView,
    Card,
    Chart,
    EditView,
    PersonSection,
    Report,
    RunRow,
    Summary,
)
from auditor.report.text import display_handle, mask_findings, safe_url, segments
from auditor.review import DECISIONS, finding_id, states
from auditor.scoring.types import BANDS, CATEGORIES, band_rank
from auditor.store import PostEdit, RunRecord, Store, StoredPost

FLAG_BANDS: tuple[str, ...] = BANDS[1:]  # low, medium, high, critical
URGENT_BANDS: tuple[str, ...] = ("medium", "high", "critical")
TREND_RUNS = 12
TOP_PEOPLE = 5
NEW_LISTED = 5
# Above this many cards the no-script list stops and points to findings.csv (see render.py).
STATIC_LIMIT = 500

# (network, post_id) -> a reviewer's decision, e.g. "no action" or "escalated".
Decisions = Mapping[tuple[str, str], str]


class RecordedDecision(NamedTuple):
    """The current decision on one finding, as the review workflow's state table holds it."""

    decision: str
    reviewer: str
    decided_at: datetime  # UTC


# finding_id -> its recorded decision: what is recorded on each finding of a card.
Recorded = Mapping[str, RecordedDecision]


def recorded_decisions(store: Store) -> dict[str, RecordedDecision]:
    """finding_id -> (decision, reviewer, decided_at) from the review workflow's current state.

    Only the decision, who and when: the reviewer's note stays in the review tables.
    """
    return {
        fid: RecordedDecision(
            str(row["status"]),
            str(row["reviewer"]),
            datetime.fromisoformat(row["decided_at"]).astimezone(UTC),
        )
        for fid, row in states(store).items()
        if row["status"] in DECISIONS
    }


def card_status(stored: StoredPost, run_id: str, decision: str | None = None) -> str:
    """A reviewer's decision wins, then deletion, then new (first stored in this run, or
    edited in it: the new text's findings are new to review) or seen."""
    if decision:
        return decision
    if stored.deleted_at is not None:
        return STATUS_DELETED
    # An edit scores the post again in the run that saw it (adopted runs move both together).
    edited_now = stored.version > 0 and stored.scored_run_id == run_id
    return STATUS_NEW if stored.first_run_id == run_id or edited_now else STATUS_SEEN


def _flags_summary(edits: Sequence[PostEdit]) -> str:
    """ "profanity (medium), insult (high)": each category the earlier versions were flagged
    for, at its highest severity, in the order first seen."""
    worst: dict[str, str] = {}
    for edit in edits:
        for flag in edit.previous_flags:
            seen = worst.get(flag.category)
            if seen is None or band_rank(flag.severity) > band_rank(seen):
                worst[flag.category] = flag.severity
    return ", ".join(f"{c.replace('_', ' ')} ({sev})" for c, sev in worst.items())


def edit_note(edits: Sequence[PostEdit]) -> str:
    """What a card says about a post's edits ("" for none): since when it was seen, when the
    change was seen (and made, if the network says), and what the earlier text was flagged
    for, never the earlier text itself."""
    if not edits:
        return ""
    first, last = edits[0], edits[-1]
    since = f"first seen on {first.previous_seen:%d %b %Y}"
    text = (
        f"Edited since {since}" if len(edits) == 1 else f"Edited {len(edits)} times since {since}"
    )
    when = f"change seen on {last.seen_at:%d %b %Y}"
    if last.edited_at is not None:
        when += f", edited on {last.edited_at.astimezone(UTC):%d %b %Y %H:%M} UTC"
    flagged = _flags_summary(edits)
    earlier = "the earlier version was" if len(edits) == 1 else "earlier versions were"
    said = f"{earlier} flagged: {flagged}" if flagged else f"{earlier} not flagged"
    return f"{text} ({when}); {said}."


def _edit_views(edits: Sequence[PostEdit]) -> tuple[EditView, ...]:
    return tuple(
        EditView(
            seen_at=e.seen_at,
            edited_at=e.edited_at,
            previous_seen=e.previous_seen,
            previous_band=e.previous_band,
            previous_flags=tuple((f.category, f.rule, f.severity) for f in e.previous_flags),
        )
        for e in edits
    )


def _dedupe(items: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def build_card(
    number: int,
    stored: StoredPost,
    run_id: str,
    people: Mapping[str, Person],
    *,
    show_pii: bool,
    decision: str | None = None,
    recorded: Recorded | None = None,
) -> Card:
    post = stored.post
    person = people.get(post.person_id)
    text, masked = mask_findings(post.text, stored.findings, show_pii=show_pii)
    done = recorded or {}
    findings = []
    for f in masked:
        fid = finding_id(post.network, post.post_id, f.rule, stored.version)
        rec = done.get(fid)
        if rec is None:
            findings.append(replace(f, finding_id=fid))
        else:
            findings.append(
                replace(
                    f,
                    finding_id=fid,
                    decision=rec.decision,
                    decided_by=rec.reviewer,
                    decided_at=rec.decided_at,
                )
            )
    return Card(
        key=f"{post.network}:{post.post_id}",
        number=number,
        person_id=post.person_id,
        person_name=person.name if person else post.person_id,
        role=person.role if person else "",
        network=post.network,
        account=display_handle(post.account),
        post_id=post.post_id,
        created_at=post.created_at,
        url=safe_url(post.url),
        raw_url=post.url,
        text=text,
        segments=segments(text, findings),
        band=stored.band,
        score=stored.score,
        categories=_dedupe([f.category for f in findings]),
        findings=tuple(findings),
        status=card_status(stored, run_id, decision),
        first_run_id=stored.first_run_id,
        deleted_at=stored.deleted_at,
        policy_version=stored.policy_version,
        tool_version=stored.tool_version,
        is_repost=post.is_repost,
        edits=_edit_views(stored.edits),
        edit_note=edit_note(stored.edits),
    )


def _int(value: object) -> int:
    return value if isinstance(value, int) else 0


def _pairs(value: object) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, list):
        return ()
    return tuple(
        (str(item[0]), str(item[1]))
        for item in value
        if isinstance(item, list | tuple) and len(item) >= 2
    )


def _strs(value: object) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def _bands(summary: Mapping[str, object]) -> dict[str, int]:
    raw = summary.get("flagged_by_band")
    counts = raw if isinstance(raw, dict) else {}
    return {b: _int(counts.get(b, 0)) for b in FLAG_BANDS}


def run_row(record: RunRecord, *, has_report: bool = False) -> RunRow:
    s = record.summary
    return RunRow(
        run_id=record.run_id,
        kind=record.kind,
        status=record.status,
        started_at=record.started_at,
        people=_int(s.get("people")),
        accounts=_int(s.get("accounts")),
        posts_read=_int(s.get("posts_read")),
        failed=len(_pairs(s.get("accounts_failed"))),
        flagged_by_band=_bands(s),
        has_report=has_report,
    )


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'s' if count != 1 else ''}"


def _urgent(by_band: Mapping[str, int]) -> str:
    """ " (2 critical, 1 high)" or "": the bands that cannot wait."""
    urgent = [f"{by_band[b]:,} {b}" for b in ("critical", "high") if by_band.get(b)]
    return f" ({', '.join(urgent)})" if urgent else ""


def headline(
    needs: int,
    by_band: Mapping[str, int],
    new_low: int,
    failed: int,
    *,
    undecided: int = 0,
    undecided_by_band: Mapping[str, int] | None = None,
    protected: int = 0,
) -> tuple[str, str, str]:
    """The sentence a communications lead reads first, a second line, and the level.

    `undecided` counts earlier posts nobody has decided yet: with nothing new, the headline
    says so rather than "Nothing needs you today". `protected` counts posts that only
    criticise the employer: a line of their own, never "need review" and never urgent.
    """
    earlier = undecided_by_band or {}
    extra: list[str] = []
    if needs:
        verb = "needs" if needs == 1 else "need"
        text = f"{_plural(needs, 'post')} {verb} review today{_urgent(by_band)}"
        level = "urgent" if _urgent(by_band) else "attention"
        if undecided:
            extra.append(f"{_plural(undecided, 'earlier post')} still undecided{_urgent(earlier)}")
    elif undecided:
        verb = "is" if undecided == 1 else "are"
        text = (
            f"Nothing new needs review today; {_plural(undecided, 'earlier post')} {verb} "
            f"still undecided{_urgent(earlier)}"
        )
        level = "attention"
    else:
        text, level = "Nothing needs you today", "calm"
    if protected:
        verb = "criticises" if protected == 1 else "criticise"
        extra.append(
            f"{_plural(protected, 'post')} only {verb} the employer: may be protected activity, "
            "review with HR and legal (not misconduct)"
        )
    if new_low:
        extra.append(f"{_plural(new_low, 'new low-risk post')} to glance at")
    if failed:
        extra.append(f"{_plural(failed, 'account')} could not be read")
        if level == "calm":
            level = "attention"
    detail = "; ".join(extra)
    return text + ".", (detail[:1].upper() + detail[1:] + ".") if detail else "", level


def _withdrawn(person: Person, today: date) -> bool:
    """Every account of the person has its consent revoked (a re-consent clears it)."""
    return bool(person.accounts) and all(
        a.consent.state_on(today) == "revoked" for a in person.accounts
    )


def _person_sections(
    people: Sequence[Person],
    cards: Sequence[Card],
    store: Store,
    run_id: str,
    end: datetime,
    today: date,
) -> tuple[PersonSection, ...]:
    results = {r.account_key: r for r in store.account_results(run_id)}
    by_person: dict[str, list[Card]] = {}
    for c in cards:
        by_person.setdefault(c.person_id, []).append(c)
    known = {p.person_id for p in people}
    # Posts of someone no longer on the roster still show, under their id.
    extra = [Person(pid, pid, "") for pid in by_person if pid not in known]
    sections: list[PersonSection] = []
    for person in [*people, *extra]:
        if _withdrawn(person, today) and person.person_id not in by_person:
            continue  # consent withdrawn: their name and consent records leave the report too
        mine = by_person.get(person.person_id, [])
        accounts: list[AccountView] = []
        read = 0
        for a in person.accounts:
            r = results.get(a.key)
            read += r.posts_read if r else 0
            accounts.append(
                AccountView(
                    network=a.network,
                    handle=display_handle(a.handle),
                    consent_state=a.consent.state_on(end.date()),
                    consent_granted=a.consent.granted,
                    consent_expires=a.consent.expires,
                    consent_revoked=a.consent.revoked,
                    consent_reference=a.consent.reference,
                    result=r.status if r else "not read",
                    message=r.message if r else "",
                    posts_read=r.posts_read if r else 0,
                )
            )
        by_band = Counter(c.band for c in mine)
        # Criticism of the employer is not risk: it never ranks a person.
        risky = [c for c in mine if not c.protected_only]
        highest = max((c.band for c in risky), key=band_rank, default="none")
        sections.append(
            PersonSection(
                person_id=person.person_id,
                name=person.name,
                role=person.role,
                accounts=tuple(accounts),
                flagged=len(mine),
                new=sum(1 for c in mine if c.is_new),
                by_band={b: by_band.get(b, 0) for b in FLAG_BANDS},
                highest_band=highest,
                total_score=sum(c.score for c in risky),
                posts_stored=store.count_posts(person.person_id),
                posts_read=read,
                timeline=monthly_timeline(
                    f"Flagged posts of {person.name} per month",
                    [(c.created_at.date(), c.band) for c in mine],
                    max([end, *(c.created_at for c in mine)]).date(),
                    FLAG_BANDS,
                ),
                protected=len(mine) - len(risky),
                protected_new=sum(1 for c in mine if c.is_new and c.protected_only),
            )
        )
    return tuple(sections)


def _trend(store: Store, record: RunRecord) -> tuple[Chart, tuple[RunRow, ...]]:
    older = [r for r in store.runs() if r.run_id <= record.run_id]  # newest first
    rows = tuple(run_row(r) for r in reversed(older[:TREND_RUNS]))
    chart = stacked_columns(
        f"Posts flagged per run, last {len(rows)} runs",
        [(r.started_at.strftime("%d %b"), r.flagged_by_band) for r in rows],
        FLAG_BANDS,
        highlight=len(rows) - 1,
    )
    return chart, rows


def build_report(
    store: Store,
    run_id: str,
    *,
    show_pii: bool = False,
    decisions: Decisions | None = None,
    now: datetime | None = None,
) -> Report:
    """Everything the report for `run_id` shows.

    `decisions` is the hook for the review workflow: a reviewer's decision for a post becomes
    the card's status (and takes it out of "needs review"). When it is given (the workflow is
    on), each finding also carries its own recorded decision from the store's review state, so
    the page's decision buttons show which one is current.
    """
    record = store.run(run_id)
    if record is None:
        raise UsageError(
            f"no run {run_id} in the store; `auditor report latest` renders the newest "
            "(a run id looks like 20260124-093000)"
        )
    recorded = recorded_decisions(store) if decisions is not None else {}
    decisions = decisions or {}
    people = store.people()
    by_id = {p.person_id: p for p in people}
    cards = tuple(
        build_card(
            i,
            sp,
            run_id,
            by_id,
            show_pii=show_pii,
            decision=decisions.get((sp.post.network, sp.post.post_id)),
            recorded=recorded,
        )
        for i, sp in enumerate(store.flagged_posts(up_to_run=run_id), start=1)
    )
    unflagged = tuple(
        replace(build_card(i, sp, run_id, by_id, show_pii=show_pii), status=STATUS_UNFLAGGED)
        for i, sp in enumerate(store.unflagged_edits(up_to_run=run_id), start=len(cards) + 1)
    )
    s = record.summary
    end = record.finished_at or record.started_at
    by_band = Counter(c.band for c in cards)
    by_category = Counter(cat for c in cards for cat in c.categories)
    new_cards = [c for c in cards if c.is_new]
    risky_new = [c for c in new_cards if not c.protected_only]
    needs = [c for c in risky_new if c.band in URGENT_BANDS]
    needs_by_band = Counter(c.band for c in needs)
    new_low = sum(1 for c in risky_new if c.band == "low")
    # Read at render time: a report rendered again after decisions counts what is still open.
    earlier = [c for c in cards if c.undecided and not c.is_new and not c.protected_only]
    earlier_by_band = Counter(c.band for c in earlier)
    protected = [c for c in cards if c.undecided and c.protected_only]
    failed = _pairs(s.get("accounts_failed"))
    text, detail, level = headline(
        len(needs),
        needs_by_band,
        new_low,
        len(failed),
        undecided=len(earlier),
        undecided_by_band=earlier_by_band,
        protected=len(protected),
    )
    previous = [r for r in store.runs() if r.run_id < run_id]
    summary = Summary(
        run_id=run_id,
        kind=record.kind,
        status=record.status,
        started_at=record.started_at,
        finished_at=record.finished_at,
        policy_version=record.policy_version,
        tool_version=record.tool_version,
        people=_int(s.get("people")),
        accounts=_int(s.get("accounts")),
        posts_read=_int(s.get("posts_read")),
        posts_new=_int(s.get("posts_new")),
        accounts_failed=failed,
        accounts_skipped=_pairs(s.get("accounts_skipped")),
        notes=_strs(s.get("notes")),
        flagged=len(cards),
        new_flagged=len(new_cards),
        needs_review=len(needs),
        needs_review_by_band={b: needs_by_band.get(b, 0) for b in FLAG_BANDS},
        new_low=new_low,
        undecided_earlier=len(earlier),
        undecided_earlier_by_band={b: earlier_by_band.get(b, 0) for b in FLAG_BANDS},
        protected_review=len(protected),
        by_band={b: by_band.get(b, 0) for b in FLAG_BANDS},
        by_category={c: by_category[c] for c in CATEGORIES if by_category.get(c)},
        headline=text,
        headline_detail=detail,
        headline_level=level,
        previous_run_id=previous[0].run_id if previous else None,
        posts_edited=_int(s.get("posts_edited")),
    )
    generated = now or datetime.now(UTC)
    sections = _person_sections(people, cards, store, run_id, end, generated.date())
    top = sorted(
        (p for p in sections if p.at_risk),
        key=lambda p: (band_rank(p.highest_band), p.total_score, p.at_risk),
        reverse=True,
    )[:TOP_PEOPLE]
    trend, trend_rows = _trend(store, record)
    band_chart = horizontal_bars(
        "Flagged posts by band",
        [(b, summary.by_band[b], f"band-{b}") for b in reversed(FLAG_BANDS)],
    )
    category_chart = horizontal_bars(
        "Flagged posts by category",
        sorted(
            ((c.replace("_", " "), n, "cat") for c, n in summary.by_category.items()),
            key=lambda item: -item[1],
        ),
    )
    facets: dict[str, tuple[str, ...] | tuple[tuple[str, str], ...]] = {
        "band": tuple(b for b in reversed(FLAG_BANDS) if by_band.get(b)),
        "category": tuple(summary.by_category),
        "person": tuple(
            sorted({c.person_id: c.person_name for c in cards}.items(), key=lambda kv: kv[1])
        ),
        "network": tuple(sorted({c.network for c in cards})),
        "status": tuple(sorted({c.status for c in cards})),
    }
    return Report(
        summary=summary,
        cards=cards,
        new_cards=tuple(risky_new[:NEW_LISTED]),
        protected_cards=tuple(protected[:NEW_LISTED]),
        people=tuple(p for p in sections if p.flagged or p.accounts),
        top_people=tuple(top),
        trend=trend,
        trend_runs=trend_rows,
        band_chart=band_chart,
        category_chart=category_chart,
        show_pii=show_pii,
        generated_at=generated,
        static_limit=STATIC_LIMIT,
        facets=facets,
        unflagged_cards=unflagged,
    )
