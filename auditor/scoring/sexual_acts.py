"""Sexual remarks with a sex act, bed or a job got by sex: a sex verb with a person as its
object ("would smash the new intern", "eat her out"), or with none after a person ("the new
temp? would smash"), a judgement of a person in bed ("a freak in bed", ranking coworkers by
what they'd be like in bed), a wish to get someone into one's bed, and "hired for what she does
after hours". `sexual` dispatches to these by the word a remark rests on.
"""

from __future__ import annotations

from collections.abc import Sequence

from auditor.scoring.context import StructHit, same_sentence
from auditor.scoring.normalize import Token
from auditor.scoring.sexual_people import (
    OBJECTS,
    SLANG_PEOPLE,
    person_object,
    phrase_goes_on,
    sexual_hit,
    wish_before,
)
from auditor.scoring.structures import (
    AFTER_HOURS,
    BED_JUDGED,
    BED_PEOPLE,
    HIRED,
    IN_BED,
    IS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    POSSESSIVES,
    RANK,
    SUBJECT_IS,
)
from auditor.scoring.token_span import span


def sex_act(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """wish + smash/bang/shag + person: "would absolutely smash the new intern"; said as done
    ("smashed the new girl from sales") it needs no wish; "would tap that"; "eat her out"."""
    n = len(seq)
    start = wish_before(seq, cs, i, 3, would=True)
    done = cs[i] in _DONE
    if start < 0 and not done:
        return None
    if start < 0:
        start = i
    if cs[i] in ("tap", "hit", "smash") and i + 1 < n and cs[i + 1] == "that":
        if i + 2 >= n or not phrase_goes_on(seq, cs, i + 1):
            words = (seq[start].text, seq[i].text, seq[i + 1].text)
            why = f"a sexual remark about a person ({' '.join(words)!r})"
            return sexual_hit(seq, start, i + 1, words, why)
        return None
    at = i + 1
    if cs[i] == "eat" and cs[i + 1 : i + 3] in (["her", "out"], ["him", "out"], ["you", "out"]):
        said = (seq[start].text, seq[i].text, seq[i + 1].text, seq[i + 2].text)
        why = f"a sexual remark about a person ({' '.join(said)!r})"
        return sexual_hit(seq, start, i + 2, said, why)
    if cs[i] in ("climb", "climbed") and cs[i + 1 : i + 4] == ["on", "top", "of"]:
        at = i + 4  # "I'd climb on top of him"
    k = person_object(seq, cs, at)
    if k < 0 or (done and cs[k] in ("them", "you", "u")):
        return None  # "smashed them 5-0"
    if cs[i] == "eat":
        if k + 1 >= n or cs[k + 1] != "out":
            return None  # "eat her out" only
    elif k + 1 < n and cs[k + 1] in ("at", "in", "on", "up", "over", "out", "about", "by", "with"):
        return None  # "I'd smash you at chess", "bang him up", "ride him about the report"
    if k + 1 < n and seq[k + 1].kind == "number":
        return None  # "smashed them 3-0"
    words = (seq[start].text, seq[i].text, seq[k].text)
    why = f"a sexual remark about a person ({seq[i].text!r} with {seq[k].text!r} as its object)"
    return sexual_hit(seq, start, k, words, why)


def sex_act_alone(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """wish + smash/shag with no object, after a person in the same sentence: "shorty in
    accounts ... tryna smash after the party", "the new guy? would smash"; "smash it" and
    "smash the targets" have an object."""
    n = len(seq)
    if cs[i] not in ("smash", "shag", "bang"):
        return None
    if i + 1 < n and same_sentence(seq, original, i, i + 1) and cs[i + 1] not in _NO_OBJECT:
        return None
    wish = wish_before(seq, cs, i, 2, would=True)
    if wish < 0:
        return None
    person = -1
    for j in range(wish - 1, max(-1, wish - 13), -1):
        c = cs[j]  # may be the sentence before: "the new temp? would smash"
        if seq[j].kind == "mention" or c in PERSON_NOUNS or c in SLANG_PEOPLE or c in ("she", "he"):
            person = j
            break
    if person < 0:
        return None
    words = (seq[person].text, seq[wish].text, seq[i].text)
    said = f"{seq[wish].text} {seq[i].text}"
    why = f"a sexual wish about a person ({said!r} about {seq[person].text!r})"
    return sexual_hit(seq, person, i, words, why)


# Sex verbs in the past: "smashed the new girl from sales", said as done, need no wish.
_DONE = frozenset(("smashed", "banged", "shagged", "boned", "railed"))
# After "smash" with no object: "tryna smash after the party", "would smash tbh".
_NO_OBJECT = frozenset(
    [
        "after",
        "tonight",
        "later",
        "lol",
        "lmao",
        "fr",
        "tbh",
        "ngl",
        "no",
        "asap",
        "tho",
        "though",
        "honestly",
        "haha",
        "ffs",
    ]
)


def in_bed(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """person + is/be + a freak / great + in bed (in the sack, between the sheets): "bet the
    new receptionist is a freak in bed"; "how good they'd be in bed"; people ranked by what
    they would be like in bed; a wish to have a person in (or into) one's bed."""
    if cs[i] == "bed" and i >= 2 and cs[i - 1] == "my":
        return _into_my_bed(seq, cs, i)
    if phrase_goes_on(seq, cs, i):
        return None  # not "in bed rest"
    b = i - 1 if cs[i] == "bed" else i - 2  # the "in" of "in bed", "in the sack"
    if b < 2 or cs[b] not in ("in", "between") or (b < i - 1 and cs[i - 1] != "the"):
        return None
    if cs[b - 1] in IN_BED:
        person = _person_at(seq, cs, b - 7, b - 2)
        if person >= 0 and (
            cs[person] in SUBJECT_IS
            or any(cs[m] in IS or cs[m] == "be" for m in range(person + 1, b - 1))
        ):
            words = (seq[person].text, seq[b - 1].text, seq[b].text, seq[i].text)
            why = f"a judgement of a person's sex life ({' '.join(words[1:])!r} about {words[0]!r})"
            return sexual_hit(seq, person, i, words, why)
    # "how good they'd be in bed", "which of the auditors would be best in bed": a judgement
    # of what people would be like, with whom it is about.
    for j in range(b - 1, max(-1, b - 5), -1):
        if cs[j] not in BED_JUDGED:
            continue
        window = range(max(0, j - 4), b)
        modal = any(cs[m] == "be" or cs[m].endswith("'d") for m in window)
        person = next(
            (
                m
                for m in window
                if cs[m] in BED_PEOPLE or cs[m] in PERSON_NOUNS or seq[m].kind == "mention"
            ),
            -1,
        )
        if modal and person >= 0:
            first = min(j, person)
            words = (seq[person].text, seq[j].text, seq[b].text, seq[i].text)
            said = span(seq, first, i)
            why = f"a judgement of people's sex lives ({said!r})"
            return sexual_hit(seq, first, i, words, why)
        break
    # "ranking my coworkers by ... in bed"
    for j in range(b - 1, max(-1, b - 11), -1):
        if cs[j] not in RANK or j + 1 >= i:
            continue
        person = j + 1 if cs[j + 1] in OBJECTS else _person_at(seq, cs, j + 1, j + 3)
        if person >= 0:
            words = (seq[j].text, seq[person].text, seq[b].text, seq[i].text)
            why = f"people rated on sex ({' '.join(words)!r})"
            return sexual_hit(seq, j, i, words, why)
    return None


def _into_my_bed(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """wish + person + in / into + my bed: "I want her in my bed by Friday", "would love to
    get @sam into my bed"; "I want my bed" names no one."""
    if i < 3 or cs[i - 2] not in ("in", "into"):
        return None
    person = i - 3
    c = cs[person]
    if seq[person].kind != "mention" and c not in OBJECTS and c not in PERSON_NOUNS:
        return None
    if c in ("me", "us"):
        return None
    wish = wish_before(seq, cs, person, 5)
    if wish < 0:
        return None
    words = (seq[wish].text, seq[person].text, span(seq, i - 2, i))
    why = f"a sexual wish about a person ({' '.join(words)!r})"
    return sexual_hit(seq, wish, i, words, why, "sexual.advance")


def hired_for_sex(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """A job said to be got by sex: "hired for what she does after hours", "promoted for what
    he does on his knees", "slept her way to the top"."""
    n = len(seq)
    c = cs[i]
    if c not in HIRED:
        return None
    if c == "slept":
        if (
            i + 3 < n
            and cs[i + 1] in ("her", "his", "their", "my")
            and cs[i + 2] == "way"
            and cs[i + 3] in ("to", "into", "up")
        ):
            way = (seq[i].text, seq[i + 1].text, seq[i + 2].text)
            why = f"a job said to be got by sex ({' '.join(way)!r})"
            return sexual_hit(seq, i, i + 2, way, why)
        return None
    # hired/promoted + (for) what + she/he + does/did + after hours / on her knees
    for k in range(i + 1, min(n - 3, i + 6)):
        if cs[k] == "what" and cs[k + 1] in ("she", "he", "they") and cs[k + 2] in _DOES:
            for m in range(k + 3, min(n, k + 7)):
                if cs[m] in AFTER_HOURS and cs[m - 1] in ("after", "her", "his", "their"):
                    said = span(seq, k, m)
                    words = (seq[i].text, said)
                    why = f"a job said to be got by sex ({seq[i].text!r} for {said!r})"
                    return sexual_hit(seq, i, m, words, why)
            return None
    return None


_DOES = frozenset(("does", "did", "do"))


def _person_at(seq: Sequence[Token], cs: list[str], lo: int, hi: int) -> int:
    """The last @mention, pronoun or person noun among tokens lo..hi (clipped), else -1."""
    for k in range(min(hi, len(seq) - 1), max(lo, 0) - 1, -1):
        t = seq[k]
        c = cs[k]
        if t.kind == "mention" or c in PERSON_PRONOUNS or c in PERSON_NOUNS:
            return k
        if c in POSSESSIVES and not phrase_goes_on(seq, cs, k):
            return k
    return -1
