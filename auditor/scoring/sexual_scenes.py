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
from dataclasses import replace

from auditor.scoring.context import StructHit, _w, same_sentence
from auditor.scoring.normalize import Token
from auditor.scoring.sexual_people import phrase_goes_on, sexual_hit
from auditor.scoring.structures import (
    BODY_PARTS,
    BODY_WORDS,
    CLOTHING,
    IS,
    PERSON_NOUNS,
    SUBJECT_IS,
    a_name,
    negated_phrase,
)
from auditor.scoring.token_span import span

PICS = _w("pics pic photos photo pictures picture selfies selfie snaps vids videos nudes")
UNDERWEAR = _w("underwear lingerie knickers panties thong thongs bra bras stockings boxers bikini")
# "without the uniform", "with no clothes on", "out of that dress".
_WITHOUT = _w("without")
_CLOTHES = CLOTHING | UNDERWEAR | _w("clothes clothing kit")
WANDER = _w("wander wanders wandering wandered roam roams roaming roamed")
_JOBS = _w("promotion promo raise payrise bonus contract job role")
_BEG = _w("beg begging begged pray praying prayed scrub scrubbing tiling grouting weeding")
IMAGINE = _w("picture picturing pictured imagine imagining imagined")
RATED = _w("rank ranking ranked rate rating rated score scored scoring")
# People rated on their looks by sex: "rated all the girls out of 10".
_GENDERED = _w("girls women ladies chicks guys lads blokes boys men birds")
_LOOKS = _w("hotness looks fitness attractiveness fit hot hottest fittest sexiest shaggability")
# "the new temp is a total snack": slang nouns for an attractive person.
SNACK = _w("snack smokeshow smoke-show dime hottie baddie stunner thirst-trap")
# "the hottest people in the office": colleagues ranked on looks.
HOTTEST = _w("hottest sexiest fittest")
# "can't keep my eyes off her"; "what I'd do to her".
_EYES_OFF = _w("off")
SCENE_WORDS = (
    PICS | UNDERWEAR | CLOTHING | WANDER | _w("knees tied do") | RATED | SNACK | HOTTEST | _EYES_OFF
)
# Emoji that make a remark sexual: smirk, devil, tongue, kiss, aubergine, peach, droplets,
# hot face, drooling.
STRONG_EMOJI = (
    "\U0001f60f",
    "\U0001f608",
    "\U0001f445",
    "\U0001f48b",
    "\U0001f346",
    "\U0001f351",
    "\U0001f4a6",
    "\U0001f975",
    "\U0001f924",
)

_PEOPLE = _w("her him you u them she he")
_THIS = _w("that those this these her his your ur the")
_THIS_NEW = _THIS | _w("new")  # "off the new receptionist"
_THIS_CUT = _THIS | _w("tight short low little")  # "that skirt", "tight skirt"
_OWN = _w("wife husband partner girlfriend boyfriend fiance fiancee missus hubby")


def scene_at(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """The scene resting on token i (a word of `SCENE_WORDS`), if any."""
    c = cs[i]
    if c in PICS:
        return _pics(seq, cs, i)
    if c in WANDER:
        return _hands_wander(seq, cs, original, i)
    if c == "knees":
        return _knees_for_job(seq, cs, original, i)
    if c == "tied":
        return _pictured(seq, cs, original, i)
    if c in RATED:
        return _rated_on_looks(seq, cs, i)
    if c in SNACK:
        return _called_a_snack(seq, cs, original, i)
    if c in HOTTEST:
        return _hottest_people(seq, cs, i)
    if c == "off":
        return _eyes_off(seq, cs, original, i)
    if c == "do":
        return _do_to(seq, cs, i)
    return (
        _under_clothes(seq, cs, i)
        or _try_on_for_me(seq, cs, i)
        or _clothes_on(seq, cs, original, i)
    )


def strong_emoji(original: str) -> str:
    """The first emoji of `STRONG_EMOJI` in the post, else ""."""
    return next((e for e in STRONG_EMOJI if e in original), "")


def _called_a_snack(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """person + is + (a/such a/total) + snack / smokeshow / dime: "that receptionist is a
    total snack"; "the snack is on the table" says nothing of a person."""
    k = i - 1
    while k >= 0 and i - k <= 4 and cs[k] in _A_TOTAL:
        k -= 1
    if k < 0 or k == i - 1:
        return None  # "is snack", "snack time": no article
    if cs[k] in SUBJECT_IS:
        subject = k
    elif cs[k] in IS and k >= 1 and _person(seq, cs, original, k - 1):
        subject = k - 1
    else:
        return None
    if i + 1 < len(seq) and (cs[i + 1] in _NOT_A_PERSON_AFTER or phrase_goes_on(seq, cs, i)):
        return None  # "a snack bar", "a snack lover", "a stunner at Excel"
    words = (seq[subject].text, seq[i].text)
    why = f"a person ({seq[subject].text!r}) called sexually attractive ({seq[i].text!r})"
    return _hit(seq, subject, i, words, why)


_NOT_A_PERSON_AFTER = _w("bar box table machine drawer run at with for of")
_A_TOTAL = _w("a an such total absolute proper complete real right utter literal")


def _hottest_people(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """hottest / sexiest + people: "top 5 hottest people in the Leeds office", "the sexiest
    guys on the team"; "the hottest day" and "hottest takes" are weather and opinions."""
    who = next(
        (k for k in range(i + 1, min(len(seq), i + 3)) if cs[k] in _RATED_PEOPLE),
        -1,
    )
    if who < 0 or (cs[i] == "fittest" and cs[who] not in _GENDERED):
        return None
    if any(cs[k] in _SELF for k in range(max(0, i - 3), i)):
        return None  # "gonna be the sexiest Bat Woman": the writer's own costume
    said = span(seq, i, who)
    why = f"people rated on their looks ({said!r})"
    return _hit(seq, i, who, (seq[i].text, seq[who].text), why)


_SELF = _w("be i'm im am me myself feel felt feeling")
_COLLEAGUES = _w("people staff colleagues coworkers co-workers employees hires teachers nurses")
_RATED_PEOPLE = PERSON_NOUNS | _GENDERED | _COLLEAGUES  # who is ranked or rated on looks


def _eyes_off(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """keep / take + my eyes off + a person (or their body or clothes): "can't keep my eyes off
    her", "couldn't take my eyes off the new receptionist's legs"; "the screen" is no one."""
    if i < 3 or cs[i - 1] != "eyes" or cs[i - 2] != "my":
        return None
    if cs[i - 3] not in ("keep", "take", "tear", "keeping", "taking", "kept", "took"):
        return None
    n = len(seq)
    k = i + 1
    while k < n and k - i <= 3 and cs[k] in _THIS_NEW:
        if cs[k] in ("her", "his") and not (k + 1 < n and cs[k + 1] in _BODY_OR_CLOTHES):
            break
        k += 1
    if k >= n:
        return None
    c = cs[k]
    if c in ("you", "u") or not (_person(seq, cs, original, k) or c in _BODY_OR_CLOTHES):
        return None  # "can't keep my eyes off you" is mostly said to a partner
    said = span(seq, i - 3, k)
    why = f"a person watched sexually ({said!r})"
    # "can't keep my eyes off": the negation is part of the phrase.
    return StructHit("sexual.remark", i - 3, k, (said,), why)


_BODY_OR_CLOTHES = BODY_PARTS | BODY_WORDS | CLOTHING | UNDERWEAR


def _do_to(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """what / the things + I'd + do to + a person, with a body, clothing, bed or "alone" word in
    the post: "the things I would do to the new PM if I got her alone", "what I'd do to Marco
    if he wore those shorts". A name is taken only with a pronoun after it ("Marco if he"), so
    the rule reads tokens alone; with a sexual emoji the emoji rules speak."""
    n = len(seq)
    if i + 2 >= n or cs[i + 1] != "to":
        return None
    start = -1
    for j in range(i - 1, max(-1, i - 5), -1):
        if cs[j] in ("what", "things", "stuff") and any(
            cs[m] in _WOULD or seq[m].text.endswith("'d") for m in range(j + 1, i)
        ):
            start = j
            break
    if start < 0:
        return None
    person = next((k for k in range(i + 2, min(n, i + 9)) if _person(seq, cs, "", k)), -1)
    if person < 0:
        return None
    cue = next((k for k in range(n) if cs[k] in _DO_CUES), -1)
    if cue < 0:
        return None
    said = span(seq, start, person)
    sign = seq[cue].text
    words = (said, sign)
    why = f"a sexual remark about a person ({said!r}, with {sign!r})"
    return _hit(seq, start, person, words, why)


_WOULD = _w("would could i'd id i'll ill wanna")
_DO_CUES = _BODY_OR_CLOTHES | _w("alone bed naked table desk hot sexy")


def _clothes_on(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """that / those + clothing + on + a person, with a leering word or emoji: "that skirt on the
    new girl today... mercy 🥵"; or clothing + doing things to me: "@nina that dress is doing
    things to me"."""
    n = len(seq)
    if i < 1 or cs[i - 1] not in _THIS_CUT:
        return None
    for k in range(i + 1, min(n - 2, i + 6)):
        things = cs[k] in ("doing", "does", "did") and cs[k + 1] == "things"
        if things and cs[k + 2] == "to" and k + 3 < n and cs[k + 3] == "me":
            said = span(seq, i - 1, k + 3)
            why = f"what a person wears said to arouse the writer ({said!r})"
            return _hit(seq, i - 1, k + 3, (said,), why)
    if i + 2 >= n or cs[i + 1] != "on":
        return None
    person = next((k for k in range(i + 2, min(n, i + 5)) if _person(seq, cs, original, k)), -1)
    if person < 0:
        return None
    leer = next((k for k in range(person + 1, min(n, person + 6)) if cs[k] in _LEER_WORDS), -1)
    emoji = strong_emoji(original) or next((e for e in _LEER_EMOJI if e in original), "")
    if leer < 0 and not emoji:
        return None
    sign = seq[leer].text if leer >= 0 else emoji
    said = span(seq, i - 1, person)
    why = f"what a person wears remarked on ({said!r}, {sign!r})"
    return _hit(seq, i - 1, person, (said, sign), why)


_LEER_WORDS = _w("mercy phwoar damn lord wow fire yum yummy")
_LEER_EMOJI = ("\U0001f440", "\U0001f60d", "\U0001f525")


def _person(seq: Sequence[Token], cs: list[str], original: str, k: int) -> bool:
    c = cs[k]
    if c in _OWN:
        return False
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
    said = span(seq, i, end)
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
        said = span(seq, first, i)
        why = f"a wish to see under what a person wears ({said!r})"
        return _hit(seq, first, i, (said,), why, "sexual.advance")
    return None


def _try_on_for_me(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
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
        said = span(seq, verb, k + 1)
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
    said = span(seq, hands - 1, i)
    words = (said, seq[person].text)
    why = f"unwanted touching hinted at ({said!r}) in a post about {seq[person].text!r}"
    return _hit(seq, hands - 1, i, words, why)


_MAY = _w("may might will would could start started")


def _knees_for_job(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """on (my/her) knees + for (a/that) promotion/raise: sex offered or said to be offered for a
    job; "begging on my knees for a raise" and "on my knees for the tiling job" are work."""
    n = len(seq)
    if i < 2 or cs[i - 2] != "on" or cs[i - 1] not in ("my", "her", "his", "your", "ur"):
        return None
    if any(cs[k] in _BEG for k in range(max(0, i - 6), i)):
        return None
    # "got that promotion on her knees": the job named before.
    job = next((k for k in range(i - 3, max(-1, i - 8), -1) if cs[k] in _JOBS), -1)
    if job >= 0 and same_sentence(seq, original, job, i):
        said = f"{seq[job].text} ... on {seq[i - 1].text} knees"
        why = f"sex hinted at as the price of a job ({said!r})"
        return _hit(seq, job, i, (seq[job].text, seq[i].text), why)
    for k in range(i + 1, min(n, i + 4)):
        if cs[k] != "for":
            continue
        job = next((m for m in range(k + 1, min(n, k + 3)) if cs[m] in _JOBS), -1)
        if job < 0 or any(cs[m] in _BEG for m in range(k + 1, job)):
            return None
        said = span(seq, i - 2, job)
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
    if cs[i + 1] == "to":
        # "tied to my desk", not "tied to the dock" or "tied to a desk job".
        f = next((k for k in range(i + 2, min(n, i + 5)) if cs[k] in _FURNITURE), -1)
        if f < 0 or (f + 1 < n and not original[seq[f].end : seq[f + 1].start].strip()):
            return None
    words = (seq[i - 2].text, seq[i - 1].text, seq[i].text)
    why = f"a person pictured in a sexual scene ({' '.join(words)!r})"
    return _hit(seq, i - 2, i + 1, words, why)


_BUSY = _w("in with at on all by until till for")
_FURNITURE = _w("desk bed chair table bedpost headboard radiator")


def _rated_on_looks(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """rate/rank/score + people + on looks / by hotness: colleagues rated on their looks; "all
    the girls out of 10", "the new temp a solid 10" need no looks word ("rated the vendors out
    of 10" and "scored the candidates on experience" name no one by looks)."""
    n = len(seq)
    who = next(
        (k for k in range(i + 1, min(n, i + 5)) if cs[k] in _RATED_PEOPLE),
        -1,
    )
    if who < 0 or (who + 1 < n and seq[who + 1].text == "'"):
        return None
    end = -1
    for k in range(who + 1, min(n, who + 10)):
        c = cs[k]
        if c in _LOOKS and (c != "looks" or cs[k - 1] in ("on", "for", "by")):
            end = k
            break
        if (
            c in ("solid", "easy", "perfect", "strong")
            and k + 1 < n
            and seq[k + 1].kind == "number"
        ):
            end = k + 1
            break
        gendered = cs[who] in _GENDERED
        if gendered and c == "out" and k + 2 < n and cs[k + 1] == "of" and cs[k + 2] in _TEN:
            end = k + 2
            break
    if end < 0:
        return None
    said = span(seq, i, end)
    words = (seq[i].text, seq[who].text, seq[end].text)
    why = f"people rated on their looks ({said!r})"
    return _hit(seq, i, end, words, why)


_TEN = _w("10 ten 5 five 100")


def _hit(
    seq: Sequence[Token],
    start: int,
    last: int,
    words: tuple[str, ...],
    why: str,
    rule: str = "sexual.remark",
) -> StructHit:
    hit = sexual_hit(seq, start, last, words, why, rule)
    if hit.negated and start >= 1 and seq[start - 1].text.lower() in ("stop", "help"):
        # "can't stop picturing her ...", "can't help imagining ..."
        return replace(hit, negated=False)
    return hit
