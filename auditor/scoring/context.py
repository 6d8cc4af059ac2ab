"""Context rules: who is targeted, threats from sentence structure (violence, vandalism, arson,
wishes of harm, weapons, knowing where someone lives, veiled threats to a place), hateful
generalisations, exclusion, hostility and known stereotypes or replacement tropes, negation and
reported speech (more structures, for insults, sexual wishes and drug slang, are in
`structures`).

These work on the token sequence of one post (see `normalize.tokenize`), never on single words
alone: "kill" is not a threat, "I'll kill you" is; "idiot" is mild, "@bob you idiot" is an insult.
Hate findings name the rule and the words ("all X are vermin"), never a trait of the author.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from auditor.scoring.normalize import MAX_WORD, Token, forms


def _w(words: str) -> frozenset[str]:
    return frozenset(words.split())


SECOND_PERSON = _w(
    """
    you u ya yu ye your ur you're youre yours yourself y'all yall thou yo
    """
)
FIRST_PERSON = _w(
    """
    i i'm im me myself i've ive i'd
    """
)
# Words that, placed after a harm verb, make it about a person or a place.
THREAT_TARGETS = _w(
    """
    you u ya yu him her them y'all yall yourself everyone everybody yourselves your ur his
    their all people guy guys man woman girl boy dude bitch bastard kid person idiot
    cops police boss manager coworkers colleagues teacher
    teachers senator president mayor judge office school building church mosque synagogue
    temple headquarters hq store mall station airport factory rally concert parliament
    congress capitol ceo neighbour neighbor ex wife husband girlfriend boyfriend family kids
    """
)
# Property a threat of vandalism or arson names ("slash his tyres", "burn down that office").
PROPERTY_TARGETS = _w(
    """
    tyres tires tyre tire car cars truck van house houses home office offices windows window
    shop store building buildings school church mosque synagogue temple headquarters hq factory
    restaurant pub bar clinic council station place flat apartment garage
    """
)
# People a threat may name that are not pronouns.
PEOPLE_TARGETS = _w(
    """
    reviewer reviewers journalist journalists reporter reporters critic critics committee
    councillor councillors councilor official officials staff landlord neighbours neighbors
    """
)
# Vandalism and arson: a threat only against a person or property (never "slash prices").
PROPERTY_HARM = _w(
    """
    slash slashing torch torching firebomb vandalise vandalize trash key burn burning
    """
)
_PARTICLES = _w("down up out off")
_POSSESSIVES = _w("his her their your ur my our")
_PREPOSITIONS = _w("for with to at on from about into of in by")
NOT_TARGETS = _w(
    """
    it time myself me
    """
)
DETERMINERS = _w(
    """
    the a an some this that these those our my every each
    """
) | frozenset(["this game"])
HARM = _w(
    """
    kill murder shoot stab hurt beat punch slap strangle choke bomb burn rape behead hang
    lynch slaughter execute poison smash knife gut torch end destroy bash kick attack
    assault drown skin cut massacre gas blow run break snap whack waste merk cap slit
    slash firebomb vandalise vandalize trash key
    """
)
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
INTENT = _w(
    """
    i'll ill will gonna ima imma i'ma should wanna shall must gotta let's lets i'd would
    going about want need needs ought finna tryna i'm im we'll they'll he'll she'll someone
    """
)
# "break his jaw", "smash that guy's face in": a harm verb and a person's body part.
BODY_PARTS = _w(
    """
    jaw jaws nose neck legs leg arms arm skull head face teeth ribs fingers kneecaps knees
    throat spine lip lips windpipe
    """
)
_BODY_OWNERS = _w("his her their your ur")
_NOT_BODY_HARM = _w("run waste end cap key trash gas")
_NOUN_BEFORE = _w("the a an this that my his her their your our")
# "I hope someone burns his house down": a wish of harm, the verb as said of someone else.
WISHED = {
    v + ("es" if v.endswith(("sh", "ch")) else "s"): v
    for v in HARM - _w("run waste end cap gas skin blow")
}
_WISH = _w("hope hoping hopefully wish wishing pray praying")
_SOMEONE = _w("someone somebody some1 sum1")
# "I'll bring a gun", "bringing a knife to the office", "I'll show up with a machete".
WEAPONS = _w(
    """
    gun guns pistol pistols rifle rifles shotgun shotguns firearm firearms machete machetes
    knife knives weapon weapons glock
    """
)
_CARRY = _w("bring bringing carry carrying pack packing")
_ARRIVE = _w("come coming show showing turn turning walk walking")  # ... "with" a weapon
_CARRY_FILLER = _w("a an the my his her our some loaded real big up in back round with at to")
# Words that make a weapon a tool, a toy or a hobby ("glue gun", "a knife for the cake").
_WEAPON_HARMLESS = _w(
    """
    nerf water glue squirt staple heat nail spray paintball airsoft toy prop fake foam bubble
    laser range hunting hunt deer clay cake bread butter cheese steak kitchen picnic camping
    fishing carving chef cooking cosplay costume film
    """
)
WORKPLACES = _w(
    """
    work office school meeting depot site shift job warehouse store shop standup hq factory
    headquarters plant canteen
    """
)
# The speaker says they are about to act: "I'll", "I'm going to", "I swear I'll", "gonna".
_FIRST_INTENT = _w("i i'll ill i'm im i've ive we we'll we've ima imma i'ma gonna finna")
_INTENT_GLUE = _w("will going to am just already now finally swear also soon really do")
# "I know where you live / park", "I'll find out where you live", "I know which car is yours".
_STALK_ANCHORS = _w("where which")
_KNOW = _w("know knew")
_FIND = _w("find found finding figure figured work worked track tracked")  # + "out"
PRIVATE_LIFE = _w(
    """
    live lives living park parks parked sleep sleeps stay staying kids children son daughter
    wife husband partner mum mom mother dad family car house home school
    """
)
# "where you live", "where your kids go (to school)", "where your car is"
_LIVING = _w(
    "live lives living park parks parked sleep sleeps stay stays staying go goes work works is"
)
_MODALS = _w("can could should might may need must want gotta ought would")
# "the depot won't be standing by Friday", "that office will be rubble by Monday".
PLACES = PROPERTY_TARGETS | _w("depot warehouse plant branch mill yard campus premises")
_RUIN = _w("rubble ashes")
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
# Every word a threat structure starts from; contextrules runs `threats` only on a post that
# holds one.
THREAT_CUES = HARM | frozenset(WISHED) | WEAPONS | _STALK_ANCHORS | _RUIN | {"standing"}
NEGATION = _w(
    """
    not never no don't dont won't wont wouldn't wouldnt shouldn't shouldnt can't cant cannot
    nobody noone didn't didnt isn't isnt aren't arent ain't nor neither nothing
    """
)
_REPORTED_RE = re.compile(
    r"\b(?:said|says|say|told|tells|claimed|claims|alleged|allegedly|accused|reportedly|according"
    r"|testified|quoted|quoting|wrote|writes|tweeted|posted|threatened|charged|convicted|"
    r"sentenced|arrested|prosecutors?|police said|court|trial|lyrics?|reports?|headline|sings?)\b"
)
_SENTENCE_END = re.compile(r"[.!?\n]")
_CONTEXT = 240  # characters before a hit that quoting and reporting cues are looked for in

GROUPS = _w(
    """
    immigrants migrants refugees muslims muslim jews jewish christians catholics hindus
    sikhs arabs blacks whites asians mexicans africans chinese indians latinos hispanics
    gays lesbians homosexuals queers trans transgenders transgender women woman females
    girls feminists foreigners illegals aliens gypsies roma jew blacks pakistanis somalis
    syrians afghans russians ukrainians palestinians israelis atheists disabled autistic
    poles romanians nigerians haitians irish mormons buddhists lgbt lgbtq
    """
)
# Swear words that are also slurs against women: a hate reading resting on them stands (the
# data the hate model learned from is hate against women and immigrants).
GENDERED_SLURS = _w("bitch bitches whore whores slut sluts hoe hoes cunt cunts skank skanks")
DEHUMANISING = _w(
    """
    vermin animals animal rats rat parasites parasite savages savage subhuman subhumans
    cockroaches roaches insects pigs dogs apes monkeys beasts filth filthy disease diseased
    plague cancer infestation invaders invasion scum trash garbage leeches locusts swarm
    creatures things untermenschen pests virus
    """
)
GENERALISING = _w(
    """
    terrorists terrorist criminals criminal rapists thieves murderers stupid dumb lazy evil
    inferior useless liars greedy dirty disgusting violent dangerous worthless idiots
    retarded bad uneducated primitive backwards sick mentally freaks degenerates pedophiles
    paedophiles groomers hate destroying ruining stealing invading breed
    emotional hysterical irrational incapable unfit weak worst
    """
)
COPULA = _w(
    """
    are r is were be being all just really so too nothing such the a bunch of like literally
    they they're theyre
    """
)
EXCLUSION_AFTER = _w(
    """
    die deported banned killed exterminated gassed removed leave go burn hang shot locked
    """
)
EXCLUSION_BEFORE = _w(
    """
    deport ban exterminate kill gas remove eradicate eliminate purge hang shoot expel
    """
)
# "never hire women", "don't trust immigrants": refusing a group work, service or trust.
DISCRIMINATE = _w(
    """
    hire hiring employ employing promote promoting trust serve serving rent admit
    """
)
_REFUSAL = _w("never don't dont stop shouldn't shouldnt won't wont no not")
HOSTILITY = _w(
    """
    hate hates despise despises detest detests loathe loathes
    """
)
# "can't stand working with X"
_STAND_FILLER = _w("working being dealing sitting living talking with around near next to")
# Stereotypes and replacement tropes told of a group, each read with the words around it.
TROPE_CUES = _w(
    """
    taking take replace replacing outbreed outbreeding breed breeding counting pinching
    grubbing control controls controlling
    """
)
_TAKEOVER_GLUE = _w(
    """
    are 're r is will want wanna gonna going to slowly already just really literally quietly
    basically soon eventually trying tryna plan planning all gradually
    """
)
_TAKEOVER_OBJECTS = _w(
    """
    country countries nation town towns city cities neighbourhood neighborhood neighbourhoods
    neighborhoods streets land jobs schools culture homes
    """
)
_PACE = _w("slowly already now everywhere soon fast quickly")
_POSITIVE = _w(
    """
    love loving proud congrats congratulations amazing awesome yay welcome celebrate
    celebrating brilliant inspiring hooray excited fantastic incredible
    """
)
_NOT_PEOPLES = _w(
    """
    women woman females girls feminists gays lesbians homosexuals queers trans transgenders
    transgender lgbt lgbtq disabled autistic
    """
)
_REPLACED = _w("us our white whites christians europeans natives")
_MONEY = _w("penny pennies coin coins cent cents")
_EVERY = _w("every each the their all")
_HABITUAL = _w("always constantly forever typical typically all")
_POWER = _w("banks media government press hollywood")
_GROUP_DETERMINERS = frozenset(("all", "the", "these", "those", "them", "fucking", "damn", "dirty"))
NAME_CALLING = _w(
    """
    asshole arsehole bitch bastard dick dickhead prick cunt twat wanker motherfucker fucker
    douche douchebag jackass dumbass shithead dipshit fuckface fuckwit fuckhead tosser
    knobhead bellend pussy cocksucker asshat smartass
    """
) | frozenset(["son of a bitch", "piece of shit"])
DISPARAGING = _w(
    """
    sucks suck garbage trash scam scammers junk worst terrible awful overpriced ripoff
    rip-off crap crappy shit shitty avoid inferior useless broken joke clowns pathetic
    frauds fraud liars rubbish dogshit horrible boycott
    """
)


def canon(tok: Token) -> str:
    """The plainest reading of a token that is a known context word, else its text."""
    return canon_text(tok.text)


def canon_text(text: str) -> str:
    """`canon` for a bare word (cached unless very long)."""
    return _canon(text) if len(text) <= MAX_WORD else text


@lru_cache(maxsize=65536)
def _canon(text: str) -> str:
    for form, _ in forms(text):
        if form in _ALL_CONTEXT:
            return form
    return text


def is_target(tok: Token, original: str) -> bool:
    if tok.kind == "mention":
        return True
    return canon(tok) in SECOND_PERSON


def negated(seq: Sequence[Token], i: int, before: int = 3) -> bool:
    """A negation word among the `before` tokens preceding token i."""
    for j in range(max(0, i - before), i):
        if canon(seq[j]) in NEGATION or seq[j].text.endswith("n't"):
            return True
    return False


def reported(norm_text: str, nstart: int, original: str, start: int) -> bool:
    """Inside quotation marks, or after a reporting cue ("said", "according to") in the sentence.

    Only the `_CONTEXT` characters before the hit are read, so a long post costs linear time.
    """
    lo = max(0, start - _CONTEXT)
    if original.count('"', lo, start) % 2 == 1:
        return True
    if original.rfind("“", lo, start) > original.rfind("”", lo, start):
        return True
    sentence_start = max(0, nstart - _CONTEXT)
    for m in _SENTENCE_END.finditer(norm_text, sentence_start, nstart):
        sentence_start = m.end()
    return _REPORTED_RE.search(norm_text, sentence_start, nstart) is not None


@dataclass(frozen=True, slots=True)
class StructHit:
    rule: str
    first: int  # token indices, inclusive
    last: int
    words: tuple[str, ...]
    why: str
    negated: bool = False


def threats(seq: Sequence[Token], original: str) -> Iterator[StructHit]:
    """Threats from sentence structure: intent + harm verb + target ("I'll / I'm going to /
    someone should" + "hurt" + "you" or "his jaw"), a wish of harm ("I hope someone burns his
    house down"), bringing a weapon ("I'll bring a gun"), knowing where a person lives ("I know
    where you park"), and a place that "won't be standing by Friday"."""
    for i, tok in enumerate(seq):
        c = canon(tok)
        if c not in THREAT_CUES or tok.kind == "part":
            continue
        hit: StructHit | None = None
        if c in HARM:
            hit = _intent_harm(seq, original, i, c)
        elif c in WISHED:
            hit = _wished_harm(seq, original, i, WISHED[c])
        elif c in _STALK_ANCHORS:
            hit = _stalking(seq, i)
        elif c == "standing" or c in _RUIN:
            hit = _veiled(seq, i, c)
        if hit is None and c in WEAPONS:
            hit = _weapon(seq, i)
        if hit is not None:
            yield hit


def _intent_harm(seq: Sequence[Token], original: str, i: int, verb: str) -> StructHit | None:
    if i > 0 and canon(seq[i - 1]) in _NOUN_BEFORE:
        return None  # a noun, not a verb: "take the knife off him", "a kill streak"
    intent = -1
    for j in range(i - 1, max(-1, i - 5), -1):
        c = canon(seq[j])
        if c in INTENT or seq[j].text.endswith("'ll"):
            intent = j
            break
    if intent < 0:
        return None
    # "I'm" needs "going/gonna/about" in between to mark intent ("I'm kill" is not English).
    if canon(seq[intent]) in ("i'm", "im", "someone") and i - intent > 1:
        between = {canon(seq[k]) for k in range(intent + 1, i)}
        if not between & {"going", "gonna", "about", "should", "will", "finna", "tryna"}:
            return None
    target, owner = _harm_target(seq, original, i, verb)
    if target < 0:
        return None
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


def _harm_target(seq: Sequence[Token], original: str, i: int, verb: str) -> tuple[int, int]:
    """(target, owner) after harm verb i: the person or place harmed, or a person's body part
    and the word naming its owner ("his jaw"); (-1, -1) when there is none."""
    if verb in PROPERTY_HARM:
        target = _property_target(seq, i)
        if target >= 0:
            return target, -1
    else:
        target = _person_after(seq, original, i)
        # After a weak verb only a person will do ("end the meeting", "break his jaw").
        if target >= 0 and (
            verb not in WEAK_HARM
            or canon(seq[target]) in WEAK_HARM_OBJECTS
            or seq[target].kind == "mention"
        ):
            return target, -1
    return _body_part(seq, i) if verb not in _NOT_BODY_HARM else (-1, -1)


def _person_after(seq: Sequence[Token], original: str, i: int) -> int:
    """The person (or group, or place) named in the three words after harm verb i, or -1."""
    n = len(seq)
    for k in range(i + 1, min(n, i + 4)):
        t = seq[k]
        c = canon(t)
        if c in NOT_TARGETS:
            break
        if c in DETERMINERS and k + 1 < n:
            nxt = canon(seq[k + 1])
            if nxt in THREAT_TARGETS or nxt in GROUPS:
                return k + 1
            continue
        if t.kind == "mention" or c in THREAT_TARGETS or c in GROUPS:
            return k
        raw = original[t.start : t.end]
        if k == i + 1 and raw[:1].isupper() and raw.isalpha() and raw not in ("I", "It"):
            return k  # a name: "kill Dave"
    return -1


def _body_part(seq: Sequence[Token], i: int) -> tuple[int, int]:
    """(part, owner): "his jaw", "that guy's face", "@dave's nose" after harm verb i ("break a
    leg" names nobody's)."""
    owner = -1
    free = 1
    for k in range(i + 1, min(len(seq), i + 5)):
        t = seq[k]
        c = canon(t)
        if c in BODY_PARTS:
            return (k, owner) if owner >= 0 else (-1, -1)
        if c in _BODY_OWNERS or (t.text.endswith("'s") and len(t.text) > 2):
            owner = k
        elif c not in DETERMINERS:
            free -= 1
            if free < 0:
                break
    return -1, -1


def _wished_harm(seq: Sequence[Token], original: str, i: int, verb: str) -> StructHit | None:
    """ "(I) hope someone" + harm verb + target: "hope somebody slashes his tyres"."""
    if i < 2 or canon(seq[i - 1]) not in _SOMEONE:
        return None
    wish = next((j for j in (i - 2, i - 3) if j >= 0 and canon(seq[j]) in _WISH), -1)
    if wish < 0 or (wish == i - 3 and canon(seq[i - 2]) != "that"):
        return None
    target, owner = _harm_target(seq, original, i, verb)
    if target < 0:
        return None
    if verb == "beat" and owner < 0 and not _particle_after(seq, target, "up"):
        return None  # "I hope someone beats him in the final"
    if (
        seq[target].text.endswith("'s")
        and target + 1 < len(seq)
        and canon(seq[target + 1]) in PROPERTY_TARGETS
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


def _particle_after(seq: Sequence[Token], k: int, word: str) -> bool:
    return k + 1 < len(seq) and canon(seq[k + 1]) == word


def _near(seq: Sequence[Token], i: int, words: frozenset[str], reach: int = 15) -> bool:
    """One of `words` within `reach` tokens of token i (a window, so long posts stay linear)."""
    return any(canon(t) in words for t in seq[max(0, i - reach) : i + reach + 1])


def _first_person_intent(seq: Sequence[Token], j: int) -> int:
    """The "I" or intent word before token j with only auxiliaries between ("I'll", "I'm going
    to", "I swear I'll", "gonna"); -1 if the speaker does not say they will act."""
    for k in range(j - 1, max(-1, j - 5), -1):
        c = canon(seq[k])
        if c in _FIRST_INTENT:
            return k
        if c not in _INTENT_GLUE:
            return -1
    return -1


def _weapon(seq: Sequence[Token], w: int) -> StructHit | None:
    """ "I'll bring a gun", "I'm gonna show up with a knife", "bringing a machete to the
    office": a weapon the speaker will bring, or is bringing to a workplace."""
    carry = -1
    arriving = False
    for k in range(w - 1, max(-1, w - 9), -1):
        c = canon(seq[k])
        if c in _CARRY or c in _ARRIVE:
            carry = k
            arriving = c in _ARRIVE
            break
        if c in _WEAPON_HARMLESS or not (
            c in _CARRY_FILLER or c in WORKPLACES or seq[k].text.endswith("'s")
        ):
            return None  # "bring the glue gun"
    if carry < 0 or (arriving and all(canon(seq[m]) != "with" for m in range(carry + 1, w))):
        return None
    if _near(seq, w, _WEAPON_HARMLESS):
        return None
    first = _first_person_intent(seq, carry)
    last = w
    if first < 0:
        # Without "I'll": a weapon on its way to a workplace ("bringing a knife to work"), said
        # as the speaker's plan (not "stop a child from bringing a gun to school").
        before = seq[carry - 1] if carry > 0 else None
        if not seq[carry].text.endswith("ing") or (
            before is not None
            and seq[carry].start - before.end < 2
            and canon(before) not in ("and", "so", "then", "tomorrow", "today", "now")
        ):
            return None
        if w + 2 >= len(seq) or canon(seq[w + 1]) not in ("to", "into"):
            return None
        last = next(
            (m for m in range(w + 2, min(len(seq), w + 4)) if canon(seq[m]) in WORKPLACES), -1
        )
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


def _stalking(seq: Sequence[Token], a: int) -> StructHit | None:
    """ "I know where you live/park", "I'll find out where you live", "I know which car is
    yours": the speaker knows, or will find out, where a person lives or what is theirs."""
    n = len(seq)
    k = a - 1
    if k >= 0 and canon(seq[k]) in ("exactly", "already", "now", "just"):
        k -= 1  # "I know exactly where"
    if k < 0:
        return None
    c = canon(seq[k])
    if c == "out" and k > 0 and canon(seq[k - 1]) in _FIND:
        k -= 1
    elif c not in _KNOW:
        return None
    subject = _first_person_intent(seq, k)
    if subject < 0:
        return None
    anchor = canon(seq[a])
    if a + 2 >= n:
        return None
    if anchor == "where":
        # "where you live", "where your kids go to school" ("where you can park" is advice,
        # "where your family stands on this" an opinion).
        who = a + 1
        if not is_target(seq[who], ""):
            return None
        life = next(
            (m for m in range(who + 1, min(n, who + 4)) if canon(seq[m]) in PRIVATE_LIFE), -1
        )
        if life < 0 or any(canon(seq[m]) in _MODALS for m in range(who + 1, life)):
            return None
        if canon(seq[life]) not in _LIVING:
            if life + 1 >= n or canon(seq[life + 1]) not in _LIVING:
                return None
            life += 1
    else:
        # "which car is yours", "which house you live in"
        life = a + 1
        if canon(seq[life]) not in PRIVATE_LIFE:
            return None
        who = next((m for m in range(life + 1, min(n, life + 4)) if is_target(seq[m], "")), -1)
        if who < 0:
            return None
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


def _veiled(seq: Sequence[Token], i: int, cue: str) -> StructHit | None:
    """A place that "won't be standing by Friday" or "will be rubble": a veiled threat, unless
    the post speaks of demolition or weather."""
    if i < 3 or canon(seq[i - 1]) != "be":
        return None
    k = i - 2  # back over "won't", "will not", "is going to"
    aux: set[str] = set()
    while k >= max(0, i - 5) and canon(seq[k]) in _VEILED_AUX:
        aux.add(canon(seq[k]))
        k -= 1
    t = i
    if cue == "standing":
        t = i + 1
        if aux.isdisjoint(_NOT_STANDING) or t >= len(seq):
            return None
        if canon(seq[t]) not in _TIME_CUES and canon(seq[t]) != "for":
            return None
        if canon(seq[t]) == "for":
            t += 1  # "for long", "for much longer"
            if t >= len(seq) or seq[t].text not in ("long", "much"):
                return None
        elif t + 1 < len(seq) and seq[t].text in ("by", "after", "until", "till", "on", "next"):
            t += 1  # "by Friday"
    elif not aux or not aux.isdisjoint(_NOT_STANDING):
        return None
    if k < 0 or canon(seq[k]) not in PLACES or _near(seq, i, _DEMOLITION):
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


def _property_target(seq: Sequence[Token], i: int) -> int:
    """The person or property after a vandalism verb: "slash that reviewer's tyres", "burn
    down the council office"; determiners, particles, possessives and one modifier between."""
    free = 1
    for k in range(i + 1, min(len(seq), i + 6)):
        t = seq[k]
        c = canon(t)
        if c in NOT_TARGETS or c in _PREPOSITIONS:
            return -1
        if c in _POSSESSIVES:
            if c == "her" and not _target_noun_follows(seq, k):
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


def _target_noun_follows(seq: Sequence[Token], k: int) -> bool:
    if k + 1 >= len(seq):
        return False
    c = canon(seq[k + 1])
    return c in PROPERTY_TARGETS or c in PEOPLE_TARGETS or c in THREAT_TARGETS


def hate_statements(seq: Sequence[Token]) -> Iterator[StructHit]:
    """Group word + generalising or dehumanising predicate, a call to expel/harm the group,
    hostility ("can't stand X"), or a known stereotype or replacement trope."""
    n = len(seq)
    seen: set[int] = set()
    for i, tok in enumerate(seq):
        g = canon(tok)
        if g not in GROUPS:
            continue
        # "deport all immigrants", "ban muslims"; "I hate immigrants"
        for j in range(max(0, i - 3), i):
            c = canon(seq[j])
            # (one space between: "Tourists go home, refugees welcome" is two slogans)
            if (
                c == "home"
                and j == i - 1
                and j > 0
                and canon(seq[j - 1]) == "go"
                and tok.start - seq[j].end == 1
            ):
                yield StructHit(
                    "hate.exclusion",
                    j - 1,
                    i,
                    ("go home", tok.text),
                    f"tells a group to leave ('go home' {tok.text!r})",
                    negated(seq, j - 1, 2),
                )
                break
            if c in EXCLUSION_BEFORE:
                yield StructHit(
                    "hate.exclusion",
                    j,
                    i,
                    (seq[j].text, tok.text),
                    f"calls to {seq[j].text!r} a group ({tok.text!r})",
                    negated(seq, j, 2),
                )
                break
            if (
                c in DISCRIMINATE
                and j > 0
                and canon(seq[j - 1]) in _REFUSAL
                and all(
                    canon(seq[m]) in _GROUP_DETERMINERS or seq[m].text == "any"
                    for m in range(j + 1, i)
                )
            ):
                yield StructHit(
                    "hate.exclusion",
                    j - 1,
                    i,
                    (seq[j - 1].text, seq[j].text, tok.text),
                    f"calls to exclude a group ({seq[j - 1].text!r} {seq[j].text!r} {tok.text!r})",
                    negated(seq, j - 1, 2),
                )
                break
            if c in HOSTILITY and all(canon(seq[m]) in _GROUP_DETERMINERS for m in range(j + 1, i)):
                yield StructHit(
                    "hate.hostility",
                    j,
                    i,
                    (seq[j].text, tok.text),
                    f"hostility towards a group ({seq[j].text!r} {tok.text!r})",
                    negated(seq, j, 2),
                )
                break
        # "X are vermin", "all X are terrorists", "X are too stupid to", "X should be deported"
        k = i + 1
        while k < n and seq[k].kind == "part" and seq[k].start < tok.end:
            k += 1  # the pieces of a hashtag ("#Feminists" -> "feminist", "s") are not words
        steps = 0
        neg = False
        while k < n and steps < 5:
            c = canon(seq[k])
            if c in NEGATION or seq[k].text.endswith("n't"):
                neg = True
            if c in DEHUMANISING:
                yield StructHit(
                    "hate.dehumanising",
                    i,
                    k,
                    (tok.text, seq[k].text),
                    f"a group ({tok.text!r}) described as {seq[k].text!r}",
                    neg,
                )
                break
            if c in GENERALISING and (_copula_between(seq, i, k) or _all_before(seq, i)):
                yield StructHit(
                    "hate.generalisation",
                    i,
                    k,
                    (tok.text, seq[k].text),
                    f"a generalisation about a group ({tok.text!r} ... {seq[k].text!r})",
                    neg,
                )
                break
            if c in ("not", "aren't", "arent") and k + 1 < n and canon(seq[k + 1]) == "welcome":
                yield StructHit(
                    "hate.exclusion",
                    i,
                    k + 1,
                    (tok.text, seq[k].text, "welcome"),
                    f"says a group ({tok.text!r}) is not welcome",
                )
                break
            if c == "should" and k + 1 < n:
                nxt = {canon(seq[m]) for m in range(k + 1, min(n, k + 4))}
                hit = nxt & EXCLUSION_AFTER
                if hit:
                    yield StructHit(
                        "hate.exclusion",
                        i,
                        min(n - 1, k + 3),
                        (tok.text, "should", *sorted(hit)),
                        f"says a group ({tok.text!r}) should be {sorted(hit)[0]!r}",
                        neg,
                    )
                    break
            filler = c in COPULA or c in NEGATION or seq[k].text.endswith("n't")
            if not filler and steps >= 1 and c not in ("too", "so", "very", "such"):
                break
            k += 1
            steps += 1
        stand = _cant_stand(seq, i)
        if stand is not None:
            yield stand
        trope = _trope(seq, i, seen)
        if trope is not None:
            yield trope


def _cant_stand(seq: Sequence[Token], g: int) -> StructHit | None:
    """ "can't stand (working with) (the) X": hostility towards group g ("can't stand the
    Chinese food here" is about the food)."""
    if not canon(seq[g]).endswith("s") and g + 1 < len(seq) and seq[g + 1].start - seq[g].end < 2:
        return None
    for j in range(g - 1, max(0, g - 6), -1):
        c = canon(seq[j])
        if c == "stand" and canon(seq[j - 1]) in ("can't", "cant", "cannot"):
            words = (seq[j - 1].text, seq[j].text, seq[g].text)
            return StructHit(
                "hate.hostility",
                j - 1,
                g,
                words,
                f"hostility towards a group ({words[0]!r} {words[1]!r} ... {words[2]!r})",
                negated(seq, j - 1, 2),
            )
        if c not in _STAND_FILLER and c not in _GROUP_DETERMINERS:
            return None
    return None


def _trope(seq: Sequence[Token], g: int, seen: set[int]) -> StructHit | None:
    """Group g, then within a few words a known stereotype or replacement trope: "always
    counting every penny", "they're taking over", "breed like rabbits", "will replace us"."""
    for k in range(g + 1, min(len(seq), g + 10)):
        c = canon(seq[k])
        if c not in TROPE_CUES or k in seen:
            continue
        first, last = _trope_span(seq, g, k, c)
        if last < 0:
            continue
        seen.add(k)
        neg = any(canon(t) in NEGATION or t.text.endswith("n't") for t in seq[g + 1 : first])
        words = tuple(t.text for t in seq[first : last + 1])
        return StructHit(
            "hate.stereotype",
            g,
            last,
            (seq[g].text, *words),
            f"a group ({seq[g].text!r}) with a known stereotype or replacement trope "
            f"({' '.join(words)!r})",
            # "You will not replace us" is the trope itself, not its denial.
            neg and c not in ("replace", "replacing"),
        )
    return None


def _trope_span(seq: Sequence[Token], g: int, k: int, c: str) -> tuple[int, int]:
    """Where the trope starting at cue k lies ((-1, -1): the cue is used otherwise)."""
    n = len(seq)
    nxt = canon(seq[k + 1]) if k + 1 < n else ""
    if c in ("taking", "take"):
        return (k, _takeover_end(seq, g, k)) if nxt in ("over", "our") else (-1, -1)
    if c in ("replace", "replacing"):
        return (k, k + 1) if nxt in _REPLACED else (-1, -1)
    if c in ("outbreed", "outbreeding"):
        return k, k
    if c in ("breed", "breeding"):
        return (k, k + 1) if nxt == "like" else (-1, -1)
    if c in ("counting", "pinching", "grubbing"):
        # Money, said as a habit of the group: "always counting every penny" ("refugees are
        # counting every penny this winter" is hardship, not a stereotype).
        first = last = k
        if c != "counting" and canon(seq[k - 1]) in ("penny", "money"):
            first = k - 1  # "penny pinching", "money grubbing"
        else:
            last = k + 1
            while last < min(n, k + 3) and canon(seq[last]) in _EVERY:
                last += 1
            if c == "grubbing" or last >= n or canon(seq[last]) not in _MONEY:
                return -1, -1  # not "counting every penny", "pinching pennies"
        for j in range(max(g + 1, first - 2), first):
            if canon(seq[j]) in _HABITUAL:
                return j, last
        return -1, -1
    # "control the banks / the media"
    if nxt == "the" and k + 2 < n and canon(seq[k + 2]) in _POWER:
        return k, k + 2
    return -1, -1


def _takeover_end(seq: Sequence[Token], g: int, k: int) -> int:
    """The last word of "X are (slowly) taking (over)" + "our country" or the end of the
    clause; -1 when the group is not the subject, or the post celebrates ("women are taking
    over tech", "... taking over and I love it")."""
    n = len(seq)
    m = k - 1
    while m > g and canon(seq[m]) in _TAKEOVER_GLUE:
        m -= 1
    if m != g and canon(seq[m]) not in ("they", "they're", "theyre", "they'll"):
        return -1
    o = k + 1 if seq[k + 1].text == "over" else k  # "taking over our jobs", "taking our jobs"
    if (
        o + 2 < n
        and canon(seq[o + 1]) in ("our", "this", "the", "my")
        and canon(seq[o + 2]) in _TAKEOVER_OBJECTS
    ):
        return o + 2
    if o == k:
        return -1  # "taking" alone needs its object ("are taking the lead")
    clause_end = o + 1 >= n or seq[o + 1].start - seq[o].end > 1 or seq[o + 1].text in _PACE
    # Women, gay or disabled people "taking over" is mostly cheering; the replacement trope
    # is told of peoples: faiths, ethnicities, nationalities and migrants.
    if not clause_end or canon(seq[g]) in _NOT_PEOPLES:
        return -1
    return -1 if _near(seq, k, _POSITIVE) else o


def _copula_between(seq: Sequence[Token], i: int, k: int) -> bool:
    return any(canon(seq[m]) in ("are", "r", "is", "were", "all") for m in range(i + 1, k))


def _all_before(seq: Sequence[Token], i: int) -> bool:
    return i > 0 and canon(seq[i - 1]) in ("all", "most", "every", "these", "those")


_ALL_CONTEXT = (
    SECOND_PERSON
    | THREAT_TARGETS
    | THREAT_CUES
    | BODY_PARTS
    | _SOMEONE
    | _WISH
    | _CARRY
    | _ARRIVE
    | WORKPLACES
    | PRIVATE_LIFE
    | PLACES
    | TROPE_CUES
    | INTENT
    | NEGATION
    | GROUPS
    | DEHUMANISING
    | GENERALISING
    | COPULA
    | EXCLUSION_AFTER
    | EXCLUSION_BEFORE
    | NAME_CALLING
    | DISPARAGING
    | NOT_TARGETS
    | HOSTILITY
    | FIRST_PERSON
    | DISCRIMINATE
    | PROPERTY_TARGETS
    | PEOPLE_TARGETS
    | frozenset(("going", "gonna", "about", "should", "will", "i'm", "im", "too"))
)
