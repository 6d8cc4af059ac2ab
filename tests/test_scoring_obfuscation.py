"""Every listed obfuscation is read through, with the span in the original text."""

from __future__ import annotations

import pytest

from auditor.models import Organization
from auditor.scoring import Scorer, band_rank, load_policy
from auditor.scoring.policy import ModelPolicy

POLICY = load_policy()
POLICY.model = ModelPolicy(enabled=False)  # the rules alone, without the learned signal
SCORER = Scorer(POLICY, Organization())


@pytest.mark.parametrize(
    ("text", "obfuscated", "decoded"),
    [
        ("what the ｆｕｃｋ", "ｆｕｃｋ", "fuck"),  # fullwidth
        ("fu\u200bck this", "fu\u200bck", "fuck"),  # zero-width space
        ("fu\u200d\u2060ck this", "fu\u200d\u2060ck", "fuck"),  # joiners
        ("total ѕһіt", "ѕһіt", "shit"),  # Cyrillic look-alikes
        ("fυck it", "fυck", "fuck"),  # Greek upsilon
        ("this is sh1t", "sh1t", "shit"),  # leet digits
        ("this is $hit", "$hit", "shit"),  # leet symbols
        ("sh!t happens", "sh!t", "shit"),
        ("what a b@st4rd", "b@st4rd", "bastard"),
        ("f*** this", "f***", "fuck"),  # masks
        ("f*ck this", "f*ck", "fuck"),
        ("f***ing hell", "f***ing", "fucking"),
        ("what an a**hole", "a**hole", "asshole"),
        ("such a b*tch", "b*tch", "bitch"),
        ("sh_t happens", "sh_t", "shit"),
        ("oh f u c k no", "f u c k", "fuck"),  # spaced letters
        ("f.u.c.k. that", "f.u.c.k", "fuck"),  # dotted letters
        ("s-h-i-t day", "s-h-i-t", "shit"),
        ("fuuuuuuck", "fuuuuuuck", "fuck"),  # stretched
        ("shiiiiit", "shiiiiit", "shit"),
        ("shitshitshit", "shitshitshit", "shit"),  # glued repeats
        ("FUCK THIS", "FUCK", "fuck"),  # case
        ("fück", "fück", "fuck"),  # diacritics
    ],
)
def test_obfuscated_profanity_is_read(text: str, obfuscated: str, decoded: str) -> None:
    score = SCORER.score(text)
    assert band_rank(score.band) >= band_rank("medium"), score
    f = next(f for f in score.findings if f.category in ("profanity", "insult"))
    assert f.matched == obfuscated
    assert text[f.start : f.end] == obfuscated
    assert f.decoded == decoded
    assert decoded in f.explanation or obfuscated in f.explanation


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("#FuckThePolice", "Fuck"),  # camelCase hashtag
        ("#fuckthepolice", "fuck"),  # run-together hashtag, segmented
        ("what a ShitShow", "ShitShow"),  # camelCase word read whole
        ("you absolute fuckface", "fuckface"),
        ("total dumbshit move", "dumbshit"),  # compound with a dictionary word
    ],
)
def test_hashtags_camel_case_and_compounds(text: str, piece: str) -> None:
    score = SCORER.score(text)
    assert band_rank(score.band) >= band_rank("medium"), score
    assert any(f.matched == piece for f in score.findings), score.findings


def test_imported_from_detroit_is_segmented_but_harmless() -> None:
    assert SCORER.score("#ImportedFromDetroit").band == "none"
    assert SCORER.score("#importedfromdetroit").band == "none"


def test_segmented_hashtag_reaches_a_political_word() -> None:
    score = SCORER.score("#nbcpolitics")
    f = next(f for f in score.findings if f.category == "political")
    assert f.matched == "politics"


def test_mentions_and_links_are_not_read_as_words() -> None:
    assert SCORER.score("@shithead_fan https://example.org/shit").band == "none"


def test_words_match_on_boundaries_only() -> None:
    for text in ("the classic assessment", "a bass cocktail", "Hancock's analysis", "therapist"):
        assert SCORER.score(text).band == "none", text


@pytest.mark.parametrize(
    ("word", "decoded"),
    [
        ("c0ck", "cock"),  # 0
        ("sh1t", "shit"),  # 1
        ("d1ckh3ad", "dickhead"),  # 3
        ("b4st4rd", "bastard"),  # 4
        ("a55hole", "asshole"),  # 5
        ("sh17", "shit"),  # 7
        ("b@stard", "bastard"),  # @
        ("$hit", "shit"),  # $
        ("sh!t", "shit"),  # !
    ],
)
def test_every_leet_character(word: str, decoded: str) -> None:
    findings = SCORER.score(f"what a {word} today").findings
    assert [(f.matched, f.decoded) for f in findings] == [(word, decoded)]


@pytest.mark.parametrize(
    "word", ["cocktails", "cockpits", "peacocks", "Cockney", "weathercocks", "stopcock", "ballcock"]
)
def test_ordinary_words_that_contain_a_term_are_not_compounds(word: str) -> None:
    assert SCORER.score(f"look at the {word}").findings == ()


@pytest.mark.parametrize("word", ["cuntface", "bitchface", "dumbfuck", "shitbag", "twatwaffle"])
def test_abuse_glued_to_a_known_part_is_a_compound(word: str) -> None:
    (f,) = SCORER.score(f"what a {word}").findings
    assert (f.rule, f.matched) == ("profanity.compound", word)


def test_glued_repeats_of_a_group_word_are_read_as_the_group() -> None:
    """The structure rules' gate reads plain words too: "illegalsillegals" is "illegals"."""
    for text, rule in (
        ("illegalsillegals are vermin", "hate.dehumanising"),
        ("deport illegalsillegals now", "hate.exclusion"),
        ("I hate immigrantsimmigrants", "hate.hostility"),
    ):
        assert rule in {f.rule for f in SCORER.score(text).findings}, text
