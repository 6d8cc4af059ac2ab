"""Place names, proper nouns and idioms listed as exceptions never fire, and explain says why."""

from __future__ import annotations

import pytest

from auditor.models import Organization
from auditor.scoring import Scorer, load_policy
from auditor.scoring.policy import ModelPolicy

POLICY = load_policy()
POLICY.model = ModelPolicy(enabled=False)
SCORER = Scorer(POLICY, Organization())


@pytest.mark.parametrize(
    "text",
    [
        "Scunthorpe United won again",
        "Train to Penistone this morning",
        "Middlesex County Cricket Club",
        "Dick's Sporting Goods has a sale",
        "Rereading Moby Dick",
        "A cocktail at the bar",
        "Assassin's Creed is out",
        "Sunny day in Sussex",
        "Living in Essex",
        "Weekend in #Scunthorpe",
        "#ScunthorpeUnited",
        "#scunthorpeunited",
        "Philip K. Dick novels",
        "Dickens at Christmas",
        "The peacock in the garden",
        "Shuttlecock and racket",
        "what the hell is this",
        "that was one hell of a game",
        "hell yeah",
        "our cocky spaniel",
        "cumin and coriander",
        "a cumulative total",
        "sex education classes",
        "a joint venture with partners",
        "acid reflux again",
        "weed out the bad ideas",
        "lean on me",
        "a raccoon in the bin",
        "the class clown",
    ],
)
def test_exception_never_fires(text: str) -> None:
    score = SCORER.score(text)
    assert score.band == "none", score.findings


def test_explain_names_the_exception_that_stopped_a_hidden_term() -> None:
    result = SCORER.explain("Scunthorpe United won")
    assert result.score.band == "none"
    assert any(
        n.rule == "profanity.term" and "Scunthorpe" in n.reason and n.matched == "Scunthorpe"
        for n in result.near_misses
    ), result.near_misses
    assert "stopped profanity.term" in str(result.near_misses[0])


def test_explain_names_the_exception_that_stopped_a_term() -> None:
    result = SCORER.explain("bought shoes at Dick's Sporting Goods")
    assert [n.reason for n in result.near_misses] == ['exception "Dick\'s Sporting Goods"']
    assert result.near_misses[0].matched == "Dick's"


def test_exception_only_covers_its_own_span() -> None:
    score = SCORER.score("Moby Dick is great but you are a dick")
    assert [f.matched for f in score.findings] == ["dick"]
    assert score.findings[0].start == len("Moby Dick is great but you are a ")


def test_allow_list_phrase_stops_every_category() -> None:
    scorer = Scorer(POLICY, Organization(), allow=["bloody hell"])
    assert scorer.score("bloody hell").band == "none"
    assert SCORER.score("bloody hell").band != "none"


def test_allow_list_can_name_rules_and_categories() -> None:
    text = "damn, vote for Smith"
    assert {"profanity", "political"} <= set(SCORER.score(text).categories)
    by_rule = Scorer(POLICY, Organization(), allow=["profanity.term"])
    assert set(by_rule.score(text).categories) == {"political"}
    by_category = Scorer(POLICY, Organization(), allow=["political"])
    assert set(by_category.score(text).categories) == {"profanity"}
    assert any("allow-list" in n.reason for n in by_category.explain(text).near_misses)


@pytest.mark.parametrize(
    "text",
    [
        "I love spicy food",  # not an inflection of a slur: spice + y
        "spiced rum and mixed spices",
        "glasses chinking at the party",
        "add a flame retarder",
        "moving to Cumming, Georgia",
        "my finger got pricked",
        "a cocked hat",
        "both sexes welcome",
    ],
)
def test_inflections_that_are_ordinary_words_never_fire(text: str) -> None:
    assert SCORER.score(text).band == "none", SCORER.score(text).findings


def test_inflections_of_terms_still_fire() -> None:
    for text, decoded in (("those bitches", "bitches"), ("we got fucked", "fucked")):
        assert [f.decoded for f in SCORER.score(text).findings] == [decoded]


FULL = Scorer(load_policy(), Organization())  # with the learned model, as shipped


@pytest.mark.parametrize(
    "text",
    [
        "Welcome aboard, Dick Pemberton! Dick leads our Bristol warehouse from Monday.",
        "Thanks to Mr Dick for the school fete",
        "Happy birthday Uncle Dick, see you Sunday",
    ],
)
def test_a_term_that_is_also_a_name_is_left_alone_when_written_as_a_name(text: str) -> None:
    explained = SCORER.explain(text)
    assert explained.score.findings == ()
    assert any("a name (" in n.reason for n in explained.near_misses)
    assert FULL.score(text).band in ("none", "low")


@pytest.mark.parametrize(
    "text", ["what a Dick", "you dick", "DICK PEMBERTON IS A DICK", "total Dick Head"]
)
def test_the_same_term_as_an_insult_still_fires(text: str) -> None:
    assert {f.category for f in SCORER.score(text).findings} & {"profanity", "insult"}


@pytest.mark.parametrize(
    "text",
    [
        "Spotted dick and custard for pudding today",
        "Cock-a-leekie soup to warm up the team",
        "Faggots and mushy peas at the pub quiz",
    ],
)
def test_british_dishes_are_not_rude(text: str) -> None:
    assert SCORER.score(text).findings == ()
    assert FULL.score(text).band in ("none", "low")


def test_bloody_hell_is_mild_and_dildo_newfoundland_is_a_place() -> None:
    from auditor.models import Organization
    from auditor.scoring import Scorer, load_policy

    scorer = Scorer(load_policy(), Organization())
    (f,) = scorer.score("bloody hell, the train is late again").findings
    assert (f.rule, f.severity) == ("profanity.term", "low")
    assert scorer.score("Our Dildo, Newfoundland store opens on Saturday!").band == "none"
    assert scorer.score("send me a dildo pic").band != "none"
