"""Any text scores without error; spans lie inside the text; scoring is deterministic."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.models import Organization
from auditor.scoring import BANDS, CATEGORIES, Scorer, load_policy

SCORER = Scorer(
    load_policy(),
    Organization("Acme", ("Acme Corp",), ("RoadRunner",), ("Globex",), ("Falcon",)),
)
MASKED_CATEGORIES = {"credentials", "pii"}

# Text built from pieces that exercise every rule, mixed with arbitrary Unicode.
PIECES = st.sampled_from(
    [
        "f***ing",
        "f u c k",
        "fuuuck",
        "$hit",
        "ѕһіt",
        "ｆｕｃｋ",
        "fu\u200bck",
        "@bob",
        "you",
        "idiot",
        "I'll kill you",
        "all immigrants are vermin",
        "#ImportedFromDetroit",
        "#nbcpolitics",
        "vote Ford",
        "Acme",
        "Globex sucks",
        "Falcon",
        "keep it quiet",
        "4111 1111 1111 1111",
        "AKIAIOSFODNN7EXAMPLE",
        "123-45-6789",
        "a@b.co",
        "(555) 123-4567",
        "password is hunter2",
        "-----BEGIN PRIVATE KEY-----\nabc",
        "Scunthorpe",
        "Moby Dick",
        "an eighth of c0ke",
        "smoking a fat blunt",
        "hungover from the molly",
        "you are the dumbest",
        "she is a liar",
        "get him naked",
        "someone should slash his tyres",
        "burn down that office",
        "never hire women",
        "they're all",
        "go home migrants",
        "not welcome",
        "cancelled our pay",
        "still nothing",
        "Unlike Globex",
        "actually",
        "couldn't build a",
        "if you",
        "not",
        "said",
        '"',
        " ",
        "\n",
        "!",
        "*",
        ".",
    ]
)
TEXTS = st.one_of(
    st.text(),
    st.lists(st.one_of(PIECES, st.text(max_size=5)), max_size=12).map("".join),
)


def check(text: str) -> None:
    score = SCORER.score(text)
    assert 0 <= score.score <= 100
    assert score.band in BANDS
    assert (score.band == "none") == (score.findings == ())
    for f in score.findings:
        assert f.category in CATEGORIES
        assert f.severity in BANDS[1:]
        assert 0 <= f.start < f.end <= len(text)
        if text[f.start : f.end] != f.matched:
            assert f.category in MASKED_CATEGORIES
            assert "*" in f.matched or "masked" in f.matched
        assert f.explanation
        assert f.guidance
    again = SCORER.score(text)
    assert again == score


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_any_text_scores_with_spans_inside_and_deterministically(text: str) -> None:
    check(text)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_explain_agrees_with_score(text: str) -> None:
    result = SCORER.explain(text)
    assert result.score == SCORER.score(text)
    for miss in result.near_misses:
        assert 0 <= miss.start <= miss.end <= len(text)


def test_fresh_scorer_gives_the_same_result() -> None:
    text = "@bob you f***ing idiot, I'll kill you #VoteFord"
    other = Scorer(
        load_policy(),
        Organization("Acme", ("Acme Corp",), ("RoadRunner",), ("Globex",), ("Falcon",)),
    )
    assert other.score(text) == SCORER.score(text)


def test_camel_case_hashtag_with_a_vote_inside_keeps_spans_ordered() -> None:
    # Found by hypothesis: segmenting a hashtag that also had camelCase parts.
    check("#AAvOTE")
    check("#VoteFord now")


def test_long_hostile_post_finds_every_occurrence() -> None:
    # Rules are linear in the post length: a long post is scored whole, every hit reported.
    text = "fuck what the hell you idiot " * 500
    score = SCORER.score(text)
    rules = [f for f in score.findings if not f.rule.startswith("model.")]
    assert sum(f.decoded == "fucking" or f.decoded == "fuck" for f in rules) == 500
    assert sum(f.rule == "insult.targeted" for f in score.findings) == 500
    assert not any(f.decoded == "hell" for f in score.findings)  # "what the hell" exception


def test_long_spelled_out_run_is_read_in_pieces() -> None:
    text = "f u c k " * 50
    score = SCORER.score(text)
    assert score.findings
    assert all(0 <= f.start < f.end <= len(text) for f in score.findings)


@settings(max_examples=150)
@given(st.text(alphabet=st.characters(blacklist_categories=()), max_size=80))
def test_lone_surrogates_and_control_characters_score(text: str) -> None:
    check(text)


@pytest.mark.slow
def test_results_do_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    # Sets and frozensets iterate in a per-process order: nothing visible may depend on it.
    script = tmp_path / "score.py"
    script.write_text(
        "import json\n"
        "from auditor.models import Organization\n"
        "from auditor.scoring import Scorer, load_policy\n"
        "s = Scorer(load_policy(), Organization('Acme', competitors=('Globex',)))\n"
        "texts = ['Dick Van Dyke and Moby Dick', 'what the hell you idiot @bob',\n"
        "         '#ScunthorpeUnited I will kill you', 'Acme sucks, Globex is a scam',\n"
        "         'f***ing immigrants are vermin 4111 1111 1111 1111']\n"
        "print(json.dumps([[repr(e.score), [str(n) for n in e.near_misses]]\n"
        "                  for e in map(s.explain, texts)]))\n",
        encoding="utf-8",
    )
    outputs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, str(script)], env=env, capture_output=True, text=True, check=True
        )
        outputs.add(done.stdout)
    assert len(outputs) == 1
