"""Company news told before it is public: a not-yet-public marker ("isn't out until", "HR
hasn't told anyone", "nobody outside ... knows", 🤐) with business news in the same post is a
disclosure at medium, whose explanation names both; either alone is not."""

from __future__ import annotations

import pytest

from auditor.models import Organization
from auditor.scoring import Scorer, band_rank, load_policy
from auditor.scoring.policy import ModelPolicy

POLICY = load_policy()
POLICY.model = ModelPolicy(enabled=False)
NO_ORG = Scorer(POLICY, Organization())
ORG = Scorer(POLICY, Organization("Acme", products=("RoadRunner",), codenames=("Bluebird",)))

# (post, a marker word, a news word): each must be named in the explanation.
LEAKS = [
    (
        "Board signed off the takeover of a rival this morning. Press release isn't out until "
        "Monday, so zip it 🤐",
        "isn't out until",
        "takeover",
    ),
    (
        "Heads up: the Cardiff depot shuts in the spring and the staff there haven't been told.",
        "haven't been told",
        "shuts",
    ),
    (
        "Redundancies in finance are coming; HR hasn't told anyone yet.",
        "hasn't told",
        "redundancies",
    ),
    (
        "Lost our two biggest clients this month. Nobody outside the leadership team knows yet.",
        "nobody outside",
        "clients",
    ),
    (
        "The logistics start-up buyout is done, £40m. Official announcement isn't until the 14th.",
        "announcement isn't until",
        "buyout",
    ),
    (
        "I'm not supposed to say this but the new pricing goes live on the 3rd, basic tier +20%",
        "not supposed to say",
        "pricing",
    ),
    ("The investors find out on Friday that revenue missed by a mile.", "find out", "revenue"),
    ("keep it between us, but the COO is stepping down in May", "between us", "stepping down"),
    (
        "Warehouse in Hull is closing after Easter. Mum's the word 🤫",
        "🤫",
        "warehouse in hull is closing",
    ),
    (
        "Layoffs are coming to the support team, you didn't hear it from me",
        "didn't hear it from me",
        "layoffs",
    ),
]


@pytest.mark.parametrize(("text", "marker", "news"), LEAKS)
def test_not_yet_public_news_is_a_disclosure_at_medium(text: str, marker: str, news: str) -> None:
    for scorer in (NO_ORG, ORG):
        score = scorer.score(text)
        (f,) = [f for f in score.findings if f.rule == "confidential.disclosure"]
        assert f.category == "confidential"
        assert band_rank(f.severity) >= band_rank("medium")
        assert marker in f.explanation.lower() and news in f.explanation.lower()
        assert band_rank(score.band) >= band_rank("medium")


HARMLESS = [
    # a marker alone
    "The announcement isn't until the 20th, so stay tuned!",
    "The meeting isn't until 3, grabbing lunch first.",
    "Nobody outside the book club knows how the novel ends yet.",
    # business news alone, or already public
    "Layoffs are hitting the whole industry this year. Sad times.",
    "Q2 results are public now: revenue up 8% year on year.",
    "As announced this morning, we are acquiring a small design studio. Welcome!",
    "The launch date is out: the new headset ships on 2 May.",
    # past, so public by now; not knowing; the writer's own situation
    "Sad to read about the layoffs at that bank. Staff weren't told until the morning.",
    "Nobody knows yet whether the merger will go through.",
    "We haven't been told anything about the office closing. Again.",
    "Nobody told us the canteen closes early on Fridays.",
    "If you haven't been told about your new role yet, your manager will call before the reorg.",
    # advice not to share
    "Please don't post anything about the restructuring before it's announced. Ask HR instead.",
    "Reminder: never discuss client details before the contract is signed.",
    # a teaser: a wink with a price or a launch is how a sale is announced
    "Psst... our summer sale launches tomorrow 🤫",
    "Between you and me, the new pricing page looks great.",
    "Don't tell anyone but the Friday deal is two burgers for $10.",
    "Don't miss out before prices go up on Friday!",
    # a wink is small talk as often: only an event of the organisation makes it news
    "Shhh 🤫 the bar closes at 2 tonight",
    "Psst, the client loved the pitch 🤫",
    "Shhh, I signed the contract for my new flat today",
    # "confidential" about a helpline
    "Our confidential helpline is open 24/7 for anyone affected by the closing of the plant.",
]


@pytest.mark.parametrize("text", HARMLESS)
def test_look_alikes_are_not_a_disclosure(text: str) -> None:
    for scorer in (NO_ORG, ORG):
        score = scorer.score(text)
        assert not [f for f in score.findings if f.rule == "confidential.disclosure"]
        assert band_rank(score.band) < band_rank("medium")


def test_a_policy_phrase_with_news_keeps_its_span_and_says_why() -> None:
    (f,) = NO_ORG.score("Acquisition of a rival is signed, not announced yet").findings
    assert (f.rule, f.severity, f.matched) == (
        "confidential.disclosure",
        "medium",
        "not announced yet",
    )
    assert "not public yet" in f.explanation and "'acquisition'" in f.explanation
    # the same phrase alone stays a note
    (g,) = NO_ORG.score("The winner is not announced yet").findings
    assert (g.rule, g.severity) == ("confidential.term", "low")
