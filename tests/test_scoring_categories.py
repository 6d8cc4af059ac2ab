"""A clear instance of every category reaches at least medium; mild words stay low at most."""

from __future__ import annotations

import pytest

from auditor.models import Organization
from auditor.scoring import CATEGORIES, Scorer, band_rank, load_policy
from auditor.scoring.policy import ModelPolicy

ORG = Organization(
    "Acme",
    aliases=("Acme Corp",),
    products=("RoadRunner",),
    competitors=("Globex",),
    codenames=("Bluebird",),
)
POLICY = load_policy()
POLICY.model = ModelPolicy(enabled=False)
SCORER = Scorer(POLICY, ORG)

CLEAR = {
    "profanity": "this traffic is fucking ridiculous",
    "insult": "@dave you are a worthless piece of shit",
    "hate": "all immigrants are vermin",
    "threat": "I'm going to kill you",
    "sexual": "send nudes tonight",
    "drugs": "anyone want to do coke at the party",
    "political": "Vote for Ford, never vote for the other guy",
    "confidential": "Acme Q3 numbers came in below forecast, keep it quiet",
    "pii": "Jane's SSN is 123-45-6789",
    "credentials": "our key is AKIAIOSFODNN7EXAMPLE lol",
    "employer_criticism": "Acme is a terrible, awful place to work",
    "competitor": "Globex products are garbage, total scam",
}


def test_every_category_has_a_clear_example() -> None:
    assert set(CLEAR) == set(CATEGORIES)


@pytest.mark.parametrize("category", CATEGORIES)
def test_clear_instance_reaches_medium(category: str) -> None:
    score = SCORER.score(CLEAR[category])
    assert category in score.categories, score.findings
    worst = max(band_rank(f.severity) for f in score.findings if f.category == category)
    assert worst >= band_rank("medium")
    assert band_rank(score.band) >= band_rank("medium")


@pytest.mark.parametrize(
    "text",
    ["damn it", "oh hell", "this is crap", "damn, that crap was hell", "bloody rain", "pissed off"],
)
def test_mild_words_stay_low(text: str) -> None:
    score = SCORER.score(text)
    assert score.band == "low", score.findings
    assert all(f.severity == "low" for f in score.findings)


def test_employer_criticism_is_at_most_medium_and_says_review() -> None:
    score = SCORER.score("Acme is the worst, most awful, disgusting, horrible employer ever")
    f = next(f for f in score.findings if f.category == "employer_criticism")
    assert f.severity == "medium"
    assert "may be protected activity: review with HR and legal, not misconduct" in f.guidance
    assert "HR and legal" in f.guidance and "not misconduct" in f.guidance
    # The explanation names the words that drove the sentiment.
    assert "awful" in f.explanation and "horrible" in f.explanation


def test_praise_of_the_employer_is_not_flagged() -> None:
    assert SCORER.score("Proud to work at Acme, great team!").band == "none"


def test_no_org_names_means_no_sentiment_rules() -> None:
    bare = Scorer(POLICY, Organization())
    assert bare.score("Acme is a terrible, awful place to work").band == "none"


def test_competitor_needs_disparagement() -> None:
    assert SCORER.score("Met the Globex team at the conference").band == "none"
    f = next(f for f in SCORER.score(CLEAR["competitor"]).findings)
    assert f.rule == "competitor.disparagement"
    assert "garbage" in f.explanation


def test_codename_is_confidential() -> None:
    f = SCORER.score("Working late on Bluebird again").findings[0]
    assert (f.category, f.rule, f.matched) == ("confidential", "confidential.codename", "Bluebird")


def test_confidential_phrase_without_the_org_is_low() -> None:
    score = SCORER.score("the numbers came in below forecast")
    assert score.band == "low"
    near_org = SCORER.score("RoadRunner numbers came in below forecast")
    assert near_org.findings[0].rule == "confidential.disclosure"
    assert band_rank(near_org.band) >= band_rank("medium")


def test_confidential_phrase_about_our_own_company_is_a_review() -> None:
    (f,) = SCORER.score("we're buying a rival next month, don't tell anyone").findings
    assert (f.rule, f.severity) == ("confidential.disclosure", "medium")
    assert "(the writer's own organisation)" in f.explanation and "we're" in f.explanation
    (g,) = SCORER.score("our Leeds site closes in June, you didn't hear it from me").findings
    assert (g.category, g.severity) == ("confidential", "medium")
    assert SCORER.score("nobody's been told yet about the closure").band == "low"
    # the word alone is as often a promise of privacy
    assert SCORER.score("our confidential counselling line is open").band != "medium"
    assert SCORER.score("the numbers came in below forecast").band == "low"
    # "were" is a verb, not "we're" without its apostrophe
    assert SCORER.score("the numbers were below forecast").band == "low"


def test_self_advertised_contact_is_low_and_own_address_is_not_flagged() -> None:
    assert SCORER.score("call me at 555-123-4567").band == "low"
    assert SCORER.score("write to support@acme.com for help").band == "none"
    assert SCORER.score("call us at (555) 123-4567").band == "none"
    assert band_rank(SCORER.score("Dave's number is (555) 123-4567").band) >= 2
    assert band_rank(SCORER.score("email jane.doe@example.org about it").band) >= 2


def test_disabled_category_never_fires() -> None:
    policy = load_policy()
    policy.model = ModelPolicy(enabled=False)
    cat = policy.categories["profanity"]
    policy.categories["profanity"] = type(cat)(
        cat.id, False, cat.severity, cat.description, cat.guidance, cat.terms
    )
    assert Scorer(policy, ORG).score(CLEAR["profanity"]).band == "none"


def test_org_named_with_an_ordinary_word_needs_its_capital() -> None:
    scorer = Scorer(POLICY, Organization("Target"))
    assert scorer.score("our target audience hated that awful, terrible ad").findings == ()
    flagged = scorer.score("Target is an awful, terrible employer")
    assert [f.category for f in flagged.findings] == ["employer_criticism"]


def test_disparaging_words_about_the_employer_are_criticism_not_misconduct() -> None:
    (f,) = [x for x in SCORER.score("Acme is a scam").findings]
    assert (f.category, f.severity) == ("employer_criticism", "medium")
    assert "scam" in f.explanation


def test_an_insult_near_a_politicians_title_is_a_political_attack() -> None:
    for text in (
        "Mayor Dunmore couldn't run a bus timetable, let alone this city. Absolute clown.",
        "Senator Blake is a clown",
    ):
        rules = {f.rule for f in SCORER.score(text).findings}
        assert "political.attack" in rules, text
    # a title alone, or an insult with no politician, is not an attack on a politician
    assert "political.attack" not in {
        f.rule for f in SCORER.score("the mayor opened the new library, great speech").findings
    }
    assert "political.attack" not in {
        f.rule for f in SCORER.score("what a clown, my cat knocked the vase over").findings
    }


def test_a_swear_word_far_from_a_politicians_title_is_no_attack_on_them() -> None:
    """Letters spelled out one by one make a hit with no token index: it is placed by where it
    starts, so 'within about a sentence of the title' holds for it too."""
    far = (
        "Mayor Dunmore opened the new library today, everyone came along for the speech and "
        "cake, and then it rained all afternoon, s h i t weather"
    )
    rules = {f.rule for f in SCORER.score(far).findings}
    assert "profanity.term" in rules and "political.attack" not in rules
    near = "Mayor Dunmore is a s h i t mayor"
    assert "political.attack" in {f.rule for f in SCORER.score(near).findings}
