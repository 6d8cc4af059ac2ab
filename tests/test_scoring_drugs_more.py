"""Drug slang and dealing said without the words the first rules knew: "tab", "bars", "speed",
"ecstasy", "oxy", "nose candy" and "pressed pills" after a cue of use, asked of a dealer ("hit up
my guy for some bars", "got a plug for ket?", "sort me some speed") or followed by their effect
("the ecstasy kicked in"); someone else's prescription taken; a prescriber sought for asking
fewer questions. Each explanation names the words that fired; browser and bar tabs, chocolate
and gym bars, speed limits, eye candy, the pharmacy, prescribed use and legal cannabis news stay
clean."""

from __future__ import annotations

import pytest

from auditor.models import Organization
from auditor.scoring import Scorer, band_rank, load_policy
from auditor.scoring.policy import ModelPolicy

POLICY = load_policy()
POLICY.model = ModelPolicy(enabled=False)
SCORER = Scorer(POLICY, Organization("Acme", products=("Roadrunner",)))
MEDIUM = band_rank("medium")


def explanation(text: str, rule: str) -> str:
    """The explanation of the medium+ drugs finding of `rule`; fails when there is none."""
    score = SCORER.score(text)
    for f in score.findings:
        if f.category == "drugs" and f.rule == rule and band_rank(f.severity) >= MEDIUM:
            return f.explanation
    raise AssertionError(score.findings)


@pytest.mark.parametrize(
    ("text", "rule", "words"),
    [
        (
            "dropped two tabs at the offsite and the slides started melting",
            "drugs.slang",
            ("dropped", "tabs"),
        ),
        ("popping bars at my desk to survive audit week", "drugs.slang", ("popping", "bars")),
        ("hitting up my guy for some bars before the audit", "drugs.slang", ("my guy", "bars")),
        ("got a plug for ket? asking for the Christmas do", "drugs.slang", ("a plug", "ket")),
        ("sort me out with some speed for the night shift", "drugs.slang", ("sort me", "speed")),
        (
            "the ecstasy kicked in halfway through the all-hands",
            "drugs.slang",
            ("ecstasy", "kicked in"),
        ),
        ("snorted some oxy in the car park at lunch", "drugs.slang", ("snorted", "oxy")),
        ("bringing nose candy to the leaving do 🎉", "drugs.slang", ("nose", "candy")),
        ("street pills are half the price this month", "drugs.slang", ("street", "pills")),
        (
            "nicked my mum's valium before the board presentation",
            "drugs.misuse",
            ("nicked", "mum's", "valium"),
        ),
        (
            "been borrowing my housemate's adderall for crunch week",
            "drugs.misuse",
            ("borrowing", "adderall"),
        ),
        (
            "know any GP who asks no questions? I'm running low on xanax",
            "drugs.misuse",
            ("gp who asks no questions", "xanax"),
        ),
    ],
)
def test_drugs_said_other_ways(text: str, rule: str, words: tuple[str, ...]) -> None:
    why = explanation(text, rule).lower()
    for w in words:
        assert w in why, (w, why)


@pytest.mark.parametrize(
    "text",
    [
        "Opened a new tab and lost my spreadsheet",
        "Pick up the tab tonight, boss is paying",
        "I'll take the tab for the team dinner",
        "Put it on my tab",
        "Grabbed some protein bars before the flight",
        "Chocolate bars for everyone who hit target",
        "Spitting bars at the company open mic, dropping bars all night",
        "Popping bars of chocolate into the staff fridge",
        "Need some speed on this build, it takes forever",
        "Speed limit on the car park is 5 mph",
        "Speed dating at the team social was hilarious",
        "Took some speed bumps too fast this morning",
        "Eye candy at the car show today",
        "Candy for the kids at the Halloween party",
        "The ecstasy of finally shipping the release",
        "Caffeine kicking in before standup",
        "The coke kicking in, sugar rush before the meeting",
        "Oxy acne wash is on offer this week",
        "Picked up my son's Ritalin from the pharmacy",
        "My doctor prescribed oxy after surgery and I take it as directed",
        "A doctor who asks fewer questions would save time in clinic, says a new report",
        "My guy for the best tacos in town, hit him up",
        "Hit up my guy for some tickets to the final",
        "Can you sort me some coffee before the call?",
        "Got a plug for our new podcast: episode 3 is out",
        "Shameless plug for Coke Zero's new flavour",
        "The legal cannabis shop opened on Main Street, news at 6",
        "Pressed flowers make great gifts",
    ],
)
def test_look_alikes_stay_clean(text: str) -> None:
    score = SCORER.score(text)
    assert not any(
        f.category == "drugs" and band_rank(f.severity) >= MEDIUM for f in score.findings
    ), score.findings
