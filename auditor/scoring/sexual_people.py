"""What the sexual-remark rules (`sexual`, `sexual_body`, `sexual_acts`, `sexual_propositions`,
`sexual_emoji`, `sexual_scenes`) share: the person a remark is about, the wish that comes
before a verb ("I'd love to ..."), whether a word's phrase goes on, and the hit a rule makes.
"""

from __future__ import annotations

from collections.abc import Sequence

from auditor.scoring.context import StructHit
from auditor.scoring.normalize import Token
from auditor.scoring.structures import (
    CLAUSE_STARTS,
    DESIRE,
    OBJECT_DETERMINERS,
    PERSON_NOUNS,
    PLACE_PREPOSITIONS,
    negated_phrase,
)

SENTENCE_END = ".!?\n"  # punctuation that ends a sentence

# Slang for a person that `PERSON_NOUNS` (also read by the insult rules) does not hold.
SLANG_PEOPLE = frozenset(["shorty", "shawty", "ting", "baddie", "hottie"])
OBJECTS = frozenset(("me", "her", "him", "you", "u", "them", "us"))


def person_object(seq: Sequence[Token], cs: list[str], k: int) -> int:
    """Index of the person at token k ("her", "@sam", "the new intern"), else -1."""
    n = len(seq)
    if k >= n:
        return -1
    c = cs[k]
    if seq[k].kind == "mention" or c in ("him", "them", "you", "u"):
        return k
    if c == "her" and not phrase_goes_on(seq, cs, k):
        return k  # "smash her", not "smash her record"
    j = k
    while j < n and j - k < 3 and cs[j] in OBJECT_DETERMINERS:
        j += 1
    if j >= n or cs[j] not in PERSON_NOUNS:
        return -1
    # "the new intern from sales", "the new temp after the party", not "the new hire onboarding".
    if phrase_goes_on(seq, cs, j) and cs[j + 1] not in _PLACE_OR_THEN:
        return -1
    return j


_THEN = frozenset(("after", "before", "last", "tonight", "yesterday", "during"))
_PLACE_OR_THEN = PLACE_PREPOSITIONS | _THEN


def phrase_goes_on(seq: Sequence[Token], cs: list[str], i: int) -> bool:
    """Token i is followed, after one space or hyphen, by a word that continues its phrase."""
    if i + 1 >= len(seq):
        return False
    nxt = seq[i + 1]
    return nxt.start - seq[i].end == 1 and nxt.kind == "word" and cs[i + 1] not in CLAUSE_STARTS


def sexual_hit(
    seq: Sequence[Token],
    start: int,
    last: int,
    words: tuple[str, ...],
    why: str,
    rule: str = "sexual.remark",
) -> StructHit:
    """The hit a rule makes over tokens start..last, marked negated as `negated_phrase` reads it."""
    return StructHit(
        rule,
        start,
        last,
        words,
        why,
        negated_phrase(seq, start, last),
    )


def wish_before(
    seq: Sequence[Token], cs: list[str], i: int, reach: int, would: bool = False
) -> int:
    """The nearest of the `reach` tokens before token i that says a wish ("want", "love",
    "I'd"; with `would`, also "would" and "could"), else -1."""
    for j in range(i - 1, max(-1, i - 1 - reach), -1):
        c = cs[j]
        if c in DESIRE or (would and c in ("would", "could")) or seq[j].text.endswith("'d"):
            return j
    return -1
