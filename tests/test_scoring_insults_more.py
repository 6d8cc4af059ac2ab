"""Insults aimed at a coworker, a customer or a group of them without swear words: name-calling
with two-word insults ("yes-man", "man-child", "mouth-breathers"), a role as the subject ("our
new hire is ...", "the client: ..."), demeaning adjectives in a list ("our temps are clueless and
lazy"), a group called "a bunch / pack of" insults, people described and then called a plural
insult ("customers who ... are parasites"), "the IQ of a" and "a waste of oxygen". Each
explanation names the words that fired; the same words about things, animals, oneself or in
praise stay clear."""

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
    """The explanation of the medium+ insult.targeted finding; fails when there is none."""
    score = SCORER.score(text)
    for f in score.findings:
        if (
            f.category == "insult"
            and f.rule == "insult.targeted"
            and band_rank(f.severity) >= MEDIUM
        ):
            return f.explanation
    raise AssertionError(score.findings)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Our new hire is a gutless, brainless yes-man", ("yes-man", "hire")),
        ("my supervisor: a snivelling little bootlicker", ("bootlicker", "supervisor")),
        ("@ravi_dev you're a total man-child", ("man-child", "you're")),
        (
            "The whole marketing department is a pack of mouth-breathers",
            ("pack", "mouth-breathers"),
        ),
        ("honestly the night shift devs are a bunch of clowns", ("bunch", "clowns", "devs")),
        ("Customers who park in the disabled bay are parasites", ("customers", "parasites")),
        ("Our warehouse temps are clueless and lazy", ("clueless", "lazy", "temps")),
        ("you're whiny, entitled and exhausting", ("whiny", "entitled", "you're")),
        ("@kev_ops you've got the IQ of a houseplant", ("IQ of a", "you've")),
        (
            "a consultant with the brains of a goldfish ran our workshop",
            ("brains of a", "consultant"),
        ),
        ("that contractor is a total waste of oxygen", ("waste of oxygen", "contractor")),
        ("our regional director is a spineless idiot", ("idiot", "director")),
    ],
)
def test_insults_said_other_ways(text: str, words: tuple[str, ...]) -> None:
    why = explanation(text)
    for w in words:
        assert w in why, (w, why)


@pytest.mark.parametrize(
    "text",
    [
        "Our interns this year are brilliant, keen and proud of it",
        "The servers are slow and useless today",
        "Sundays are lazy and slow",
        "My cat is lazy and fat",
        "I'm lazy and thick today, too much pizza",
        "We are lazy and proud on Sundays",
        "Our dog has the IQ of a genius",
        "Our client has the IQ of a genius and a kind heart",
        "The printer has the brains of a toaster",
        "This meeting was a waste of oxygen",
        "We hired a bunch of clowns for the kids' party",
        "The team is a bunch of legends",
        "The client: a lovely family business from Leeds",
        "Yes-man culture is a problem in big companies, says new research",
        "The man-child trope in sitcoms is getting old",
        "Leech therapy is used in some hospitals",
        "The new guy in accounts has a great haircut",
        "Our new manager is a genius with spreadsheets",
        "The interns are tired and hungry after the hackathon",
    ],
)
def test_look_alikes_stay_clear(text: str) -> None:
    score = SCORER.score(text)
    assert not any(
        f.category == "insult" and band_rank(f.severity) >= MEDIUM for f in score.findings
    ), score.findings


def test_a_denied_insult_is_a_near_miss() -> None:
    result = SCORER.explain("our interns are not lazy and thick, whatever the sales team says")
    assert not any(f.rule == "insult.targeted" for f in result.score.findings)
    assert any(n.rule == "insult.targeted" and n.reason == "negation" for n in result.near_misses)
