"""Sexual remarks aimed at a person and drugs in a context of use or dealing are flagged at the
category's severity, each explaining which words fired; the ordinary uses of the same words
(table legs, a rack of lamb, hot weather, spark plugs, party favours for children, snow days,
Molly the dog) stay clean."""

from __future__ import annotations

import pytest

from auditor.models import Organization
from auditor.scoring import Scorer, band_rank, load_policy
from auditor.scoring.normalize import normalize, tokenize
from auditor.scoring.policy import ModelPolicy
from auditor.scoring.sexual import sexual_advances

POLICY = load_policy()
POLICY.model = ModelPolicy(enabled=False)
SCORER = Scorer(POLICY, Organization("Acme", products=("Roadrunner",)))
MEDIUM = band_rank("medium")


def finding(text: str, category: str, rule: str) -> str:
    """The explanation of the medium+ finding of `rule`; fails when there is none."""
    score = SCORER.score(text)
    assert band_rank(score.band) >= MEDIUM, score.findings
    for f in score.findings:
        if f.category == category and f.rule == rule and band_rank(f.severity) >= MEDIUM:
            assert f.severity == POLICY.categories[category].severity
            return f.explanation
    raise AssertionError(score.findings)


def clean(text: str, category: str) -> None:
    score = SCORER.score(text)
    assert not any(
        f.category == category and band_rank(f.severity) >= MEDIUM for f in score.findings
    ), score.findings


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("@jordan_hr great legs in that photo from the gala", ("great legs", "@jordan_hr")),
        ("The temp in accounts has a lovely rack", ("lovely rack", "temp")),
        ("her butt looks amazing in those jeans", ("butt amazing", "her")),
        ("Would love to bang @mike_sales after the party", ("bang", "@mike_sales")),
        ("honestly I'd shag the new temp", ("shag", "temp")),
        ("the new barista is sooo hot", ("barista", "hot")),
        ("@ana you're so sexy in that uniform", ("you're", "sexy")),
        ("I bet that intern is wild in bed", ("wild in bed", "intern")),
        ("you've got gorgeous thighs", ("gorgeous thighs", "you've")),
        ("gorgeous thighs @tom_it", ("gorgeous thighs", "@tom_it")),
        ("I'd bang the new recruiter from the agency", ("bang", "recruiter")),
    ],
)
def test_sexual_remarks_about_a_person(text: str, words: tuple[str, ...]) -> None:
    why = finding(text, "sexual", "sexual.remark")
    for w in words:
        assert w in why


@pytest.mark.parametrize(
    "text",
    [
        "The new desk has nice legs on it, solid oak",
        "your table has nice legs",
        "She said the table has nice legs",
        "Did you see the table with nice legs",
        "@chef fantastic rack of ribs",
        "We'd smash the new hire onboarding",
        "Our new intern smashed her quarterly target",
        "We would smash the record with the new intern on board",
        "I'd smash that deadline",
        "The office is so hot today, someone fix the AC",
        "hot weather all week, stay hydrated",
        "he is hot on the topic of security",
        "he's a hot prospect for the draft",
        "she is a hot mess this week",
        "Nice rack layout in the new server room",
        "Rack of lamb for the team dinner was fantastic",
        "Leg day done, my legs are dead",
        "She is sick in bed with the flu",
        "Great butt joint on that weld, @sam",
        "Farmers market haul 🍆🍑🥕",
        "peach and aubergine season 🍑🍆 at the market",
        "I would never smash the new intern",
    ],
)
def test_the_same_words_about_things_or_weather_are_not_sexual(text: str) -> None:
    clean(text, "sexual")


@pytest.mark.parametrize(
    ("text", "person", "pair"),
    [
        ("@kim 🍑💦", "@kim", "🍑💦"),
        ("what I'd do to the new hire 🍆💦", "hire", "🍆💦"),
        ("Thinking about Jess in legal 🍑 💦", "Jess", "🍑💦"),
        ("Monday. 🍆🍑 @sam", "@sam", "🍆🍑"),
    ],
)
def test_sexual_emoji_pairs_in_a_sentence_about_a_person(text: str, person: str, pair: str) -> None:
    # Emoji are not tokens: the rule reads the post's text, when the caller passes it.
    hits = list(sexual_advances(tokenize(normalize(text)), text))
    assert [(h.words, h.negated) for h in hits] == [((person, pair), False)]
    assert person in hits[0].why and pair in hits[0].why


@pytest.mark.parametrize(
    "text",
    [
        "Farmers market haul 🍆🍑🥕",
        "peach and aubergine season 🍑🍆 at the market",
        "Thanks, Sarah! 🍆🍑 box arrived",
        "Great veg box this week. 🍆🍑 Love it",
        "@kim 🍆 and 🍑 are in season",
    ],
)
def test_emoji_pairs_naming_nobody_are_not_sexual(text: str) -> None:
    assert list(sexual_advances(tokenize(normalize(text)), text)) == []


@pytest.mark.parametrize(
    ("text", "rule", "words"),
    [
        ("smoked a fat joint at lunch", "drugs.slang", ("smoked", "joint")),
        ("sparked a joint at lunch", "drugs.slang", ("sparked", "joint")),
        ("rolled on molly all weekend at the festival", "drugs.slang", ("rolled", "molly")),
        ("did a bump of ket in the loos", "drugs.slang", ("bump", "ket")),
        ("selling my xanax, 5 each, dm me", "drugs.dealing", ("xanax", "selling")),
        ("got spare vyvanse for sale, £10 a pill", "drugs.dealing", ("vyvanse", "sale")),
        ("ritalin going cheap, 10 a pill", "drugs.dealing", ("ritalin", "pill")),
        ("🍃 available this weekend, hmu", "drugs.dealing", ("🍃", "available", "hmu")),
        ("selling ❄️, dm me", "drugs.dealing", ("❄", "selling")),
        ("need a new plug, anyone got molly?", "drugs.euphemism", ("new plug", "molly")),
        ("party favors for the afterparty 💊💊", "drugs.euphemism", ("party favors", "💊")),
    ],
)
def test_drugs_with_a_cue_of_use_or_dealing(text: str, rule: str, words: tuple[str, ...]) -> None:
    why = finding(text, "drugs", rule)
    for w in words:
        assert w in why


@pytest.mark.parametrize(
    "text",
    [
        "snow day ❄️ office closed",
        "my spark plug needs replacing",
        "shameless plug: our webinar on Thursday",
        "Quick plug: party favours for the kids' party at our shop",
        "party favours for the kids' birthday",
        "Winter party favours ❄️ for the kids",
        "eco party favours 🌿 at our shop",
        "party favours and a can of coke for the kids",
        "took molly the dog to the park",
        "We signed the joint venture today",
        "smoked a joint of beef for the team bbq",
        "Prescription ready at the pharmacy, finally got my adderall",
        "adderall available on prescription only",
        "ketchup and market stalls",
        "Rolled out the new release to all users",
        "New winter range! ❄️ Available in all stores",
        "Winter range ❄️ available online now",
        "selling my old bike, 20 quid, dm me",
        "not selling my adderall, stop asking",
    ],
)
def test_ordinary_uses_stay_clean(text: str) -> None:
    clean(text, "drugs")


def test_a_plain_mention_stays_low() -> None:
    score = SCORER.score("I don't get the weed hype")
    assert score.band == "low"
    assert [f.severity for f in score.findings if f.category == "drugs"] == ["low"]


def test_negated_remarks_are_near_misses() -> None:
    result = SCORER.explain("I would never smash the new intern")
    assert any(n.rule == "sexual.remark" and n.reason == "negation" for n in result.near_misses)


def test_the_scorer_flags_a_sexual_emoji_pair_about_a_person() -> None:
    """The scorer runs the emoji rule though the post holds no trigger word."""
    scorer = Scorer(load_policy(), Organization())
    findings = scorer.score("what I'd do to the new hire 🍆💦").findings
    assert {(f.category, f.severity) for f in findings} >= {("sexual", "medium")}
    assert scorer.score("Farmers market haul 🍆🍑🥕").band == "none"
