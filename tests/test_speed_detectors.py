"""The structural detectors' shortcuts skip only posts in which nothing would be found: `detect`'s
one-scan test for needles (`detectors.worth_reading`) and the gates in front of pii's number and
street scans, each checked against the plain, ungated reading of the same texts."""

from __future__ import annotations

import re
import sys

from hypothesis import example, given, settings
from hypothesis import strategies as st

from auditor.scoring import detectors, pii_patterns, secret_patterns
from auditor.scoring.credentials import detect_credentials
from auditor.scoring.detectors import count_digits, detect, worth_reading
from auditor.scoring.masking import Detection
from auditor.scoring.pii import detect_personal_data

# Words before a secret or personal data, and what may follow them.
_CUES = (
    *("password: ", "Password is ", "PASS=", "pass: ", "pw ", "PWD=", "wifi pass: ", "passe: "),
    *("mot de passe: ", "senha é ", "kennwort: ", "contraseña: ", "wachtwoord: ", "pin code: "),
    *("the password for the share is ", "pin for the safe is ", "PINS to the door is "),
    *("api_key=", "KEY: ", "bearer ", "Token: ", "secret=", "access-token ", "login is admin / "),
    *(
        "creds: bob:",
        "sign-in: bob:",
        "log-in: bob:",
        "signin is bob:",
        "door code is ",
        "alarm code changed to ",
        "PIN: ",
    ),
    *("safe combination ", "https://user:", "ftp://u:", "-----BEGIN RSA PRIVATE KEY-----\n"),
    *("AKIA", "ASIA", "ghp_", "github_pat_", "xoxb-", "sk_live_", "whsec_", "glpat-", "npm_"),
    *("AIza", "sk-", "sk-ant-api03-", "hf_", "api_org_", "SK", "SG.", "eyJ", "jo@", "help@"),
    *("email me at ", "call Jenny on ", "her number is ", "call us on ", "+", "("),
    *("passport number is ", "NHS number: ", "SSN ", "# ", "no. ", "order number "),
    *("she lives at ", "my address is ", "we've moved to ", "Mark's home address: "),
    *("born ", "DOB ", "date of birth: ", "d.o.b ", "Dana is having ", "her ", "Mark's "),
    *("he has ", "my ", "she is recovering from ", "Sam was diagnosed with "),
)
_VALUES = (
    *("Tr0ub4dor&3", "hunter2!", "Summer2024!", "payroll2024", '"Passkeys in Practice"'),
    *(
        "'x y'",
        "hunter",
        "abc123def456",
        "abcdefghijklmnopqrstu12345",
        "AbC123xyZ789qwe456",
        "4471#",
        "1234",
    ),
    *("ABCDEFGHIJKLMNOP", "0123456789abcdef" * 2, "aB3dE6gH9jK2mN5pQ8sT1vW4yZ7" * 2),
    *("eyJhbGciOi.eyJzdWIiOiIx.SflKxwRJSMeKKF2QT4fw", "pw@db.example.com", "example.com"),
    *("MIIEow\n-----END RSA PRIVATE KEY-----", "acme.com", "2x.png", "p4ss!@localhost"),
    *("abcdef" * 5 + "ab", "xYzAbCdEfGhIjKlMnOpQrStUvWxYzAbCdEf", "3/5/90"),
    *("xYzAbCdEfGhIjKlMnOpQrStUvWxYzAbCdEfGhIj",),
    *("4111 1111 1111 1111", "4111-1111-1111-1111", "123-45-6789", "AB 12 34 56 C"),
    *("44 20 7946 0958", "020) 7946 0958", "555-0142", "943 476 5919", "123456789"),
    *("22 Birch Lane", "7 Orchard Close", "3 May 1990", "03/05/1990", "1990-05-03"),
    *("chemo", "cancer", "dementia", "diabetes", "Alzheimer's", "bipolar disorder", "HIV"),
)
_NOISE = (
    *("get well soon", "cancer research", "@user", ".@acme", "Kelvin", "passion", "\U0001f525"),
    *("\u0661\u0662\u0663", "\uff11\uff12", "\u03a3", "\u2019s", "\u201c", "\u00e9", "\n"),
    *("\t", " ", ". ", ", ", ": ", "=", "/"),
)


def _folded(text: str, how: int) -> str:
    """`text` in another case, or with letters `(?i)` reads as ASCII letters ("ſ" for "s")."""
    if how == 1:
        return text.upper()
    if how == 2:
        return text.title()
    if how == 3:
        return text.replace("s", "\u017f").replace("i", "\u0131").replace("k", "\u212a")
    if how == 4:
        return text.replace("i", "\u0130").replace("S", "\u017f")
    return text


_PIECES = st.one_of(
    st.tuples(st.sampled_from(_CUES), st.sampled_from(_VALUES)).map("".join),
    st.sampled_from(_CUES + _VALUES + _NOISE),
    st.text(alphabet="aeiKkSsPpIiıİſ019 -_:/@.#'\"\u2019", max_size=4),
    st.integers(0, 10**16).map(str),
)
_TEXTS = st.tuples(
    st.lists(st.tuples(_PIECES, st.integers(0, 9)), max_size=8),
).map(lambda pieces: "".join(_folded(text, how) for text, how in pieces[0]))
_DOMAINS = st.sampled_from((frozenset(), frozenset({"acme", "example"})))


def _reference(text: str, org_domains: frozenset[str]) -> list[Detection]:
    """`detect` without its shortcut: both detectors read every post."""
    taken: list[tuple[int, int]] = []
    lowered = text.lower()
    digits = len(re.findall(r"\d", text))
    return [
        *detect_credentials(text, lowered, digits, taken),
        *detect_personal_data(text, lowered, digits, org_domains, taken),
    ]


def test_detect_finds_what_reading_every_post_finds_after_each_cue() -> None:
    for cue in _CUES:
        for value in _VALUES:
            for how in range(5):
                text = "Hi " + _folded(cue + value, how) + ". Thanks"
                for org_domains in (frozenset(), frozenset({"acme"})):
                    assert list(detect(text, org_domains)) == _reference(text, org_domains)
                lowered, digits = text.lower(), count_digits(text)
                if any(rx.search(text) for rx in _patterns(digits)):
                    assert worth_reading(text, lowered, digits), text


@settings(max_examples=300, deadline=None)
@given(_TEXTS, _DOMAINS)
def test_detect_finds_what_reading_every_post_finds(text: str, org_domains: frozenset[str]) -> None:
    assert list(detect(text, org_domains)) == _reference(text, org_domains)


def _patterns(digits: int) -> list[re.Pattern[str]]:
    """The patterns whose needles are tighter than their detector's gate: any match of theirs
    must make a post worth reading. (LOOSE_TOKEN holds no label: it is read only beside its
    gate's words, which are its needles; see the test after the next.)"""
    labelled = [
        rx
        for _, rx, _, _, needs in secret_patterns.LABELLED
        if digits >= needs and rx is not secret_patterns.LOOSE_TOKEN
    ]
    prefixed = [rx for _, rx, _, _ in secret_patterns.PREFIXED]
    return [secret_patterns.PRIVATE_KEY, pii_patterns.EMAIL, *labelled, *prefixed]


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_a_post_any_credential_or_email_pattern_matches_is_read(text: str) -> None:
    lowered, digits = text.lower(), count_digits(text)
    if any(rx.search(text) for rx in _patterns(digits)):
        assert worth_reading(text, lowered, digits)


_LOOSE_HINTS = next(
    hints for _, rx, _, hints, _ in secret_patterns.LABELLED if rx is secret_patterns.LOOSE_TOKEN
)


@settings(max_examples=200, deadline=None)
@given(_TEXTS, st.sampled_from(_LOOSE_HINTS))
@example("SKabcdefghijklmnopqrstu12345", "key")
def test_a_loose_token_beside_its_gate_word_is_read(text: str, hint: str) -> None:
    text = f"{hint} {text}"
    lowered, digits = text.lower(), count_digits(text)
    if digits >= 3 and secret_patterns.LOOSE_TOKEN.search(text):
        assert worth_reading(text, lowered, digits)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_a_post_with_a_health_word_is_read(text: str) -> None:
    lowered = text.lower()
    if not pii_patterns.HEALTH_TOKENS.isdisjoint(lowered.split()):
        assert worth_reading(text, lowered, count_digits(text))


@settings(max_examples=150, deadline=None)
@given(_TEXTS)
def test_count_digits_counts_what_backslash_d_matches(text: str) -> None:
    assert count_digits(text) == len(re.findall(r"\d", text))


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_number_and_street_gates_hold_wherever_their_pattern_matches(text: str) -> None:
    digits = count_digits(text)
    for rx, gate, needs in (
        (pii_patterns.CARD, pii_patterns.CARD_GATE, 13),
        (pii_patterns.SSN, pii_patterns.SSN_GATE, 9),
        (pii_patterns.NINO, pii_patterns.NINO_GATE, 6),
        (pii_patterns.LOCAL_PHONE, pii_patterns.LOCAL_PHONE_GATE, 7),
        (pii_patterns.STREET, pii_patterns.STREET_GATE, 1),
    ):
        if rx.search(text):
            assert gate.search(text) and digits >= needs, rx.pattern


def test_lower_case_hides_no_label_but_for_the_case_folds() -> None:
    # The needles are matched against `text.lower()` though the label patterns are `(?i)`:
    # every character `(?i)` matches to an ASCII letter lowers to that letter or leaves a
    # character of `_CASE_FOLDS`; no other character lowers to an ASCII letter, a space or
    # the punctuation the needles' patterns hold; spaces lower to themselves.
    letter = re.compile("(?i)[a-z]")
    punctuation = set(" \t\n:/@=\"'._-%+")
    for c in map(chr, range(sys.maxunicode + 1)):
        low = c.lower()
        if letter.fullmatch(c):
            assert low.isascii() or detectors._CASE_FOLDS.search(low), repr(c)
        elif not c.isascii():
            assert not (low[:1].isascii() and low[:1].isalpha()), repr(c)
            assert not set(low) & punctuation or c.isspace(), repr(c)
        if c.isspace():
            assert low == c, repr(c)
        else:
            assert not any(ch.isspace() for ch in low), repr(c)


def test_the_scan_finds_each_needle_after_any_text() -> None:
    for needs, word, after in detectors._NEEDLES:
        scan = detectors._WORTH_READING[needs]
        sample = {"": "", "[0-9a-f]{32}": "0" * 32, "[a-z0-9]{16}": "a1" * 8}.get(after)
        if sample is not None:
            assert scan.search("hello " + word + sample), word
            assert scan.search(word + sample), word
