"""A secret is masked whole, the same way, in every output: the store, the report, `check`,
`policy explain` and `review list`; personal data is masked in listings unless show_pii."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor.cli import app
from auditor.models import Organization
from auditor.pipeline import Auditor
from auditor.redact import mask_score, redact
from auditor.report import write_report
from auditor.scoring import Scorer, load_policy
from auditor.scoring.masking import SECRET_MASK, mask_secret
from auditor.scoring.policy import ModelPolicy
from auditor.scoring.types import Score
from auditor.store import Store
from tests.test_report_support import ListSource, post, roster

POLICY = load_policy()
POLICY.model = ModelPolicy(enabled=False)
SCORER = Scorer(POLICY, Organization("Acme"))
runner = CliRunner()

# (post, the secret in it, what the stored text must read)
PASSWORDS = [
    (
        'Password = "p@ss w0rd" for the wifi',
        "p@ss w0rd",
        'Password = "********" for the wifi',
    ),
    ("the password is Acme!Chassis77 ok", "Acme!Chassis77", "the password is ********"),
    ("pwd: s3cr3t-P@ss, see you", "s3cr3t-P@ss,", "pwd: ******** see you"),
    ("PW=hunter2", "hunter2", "PW=********"),
    ("wifi password was 'two words' sorry", "two words", "wifi password was '********' sorry"),
    ("passcode: \u201cmy long pass\u201d!", "my long pass", "passcode: \u201c********\u201d!"),
    ("password is \u2018it is me\u2019 x", "it is me", "password is \u2018********\u2019 x"),
    ("password: \u00abgeheim 12\u00bb", "geheim 12", "password: \u00ab********\u00bb"),
    ('password is "unclosed but long', '"unclosed', "password is ********"),
]


def scored(text: str) -> Score:
    return SCORER.score(text)


def secret_parts(secret: str) -> list[str]:
    """Every piece of the secret a partial mask could leave: its words and its punctuation."""
    parts = [w for w in secret.replace("\u00a0", " ").split() if len(w) >= 2]
    return parts + [ch for ch in secret if not ch.isalnum() and not ch.isspace()]


@pytest.mark.parametrize(("text", "secret", "stored"), PASSWORDS)
def test_a_password_value_is_masked_whole_in_the_stored_text(
    text: str, secret: str, stored: str
) -> None:
    score = scored(text)
    masked, redacted = redact(text, score)
    assert masked == stored
    (f,) = [f for f in redacted.findings if f.category == "credentials"]
    assert f.rule == "credentials.password"
    assert masked[f.start : f.end] == f.matched == f.decoded
    assert SECRET_MASK in f.matched
    for part in secret_parts(secret):
        assert part not in f.matched.replace(text[: text.find(secret)], "")


@pytest.mark.parametrize(("text", "secret", "stored"), PASSWORDS)
def test_the_scorer_masks_a_password_as_the_store_does(text: str, secret: str, stored: str) -> None:
    (f,) = [f for f in scored(text).findings if f.category == "credentials"]
    assert f.matched == stored[f.start : f.start + len(f.matched)]
    assert f.matched == mask_secret(f.rule, text[f.start : f.end])


def test_the_mask_does_not_tell_the_length_of_a_secret() -> None:
    short = redact("password is abc", scored("password is abc"))[0]
    long = redact("password is " + "x" * 40, scored("password is " + "x" * 40))[0]
    assert short == long == "password is ********"


def test_spans_after_a_masked_secret_still_point_at_their_words() -> None:
    text = 'Password = "p@ss w0rd" for the wifi, you idiot, damn it'
    score = scored(text)
    masked, redacted = redact(text, score)
    assert masked == 'Password = "********" for the wifi, you idiot, damn it'
    before = {f.rule: text[f.start : f.end] for f in score.findings}
    after = {f.rule: masked[f.start : f.end] for f in redacted.findings}
    for rule, words in before.items():
        if not rule.startswith("credentials"):
            assert after[rule] == words
    assert any(not r.startswith("credentials") for r in after)


def test_tokens_keep_only_their_public_prefix_and_cards_their_last_four() -> None:
    cases = {
        "key AKIAIOSFODNN7EXAMPLE": "AKIA" + SECRET_MASK,
        "gh ghp_" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8": "ghp_" + SECRET_MASK,
        "api_key=sk_live_abcdefghijklmnop1234": "api_key=" + SECRET_MASK,
        "card 4111 1111 1111 1111": "**** **** **** 1111",
        "SSN 123-45-6789": "***-**-6789",
    }
    for text, shown in cases.items():
        (f,) = scored(text).findings
        assert f.matched == shown, text
        assert redact(text, scored(text))[0].endswith(shown)


def test_check_explain_and_the_scorer_show_one_masked_form() -> None:
    text = 'Password = "p@ss w0rd" and key AKIAIOSFODNN7EXAMPLE, card 4111 1111 1111 1111'
    expected = {'Password = "********"', "AKIA" + SECRET_MASK, "**** **** **** 1111"}
    assert {f.matched for f in scored(text).findings} == expected
    assert {f.matched for f in mask_score(text, scored(text)).findings} == expected
    explain = runner.invoke(app, ["policy", "explain", text])
    assert explain.exit_code == 0, explain.output
    check = runner.invoke(app, ["check", "--format", "json", text])
    assert check.exit_code == 0, check.output
    assert {f["matched"] for f in json.loads(check.stdout)["findings"]} == expected
    for shown in expected:
        assert f"matched {shown!r}" in explain.output
    assert "text: 'Password = \"********\" and key AKIA********, card **** **** **** 1111'" in (
        explain.output
    )
    for out in (explain.output, check.stdout):
        for leak in ("p@ss", "w0rd", "*@**", '**** ****"', "4111 ", "EXAMPLE", "MPLE"):
            assert leak not in out


def test_mask_score_keeps_spans_on_the_text_the_user_gave() -> None:
    text = 'pwd: "a b c d e f g h" then damn'
    score = scored(text)
    masked = mask_score(text, score)
    assert [(f.start, f.end) for f in masked.findings] == [(f.start, f.end) for f in score.findings]
    assert all("a b c" not in f.matched for f in masked.findings)


def test_the_report_and_the_store_show_the_masked_password(tmp_path: Path) -> None:
    text = 'Password = "p@ss w0rd" for the wifi, damn'
    people = roster(hostile=False)
    store = Store.memory()
    store.import_roster(people)
    day = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    handle = people[0].accounts[0].handle
    source = ListSource("mastodon", {handle: [post(people[0].person_id, handle, "a1", text, day)]})
    auditor = Auditor(store=store, scorer=SCORER, sources={"mastodon": source}, clock=lambda: day)
    run_id = auditor.run(people).run_id
    write_report(store, run_id, tmp_path)
    [stored] = store.flagged_posts()
    assert stored.post.text == 'Password = "********" for the wifi, damn'
    for f in stored.findings:
        assert stored.post.text[f.start : f.end] == f.matched
    html = (tmp_path / run_id / "index.html").read_text(encoding="utf-8")
    csv = (tmp_path / run_id / "findings.csv").read_text(encoding="utf-8")
    for out in ("\n".join(store.conn.iterdump()), html, csv):
        assert "p@ss" not in out and "w0rd" not in out and "*@**" not in out
    assert "Password = &#34;********&#34;" in html


def test_an_allow_listed_word_inside_a_password_clause_does_not_unmask_it() -> None:
    scorer = Scorer(load_policy(), Organization(), allow=("damn",))
    score = scorer.score("password: hunter2 damn it")
    assert "credentials" in score.categories
    assert "profanity" not in score.categories  # the allow-list still works for its word
