"""Threats told by what harm leaves behind: where a person will end up ("put you in the hospital",
"you'll leave in a body bag" after a condition), what they will be left unable to do ("make sure
he can't walk", "a lesson he won't wake up from"), what they will have left ("he'll be lucky to
keep his teeth", "she won't leave in one piece"), a brick or a head through someone's window, a
disaster wished on someone's car or home ("hope his brakes fail") and a place "better burnt to
the ground". Called from `threats_passive.passive_threat`."""

from __future__ import annotations

from collections.abc import Sequence

from auditor.scoring.context import (
    BODY_PARTS,
    HARM,
    HARMED,
    PLACES,
    PROPERTY_TARGETS,
    SOMEONE,
    WISH,
    StructHit,
    _w,
    negated,
    same_sentence,
)
from auditor.scoring.normalize import Token
from auditor.scoring.threats_common import (
    BODY_OWNERS,
    CRASHING,
    GET,
    IF_WORDS,
    PERSONS,
    PROMISE,
    SELF,
    WISHING,
    condition_before,
    first_person,
    person,
    veiled_hit,
)

# "put you in the hospital", "he's going home in an ambulance"
_INTO = _w("put putting send sending")
_GOING = _w("go going goes leave leaving end ending be")
# "someone should put a brick through their window"
_THROW = _w(
    """
    put throw chuck lob toss putting throwing chucking shove shoving ram ramming smash
    smashing send sending push pushing
    """
)
_WINDOWS = _w("window windows windscreen windshield wall walls door desk table locker")
_THROUGH = _w("through into")
_THROW_CONTEXT = _w(
    "should 'll will gonna going wanna want hope someone somebody let's lets gotta could am i'm im"
)
# "lucky to walk", "lucky to keep his teeth", "lucky to leave in one piece"
_LEFT_ALIVE = _w("breathe breathing survive alive piece")
# "make sure he can't walk", "till they can't stand", "he won't be able to walk"
_UNABLE_FILLER = _w("to able be ever even properly again straight")
_CANNOT = _w("can't cant cannot won't wont couldn't couldnt never not")
_MODAL_SUBJ = _w("can will would could")
_UNTIL = _w("sure ensure till til until")
_WALK_ON = _w("in into away through past out over off around on by all up down")
# "hope his brakes fail", "hope her house burns down"
_GIVE_OUT = _w("give gives go goes fail fails")
_DOOMED = PROPERTY_TARGETS | PLACES | CRASHING
# What each disaster befalls: a plane crashes, brakes fail, a house burns down.
_DOOMED_BY = {
    "crash": CRASHING,
    "crashes": CRASHING,
    "fail": _w("brakes parachute engine steering"),
    "fails": _w("brakes parachute engine steering"),
}
_ADJECTIVE_FILLER = _w("new old nice fancy precious little big stupid shiny")
_RAZE_VERDICT = _w("should must ought deserves deserve needs need to hope")
_ASHES = _w("ground ashes crisp")


def aftermath(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """ "I'll put you in the hospital", "he's going home in an ambulance (if ...)", "you'll
    leave in a body bag"."""
    k = i - 1
    if cs[i] == "bag":
        if k < 0 or cs[k] != "body":
            return None
        k -= 1
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
    if cs[before - 1] in _INTO and cs[before] not in _INTO and person(seq, cs, original, before):
        return _put_in(seq, cs, i, before - 1, before)
    return None


def _intends(seq: Sequence[Token], cs: list[str], k: int) -> bool:
    return cs[k] in PROMISE or cs[k] in WISHING or seq[k].text.endswith("'ll")


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
    if cs[i] not in ("ambulance", "coffin", "bag"):
        return None
    subject = first_person(seq, cs, original, range(verb - 1, max(-1, verb - 4), -1))
    if subject < 0 or cs[subject] in SELF:
        return None
    cond = condition_before(seq, cs, original, subject, IF_WORDS, 15)
    if cond < 0:
        return None
    return veiled_hit(
        seq,
        subject,
        i,
        (cond, subject, verb, i),
        f"says someone will leave in {seq[i].text!r} if ...",
    )


def missile(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """ "someone should put a brick through their window", "gonna throw a rock through it", "I
    am putting his head through the windscreen" (someone else's head: never "my")."""
    n = len(seq)
    k = i - 1
    body = cs[i] in BODY_PARTS
    if body:
        if k < 1 or not (cs[k] in BODY_OWNERS or seq[k].text.endswith("'s")):
            return None
        k -= 1
    while k >= 0 and cs[k] in ("a", "the", "some", "one", "few", "couple", "of"):
        k -= 1
    if k < 1 or cs[k] not in _THROW:
        return None
    through = i + 1 if i + 1 < n and cs[i + 1] in _THROUGH else -1
    if through < 0 or (cs[through] == "into" and not body):
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


def lucky(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """ "he'll be lucky to walk again", "she'd be lucky to keep all her teeth": harm told by
    what a person will have left after it."""
    n = len(seq)
    if i < 2 or cs[i - 1] != "be" or i + 2 >= n or cs[i + 1] not in ("to", "if"):
        return None
    aux = i - 2
    if not (cs[aux] in ("will", "would", "gonna") or seq[aux].text.endswith(("'ll", "'d"))):
        return None
    subject = aux if cs[aux] in PERSONS else aux - 1
    if subject < 0 or not person(seq, cs, original, subject) or cs[subject] in SELF:
        return None
    left = -1
    for m in range(i + 2, min(n, i + 9)):
        cm = cs[m]
        if cm in _LEFT_ALIVE or (cm == "walk" and (m + 1 >= n or cs[m + 1] != "away")):
            left = m
            break
        if cm in BODY_PARTS and cs[m - 1] in BODY_OWNERS:
            left = m
            break
    if left < 0:
        return None
    return veiled_hit(
        seq, subject, left, (subject, i, left), "says a person will be lucky to survive harm"
    )


def disabled(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """ "make sure he can't walk to his car", "beat him till he can't stand", "a lesson he won't
    wake up from": harm told by what it leaves a person unable to do."""
    n = len(seq)
    c = cs[i]
    k = i - 1
    while k > 0 and cs[k] in _UNABLE_FILLER:
        k -= 1
    if k < 1 or not (cs[k] in _CANNOT or seq[k].text.endswith("n't")):
        return None
    subject = k - 1
    if cs[k] in ("not", "never") and cs[subject] in _MODAL_SUBJ and subject > 0:
        subject -= 1
    if not person(seq, cs, original, subject) or cs[subject] in SELF:
        return None
    last = i
    if c == "wake":
        if i + 1 >= n or cs[i + 1] != "up":
            return None
        last = i + 1
        if i + 2 < n and cs[i + 2] == "from":
            return veiled_hit(
                seq,
                subject,
                i + 2,
                (subject, k, i, i + 1, i + 2),
                "says a person will never wake up",
            )
    elif c == "walk" and i + 1 < n and cs[i + 1] in _WALK_ON:
        return None  # "make sure he can't walk in on the party"
    frame = next((m for m in range(subject - 1, max(-1, subject - 4), -1) if cs[m] in _UNTIL), -1)
    if frame < 0:
        return None
    if cs[frame] not in ("sure", "ensure") and not any(
        cs[m] in HARM or cs[m] in HARMED for m in range(max(0, frame - 5), frame)
    ):
        return None  # "we hiked until he couldn't walk" (only "kick him till he can't stand")
    return veiled_hit(
        seq, frame, last, (frame, subject, k, i), "says a person will be left unable to move"
    )


def in_one_piece(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """ "he won't be coming back to work in one piece", "she won't leave in one piece"."""
    if i < 4 or cs[i - 1] != "one" or cs[i - 2] != "in":
        return None
    start = max(0, i - 10)
    neg = next(
        (m for m in range(i - 3, start - 1, -1) if cs[m] in ("won't", "wont", "not", "never")),
        -1,
    )
    if neg < 1 or not same_sentence(seq, original, neg, i):
        return None
    subject = neg - 1
    if cs[subject] in _MODAL_SUBJ and subject > 0:
        subject -= 1
    if not person(seq, cs, original, subject) or cs[subject] in SELF:
        return None
    return veiled_hit(
        seq, subject, i, (subject, neg, i), "says a person will not come out of it in one piece"
    )


def wished_disaster(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """ "hope his brakes fail", "hope her house burns down", "praying that client's plane
    crashes": a disaster wished on someone's car, home or place of work (never one's own)."""
    n = len(seq)
    c = cs[i]
    verb = i
    if c == "brakes":
        verb = next((m for m in range(i + 1, min(n, i + 3)) if cs[m] in _GIVE_OUT), -1)
        if verb < 0:
            return None
        thing = i
    else:
        if c == "blows" and (i + 1 >= n or cs[i + 1] != "up"):
            return None
        doomed = _DOOMED_BY.get(c, _DOOMED)
        thing = next((m for m in range(i - 1, max(-1, i - 4), -1) if cs[m] in doomed), -1)
        if thing < 0:
            return None
    owner = thing - 1
    while owner >= 0 and cs[owner] in _ADJECTIVE_FILLER:
        owner -= 1
    if owner < 0 or cs[owner] in SELF:
        return None
    theirs = cs[owner] in BODY_OWNERS or (
        seq[owner].text.endswith("'s") and cs[owner] not in ("it's", "that's", "what's")
    )
    if not theirs and not (cs[owner] in ("the", "that", "this") and cs[thing] in PLACES):
        return None
    wish = condition_before(seq, cs, original, owner, WISH)
    if wish < 0:
        return None
    return StructHit(
        "threat.wish",
        wish,
        verb,
        tuple(seq[m].text for m in (wish, owner, thing, verb)),
        f"wishes a disaster on someone's {seq[thing].text!r} ({seq[wish].text!r} ... "
        f"{seq[verb].text!r})",
        negated(seq, wish, 2) or negated(seq, verb, 2),
    )


def razed(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """ "the HR office would look better burnt to the ground", "that depot deserves to be
    torched": a place said to be better, or to deserve to be, burnt down."""
    n = len(seq)
    nxt = cs[i + 1] if i + 1 < n else ""
    down = nxt == "down" or (
        nxt == "to" and any(cs[m] in _ASHES for m in range(i + 2, min(n, i + 4)))
    )
    if not down and cs[i] != "torched":
        return None
    why = -1
    for m in range(i - 1, max(-1, i - 5), -1):
        if cs[m] == "better" or (cs[m] in GET and m > 0 and cs[m - 1] in _RAZE_VERDICT):
            why = m
            break
    if why < 0:
        return None
    place = condition_before(seq, cs, original, why, PLACES, 8)
    if place < 0 or (place > 0 and cs[place - 1] in SELF):
        return None
    return StructHit(
        "threat.wish",
        place,
        i + 1 if down else i,
        (seq[place].text, seq[why].text, seq[i].text),
        f"says a place ({seq[place].text!r}) should be burnt down ({seq[why].text!r} ... "
        f"{seq[i].text!r})",
        negated(seq, why, 3),
    )
