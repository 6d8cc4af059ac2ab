"""Threats said without "I'll" + verb + person: harm wished or promised in the passive ("hope he
gets shot", "she deserves to be punched", "that contractor is gonna get his teeth knocked in"),
where a person will end up ("put you in the hospital", "he's going home in an ambulance"), a
brick through someone's window, and veiled ones (a little 'accident', "would be a shame if
something happened to your car").

`threats.threats` calls `passive_threat` for a token reading as one of `HARMED`, `AFTERMATH`,
`MISSILES` or `VEILED_CUES` (all in `context.THREAT_CUES`, so the gate lets such posts through).
"""

from __future__ import annotations

from collections.abc import Sequence

from auditor.scoring.context import (
    AFTERMATH,
    BODY_PARTS,
    GROUPS,
    HARM,
    HARMED,
    MISSILES,
    PEOPLE_TARGETS,
    PROPERTY_TARGETS,
    SECOND_PERSON,
    SOMEONE,
    THREAT_TARGETS,
    VEILED_CUES,
    WISH,
    StructHit,
    _w,
    negated,
    same_sentence,
)
from auditor.scoring.normalize import Token

_GET = _w("get gets getting be")
# Between "get" and the participle: whose body ("get his teeth knocked in") and how badly.
_BODY_PHRASE = _w("both all his her their your ur its the whole really properly badly seriously")
# Before "be": "deserves to be punched", "should be shot", "will be beaten up".
_BEFORE_BE = _w("to should must will ought gonna")
# A wish or a verdict of what someone deserves (not a warning: "you'll get killed on that bike").
_WISHING = WISH | _w("deserves deserve deserved needs need should ought must")
_PROMISE = _w("gonna going will i'll he'll she'll they'll you'll gotta")
_PERSONS = _w(
    "he she they him her them you u ya y'all yall his their your ur he's she's they're you're"
    " he'll she'll they'll you'll hes shes theyre youre"
)
_SELF = _w("i i'm im me we us my our myself i'd i've")
# Participles that need a body part ("get his legs broken"), or a word after them.
_NEED_BODY = _w("broken broke smashed knocked kicked")
_VEHICLES = _w("bus car truck train lorry van taxi tram")
_NOT_AFTER = {"killed": "off", "shot": "down", "knocked": "out", "broke": "up"}
_INTO = _w("put putting send sending")
_GOING = _w("go going goes leave leaving end ending be")
_IF = _w("if next time again touches touch keeps keep")
_THROW = _w("put throw chuck lob toss putting throwing chucking")
_WINDOWS = _w("window windows windscreen windshield")
_THROW_CONTEXT = _w(
    "should 'll will gonna going wanna want hope someone somebody let's lets gotta could"
)
_QUOTES = "'\"‘’“”"
_HAPPEN = _w("happened happens happen")
_ANYTHING = _w("something anything")


def passive_threat(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """The threat around cue token i (`cs`: `context.canon` of every token), if any."""
    c = cs[i]
    if c in HARMED:
        return _passive(seq, cs, original, i, c)
    if c in AFTERMATH:
        return _aftermath(seq, cs, original, i)
    if c in MISSILES:
        return _missile(seq, cs, i)
    if c in VEILED_CUES:
        return _veiled(seq, cs, original, i, c)
    return None


def _person(seq: Sequence[Token], cs: list[str], original: str, k: int) -> bool:
    """Token k names someone other than the writer: a pronoun, a mention, a person noun, a
    group or a capitalised name."""
    t = seq[k]
    c = cs[k]
    if t.kind == "mention" or c in _PERSONS or c in SECOND_PERSON:
        return True
    if c in THREAT_TARGETS or c in PEOPLE_TARGETS or c in GROUPS:
        return c not in _SELF
    raw = original[t.start : t.end]
    return k > 0 and raw.istitle() and raw.isalpha() and raw not in ("I", "It", "The")


def _intends(seq: Sequence[Token], cs: list[str], k: int) -> bool:
    return cs[k] in _PROMISE or cs[k] in _WISHING or seq[k].text.endswith("'ll")


def _passive(
    seq: Sequence[Token], cs: list[str], original: str, i: int, c: str
) -> StructHit | None:
    n = len(seq)
    nxt = cs[i + 1] if i + 1 < n else ""
    if _NOT_AFTER.get(c) == nxt:
        return None  # "killed off" (a character), "shot down" (an idea)
    # Back from the participle over a body-part phrase to "get" / "be".
    get = body = owner = -1
    for k in range(i - 1, max(-1, i - 6), -1):
        ck = cs[k]
        if ck in _GET:
            get = k
            break
        if ck in BODY_PARTS and body < 0:
            body = k
        elif seq[k].text.endswith("'s") and len(seq[k].text) > 2:
            owner = k  # "that guy's (face)"
        elif ck not in _BODY_PHRASE:
            return None
        if ck in ("his", "her", "their", "your", "ur"):
            owner = k
    if get < 0 or (body >= 0 and owner < 0):
        return None  # "get the job done", "get a leg up"
    if cs[get] == "be" and (get == 0 or cs[get - 1] not in _BEFORE_BE):
        return None
    last = i
    if c in _NEED_BODY and body < 0:
        return None
    if c == "run":
        if nxt != "over":
            return None
        last = i + 1
    elif c == "hit" and body < 0:
        by = next((m for m in range(i + 1, min(n, i + 5)) if cs[m] in _VEHICLES), -1)
        if by < 0 or nxt != "by":
            return None  # "get hit with a fine", "hit the target"
        last = by
    elif c == "beaten" and body < 0:
        if nxt not in ("up", "senseless"):
            return None  # "hope they get beaten on Saturday" is sport
        last = i + 1
    # What comes before "get": a wish or a verdict, or a promise with a body part, in the same
    # sentence, and someone other than the writer it falls on.
    why = -1
    for k in range(get - 1, max(-1, get - 16), -1):
        if not same_sentence(seq, original, k, get):
            break
        ck = cs[k]
        # A hope may come a clause earlier ("hope the guy who keyed my car gets ..."); a
        # verdict or a promise is said of the harm itself ("should be", "deserves to be",
        # "gonna get his teeth ...").
        if ck in WISH or (get - k <= 2 and (ck in _WISHING or (body >= 0 and ck in _PROMISE))):
            why = k
            break
    if why < 0:
        return None
    subject = owner
    if subject < 0:
        subject = next(
            (k for k in range(get - 1, why, -1) if _person(seq, cs, original, k)),
            -1,
        )
        if subject < 0 and why > 0 and _person(seq, cs, original, why - 1):
            subject = why - 1  # "she deserves to be punched"
    if subject < 0 or cs[subject] in _SELF:
        return None  # "I hope I get picked", "we deserve to be beaten up" (said of oneself)
    words = tuple(seq[k].text for k in dict.fromkeys((why, subject, get, i)) if k >= 0)
    first = min(why, subject)
    rule = "threat.wish" if cs[why] in _WISHING else "threat.structure"
    return StructHit(
        rule,
        first,
        last,
        words,
        f"wishes or promises harm on someone ({' '.join(repr(w) for w in words)})",
        negated(seq, why, 2) or negated(seq, get, 2) or negated(seq, subject, 1),
    )


def _aftermath(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """ "I'll put you in the hospital", "he's going home in an ambulance (if ...)"."""
    k = i - 1
    while k >= 0 and cs[k] in ("a", "an", "the", "his", "her", "your", "their"):
        k -= 1
    if k < 1 or cs[k] not in ("in", "into", "to"):
        return None
    before = k - 1  # the word before "in": a going verb, or the person put there
    if cs[before] == "home":
        before -= 1
    if before < 1:
        return None
    if cs[before] in _GOING:
        return _leave_in(seq, cs, original, i, before)
    if cs[before - 1] in _INTO and cs[before] not in _INTO and _person(seq, cs, original, before):
        return _put_in(seq, cs, i, before - 1, before)
    return None


def _put_in(seq: Sequence[Token], cs: list[str], i: int, put: int, whom: int) -> StructHit | None:
    """ "I'll put you in the hospital": intent, "put" or "send", a person, a place of harm."""
    intent = next((m for m in range(put - 1, max(-1, put - 4), -1) if _intends(seq, cs, m)), -1)
    if intent < 0:
        return None
    words = tuple(seq[m].text for m in (intent, put, whom, i))
    return StructHit(
        "threat.structure",
        intent,
        i,
        words,
        f"says someone will be put in {seq[i].text!r} ({' '.join(map(repr, words))})",
        negated(seq, intent, 2),
    )


def _leave_in(
    seq: Sequence[Token], cs: list[str], original: str, i: int, verb: int
) -> StructHit | None:
    """ "he's going home in an ambulance" / "you'll leave in a coffin", said as what follows
    if something happens ("if", "next time", "again")."""
    if cs[i] not in ("ambulance", "coffin"):
        return None
    subject = next(
        (m for m in range(verb - 1, max(-1, verb - 4), -1) if _person(seq, cs, original, m)), -1
    )
    if subject < 0 or cs[subject] in _SELF:
        return None
    cond = next(
        (
            m
            for m in range(subject - 1, max(-1, subject - 16), -1)
            if cs[m] in _IF and same_sentence(seq, original, m, subject)
        ),
        -1,
    )
    if cond < 0:
        return None
    words = (seq[cond].text, seq[subject].text, seq[verb].text, seq[i].text)
    return StructHit(
        "threat.veiled",
        subject,
        i,
        words,
        f"says someone will leave in {seq[i].text!r} if ... ({' '.join(map(repr, words))})",
        negated(seq, subject, 2),
    )


def _missile(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """ "someone should put a brick through their window", "gonna throw a rock through it"."""
    n = len(seq)
    k = i - 1
    while k >= 0 and cs[k] in ("a", "the", "some", "one", "few", "couple", "of"):
        k -= 1
    if k < 1 or cs[k] not in _THROW:
        return None
    through = i + 1 if i + 1 < n and cs[i + 1] == "through" else -1
    if through < 0:
        return None
    window = next((m for m in range(through + 1, min(n, through + 7)) if cs[m] in _WINDOWS), -1)
    if window < 0:
        return None
    context = next(
        (
            m
            for m in range(k - 1, max(-1, k - 5), -1)
            if cs[m] in _THROW_CONTEXT or cs[m] in SOMEONE or seq[m].text.endswith("'ll")
        ),
        -1,
    )
    if context < 0:
        return None
    words = tuple(seq[m].text for m in (context, k, i, through, window))
    return StructHit(
        "threat.structure",
        context,
        window,
        words,
        f"says a {seq[i].text!r} should go through a window ({' '.join(map(repr, words))})",
        negated(seq, context, 2),
    )


def _veiled(seq: Sequence[Token], cs: list[str], original: str, i: int, c: str) -> StructHit | None:
    n = len(seq)
    tok = seq[i]
    if c == "accident":
        # Only a quoted 'accident', said of someone: "if she had a little 'accident'".
        before = original[tok.start - 1] if tok.start > 0 else ""
        after = original[tok.end] if tok.end < len(original) else ""
        if before not in _QUOTES or after not in _QUOTES:
            return None
        subject = next(
            (m for m in range(i - 1, max(-1, i - 8), -1) if _person(seq, cs, original, m)), -1
        )
        if subject < 0 or cs[subject] in _SELF:
            return None
        said = (seq[subject].text, tok.text)
        return StructHit(
            "threat.veiled",
            subject,
            i,
            said,
            f"an 'accident' in quotes, wished on someone ({seq[subject].text!r})",
            negated(seq, subject, 2),
        )
    # "(would be a) shame if something happened to your car", "... if his van got its brake
    # lines cut".
    if i + 1 >= n or cs[i + 1] != "if":
        return None
    end = min(n, i + 14)
    harm = next(
        (
            m
            for m in range(i + 2, end)
            if (cs[m] in _HAPPEN and cs[m - 1] in _ANYTHING)
            or ((cs[m] in HARM or cs[m] in HARMED) and cs[m - 1] not in ("a", "the"))
        ),
        -1,
    )
    if harm < 0 or not same_sentence(seq, original, i, harm):
        return None
    target = next(
        (
            m
            for m in range(i + 2, min(n, harm + 4))
            if m != harm
            and (_person(seq, cs, original, m) or cs[m] in PROPERTY_TARGETS or cs[m] in _VEHICLES)
        ),
        -1,
    )
    if target < 0 or cs[target] in _SELF:
        return None
    last = max(harm, target)
    words = tuple(seq[m].text for m in (i, i + 1, harm, target))
    return StructHit(
        "threat.veiled",
        i,
        last,
        words,
        f"'{tok.text} if' + harm to someone or theirs ({' '.join(map(repr, words))})",
        negated(seq, i, 2),
    )
