"""Drug emoji asked for or offered reach the drug rules with no drug word in the post."""

from __future__ import annotations

import pytest

from auditor.models import Organization
from auditor.scoring import Scorer, load_policy


@pytest.fixture(scope="module")
def scorer() -> Scorer:
    return Scorer(load_policy(), Organization())


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("who has the 💊 for tonight?", True),
        ("anyone want some ❄️ after the Christmas do", True),
        ("Snow day ❄️ office closed, stay safe", False),
        ("Took my 💊 with breakfast like a good boy", False),
    ],
)
def test_drug_emoji_without_a_drug_word(scorer: Scorer, text: str, flagged: bool) -> None:
    rules = {f.rule for f in scorer.score(text).findings if f.category == "drugs"}
    assert bool(rules) is flagged, text
