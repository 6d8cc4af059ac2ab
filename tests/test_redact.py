"""Masking keeps spans valid and never leaves a secret or card number readable."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.models import Organization
from auditor.redact import mask, redact
from auditor.scoring import Scorer, load_policy
from auditor.scoring.policy import ModelPolicy
from auditor.scoring.types import Finding, Score


def score(*findings: Finding) -> Score:
    return Score(90, "critical", findings, "pv", "0.1.0")


def test_a_card_keeps_only_its_last_four_digits() -> None:
    text = "card 4111 1111 1111 1111 thanks"
    f = Finding("pii", "pii.card", "high", 5, 24, text[5:24], "4111111111111111")
    masked, s = redact(text, score(f))
    assert masked == "card **** **** **** 1111 thanks"
    assert s.findings[0].matched == "**** **** **** 1111"
    assert "4111111111111111" not in s.findings[0].decoded


def test_a_password_keeps_its_words_and_loses_its_value() -> None:
    text = "the db password is Hunter2!"
    f = Finding("credentials", "credentials.password", "critical", 7, 27, text[7:], text[7:])
    masked, s = redact(text, score(f))
    assert masked == "the db password is ********"
    assert s.findings[0].matched == "password is ********"


def test_other_findings_are_left_alone_but_see_the_masked_text() -> None:
    text = "damn, key AKIAABCDEFGHIJKLMNOP"
    key = Finding("credentials", "credentials.aws_key", "critical", 10, 30, text[10:], text[10:])
    mild = Finding("profanity", "profanity.term", "low", 0, 4, "damn", "damn")
    masked, s = redact(text, score(mild, key))
    assert masked == "damn, key AKIA********"
    assert s.findings[0].matched == "damn"


@given(st.text(), st.integers(0, 6))
def test_mask_keeps_length_and_separators(value: str, end: int) -> None:
    out = mask(value, keep_end=end)
    assert len(out) == len(value)
    assert all(a == b for a, b in zip(value, out, strict=True) if not a.isalnum())


def test_national_ids_and_anything_the_scorer_masked_are_masked_in_the_text() -> None:
    text = "his SSN is 123-45-6789 ok"
    f = Finding("pii", "pii.national_id", "high", 11, 22, "***-**-6789", "***-**-6789")
    masked, _ = redact(text, score(f))
    assert masked == "his SSN is ***-**-6789 ok"
    other = Finding("pii", "pii.other", "high", 11, 22, "***********", "x")
    masked, _ = redact(text, score(other))
    assert masked == "his SSN is ******** ok"


def test_a_finding_inside_a_secret_shows_the_mask_not_the_letters() -> None:
    text = "password is fuckyou1 ok"
    pw = Finding("credentials", "credentials.password", "critical", 0, 20, text[:20], text[:20])
    swear = Finding("profanity", "profanity.term", "medium", 12, 16, "fuck", "fuck")
    masked, s = redact(text, score(pw, swear))
    assert masked == "password is ******** ok"
    inner = s.findings[1]
    assert (inner.start, inner.end) == (12, 20)
    assert inner.matched == inner.decoded == "********"


PIECES = st.sampled_from(
    [
        "password is hunter2",
        'pwd: "a b c"',
        "key AKIAIOSFODNN7EXAMPLE",
        "4111 1111 1111 1111",
        "damn",
        "you idiot",
        " ",
        "\u201c",
        '"',
        "x",
    ]
)


def _scorer() -> Scorer:
    policy = load_policy()
    policy.model = ModelPolicy(enabled=False)
    return Scorer(policy, Organization("Acme"))


SCORER = _scorer()


@settings(deadline=None)
@given(st.lists(PIECES, max_size=10).map(" ".join))
def test_every_span_points_at_its_words_in_the_masked_text(text: str) -> None:
    masked, s = redact(text, SCORER.score(text))
    for f in s.findings:
        assert 0 <= f.start < f.end <= len(masked)
        assert masked[f.start : f.end] == f.matched
    assert "hunter2" not in masked and "EXAMPLE" not in masked and "a b c" not in masked
    assert redact(masked, s) == (masked, s)  # masking twice changes nothing
