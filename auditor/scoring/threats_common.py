"""What the threat rules of `threats_passive`, `threats_aftermath` and `threats_veiled` share:
who a token names (someone other than the writer, or the writer), the words of a wish, a promise
or a condition, a contest spoken of nearby, and the shape of a "threat.veiled" hit."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from auditor.scoring.context import (
    GROUPS,
    PEOPLE_TARGETS,
    SECOND_PERSON,
    THREAT_TARGETS,
    WISH,
    StructHit,
    _w,
    negated,
    same_sentence,
)
from auditor.scoring.normalize import Token

GET = _w("get gets getting be")
# A wish or a verdict of what someone deserves (not a warning: "you'll get killed on that bike").
WISHING = WISH | _w("deserves deserve deserved needs need should ought must")
PROMISE = _w("gonna going will i'll he'll she'll they'll you'll gotta")
PERSONS = _w(
    "he she they him her them you u ya y'all yall his their your ur he's she's they're you're"
    " he'll she'll they'll you'll hes shes theyre youre"
)
SELF = _w("i i'm im me we us my our myself i'd i've")
# Contests, games and sales rankings: their "watch your back" and "getting killed" are banter.
CONTEST = _w(
    """
    seller sellers leaderboard ranking rankings title crown trophy league quiz bakeoff
    tournament match game games gaming race championship champ champion fantasy chess darts
    cup medal podium quota trivia contest competition hackathon karaoke ping pong poker
    football rugby cricket tennis golf squash badminton fifa fortnite
    """
)
_CONTEST_EMOJI = ("🏆", "🥇", "🎮", "⚽", "🏓", "🎯", "🏅")
CRASHING = _w("car van truck lorry bus plane flight boat bike motorbike helicopter lift elevator")
# A condition before the harm: "if he does that again", "next time".
IF_WORDS = _w("if next time again touches touch keeps keep")
BODY_OWNERS = _w("his her their your ur")


def person(seq: Sequence[Token], cs: list[str], original: str, k: int) -> bool:
    """Token k names someone other than the writer: a pronoun, a mention, a person noun, a
    group or a capitalised name."""
    t = seq[k]
    c = cs[k]
    if t.kind == "mention" or c in PERSONS or c in SECOND_PERSON:
        return True
    if c in THREAT_TARGETS or c in PEOPLE_TARGETS or c in GROUPS:
        return c not in SELF
    raw = original[t.start : t.end]
    return k > 0 and raw.istitle() and raw.isalpha() and raw not in ("I", "It", "The")


def first_person(seq: Sequence[Token], cs: list[str], original: str, ks: Iterable[int]) -> int:
    """The first of tokens `ks` (in their order) that names someone (`person`), or -1."""
    return next((k for k in ks if person(seq, cs, original, k)), -1)


def contest(cs: list[str], original: str, i: int) -> bool:
    """A contest, a game or a sales ranking is spoken of within 25 tokens of token i (read in
    `cs`, the canons already made, as `context.near` would read them)."""
    return not CONTEST.isdisjoint(cs[max(0, i - 25) : i + 26]) or any(
        e in original for e in _CONTEST_EMOJI
    )


def veiled_hit(
    seq: Sequence[Token], first: int, last: int, keys: Sequence[int], why: str
) -> StructHit:
    """A "threat.veiled" hit over tokens first..last naming the words at `keys`."""
    words = tuple(seq[m].text for m in dict.fromkeys(keys))
    return StructHit(
        "threat.veiled",
        first,
        last,
        words,
        f"{why} ({' '.join(map(repr, words))})",
        negated(seq, first, 2),
    )


def condition_before(
    seq: Sequence[Token],
    cs: list[str],
    original: str,
    i: int,
    words: frozenset[str],
    back: int = 16,
) -> int:
    """The last of `words` before token i in its sentence (`back` tokens back at most), or -1."""
    for m in range(i - 1, max(-1, i - 1 - back), -1):
        if not same_sentence(seq, original, m, i):
            return -1
        if cs[m] in words:
            return m
    return -1
