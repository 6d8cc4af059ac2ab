"""A sexual emoji pair (or one 🍆 / 🍑 with a body word or a leer) in a sentence about a
person: "what I'd do to Sarah 🍆💦", "@sam 🍑💦". Emoji are not tokens, so this rule reads the
post's text, and takes a capitalised word inside a sentence for a name.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from auditor.scoring.context import StructHit
from auditor.scoring.normalize import Token
from auditor.scoring.sexual_people import SENTENCE_END, phrase_goes_on, sexual_hit
from auditor.scoring.structures import (
    BODY_WORDS,
    CLOTHING,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    a_name,
)

# Aubergine or peach with droplets, aubergine with peach: a sexual emoji pair.
SEX_EMOJI = ("\U0001f346", "\U0001f351")
_PAIRED_WITH = {
    "\U0001f346": ("\U0001f4a6", "\U0001f351"),
    "\U0001f351": ("\U0001f4a6", "\U0001f346"),
}
# Words that make one 🍑 or 🍆 about a body: what a person wears, a body part, "the view".
_EMOJI_CUES = (
    (CLOTHING - frozenset(("top", "shirt", "blouse", "dress", "outfit", "uniform", "scrubs")))
    | BODY_WORDS
    | frozenset(("view", "behind", "bed", "arms", "thighs"))
)
# Beside one 🍑 or 🍆: smirk, devil, tongue, drooling, hot face.
_LEER_BESIDE = ("\U0001f60f", "\U0001f608", "\U0001f445", "\U0001f924", "\U0001f975")
_PAIR_BEFORE, _PAIR_AFTER = 80, 40  # characters searched for the person, in the same sentence


def emoji_pairs(seq: Sequence[Token], cs: list[str], original: str) -> Iterator[StructHit]:
    """A sexual emoji pair in a sentence about a person: "what I'd do to Sarah 🍆💦",
    "@sam 🍑💦"; "🍆🍑 from the market" names nobody."""
    pos = 0
    while True:
        at = min((k for e in SEX_EMOJI if (k := original.find(e, pos)) >= 0), default=-1)
        if at < 0:
            return
        pos = at + 1
        rest = original[at + 1 : at + 3].lstrip()
        if not rest or rest[0] not in _PAIRED_WITH[original[at]]:
            # One emoji: with a person in its sentence and a word of the body or of what they
            # wear in the post ("the customer in yoga pants ... the view from behind 🍑").
            # Or next to a smirk / devil / drool, or repeated ("@sam 😏🍆", "Priya 🍑🍑").
            if original[at - 1 : at] in _PAIRED_WITH[original[at]]:
                continue
            cues = [k for k, c in enumerate(cs) if c in _EMOJI_CUES]
            cue = min(cues, key=lambda k: abs(seq[k].start - at), default=-1)
            around = original[max(0, at - 2) : at] + original[at + 1 : at + 3]
            leer = next((e for e in _LEER_BESIDE if e in around), "")
            if original[at + 1 : at + 2] == original[at]:
                leer = original[at] * 2
            person = _person_near(seq, cs, original, at)
            if person < 0 or person == cue or (cue < 0 and not leer):
                continue
            name = original[seq[person].start : seq[person].end]
            sign = seq[cue].text if cue >= 0 else leer
            one = (name, original[at], sign)
            why = f"a sexual emoji ({original[at]!r}) in a sentence about {name!r}, with {sign!r}"
            last = max(person, cue)
            yield sexual_hit(seq, min(person, last), last, one, why)
            pos = at + 2
            continue
        pair = original[at] + rest[0]
        person = _person_near(seq, cs, original, at)
        if person >= 0:
            name = original[seq[person].start : seq[person].end]
            words = (name, pair)
            why = f"a sexual emoji pair ({pair!r}) in a sentence about {name!r}"
            yield sexual_hit(seq, person, person, words, why)
            pos = at + 2


def _person_near(seq: Sequence[Token], cs: list[str], original: str, at: int) -> int:
    """The token naming a person closest to the character `at` in its sentence, else -1: an
    @mention, a pronoun, a person noun, or a capitalised word inside the sentence (a name)."""
    best, gap = -1, _PAIR_BEFORE + 1
    for k, t in enumerate(seq):
        if t.end <= at:
            between, dist = original[t.end : at], at - t.end
            if dist > _PAIR_BEFORE:
                continue
        elif t.start > at:
            between, dist = original[at : t.start], t.start - at
            if dist > _PAIR_AFTER:
                break
        else:
            continue
        if any(p in between for p in SENTENCE_END) or dist >= gap:
            continue
        c = cs[k]
        if (
            t.kind == "mention"
            or c in PERSON_PRONOUNS
            or c in PERSON_NOUNS
            or (c == "her" and (not phrase_goes_on(seq, cs, k) or cs[k + 1] in _GIVEN))
            or a_name(seq, cs, original, k)
        ):
            best, gap = k, dist
    return best


# After "her" as an indirect object: "gave her the discount".
_GIVEN = frozenset(("the", "a", "an", "my", "some", "this", "that"))
