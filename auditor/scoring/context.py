"""What the context rules share: the words the threat and hate rules read (the people addressed
or targeted, intent, harm verbs, weapons, places and private life, groups and what is said of
them, negation), how a token is read against them (`canon`: through possessives, apostrophes,
leetspeak and stretching), negation, reported speech, whether a token addresses someone, and the
hit a rule returns (`StructHit`). The rules are in `threats` and `hate`; the insult, sexual and
drug rules read their own words (`structures`) first, then these.

The rules work on the token sequence of one post (see `normalize.tokenize`), never on single words
alone: "kill" is not a threat, "I'll kill you" is; "idiot" is mild, "@bob you idiot" is an insult.

The lists `canon` reads against stay here, beside it: a token takes the first of its readings
that is any word in `_ALL_CONTEXT` ("th3" reads as "the" because COPULA holds it), so a list
moved out of that union would change how the other rules read tokens.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import itemgetter

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
    customer customers client clients supervisor supervisors contractor contractors intern
    interns cashier director directors receptionist auditor coworker colleague snitch snitches
    supplier suppliers vendor vendors courier driver drivers
    """
)
NOT_TARGETS = _w(
    """
    it time myself me
    """
)
HARM = _w(
    """
    kill murder shoot stab hurt beat punch slap strangle choke bomb burn rape behead hang
    lynch slaughter execute poison smash knife gut torch end destroy bash kick attack
    assault drown skin cut massacre gas blow run break snap whack waste merk cap slit
    slash firebomb vandalise vandalize trash key jump maim cripple burning torching slashing
    """
)
INTENT = _w(
    """
    i'll ill will gonna ima imma i'ma should wanna shall must gotta let's lets i'd would
    going about want need needs ought finna tryna i'm im we'll they'll he'll she'll someone
    plan planning plotting
    """
)
# "break his jaw", "smash that guy's face in": a harm verb and a person's body part.
BODY_PARTS = _w(
    """
    jaw jaws nose neck legs leg arms arm skull head face teeth ribs fingers kneecaps knees
    throat spine lip lips windpipe
    """
)
# "I hope someone burns his house down": a wish of harm, the verb as said of someone else.
WISHED = {
    v + ("es" if v.endswith(("sh", "ch")) else "s"): v
    for v in HARM - _w("run waste end cap gas skin blow")
}
WISH = _w("hope hoping hopefully wish wishing pray praying")
SOMEONE = _w("someone somebody some1 sum1")
# "I'll bring a gun", "bringing a knife to the office", "I'll show up with a machete".
WEAPONS = _w(
    """
    gun guns pistol pistols rifle rifles shotgun shotguns firearm firearms machete machetes
    knife knives weapon weapons glock
    """
)
CARRY = _w("bring bringing carry carrying pack packing")
ARRIVE = _w("come coming show showing turn turning walk walking")  # ... "with" a weapon
WORKPLACES = _w(
    """
    work office school meeting depot site shift job warehouse store shop standup hq factory
    headquarters plant canteen
    """
)
# "I know where you live / park", "I'll find out where you live", "I know which car is yours".
STALK_ANCHORS = _w("where which")
PRIVATE_LIFE = _w(
    """
    live lives living park parks parked sleep sleeps stay staying kids children son daughter
    wife husband partner mum mom mother dad family car house home school train bus route
    commute gym
    """
)
# "the depot won't be standing by Friday", "that office will be rubble by Monday".
PLACES = PROPERTY_TARGETS | _w("depot warehouse plant branch mill yard campus premises")
RUIN = _w("rubble ashes")
# Harm said in the passive, done to someone ("hope he gets shot", "gonna get his teeth knocked
# in", "she deserves to be punched"); some need more words after them (`threats_passive`).
HARMED = _w(
    """
    shot stabbed killed murdered punched slapped strangled choked lynched hanged beheaded
    executed poisoned shanked raped butchered slaughtered smacked decked assaulted attacked
    beaten jumped kneecapped tortured torched broken broke smashed knocked kicked run hit
    merked battered glassed knifed stomped maimed crippled mugged slashed keyed vandalised
    vandalized
    """
)
# Where a person ends up after harm ("he's going home in an ambulance").
AFTERMATH = _w("ambulance hospital coffin wheelchair morgue icu a&e er bag")  # (body) bag
# Thrown through a window ("someone should put a brick through their window").
MISSILES = _w("brick bricks rock rocks stone stones molotov head face")
# Veiled: "a little 'accident'", "would be a shame if something happened to your car", "I'll
# be waiting by her car", "he'll be lucky to walk", "know what happens to snitches?", "calmly
# discuss it with a crowbar", "hope his brakes fail", "that office would look better burnt
# down", "watch your back" (see `threats_passive`).
VEILED_CUES = _w(
    """
    accident accidents shame pity awful terrible tragic wait waits waiting waitin lucky walk
    stand wake happens happened dealt crowbar crowbars bat hammer brakes crash crashes explode
    explodes fail fails burnt burned watch funny hilarious sad hate kicking beating hiding
    bullet battering pasting piece
    """
)
# Every word a threat structure starts from; contextrules runs `threats` only on a post that
# holds one.
THREAT_CUES = (
    HARM
    | frozenset(WISHED)
    | WEAPONS
    | STALK_ANCHORS
    | RUIN
    | {"standing"}
    | HARMED
    | AFTERMATH
    | MISSILES
    | VEILED_CUES
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
# Singular and adjective forms the hate rules also read as a group ("never trust a Pakistani",
# "gay couples shouldn't be allowed"). Only the hate rules: naming one ("the refugee crisis",
# "a gay colleague") does not make a post about a group for the engine's other tests.
GROUP_FORMS = GROUPS | _w(
    """
    immigrant migrant refugee pakistani gypsy foreigner christian hindu sikh arab mexican
    african latino latina hispanic lesbian homosexual feminist somali syrian afghan nigerian
    romanian gay
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
    filtered screened weeded rejected fired sacked excluded segregated
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
HOSTILITY = _w(
    """
    hate hates despise despises detest detests loathe loathes
    """
)
# Stereotypes and replacement tropes told of a group, each read with the words around it.
TROPE_CUES = _w(
    """
    taking take replace replacing outbreed outbreeding breed breeding counting pinching
    grubbing control controls controlling run runs running
    """
)
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


_TEXT = itemgetter(1)  # Token.text
MEMO_SIZE = 65536  # distinct words remembered per reading before the memo starts afresh


class WordMemo(dict[str, str]):
    """word -> `read(word)`, remembered per distinct word (posts reuse a small vocabulary).

    A lookup of a known word is one C-level dict access, so `map(memo.__getitem__, words)`
    reads a whole post without a Python call per token. Words longer than MAX_WORD read as
    themselves and are never kept (hostile input must not fill memory); when MEMO_SIZE words
    are kept, the memo is cleared.
    """

    def __init__(self, read: Callable[[str], str]) -> None:
        super().__init__()
        self._read = read

    def __missing__(self, word: str) -> str:
        if len(word) > MAX_WORD:
            return word
        reading = self._read(word)
        if len(self) >= MEMO_SIZE:
            self.clear()
        self[word] = reading
        return reading

    def of_tokens(self, seq: Sequence[Token]) -> list[str]:
        """The reading of every token of seq, in order."""
        return list(map(self.__getitem__, map(_TEXT, seq)))


def _read(text: str) -> str:
    for form, _ in forms(text):
        if form in _ALL_CONTEXT:
            return form
    return text


_CANONS = WordMemo(_read)
# `canon` for a bare word (memoised unless very long).
canon_text: Callable[[str], str] = _CANONS.__getitem__
# `canon` of every token of a sequence, in order: rules scan this list, not the tokens.
canons: Callable[[Sequence[Token]], list[str]] = _CANONS.of_tokens


def canon(tok: Token) -> str:
    """The plainest reading of a token that is a known context word, else its text."""
    return _CANONS[tok.text]


def is_target(tok: Token) -> bool:
    """The token addresses someone: an @mention or a second-person word."""
    if tok.kind == "mention":
        return True
    return canon(tok) in SECOND_PERSON


def is_negation(tok: Token) -> bool:
    """A negation word, or any word ending in "n't"."""
    return canon(tok) in NEGATION or tok.text.endswith("n't")


def negated(seq: Sequence[Token], i: int, before: int = 3) -> bool:
    """A negation word among the `before` tokens preceding token i."""
    texts = list(map(_TEXT, seq[max(0, i - before) : i]))
    # (`is_negation` of each token, its two tests taken over the whole window in turn)
    return not NEGATION.isdisjoint(map(canon_text, texts)) or any(t.endswith("n't") for t in texts)


def reported(norm_text: str, nstart: int, original: str, start: int) -> bool:
    """Inside quotation marks, or after a reporting cue ("said", "according to") in the sentence.

    Only the `_CONTEXT` characters before the hit are read, so a long post costs linear time.
    """
    if quoted(original, start):
        return True
    sentence_start = max(0, nstart - _CONTEXT)
    for m in _SENTENCE_END.finditer(norm_text, sentence_start, nstart):
        sentence_start = m.end()
    return any(
        not _own_words(norm_text, sentence_start, m)
        for m in _REPORTED_RE.finditer(norm_text, sentence_start, nstart)
    )


# "I told him", "we said", "Told my supervisor ...": the author's own words are not someone
# else's; "if he reports me", "he writes me up": acting on someone, not reported speech.
_OWN_SPEAKER = re.compile(
    r"\b(?:i|i've|ive|we|we've)\s+(?:(?!(?:was|were|been|am|get|got)\b)\w+\s+)?$"
)
_ACTOR = re.compile(r"\b(?:he|she|they|you|u|someone|anyone|somebody|anybody)\s+(?:ever\s+)?$")
_ACTED_ON = re.compile(r"\s+(?:me|us|him|her|them|you)\b")
_SPEECH = frozenset(("said", "say", "says", "told", "tells", "wrote", "posted", "tweeted"))


def _own_words(norm_text: str, sentence_start: int, m: re.Match[str]) -> bool:
    """The reporting cue `m` reports the author's own words, or is someone reporting a
    person, not speech."""
    before = norm_text[sentence_start : m.start()]
    cue = m.group()
    if (
        cue.startswith(("report", "writes", "wrote"))
        and _ACTOR.search(before) is not None
        and _ACTED_ON.match(norm_text, m.end()) is not None
    ):
        return True  # "if he reports me", "he writes me up": a person acted on, not words
    if cue == "told" and not before.strip():
        return True  # "Told my supervisor that ...": the subject left out is the author
    return cue in _SPEECH and _OWN_SPEAKER.search(before) is not None


def quoted(original: str, start: int) -> bool:
    """Position `start` of the original text lies inside quotation marks (double, curly, or
    single quotes around a phrase); only the `_CONTEXT` characters before it are read."""
    lo = max(0, start - _CONTEXT)
    if original.count('"', lo, start) % 2 == 1:
        return True
    if original.rfind("“", lo, start) > original.rfind("”", lo, start):
        return True
    return _inside_single_quotes(original, lo, start)


# Single quotes, told apart from apostrophes: an opening one follows a space or the start and
# comes before a non-space; a closing one follows a non-space and comes before a space, the end
# or punctuation ("replies like 'go die' get flagged", "'Smack My Bitch Up' is next").
_OPEN_SINGLE = re.compile(r"(?:^|(?<=[\s(\[:]))['‘](?=\S)")
_CLOSE_SINGLE = re.compile(r"(?<=\S)['’](?=$|[\s.,;:!?)\]])")


def _inside_single_quotes(original: str, lo: int, start: int) -> bool:
    if "'" not in original and "‘" not in original:
        return False
    # (the search ends one character after `start`: the lookahead must see the hit's first)
    opens = [m.end() for m in _OPEN_SINGLE.finditer(original, lo, start + 1) if m.start() < start]
    if not opens or _CLOSE_SINGLE.search(original, opens[-1], start) is not None:
        return False
    close = _CLOSE_SINGLE.search(original, start, start + _CONTEXT)
    # A phrase quoted, not one word in scare quotes ("it's 'fucking' brilliant" is used).
    return close is not None and " " in original[opens[-1] : close.start()]


_SENTENCE_BREAKS = frozenset(".!?\n")


def same_sentence(seq: Sequence[Token], original: str, a: int, b: int) -> bool:
    """No sentence ends ('.', '!', '?' or a new line) in `original` between tokens a < b."""
    return _SENTENCE_BREAKS.isdisjoint(original[seq[a].end : seq[b].start])


@dataclass(frozen=True, slots=True)
class StructHit:
    rule: str
    first: int  # token indices, inclusive
    last: int
    words: tuple[str, ...]
    why: str
    negated: bool = False


def near(seq: Sequence[Token], i: int, words: frozenset[str], reach: int = 15) -> bool:
    """One of `words` within `reach` tokens of token i (a window, so long posts stay linear)."""
    return not words.isdisjoint(canons(seq[max(0, i - reach) : i + reach + 1]))


_ALL_CONTEXT = (
    SECOND_PERSON
    | THREAT_TARGETS
    | THREAT_CUES
    | BODY_PARTS
    | SOMEONE
    | WISH
    | CARRY
    | ARRIVE
    | WORKPLACES
    | PRIVATE_LIFE
    | PLACES
    | TROPE_CUES
    | INTENT
    | NEGATION
    | GROUP_FORMS
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
