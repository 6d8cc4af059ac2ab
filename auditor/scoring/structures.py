"""The words the insult, sexual and drug rules (`insults`, `sexual`, `drugs`) read, and how a
token is read against them (`canon`: through possessives, apostrophes, leetspeak and stretching,
then as `context.canon`).

The lists stay here, beside `canon`, rather than beside their rules: a token takes the first of
its readings that is any word in `_ALL_WORDS`, so every list shapes how all three rule modules read
a token, and the rule modules read every token of a post through `canons`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from auditor.scoring.context import NEGATION, WordMemo, _w, canon_text, negated, same_sentence
from auditor.scoring.normalize import Token, forms

# --- insults (`insults`) --------------------------------------------------------------------
# "you are the dumbest person", "you're the most pathetic man alive", "ur the biggest joke".
SUPERLATIVE_INSULTS = _w(
    """
    dumbest stupidest ugliest laziest fattest thickest creepiest nastiest dullest worst
    grossest smelliest weakest saddest lamest
    """
)
MOST = _w("most biggest")
MOST_WHAT = _w(
    """
    annoying pathetic useless incompetent stupid ignorant arrogant disgusting boring idiot
    moron loser joke clown hypocrite embarrassment failure obnoxious insufferable
    """
)
YOU_ARE = _w("you're youre ur u're")
ARE = _w("are r")
INSULT_FILLER = _w("the such a an literally really truly honestly so just officially")


# Name-calling in a sentence about someone: "she is a paid liar", "what a clown he is",
# "you are such a hypocrite". The noun alone is not enough ("the liar paradox").
NAME_NOUNS = _w(
    """
    idiot idiots moron morons fool fools clown clowns loser losers jerk jerks creep creeps
    liar liars pig pigs hypocrite hypocrites coward cowards traitor traitors imbecile cretin
    halfwit dimwit lunatic psycho crook crooks fraud frauds bully snake rat troll trolls
    nutjob nutcase weirdo freak freaks disgrace embarrassment pervert perv bigot bigots racist
    racists sexist thug thugs scumbag scumbags lowlife dirtbag sleazebag slimeball buffoon
    buffoons twit nitwit numpty muppet tool snowflake crybaby hack puppet
    degenerate degenerates scum sociopath psychopath psychopaths maniac maniacs parasite
    parasites dumbass dumbasses douche douchebag douchebags snitch snitches leech leeches
    freeloader freeloaders simpleton simpletons dunce dunces airhead airheads manchild
    bootlicker bootlickers slacker slackers fatso fatsos numpties muppets halfwits dimwits
    """
)
# Insults written as two words with a hyphen or space: "yes-man", "man-child", "crayon-eaters",
# "mouth breathers" (last word -> the first words it takes).
COMPOUND_INSULTS: dict[str, frozenset[str]] = {
    "man": _w("yes"),
    "men": _w("yes"),
    "child": _w("man"),
    "children": _w("man"),
    "eater": _w("crayon"),
    "eaters": _w("crayon"),
    "breather": _w("mouth"),
    "breathers": _w("mouth"),
    "dragger": _w("knuckle"),
    "draggers": _w("knuckle"),
    "licker": _w("boot arse ass"),
    "lickers": _w("boot arse ass"),
    "noser": _w("brown"),
    "nosers": _w("brown"),
}
# Adjectives that demean the person they describe: "a whiny, entitled man-child", "our interns
# are lazy, thick, and proud of it". Two in a list, or one before an insult noun, aimed at a
# person or group.
INSULT_ADJECTIVES = _w(
    """
    lazy thick whiny whiney entitled spineless gutless brainless clueless gormless witless
    useless worthless pathetic incompetent stupid dumb idiotic moronic ugly fat overpaid
    talentless pointless hopeless braindead inbred feckless snivelling sniveling slimy smug
    """
)
# "bunch of overpaid crayon-eaters", "a pack of clowns": a group of people called names.
GROUP_OF = _w("bunch pack load gang herd band")
# People and groups of coworkers or customers an insult can be aimed at.
GROUP_NOUNS = _w(
    """
    team teams department dept staff office management managers execs executives board
    customers clients interns employees colleagues coworkers people folks users devs
    developers engineers contractor contractors developer engineer designers designer sales
    marketing hr admin admins support supervisor supervisors ceo cfo boss bosses shift shifts
    crew crews caller callers drivers workers agents shoppers guests passengers tenants
    """
)
# "the IQ of a damp sponge", "the brains of a goldfish": a put-down comparing a person's mind.
MIND_WORDS = _w("iq brains brain intelligence")
# ...but "the IQ of a genius" praises.
CLEVER = _w("genius geniuses einstein professor scientist savant")
# "a walking waste of oxygen": a person called a waste of the air they breathe.
WASTE_OF = _w("oxygen skin air space")
# The words that start one of the rules in `insults.name_calling` (contextrules runs it only on
# posts holding one; the name is kept from when name-calling was its only rule).
INSULT_NOUNS = (
    NAME_NOUNS | frozenset(COMPOUND_INSULTS) | INSULT_ADJECTIVES | MIND_WORDS | _w("waste")
)
NAMED_SUBJECT = _w("you u he she they he's she's hes shes they're theyre you're youre ur")
COPULA_WORDS = _w("is are r was were 's be")
INSULT_DETERMINERS = _w(
    """
    a an such the one total complete absolute utter real typical biggest big little lying
    pathetic disgusting stupid dumb bloody damn fucking sad sick useless worthless old
    """
)


# "this guy is a moron", "that woman is a liar".
DEMONSTRATIVES = _w("this that")
DEMONSTRATIVE_NOUNS = _w("guy man woman dude girl boy lady person bloke chick fella kid")
# Capitalised words that start sentences without naming anyone.
NOT_NAMES = _w(
    """
    i we me it this that what there here which who why how life everything nothing everyone
    everybody today tomorrow tonight mine yours his hers ours theirs one each
    """
)


# --- sexual remarks about a person (`sexual`) --------------------------------------------------
DESIRE = _w("love like want wanna gonna tryna i'd id i'll ill would let's lets")
SEX_VERBS = _w("get see have strip undress take")
SEX_PEOPLE = _w("him her them you u")
NAKED = _w("naked nude undressed topless")
PERSON_PRONOUNS = _w("you u he him she he's hes she's shes you're youre them they")
# "her", "your": a person only when no noun follows ("on her", not "on her desk").
POSSESSIVES = _w("her your ur his their")
PERSON_NOUNS = _w(
    """
    intern interns receptionist receptionists secretary secretaries assistant assistants boss
    manager managers colleague colleagues coworker coworkers rep reps girl girls guy guys woman
    women lady ladies dude dudes bloke blokes chick chicks hire hires trainee trainees temp temps
    barista waitress waiter nurse teacher cashier client clients customer customers cleaner
    neighbour neighbor director recruiter candidate candidates newbie physio trainer bartender
    barmaid masseuse courier driver accountant accountants auditor auditors engineer developer
    designer analyst consultant contractor supervisor lawyer
    """
)
# "nice legs", "a fantastic rack": a compliment on a body part, ending its phrase ("rack of
# lamb", "legs day" and "huge ass meeting" go on).
BODY_PARTS = _w(
    """
    legs ass arse butt booty bum rack tits boobs titties thighs cleavage curves breast breasts
    bust melons jugs knockers
    """
)
COMPLIMENTS = _w(
    """
    nice great fantastic amazing hot sexy perfect lovely gorgeous fine tight juicy killer
    incredible stunning banging peng cracking huge massive big best round firm perky
    """
)
LOOK = _w("look looks looking")
BODY_DETERMINERS = _w("a an some such those the them really very so")
ADDRESSED = _w("you u ur")  # "@sam nice legs", "u nice legs"
HAVE = _w("has have got")
PLACE_PREPOSITIONS = _w("in from at on")
# "would smash the new intern": a sex verb with a person as its object after a wish.
SEX_ACTS = _w(
    "smash bang shag bone rail ride climb climbed smashed banged shagged boned railed tap eat"
)
OBJECT_DETERMINERS = _w("the that this our your my his her their new young hot cute")
# Words that start a new clause or phrase after a noun: "so hot I can't focus", "smash her if
# ...", "nice legs in that skirt".
CLAUSE_STARTS = _w(
    """
    if lol lmao tbh ngl honestly tonight today so but no haha omg already again too though tho
    right now i i'm im i'd id we he she they it you that when in
    """
)
# "our client rep is so hot": a person called sexually attractive.
ATTRACTIVE = _w("hot sexy fuckable doable shaggable thicc")
IS = _w("is 's are was were looks look r")
SUBJECT_IS = _w("he's hes she's shes you're youre ur")
INTENSIFIERS = _w(
    "so really very super soo damn fucking bloody kinda pretty totally lowkey highkey"
)
NOT_ATTRACTIVE_AFTER = _w("on under headed tempered and topic take takes property")
# "a freak in bed": a judgement of someone's sex life.
IN_BED = _w("freak animal beast tiger wild great good amazing incredible dynamite kinky")
# "bend her over the desk": a sex position with a person as its object.
BEND = _w("bend bending bent bends")
# "keeps bending over like that", "leans over the desk in that blouse": a person's posture
# watched, with what they wear or "like that".
LEAN = _w("lean leans leaning leaned leant") | BEND
CLOTHING = _w(
    """
    blouse skirt dress top shirt jeans leggings joggers shorts trousers pants tights uniform
    outfit bikini swimsuit underwear lingerie knickers panties thong bra stockings scrubs
    """
)
# "hung like a horse", "well hung".
HUNG = _w("hung")
# "undressing me with his eyes".
UNDRESSING = _w("undressing undress undressed undresses undressin stripping")
# "back to mine", "take u home", "no strings", "pack pyjamas": a proposition, flagged when
# someone is addressed and a second one says what is meant.
PROPOSITION_ENDS = _w(
    """
    mine home strings pyjamas pajamas pjs toothbrush chill optional room place unlocked
    unlatched up short tight sexy revealing skimpy lacy slutty
    """
)
# "if you know what I mean", "if you catch my drift", "wink wink": innuendo, flagged with a
# person and a body or sexual word in the post.
INNUENDO_ENDS = _w("mean drift wink")
BODY_WORDS = BODY_PARTS | _w("hands lips body figure mouth curves chest abs bum bottom")
TOUCH = _w("feel touch grab squeeze taste")
# "hired for what she does after hours", "slept her way to the top": a job said to be got by
# sex.
HIRED = _w("hired promoted slept")
AFTER_HOURS = _w("hours knees")
# People whose bedroom skills are rated: "how good they'd be in bed".
BED_PEOPLE = _w("they'd theyd she'd he'd you'd who'd whod they he she you u")
RANK = _w("rank ranking ranked rate rating rated")
BED_JUDGED = IN_BED | _w("best worst better")
# The words that start one of the rules in `sexual` (contextrules runs them only on posts holding
# one; the name is kept from when nakedness was the only rule).
SEX_STATE = (
    NAKED
    | BODY_PARTS
    | SEX_ACTS
    | ATTRACTIVE
    | frozenset(("bed",))
    | LEAN
    | HUNG
    | UNDRESSING
    | PROPOSITION_ENDS
    | INNUENDO_ENDS
    | HIRED
    # "in the sack", and the words `sexual_scenes` starts from (kept here: the words every
    # rule module reads a token against must be known to `canon`).
    | _w("sack sheets")
    | _w("pics pic photos photo pictures picture selfies selfie snaps vids videos nudes")
    | CLOTHING
    | _w("wander wanders wandering wandered roam roams roaming roamed knees tied")
    | RANK
    | _w("score scored scoring do off")
    | _w("snack smokeshow smoke-show dime hottie baddie stunner thirst-trap")
    | _w("hottest sexiest fittest")
    | _w("boxers bras thongs")  # `sexual_scenes.UNDERWEAR`: "what's under those boxers"
    | TOUCH
)


# --- drugs (`drugs`) ------------------------------------------------------------------------
# Drug slang that is also an ordinary word ("a can of coke", "Molly said hi", "a blunt knife",
# "snow tyres", "a joint venture") counts only with a cue of use or of a dealt quantity right
# before it.
DEALT = _w(
    """
    eighth eighths gram grams g ounce ounces oz bag bags baggie baggies line lines bump bumps
    key kilo kilos rail rails teener quarter
    """
)
_SNORT = _w("snort snorted snorting snorts sniff sniffed sniffing")
_DRUG_STATE = _w("high wired hungover comedown tripping buzzing rolling")
_SMOKE = _w(
    """
    smoke smoked smoking smokin smokes roll rolled rolling rollin spark sparked sparking
    puff puffed puffing light lit pass passed passing hit blaze blazed blazing
    """
)
DRUG_CUES: dict[str, frozenset[str]] = {
    "coke": _SNORT | _DRUG_STATE | _w("did doing coked"),
    "molly": _DRUG_STATE
    | _w("pop popped popping pops drop dropped dropping took taking roll rolled rollin"),
    "blunt": _SMOKE,
    "snow": _SNORT,
    "blow": _SNORT,
    "ket": _SNORT | _DRUG_STATE | _w("did doing took taking"),
    # Not "hit": "hit the burger joint".
    "joint": _SMOKE - _w("hit pass passed passing"),
    # "took half a tab", "dropped a tab": not "pick up the tab" or "open a new tab" (see
    # TAB_FILLER: no "the", "my" or "new" between).
    "tab": _w("took taking take dropped drop dropping drops popped pop popping did doing done"),
    # "popping bars": not "chocolate bars" or "dropping bars" (rap).
    "bars": _w("pop popped popping pops high"),
    "speed": _SNORT | _w("did doing took taking snorted"),
    "ecstasy": _DRUG_STATE | _w("took taking popped popping dropped dropping did doing"),
    "oxy": _SNORT | _w("popped popping pop pops did doing"),
    "candy": _w("nose"),  # "nose candy"; not "eye candy"
    "pills": _w("pressed street"),  # "pressed pills"; not "popped a pill for my headache"
    # "dropped acid", "tripping on acid": not "acid reflux" (PLAIN_AFTER) or "citric acid".
    "acid": _w("drop dropped dropping drops took taking tripping did doing"),
}
DRUG_CUES["blunts"] = DRUG_CUES["blunt"]
DRUG_CUES["joints"] = DRUG_CUES["joint"]
DRUG_CUES["tabs"] = DRUG_CUES["tab"]
DRUG_CUES["oxys"] = DRUG_CUES["oxy"]
DRUG_CUES["pill"] = DRUG_CUES["pills"]
AMBIGUOUS = frozenset(DRUG_CUES)
# Words skipped between the cue and the slang word: "smoking a fat blunt", "high on the molly".
DRUG_FILLER = _w("a an the some more fat big little bit of on from off few couple our my")
# ...and between a cue and "tab": "took half a tab", not "took the tab" (paid the bill).
TAB_FILLER = _w("a half another one two some of couple few more quarter full whole")
# "the ecstasy kicking in": the slang word followed by its effect.
KICK = _w("kicking kicked kicks kick")
# A dealer asked for the slang word: "hit up my guy for some bars", "got a plug for coke?",
# "sort me some speed", "hook me up with some ket".
DEALER = _w("guy plug dealer connect man")
DEALER_OWNER = _w("my a your ur our new")
SUPPLY_ME = _w("sort sorted hook hooked")
PROCURE_FILLER = DRUG_FILLER | _w("for with out up about")
# "speed" the measure: "speed limit", "speed dating", "on speed dial".
SPEED_PLAIN_AFTER = _w(
    """
    limit limits camera cameras bump bumps dating date dial test tests run runs training
    awareness boat boats up into and
    """
)
# A prescription drug taken from someone else: "borrowed my flatmate's Ritalin".
RX_DRUGS = _w(
    """
    adderall ritalin vyvanse modafinil xanax valium diazepam oxy oxys oxycodone oxycontin
    percocet percs codeine tramadol meds pills painkillers
    """
)
TAKE_FROM = _w(
    """
    borrowed borrowing borrow stole stolen stealing steal nicked nicking nick pinched pinching
    swiped swiping raided raiding popped popping snorted snorting using used swallowed
    necked tried trying pocketed
    """
)
# "a doctor who asks fewer questions": a prescriber sought for getting more of a drug.
PRESCRIBERS = _w("doctor doctors doc docs gp gps dentist pharmacist")
FEWER = _w("fewer less no")
# A drink, not a drug: "a can of coke", "Coke Zero", "rum and coke", "coke float".
DRINK_BEFORE = _w("can cans bottle bottles glass glasses cup pint diet rum vodka whisky jack cold")
# ...a blunt object is not a blunt, nor a joint of beef or a joint account a joint.
PLAIN_AFTER = _w(
    """
    zero float floats cola can cans bottle bottles diet cherry vanilla and knife knives
    instrument object edge tool blade blades pencil end force trauma of venture ventures
    account accounts statement statements effort pain replacement custody session committee
    reflux rain test tests attack attacks wash jazz house
    """
)
ANIMALS = _w("dog cat puppy pup kitten horse pony rabbit bunny hamster parrot cow goat")
# Drugs people sell on: prescription stimulants and sedatives, and unambiguous street names.
DEALT_DRUGS = _w(
    """
    adderall ritalin vyvanse modafinil xanax xans xannies valium diazepam oxys oxycodone
    oxycontin percocet percs codeine tramadol weed cocaine mdma molly ket ketamine shrooms lsd
    meth heroin
    """
)
# A pharmacy, a prescription or a lawful shop: "adderall available on prescription".
LAWFUL = _w(
    """
    pharmacy pharmacies pharmacist prescription prescriptions prescribed prescribe doctor
    doctors gp chemist hospital shortage shortages dispensary dispensaries legal legally
    """
)
# Offering something for sale: "selling my adderall", "weed available", "hmu".
OFFER = _w("selling sell sells sale available hmu dm dms")
SELL = _w("selling sell sells hmu dm dms")
UNIT = _w("pill pills tab tabs")
CONTACT = _w("hit dm message text inbox ping call")
# Words that mean drugs only beside another sign of them: a "plug" (a dealer), "party favours".
EUPHEMISMS = _w("plug favours favors")
# Not a dealer: "spark plug", "shameless plug", "pull the plug", "plug it in".
PLUG_BEFORE = _w(
    """
    spark shameless quick little small cheeky pull pulled pulling pulls wall power ear bath
    sink drain mains
    """
)
PLUG_AFTER = _w("in into it adapter adaptor socket sockets point points board and play for")
# ...but a dealer when someone has, needs or knows one: "got a plug?", "my plug".
PLUG_LEAD = _w("got get need needs know knows have has find found my your ur new local")
# Illegal drugs by name (the policy lists them as low terms; `drugs_use` raises a use of one)
# and microdosing, which names its own use. "mushrooms" counts after "magic", "ecstasy" before
# "pills".
DRUG_NAMES = _w(
    """
    cocaine heroin meth methamphetamine fentanyl mdma lsd shrooms psilocybin ketamine ket xans
    xannies percs oxys pingers edibles dmt ghb mephedrone microdose microdoses microdosed
    microdosing mushrooms ecstasy
    """
)
# Dealt quantities that read as drugs with none named ("splitting a gram", "a cheeky bump in
# the loos"), in `drugs_use`.
UNNAMED_QUANTITIES = _w("gram grams eighth teener bump bumps line lines rail rails")
# The words that start one of the rules in `drugs` (contextrules runs them only on posts holding
# one).
DRUG_SLANG = (
    AMBIGUOUS
    | DEALT_DRUGS
    | OFFER
    | EUPHEMISMS
    | RX_DRUGS
    | DRUG_NAMES
    | UNNAMED_QUANTITIES
    | _w("questions")
)


_ALL_WORDS = (
    SUPERLATIVE_INSULTS
    | MOST
    | MOST_WHAT
    | YOU_ARE
    | ARE
    | INSULT_FILLER
    | NAMED_SUBJECT
    | COPULA_WORDS
    | INSULT_DETERMINERS
    | DEMONSTRATIVES
    | DEMONSTRATIVE_NOUNS
    | NOT_NAMES
    | DESIRE
    | SEX_VERBS
    | SEX_PEOPLE
    | SEX_STATE
    | PERSON_PRONOUNS
    | POSSESSIVES
    | PERSON_NOUNS
    | COMPLIMENTS
    | LOOK
    | BODY_DETERMINERS
    | ADDRESSED
    | HAVE
    | PLACE_PREPOSITIONS
    | OBJECT_DETERMINERS
    | CLAUSE_STARTS
    | IS
    | SUBJECT_IS
    | INTENSIFIERS
    | NOT_ATTRACTIVE_AFTER
    | IN_BED
    | DRUG_SLANG
    | DEALT
    | _SNORT
    | _DRUG_STATE
    | DRUG_FILLER
    | DRINK_BEFORE
    | PLAIN_AFTER
    | LAWFUL
    | SELL
    | UNIT
    | CONTACT
    | PLUG_BEFORE
    | PLUG_AFTER
    | PLUG_LEAD
    | ANIMALS
    | frozenset().union(*DRUG_CUES.values())
    | frozenset().union(*COMPOUND_INSULTS.values())
    | INSULT_NOUNS
    | GROUP_OF
    | GROUP_NOUNS
    | CLEVER
    | WASTE_OF
    | CLOTHING
    | BODY_WORDS
    | TOUCH
    | AFTER_HOURS
    | BED_PEOPLE
    | RANK
    | BED_JUDGED
    | TAB_FILLER
    | KICK
    | DEALER
    | DEALER_OWNER
    | SUPPLY_ME
    | PROCURE_FILLER
    | SPEED_PLAIN_AFTER
    | TAKE_FROM
    | PRESCRIBERS
    | FEWER
)


def _read(text: str) -> str:
    for form, _ in forms(text):
        if form in _ALL_WORDS:
            return form
    return canon_text(text)


_CANONS = WordMemo(_read)
# `canon` for a bare word (memoised unless very long).
structure_canon: Callable[[str], str] = _CANONS.__getitem__
# `canon` of every token of a sequence, in order: rules scan this list, not the tokens.
canons: Callable[[Sequence[Token]], list[str]] = _CANONS.of_tokens


def canon(tok: Token) -> str:
    """`context.canon`, also reading this module's words through leetspeak and stretching."""
    return _CANONS[tok.text]


def negated_phrase(seq: Sequence[Token], first: int, last: int) -> bool:
    """A negation in the two tokens before token `first` (`context.negated`), or a negation word
    among tokens first..last-1 as this module reads them ("you are not the dumbest")."""
    return negated(seq, first, 2) or not NEGATION.isdisjoint(canons(seq[first:last]))


def a_name(seq: Sequence[Token], cs: list[str], original: str, k: int) -> bool:
    """Token k is a capitalised word inside a sentence ("do to Sarah", "Gary is"), so it names
    someone (`cs`: `canons(seq)`)."""
    t = seq[k]
    if t.kind != "word" or k == 0 or not original[t.start : t.start + 1].isupper():
        return False
    return same_sentence(seq, original, k - 1, k) and cs[k] not in NOT_NAMES
