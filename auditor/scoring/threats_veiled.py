"""Veiled threats: a little 'accident', "would be a shame if something happened to your car",
"what if someone keyed his car", "would hate for anything to happen to that nice house of
yours", lying in wait ("I'll be waiting by her car" after a condition), what happens to
snitches, "he will be dealt with. Quietly.", a talk "with a crowbar", "accidents happen" said to a
person, and "watch your back" (not as contest banter). Called from
`threats_passive.passive_threat`."""

from __future__ import annotations

from collections.abc import Sequence

from auditor.scoring.context import (
    AFTERMATH,
    BODY_PARTS,
    HARM,
    HARMED,
    PROPERTY_TARGETS,
    SECOND_PERSON,
    WEAPONS,
    StructHit,
    _w,
    negated,
    same_sentence,
)
from auditor.scoring.normalize import Token
from auditor.scoring.threats_common import (
    BODY_OWNERS,
    CRASHING,
    IF_WORDS,
    SELF,
    condition_before,
    contest,
    first_person,
    person,
    veiled_hit,
)

# Lying in wait: "waiting by her car", "waiting for him after close".
_WAIT_BY = _w("by outside at near behind round around in")
_WAIT_PLACES = _w("car van bike house home flat door gate gates school dock carpark driveway")
_AFTER_WORK = _w("shift work close closing hours school clocks clock tonight leaves finishes")
# "would be awful if somebody was waiting at the gate"
_VEILED_FRAME = _w("awful terrible tragic shame pity sad")
# "shame if ...", "would be funny if ...": any harm after them is veiled (not concern).
_PLAIN_FRAME = _w("shame pity funny hilarious")
_CATCH = _w("caught catches catch set sets")  # ... fire
_BRAKES = _w("brake brakes")
_THINGS = PROPERTY_TARGETS | _BRAKES | _w("bike motorbike")
_THEIRS = PROPERTY_TARGETS | _w(
    "kids children son daughter wife husband partner family garden dog cat it yours"
)
_MISHAP = _w("an little nasty unfortunate terrible bad serious")
# A quoted 'accident'; "if something happened to", "hate for anything to happen to".
_QUOTES = "'\"‘’“”"
_HAPPEN = _w("happened happens happen")
_ANYTHING = _w("something anything")
_VEILED_TAGS = (
    "just saying",
    "just sayin",
    "food for thought",
    "think about that",
    "remember that",
    "keep that in mind",
    "mark my words",
    "sleep well",
    "asking for a friend",
    "😉",
    "😏",
    "🙂",
    "😈",
)
# "accidents happen to people who talk"
_THOSE = _w("people those anyone snitches folk folks whoever")
_THIRD_PERSON = _w("he she him her his he's she's hes shes he'd she'd he'll she'll")
# "what happens to snitches", "... to people who grass", "... to anyone who crosses us"
_INFORM = _w(
    """
    snitch snitches snitched snitching grass grasses grassed grassing ratted ratting squeal
    squealer squealers narc narcs informer informers
    """
)
_CROSS = _w("cross crosses crossed betray betrays betrayed")
_GRASS_ON = _w("on to up us me")
# "he will be dealt with. Quietly."
_QUIETLY = _w("quietly permanently")
_NOBODY = _w("nobody noone nobody's")
# "discuss it with a crowbar"
_WITH_FILLER = _w("a an the my his her our some this that big little trusty baseball cricket metal")
_TALK = _w(
    """
    lesson discuss discussing talk talking chat chatting reason reasoning settle settling negotiate
    negotiating explain explaining convince convincing persuade persuading debate resolve
    """
)
_WEAPON_TRADE = _w(
    """
    expert experts supplier suppliers maker makers shop store company crime control law laws
    policy amnesty safety club range licence license owner owners collector collection
    """
)
# "watch your back"
_YOUR = _w("your ur yo ya yer")
_LIFTING = _w("lifting lift lifts bending posture ice icy slippery stairs")
_REAL_HARM = (
    WEAPONS
    | BODY_PARTS
    | AFTERMATH
    | _w("kill murder shoot stab hurt punch slap strangle choke poison torch knife blood die dead")
)
_GRUDGE = _w("fired sacked snitch snitched snitching grassed ratted reported revenge payback")


def veiled_frame(
    seq: Sequence[Token], cs: list[str], original: str, i: int, c: str
) -> StructHit | None:
    n = len(seq)
    tok = seq[i]
    if c == "accident":
        # Only a quoted 'accident', said of someone: "if she had a little 'accident'".
        before = original[tok.start - 1] if tok.start > 0 else ""
        after = original[tok.end] if tok.end < len(original) else ""
        if before not in _QUOTES or after not in _QUOTES:
            return None
        subject = first_person(seq, cs, original, range(i - 1, max(-1, i - 8), -1))
        if subject < 0 or cs[subject] in SELF:
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
    # After "awful" or "terrible" only a veiled harm ("if something happened to your kids"):
    # "would be terrible if you got hurt" is said in concern.
    plain = c in _PLAIN_FRAME
    harm = next(
        (
            m
            for m in range(i + 2, end)
            if (cs[m] in _HAPPEN and cs[m - 1] in _ANYTHING)
            or (cs[m] == "accident" and cs[m - 1] in _MISHAP)
            or (cs[m] == "fire" and cs[m - 1] in _CATCH)
            or ((cs[m] in HARM or cs[m] in HARMED) and cs[m - 1] not in ("a", "the"))
        ),
        -1,
    )
    if harm < 0 or not same_sentence(seq, original, i, harm) or contest(cs, original, i):
        return None  # (not "funny if someone beat the CEO at ping pong")
    target = next(
        (
            m
            for m in range(i + 2, min(n, harm + 6))
            if m != harm
            and (
                person(seq, cs, original, m)
                or cs[m] in PROPERTY_TARGETS
                or cs[m] in CRASHING
                or cs[m] in _BRAKES
            )
        ),
        -1,
    )
    if target < 0 or cs[target] in SELF:
        return None
    if not plain and not _tagged(original):
        # "would be terrible if something happened to you", "... if you got hurt" may be
        # concern: after "awful", "sad" or "terrible" only harm to what is theirs ("if her
        # tyres were slashed", "if something happened to your kids").
        veiled = cs[harm] not in HARM and cs[harm] not in HARMED
        theirs = _THEIRS if veiled else _THINGS
        target = next((m for m in range(target, min(n, harm + 6)) if cs[m] in theirs), -1)
        if target < 0:
            return None
    return veiled_hit(
        seq,
        i,
        max(harm, target),
        (i, i + 1, harm, target),
        f"'{tok.text} if' + harm to someone or theirs",
    )


def _tagged(original: str) -> bool:
    """The post ends a hint with a veiled tag ("just saying", "food for thought", a wink)."""
    lowered = original.lower()
    return any(tag in lowered for tag in _VEILED_TAGS)


def if_someone(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """ "what if someone slashed his tyres tonight?", "wouldn't it be funny if somebody keyed
    the CEO's car": harm suggested as a thing someone might do, to a person or theirs."""
    if cs[i - 2] != "if":
        return None
    n = len(seq)
    target = -1
    for m in range(i + 1, min(n, i + 5)):
        if cs[m] in PROPERTY_TARGETS or cs[m] in BODY_PARTS or person(seq, cs, original, m):
            target = m
            break
    if target < 0 or cs[target] in SELF or contest(cs, original, i):
        return None
    return veiled_hit(
        seq, i - 2, target, (i - 2, i - 1, i, target), "suggests someone might do harm"
    )


def hate_for(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """ "would hate for anything to happen to that nice house of yours"."""
    n = len(seq)
    if (
        i + 4 >= n
        or cs[i + 1] != "for"
        or cs[i + 2] not in _ANYTHING
        or cs[i + 3] != "to"
        or cs[i + 4] not in _HAPPEN
        or (i > 0 and cs[i - 1] not in ("would", "i'd", "we'd", "d"))
    ):
        return None
    target = next(
        (m for m in range(i + 5, min(n, i + 11)) if cs[m] in _THEIRS or cs[m] in CRASHING),
        -1,
    )
    if target < 0 and not _tagged(original):
        return None
    last = max(target, i + 4)
    return veiled_hit(
        seq, i, last, (i, i + 2, i + 4, last), "would 'hate for something to happen' to someone's"
    )


def lying_in_wait(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """ "if she writes me up again I'll be waiting by her car", "next time he does that the
    lads will wait for him after close", "would be awful if somebody was waiting at the gate":
    waiting for a person, or at their car, home or gate, after a condition or in a veiled
    warning (never "I'll be waiting for you at the station if your train is late")."""
    n = len(seq)
    whom = place = -1
    owned = False
    k = i + 1
    while k < min(n, i + 8) and whom < 0 and place < 0:
        if cs[k] == "for" and k + 1 < n and person(seq, cs, original, k + 1):
            whom = k + 1
        elif cs[k] in _WAIT_BY:
            for m in range(k + 1, min(n, k + 5)):
                if cs[m] in _WAIT_PLACES:
                    place = m
                    break
                if cs[m] in SELF:
                    break
                owned = owned or cs[m] in BODY_OWNERS or seq[m].text.endswith("'s")
        k += 1
    target = max(whom, place)
    if target < 0 or (whom >= 0 and cs[whom] in SELF):
        return None
    when = next((m for m in range(target + 1, min(n, target + 9)) if cs[m] in _AFTER_WORK), -1)
    frame = condition_before(seq, cs, original, i, _VEILED_FRAME)
    if frame < 0:
        frame = condition_before(seq, cs, original, i, IF_WORDS)
        if frame < 0 or not (owned or (whom >= 0 and when >= 0)):
            return None
        if cs[frame] == "if":
            # What the person does: "if she writes me up again" (not "if you see him").
            doer = first_person(seq, cs, original, range(frame + 1, min(n, frame + 4)))
            if doer < 0 or cs[doer] in SELF or (cs[doer] in SECOND_PERSON and not owned):
                return None
    last = max(target, when)
    return veiled_hit(
        seq, frame, last, (frame, i, target), "says someone will be lying in wait for a person"
    )


def what_happens(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """ "you know what happens to snitches", "remember what happened to the last guy who grassed
    on us?": a warning told by what befalls informers."""
    n = len(seq)
    if i < 1 or cs[i - 1] not in ("what", "wat", "wot") or i + 2 >= n or cs[i + 1] != "to":
        return None
    for m in range(i + 2, min(n, i + 10)):
        if not same_sentence(seq, original, i, m):
            return None
        cm = cs[m]
        if cm == "grass" and (m + 1 >= n or cs[m + 1] not in _GRASS_ON):
            continue  # "people who grass-feed their cattle"
        if cs[i] == "happened" and cs[m - 1] not in ("who", "that"):
            continue  # "what happened to the snitch in that film" (a story, not a warning)
        if cm in _INFORM or (cm in _CROSS and m + 1 < n and cs[m + 1] in ("me", "us")):
            return veiled_hit(
                seq, i - 1, m, (i - 1, i, m), "warns of what happens to people who inform"
            )
    return None


def dealt_with(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """ "he will be dealt with. Quietly.", "she's gonna be dealt with when nobody's watching"."""
    n = len(seq)
    if i < 2 or cs[i - 1] != "be" or i + 1 >= n or cs[i + 1] != "with":
        return None
    subject = first_person(seq, cs, original, range(i - 2, max(-1, i - 5), -1))
    if subject < 0 or cs[subject] in SELF:
        return None
    for m in range(i + 2, min(n, i + 10)):
        cm = cs[m]
        if cm in _QUIETLY or (
            cm in _NOBODY and m + 1 < n and seq[m + 1].text.startswith(("watch", "look"))
        ):
            return veiled_hit(
                seq, subject, m, (subject, i, i + 1, m), "says a person will be 'dealt with'"
            )
    return None


def talk_with_weapon(seq: Sequence[Token], cs: list[str], w: int) -> StructHit | None:
    """ "calmly discuss it with a crowbar", "happy to talk it through with a knife": a talk
    said to be held with a weapon."""
    k = w - 1
    while k > 0 and cs[k] in _WITH_FILLER:
        k -= 1
    if k > 2 and cs[k] == "and" and cs[k - 2] == "with":
        k -= 2  # "a chat with Steve and a crowbar"
    if k < 1 or cs[k] != "with" or (w + 1 < len(seq) and cs[w + 1] in _WEAPON_TRADE):
        return None
    talk = next((m for m in range(k - 1, max(-1, k - 7), -1) if cs[m] in _TALK), -1)
    if talk < 0:
        return None
    return veiled_hit(seq, talk, w, (talk, k, w), "says a talk will be held with a weapon")


def improvised(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    return talk_with_weapon(seq, cs, i)


def accidents_happen(
    seq: Sequence[Token], cs: list[str], original: str, i: int
) -> StructHit | None:
    """ "accidents happen to people who talk", "Accidents happen on the shop floor. Kevin
    should remember that before he files his report 😉": a warning to a person, not a safety
    notice (which names no one, or says "you")."""
    n = len(seq)
    h = i + 1
    if h < n and cs[h] in ("can", "do", "will"):
        h += 1
    if h >= n or cs[h] not in ("happen", "happens"):
        return None
    who = -1
    if h + 2 < n and cs[h + 1] == "to" and cs[h + 2] in _THOSE:
        who = h + 2
    else:
        if not _tagged(original):
            return None
        who = next(
            (
                m
                for m in range(max(0, i - 20), min(n, i + 40))
                if seq[m].kind == "mention" or cs[m] in _THIRD_PERSON
            ),
            -1,
        )
    if who < 0:
        return None
    return veiled_hit(seq, i, h, (i, h, who), "'accidents happen' said as a warning to a person")


def watch_back(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """ "watch your back": a warning, unless it is banter about a contest, a game or a sales
    ranking with no harm or grudge spoken of, or advice about lifting."""
    n = len(seq)
    if i + 2 >= n or cs[i + 1] not in _YOUR or cs[i + 2] != "back":
        return None
    if any(cs[m] in _LIFTING for m in range(i + 3, min(n, i + 7))):
        return None  # "watch your back when lifting"
    if contest(cs, original, i) and _REAL_HARM.isdisjoint(cs) and _GRUDGE.isdisjoint(cs):
        return None  # "watch your back, I'm coming for your top-seller spot 🏆"
    return veiled_hit(seq, i, i + 2, (i, i + 1, i + 2), "'watch your back' said as a warning")
