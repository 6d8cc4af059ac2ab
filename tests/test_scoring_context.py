"""Context decides: idioms are not threats, targets make insults, structure makes threats and hate,
negation and reported speech lower or remove a flag."""

from __future__ import annotations

import pytest

from auditor.models import Organization
from auditor.scoring import Scorer, band_rank, load_policy
from auditor.scoring.policy import ModelPolicy

POLICY = load_policy()
POLICY.model = ModelPolicy(enabled=False)
SCORER = Scorer(POLICY, Organization())


def rules(text: str) -> set[str]:
    return {f.rule for f in SCORER.score(text).findings}


@pytest.mark.parametrize(
    "text",
    [
        "We killed it at the show tonight!",
        "She's killing it on stage",
        "shoot me a DM with the details",
        "I'll shoot you a message later",
        "this new album is the bomb",
        "I'm dying of laughter",
        "dying laughing at this video",
        "Break a leg tonight!",
        "going to kill two birds with one stone",
        "photo shoot tomorrow morning",
        "I could kill for a coffee right now",
        "you're killing me with these puns",
        "I'm going to destroy you at chess tonight",
        "gonna beat the traffic",
        "I will end the meeting early",
    ],
)
def test_idioms_are_not_threats(text: str) -> None:
    score = SCORER.score(text)
    assert "threat" not in score.categories, score.findings


@pytest.mark.parametrize(
    "text",
    [
        "I'll kill you",
        "I'm going to hurt you",
        "im gonna stab him tomorrow",
        "someone should shoot that senator",
        "I will find you and kill you",
        "I'm going to burn the office down",
        "we should bomb their headquarters",
        "I'll kill @dave",
        "I'll beat Dave up",
        "kill yourself",
        "i know where you live",
        "I hope you get cancer and die",
        "die in a fire @troll",
        "you should die",
        "I'm gonna shoot up the school",
    ],
)
def test_threats_from_structure_are_high(text: str) -> None:
    score = SCORER.score(text)
    assert "threat" in score.categories, score.findings
    assert band_rank(score.band) >= band_rank("high")


def test_kill_alone_is_not_a_threat() -> None:
    assert "threat" not in SCORER.score("the kill count in this game is wild").categories
    assert "threat" not in SCORER.score("kill the lights please").categories


def test_threat_finding_names_intent_verb_and_target() -> None:
    text = "honestly I'll kill you"
    f = SCORER.score(text).findings[0]
    assert f.rule == "threat.structure"
    assert f.matched == "I'll kill you"
    assert "kill" in f.explanation and "you" in f.explanation


def test_negated_threat_is_removed_and_explained() -> None:
    result = SCORER.explain("I would never hurt you")
    assert result.score.band == "none"
    assert any(n.rule == "threat.structure" and n.reason == "negation" for n in result.near_misses)


def test_reported_threat_is_lowered() -> None:
    direct = SCORER.score("I will kill you")
    quoted = SCORER.score('The prosecutor said he told her "I will kill you" before the attack')
    assert band_rank(quoted.band) < band_rank(direct.band)
    assert any("reported" in f.explanation for f in quoted.findings)


def test_prosecutor_reporting_a_threat_is_not_a_threat() -> None:
    score = SCORER.score("The prosecutor said he threatened to kill her")
    assert "threat" not in score.categories


def test_quoted_profanity_is_lowered() -> None:
    assert SCORER.score("this is bullshit").findings[0].severity == "medium"
    assert SCORER.score('He yelled "bullshit" at the ref').findings[0].severity == "low"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("@dave you idiot", "@dave"),
        ("u r such an idiot", "u"),
        ("you are a moron", "you"),
        ("@bob what an a**hole", "@bob"),
    ],
)
def test_targeted_abuse_is_an_insult(text: str, target: str) -> None:
    score = SCORER.score(text)
    f = next(f for f in score.findings if f.rule == "insult.targeted")
    assert f.category == "insult"
    assert target in f.explanation
    assert band_rank(score.band) >= band_rank("medium")


def test_untargeted_mild_insult_stays_low() -> None:
    score = SCORER.score("that was a stupid idea")
    assert score.band == "low"


def test_negated_insult_is_removed() -> None:
    assert "insult" not in SCORER.score("you are not an idiot").categories


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("immigrants are vermin", "hate.dehumanising"),
        ("all muslims are terrorists", "hate.generalisation"),
        ("women are too stupid to drive", "hate.generalisation"),
        ("refugees are parasites", "hate.dehumanising"),
        ("deport all immigrants now", "hate.exclusion"),
        ("immigrants should be deported", "hate.exclusion"),
        ("I hate all the muslims", "hate.hostility"),
    ],
)
def test_group_statements_are_hate(text: str, rule: str) -> None:
    score = SCORER.score(text)
    assert rule in {f.rule for f in score.findings}, score.findings
    assert band_rank(score.band) >= band_rank("high")


def test_hate_finding_names_words_not_a_trait_of_the_author() -> None:
    f = next(f for f in SCORER.score("immigrants are vermin").findings if f.category == "hate")
    assert f.matched == "immigrants are vermin"
    assert "immigrants" in f.explanation and "vermin" in f.explanation
    assert "author" not in f.explanation


@pytest.mark.parametrize(
    "text",
    [
        "immigrants are welcome here",
        "women are amazing engineers",
        "immigrants are not criminals",
        "refugees deserve our support",
        "I don't hate immigrants",
        "I hate it when immigrants are treated badly",
    ],
)
def test_neutral_or_positive_group_statements_are_not_hate(text: str) -> None:
    assert "hate" not in SCORER.score(text).categories


def test_political_advocacy_for_a_named_candidate() -> None:
    assert "political.advocacy" in rules("Everyone vote Ford on Tuesday")


def test_one_mild_political_word_stays_low() -> None:
    assert SCORER.score("The president of the club opened the season").band in ("none", "low")


def test_phrases_match_with_an_inflected_first_word() -> None:
    f = SCORER.score("smoked a joint before work lol").findings[0]
    assert (f.category, f.matched, f.decoded) == ("drugs", "smoked a joint", "smoke a joint")
    # ...but not for insults: "pissed off" means angry, it is not "piss off".
    assert "insult" not in SCORER.score("so pissed off right now").categories


def test_self_deprecation_after_you_is_not_aimed_at_the_other_person() -> None:
    score = SCORER.score("Thank you, I'm such an idiot")
    assert "insult.targeted" not in {f.rule for f in score.findings}
    assert score.band in ("none", "low")


def test_not_all_denies_a_statement_about_a_group() -> None:
    """ "Not all X are ..." defends the group: the rule's reading is a near miss (negation), and
    the model's hate reading, which cannot read "not all", is a note, not a review."""
    for text in (
        "Not all immigrants are taking over our jobs",
        "Not all muslims are terrorists, obviously",
        "Not every muslim is a terrorist",
        "Not all of the refugees are criminals",
    ):
        e = SCORER.explain(text)
        assert not any(f.category == "hate" and f.severity != "low" for f in e.score.findings), text
        assert any(n.rule.startswith("hate.") and n.reason == "negation" for n in e.near_misses)
    # without the denial each is a hate statement
    assert SCORER.score("All muslims are terrorists").band in ("high", "critical")
    assert SCORER.score("Immigrants are taking over our jobs").band in ("high", "critical")
    # a call to exclude is not denied by "not all"
    assert "hate.exclusion" in {
        f.rule for f in SCORER.score("Not all immigrants should be deported").findings
    }


def test_a_phrase_in_single_quotes_is_mentioned_not_used() -> None:
    """Single quotes around a phrase read as quotation, as double quotes do; one word in scare
    quotes is still used, and apostrophes are not quotes."""
    talk = SCORER.score("why replies like 'go die' get flagged so fast, from our safety lead")
    assert [(f.rule, f.severity) for f in talk.findings if f.category == "threat"] == [
        ("threat.term", "low")
    ]
    assert "lowered: quoted or reported speech" in talk.findings[0].explanation
    assert SCORER.score("go die").band in ("high", "critical")
    assert SCORER.score("it's 'fucking' brilliant").band == "medium"
    assert SCORER.score("the students' lounge is a shithole").band == "medium"
