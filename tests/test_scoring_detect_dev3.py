"""Credentials, personal data and political attacks said in other words than a label: a password
given after "changed it to", "it's now" or "user x, pass y"; what a lock "opens with"; a token
after its label with a space; someone's home number or a number the reader is told to use on
him; an address after "just moved in at"; a medicine "for" a condition, a confided pregnancy;
name-calling near a politician by title, a party or its voters. And the look-alikes that are
none: a password described ("older than my car") or supposed ("if your password is ..."), a
published test card in a sandbox, a neutral get-out-the-vote post."""

from __future__ import annotations

import pytest

from auditor.models import Organization
from auditor.scoring import Scorer, band_rank, load_policy
from auditor.scoring.policy import ModelPolicy

POLICY = load_policy()
POLICY.model = ModelPolicy(enabled=False)
SCORER = Scorer(POLICY, Organization("Acme"))


def rules(text: str) -> set[str]:
    return {f.rule for f in SCORER.score(text).findings if band_rank(f.severity) >= 2}


# --- credentials: a password described or supposed is not given ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my email password is older than half the interns lol",
        "Honestly my banking password is weaker than office coffee",
        "the VPN password was longer than the onboarding doc",
        "My password is the same as it was in 2019, don't judge",
        "wifi password is changed every monday apparently",
        "my password is literally expiring again tomorrow",
        "If your password is still qwerty123 please change it before Friday",
        "if ur work password is Summer2024 go reset it now",
        "When your password is letmein99 you deserve what happens",
    ],
)
def test_a_password_described_or_supposed_is_not_a_leak(text: str) -> None:
    assert "credentials.password" not in rules(text)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("changed my password to Maple!2031 finally", "credentials.password"),
        ("I set the guest wifi password to Harbour#88 for the visitors", "credentials.password"),
        ("had to reset my pw again. it's now Falcon_2027 lol", "credentials.password"),
        ("Password? It's Tulip2025, don't share", "credentials.password"),
        ("the vpn pw's Orca7781!", "credentials.password"),
        ("my password is still Winter2026! nobody will guess", "credentials.password"),
        ("Laptop password is his cat's name and a year, Mittens2015.", "credentials.password"),
        ("portal login: user finance_ro, pass Quay#4410, pls dont change", "credentials.password"),
        ("username jdoe; password Cobalt-551 for the test box", "credentials.password"),
        ("the wifi key is Gorse2029", "credentials.password"),
        ("network key: Bramble-7741 if you need it", "credentials.password"),
        ("the cash safe opens with 31-07-22 btw", "credentials.access_code"),
        ("Padlock on the bike cage unlocks with 9931", "credentials.access_code"),
        ("code for the side gate is 1208#", "credentials.access_code"),
        ("the code to our storeroom: 4417", "credentials.access_code"),
        ("my locker combo is 12 24 36", "credentials.access_code"),
        ("the gate pin is three one one nine", "credentials.access_code"),
        ("Locker combination: seven seven two, easy", "credentials.access_code"),
        ("@kai here's the token 7c1e9a2b4d6f8e0a3c5b7d9f1a2c4e6b", "credentials.token"),
        ("secret is f81d4fae7dec11d0a76500a0c91e6bf6 for the webhook", "credentials.token"),
        ("@lee use this one, it's the staging key: Qm83rTzk2LpW9vXa71NcBd4e", "credentials.token"),
        ("api still 401s with 9aB3kLm2Qx8Zr7Tt5Yw1Uv0P, any idea?", "credentials.token"),
        ("the key safe is 5512, keys inside", "credentials.access_code"),
        ("padlock's 0417 btw", "credentials.access_code"),
        ("back door = 4471# for the night shift", "credentials.access_code"),
    ],
)
def test_a_secret_said_in_other_words_is_found(text: str, rule: str) -> None:
    score = SCORER.score(text)
    assert rule in {f.rule for f in score.findings}, score.findings
    assert score.band == "critical"


@pytest.mark.parametrize(
    "text",
    [
        "changed my password, it's fine now",
        "the password to the portal is changing next week",
        "the shop opens with 12 staff on Sunday",
        "the store opens on 14 March",
        "a token of thanks: 2fa-setup-guide-for-new-starters",
        "username and password reset emails are delayed",
        "the safe opens with a key, not a code",
        "pin is one of the best bowling terms",
        "my alarm is 0600 every day",
        "the safe is 300 years old",
        "see commit 3f9a8c7d6e5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f for the api key fix",
        "key doc: https://docs.google.com/document/d/1A2b3C4dE5f6G7h8I9j0KlMnOpQrStUv/edit",
        "api outage, ticket INC0012345AbCdEfGh0099",
        "the capital case cites UScode18ch115sec2384 apparently",
        "key results: ProjectAlpha2024Q3Final2 is the deck",
        "the code review is one of two things",
    ],
)
def test_look_alikes_of_said_secrets_are_not_secrets(text: str) -> None:
    assert not {r for r in rules(text) if r.startswith("credentials.")}


# --- personal data --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "here's Dom's home number since he won't answer at work: 555-0188",
        "Found Priya's personal mobile, the one she never gives out: +44 555 0177",
        "That driver who cut me off? 555-0164. Give him a ring and tell him what you think",
        "the landlord's home phone number for anyone he owes a deposit, 555-0133",
        "Rude customer from this morning left 555-0121 on the form, text her and let her know",
    ],
)
def test_someone_elses_local_number_is_personal_data(text: str) -> None:
    assert "pii.phone" in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "my home number is 555-0123 if the alarm goes off",
        "Call the shop on 555-0100 to book",
        "The canteen is on 555-0100, ask them about the vegan menu",
    ],
)
def test_own_or_business_local_numbers_are_not_flagged(text: str) -> None:
    assert "pii.phone" not in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our new VP just moved in at 41 Larch Grove, Selby. Drinks at hers?",
        "Sienna has finally moved to 9 Quarry Rise, go say hi",
        "guess who now lives at 12 Abbey Road, the CEO recently moved in there",
        "our new sales director has just moved to 3 Mill Lane, right by me",
        "Tom recently moved in at 18 Ash Close",
    ],
)
def test_a_home_address_after_just_moved_is_personal_data(text: str) -> None:
    assert "pii.address" in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "found where the ref lives: 12 Oak Road. Pay him a visit lads",
        "this is where the landlord's son stays, 8 Kiln Lane, go tell him what you think",
        "the guy who keyed my car lives at 40 Farm Walk, go see him",
    ],
)
def test_an_address_the_reader_is_sent_to_is_personal_data(text: str) -> None:
    assert "pii.address" in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sam from finance birthday is 14/07/1988, send him a card",
        "DOB for Ahmed Khan: 03/11/1979, pls book the flights",
        "Lucy's birthday is 2 March 1991 and she hates surprises",
        "her birthday: 30/09/1985, don't forget",
        "Date of birth of Mr Oduya is 21.04.1969",
    ],
)
def test_a_colleagues_date_of_birth_is_personal_data(text: str) -> None:
    assert "pii.birth_date" in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "birthday drinks 12/05/2024 at the pub!",
        "our company birthday is 1 June 1998",
        "the shop's birthday is 4 April 2001, cake in the break room",
    ],
)
def test_a_birthday_that_is_no_date_of_birth_is_not_flagged(text: str) -> None:
    assert "pii.birth_date" not in rules(text)


def test_the_office_moving_is_not_a_home_address() -> None:
    assert "pii.address" not in rules("The office has just moved to 3 King Street")
    assert "pii.address" not in rules("We have finally moved to 3 King Street, new desks!")


@pytest.mark.parametrize(
    "text",
    [
        "Worked out why Lena's been quiet: she's on sertraline for depression",
        "Marco is taking tablets for epilepsy, saw them in his bag",
        "heard Jo from payroll is in rehab for alcoholism",
        "Raf had a stroke over the weekend, apparently",
        "Kim has been prescribed something for ADHD",
        "my coworker Bea she is pregnant, 2 month, not tell anyone",
        "she's 12 weeks pregnant but hasn't told the boss, keep it quiet",
    ],
)
def test_another_persons_health_in_other_words_is_personal_data(text: str) -> None:
    assert "pii.health" in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "He's on the rota for cancer research day",
        "she is on the committee for diabetes awareness",
        "Sasha had a stroke of luck with the parking today",
        "she is pregnant with ideas after that workshop",
    ],
)
def test_health_look_alikes_are_not_personal_data(text: str) -> None:
    assert "pii.health" not in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "QA note: 5555 5555 5555 4444 with any CVC works on staging",
        "Stripe test card 4000 0566 5566 5556 still declines in the sandbox?",
        "for the demo use the dummy card 4242-4242-4242-4242",
    ],
)
def test_a_published_test_card_in_a_test_setting_is_a_near_miss(text: str) -> None:
    assert "pii.card" not in rules(text)
    near = SCORER.explain(text).near_misses
    assert any(n.rule == "pii.card" for n in near), near


@pytest.mark.parametrize(
    "text",
    [
        "found a card by the till: 4111 1111 1111 1111, exp 01/29",
        "testing with my own card 4532 0151 1283 0366 on the sandbox lol",
        "my card is 5555 5555 5555 4444 please refund it",
    ],
)
def test_a_card_outside_a_test_setting_or_not_a_test_number_is_flagged(text: str) -> None:
    assert "pii.card" in rules(text)


# --- political --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Polling stations open at 7. Whoever you vote for, take the time, managers will cover.",
        "Election day! No matter who you vote for, please vote.",
        "go and vote today, vote for whoever you want, just vote",
        "Reminder: the store closes early so staff can vote, whoever you're voting for",
    ],
)
def test_a_neutral_get_out_the_vote_post_is_not_partisan(text: str) -> None:
    assert band_rank(SCORER.score(text).band) < 2, SCORER.score(text).findings


@pytest.mark.parametrize(
    "text",
    [
        "Minister Abernathy is a clueless fraud and everyone knows it",
        "Councillor Pryce? corrupt little crook, should be locked up",
        "MP Dalgleish proves you need no brain to sit in parliament",
        "Assemblywoman Reyes and her lying thieves cabinet, unbelievable",
        "Congressman Hollis's supporters are the stupidest people on earth",
        "THE HARBOUR PARTY ARE A BUNCH OF GREEDY PARASITES",
        "every Civic Party voter i know is a brainless sheep",
        "Tory voters are spineless, simple as",
        "the Orchard Party lot round here are unwashed hypocrites",
    ],
)
def test_name_calling_of_a_politician_party_or_voters_is_a_political_attack(text: str) -> None:
    assert "political.attack" in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Quint opened the fraud inquiry today, good turnout",
        "Councillor Dray promised to sort out the rat problem on Elm Street",
        "Christmas Party crew are a bunch of legends, thank you all",
        "the Third Party vendors are late again",
        "Senator Cole spoke to our apprentices about the new apprenticeship bill",
    ],
)
def test_political_look_alikes_are_not_attacks(text: str) -> None:
    assert "political.attack" not in rules(text)
