"""Secrets found by their issuer's prefix, by a label, in a URL, and passwords that run to the
end of their clause: each is masked in `check`, in `redact`'s text and in the store, and
look-alikes (ordinary words, short values) are not flagged."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from typer.testing import CliRunner

from auditor.cli import app
from auditor.models import Organization
from auditor.pipeline import Auditor
from auditor.redact import mask_text, redact
from auditor.scoring import Scorer, load_policy
from auditor.scoring.detectors import detect
from auditor.scoring.masking import SECRET_MASK
from auditor.scoring.policy import ModelPolicy
from auditor.store import Store
from tests.test_report_support import ListSource, post, roster

POLICY = load_policy()
POLICY.model = ModelPolicy(enabled=False)
SCORER = Scorer(POLICY, Organization("Acme"))
runner = CliRunner()

# Made-up values in each issuer's format (prefix, length, alphabet).
STRIPE = "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc"
GITLAB = "glpat-" + "xRz8Kp2NqL5vW7tY9bC3"
NPM = "npm_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"
GOOGLE = "AIza" + "SyD1x2Y3z4W5v6U7t8S9r0Q1p2O3n4M5l6K"
OPENAI = "sk-proj-" + "Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv1Wx2Yz3_-a4"
HUGGINGFACE = "hf_" + "OwAJiecAHjIxfihVLEjBWSqLkQgnFCXtkP"
HF_ORG = "api_org_" + "FKHwOEXFEMliTrYJKHxNafLruHIXCcmmwz"
TWILIO = "SK" + "0123456789abcdef0123456789ABCDEF"
SENDGRID = "SG." + "aB1cD2eF3gH4iJ5kL6mN7o" + "." + "pQ8rS9tU0vW1xY2zA3bC4dE5fG6hI7jK8lM9nO0pQ1r"
JWT = (
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
    "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIn0."
    "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
)

# (post, rule, the secret in it, the post as stored)
SECRETS = [
    (f"oops {STRIPE} sorry", "credentials.stripe_key", STRIPE[8:], "oops sk_live_******** sorry"),
    (f"ci uses {GITLAB}", "credentials.gitlab_token", GITLAB[6:], "ci uses glpat-********"),
    (f"//{NPM}", "credentials.npm_token", NPM[4:], "//npm_********"),
    (f"maps key {GOOGLE} ok", "credentials.google_api_key", GOOGLE[4:], "maps key AIza******** ok"),
    (f"{OPENAI} lol", "credentials.openai_key", OPENAI[8:], "sk-proj-******** lol"),
    (f"hf {HUGGINGFACE}", "credentials.huggingface_token", HUGGINGFACE[3:], "hf hf_********"),
    (f"org: {HF_ORG}!", "credentials.huggingface_token", HF_ORG[8:], "org: api_org_********!"),
    (f"twilio {TWILIO} ok", "credentials.twilio_key", TWILIO[2:], "twilio SK******** ok"),
    (f"mail {SENDGRID}", "credentials.sendgrid_key", SENDGRID[3:], "mail SG.********"),
    (f"Bearer-less {JWT} here", "credentials.jwt", JWT, "Bearer-less ******** here"),
    (
        "db at https://user:hunter22@db.example.com/app",
        "credentials.url_password",
        "hunter22",
        "db at https://user:********@db.example.com/app",
    ),
    (
        "redis://:p@ss:w0rd@cache.internal:6379",
        "credentials.url_password",
        "p@ss:w0rd",
        "redis://:********@cache.internal:6379",
    ),
    (
        "token: abcdef123456secretvalue",
        "credentials.token",
        "abcdef123456secretvalue",
        "token: ********",
    ),
    ("secret=9f8e7d6c5b4a3f2e1d0c", "credentials.token", "9f8e7d6c5b4a3f2e1d0c", "secret=********"),
    (
        "refresh_token: 'AbC123dEf456GhI789'",
        "credentials.token",
        "AbC123dEf456GhI789",
        "refresh_token: '********'",
    ),
    (
        'the wifi pass is "sunshine99"',
        "credentials.password",
        "sunshine99",
        'the wifi pass is "********"',
    ),
    ("admin pass: Tr0ub4dor&3", "credentials.password", "Tr0ub4dor&3", "admin pass: ********"),
    ("?user=bob&pass=hunter2", "credentials.password", "hunter2", "?user=bob&pass=********"),
    ("Passwort: Geheim123", "credentials.password", "Geheim123", "Passwort: ********"),
    ("DB_PASSWORD=s3cret!", "credentials.password", "s3cret!", "DB_PASSWORD=********"),
    (
        "my password: correct horse battery staple",
        "credentials.password",
        "correct horse battery staple",
        "my password: ********",
    ),
    ("my password is P@ss w0rd!", "credentials.password", "P@ss w0rd!", "my password is ********"),
    (
        "my password is hunter2, don't tell anyone",
        "credentials.password",
        "hunter2,",
        "my password is ******** don't tell anyone",
    ),
    (
        "passphrase is purple monkey dishwasher. See you",
        "credentials.password",
        "purple monkey dishwasher.",
        "passphrase is ******** See you",
    ),
    (
        "password: plum sesame\nuser: bob",
        "credentials.password",
        "plum sesame",
        "password: ********\nuser: bob",
    ),
    (
        "password: hunter2 user: bob",
        "credentials.password",
        "hunter2",
        "password: ******** user: bob",
    ),
    # Passwords without "password:", and codes that open doors, alarms and safes.
    (
        'the password for the staff wifi is "lantern2023" ok',
        "credentials.password",
        "lantern2023",
        'the password for the staff wifi is "********" ok',
    ),
    (
        "backup login is root / Quokka!77 until Friday",
        "credentials.password",
        "Quokka!77",
        "backup login is root / ******** until Friday",
    ),
    (
        "Office network: SSID Heron5, password Bl4ckb1rd$",
        "credentials.password",
        "Bl4ckb1rd$",
        "Office network: SSID Heron5, password ********",
    ),
    (
        "the garage door code is 9043* now",
        "credentials.access_code",
        "9043*",
        "the garage door code is ******** now",
    ),
    (
        "alarm code: 2580 if you're first in",
        "credentials.access_code",
        "2580",
        "alarm code: ******** if you're first in",
    ),
    (
        "combination to the safe is 14-28-07",
        "credentials.access_code",
        "14-28-07",
        "combination to the safe is ********",
    ),
    ("my PIN is 7391", "credentials.access_code", "7391", "my PIN is ********"),
]


def credentials(text: str) -> list[str]:
    return [f.rule for f in SCORER.score(text).findings if f.category == "credentials"]


@pytest.mark.parametrize(("text", "rule", "secret", "stored"), SECRETS)
def test_a_secret_is_found_and_masked_whole(text: str, rule: str, secret: str, stored: str) -> None:
    score = SCORER.score(text)
    (f,) = [f for f in score.findings if f.category == "credentials"]
    assert (f.rule, f.severity, score.band) == (rule, "critical", "critical")
    assert secret in text[f.start : f.end]
    assert SECRET_MASK in f.matched and f.decoded == f.matched
    masked, redacted = redact(text, score)
    assert masked == stored
    for part in secret.split():
        assert part not in masked and part not in f.matched
    for g in redacted.findings:
        assert masked[g.start : g.end] == g.matched
    assert redact(masked, redacted) == (masked, redacted)  # masking twice changes nothing


def test_check_shows_the_masked_form_only() -> None:
    for text, _, secret, stored in SECRETS:
        out = runner.invoke(app, ["check", "--format", "jsonl", text])
        assert out.exit_code != 2, out.output
        findings = json.loads(out.stdout)["findings"]
        (finding,) = [f for f in findings if f["category"] == "credentials"]
        assert finding["matched"] in stored
        assert all(part not in out.stdout for part in secret.split())


@pytest.mark.parametrize(
    "text",
    [
        "a token of appreciation for the team",
        "secret santa this friday!",
        "Token: 3 of 12 collected",
        "the secret: santaclaus",  # a word, not a generated value
        "secret: abc123",  # too short for a token
        "my bus pass: 20 dollars",
        "the boarding pass is ready",
        "my password isn't working",
        "the password is ok",
        "sk_live_tooShort1",
        "glpat-short",
        "npm_install is not a token",
        "AIzaShort",
        "hf_short and the hf_ prefix alone",
        "SKU 12345, SKETCH0123456789abcdef0123456789abcdef",
        "SK0123456789abcdef is short",
        "SG.com and SG.short.value",
        "task-force sk-12345",
        "eyJhbGciOiJIUzI1NiJ9 alone",
        "see https://example.com:8080/path@v2 and mailto:bob",
        "ftp://files.example.com/pub",
        "a code review before lunch",
        "the door code is on the wiki",
        "the door code is 4 digits long",
        "the password for the portal is changing next week",
        "my password manager is great",
        "use a password 2FA and a key",
        "login: portal.example.com/v2/home",
        "error code 404, zip code 90210",
        "pin 3 posts to the board",
        "entry code 2024 for the event",
        'Loved the keynote "Beyond the Password: Keys for Everyone" today',
        "Killing the Password: Passkeys in Practice",
    ],
)
def test_look_alikes_are_not_secrets(text: str) -> None:
    assert credentials(text) == []


def test_policy_exceptions_still_stop_ordinary_talk_about_passwords() -> None:
    for text in ("my password is too short", "the password is incorrect, try again"):
        assert SCORER.score(text).band == "none"


def test_a_url_without_a_password_stays_an_email_address() -> None:
    rules = {f.rule for f in SCORER.score("ask bob@example.com").findings}
    assert rules == {"pii.email"}
    assert credentials("https://user:hunter22@db.example.com") == ["credentials.url_password"]
    rules = {f.rule for f in SCORER.score("https://u:pw123@x.example.com").findings}
    assert rules == {"credentials.url_password"}


def test_a_password_clause_stops_before_a_token_found_in_it() -> None:
    text = "password is fuckyou1 AKIAIOSFODNN7EXAMPLE then"
    found = {d.rule: text[d.start : d.end] for d in detect(text)}
    assert found == {
        "credentials.aws_key": "AKIAIOSFODNN7EXAMPLE",
        "credentials.password": "password is fuckyou1",
    }
    masked, _ = redact(text, SCORER.score(text))
    assert masked == "password is ******** AKIA******** then"


def test_a_long_clause_is_masked_up_to_twelve_words() -> None:
    words = " ".join(f"w{i}rd" for i in range(15))
    (d,) = detect(f"password: {words}")
    assert d.matched == "password: ********"
    assert d.end == len("password: ") + len(" ".join(words.split()[:12]))


def test_the_store_holds_the_masked_secrets(store: Store) -> None:
    people = roster(hostile=False)
    store.import_roster(people)
    day = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    handle = people[0].accounts[0].handle
    posts = [post(people[0].person_id, handle, f"s{i}", s[0], day) for i, s in enumerate(SECRETS)]
    source = ListSource("mastodon", {handle: posts})
    auditor = Auditor(store=store, scorer=SCORER, sources={"mastodon": source}, clock=lambda: day)
    auditor.run(people)
    stored = {sp.post.text for sp in store.flagged_posts()}
    assert stored == {s[3] for s in SECRETS}
    dump = "\n".join(store.conn.iterdump())
    for _, _, secret, _ in SECRETS:
        assert all(part not in dump for part in secret.split())


def test_a_title_is_a_near_miss_and_passwords_in_title_case_are_still_found() -> None:
    explained = SCORER.explain('Loved the keynote "Beyond the Password: Keys for Everyone" today')
    assert explained.score.band == "none"
    (near,) = [n for n in explained.near_misses if n.rule == "credentials.password"]
    assert "title" in near.reason and SECRET_MASK in near.matched
    for text in (
        "Password: Summer2024!",
        "Password: Correct Horse Battery Staple",
        "Guest WiFi Password: Fish and Chips",
    ):
        assert credentials(text) == ["credentials.password"], text


def test_a_new_secret_says_which_label_fired_and_free_text_is_masked() -> None:
    (d,) = detect("Server room door code changed to 5512#. Thanks")
    assert d.explanation == "an access code or PIN was posted (after 'door code changed to')"
    assert "5512" not in d.explanation + d.matched
    note = "admin login is admin / Zebra2020! and the alarm code is 8800"
    assert mask_text(note) == "admin login is admin / ******** and the alarm code is ********"
