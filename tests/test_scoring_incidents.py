"""The incidents from the issue are flagged; the harmless look-alikes are left alone."""

from __future__ import annotations

import pytest

from auditor.models import Organization
from auditor.scoring import Scorer, band_rank, load_policy

SCORER = Scorer(load_policy(), Organization("Acme", products=("RoadRunner",)))


def test_masked_profanity_about_drivers_is_profanity() -> None:
    score = SCORER.score("Honestly no one here knows how to f***ing drive")
    assert band_rank(score.band) >= band_rank("medium")
    finding = next(f for f in score.findings if f.category == "profanity")
    assert finding.matched == "f***ing"
    assert finding.decoded == "fucking"


def test_voting_advice_is_political() -> None:
    score = SCORER.score("If u vote Ford u r voting for bigotry")
    assert "political" in score.categories
    assert band_rank(score.band) >= band_rank("medium")


def test_senator_called_masked_asshole_with_employer_blog_link() -> None:
    text = "@SenatorSmith you are an a**hole. Read why: https://blog.acme.example/why"
    score = SCORER.score(text)
    assert {"profanity", "insult"} & set(score.categories)
    assert band_rank(score.band) >= band_rank("medium")
    f = next(f for f in score.findings if f.category in ("profanity", "insult"))
    assert text[f.start : f.end] == "a**hole"
    assert f.decoded == "asshole"


def test_untargeted_masked_asshole_about_senator_is_still_flagged() -> None:
    score = SCORER.score("Senator Smith is an a**hole https://blog.acme.example/post")
    assert band_rank(score.band) >= band_rank("medium")


def test_joke_about_presidents_late_grandmother_tagged_nbcpolitics() -> None:
    text = "What did the president's late grandmother say at the debate? Nothing. #nbcpolitics"
    score = SCORER.score(text)
    assert "political" in score.categories
    assert band_rank(score.band) >= band_rank("medium")


@pytest.mark.parametrize(
    "text",
    [
        "So excited for the new season of Dexter!",
        "We apologize for any incontinence this may have caused.",
        "Dinner tonight: grilled salmon, lemon potatoes and a glass of white wine 🍷",
        "Scunthorpe United won 2-1 on Saturday",
        "bought new running shoes at Dick's Sporting Goods",
        "reading Moby Dick on the train",
    ],
)
def test_harmless_posts_stay_at_none(text: str) -> None:
    score = SCORER.score(text)
    assert score.band == "none", score.findings
    assert score.findings == ()
