"""Propositions and innuendo: two propositions to someone addressed ("@jenna dinner tonight?
and then back to mine, no need to pack pyjamas"), and "if you know what I mean" / "if you catch
my drift" / "wink wink" in a post about a person with a body or sexual word. `sexual`
dispatches to these by the word that ends the proposition or the innuendo.
"""

from __future__ import annotations

from collections.abc import Sequence

from auditor.scoring.context import StructHit, same_sentence
from auditor.scoring.normalize import Token
from auditor.scoring.sexual_people import OBJECTS, sexual_hit
from auditor.scoring.sexual_scenes import strong_emoji
from auditor.scoring.structures import (
    ATTRACTIVE,
    BODY_WORDS,
    PERSON_NOUNS,
    PROPOSITION_ENDS,
    SEX_ACTS,
    TOUCH,
    a_name,
)
from auditor.scoring.token_span import span


def _proposition_at(seq: Sequence[Token], cs: list[str], original: str, i: int) -> int:
    """First token of the proposition ending at token i ("back to mine", "take u home", "no
    strings", "pack pyjamas", "bring a toothbrush", "netflix and chill", "pyjamas optional",
    "my (hotel) room", "room 414", "to my place", "the door unlocked", "u up?"), else -1."""
    c = cs[i]
    if c in _PROPOSITION_MORE:
        return _proposition_more(seq, cs, original, i)
    if c == "mine" and i >= 2 and cs[i - 1] == "to" and cs[i - 2] == "back":
        return i - 2
    if c == "mine" and i >= 1 and cs[i - 1] in ("at", "round"):
        return i - 1  # "drinks at mine after work?"
    if c == "home" and i >= 2 and cs[i - 2] in ("take", "taking") and cs[i - 1] in OBJECTS:
        return i - 2
    if c == "strings" and i >= 1 and cs[i - 1] == "no":
        return i - 1
    if c in _OVERNIGHT and i >= 1 and cs[i - 1] in ("pack", "bring"):
        return i - 1
    if c in _OVERNIGHT and i >= 2 and cs[i - 1] in ("a", "your", "ur") and cs[i - 2] == "bring":
        return i - 2
    return -1


_OVERNIGHT = frozenset(("pyjamas", "pajamas", "pjs", "toothbrush"))
_PROPOSITION_MORE = frozenset(
    ("chill", "optional", "room", "place", "unlocked", "unlatched", "up")
) | frozenset(("short", "tight", "sexy", "revealing", "skimpy", "lacy", "slutty"))
_OPTIONAL = _OVERNIGHT | frozenset(("clothes", "clothing", "underwear", "pants", "knickers"))
_HELLO = frozenset(("hey", "hi", "hiya", "yo", "oi", "so", "and"))


def _proposition_more(seq: Sequence[Token], cs: list[str], original: str, i: int) -> int:
    """`_proposition_at` for the words of `_PROPOSITION_MORE`."""
    c = cs[i]
    before = cs[i - 1] if i >= 1 else ""
    if c == "chill":
        return i - 2 if before == "and" and i >= 2 and cs[i - 2] == "netflix" else -1
    if c == "optional":
        return i - 1 if before in _OPTIONAL else -1
    if c == "room":
        if before == "my":
            return i - 1
        if before == "hotel" and i >= 2 and cs[i - 2] == "my":
            return i - 2
        # "room 414 after the dinner", not "room 101 booked for the retro".
        number = i + 2 < len(seq) and seq[i + 1].kind == "number"
        return i if number and cs[i + 2] in ("after", "tonight", "later") else -1
    if c == "place":
        return i - 2 if before == "my" and i >= 2 and cs[i - 2] in ("to", "at", "back") else -1
    if c in ("unlocked", "unlatched"):
        return i - 1 if before == "door" else -1
    if c != "up":  # "wear something short"
        wear = i >= 2 and cs[i - 2] in ("wear", "wearing") and before == "something"
        return i - 2 if wear else -1
    # "u up?", "@sam you up?", "hey Sofia u up?": a late-night call, asked on its own.
    if before not in ("you", "u") or not original[seq[i].end :].lstrip().startswith("?"):
        return -1
    if i >= 2 and not (
        seq[i - 2].kind == "mention"
        or cs[i - 2] in _HELLO
        or cs[i - 2] in ("are", "r")
        or a_name(seq, cs, original, i - 2)
        or not same_sentence(seq, original, i - 2, i - 1)
    ):
        return -1
    return i - 1


def proposition(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """Two propositions to someone addressed (an @mention, "you", "u"): "@jenna dinner tonight?
    and then back to mine, no need to pack pyjamas"; "back to mine for the match, @sam?" is one
    and stays clear."""
    first = _proposition_at(seq, cs, original, i)
    if first < 0:
        return None
    # The first proposition reports the post, with the next one as its second sign.
    if any(
        cs[k] in PROPOSITION_ENDS and _proposition_at(seq, cs, original, k) >= 0
        for k in range(first)
    ):
        return None
    other = next(
        (
            k
            for k in range(i + 1, len(seq))
            if cs[k] in PROPOSITION_ENDS and _proposition_at(seq, cs, original, k) >= 0
        ),
        -1,
    )
    if other < 0:
        return None
    addressed = next(
        (k for k, t in enumerate(seq) if t.kind == "mention" or cs[k] in ("you", "u", "ur")), -1
    )
    if addressed < 0:
        return None
    said = span(seq, first, i)
    second = span(seq, _proposition_at(seq, cs, original, other), other)
    words = (seq[addressed].text, said, second)
    why = f"a proposition ({said!r}, {second!r}) to someone addressed ({seq[addressed].text!r})"
    return sexual_hit(seq, first, i, words, why)


def innuendo(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """ "if you know what I mean" / "if you catch my drift" / "wink wink" in a post about a
    person with a body or sexual word: "the new physio has hands I'd love to feel ..., if you
    catch my drift"."""
    c = cs[i]
    if c == "mean":
        marker = i >= 3 and cs[i - 1] == "i" and cs[i - 2] == "what" and cs[i - 3] == "know"
        first = i - 3
    elif c == "drift":
        marker = i >= 2 and cs[i - 1] == "my" and cs[i - 2] in ("catch", "get")
        first = i - 2
    else:
        marker = i >= 1 and cs[i - 1] == "wink"
        first = i - 1
    if not marker:
        return None
    n = len(seq)
    outside = [k for k in range(n) if k < first or k > i]
    person = next(
        (
            k
            for k in outside
            if seq[k].kind == "mention"
            or cs[k] in PERSON_NOUNS
            or cs[k] in _THIRD_PERSON
            or (original and a_name(seq, cs, original, k))
        ),
        -1,
    )
    cue = next(
        (
            k
            for k in outside
            if (cs[k] in BODY_WORDS and not (k + 1 < n and cs[k + 1] in _NOT_BODY_AFTER))
            or (cs[k] in SEX_ACTS and cs[k] not in _PLAIN_ACTS)
            or cs[k] in ATTRACTIVE
            or (cs[k] in TOUCH and k and cs[k - 1] == "to")
        ),
        -1,
    )
    sign = seq[cue].text if cue >= 0 else strong_emoji(original)
    if person < 0 or not sign:
        return None
    last = max(i, person, cue)
    marker_text = span(seq, first, i)
    words = (marker_text, seq[person].text, sign)
    why = f"innuendo ({marker_text!r}) about a person ({seq[person].text!r}) with {sign!r}"
    return sexual_hit(seq, min(first, person, last), last, words, why)


# Sex verbs that are ordinary words too: not a sign of innuendo on their own.
_PLAIN_ACTS = frozenset(("eat", "tap", "ride", "climb", "climbed"))


_THIRD_PERSON = frozenset(("she", "he", "her", "him"))
# "hands-on", "hands free", "hands down": not a body.
_NOT_BODY_AFTER = frozenset(("on", "off", "free", "down", "up"))
