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
    PLACES,
    PROPERTY_TARGETS,
    SECOND_PERSON,
    SOMEONE,
    THREAT_TARGETS,
    VEILED_CUES,
    WEAPONS,
    WISH,
    StructHit,
    _w,
    near,
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
_HARM_NOUNS = _w("kicking beating hiding bullet battering pasting slap smack punch")
_A_GOOD = _w("a an one good proper real another")
# Contests, games and sales rankings: their "watch your back" and "getting killed" are banter.
CONTEST = _w(
    """
    seller sellers leaderboard ranking rankings title crown trophy league quiz bakeoff
    tournament match game games gaming race championship champ champion fantasy chess darts
    cup medal podium quota trivia contest competition hackathon karaoke ping pong poker
    football rugby cricket tennis golf squash badminton fifa fortnite
    """
)
_CONTEST_EMOJI = ("🏆", "🥇", "🎮", "⚽", "🏓", "🎯", "🏅")
# Lying in wait: "waiting by her car", "waiting for him after close".
_WAIT_BY = _w("by outside at near behind round around in")
_WAIT_PLACES = _w("car van bike house home flat door gate gates school dock carpark driveway")
_AFTER_WORK = _w("shift work close closing hours school clocks clock tonight leaves finishes")
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
# "lucky to walk", "lucky to keep his teeth", "lucky to leave in one piece"
_LEFT_ALIVE = _w("breathe breathing survive alive piece")
# "make sure he can't walk", "till they can't stand", "he won't be able to walk"
_UNABLE_FILLER = _w("to able be ever even properly again straight")
_CANNOT = _w("can't cant cannot won't wont couldn't couldnt never not")
_MODAL_SUBJ = _w("can will would could")
_UNTIL = _w("sure ensure till til until")
_WALK_ON = _w("in into away through past out over off around on by all up down")
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
# "hope his brakes fail", "hope her house burns down"
_GIVE_OUT = _w("give gives go goes fail fails")
_CRASHING = _w("car van truck lorry bus plane flight boat bike motorbike helicopter lift elevator")
_DOOMED = PROPERTY_TARGETS | PLACES | _CRASHING
# What each disaster befalls: a plane crashes, brakes fail, a house burns down.
_DOOMED_BY = {
    "crash": _CRASHING,
    "crashes": _CRASHING,
    "fail": _w("brakes parachute engine steering"),
    "fails": _w("brakes parachute engine steering"),
}
_ADJECTIVE_FILLER = _w("new old nice fancy precious little big stupid shiny")
_RAZED = _w("torched")
_RAZE_VERDICT = _w("should must ought deserves deserve needs need to hope")
_ASHES = _w("ground ashes crisp")
# "accidents happen to people who talk"
_THOSE = _w("people those anyone snitches folk folks whoever")
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
_THIRD_PERSON = _w("he she him her his he's she's hes shes he'd she'd he'll she'll")
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
_VEHICLES = _w("bus car truck train lorry van taxi tram")
_NOT_AFTER = {"killed": "off", "shot": "down", "knocked": "out", "broke": "up"}
_INTO = _w("put putting send sending")
_GOING = _w("go going goes leave leaving end ending be")
_IF = _w("if next time again touches touch keeps keep")
_THROW = _w(
    """
    put throw chuck lob toss putting throwing chucking shove shoving ram ramming smash
    smashing send sending push pushing
    """
)
_WINDOWS = _w("window windows windscreen windshield wall walls door desk table locker")
_THROUGH = _w("through into")
_BODY_OWNERS = _w("his her their your ur")
_THROW_CONTEXT = _w(
    "should 'll will gonna going wanna want hope someone somebody let's lets gotta could am i'm im"
)
_QUOTES = "'\"‘’“”"
_HAPPEN = _w("happened happens happen")
_ANYTHING = _w("something anything")


def passive_threat(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """The threat around cue token i (`cs`: `context.canon` of every token), if any."""
    c = cs[i]
    if c in HARMED:
        hit = _passive(seq, cs, original, i, c)
        if hit is None and c in _RAZED:
            hit = _razed(seq, cs, original, i)
        if hit is None and i > 1 and cs[i - 1] in SOMEONE:
            hit = _if_someone(seq, cs, original, i)
        return hit
    if c in AFTERMATH:
        return _aftermath(seq, cs, original, i)
    if c in MISSILES:
        return _missile(seq, cs, original, i)
    if c not in VEILED_CUES:
        return None
    veiled = _VEILED_RULES.get(c)
    if veiled is not None:
        return veiled(seq, cs, original, i)
    return _veiled(seq, cs, original, i, c)


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
    # Back from the participle over a body-part phrase to "get" / "be", and over an earlier
    # participle joined by "and" ("will be dragged round the back and beaten").
    get = body = owner = -1
    k = i - 1
    while k > max(-1, i - 6):
        ck = cs[k]
        if ck in _GET:
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
        if ck in ("his", "her", "their", "your", "ur"):
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
            get - k <= 2 and (ck in _WISHING or ((body >= 0 or grave >= 0) and ck in _PROMISE))
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
        subject = next(
            (k for k in range(get - 1, why, -1) if _person(seq, cs, original, k)),
            -1,
        )
        before = why - 1
        if before > 0 and cs[before] in ("is", "was", "are", "were"):
            before -= 1  # "the intern is (gonna be dragged outside)"
        if subject < 0 and before >= 0 and _person(seq, cs, original, before):
            subject = before  # "she deserves to be punched"
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


def _chained_get(seq: Sequence[Token], cs: list[str], a: int) -> int:
    """The "be" / "get" before an earlier participle joined by "and" at token a ("be dragged
    round the back and (beaten)"), or -1."""
    for k in range(a - 1, max(-1, a - 7), -1):
        if cs[k] in _GET:
            return k if k + 1 < a and seq[k + 1].text.endswith(("ed", "en")) else -1
    return -1


def _if_someone(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """ "what if someone slashed his tyres tonight?", "wouldn't it be funny if somebody keyed
    the CEO's car": harm suggested as a thing someone might do, to a person or theirs."""
    if cs[i - 2] != "if":
        return None
    n = len(seq)
    target = -1
    for m in range(i + 1, min(n, i + 5)):
        if cs[m] in PROPERTY_TARGETS or cs[m] in BODY_PARTS or _person(seq, cs, original, m):
            target = m
            break
    if target < 0 or cs[target] in _SELF or contest(seq, original, i):
        return None
    return _veiled_hit(
        seq, i - 2, target, (i - 2, i - 1, i, target), "suggests someone might do harm"
    )


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
            if cs[m] in _IF and same_sentence(seq, original, m, get)
        ),
        -1,
    )
    if cond < 0 or contest(seq, original, i):
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


def contest(seq: Sequence[Token], original: str, i: int) -> bool:
    """A contest, a game or a sales ranking is spoken of near token i."""
    return near(seq, i, CONTEST, 25) or any(e in original for e in _CONTEST_EMOJI)


def _aftermath(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
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
    if cs[i] not in ("ambulance", "coffin", "bag"):
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


def _missile(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """ "someone should put a brick through their window", "gonna throw a rock through it", "I
    am putting his head through the windscreen" (someone else's head: never "my")."""
    n = len(seq)
    k = i - 1
    body = cs[i] in BODY_PARTS
    if body:
        if k < 1 or not (cs[k] in _BODY_OWNERS or seq[k].text.endswith("'s")):
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
    if harm < 0 or not same_sentence(seq, original, i, harm) or contest(seq, original, i):
        return None  # (not "funny if someone beat the CEO at ping pong")
    target = next(
        (
            m
            for m in range(i + 2, min(n, harm + 6))
            if m != harm
            and (
                _person(seq, cs, original, m)
                or cs[m] in PROPERTY_TARGETS
                or cs[m] in _CRASHING
                or cs[m] in _BRAKES
            )
        ),
        -1,
    )
    if target < 0 or cs[target] in _SELF:
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


def _tagged(original: str) -> bool:
    """The post ends a hint with a veiled tag ("just saying", "food for thought", a wink)."""
    lowered = original.lower()
    return any(tag in lowered for tag in _VEILED_TAGS)


def _veiled_hit(
    seq: Sequence[Token], first: int, last: int, keys: Sequence[int], why: str
) -> StructHit:
    """A "threat.veiled" hit over tokens first..last naming the words at `keys`."""
    words = tuple(seq[m].text for m in dict.fromkeys(keys))
    return StructHit(
        "threat.veiled",
        first,
        last,
        words,
        f"{why} ({' '.join(map(repr, words))})",
        negated(seq, first, 2),
    )


def _condition_before(
    seq: Sequence[Token], cs: list[str], original: str, i: int, words: frozenset[str]
) -> int:
    """The last of `words` before token i in its sentence (16 tokens back at most), or -1."""
    for m in range(i - 1, max(-1, i - 17), -1):
        if not same_sentence(seq, original, m, i):
            return -1
        if cs[m] in words:
            return m
    return -1


def _lying_in_wait(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """ "if she writes me up again I'll be waiting by her car", "next time he does that the
    lads will wait for him after close", "would be awful if somebody was waiting at the gate":
    waiting for a person, or at their car, home or gate, after a condition or in a veiled
    warning (never "I'll be waiting for you at the station if your train is late")."""
    n = len(seq)
    whom = place = when = -1
    owned = False
    k = i + 1
    while k < min(n, i + 8) and whom < 0 and place < 0:
        if cs[k] == "for" and k + 1 < n and _person(seq, cs, original, k + 1):
            whom = k + 1
        elif cs[k] in _WAIT_BY:
            for m in range(k + 1, min(n, k + 5)):
                if cs[m] in _WAIT_PLACES:
                    place = m
                    break
                if cs[m] in _SELF:
                    break
                owned = owned or cs[m] in _BODY_OWNERS or seq[m].text.endswith("'s")
        k += 1
    target = max(whom, place)
    if target < 0 or (whom >= 0 and cs[whom] in _SELF):
        return None
    when = next((m for m in range(target + 1, min(n, target + 9)) if cs[m] in _AFTER_WORK), -1)
    frame = _condition_before(seq, cs, original, i, _VEILED_FRAME)
    if frame < 0:
        frame = _condition_before(seq, cs, original, i, _IF)
        if frame < 0 or not (owned or (whom >= 0 and when >= 0)):
            return None
        if cs[frame] == "if":
            # What the person does: "if she writes me up again" (not "if you see him").
            doer = next(
                (m for m in range(frame + 1, min(n, frame + 4)) if _person(seq, cs, original, m)),
                -1,
            )
            if doer < 0 or cs[doer] in _SELF or (cs[doer] in SECOND_PERSON and not owned):
                return None
    last = max(target, when)
    return _veiled_hit(
        seq, frame, last, (frame, i, target), "says someone will be lying in wait for a person"
    )


def _lucky(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """ "he'll be lucky to walk again", "she'd be lucky to keep all her teeth": harm told by
    what a person will have left after it."""
    n = len(seq)
    if i < 2 or cs[i - 1] != "be" or i + 2 >= n or cs[i + 1] not in ("to", "if"):
        return None
    aux = i - 2
    if not (cs[aux] in ("will", "would", "gonna") or seq[aux].text.endswith(("'ll", "'d"))):
        return None
    subject = aux if cs[aux] in _PERSONS else aux - 1
    if subject < 0 or not _person(seq, cs, original, subject) or cs[subject] in _SELF:
        return None
    left = -1
    for m in range(i + 2, min(n, i + 9)):
        cm = cs[m]
        if cm in _LEFT_ALIVE or (cm == "walk" and (m + 1 >= n or cs[m + 1] != "away")):
            left = m
            break
        if cm in BODY_PARTS and cs[m - 1] in _BODY_OWNERS:
            left = m
            break
    if left < 0:
        return None
    return _veiled_hit(
        seq, subject, left, (subject, i, left), "says a person will be lucky to survive harm"
    )


def _disabled(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
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
    if not _person(seq, cs, original, subject) or cs[subject] in _SELF:
        return None
    last = i
    if c == "wake":
        if i + 1 >= n or cs[i + 1] != "up":
            return None
        last = i + 1
        if i + 2 < n and cs[i + 2] == "from":
            return _veiled_hit(
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
    return _veiled_hit(
        seq, frame, last, (frame, subject, k, i), "says a person will be left unable to move"
    )


def _what_happens(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
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
            return _veiled_hit(
                seq, i - 1, m, (i - 1, i, m), "warns of what happens to people who inform"
            )
    return None


def _dealt_with(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """ "he will be dealt with. Quietly.", "she's gonna be dealt with when nobody's watching"."""
    n = len(seq)
    if i < 2 or cs[i - 1] != "be" or i + 1 >= n or cs[i + 1] != "with":
        return None
    subject = next(
        (m for m in range(i - 2, max(-1, i - 5), -1) if _person(seq, cs, original, m)), -1
    )
    if subject < 0 or cs[subject] in _SELF:
        return None
    for m in range(i + 2, min(n, i + 10)):
        cm = cs[m]
        if cm in _QUIETLY or (
            cm in _NOBODY and m + 1 < n and seq[m + 1].text.startswith(("watch", "look"))
        ):
            return _veiled_hit(
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
    return _veiled_hit(seq, talk, w, (talk, k, w), "says a talk will be held with a weapon")


def _improvised(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    return talk_with_weapon(seq, cs, i)


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
    if owner < 0 or cs[owner] in _SELF:
        return None
    theirs = cs[owner] in _BODY_OWNERS or (
        seq[owner].text.endswith("'s") and cs[owner] not in ("it's", "that's", "what's")
    )
    if not theirs and not (cs[owner] in ("the", "that", "this") and cs[thing] in PLACES):
        return None
    wish = _condition_before(seq, cs, original, owner, WISH)
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


def _razed(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
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
        if cs[m] == "better" or (cs[m] in _GET and m > 0 and cs[m - 1] in _RAZE_VERDICT):
            why = m
            break
    if why < 0:
        return None
    place = next(
        (
            m
            for m in range(why - 1, max(-1, why - 9), -1)
            if cs[m] in PLACES and same_sentence(seq, original, m, why)
        ),
        -1,
    )
    if place < 0 or (place > 0 and cs[place - 1] in _SELF):
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


def _accidents_happen(
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
    return _veiled_hit(seq, i, h, (i, h, who), "'accidents happen' said as a warning to a person")


def _watch_back(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """ "watch your back": a warning, unless it is banter about a contest, a game or a sales
    ranking with no harm or grudge spoken of, or advice about lifting."""
    n = len(seq)
    if i + 2 >= n or cs[i + 1] not in _YOUR or cs[i + 2] != "back":
        return None
    if any(cs[m] in _LIFTING for m in range(i + 3, min(n, i + 7))):
        return None  # "watch your back when lifting"
    if contest(seq, original, i) and _REAL_HARM.isdisjoint(cs) and _GRUDGE.isdisjoint(cs):
        return None  # "watch your back, I'm coming for your top-seller spot 🏆"
    return _veiled_hit(seq, i, i + 2, (i, i + 1, i + 2), "'watch your back' said as a warning")


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
    if not _person(seq, cs, original, subject) or cs[subject] in _SELF:
        return None
    return StructHit(
        "threat.wish",
        subject,
        i,
        (seq[subject].text, seq[k].text, seq[i].text),
        f"says a person deserves harm ({seq[subject].text!r} {seq[k].text!r} ... {seq[i].text!r})",
        negated(seq, k, 2),
    )


def _hate_for(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
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
        (m for m in range(i + 5, min(n, i + 11)) if cs[m] in _THEIRS or cs[m] in _CRASHING),
        -1,
    )
    if target < 0 and not _tagged(original):
        return None
    last = max(target, i + 4)
    return _veiled_hit(
        seq, i, last, (i, i + 2, i + 4, last), "would 'hate for something to happen' to someone's"
    )


def _in_one_piece(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
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
    if not _person(seq, cs, original, subject) or cs[subject] in _SELF:
        return None
    return _veiled_hit(
        seq, subject, i, (subject, neg, i), "says a person will not come out of it in one piece"
    )


_VEILED_RULES = {
    "kicking": _deserved,
    "beating": _deserved,
    "hiding": _deserved,
    "bullet": _deserved,
    "battering": _deserved,
    "pasting": _deserved,
    "hate": _hate_for,
    "piece": _in_one_piece,
    "accidents": _accidents_happen,
    "wait": _lying_in_wait,
    "waits": _lying_in_wait,
    "waiting": _lying_in_wait,
    "waitin": _lying_in_wait,
    "lucky": _lucky,
    "walk": _disabled,
    "stand": _disabled,
    "wake": _disabled,
    "happens": _what_happens,
    "happened": _what_happens,
    "dealt": _dealt_with,
    "crowbar": _improvised,
    "crowbars": _improvised,
    "bat": _improvised,
    "hammer": _improvised,
    "brakes": wished_disaster,
    "crash": wished_disaster,
    "crashes": wished_disaster,
    "explode": wished_disaster,
    "explodes": wished_disaster,
    "fail": wished_disaster,
    "fails": wished_disaster,
    "burnt": _razed,
    "burned": _razed,
    "watch": _watch_back,
}
