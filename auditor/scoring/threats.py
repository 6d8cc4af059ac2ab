"""Threats from sentence structure: intent + harm verb + a person, a place or a person's body
("I'll hurt you", "gonna break his jaw", "burn down the council office", "plan for Monday: slash
his tyres", "pay someone to jump him"), a wish of harm ("I hope someone burns his house down"),
bringing a weapon ("I'll bring a gun"), knowing where someone lives ("I know where you park"),
and a place that "won't be standing by Friday". What players say to each other about a contest
("gonna destroy you at the quiz") is left alone. The veiled and passive forms are in
`threats_passive`.

The words these rules start from and the targets they name (HARM, WEAPONS, THREAT_TARGETS, ...)
are in `context`, which reads every token against them; the lists here only steer the rules.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import compress

from auditor.scoring.context import (
    AFTERMATH,
    ARRIVE,
    BODY_PARTS,
    CARRY,
    GROUPS,
    HARM,
    HARMED,
    INTENT,
    MISSILES,
    NOT_TARGETS,
    PEOPLE_TARGETS,
    PLACES,
    PRIVATE_LIFE,
    PROPERTY_TARGETS,
    RUIN,
    SECOND_PERSON,
    SOMEONE,
    STALK_ANCHORS,
    THREAT_CUES,
    THREAT_TARGETS,
    VEILED_CUES,
    WEAPONS,
    WISH,
    WISHED,
    WORKPLACES,
    StructHit,
    _w,
    canons,
    is_target,
    near,
    negated,
)
from auditor.scoring.normalize import Token
from auditor.scoring.threats_aftermath import wished_disaster
from auditor.scoring.threats_common import BODY_OWNERS, contest
from auditor.scoring.threats_passive import passive_threat
from auditor.scoring.threats_veiled import talk_with_weapon

PASSIVE_CUES = HARMED | AFTERMATH | MISSILES | VEILED_CUES
# Vandalism and arson: a threat only against a person or property (never "slash prices").
PROPERTY_HARM = _w(
    """
    slash slashing torch torching firebomb vandalise vandalize trash key burn burning
    """
)
_PARTICLES = _w("down up out off")
_POSSESSIVES = _w("his her their your ur my our")
_PREPOSITIONS = _w("for with to at on from about into of in by")
DETERMINERS = _w(
    """
    the a an some this that these those our my every each
    """
) | frozenset(["this game"])
# After these verbs a target alone is not enough ("end the meeting", "cut you some slack").
WEAK_HARM = _w(
    """
    end destroy kick blow run break cut waste cap snap skin gas bash
    """
)
WEAK_HARM_OBJECTS = _w(
    """
    you u ya him her them
    """
)
_NOT_BODY_HARM = _w("run waste end cap key trash gas")
# Said with "I" alone, in the present ("I break his face"): no play fight or ski accident.
_MAIMING = _w("break smash snap slit stab crush")
_NOUN_BEFORE = _w("the a an this that my his her their your our")
_OVER = _w("over across into against round around")
_SMASH = _w("smash bash break whack")  # ... a bottle over his head
# Verbs that harm only a person ("jump him"), never a place ("jump in the office pool").
_PEOPLE_ONLY = _w("jump")
_PAY = _w("pay paying paid hire hiring hired")
_PLANS = _w("plan planning plotting")
_MY_PLAN = _w("i i'm im we we're my our tomorrow's today's tonight's")
# What players say they will do to each other ("kill you at chess", "beat them at the quiz").
_GAME_VERBS = _w("beat kill destroy smash murder end bury crush batter hammer slaughter")
# Wished on a house or a car: "hope his house burns down" (`threats_passive.wished_disaster`).
_DISASTERS = _w("burns blows")
_CARRY_FILLER = _w("a an the my his her our some loaded real big up in back round with at to")
# Words that make a weapon a tool, a toy or a hobby ("glue gun", "a knife for the cake").
_WEAPON_HARMLESS = _w(
    """
    nerf water glue squirt staple heat nail spray paintball airsoft toy prop fake foam bubble
    laser range hunting hunt deer clay cake bread butter cheese steak kitchen picnic camping
    fishing carving chef cooking cosplay costume film
    """
)
# The speaker says they are about to act: "I'll", "I'm going to", "I swear I'll", "gonna".
_FIRST_INTENT = _w("i i'll ill i'm im i've ive we we'll we've ima imma i'ma gonna finna")
_INTENT_GLUE = _w("will going to am just already now finally swear also soon really do")
# What makes "I'm" / "someone" + harm verb an intent: "I'm going to", "someone should".
_I_AM_GOING = _w("going gonna about should will finna tryna")
_KNOW = _w("know knew seen saw")  # "I've seen where you park"
_FIND = _w("find found finding figure figured work worked track tracked")  # + "out"
# "where you live", "where your kids go (to school)", "where your car is"
_LIVING = _w(
    "live lives living park parks parked sleep sleeps stay stays staying go goes work works is"
)
_MODALS = _w("can could should might may need must want gotta ought would")
_VEILED_AUX = _w("won't wont will not isn't isnt is going gonna to never")
_NOT_STANDING = _w("won't wont not isn't isnt never")
_TIME_CUES = _w("by after tomorrow tonight next come this once when on until till much")
# A place taken down for a reason that is no threat.
_DEMOLITION = _w(
    """
    demolish demolished demolishing demolition bulldoze bulldozed bulldozer bulldozers
    wrecking redevelopment renovation renovating rebuild rebuilt refurbishment refurb storm
    hurricane wind winds flood flooding earthquake tornado typhoon
    """
)


def threats(seq: Sequence[Token], original: str) -> Iterator[StructHit]:
    """Threats from sentence structure: intent + harm verb + target ("I'll / I'm going to /
    someone should" + "hurt" + "you" or "his jaw"), a wish of harm ("I hope someone burns his
    house down"), bringing a weapon ("I'll bring a gun"), knowing where a person lives ("I know
    where you park"), and a place that "won't be standing by Friday"."""
    cs = canons(seq)
    # Only a token reading as a cue starts a structure: visit those alone, in order.
    for i in compress(range(len(cs)), map(THREAT_CUES.__contains__, cs)):
        hit = _threat_at(seq, cs, original, i)
        if hit is not None:
            yield hit


def _threat_at(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """The threat starting at token i, if any (`cs`: `canon` of every token)."""
    c = cs[i]
    if c not in THREAT_CUES or seq[i].kind == "part":
        return None
    hit: StructHit | None = None
    if c in HARM:
        hit = _intent_harm(seq, cs, original, i, c)
    elif c in WISHED:
        hit = _wished_harm(seq, cs, original, i, WISHED[c])
        if hit is None and c in _DISASTERS:
            hit = wished_disaster(seq, cs, original, i)  # "hope his house burns down"
    elif c in STALK_ANCHORS:
        hit = _stalking(seq, cs, i)
    elif c == "standing" or c in RUIN:
        hit = _veiled(seq, cs, i, c)
    if hit is None and c in WEAPONS:
        hit = _weapon(seq, cs, i) or talk_with_weapon(seq, cs, i)
    if hit is None and c in PASSIVE_CUES:
        hit = passive_threat(seq, cs, original, i)
    return hit


def _intent_harm(
    seq: Sequence[Token], cs: list[str], original: str, i: int, verb: str
) -> StructHit | None:
    if i > 0 and cs[i - 1] in _NOUN_BEFORE:
        return None  # a noun, not a verb: "take the knife off him", "a kill streak"
    intent = -1
    for j in range(i - 1, max(-1, i - 5), -1):
        c = cs[j]
        if c in INTENT or seq[j].text.endswith("'ll"):
            intent = j
            break
    if intent >= 0 and cs[intent] in _PLANS and not _own_plan(seq, cs, original, intent):
        return None  # "he was planning to ..." is no threat of the writer's
    if intent < 0:
        # "I break his face" (no "will"): the speaker, a harm verb and another's body part.
        if i > 0 and cs[i - 1] == "i" and verb in _MAIMING:
            part, owner = _body_part(seq, cs, i)
            if part >= 0:  # (an owner is "his", "her", "your", "their" or "X's", never "my")
                return _threat(seq, i - 1, i, part, owner)
        return None
    # "I'm" needs "going/gonna/about" in between to mark intent ("I'm kill" is not English);
    # "someone to" only when paid for ("pay good money for someone to jump him").
    if cs[intent] in ("i'm", "im", "someone") and i - intent > 1:
        between = {cs[k] for k in range(intent + 1, i)}
        if between.isdisjoint(_I_AM_GOING) and not (between == {"to"} and _paid_for(cs, intent)):
            return None
    target, owner = _harm_target(seq, cs, original, i, verb)
    if target < 0:
        return None
    if verb in _GAME_VERBS and owner < 0 and contest(cs, original, i) and _unarmed(cs):
        return None  # "we're gonna destroy the Leeds office at the quiz"
    return _threat(seq, intent, i, target, owner)


def _own_plan(seq: Sequence[Token], cs: list[str], original: str, k: int) -> bool:
    """ "Plan for Monday:", "my plan", "I'm planning to": the writer's own plan."""
    if k == 0 or original[seq[k - 1].end : seq[k].start].strip(" ") in (".", "!", "?", "\n"):
        return True
    return any(cs[m] in _MY_PLAN for m in range(max(0, k - 2), k))


def _unarmed(cs: list[str]) -> bool:
    """No weapon and no body part is named in the post."""
    return WEAPONS.isdisjoint(cs) and BODY_PARTS.isdisjoint(cs)


def _paid_for(cs: list[str], someone: int) -> bool:
    """ "pay someone to", "hire somebody to", "pay good money for someone to"."""
    before = cs[max(0, someone - 5) : someone]
    return not _PAY.isdisjoint(before) and (before[-1] == "for" or before[-1] in _PAY)


def _threat(seq: Sequence[Token], intent: int, i: int, target: int, owner: int) -> StructHit:
    """The "threat.structure" hit of intent + harm verb i + target (or owner + body part)."""
    words = tuple(seq[k].text for k in (intent, i, owner, target) if k >= 0)
    what = f"{words[2]!r} {words[3]!r}" if owner >= 0 else repr(words[2])
    kind = "a person's body" if owner >= 0 else "target"
    return StructHit(
        "threat.structure",
        intent,
        target,
        words,
        f"intent ({words[0]!r}) + harm verb ({words[1]!r}) + {kind} ({what})",
        negated(seq, intent, 3) or negated(seq, i, 2),
    )


def _harm_target(
    seq: Sequence[Token], cs: list[str], original: str, i: int, verb: str
) -> tuple[int, int]:
    """(target, owner) after harm verb i: the person or place harmed, or a person's body part
    and the word naming its owner ("his jaw"); (-1, -1) when there is none."""
    if verb in PROPERTY_HARM:
        target = _property_target(seq, cs, i)
        if target >= 0:
            return target, -1
    else:
        target = _person_after(seq, cs, original, i)
        if (
            target >= 0
            and verb in _PEOPLE_ONLY
            and (cs[target] in PLACES or contest(cs, original, i))
        ):
            target = -1  # "jump in the office pool", "jump you in the league table"
        # After a weak verb only a person will do ("end the meeting", "break his jaw").
        if target >= 0 and (
            verb not in WEAK_HARM
            or cs[target] in WEAK_HARM_OBJECTS
            or seq[target].kind == "mention"
        ):
            return target, -1
    return _body_part(seq, cs, i) if verb not in _NOT_BODY_HARM else (-1, -1)


def _person_after(seq: Sequence[Token], cs: list[str], original: str, i: int) -> int:
    """The person (or group, or place) named in the three words after harm verb i, or -1."""
    n = len(seq)
    for k in range(i + 1, min(n, i + 4)):
        t = seq[k]
        c = cs[k]
        if c in NOT_TARGETS:
            break
        if c in DETERMINERS and k + 1 < n:
            nxt = cs[k + 1]
            if nxt in THREAT_TARGETS or nxt in GROUPS:
                return k + 1
            continue
        if t.kind == "mention" or c in THREAT_TARGETS or c in GROUPS or c in PEOPLE_TARGETS:
            return k
        raw = original[t.start : t.end]
        if k == i + 1 and raw[:1].isupper() and raw.isalpha() and raw not in ("I", "It"):
            return k  # a name: "kill Dave"
    return -1


def _body_part(seq: Sequence[Token], cs: list[str], i: int) -> tuple[int, int]:
    """(part, owner): "his jaw", "that guy's face", "@dave's nose" after harm verb i, or with
    what is smashed on it ("smash a bottle over his head"); "break a leg" names nobody's."""
    owner = -1
    free = 1
    over = False
    for k in range(i + 1, min(len(seq), i + 7)):
        t = seq[k]
        c = cs[k]
        if c in BODY_PARTS:
            return (k, owner) if owner >= 0 else (-1, -1)
        if c in BODY_OWNERS or (t.text.endswith("'s") and len(t.text) > 2):
            owner = k
        elif c in _OVER and not over and owner < 0 and free == 0 and cs[i] in _SMASH:
            over = True  # "a bottle over (his head)"
        elif c not in DETERMINERS:
            free -= 1
            if free < 0:
                break
    return -1, -1


def _wished_harm(
    seq: Sequence[Token], cs: list[str], original: str, i: int, verb: str
) -> StructHit | None:
    """ "(I) hope someone" + harm verb + target: "hope somebody slashes his tyres"."""
    if i < 2 or cs[i - 1] not in SOMEONE:
        return None
    wish = next((j for j in (i - 2, i - 3) if j >= 0 and cs[j] in WISH), -1)
    if wish < 0 or (wish == i - 3 and cs[i - 2] != "that"):
        return None
    target, owner = _harm_target(seq, cs, original, i, verb)
    if target < 0:
        return None
    if verb == "beat" and owner < 0 and not _particle_after(seq, cs, target, "up"):
        return None  # "I hope someone beats him in the final"
    if (
        seq[target].text.endswith("'s")
        and target + 1 < len(seq)
        and cs[target + 1] in PROPERTY_TARGETS
    ):
        target += 1  # "that councillor's house"
    whom = " ".join(t.text for t in seq[i + 1 : target + 1])
    return StructHit(
        "threat.wish",
        wish,
        target,
        tuple(seq[k].text for k in (wish, i - 1, i, owner, target) if k >= 0),
        f"wishes harm ({seq[wish].text!r} {seq[i - 1].text!r} {seq[i].text!r}) on {whom!r}",
        negated(seq, wish, 2),
    )


def _particle_after(seq: Sequence[Token], cs: list[str], k: int, word: str) -> bool:
    return k + 1 < len(seq) and cs[k + 1] == word


def _first_person_intent(seq: Sequence[Token], cs: list[str], j: int) -> int:
    """The "I" or intent word before token j with only auxiliaries between ("I'll", "I'm going
    to", "I swear I'll", "gonna"); -1 if the speaker does not say they will act."""
    for k in range(j - 1, max(-1, j - 5), -1):
        c = cs[k]
        if c in _FIRST_INTENT:
            return k
        if c not in _INTENT_GLUE:
            return -1
    return -1


def _weapon(seq: Sequence[Token], cs: list[str], w: int) -> StructHit | None:
    """ "I'll bring a gun", "I'm gonna show up with a knife", "bringing a machete to the
    office": a weapon the speaker will bring, or is bringing to a workplace."""
    carry = -1
    arriving = False
    for k in range(w - 1, max(-1, w - 9), -1):
        c = cs[k]
        if c in CARRY or c in ARRIVE:
            carry = k
            arriving = c in ARRIVE
            break
        if c in _WEAPON_HARMLESS or not (
            c in _CARRY_FILLER or c in WORKPLACES or seq[k].text.endswith("'s")
        ):
            return None  # "bring the glue gun"
    if carry < 0 or (arriving and all(cs[m] != "with" for m in range(carry + 1, w))):
        return None
    if near(seq, w, _WEAPON_HARMLESS):
        return None
    first = _first_person_intent(seq, cs, carry)
    last = w
    if first < 0:
        # Without "I'll": a weapon on its way to a workplace ("bringing a knife to work"), said
        # as the speaker's plan (not "stop a child from bringing a gun to school").
        before = seq[carry - 1] if carry > 0 else None
        if not seq[carry].text.endswith("ing") or (
            before is not None
            and seq[carry].start - before.end < 2
            and cs[carry - 1] not in ("and", "so", "then", "tomorrow", "today", "now")
        ):
            return None
        if w + 2 >= len(seq) or cs[w + 1] not in ("to", "into"):
            return None
        last = next((m for m in range(w + 2, min(len(seq), w + 4)) if cs[m] in WORKPLACES), -1)
        if last < 0:
            return None
        first = carry
    words = tuple(seq[k].text for k in dict.fromkeys((first, carry, w, last)))
    return StructHit(
        "threat.weapon",
        first,
        last,
        words,
        f"says a weapon is being brought ({' '.join(repr(x) for x in words)})",
        negated(seq, first, 3) or negated(seq, carry, 2),
    )


def _stalking(seq: Sequence[Token], cs: list[str], a: int) -> StructHit | None:
    """ "I know where you live/park", "I'll find out where you live", "I know which car is
    yours": the speaker knows, or will find out, where a person lives or what is theirs."""
    n = len(seq)
    k = a - 1
    if k >= 0 and cs[k] in ("exactly", "already", "now", "just"):
        k -= 1  # "I know exactly where"
    if k < 0:
        return None
    c = cs[k]
    if c == "out" and k > 0 and cs[k - 1] in _FIND:
        k -= 1
    elif c not in _KNOW:
        return None
    subject = _first_person_intent(seq, cs, k)
    if subject < 0:
        return None
    anchor = cs[a]
    if a + 2 >= n:
        return None
    if anchor == "where":
        # "where you live", "where your kids go to school" ("where you can park" is advice,
        # "where your family stands on this" an opinion).
        who = a + 1
        if not is_target(seq[who]):
            return None
        life = next((m for m in range(who + 1, min(n, who + 4)) if cs[m] in PRIVATE_LIFE), -1)
        if life < 0 or any(cs[m] in _MODALS for m in range(who + 1, life)):
            return None
        if cs[life] not in _LIVING:
            if life + 1 >= n or cs[life + 1] not in _LIVING:
                return None
            life += 1
    else:
        # "which car is yours", "which house you live in"
        life = a + 1
        if cs[life] not in PRIVATE_LIFE:
            return None
        who = next((m for m in range(life + 1, min(n, life + 4)) if is_target(seq[m])), -1)
        if who < 0 or any(cs[m] in _MODALS for m in range(who + 1, min(n, who + 3))):
            return None  # "I know which bus you should take": advice
    last = max(who, life)
    words = (seq[subject].text, seq[k].text, *(t.text for t in seq[a : last + 1]))
    return StructHit(
        "threat.stalking",
        subject,
        last,
        words,
        "says they know or will find out where a person lives or what is theirs "
        f"({' '.join(repr(x) for x in words)})",
        negated(seq, subject, 2) or negated(seq, k, 2),
    )


def _veiled(seq: Sequence[Token], cs: list[str], i: int, cue: str) -> StructHit | None:
    """A place that "won't be standing by Friday" or "will be rubble": a veiled threat, unless
    the post speaks of demolition or weather."""
    if i < 3 or cs[i - 1] != "be":
        return None
    k = i - 2  # back over "won't", "will not", "is going to"
    aux: set[str] = set()
    while k >= max(0, i - 5) and cs[k] in _VEILED_AUX:
        aux.add(cs[k])
        k -= 1
    t = i
    if cue == "standing":
        t = i + 1
        if aux.isdisjoint(_NOT_STANDING) or t >= len(seq):
            return None
        if cs[t] not in _TIME_CUES and cs[t] != "for":
            return None
        if cs[t] == "for":
            t += 1  # "for long", "for much longer"
            if t >= len(seq) or seq[t].text not in ("long", "much"):
                return None
        elif t + 1 < len(seq) and seq[t].text in ("by", "after", "until", "till", "on", "next"):
            t += 1  # "by Friday"
    elif not aux or not aux.isdisjoint(_NOT_STANDING):
        return None
    if k < 0 or cs[k] not in PLACES or near(seq, i, _DEMOLITION):
        return None
    words = tuple(tok.text for tok in seq[k : t + 1])
    return StructHit(
        "threat.veiled",
        k,
        t,
        words,
        f"says a place ({words[0]!r}) will not survive ({' '.join(words[1:])!r})",
        negated(seq, k, 2),
    )


def _property_target(seq: Sequence[Token], cs: list[str], i: int) -> int:
    """The person or property after a vandalism verb: "slash that reviewer's tyres", "burn
    down the council office"; determiners, particles, possessives and one modifier between."""
    free = 1
    for k in range(i + 1, min(len(seq), i + 6)):
        t = seq[k]
        c = cs[k]
        if c in NOT_TARGETS or c in _PREPOSITIONS:
            return -1
        if c in _POSSESSIVES:
            if c == "her" and not _target_noun_follows(seq, cs, k):
                return k  # "burn her"
            continue
        if t.kind == "mention" or c in SECOND_PERSON or c in ("him", "them"):
            return k
        if c in PROPERTY_TARGETS or c in PEOPLE_TARGETS or (c in THREAT_TARGETS and c != "all"):
            return k
        if c in DETERMINERS or c in _PARTICLES:
            continue
        if t.text.endswith("'s"):
            continue  # "that reviewer's (tyres)"
        free -= 1
        if free < 0:
            return -1
    return -1


def _target_noun_follows(seq: Sequence[Token], cs: list[str], k: int) -> bool:
    if k + 1 >= len(seq):
        return False
    c = cs[k + 1]
    return c in PROPERTY_TARGETS or c in PEOPLE_TARGETS or c in THREAT_TARGETS
