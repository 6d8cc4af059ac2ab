"""A password named later in its sentence, after words describing it, is masked too."""

from __future__ import annotations

import pytest

from auditor.models import Organization
from auditor.redact import mask_text, redact
from auditor.scoring import Scorer, load_policy


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (
            "Manager's laptop password is literally his dog's name plus a year, Biscuit2014.",
            "Biscuit2014",
        ),
        (
            "the shared password is the usual one with the year, Acme#2026 - don't tell IT",
            "Acme#2026",
        ),
        ("Boss's password is his kid's name and birthday; Lily0412", "Lily0412"),
    ],
)
def test_a_password_named_later_in_its_sentence_is_masked(text: str, secret: str) -> None:
    assert secret not in mask_text(text)
    score = Scorer(load_policy(), Organization()).score(text)
    assert any(f.rule == "credentials.password" for f in score.findings)
    shown, masked_score = redact(text, score)
    assert secret not in shown
    assert all(secret not in f.matched and secret not in f.decoded for f in masked_score.findings)


def test_the_next_sentence_is_not_masked() -> None:
    """Only the password's own sentence is read: a room number after it stays readable."""
    text = "My password is his dog's name plus a year. Meeting in room B12a4 at ten"
    assert "B12a4" in mask_text(text)
