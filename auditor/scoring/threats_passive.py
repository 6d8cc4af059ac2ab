"""Threats said without "I'll" + verb + person: harm wished or promised in the passive ("hope he
gets shot", "she deserves to be punched", "that contractor is gonna get his teeth knocked in"),
where a person will end up ("put you in the hospital", "he's going home in an ambulance", "you'll
leave in a body bag"), a brick or a head through someone's window, and veiled ones: a little
'accident', "would be a shame if something happened to your car", "what if someone keyed his
car", lying in wait ("I'll be waiting by her car" after a condition), what harm leaves ("make
sure he can't walk", "he'll be lucky to keep his teeth", "a lesson he won't wake up from"), what
happens to snitches, "he will be dealt with. Quietly.", a talk "with a crowbar", a disaster
wished on someone's car or home ("hope his brakes fail"), a place "better burnt to the ground",
"accidents happen" said to a person, and "watch your back" (not as contest banter).

`threats.threats` calls `passive_threat` for a token reading as one of `HARMED`, `AFTERMATH`,
`MISSILES` or `VEILED_CUES` (all in `context.THREAT_CUES`, so the gate lets such posts through).

This module holds harm wished, promised or deserved ("hope he gets shot", "he deserves a good
kicking") and sends every other cue to its rule: what harm leaves (`threats_aftermath`) and
veiled warnings (`threats_veiled`); the helpers they share are in `threats_common`.
"""

from __future__ import annotations

from collections.abc import Sequence

from auditor.scoring.context import (
    AFTERMATH,
    BODY_PARTS,
    HARMED,
    MISSILES,
    SOMEONE,
    VEILED_CUES,
    WISH,
    StructHit,
    _w,
    negated,
    same_sentence,
)
from auditor.scoring.normalize import Token
from auditor.scoring.threats_aftermath import (
    aftermath,
    disabled,
    in_one_piece,
    lucky,
    missile,
    razed,
    wished_disaster,
)
from auditor.scoring.threats_common import (
    BODY_OWNERS,
    GET,
    IF_WORDS,
    PROMISE,
    SELF,
    WISHING,
    contest,
    first_person,
    person,
)
from auditor.scoring.threats_veiled import (
    accidents_happen,
    dealt_with,
    hate_for,
    if_someone,
    improvised,
    lying_in_wait,
    veiled_frame,
    watch_back,
    what_happens,
)

# Between "get" and the participle: whose body ("get his teeth knocked in") and how badly.
_BODY_PHRASE = _w("both all his her their your ur its the whole really properly badly seriously")
# Before "be": "deserves to be punched", "should be shot", "will be beaten up".
_BEFORE_BE = _w("to should must will ought gonna")
# Participles that need a body part ("get his legs broken"), or a word after them.
_NEED_BODY = _w("broken broke smashed knocked kicked stomped")
# Sport and games say "beaten": a person beaten only "up", "senseless" or as badly as `_GRAVE`.
_SPORTING = _w("beaten battered")
# How badly, after the participle ("beaten half to death", "kicked senseless"): as grave as a
# body part named ("will be beaten to a pulp" is a promise, "will be beaten" may be a match).
_GRAVE = _w("death pulp senseless unconscious")
_TO_DEATH = _w("half to a within an inch of")
# Said as what follows a condition: "if he does that again he's getting smacked".
_NOW_SUBJECTS = _w("he's she's they're you're ur youre hes shes theyre")
_IS_NOW = _NOW_SUBJECTS | _w("is are")
# "he deserves a good kicking", "that intern needs a slap"
_DESERVES = _w("deserves deserve deserved needs need earned")
_A_GOOD = _w("a an one good proper real another")
# "that depot deserves to be torched" (`threats_aftermath.razed`)
_RAZED = _w("torched")
_VEHICLES = _w("bus car truck train lorry van taxi tram")
_NOT_AFTER = {"killed": "off", "shot": "down", "knocked": "out", "broke": "up"}


def passive_threat(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """The threat around cue token i (`cs`: `context.canon` of every token), if any."""
    c = cs[i]
    if c in HARMED:
        hit = _passive(seq, cs, original, i, c)
        if hit is None and c in _RAZED:
            hit = razed(seq, cs, original, i)
        if hit is None and i > 1 and cs[i - 1] in SOMEONE:
            hit = if_someone(seq, cs, original, i)
        return hit
    if c in AFTERMATH:
        return aftermath(seq, cs, original, i)
    if c in MISSILES:
        return missile(seq, cs, original, i)
    if c not in VEILED_CUES:
        return None
    veiled = _VEILED_RULES.get(c)
    if veiled is not None:
        return veiled(seq, cs, original, i)
    return veiled_frame(seq, cs, original, i, c)


def _passive(
    seq: Sequence[Token], cs: list[str], original: str, i: int, c: str
) -> StructHit | None:
    n = len(seq)
    nxt = cs[i + 1] if i + 1 < n else ""
    if _NOT_AFTER.get(c) == nxt:
        return None  # "killed off" (a character), "shot down" (an idea)
    # Back from the participle over a body-part phrase to "get" / "be", and over an earlier
    # participle joined by "and" ("will be dragged round the back and beaten").
    get = body = owner = -1
    k = i - 1
    while k > max(-1, i - 6):
        ck = cs[k]
        if ck in GET:
            get = k
            break
        if ck == "and" and body < 0:
            get = _chained_get(seq, cs, k)
            break
        if ck in BODY_PARTS and body < 0:
            body = k
        elif seq[k].text.endswith("'s") and len(seq[k].text) > 2:
            owner = k  # "that guy's (face)"
        elif ck not in _BODY_PHRASE:
            return None
        if ck in BODY_OWNERS:
            owner = k
        k -= 1
    if get < 0 or (body >= 0 and owner < 0):
        return None  # "get the job done", "get a leg up"
    if cs[get] == "be" and (get == 0 or cs[get - 1] not in _BEFORE_BE):
        return None
    last = i
    # "beaten half to death", "kicked senseless", "beaten to a pulp": as grave as a body part.
    grave = next((m for m in range(i + 1, min(n, i + 5)) if cs[m] in _GRAVE), -1)
    if grave >= 0 and any(cs[m] not in _TO_DEATH for m in range(i + 1, grave)):
        grave = -1
    if c in _NEED_BODY and body < 0 and grave < 0:
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
    elif c in _SPORTING and body < 0 and grave < 0:
        if nxt not in ("up", "senseless"):
            return None  # "hope they get beaten on Saturday" is sport
        last = i + 1
    if grave >= 0:
        last = grave
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
        if ck in WISH or (
            get - k <= 2 and (ck in WISHING or ((body >= 0 or grave >= 0) and ck in PROMISE))
        ):
            why = k
            break
    if why < 0 and cs[get] == "getting" and body >= 0 and get > 0 and cs[get - 1] in _IS_NOW:
        why = get - 1  # "the supervisor is getting his head kicked in on Friday"
    if why < 0:
        # "if he does that again he's getting smacked": a condition, then the harm, now.
        return _getting_if(seq, cs, original, i, get, last)
    subject = owner
    if subject < 0:
        subject = first_person(seq, cs, original, range(get - 1, why, -1))
        before = why - 1
        if before > 0 and cs[before] in ("is", "was", "are", "were"):
            before -= 1  # "the intern is (gonna be dragged outside)"
        if subject < 0 and before >= 0 and person(seq, cs, original, before):
            subject = before  # "she deserves to be punched"
    if subject < 0 or cs[subject] in SELF:
        return None  # "I hope I get picked", "we deserve to be beaten up" (said of oneself)
    words = tuple(seq[k].text for k in dict.fromkeys((why, subject, get, i)) if k >= 0)
    first = min(why, subject)
    rule = "threat.wish" if cs[why] in WISHING else "threat.structure"
    return StructHit(
        rule,
        first,
        last,
        words,
        f"wishes or promises harm on someone ({' '.join(repr(w) for w in words)})",
        negated(seq, why, 2) or negated(seq, get, 2) or negated(seq, subject, 1),
    )


def _chained_get(seq: Sequence[Token], cs: list[str], a: int) -> int:
    """The "be" / "get" before an earlier participle joined by "and" at token a ("be dragged
    round the back and (beaten)"), or -1."""
    for k in range(a - 1, max(-1, a - 7), -1):
        if cs[k] in GET:
            return k if k + 1 < a and seq[k + 1].text.endswith(("ed", "en")) else -1
    return -1


def _getting_if(
    seq: Sequence[Token], cs: list[str], original: str, i: int, get: int, last: int
) -> StructHit | None:
    """ "he's getting smacked" after "if" / "next time" in the same sentence (not a game)."""
    if get < 1 or cs[get] != "getting" or cs[get - 1] not in _NOW_SUBJECTS:
        return None
    cond = next(
        (
            m
            for m in range(get - 2, max(-1, get - 18), -1)
            if cs[m] in IF_WORDS and same_sentence(seq, original, m, get)
        ),
        -1,
    )
    if cond < 0 or contest(cs, original, i):
        return None
    words = (seq[cond].text, seq[get - 1].text, seq[get].text, seq[i].text)
    return StructHit(
        "threat.structure",
        get - 1,
        last,
        words,
        f"says someone is getting hurt if ... ({' '.join(map(repr, words))})",
        negated(seq, get - 1, 1),
    )


def _deserved(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """ "that intern deserves a good kicking", "he needs a bullet": harm as a thing a person
    deserves (never oneself: "I need a good punch bag")."""
    k = i - 1
    while k > 0 and cs[k] in _A_GOOD:
        k -= 1
    if k == i - 1 or k < 1 or cs[k] not in _DESERVES:
        return None
    subject = k - 1
    if cs[subject] in ("really", "so", "just", "definitely", "totally") and subject > 0:
        subject -= 1
    if not person(seq, cs, original, subject) or cs[subject] in SELF:
        return None
    return StructHit(
        "threat.wish",
        subject,
        i,
        (seq[subject].text, seq[k].text, seq[i].text),
        f"says a person deserves harm ({seq[subject].text!r} {seq[k].text!r} ... {seq[i].text!r})",
        negated(seq, k, 2),
    )


_VEILED_RULES = {
    "kicking": _deserved,
    "beating": _deserved,
    "hiding": _deserved,
    "bullet": _deserved,
    "battering": _deserved,
    "pasting": _deserved,
    "hate": hate_for,
    "piece": in_one_piece,
    "accidents": accidents_happen,
    "wait": lying_in_wait,
    "waits": lying_in_wait,
    "waiting": lying_in_wait,
    "waitin": lying_in_wait,
    "lucky": lucky,
    "walk": disabled,
    "stand": disabled,
    "wake": disabled,
    "happens": what_happens,
    "happened": what_happens,
    "dealt": dealt_with,
    "crowbar": improvised,
    "crowbars": improvised,
    "bat": improvised,
    "hammer": improvised,
    "brakes": wished_disaster,
    "crash": wished_disaster,
    "crashes": wished_disaster,
    "explode": wished_disaster,
    "explodes": wished_disaster,
    "fail": wished_disaster,
    "fails": wished_disaster,
    "burnt": razed,
    "burned": razed,
    "watch": watch_back,
}
