"""Sexual remarks about a coworker said without the words the first rules knew: a sex position
with a person as its object ("bend her over the desk"), "hung like", "undressing me with his
eyes", a person's posture watched in what they wear, a proposition to someone addressed with a
second sign of what is meant, people rated in bed, innuendo ("if you catch my drift") about a
person's body, and a job said to be got by sex. Each explanation names the words that fired;
dating talk about one's own partner, compliments, health and the literal senses stay clean."""

from __future__ import annotations

import pytest

from auditor.models import Organization
from auditor.scoring import Scorer, band_rank, load_policy
from auditor.scoring.policy import ModelPolicy

POLICY = load_policy()
POLICY.model = ModelPolicy(enabled=False)
SCORER = Scorer(POLICY, Organization("Acme", products=("Roadrunner",)))
MEDIUM = band_rank("medium")


def explanation(text: str) -> str:
    """The explanation of the medium+ sexual.remark finding; fails when there is none."""
    score = SCORER.score(text)
    for f in score.findings:
        if f.category == "sexual" and f.rule == "sexual.remark" and band_rank(f.severity) >= MEDIUM:
            return f.explanation
    raise AssertionError(score.findings)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("I'd bend @kayla_ops over the photocopier any day", ("bend", "@kayla_ops", "over")),
        ("honestly want to bend the new temp over the filing cabinet", ("bend", "temp", "over")),
        ("the new temp keeps leaning over my desk in that tiny skirt", ("leaning", "skirt")),
        ("can't concentrate when the new temp bends over the printer like that", ("bends", "temp")),
        ("the new sales guy is so well hung", ("well hung", "guy")),
        ("reckon the courier is hung like a donkey", ("hung like", "courier")),
        ("@dan_it stop undressing her with your eyes", ("undressing", "her", "eyes")),
        ("@rosa back to mine after the gala? bring a toothbrush", ("back to mine", "@rosa")),
        ("@theo_ops take u home after the party? no strings", ("take u home", "no strings")),
        ("The new hire? I'd rate her a 9 in bed", ("rate", "her", "bed")),
        ("wonder which of the auditors would be best in bed", ("best", "would be in bed")),
        ("who'd be better in bed, the CFO or her assistant?", ("better", "who'd be in bed")),
        ("Bet the new accountant got promoted for what she does on her knees", ("promoted",)),
        ("the new hire in legal slept her way to the top", ("slept her way",)),
        (
            "Our new trainer has lips I'd love to taste, if you know what I mean",
            ("lips", "trainer"),
        ),
        ("that bartender has a body, if you catch my drift 😉", ("body", "bartender")),
    ],
)
def test_remarks_about_a_person_said_other_ways(text: str, words: tuple[str, ...]) -> None:
    why = explanation(text)
    for w in words:
        for part in w.split():
            assert part in why.replace("'", " ").split() or part in why, (part, why)


@pytest.mark.parametrize(
    "text",
    [
        "Back to mine for the match on Saturday, @sam? Bring snacks",
        "@mum back to mine for Sunday lunch 😘",
        "Can you take me home after the party? My car's in the garage",
        "No strings attached: the grant money can be spent on anything",
        "Pack pyjamas for the sleepover, kids!",
        "Our new manager has great hands-on experience, if you know what I mean by hands-on",
        "The new intern crushed the deadline, if you catch my drift",
        "Bend the wire over the edge and clip it",
        "We bend over backwards for our clients",
        "The receptionist leaned over the desk to hand me the form",
        "My grandad bent over to pick up the paper",
        "The paintings were hung like a gallery in the lobby",
        "She was hired for her brilliant work after hours on the launch",
        "I slept my way through the flight",
        "She was undressing the mannequin in the shop window",
        "Our coworkers rated the hotel beds as the best in years",
        "Spent Sunday reading in bed, best day",
        "She's sick in bed with the flu, we'll cover her shift",
        "The new guy in accounts has a great haircut",
        "My husband is amazing in the kitchen and my wife says I'm better in bed than the dog",
        "Date night with my wife, dinner and then back to mine... I mean ours 😏",
        "@sam back to mine after the gala? 😏",
        "Physio says my shoulder needs rest, if you know what I mean by rest",
    ],
)
def test_look_alikes_stay_clear(text: str) -> None:
    score = SCORER.score(text)
    assert not any(
        f.category == "sexual" and band_rank(f.severity) >= MEDIUM for f in score.findings
    ), score.findings


def test_a_denied_remark_is_a_near_miss() -> None:
    result = SCORER.explain("I would never bend the new intern over a desk")
    assert not any(f.rule == "sexual.remark" for f in result.score.findings)
    assert any(n.rule == "sexual.remark" and n.reason == "negation" for n in result.near_misses)
