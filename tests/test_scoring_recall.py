"""Clear cases written in plain words are flagged by structure; their look-alikes stay clean."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from auditor.models import Organization
from auditor.scoring import Scorer, band_rank, load_policy
from auditor.scoring.policy import ModelPolicy

POLICY = load_policy()
POLICY.model = ModelPolicy(enabled=False)
ORG = Organization("Acme", products=("Roadrunner",), competitors=("Globex",))
SCORER = Scorer(POLICY, ORG)


def at_least_medium(text: str, category: str) -> None:
    score = SCORER.score(text)
    assert band_rank(score.band) >= band_rank("medium"), score.findings
    assert any(
        f.category == category and band_rank(f.severity) >= band_rank("medium")
        for f in score.findings
    ), score.findings


def not_flagged(text: str, category: str) -> None:
    score = SCORER.score(text)
    assert not any(
        f.category == category and band_rank(f.severity) >= band_rank("medium")
        for f in score.findings
    ), score.findings


@pytest.mark.parametrize(
    "text",
    [
        "Acme cut our overtime pay again this month. We're talking to the union.",
        "Told Acme about the faulty seatbelt sensor twice. Still nothing.",
        "The Roadrunner app is painfully slow. Acme, please fix it.",
        "Acme withheld the drivers' bonuses for the second quarter running",
        "Raised the Roadrunner battery fire risk with my manager. Someone will get hurt.",
    ],
)
def test_employer_complaints_in_neutral_words_are_criticism(text: str) -> None:
    at_least_medium(text, "employer_criticism")
    score = SCORER.score(text)
    assert "threat" not in score.categories
    f = next(f for f in score.findings if f.category == "employer_criticism")
    assert f.severity == "medium"
    assert "may be protected activity" in f.explanation


@pytest.mark.parametrize(
    "text",
    [
        "New video: Roadrunner six-month review. Comfort, range and one annoying rattle.",
        "Acme cut the ribbon on the new plant today",
        "Roadrunner test day: fixed the seat position and off we went",
        "Great chat with the Acme team about range. Honest answers.",
        "Roadrunner won best family EV for the third time!",
        "Acme's new sensor means fewer cyclists get hurt at junctions",
        "Acme is not unfair to its contractors, the pay is good",
        "Fix your tyre pressure with the Roadrunner app",
    ],
)
def test_balanced_or_positive_employer_posts_are_not_criticism(text: str) -> None:
    not_flagged(text, "employer_criticism")


@pytest.mark.parametrize(
    "text",
    [
        "The Globex hatchback is a total disaster, owners deserve better",
        "Unlike Globex, our airbags actually open.",
        "Globex couldn't design a bicycle if you handed them the blueprints",
        "Globex managers couldn't run a bath to save their lives",
    ],
)
def test_competitor_disparagement_in_plain_words(text: str) -> None:
    at_least_medium(text, "competitor")


@pytest.mark.parametrize(
    "text",
    [
        "Unlike Globex, we launched in spring.",
        "Globex couldn't attend the expo this year",
        "Globex has a new CEO",
    ],
)
def test_neutral_competitor_mentions_are_not_disparagement(text: str) -> None:
    not_flagged(text, "competitor")


@pytest.mark.parametrize(
    "text",
    [
        "someone should slash his tyres after that column",
        "I'm going to burn down that dealership office tonight",
        "I'll key that journalist's car",
        "somebody should torch the council building with them inside",
        "I'll trash your house",
    ],
)
def test_vandalism_and_arson_threats(text: str) -> None:
    score = SCORER.score(text)
    assert "threat" in score.categories, score.findings
    assert band_rank(score.band) >= band_rank("high")


@pytest.mark.parametrize(
    "text",
    [
        "Globex should slash their prices",
        "we should slash costs this quarter",
        "I will burn the toast again",
        "going to burn a CD for you",
        "I'll burn you a copy of the album",
        "I'll key in the numbers tomorrow",
        "I'll trash your essay with red ink, kidding, it's great",
        "gonna burn some calories",
    ],
)
def test_everyday_uses_of_vandalism_verbs_are_not_threats(text: str) -> None:
    assert "threat" not in SCORER.score(text).categories


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Don't hire women mechanics, they're all too emotional for the job", "hate.exclusion"),
        ("never trust immigrants", "hate.exclusion"),
        ("women drivers, they're all hysterical", "hate.generalisation"),
        ("immigrants are the worst", "hate.generalisation"),
    ],
)
def test_exclusion_and_generalisation_of_a_group(text: str, rule: str) -> None:
    score = SCORER.score(text)
    f = next((f for f in score.findings if f.rule == rule), None)
    assert f is not None, score.findings
    assert band_rank(score.band) >= band_rank("high")
    # The finding names the rule and the words, never a trait of the author.
    assert "author" not in f.explanation
    assert f.matched in text


@pytest.mark.parametrize(
    "text",
    [
        "never hire a plumber without references",
        "women engineers are amazing",
        "I'd never stop hiring women, best team we ever had",
        "don't trust the weather forecast",
    ],
)
def test_hiring_and_trust_talk_without_exclusion_is_not_hate(text: str) -> None:
    assert "hate" not in SCORER.score(text).categories


@pytest.mark.parametrize(
    "text",
    [
        "you are the stupidest man I have ever worked with",
        "@kev you're the most pathetic driver on this road",
        "honestly u r the ugliest person at this party",
        "you're literally the biggest idiot in the office",
    ],
)
def test_superlative_insults_aimed_at_a_person(text: str) -> None:
    at_least_medium(text, "insult")
    assert "insult.targeted" in {f.rule for f in SCORER.score(text).findings}


@pytest.mark.parametrize(
    "text",
    [
        "you are the best",
        "you're the most amazing friend",
        "you are not the dumbest person here, relax",
        "the dumbest thing I did today was forget my keys",
    ],
)
def test_praise_and_untargeted_superlatives_are_not_insults(text: str) -> None:
    not_flagged(text, "insult")


@pytest.mark.parametrize(
    "text",
    [
        "the new intern is so hot, I want to see her naked in the stationery room",
        "I'd love to get you naked tonight @sam",
        "gonna get him completely naked at the party",
    ],
)
def test_sexual_wish_about_a_person(text: str) -> None:
    at_least_medium(text, "sexual")


@pytest.mark.parametrize(
    "text",
    [
        "I'd love to see it with the naked eye",
        "the baby was naked and screaming",
        "I would never see him naked, gross",
    ],
)
def test_naked_without_a_wish_about_a_person_is_not_sexual_advance(text: str) -> None:
    not_flagged(text, "sexual")


@pytest.mark.parametrize(
    "text",
    [
        "grabbed a gram of coke before the gala dinner lol",
        "rolled a fat blunt in the car park before the meeting",
        "still hungover from the molly on saturday",
        "popped a molly at the festival",
        "snorting lines of snow in the bathroom",
        "high on coke at the christmas party",
        "sparked a spliff on the balcony",
    ],
)
def test_drug_slang_with_a_cue_of_use(text: str) -> None:
    at_least_medium(text, "drugs")


@pytest.mark.parametrize(
    "text",
    [
        "grabbed a can of coke on the way",
        "Coke Zero is better than the original",
        "a coke float at the diner",
        "rum and coke please",
        "pass the coke please",
        "Snow tyres on. Bring on winter.",
        "took Molly to the vet",
        "hungover from Molly's party",
        "to be blunt, the plan is bad",
        "rolling a blunt knife across the board",
        "blow out the candles",
        "high on life and snow days",
    ],
)
def test_ordinary_uses_of_drug_slang_stay_clean(text: str) -> None:
    assert "drugs" not in SCORER.score(text).categories


@pytest.mark.parametrize(
    "text",
    [
        "she is a paid liar and everyone knows it",
        "what a spineless coward he is",
        "@gary you are such a hypocrite",
        "he's a total fraud",
        "they're all clowns at that agency",
        "this guy is a moron",
        "Kavanaugh is a total fraud",
        "liberals are idiots",
        "Conservatives are all hypocrites",
    ],
)
def test_name_calling_in_a_sentence_about_a_person(text: str) -> None:
    at_least_medium(text, "insult")
    f = next(f for f in SCORER.score(text).findings if f.rule == "insult.targeted")
    assert "name-calling" in f.explanation


@pytest.mark.parametrize(
    "text",
    [
        "he is not a liar",
        "the liar paradox is a fun puzzle",
        "she is a tool kit designer",
        "what a fool's errand this was",
        "he is a great friend",
        "I was such a fool to miss that train",
        "This is a tool I use every day",
        "That car is a lemon and that guy is a friend",
        "It is a snake plant",
        "fans are a joke sometimes",
        "What is a hack day?",
    ],
)
def test_insult_nouns_outside_name_calling_are_not_insults(text: str) -> None:
    not_flagged(text, "insult")


@pytest.mark.parametrize(
    "text", ["send all the rapefugees home", "bunch of feminazis again", "#StopTheInvasion now"]
)
def test_hateful_slogans_and_slurs_about_groups(text: str) -> None:
    at_least_medium(text, "hate")


@pytest.mark.parametrize(
    "text",
    [
        "go home migrants, this town is full",
        "#MigrantsNotWelcome",
        "refugees are not welcome in this village",
        "and #Feminists are a disease on this country",
    ],
)
def test_telling_a_group_to_leave_and_hashtag_groups(text: str) -> None:
    score = SCORER.score(text)
    assert "hate" in score.categories, score.findings
    assert band_rank(score.band) >= band_rank("high")


@pytest.mark.parametrize(
    "text",
    [
        "Tourists go home, refugees welcome",
        "refugees are welcome here",
        "women go home early on fridays",
        "I told the kids to go home",
    ],
)
def test_welcome_and_going_home_are_not_exclusion(text: str) -> None:
    assert "hate" not in SCORER.score(text).categories


@given(
    st.sampled_from(["picked up", "grabbed", "had", "did", "snorted", "high on"]),
    st.sampled_from(["a can of", "a bottle of", "a glass of", "diet", "rum and", "a cold"]),
    st.sampled_from(["coke", "Coke", "coke zero", "Coke float"]),
)
def test_a_drink_is_never_drug_slang(verb: str, container: str, drink: str) -> None:
    text = f"{verb} {container} {drink} after the run"
    assert "drugs.slang" not in {f.rule for f in SCORER.score(text).findings}


@given(
    st.sampled_from(["should", "I'll", "gonna", "someone should", "we should"]),
    st.sampled_from(["slash", "cut", "trash", "burn"]),
    st.sampled_from(["prices", "costs", "the budget", "their fees", "some calories", "the draft"]),
)
def test_cutting_prices_or_costs_is_never_a_threat(intent: str, verb: str, thing: str) -> None:
    assert "threat" not in SCORER.score(f"{intent} {verb} {thing} this year").categories


def test_structures_read_leetspeak() -> None:
    at_least_medium("picked up an eighth of c0ke for the weekend", "drugs")
    at_least_medium("y0u are the dumb3st person here", "insult")


def test_negated_structures_are_near_misses() -> None:
    result = SCORER.explain("I would never see him naked")
    assert result.score.band in ("none", "low")
    assert any(n.rule == "sexual.advance" and n.reason == "negation" for n in result.near_misses)
