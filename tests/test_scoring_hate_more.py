"""Hate statements beyond "X are vermin": exclusion by refusal or by "shouldn't be allowed",
singular and adjective forms of a group, and the power trope; respectful mentions left alone."""

from __future__ import annotations

import pytest

from auditor.models import Organization
from auditor.scoring import Scorer, band_rank, load_policy

SCORER = Scorer(load_policy(), Organization())


def _hate_rules(text: str) -> set[str]:
    return {f.rule for f in SCORER.score(text).findings if f.category == "hate"}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("never trust a muslim", "hate.exclusion"),
        ("I would never hire a woman for this role", "hate.exclusion"),
        ("would you trust a Pakistani with the petty cash?", "hate.exclusion"),
        ("Gay couples shouldn't be allowed at the staff picnic", "hate.exclusion"),
        ("Women shouldn't be allowed to run engineering", "hate.exclusion"),
        ("refugees should just be screened out before interview", "hate.exclusion"),
        ("Jews run the finance department, everyone knows it", "hate.stereotype"),
        ("muslims control the media", "hate.stereotype"),
    ],
)
def test_hate_is_found(text: str, rule: str) -> None:
    assert rule in _hate_rules(text)
    assert band_rank(SCORER.score(text).band) >= band_rank("high")


@pytest.mark.parametrize(
    "text",
    [
        "Women run the world",
        "Proud of our gay and lesbian colleagues marching at Pride today",
        "A refugee who joined us last year just got promoted!",
        "Would you hire another engineer this quarter?",
        "kids shouldn't be allowed on the shop floor",
        "a Pakistani restaurant opened near the office, the biryani is unreal",
        "the plan would remove the refugee issue from the talks",
        "we should trust a Christian charity with the donations, they do great work",
    ],
)
def test_respectful_or_neutral_mention_is_not_hate(text: str) -> None:
    assert not _hate_rules(text), text


def test_naming_one_person_of_a_group_does_not_make_a_post_about_the_group() -> None:
    """Singular forms are for the hate rules only: the model's reading of 'the refugee crisis'
    stays a note, as it was."""
    score = SCORER.score("the refugee crisis is getting worse")
    assert band_rank(score.band) <= band_rank("low")
