"""Stores for the report tests, filled through the real pipeline with a hand-written scorer.

The scorer here is deliberately tiny (regular expressions -> Findings) so the report tests do
not depend on the real policy; the pipeline, redaction and store are the real ones.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

from auditor.models import Account, Consent, Person, Post
from auditor.pipeline import Auditor
from auditor.scoring.types import BANDS, Finding, Score
from auditor.sources.base import Batch, SourceError
from auditor.store import Store

POLICY = "policy-test-1"
XSS = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(1)>',
)
BAD_URLS = (
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    " javascript:alert(1)",
)

# pattern, category, rule, severity, explanation, guidance
RULES: tuple[tuple[str, str, str, str, str, str], ...] = (
    (r"\bdamn\w*", "profanity", "profanity.mild", "low", "Mild profanity.", "Keep it clean."),
    # Disguised spelling: the decoded form differs from the words, so cards say "read as".
    (r"\bd4mn\b", "profanity", "profanity.disguised", "low", "Disguised profanity.", ""),
    (r"\bidiots?\b", "insult", "insult.person", "medium", "Insults a person.", "Criticise ideas."),
    # Overlaps insult.person on "These idiots again": one highlight, both findings in its title.
    (r"idiots again", "insult", "insult.repeat", "low", "Repeated insult.", ""),
    (
        r"\bburn it down\b",
        "threat",
        "threat.violence",
        "critical",
        "Reads as a threat.",
        "Escalate.",
    ),
    (r"\b[\w.]+@[\w.]+\.\w+", "pii", "pii.email", "medium", "An e-mail address.", "Remove it."),
    (r"\b4\d{3} \d{4} \d{4} \d{4}\b", "pii", "pii.card", "critical", "A card number.", "Delete."),
    (
        r"\bAcme is terrible\b",
        "employer_criticism",
        "employer.criticism",
        "medium",
        "Criticises the employer.",
        "Review with HR and legal.",
    ),
    (
        r"<script>",
        "credentials",
        "markup.script",
        "high",
        "Suspicious markup <b>x</b>.",
        'Guidance with <i>markup</i> & "quotes".',
    ),
)
SEVERITY_SCORE = {"low": 20, "medium": 45, "high": 70, "critical": 90}


class RegexScorer:
    """Scores text with `RULES`; the band is the highest severity that fired."""

    policy_version = POLICY

    def score(self, text: str) -> Score:
        findings: list[Finding] = []
        for pattern, category, rule, severity, explanation, guidance in RULES:
            for m in re.finditer(pattern, text):
                findings.append(
                    Finding(
                        category,
                        rule,
                        severity,
                        m.start(),
                        m.end(),
                        m.group(0),
                        m.group(0).lower().replace("4", "a"),
                        explanation,
                        guidance,
                    )
                )
        if not findings:
            return Score(0, "none", (), POLICY, "0.1.0")
        band = max((f.severity for f in findings), key=BANDS.index)
        score = min(100, SEVERITY_SCORE[band] + 3 * (len(findings) - 1))
        return Score(score, band, tuple(findings), POLICY, "0.1.0")


class ListSource:
    """A source that hands out prepared posts per account handle, once."""

    def __init__(
        self, network: str, posts: dict[str, list[Post]], failing: dict[str, str] | None = None
    ) -> None:
        self.network = network
        self.posts = posts
        self.failing = failing or {}

    def fetch(self, account: Account, cursor: str | None) -> Batch:
        if account.handle in self.failing:
            raise SourceError(self.failing[account.handle])
        return Batch(list(self.posts.pop(account.handle, [])), cursor="c1")


class StepClock:
    """A fixed clock that advances one second per call (run ids stay unique and stable)."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def consent(ref: str) -> Consent:
    return Consent(date(2026, 1, 1), date(2027, 12, 31), None, ref)


def post(
    person: str,
    handle: str,
    pid: str,
    text: str,
    day: datetime,
    url: str | None = None,
    network: str = "mastodon",
) -> Post:
    return Post(
        network=network,
        post_id=pid,
        person_id=person,
        account=handle,
        text=text,
        created_at=day,
        url=url if url is not None else f"https://social.example/@x/{pid}",
        source="test",
        fetched_at=day,
        tool_version="0.1.0",
    )


def roster(hostile: bool = True) -> list[Person]:
    evil_name = "Eve " + XSS[0] + XSS[1] if hostile else "Eve Example"
    evil_handle = "@eve" + XSS[2] if hostile else "@eve@social.example"
    return [
        Person(
            "p1",
            "Ada Lovelace",
            "staff",
            (Account("p1", "mastodon", "@ada@social.example", consent("CF-001")),),
        ),
        Person(
            "p2",
            "Bram Stoker",
            "ambassador",
            (
                Account("p2", "mastodon", "@bram@social.example", consent("CF-002")),
                Account("p2", "x", "@bram", consent("CF-003")),
            ),
        ),
        Person(
            "p3",
            evil_name,
            "brand" + (XSS[2] if hostile else ""),
            (Account("p3", "mastodon", evil_handle, consent("CF-<b>004</b>")),),
        ),
    ]


def first_posts(t: datetime, hostile: bool = True) -> dict[str, list[Post]]:
    evil_handle = "@eve" + XSS[2] if hostile else "@eve@social.example"
    posts = {
        "@ada@social.example": [
            post(
                "p1", "@ada@social.example", "a1", "What a damn fine day.", t - timedelta(days=40)
            ),
            post("p1", "@ada@social.example", "a2", "Lunch was nice.", t - timedelta(days=3)),
        ],
        "@bram@social.example": [
            post(
                "p2",
                "@bram@social.example",
                "b1",
                "Honestly Acme is terrible at planning, mail me at bram@example.org",
                t - timedelta(days=2),
            ),
        ],
        evil_handle: [
            post(
                "p3",
                evil_handle,
                "e1",
                (" ".join(XSS) + " you idiots, burn it down")
                if hostile
                else "you idiots, burn it down",
                t - timedelta(days=1),
                url=BAD_URLS[0] if hostile else None,
            ),
            post(
                "p3",
                evil_handle,
                "e2",
                "card 4111 1111 1111 1111 damned" + (" " + XSS[1] if hostile else ""),
                t - timedelta(days=1, hours=2),
                url=BAD_URLS[1] if hostile else None,
            ),
        ],
    }
    return posts


def second_posts(t: datetime, hostile: bool = True) -> dict[str, list[Post]]:
    return {
        "@ada@social.example": [
            post(
                "p1",
                "@ada@social.example",
                "a3",
                "These idiots again \u2028 </script> damn",
                t - timedelta(hours=5),
            ),
        ],
        "@bram@social.example": [
            post(
                "p2",
                "@bram@social.example",
                "b2",
                "Acme is terrible, truly. d4mn.",
                t - timedelta(hours=3),
                url=BAD_URLS[2] if hostile else None,
            ),
        ],
    }


def make_store(*, hostile: bool = True, start: datetime | None = None) -> tuple[Store, list[str]]:
    """A store with two runs (the second has one failed account); returns it and the run ids."""
    store = Store.memory()
    people = roster(hostile)
    store.import_roster(people)
    clock = StepClock(start or datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
    run_ids: list[str] = []
    for batch_posts, failing in (
        (first_posts(clock.now, hostile), {}),
        (
            second_posts(clock.now + timedelta(days=1), hostile),
            {"@bram": "X said 401: the token was refused; renew it in auditor.toml"},
        ),
    ):
        mastodon = ListSource("mastodon", batch_posts)
        x = ListSource("x", {}, failing)
        auditor_ = Auditor(
            store=store,
            scorer=RegexScorer(),
            sources={"mastodon": mastodon, "x": x},
            clock=clock,
            concurrency=1,
        )
        run_ids.append(auditor_.run(people).run_id)
        clock.now += timedelta(days=1)
    return store, run_ids


def mark_deleted(store: Store, network: str, post_id: str, when: datetime) -> None:
    assert store.mark_deleted(network, [post_id], now=when) == 1


def test_the_fixture_store_has_two_runs_and_flags_from_both() -> None:
    store, run_ids = make_store()
    assert len(run_ids) == 2 and run_ids[0] < run_ids[1]
    first = {sp.post.post_id for sp in store.flagged_posts(up_to_run=run_ids[0])}
    both = {sp.post.post_id for sp in store.flagged_posts(up_to_run=run_ids[1])}
    assert first == {"a1", "b1", "e1", "e2"}
    assert both == first | {"a3", "b2"}
    failed = store.run(run_ids[1])
    assert failed is not None and failed.summary["accounts_failed"]
