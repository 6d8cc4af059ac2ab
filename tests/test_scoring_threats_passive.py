"""Threats without "I'll <verb> <person>": harm wished or promised in the passive, where someone
will end up, a brick through a window, and veiled ones; and the look-alikes left alone."""

from __future__ import annotations

import pytest

from auditor.models import Organization
from auditor.scoring import Scorer, band_rank, load_policy

SCORER = Scorer(load_policy(), Organization())


def _threat_rules(text: str) -> set[str]:
    return {f.rule for f in SCORER.score(text).findings if f.category == "threat"}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("hope he gets shot", "threat.wish"),
        ("I hope you get hit by a bus", "threat.wish"),
        ("hope my manager gets run over on his way in", "threat.wish"),
        ("she deserves to be punched in the face", "threat.wish"),
        ("he needs to get slapped", "threat.wish"),
        ("hope the guy who parked in my spot gets both his legs broken", "threat.wish"),
        ("that supplier is gonna get his teeth knocked in next time", "threat.structure"),
        ("I'll put you in the hospital", "threat.structure"),
        ("If Darren eats my lunch again he's going home in an ambulance", "threat.veiled"),
        ("Someone should put a brick through that client's front window", "threat.structure"),
        (
            "wouldn't it be sad if Tom from sales had a little 'accident' on the stairs",
            "threat.veiled",
        ),
        ("would be a shame if something happened to your car", "threat.veiled"),
        ("shame if his van got its brake lines cut", "threat.veiled"),
        ("if he yells at me again I break his face", "threat.structure"),
    ],
)
def test_threat_is_found(text: str, rule: str) -> None:
    assert rule in _threat_rules(text)
    assert band_rank(SCORER.score(text).band) >= band_rank("medium")


@pytest.mark.parametrize(
    "text",
    [
        "hope I get picked for the team",
        "I hope nobody gets hurt",
        "hope no one gets killed out there, drive safe",
        "hope he doesn't get hit by a car",
        "hope they get beaten on Saturday",
        "hope Jon Snow gets killed off",
        "my grandad got shot in the war",
        "I hope he gets the job",
        "she deserves to be promoted",
        "I went home in an ambulance last year",
        "the kids had a little accident in the car",
        "shame if you missed the game",
        "when I punch his arm he laughs",
        "I break my leg every ski trip",
        "girls will be attacked if this law passes, it should never happen",
        "hope my flight doesn't get cancelled",
    ],
)
def test_look_alike_is_no_threat(text: str) -> None:
    assert not _threat_rules(text), text


def test_a_denied_wish_is_a_near_miss() -> None:
    e = SCORER.explain("I hope he doesn't get hit by a bus")
    assert any(n.rule == "threat.wish" and n.reason == "negation" for n in e.near_misses)


def test_knowing_someones_commute_is_stalking_but_advice_is_not() -> None:
    assert "threat.stalking" in _threat_rules("@dana I know which train you take home. Sleep well")
    assert "threat.stalking" in _threat_rules("I know which route you take home")
    assert not _threat_rules("I know which bus you should take to the office, the 42")
    assert not _threat_rules("do you know which train goes to Leeds?")
