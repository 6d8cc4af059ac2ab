"""Insults aimed at coworkers and customers as a group, or at a coworker named by where they
work; each construction with look-alikes that must stay clear."""

from __future__ import annotations

import pytest

from auditor.models import Organization
from auditor.scoring import Scorer, band_rank, load_policy


@pytest.fixture(scope="module")
def scorer() -> Scorer:
    return Scorer(load_policy(), Organization())


def _rules(scorer: Scorer, text: str) -> set[str]:
    return {f.rule for f in scorer.score(text).findings if band_rank(f.severity) >= 2}


@pytest.mark.parametrize(
    "text",
    [
        # people, then "such" + a plural insult
        "Why are the customers this morning such clueless idiots",
        "honestly our callers today, such morons",
        "the new starters are always such useless clowns",
        # people called "a bunch / pack of" + words + plural insult
        "Shoutout to the late shift for being a bunch of brain dead slackers",
        "the warehouse crew are a pack of work-shy freeloaders",
        "our drivers are a load of absolute muppets",
        # an insult naming a coworker by their department
        "Fatso from IT ate my lunch again",
        "the moron in accounts lost my expenses",
        "Ask the idiot from the finance team, not me",
        "that numpty on reception sent the courier away",
    ],
)
def test_insults_at_coworkers_and_customers_are_targeted(scorer: Scorer, text: str) -> None:
    assert "insult.targeted" in _rules(scorer, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Such legends, the night shift cleared the whole backlog",
        "We hired a bunch of new interns this week",
        "a bunch of sales reps joined the webinar",
        "the customers today were such sweethearts",
        "Walked from IT to the canteen in the rain",
        "The idiot-proof guide from IT is finally out",
        "the tool from it is broken again",
    ],
)
def test_look_alikes_are_not_insults(scorer: Scorer, text: str) -> None:
    assert "insult.targeted" not in _rules(scorer, text), text


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Jews run the bank I work for, everyone knows it", True),
        ("Muslims control the council now", True),
        ("Women run the company and it shows, best place I've worked", False),
        ("Our team runs the company's social channels", False),
    ],
)
def test_a_group_said_to_run_an_institution_is_a_trope(
    scorer: Scorer, text: str, flagged: bool
) -> None:
    assert ("hate.stereotype" in _rules(scorer, text)) is flagged, text
