"""Context rules: who is targeted, threats from sentence structure (violence, vandalism, arson),
hateful generalisations and exclusion, negation and reported speech (more structures, for
insults, sexual wishes and drug slang, are in `structures`).

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
HARM_VERBS = _w(
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
    paedophiles groomers hate destroying ruining taking stealing invading breed
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
    """Intent + harm verb + target: "I'll / I'm going to / someone should" + "hurt" + "you"."""
    n = len(seq)
    for i, tok in enumerate(seq):
        verb = canon(tok)
        if verb not in HARM_VERBS or tok.kind == "part":
            continue
        intent = -1
        for j in range(i - 1, max(-1, i - 5), -1):
            c = canon(seq[j])
            if c in INTENT or seq[j].text.endswith("'ll"):
                intent = j
                break
        if intent < 0:
            continue
        # "I'm" needs "going/gonna/about" in between to mark intent ("I'm kill" is not English).
        if canon(seq[intent]) in ("i'm", "im", "someone") and i - intent > 1:
            between = {canon(seq[k]) for k in range(intent + 1, i)}
            if not between & {"going", "gonna", "about", "should", "will", "finna", "tryna"}:
                continue
        target = _property_target(seq, i) if verb in PROPERTY_HARM else -1
        for k in range(i + 1, min(n, i + 4)):
            if target >= 0 or verb in PROPERTY_HARM:
                break
            t = seq[k]
            c = canon(t)
            if c in NOT_TARGETS:
                break
            if c in DETERMINERS and k + 1 < n:
                nxt = canon(seq[k + 1])
                if nxt in THREAT_TARGETS or nxt in GROUPS:
                    target = k + 1
                    break
                continue
            if t.kind == "mention" or c in THREAT_TARGETS or c in GROUPS:
                target = k
                break
            raw = original[t.start : t.end]
            if k == i + 1 and raw[:1].isupper() and raw.isalpha() and raw not in ("I", "It"):
                target = k  # a name: "kill Dave"
                break
        if target < 0:
            continue
        if (
            verb in WEAK_HARM
            and canon(seq[target]) not in WEAK_HARM_OBJECTS
            and seq[target].kind != "mention"
        ):
            continue
        words = tuple(seq[k].text for k in (intent, i, target))
        neg = negated(seq, intent, 3) or negated(seq, i, 2)
        yield StructHit(
            "threat.structure",
            intent,
            target,
            words,
            f"intent ({words[0]!r}) + harm verb ({words[1]!r}) + target ({words[2]!r})",
            neg,
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
    """Group word + generalising or dehumanising predicate, or a call to expel/harm the group."""
    n = len(seq)
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


def _copula_between(seq: Sequence[Token], i: int, k: int) -> bool:
    return any(canon(seq[m]) in ("are", "r", "is", "were", "all") for m in range(i + 1, k))


def _all_before(seq: Sequence[Token], i: int) -> bool:
    return i > 0 and canon(seq[i - 1]) in ("all", "most", "every", "these", "those")


_ALL_CONTEXT = (
    SECOND_PERSON
    | THREAT_TARGETS
    | HARM_VERBS
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
