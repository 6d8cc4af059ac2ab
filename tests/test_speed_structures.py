"""The structure rules' fast paths find what a plain scan finds.

Each rule (`threats`, `hate`, `insults`, `sexual`, `drugs`) visits only the tokens that can start
one of its matches, picked in one pass over `canons(seq)`; these tests run each rule's per-token
body on every token instead and compare. The memoised readings (`context.canon_text`,
`structures.structure_canon`) are compared with the uncached ones, and the windowed helpers
(`negated`, `near`, `negated_phrase`) with their plain definitions.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.scoring import context as ctx
from auditor.scoring import drugs, hate, insults, sexual, sexual_emoji, sexual_scenes, threats
from auditor.scoring import structures as sts
from auditor.scoring.context import StructHit
from auditor.scoring.normalize import MAX_WORD, Token, normalize, tokenize

PHRASES = [
    "I'll kill you",
    "gonna break his jaw",
    "I hope someone burns his house down",
    "someone should slash his tyres",
    "I'm going to bring a gun to work",
    "bringing a knife to the office",
    "I know where you live",
    "I'll find out which car is yours",
    "that depot won't be standing by Friday",
    "the office will be rubble",
    "deport all immigrants",
    "never hire women",
    "I hate immigrants",
    "can't stand working with the Muslims",
    "go home migrants",
    "immigrants are not welcome",
    "refugees should be deported",
    "all Jews are always counting every penny",
    "immigrants are taking over our country",
    "migrants will replace us",
    "immigrants are vermin",
    "you are the dumbest person",
    "you're the most pathetic man",
    "what a clown he is",
    "this guy is a moron",
    "Kavanaugh is a liar",
    "liberals are idiots",
    "she is such a liar",
    "he is a total complete absolute utter liar",
    "I'd love to see her naked",
    "nice legs @sam",
    "her legs look amazing",
    "would smash the new intern",
    "our client rep is so hot",
    "the new receptionist is a freak in bed",
    "what I'd do to Sarah \U0001f346\U0001f4a6",
    "an eighth of coke",
    "smoking a fat blunt",
    "took Molly the dog",
    "selling my adderall",
    "\u2744\ufe0f available tonight, hmu",
    "got a plug? need party favours \U0001f48a",
    "xans, 5 a pill",
    "on prescription from the pharmacy",
]
VOCABULARY = sorted(ctx._ALL_CONTEXT | sts._ALL_WORDS)


def _disguise(word: str, how: int) -> str:
    """A word as people write it: capitalised, shouted, leetspeak, stretched, glued, possessive."""
    if not word or how == 0:
        return word
    if how == 1:
        return word.capitalize()
    if how == 2:
        return word.upper()
    if how == 3:
        return word.translate(str.maketrans("aeio", "4310"))
    if how == 4:
        return word[0] * 3 + word[1:]
    if how == 5:
        return word + word
    return word + "'s"


WORDS = st.builds(_disguise, st.sampled_from(VOCABULARY), st.integers(0, 7))
# Subject, a run of words, an insult noun: name-calling at the edge of its seven-token reach.
NAME_CALLING = st.builds(
    " ".join,
    st.tuples(
        st.sampled_from(["he is", "@sam is", "what a", "this guy is", "Dave is", "you're", "ur"]),
        st.lists(
            st.sampled_from(["a", "such", "total", "really", "not", "fat", "the"]), max_size=7
        ).map(" ".join),
        st.sampled_from(["liar", "idiots", "clown", "tool", "fool's"]),
    ),
)
PIECES = st.one_of(
    st.sampled_from(PHRASES),
    NAME_CALLING,
    WORDS,
    st.sampled_from(["@sam", "#BanThem", "n't", "123", "5", "£20", "!", "?", ".", ",", '"']),
    st.text(max_size=4),
)
SEPARATORS = st.sampled_from([" ", " ", " ", ", ", ". ", "!\n", "-", "  "])
TEXTS = st.lists(st.tuples(PIECES, SEPARATORS), max_size=14).map(
    lambda parts: "".join(p + s for p, s in parts)
)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _tokens(text: str) -> list[Token]:
    return tokenize(normalize(text))


def _plain_context(word: str) -> str:
    return ctx._read(word) if len(word) <= MAX_WORD else word


def _plain_structure(word: str) -> str:
    return sts._read(word) if len(word) <= MAX_WORD else word


@FAST
@given(st.lists(st.one_of(WORDS, st.text(max_size=80)), max_size=20))
def test_memoised_readings_are_the_plain_readings(words: list[str]) -> None:
    for word in words:
        assert ctx.canon_text(word) == _plain_context(word)
        assert sts.structure_canon(word) == _plain_structure(word)


def test_memo_starts_afresh_when_full_and_never_keeps_long_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ctx, "MEMO_SIZE", 3)
    memo = ctx.WordMemo(str.upper)
    for word in ["a", "b", "c", "d", "a", "e"]:
        assert memo[word] == word.upper()
        assert len(memo) <= 3
    long = "x" * (MAX_WORD + 1)
    assert memo[long] == long
    assert long not in memo


@FAST
@given(TEXTS)
def test_token_readings_and_windows_match_their_plain_definitions(text: str) -> None:
    seq = _tokens(text)
    assert ctx.canons(seq) == [_plain_context(t.text) for t in seq]
    assert sts.canons(seq) == [_plain_structure(t.text) for t in seq]
    for i in range(len(seq) + 1):
        for before in (2, 3):
            window = seq[max(0, i - before) : i]
            plain = any(
                _plain_context(t.text) in ctx.NEGATION or t.text.endswith("n't") for t in window
            )
            assert ctx.negated(seq, i, before) == plain
        for last in range(i, len(seq) + 1):
            plain = ctx.negated(seq, i, 2) or any(
                _plain_structure(seq[m].text) in ctx.NEGATION for m in range(i, last)
            )
            assert sts.negated_phrase(seq, i, last) == plain
    for i in range(len(seq)):
        near = seq[max(0, i - 15) : i + 16]
        assert ctx.near(seq, i, ctx.WISH) == any(_plain_context(t.text) in ctx.WISH for t in near)


@FAST
@given(TEXTS)
def test_threats_visit_every_token_that_can_start_one(text: str) -> None:
    seq = _tokens(text)
    cs = ctx.canons(seq)
    plain = [threats._threat_at(seq, cs, text, i) for i in range(len(seq))]
    assert list(threats.threats(seq, text)) == [h for h in plain if h is not None]


@FAST
@given(TEXTS)
def test_hate_visits_every_group_and_its_gates_skip_only_empty_scans(text: str) -> None:
    seq = _tokens(text)
    cs = ctx.canons(seq)
    seen: set[int] = set()
    plain = [h for i in range(len(seq)) for h in hate._about_group(seq, cs, i, seen)]
    assert list(hate.hate_statements(seq)) == plain
    for i, c in enumerate(cs):
        if c not in ctx.GROUPS:
            continue
        if hate._BEFORE_CUES.isdisjoint(cs[max(0, i - 3) : i]):
            assert hate._before_group(seq, cs, i) is None
        if "stand" not in cs[max(1, i - 5) : i]:
            assert hate._cant_stand(seq, cs, i) is None
        # `_trope` visits only cue words; the plain scan reads every token after the group.
        trope = hate._trope(seq, cs, i, set())
        spans = (
            hate._trope_span(seq, cs, i, k, cs[k])
            for k in range(i + 1, min(len(seq), i + 10))
            if cs[k] in ctx.TROPE_CUES
        )
        last = next((last for _, last in spans if last >= 0), -1)
        assert (trope.last if trope is not None else -1) == last


@FAST
@given(TEXTS)
def test_insults_visit_every_token_that_can_start_one(text: str) -> None:
    seq = _tokens(text)
    cs = sts.canons(seq)
    plain = [insults._superlative_at(seq, cs, i) for i in range(len(seq))]
    assert list(insults.superlative_insults(seq)) == [h for h in plain if h is not None]
    plain = [insults._name_calling_at(seq, cs, text, i) for i in range(len(seq))]
    assert list(insults.name_calling(seq, text)) == [h for h in plain if h is not None]


@FAST
@given(TEXTS)
def test_sexual_remarks_visit_every_token_that_can_start_one(text: str) -> None:
    seq = _tokens(text)
    cs = sts.canons(seq)
    plain = [h for i in range(len(seq)) if (h := sexual._remark_at(seq, cs, i, text)) is not None]
    if any(e in text for e in sexual.SEX_EMOJI):
        plain.extend(sexual_emoji.emoji_pairs(seq, cs, text))
    assert list(sexual.sexual_advances(seq, text)) == plain


def test_sexual_gate_holds_every_word_a_sexual_rule_starts_from() -> None:
    starts = (
        sts.NAKED
        | sts.BODY_PARTS
        | sts.SEX_ACTS
        | sts.ATTRACTIVE
        | sts.TOUCH
        | sexual._BED
        | sts.LEAN
        | sts.HUNG
        | sts.UNDRESSING
        | sts.PROPOSITION_ENDS
        | sts.INNUENDO_ENDS
        | sexual_scenes.SCENE_WORDS
        | sts.HIRED
    )
    assert sorted(starts - sts.SEX_STATE) == []


@FAST
@given(TEXTS)
def test_drug_rules_visit_every_token_that_can_start_one(text: str) -> None:
    seq = _tokens(text)
    cs = sts.canons(seq)
    used: set[int] = set()
    plain: list[StructHit] = []
    for i in range(len(seq)):
        hit = drugs._slang_at(seq, cs, text, i)
        if hit is not None:
            used.add(hit.last)
            plain.append(hit)
    emoji = next((e for e in drugs.DRUG_EMOJI if e in text), "")
    lawful = any(c in sts.LAWFUL for c in cs)
    for i in range(len(seq)):
        hit = drugs._offer_at(seq, cs, text, i, used, emoji, lawful)
        if hit is not None:
            plain.append(hit)
    assert list(drugs.drug_slang(seq, text)) == plain


@pytest.mark.parametrize("text", PHRASES)
def test_the_example_phrases_still_fire(text: str) -> None:
    seq = _tokens(text)
    found = [
        *threats.threats(seq, text),
        *hate.hate_statements(seq),
        *insults.superlative_insults(seq),
        *insults.name_calling(seq, text),
        *sexual.sexual_advances(seq, text),
        *drugs.drug_slang(seq, text),
    ]
    # (the lawful one and the name are there to be passed over)
    assert bool(found) != (text.startswith("on prescription") or "Molly the dog" in text)
