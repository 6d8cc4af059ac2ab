"""Sexual remarks about a person that rest on a scene rather than a body word: a request for
photos without clothes ("send me pics without the uniform"), a wish to see under what someone
wears ("what's under that skirt"), underwear given to someone to try on "for me", the speaker's
hands said to wander, kneeling "for a promotion", a person pictured naked or tied up, and
colleagues rated on their looks ("rated the girls out of 10").

`sexual` calls `scene_at` for the words in `SCENE_WORDS`; like the rules there, none of these
fires on a word alone: each needs a person (an @mention, a pronoun, a person noun or a name) and
a second word that says what is meant.
"""

from __future__ import annotations

from collections.abc import Sequence

from auditor.scoring.context import StructHit, _w
from auditor.scoring.normalize import Token
from auditor.scoring.structures import CLOTHING, PERSON_NOUNS, a_name, negated_phrase

PICS = _w("pics pic photos photo pictures picture selfies selfie snaps vids videos nudes")
UNDERWEAR = _w("underwear lingerie knickers panties thong thongs bra bras stockings boxers bikini")
# "without the uniform", "with no clothes on", "out of that dress".
_WITHOUT = _w("without")
_CLOTHES = CLOTHING | UNDERWEAR | _w("clothes clothing kit")
WANDER = _w("wander wanders wandering wandered roam roams roaming roamed")
_JOBS = _w("promotion promo raise payrise bonus contract job role")
_BEG = _w("beg begging begged pray praying prayed scrub scrubbing tiling grouting weeding")
IMAGINE = _w("picture picturing pictured imagine imagining imagined")
RATED = _w("rank ranking ranked rate rating rated")
# People rated on their looks by sex: "rated all the girls out of 10".
_GENDERED = _w("girls women ladies chicks guys lads blokes boys men birds")
_LOOKS = _w("hotness looks fitness attractiveness fit hot hottest fittest sexiest shaggability")
SCENE_WORDS = PICS | UNDERWEAR | CLOTHING | WANDER | _w("knees tied") | RATED

_PEOPLE = _w("her him you u them she he")
_THIS = _w("that those this these her his your ur the")
_OWN = _w("wife husband partner girlfriend boyfriend fiance fiancee missus hubby")


def scene_at(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """The scene resting on token i (a word of `SCENE_WORDS`), if any."""
    c = cs[i]
    if c in PICS:
        return _pics(seq, cs, i)
    if c in WANDER:
        return _hands_wander(seq, cs, original, i)
    if c == "knees":
        return _knees_for_job(seq, cs, i)
    if c == "tied":
        return _pictured(seq, cs, original, i)
    if c in RATED:
        return _rated_on_looks(seq, cs, i)
    return _under_clothes(seq, cs, i) or _try_on_for_me(seq, cs, original, i)


def _person(seq: Sequence[Token], cs: list[str], original: str, k: int) -> bool:
    c = cs[k]
    return (
        seq[k].kind == "mention"
        or c in _PEOPLE
        or c in PERSON_NOUNS
        or a_name(seq, cs, original, k)
    )


def _pics(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """send (me) + pics + without/out of + clothes, or + in your underwear: "send me a few pics
    without the uniform", "pics of u in ur lingerie"; someone is asked (you, u, an @mention)."""
    n = len(seq)
    if not any(
        cs[k] in ("send", "sent", "sending", "dm", "share") for k in range(max(0, i - 5), i)
    ):
        return None
    end = -1
    for k in range(i + 1, min(n, i + 6)):
        c = cs[k]
        if (
            c in _WITHOUT
            or (c == "no" and cs[k - 1] == "with")
            or (c == "of" and cs[k - 1] == "out")
        ):
            end = next((m for m in range(k + 1, min(n, k + 4)) if cs[m] in _CLOTHES), -1)
        elif c == "in" and k + 1 < n and cs[k + 1] in ("your", "ur", "her", "his"):
            end = next((m for m in range(k + 2, min(n, k + 4)) if cs[m] in UNDERWEAR), -1)
        if end >= 0:
            break
    if end < 0:
        return None
    asked = next(
        (k for k in range(n) if seq[k].kind == "mention" or cs[k] in ("you", "u", "ur", "your")), -1
    )
    if asked < 0:
        return None
    said = " ".join(t.text for t in seq[i : end + 1])
    words = (seq[asked].text, said)
    why = f"a request for photos without clothes ({said!r}) to {seq[asked].text!r}"
    # "with no clothes" is what is asked for, not a denial: only look before the request.
    return StructHit("sexual.advance", i, end, words, why, negated_phrase(seq, i, i))


def _under_clothes(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """what's under / up + that/her + (one word) + clothing: "I'd love to see what's under that
    pencil skirt", "a look up her dress"."""
    for k in (i - 1, i - 2, i - 3):
        if k < 1 or cs[k] not in _THIS:
            continue
        prep = cs[k - 1]
        if (
            prep == "under" and k >= 2 and cs[k - 2] in ("what's", "whats", "what", "is", "see")
        ) or (prep == "up" and k >= 2 and cs[k - 2] in ("look", "peek", "see", "peep", "glimpse")):
            first = k - 2
        else:
            continue
        said = " ".join(t.text for t in seq[first : i + 1])
        why = f"a wish to see under what a person wears ({said!r})"
        return _hit(seq, first, i, (said,), why, "sexual.advance")
    return None


def _try_on_for_me(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """Underwear given to or asked of someone "for me": "edible underwear for Megan with a note
    'try these on for me'", "wear that lingerie for me"; one's own partner is not a colleague."""
    if cs[i] not in UNDERWEAR:
        return None
    n = len(seq)
    for k in range(n - 1):
        if cs[k] != "for" or cs[k + 1] != "me":
            continue
        verb = next(
            (m for m in range(k - 1, max(-1, k - 4), -1) if cs[m] in ("try", "wear", "model")), -1
        )
        if verb < 0:
            continue
        if any(c in _OWN for c in cs):
            return None
        said = " ".join(t.text for t in seq[verb : k + 2])
        words = (seq[i].text, said)
        why = f"underwear ({seq[i].text!r}) asked to be worn for the writer ({said!r})"
        return _hit(seq, min(i, verb), max(i, k + 1), words, why)
    return None


def _hands_wander(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """my hands + wander / roam, in a post about a person: "if Rachel wears that top again I'm
    not responsible for where my hands wander"."""
    if i < 2 or not (cs[i - 1] == "hands" or (cs[i - 2] == "hands" and cs[i - 1] in _MAY)):
        return None
    hands = i - 1 if cs[i - 1] == "hands" else i - 2
    if hands < 1 or cs[hands - 1] not in ("my", "his"):
        return None
    if i + 1 < len(seq) and cs[i + 1] == "to" and i + 2 < len(seq) and cs[i + 2] == "the":
        return None  # "my hands wander to the biscuit tin"
    person = next(
        (
            k
            for k in range(len(seq))
            if k not in (hands - 1, hands, i) and _person(seq, cs, original, k)
        ),
        -1,
    )
    if person < 0:
        return None
    said = " ".join(t.text for t in seq[hands - 1 : i + 1])
    words = (said, seq[person].text)
    why = f"unwanted touching hinted at ({said!r}) in a post about {seq[person].text!r}"
    return _hit(seq, hands - 1, i, words, why)


_MAY = _w("may might will would could start started")


def _knees_for_job(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """on (my/her) knees + for (a/that) promotion/raise: sex offered or said to be offered for a
    job; "begging on my knees for a raise" and "on my knees for the tiling job" are work."""
    n = len(seq)
    if i < 2 or cs[i - 2] != "on" or cs[i - 1] not in ("my", "her", "his", "your", "ur"):
        return None
    if any(cs[k] in _BEG for k in range(max(0, i - 6), i)):
        return None
    # "got that promotion on her knees": the job named before.
    job = next((k for k in range(i - 3, max(-1, i - 8), -1) if cs[k] in _JOBS), -1)
    if job >= 0:
        said = f"{seq[job].text} ... on {seq[i - 1].text} knees"
        why = f"sex hinted at as the price of a job ({said!r})"
        return _hit(seq, job, i, (seq[job].text, seq[i].text), why)
    for k in range(i + 1, min(n, i + 4)):
        if cs[k] != "for":
            continue
        job = next((m for m in range(k + 1, min(n, k + 3)) if cs[m] in _JOBS), -1)
        if job < 0 or any(cs[m] in _BEG for m in range(k + 1, job)):
            return None
        said = " ".join(t.text for t in seq[i - 2 : job + 1])
        why = f"sex hinted at as the price of a job ({said!r})"
        return _hit(seq, i - 2, job, (said,), why)
    return None


def _pictured(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """picturing / imagining + person + tied (up / to my desk): "spent the meeting picturing her
    tied to my desk"."""
    if i < 2 or not _person(seq, cs, original, i - 1) or cs[i - 2] not in IMAGINE:
        return None
    n = len(seq)
    if i + 1 >= n or cs[i + 1] not in ("up", "to"):
        return None
    if cs[i + 1] == "up" and i + 2 < n and cs[i + 2] in _BUSY:
        return None  # "picture him tied up in meetings"
    if cs[i + 1] == "to" and not any(cs[k] in _FURNITURE for k in range(i + 2, min(n, i + 5))):
        return None  # "picture him tied to the dock"
    words = (seq[i - 2].text, seq[i - 1].text, seq[i].text)
    why = f"a person pictured in a sexual scene ({' '.join(words)!r})"
    return _hit(seq, i - 2, i + 1, words, why)


_BUSY = _w("in with at on all by until till for")
_FURNITURE = _w("desk bed chair table bedpost headboard radiator")


def _rated_on_looks(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """rate/rank + (all the) girls/guys + out of 10 / by looks / hottest: colleagues rated on
    their looks; "rated the vendors out of 10" names no one by sex."""
    n = len(seq)
    who = next((k for k in range(i + 1, min(n, i + 5)) if cs[k] in _GENDERED), -1)
    if who < 0 or (who + 1 < n and seq[who + 1].text == "'"):
        return None
    end = -1
    for k in range(i + 1, min(n, who + 10)):
        if cs[k] in _LOOKS:
            end = k
            break
        if cs[k] == "out" and k + 2 < n and cs[k + 1] == "of" and cs[k + 2] in ("10", "ten", "5"):
            end = k + 2
            break
    if end < 0:
        return None
    said = " ".join(t.text for t in seq[i : end + 1])
    words = (seq[i].text, seq[who].text, seq[end].text)
    why = f"people rated on their looks ({said!r})"
    return _hit(seq, i, end, words, why)


def _hit(
    seq: Sequence[Token],
    start: int,
    last: int,
    words: tuple[str, ...],
    why: str,
    rule: str = "sexual.remark",
) -> StructHit:
    negated = negated_phrase(seq, start, last)
    if negated and start >= 1 and seq[start - 1].text.lower() in ("stop", "help"):
        negated = False  # "can't stop picturing her ...", "can't help imagining ..."
    return StructHit(rule, start, last, words, why, negated)
