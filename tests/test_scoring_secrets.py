"""Cards, national IDs and secrets are found, checked and MASKED in every Finding."""

from __future__ import annotations

import pytest

from auditor.models import Organization
from auditor.scoring import Scorer, band_rank, load_policy
from auditor.scoring.masking import SECRET_MASK
from auditor.scoring.pii_patterns import luhn_ok
from auditor.scoring.policy import ModelPolicy

POLICY = load_policy()
POLICY.model = ModelPolicy(enabled=False)
SCORER = Scorer(POLICY, Organization("Acme"))

GITHUB = "ghp_" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8"
SLACK = "xoxb-123456789012-abcdefghijkl"


def only(text: str, category: str):  # type: ignore[no-untyped-def]
    found = [f for f in SCORER.score(text).findings if f.category == category]
    assert len(found) == 1, found
    return found[0]


def test_card_number_is_luhn_checked_and_masked() -> None:
    text = "my card is 4111 1111 1111 1111 exp 09/27"
    f = only(text, "pii")
    assert f.rule == "pii.card"
    assert f.matched == "**** **** **** 1111"
    assert f.decoded == f.matched
    assert text[f.start : f.end] == "4111 1111 1111 1111"
    assert "1111 1111 1111" not in f.explanation


def test_number_failing_luhn_is_not_a_card() -> None:
    assert not luhn_ok("4111111111111112")
    assert "pii.card" not in {f.rule for f in SCORER.score("ref 4111 1111 1111 1112").findings}


def test_dashed_card_number() -> None:
    assert only("5500-0000-0000-0004", "pii").matched == "****-****-****-0004"


@pytest.mark.parametrize(
    ("text", "rule", "masked"),
    [
        ("key AKIAIOSFODNN7EXAMPLE here", "credentials.aws_key", "AKIA" + SECRET_MASK),
        (f"token {GITHUB}", "credentials.github_token", "ghp_" + SECRET_MASK),
        (f"slack {SLACK}", "credentials.slack_token", "xoxb-" + SECRET_MASK),
        ("wifi password is Hunter2!", "credentials.password", "wifi password is ********"),
        ("api_key=sk_live_abcdefghijklmnop1234", "credentials.api_key", "api_key=" + SECRET_MASK),
    ],
)
def test_secrets_are_critical_and_masked(text: str, rule: str, masked: str | None) -> None:
    score = SCORER.score(text)
    f = only(text, "credentials")
    assert f.rule == rule
    assert f.severity == "critical"
    assert score.band == "critical"
    secret = text[f.start : f.end]
    assert f.matched != secret
    assert "*" in f.matched
    if masked is not None:
        assert f.matched == masked
    for field in (f.matched, f.decoded, f.explanation, f.guidance):
        assert secret not in field


def test_private_key_block_is_masked_whole() -> None:
    body = "MIIEowIBAAKCAQEA7bq98Rr2Vx9ZJ4hL8dQ\nlvK3Hcf0Pz9XwN1s"
    text = f"oops\n-----BEGIN RSA PRIVATE KEY-----\n{body}\n-----END RSA PRIVATE KEY-----\n"
    f = only(text, "credentials")
    assert f.rule == "credentials.private_key"
    assert text[f.start : f.end].endswith("-----END RSA PRIVATE KEY-----")
    assert f.matched == (
        "-----BEGIN RSA PRIVATE KEY-----" + SECRET_MASK + "-----END RSA PRIVATE KEY-----"
    )


def test_ssn_and_ni_numbers_are_masked() -> None:
    ssn = only("SSN 123-45-6789", "pii")
    assert (ssn.rule, ssn.matched) == ("pii.national_id", "***-**-6789")
    nino = only("NI number AB 12 34 56 C", "pii")
    assert nino.rule == "pii.national_id"
    assert nino.matched == "** ** *4 56 C"


def test_reserved_ssn_is_not_flagged() -> None:
    assert SCORER.score("code 000-12-3456 or 666-12-3456").band == "none"


def test_password_exception_and_ordinary_numbers() -> None:
    assert SCORER.score("the password is incorrect, try again").band == "none"
    assert SCORER.score("Scored 2-1 in 2024, 10,000 fans").band == "none"


def test_card_in_a_threat_sized_post_still_raises_the_band() -> None:
    score = SCORER.score("lol here 4111111111111111")
    assert band_rank(score.band) >= band_rank("high")


def test_uk_mobile_number_is_found_whole() -> None:
    text = "Call Jane on 07700 900123, she owes me"
    f = only(text, "pii")
    assert (f.rule, f.matched) == ("pii.phone", "07700 900123")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("call 555-123-4567", "555-123-4567"),
        ("Dave: (555) 123-4567", "(555) 123-4567"),
        ("ring +44 20 7946 0958", "+44 20 7946 0958"),
        ("Jane 020 7946 0958", "020 7946 0958"),
        ("his cell +447700900123", "+447700900123"),
        ("Jane 555.123.4567", "555.123.4567"),
    ],
)
def test_phone_numbers_are_found(text: str, number: str) -> None:
    assert only(text, "pii").matched == number


@pytest.mark.parametrize(
    "text",
    [
        "server at 192.168.100.200",
        "kick-off 12.05.2023 14:00",
        "1000 000 000 views!",
        "ISBN 978-3-16-148410-0",
        "Order 123456789012 shipped",
        "seasons 2023 2024 2025 2026",  # 16 digits that pass Luhn but are no card
        "2019-2020 season",
    ],
)
def test_numbers_that_are_not_personal_data(text: str) -> None:
    assert "pii" not in SCORER.score(text).categories


@pytest.mark.parametrize(
    ("number", "brand"),
    [
        ("4111111111111111", "visa"),
        ("5500000000000004", "mastercard"),
        ("2221000000000009", "mastercard"),
        ("378282246310005", "amex"),
        ("6011111111111117", "discover"),
        ("2023202420252026", ""),
    ],
)
def test_card_brands(number: str, brand: str) -> None:
    from auditor.scoring.pii_patterns import card_brand

    assert card_brand(number) == brand


def test_file_names_with_at_signs_are_not_email_addresses() -> None:
    assert "pii" not in SCORER.score("use logo@2x.png for retina").categories
    assert only("mail jane.doe@example.org", "pii").rule == "pii.email"


def test_user_slash_password_and_a_combination_for_a_key_box() -> None:
    s = SCORER.score("team login so nobody asks again: user ops-team / Pa$$w0rd-Falcon-88")
    (f,) = [f for f in s.findings if f.category == "credentials"]
    assert f.rule == "credentials.password" and "Pa$$w0rd" not in f.matched
    code = SCORER.score("Combination for the server room key box: 31-07-22. Put it back!")
    assert [f.rule for f in code.findings] == ["credentials.access_code"]
    assert "31-07-22" not in code.findings[0].matched
    for harmless in ("user jane / admin is her role", "the combination for success: 3 habits"):
        assert not SCORER.score(harmless).findings, harmless
