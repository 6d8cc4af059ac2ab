"""The report's data, built before anything is rendered (as coverage.py's HTML report does).

`build.py` turns the store into these frozen dataclasses; `render.py` only formats them. Every
string here is still raw (unescaped) text: escaping is the template engine's job, and the
inline JSON is escaped by `render.json_for_script`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from auditor.protected import EMPLOYER_NOTICE as EMPLOYER_NOTICE  # the cards' notice
from auditor.protected import is_protected, only_protected

# Card statuses. A reviewer decision (from the review helper's tables) replaces these with
# the decision's own string, e.g. "escalated" or "no action".
STATUS_NEW = "new"
STATUS_SEEN = "seen"
STATUS_DELETED = "deleted since flagged"
# A post whose earlier version was flagged and whose edited text is not: listed on its own,
# never among the flagged posts.
STATUS_UNFLAGGED = "no longer flagged"


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of the post's text; `marks` are indexes into the card's findings covering it."""

    text: str
    marks: tuple[int, ...] = ()
    title: str = ""  # what the highlighted words were read as, for the <mark> title
    severity: str = ""  # the highest severity among `marks`

    @property
    def marked(self) -> bool:
        return bool(self.marks)


@dataclass(frozen=True, slots=True)
class FindingView:
    category: str
    rule: str
    severity: str
    start: int
    end: int
    matched: str  # masked as the report shows it
    decoded: str
    explanation: str
    guidance: str
    # The review workflow's id for this rule on this post (`auditor review ...` takes it).
    finding_id: str = ""
    # The decision recorded on this finding (dismissed, acknowledged, escalated), by whom and
    # when (UTC); "" and None while it is open. The page's decision buttons start from it, and
    # findings.json/csv export the decision and its time (never the reviewer's note).
    decision: str = ""
    decided_by: str = ""
    decided_at: datetime | None = None

    @property
    def read_as(self) -> str:
        """The decoded form when it tells the reader something ("f***" -> "fuck"), else ""."""
        if not self.decoded or self.decoded.casefold() == self.matched.casefold():
            return ""
        return self.decoded


@dataclass(frozen=True, slots=True)
class EditView:
    """One edit of a post: when the store saw it, when the network says it was made (if it
    says), when the earlier version was first seen, and what that version was flagged for as
    (category, rule, severity). Never the earlier text."""

    seen_at: datetime
    edited_at: datetime | None
    previous_seen: datetime
    previous_band: str
    previous_flags: tuple[tuple[str, str, str], ...]


@dataclass(frozen=True, slots=True)
class Card:
    """One flagged post as the report shows it."""

    key: str  # "network:post_id", unique in the store
    number: int  # 1-based, in the report's default order (score, then date)
    person_id: str
    person_name: str
    role: str
    network: str
    account: str
    post_id: str
    created_at: datetime
    url: str | None  # only ever an http(s) URL; anything else is dropped to None
    raw_url: str | None  # the stored URL, shown as text when it is not a safe link
    text: str  # masked as the report shows it
    segments: tuple[Segment, ...]
    band: str
    score: int
    categories: tuple[str, ...]
    findings: tuple[FindingView, ...]
    status: str
    first_run_id: str
    deleted_at: datetime | None
    policy_version: str
    tool_version: str
    is_repost: bool
    # The edits the store saw, oldest first, and the sentence the card says about them
    # ("Edited since first seen on ...; the earlier version was flagged: ..."); "" if none.
    edits: tuple[EditView, ...] = ()
    edit_note: str = ""

    @property
    def protected_activity(self) -> bool:
        """Some finding criticises the employer: the card carries the notice."""
        return any(is_protected(c) for c in self.categories)

    @property
    def protected_only(self) -> bool:
        """Every finding criticises the employer: may be protected activity, not risk."""
        return only_protected(self.categories)

    @property
    def undecided(self) -> bool:
        """No reviewer decision on the card (its status is still the report's own)."""
        return self.status in (STATUS_NEW, STATUS_SEEN, STATUS_DELETED)

    @property
    def is_new(self) -> bool:
        return self.status == STATUS_NEW


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar (or one stacked piece of a bar) of an inline SVG chart, geometry precomputed."""

    label: str
    value: int
    x: float
    y: float
    width: float
    height: float
    css: str = ""  # a class name such as "band-high"
    title: str = ""


@dataclass(frozen=True, slots=True)
class Chart:
    """An inline SVG chart: fixed viewBox, bars and axis labels already laid out."""

    title: str
    width: int
    height: int
    bars: tuple[Bar, ...]
    labels: tuple[Bar, ...] = ()  # text labels placed at (x, y); `label` is the text
    empty: bool = False


@dataclass(frozen=True, slots=True)
class AccountView:
    network: str
    handle: str
    consent_state: str
    consent_granted: date
    consent_expires: date | None
    consent_revoked: date | None
    consent_reference: str
    result: str  # this run's outcome: "ok", "failed", "skipped" or "not read"
    message: str
    posts_read: int


@dataclass(frozen=True, slots=True)
class PersonSection:
    person_id: str
    name: str
    role: str
    accounts: tuple[AccountView, ...]
    flagged: int
    new: int
    by_band: dict[str, int]
    highest_band: str  # of the posts that are risk (not only criticism of the employer)
    total_score: int  # the same posts' scores summed
    posts_stored: int
    posts_read: int
    timeline: Chart
    protected: int = 0  # flagged posts that only criticise the employer
    protected_new: int = 0

    @property
    def at_risk(self) -> int:
        """Flagged posts other than criticism of the employer: what ranks the person."""
        return self.flagged - self.protected

    @property
    def at_risk_new(self) -> int:
        return self.new - self.protected_new


@dataclass(frozen=True, slots=True)
class RunRow:
    """One run in the trend and on the index page."""

    run_id: str
    kind: str
    status: str
    started_at: datetime
    people: int
    accounts: int
    posts_read: int
    failed: int
    flagged_by_band: dict[str, int]
    has_report: bool = False

    @property
    def flagged(self) -> int:
        return sum(self.flagged_by_band.values())


@dataclass(frozen=True, slots=True)
class Summary:
    run_id: str
    kind: str
    status: str
    started_at: datetime
    finished_at: datetime | None
    policy_version: str
    tool_version: str
    people: int
    accounts: int
    posts_read: int
    posts_new: int
    accounts_failed: tuple[tuple[str, str], ...]
    accounts_skipped: tuple[tuple[str, str], ...]
    notes: tuple[str, ...]
    flagged: int  # every flagged post known at the end of this run
    new_flagged: int  # first flagged in this run
    # New in this run, band medium or above, undecided; never a post that only criticises the
    # employer (that may be protected activity: counted in `protected_review` instead).
    needs_review: int
    needs_review_by_band: dict[str, int]
    new_low: int  # new in this run, band low: worth a glance, not urgent
    # Posts first flagged in earlier runs that nobody has decided yet (counted when the report
    # is written), and posts that only criticise the employer, undecided, new or not.
    undecided_earlier: int
    undecided_earlier_by_band: dict[str, int]
    protected_review: int
    by_band: dict[str, int]
    by_category: dict[str, int]
    headline: str  # "3 posts need review today (1 critical)." or "Nothing needs you today."
    headline_detail: str  # new low-risk posts, accounts that failed; "" when there are none
    headline_level: str  # "calm", "attention" or "urgent": drives the banner's colour
    previous_run_id: str | None
    posts_edited: int = 0  # stored posts this run read again with another text


@dataclass(frozen=True, slots=True)
class Report:
    """Everything one run's report shows."""

    summary: Summary
    cards: tuple[Card, ...]
    new_cards: tuple[Card, ...]  # the first few posts first flagged in this run, for the summary
    # Undecided posts that only criticise the employer: their own section, never risk.
    protected_cards: tuple[Card, ...]
    people: tuple[PersonSection, ...]
    top_people: tuple[PersonSection, ...]
    trend: Chart
    trend_runs: tuple[RunRow, ...]
    band_chart: Chart
    category_chart: Chart
    show_pii: bool
    generated_at: datetime
    # How many cards the page lists as plain HTML (for readers without scripts); the rest are
    # in findings.csv. The script renders every card from the inline JSON either way.
    static_limit: int
    # Filter choices: band, category, network, status as values; person as (id, name) pairs.
    facets: dict[str, tuple[str, ...] | tuple[tuple[str, str], ...]] = field(default_factory=dict)
    # Posts whose earlier version was flagged and whose edited text is not (status
    # STATUS_UNFLAGGED, band "none", no findings): never among `cards` or any count of them.
    unflagged_cards: tuple[Card, ...] = ()
