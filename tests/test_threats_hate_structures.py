"""Threats and hate statements without a swear word or a slur, read from sentence structure:
harm to a person's body, a wish of harm, a weapon brought along, knowing where someone lives,
a place that "won't be standing", hostility towards a group and known stereotypes or
replacement tropes. Their everyday look-alikes stay clean."""

from __future__ import annotations

import pytest

from auditor.models import Organization
from auditor.scoring import Finding, Scorer, band_rank, load_policy
from auditor.scoring.policy import ModelPolicy

POLICY = load_policy()
POLICY.model = ModelPolicy(enabled=False)
SCORER = Scorer(POLICY, Organization())


def finding(text: str, category: str) -> Finding:
    found = [f for f in SCORER.score(text).findings if f.category == category]
    assert found, SCORER.score(text).findings
    return found[0]


@pytest.mark.parametrize(
    ("text", "rule", "words"),
    [
        ("Next time he mouths off I'm gonna kick his teeth in", "threat.structure", ["teeth"]),
        ("I'll break that guy's nose if he cuts in line again", "threat.structure", ["nose"]),
        ("I really hope someone stabs @mark", "threat.wish", ["hope", "stabs", "@mark"]),
        ("I hope somebody torches his car", "threat.wish", ["torches", "his car"]),
        ("Honestly I'll bring a rifle to the next review meeting", "threat.weapon", ["rifle"]),
        ("I'll show up at the office with a machete", "threat.weapon", ["machete"]),
        ("Tomorrow: bringing a knife to work. Try me.", "threat.weapon", ["knife", "work"]),
        ("I know where you sleep @dan", "threat.stalking", ["where", "sleep"]),
        ("I'll find out where your kids go to school", "threat.stalking", ["find", "kids"]),
        ("I know which house is yours", "threat.stalking", ["which", "house", "yours"]),
        ("Your precious office won't be standing for long", "threat.veiled", ["office"]),
        ("That warehouse will be rubble by Monday", "threat.veiled", ["rubble"]),
    ],
)
def test_threats_without_swearing_follow_the_category_severity(
    text: str, rule: str, words: list[str]
) -> None:
    f = finding(text, "threat")
    assert f.rule == rule
    assert f.severity == POLICY.categories["threat"].severity
    for word in words:
        assert word in f.explanation, f.explanation


@pytest.mark.parametrize(
    "text",
    [
        "I'm going to smash this presentation",
        "Gonna kill it at the gig tonight",
        "Break a leg tonight!",
        "I'm going to break my arm on these stairs one day",
        "I'll take the knife off him before someone gets hurt",
        "I'll bring a knife for the cake",
        "I'll bring the glue gun for the crafts table",
        "gonna bring my gun to the range this weekend",
        "Is it legal to carry a knife to work?",
        "You can't stop a kid from bringing a gun to school",
        "Let me know where you're staying and I'll send a cab",
        "I know where you can park for free",
        "glad we know now where your whole team stands on this",
        "I hope someone beats him in the final",
        "I hope nobody hurts you",
        "The old mill won't be standing after March: the demolition crew starts next week",
        "I won't be standing for this",
        "Our office will be standing room only at the launch",
    ],
)
def test_everyday_look_alikes_are_not_threats(text: str) -> None:
    assert "threat" not in SCORER.score(text).categories, SCORER.score(text).findings


@pytest.mark.parametrize(
    "text",
    [
        "I would never break his jaw",
        "I'm not going to bring a gun to work, relax",
        "I would never hope someone burns his house",
        "I don't know where you live, send me the address",
    ],
)
def test_negated_threats_are_near_misses(text: str) -> None:
    result = SCORER.explain(text)
    assert "threat" not in result.score.categories
    assert result.score.band == "none"


def test_negated_wish_is_explained_as_a_near_miss() -> None:
    result = SCORER.explain("I would never hope someone burns his house")
    assert any(n.rule == "threat.wish" and n.reason == "negation" for n in result.near_misses)


def test_reported_threats_are_lowered_or_absent() -> None:
    assert "threat" not in SCORER.score("Police say the man threatened to break his jaw").categories
    direct = SCORER.score("I'm going to break her nose")
    reported = SCORER.score("The witness said he was going to break her nose")
    assert band_rank(reported.band) < band_rank(direct.band)
    assert band_rank(reported.band) < band_rank("medium")


def test_a_friendly_i_know_where_you_live_is_still_flagged() -> None:
    # Decision: "I know where you live" is the policy's own threat term and reads the same to
    # the person named whatever follows; the reviewer, not the scorer, judges the joke.
    assert "threat" in SCORER.score("I know where you live, I'll bring cake").categories


@pytest.mark.parametrize(
    ("text", "rule", "words"),
    [
        ("Can't stand sitting next to Muslims on the train", "hate.hostility", ["stand"]),
        ("I can't stand Muslims", "hate.hostility", ["stand", "muslims"]),
        ("Immigrants are slowly taking over our towns", "hate.stereotype", ["taking over"]),
        (
            "Three more Somalis on the night shift. They're taking over.",
            "hate.stereotype",
            ["somalis", "taking over"],
        ),
        ("immigrants are taking our jobs", "hate.stereotype", ["taking our jobs"]),
        ("Refugees breed like rabbits", "hate.stereotype", ["breed like"]),
        ("Jews control the banks", "hate.stereotype", ["control the banks"]),
        ("Jews are always pinching pennies", "hate.stereotype", ["always pinching pennies"]),
        ("Jews are always penny pinching", "hate.stereotype", ["always penny pinching"]),
        ("Jews will not replace us", "hate.stereotype", ["replace us"]),
    ],
)
def test_group_with_hostility_or_a_known_trope_is_hate(
    text: str, rule: str, words: list[str]
) -> None:
    score = SCORER.score(text)
    f = next((f for f in score.findings if f.rule == rule), None)
    assert f is not None, score.findings
    assert band_rank(score.band) >= band_rank("medium")
    for word in words:
        assert word in f.explanation, f.explanation


@pytest.mark.parametrize(
    "text",
    [
        "I can't stand working with Excel",
        "I can't stand the Chinese food in the canteen",
        "we're taking over the top floor",
        "Women are taking over tech and I love it",
        "Women are taking the lead on this project",
        "Proud that women are taking over our leadership team",
        "Muslim colleagues are taking over the charity bake sale this year",
        "Our Jewish colleagues are taking over the kitchen for Hanukkah, can't wait!",
        "Refugees are counting every penny this winter",
        "Immigrants aren't taking over, that's a myth",
    ],
)
def test_respectful_or_unrelated_mentions_are_not_hate(text: str) -> None:
    assert "hate" not in SCORER.score(text).categories, SCORER.score(text).findings
