"""Personal data beyond cards and long phone numbers: a local number given for a person, a home
address, an ID number after its label, a date of birth and another person's health; shared
mailboxes (jobs@, help@) are no one's personal data. Each is masked as the other personal data
is, and look-alikes (a bus, a room, an order number, a school) are not flagged."""

from __future__ import annotations

import pytest

from auditor.models import Organization
from auditor.redact import redact
from auditor.report.text import mask_findings
from auditor.scoring import Scorer, load_policy
from auditor.scoring.policy import ModelPolicy

POLICY = load_policy()
POLICY.model = ModelPolicy(enabled=False)
SCORER = Scorer(POLICY, Organization("Acme"))


def pii(text: str) -> list[tuple[str, str, str]]:
    """(rule, severity, the text the finding covers) of every personal-data finding."""
    return [
        (f.rule, f.severity, text[f.start : f.end])
        for f in SCORER.score(text).findings
        if f.category == "pii"
    ]


@pytest.mark.parametrize(
    "address",
    [
        "jobs@example.com",
        "help@example.com",
        "security@example.com",
        "no-reply@example.com",
        "press.office@example.com",
        "careers+grad@example.com",
        "Support-EMEA@example.com",
    ],
)
def test_a_shared_mailbox_is_not_personal_data_but_a_near_miss(address: str) -> None:
    text = f"Questions? Write to {address} any time."
    explained = SCORER.explain(text)
    assert [f for f in explained.score.findings if f.category == "pii"] == []
    (near,) = [n for n in explained.near_misses if n.rule == "pii.email"]
    assert "shared mailbox" in near.reason and near.matched == address


def test_a_persons_address_is_still_personal_data() -> None:
    for text in ("his email is jane.doe@example.org", "write to sales.jane@example.org"):
        assert [rule for rule, *_ in pii(text)] == ["pii.email"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Stuck? Call my teammate Priya on 555-0199 after six.", "555-0199"),
        ("ring Tomasz at 555 0173 about the van", "555 0173"),
        ("Her mobile: 555-0128, she won't mind", "555-0128"),
        ("Oskar's number is 555.0161", "555.0161"),
    ],
)
def test_a_local_number_given_for_a_person_is_a_phone_number(text: str, number: str) -> None:
    assert pii(text) == [("pii.phone", "medium", number)]


@pytest.mark.parametrize(
    "text",
    [
        "call me on Monday",
        "Call Reception on 555-0100 to book a room",
        "Our recruitment line is open: 555-0177",
        "Scores: 120-3456 in the league",
        "the 22 bus to room 4B",
        "version 1.2.3.4 shipped",
    ],
)
def test_numbers_without_a_person_are_not_phone_numbers(text: str) -> None:
    assert pii(text) == []


def test_a_local_number_the_author_gives_for_themselves_is_low() -> None:
    assert pii("text me on 555-0110 if you're lost") == [("pii.self_contact", "low", "555-0110")]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Omar lives at 41 Quarry Road, knock loudly", "41 Quarry Road"),
        ("fyi her new home is 9 Willow Crescent", "9 Willow Crescent"),
        ("Kofi's address is 3B Mill Street, Derby", "3B Mill Street"),
        ("they moved to 120 Station Avenue last week", "120 Station Avenue"),
    ],
)
def test_where_someone_lives_is_a_home_address(text: str, address: str) -> None:
    assert pii(text) == [("pii.address", "medium", address)]


@pytest.mark.parametrize(
    "text",
    [
        "Birch Lane Primary School won the quiz",
        "she teaches at 12 Ash Lane Primary School",
        "Venue address: 5 Dock Street, Hull",
        "The office moved to 5 High Street",
        "Meet at 10 Market Square at noon",
    ],
)
def test_addresses_that_are_no_ones_home_are_not_flagged(text: str) -> None:
    assert pii(text) == []


def test_the_organisations_and_the_authors_own_address() -> None:
    explained = SCORER.explain("We've moved to 14 Canal Walk, come and visit")
    assert [f for f in explained.score.findings if f.category == "pii"] == []
    assert any("own address" in n.reason for n in explained.near_misses)
    assert pii("I live at 8 Elm Grove") == [("pii.self_contact", "low", "8 Elm Grove")]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Lena's passport number is 987654321, book it", "*****4321"),
        ("Passport: 550123987", "*****3987"),
        ("his NHS number: 485 777 3456", "*** *** 3456"),
        ("ID number is 30021984", "****1984"),
    ],
)
def test_an_id_number_after_its_label_is_masked_as_ids_are(text: str, shown: str) -> None:
    score = SCORER.score(text)
    (f,) = [f for f in score.findings if f.category == "pii"]
    assert (f.rule, f.matched, f.decoded) == ("pii.national_id", shown, shown)
    assert f.severity == "high"  # strong evidence: one level above the category's medium
    masked, _ = redact(text, score)
    assert text[f.start : f.end] not in masked and shown in masked


@pytest.mark.parametrize(
    "text",
    [
        "order number 123456789",
        "ticket ID number 4455667",
        "Issue ID #12345 is fixed",
        "passport 2024 renewal queue",
    ],
)
def test_numbers_without_an_id_label_are_not_id_numbers(text: str) -> None:
    assert pii(text) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Cake for Ines, born on 9 June 1994!", "9 June 1994"),
        ("DOB 21/11/1988 for the insurance form", "21/11/1988"),
        ("Theo (date of birth: March 4, 1979)", "March 4, 1979"),
    ],
)
def test_a_date_of_birth_is_personal_data(text: str, date: str) -> None:
    (found,) = pii(text)
    assert found == ("pii.birth_date", "medium", date)


@pytest.mark.parametrize(
    "text",
    ["born to run", "born in 1990", "Mozart, born 27 January 1756", "birthday party 3 May 2025"],
)
def test_no_full_date_of_birth_no_finding(text: str) -> None:
    assert pii(text) == []


def test_the_authors_own_date_of_birth_is_low() -> None:
    assert pii("I was born on 2 July 1991") == [("pii.birth_date", "low", "2 July 1991")]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Keisha is having chemo this month", "Keisha is having chemo"),
        ("Raj's cancer diagnosis is why he's off", "Raj's cancer"),
        ("She was diagnosed with epilepsy last year", "She was diagnosed with epilepsy"),
        ("Wish Bo well, radiotherapy starts Friday and he's nervous", "radiotherapy"),
        ("Lee in the stores tested positive for HIV", "Lee in the stores tested positive for HIV"),
        (
            "Poor Mo from finance is off sick with depression",
            "Mo from finance is off sick with depression",
        ),
        ("Kim from payroll is 12 weeks pregnant, shh", "Kim from payroll is 12 weeks pregnant"),
        ("Jo is pregnant with twins!", "Jo is pregnant"),
    ],
)
def test_another_persons_health_is_personal_data(text: str, span: str) -> None:
    assert pii(text) == [("pii.health", "medium", span)]


@pytest.mark.parametrize(
    "text",
    [
        "October is Breast Cancer Awareness Month: free screenings on site",
        "I start chemo on Monday, wish me luck",
        "my chemo finished today!",
        "She ran a 10k for cancer research",
        "People with diabetes can book a free check",
        "Sarah's Cancer Research UK bake sale is on Friday",
        "a code review of the cancer ward rota",
        "So happy to share that I'm 12 weeks pregnant",
        "Pregnant staff can book the quiet room",
        "Sam in marketing is off for the day",
        "Ana from Leeds is leading the project",
    ],
)
def test_health_words_with_no_other_person_are_not_flagged(text: str) -> None:
    assert pii(text) == []


def test_new_personal_data_is_masked_in_reports_unless_show_pii() -> None:
    text = (
        "Omar lives at 41 Quarry Road; DOB 21/11/1988; Keisha is having chemo; call Ana on 555-0142"
    )
    score = SCORER.score(text)
    rules = {f.rule for f in score.findings if f.category == "pii"}
    assert rules == {"pii.address", "pii.birth_date", "pii.health", "pii.phone"}
    shown, views = mask_findings(text, score.findings, show_pii=False)
    for secret in ("41 Quarry Road", "21/11/1988", "Keisha is having chemo", "555-0142"):
        assert secret not in shown
        assert all(secret not in v.matched and secret not in v.decoded for v in views)
    assert mask_findings(text, score.findings, show_pii=True)[0] == text


@pytest.mark.parametrize(
    "text",
    [
        "Struggling? Our assistance programme is free. Call 0800 555 0101, day or night.",
        "call the helpline on 1-800-555-0199",
        "ring +44 800 555 0101 for support",
    ],
)
def test_a_toll_free_number_is_a_business_line(text: str) -> None:
    assert pii(text) == []
    assert any("toll-free" in n.reason for n in SCORER.explain(text).near_misses)
