"""Reported speech lowers what someone else said, not the author's own words."""

from __future__ import annotations

import pytest

from auditor.models import Organization
from auditor.scoring import Scorer, band_rank, load_policy


@pytest.fixture(scope="module")
def scorer() -> Scorer:
    return Scorer(load_policy(), Organization())


def _lowered(scorer: Scorer, text: str) -> bool:
    return any("quoted or reported speech" in f.explanation for f in scorer.score(text).findings)


@pytest.mark.parametrize(
    "text",
    [
        # the author's own words
        "Told my supervisor that if he writes me up again I'll break his jaw",
        "I told the new guy I'd break his jaw if he touched my desk",
        "We said we will slash his tyres if he parked there again",
        "I literally said I'll break his jaw",
        "I wrote that I will break his jaw",
        # reporting a person, then a threat of the author's
        "if he reports me again I'll break his jaw",
        "If she writes me up one more time I'll smash her face in",
    ],
)
def test_the_authors_own_words_are_not_lowered(scorer: Scorer, text: str) -> None:
    assert not _lowered(scorer, text), text
    assert band_rank(scorer.score(text).band) >= band_rank("high"), text


@pytest.mark.parametrize(
    "text",
    [
        "He said he'll break your jaw",
        "I was told he will break your jaw",
        "The prosecutor said he will break her jaw",
        "She wrote that she will break his jaw",
    ],
)
def test_someone_elses_words_are_still_lowered(scorer: Scorer, text: str) -> None:
    assert _lowered(scorer, text), text
