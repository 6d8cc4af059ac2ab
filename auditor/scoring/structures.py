"""More structural rules over the token sequence of one post: name-calling and superlative
insults aimed at a person, sexual wishes about a person, and drug slang that is also an ordinary
word ("coke", "molly", "blunt"), which counts only after a cue of use or a dealt quantity.

Like `context`, these never fire on a single word: "liar" is not an insult, "she is a liar" is;
"coke" is a drink, "an eighth of coke" is not.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache

from auditor.scoring.context import NEGATION, StructHit, _w, canon_text, negated
from auditor.scoring.normalize import MAX_WORD, Token, forms

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
_YOU_ARE = _w("you're youre ur u're")
_ARE = _w("are r")
_INSULT_FILLER = _w("the such a an literally really truly honestly so just officially")


def superlative_insults(seq: Sequence[Token]) -> Iterator[StructHit]:
    """ "you are / you're" + superlative insult: "you are the dumbest person I've met"."""
    n = len(seq)
    for i, tok in enumerate(seq):
        c = canon(tok)
        if c in _YOU_ARE:
            k = i + 1
        elif c in ("you", "u") and i + 1 < n and canon(seq[i + 1]) in _ARE:
            k = i + 2
        else:
            continue
        while k < n and k - i <= 4 and canon(seq[k]) in _INSULT_FILLER:
            k += 1
        if k >= n:
            continue
        w = canon(seq[k])
        last = k
        if w in MOST and k + 1 < n and canon(seq[k + 1]) in MOST_WHAT:
            last = k + 1
        elif w not in SUPERLATIVE_INSULTS:
            continue
        words = tuple(seq[m].text for m in (i, *range(k, last + 1)))
        yield StructHit(
            "insult.targeted",
            i,
            last,
            words,
            f"a superlative insult ({' '.join(words[1:])!r}) aimed at a person ({tok.text!r})",
            negated(seq, i, 2) or any(canon(seq[m]) in NEGATION for m in range(i + 1, k)),
        )


# Name-calling in a sentence about someone: "she is a paid liar", "what a clown he is",
# "you are such a hypocrite". The noun alone is not enough ("the liar paradox").
INSULT_NOUNS = _w(
    """
    idiot idiots moron morons fool fools clown clowns loser losers jerk jerks creep creeps
    liar liars pig pigs hypocrite hypocrites coward cowards traitor traitors imbecile cretin
    halfwit dimwit lunatic psycho crook crooks fraud frauds bully snake rat troll trolls
    nutjob nutcase weirdo freak freaks disgrace embarrassment pervert perv bigot bigots racist
    racists sexist thug thugs scumbag scumbags lowlife dirtbag sleazebag slimeball buffoon
    buffoons twit nitwit numpty muppet tool snowflake crybaby hack puppet
    degenerate degenerates scum sociopath psychopath psychopaths maniac maniacs parasite
    parasites dumbass dumbasses douche douchebag douchebags
    """
)
_NAMED_SUBJECT = _w("you u he she they he's she's hes shes they're theyre you're youre ur")
_COPULA_WORDS = _w("is are r was were 's be")
_INSULT_DETERMINERS = _w(
    """
    a an such the one total complete absolute utter real typical biggest big little lying
    pathetic disgusting stupid dumb bloody damn fucking sad sick useless worthless old
    """
)


def name_calling(seq: Sequence[Token], original: str) -> Iterator[StructHit]:
    """subject + is/are + (a|such a|the biggest ...) + insult noun; "what a <noun>".

    The subject is a pronoun or a mention, "this guy" / "that woman", a capitalised name
    ("Kavanaugh is a liar"), or people in the plural ("liberals are idiots", where the insult
    is plural too).
    """
    n = len(seq)
    for i, tok in enumerate(seq):
        c = canon(tok)
        plural = False
        if c == "what" and i + 1 < n and canon(seq[i + 1]) in ("a", "an"):
            k, start = i + 2, i
        elif c in _NAMED_SUBJECT or tok.kind == "mention":
            k, start = i + 1, i
            if c not in ("you're", "youre", "he's", "she's", "hes", "shes", "they're", "theyre"):
                if c == "ur":
                    pass
                elif k < n and canon(seq[k]) in _COPULA_WORDS:
                    k += 1
                else:
                    continue
        elif i + 1 < n and (k := _third_person(seq, i, c, original)) > 0:
            start = i
            plural = canon(seq[k - 1]) == "are"
        else:
            continue
        free = 2
        while k < n and k - start <= 6:
            w = canon(seq[k])
            if w in INSULT_NOUNS:
                break
            if w in _INSULT_DETERMINERS or w in ("so", "really", "just", "literally"):
                k += 1
                continue
            if free and seq[k].kind == "word" and w not in NEGATION and w not in ("not", "no"):
                free -= 1
                k += 1
                continue
            k = n
        if k >= n or canon(seq[k]) not in INSULT_NOUNS:
            continue
        if plural and not canon(seq[k]).endswith("s"):
            continue  # "fans are a joke", "parents are a tool": not name-calling people
        # "a fool's errand", "tool kit": the noun must end its phrase.
        if seq[k].text.endswith("'s") or (
            k + 1 < n and seq[k + 1].kind == "word" and canon(seq[k + 1]) in _NOUN_FOLLOWERS
        ):
            continue
        words = (tok.text, seq[k].text)
        yield StructHit(
            "insult.targeted",
            start,
            k,
            words,
            f"name-calling ({seq[k].text!r}) in a sentence about a person ({tok.text!r})",
            negated(seq, start, 2) or any(canon(seq[m]) in NEGATION for m in range(start, k)),
        )


# "this guy is a moron", "that woman is a liar".
_DEMONSTRATIVES = _w("this that")
_PERSON_NOUNS = _w("guy man woman dude girl boy lady person bloke chick fella kid")
# Capitalised words that start sentences without naming anyone.
_NOT_NAMES = _w(
    """
    i we me it this that what there here which who why how life everything nothing everyone
    everybody today tomorrow tonight mine yours his hers ours theirs one each
    """
)


def _third_person(seq: Sequence[Token], i: int, c: str, original: str) -> int:
    """Index after "subject + copula" when token i starts a sentence about a third person or
    about people in the plural; 0 when it does not."""
    tok = seq[i]
    if tok.kind != "word":
        return 0
    if c in _DEMONSTRATIVES:
        person = i + 2 < len(seq) and canon(seq[i + 1]) in _PERSON_NOUNS
        return i + 3 if person and canon(seq[i + 2]) in ("is", "was") else 0
    after = canon(seq[i + 1])
    if after in ("is", "was") and original[tok.start : tok.start + 1].isupper():
        return i + 2 if c not in _NOT_NAMES and c not in _NAMED_SUBJECT else 0
    if after == "are" and c.endswith("s") and len(c) > 3 and c.isalpha():
        return i + 2
    return 0


_NOUN_FOLLOWERS = _w("kit box bag shed set belt paradox game games story costume emoji")


# "I'd love to get him naked": a wish about a named person's body, not a word alone.
_DESIRE = _w("love like want wanna gonna i'd id i'll ill would let's lets")
_SEX_VERBS = _w("get see have strip undress take")
_SEX_PEOPLE = _w("him her them you u")
SEX_STATE = _w("naked nude undressed topless")


def sexual_advances(seq: Sequence[Token]) -> Iterator[StructHit]:
    """desire + get/see/strip + person + naked: "I'd love to see her naked"."""
    n = len(seq)
    for i, tok in enumerate(seq):
        if canon(tok) not in SEX_STATE or i < 2:
            continue
        person, verb = i - 1, i - 2
        if canon(seq[person]) in ("completely", "totally", "stark", "all") and i >= 3:
            person, verb = i - 2, i - 3
        if canon(seq[person]) not in _SEX_PEOPLE and seq[person].kind != "mention":
            continue
        if canon(seq[verb]) not in _SEX_VERBS and canon(seq[verb]) not in ("strip", "undress"):
            continue
        start = -1
        for j in range(verb - 1, max(-1, verb - 5), -1):
            if canon(seq[j]) in _DESIRE or seq[j].text.endswith("'d"):
                start = j
                break
        if start < 0 or n == 0:
            continue
        words = (seq[start].text, seq[verb].text, seq[person].text, tok.text)
        yield StructHit(
            "sexual.advance",
            start,
            i,
            words,
            f"a sexual wish about a person ({' '.join(words)!r})",
            negated(seq, start, 2) or any(canon(seq[m]) in NEGATION for m in range(start, i)),
        )


# Drug slang that is also an ordinary word ("a can of coke", "Molly said hi", "a blunt knife",
# "snow tyres") counts only with a cue of use or of a dealt quantity right before it.
DRUG_SLANG = _w("coke molly blunt blunts snow blow")
_DEALT = _w(
    """
    eighth eighths gram grams g ounce ounces oz bag bags baggie baggies line lines bump bumps
    key kilo kilos rail rails teener quarter
    """
)
_SNORT = _w("snort snorted snorting snorts sniff sniffed sniffing")
_DRUG_STATE = _w("high wired hungover comedown tripping buzzing rolling")
_DRUG_CUES: dict[str, frozenset[str]] = {
    "coke": _SNORT | _DRUG_STATE | _w("did doing coked"),
    "molly": _DRUG_STATE | _w("pop popped popping pops drop dropped dropping took taking"),
    "blunt": _w(
        """
        smoke smoked smoking smokin smokes roll rolled rolling rollin spark sparked sparking
        puff puffed puffing light lit pass passed passing hit blaze blazed blazing
        """
    ),
    "snow": _SNORT,
    "blow": _SNORT,
}
_DRUG_CUES["blunts"] = _DRUG_CUES["blunt"]
# Words skipped between the cue and the slang word: "smoking a fat blunt", "high on the molly".
_DRUG_FILLER = _w("a an the some more fat big little bit of on from off few couple our my")
# A drink, not a drug: "a can of coke", "Coke Zero", "rum and coke", "coke float".
_DRINK_BEFORE = _w("can cans bottle bottles glass glasses cup pint diet rum vodka whisky jack cold")
# ...and a blunt object is not a blunt: "a blunt knife", "blunt force".
_PLAIN_AFTER = _w(
    """
    zero float floats cola can cans bottle bottles diet cherry vanilla and knife knives
    instrument object edge tool blade blades pencil end force trauma
    """
)


def drug_slang(seq: Sequence[Token], original: str) -> Iterator[StructHit]:
    """Ambiguous drug slang with a cue of use or quantity: "an eighth of coke", "smoking a
    blunt", "hungover from the molly"."""
    n = len(seq)
    for i, tok in enumerate(seq):
        word = canon(tok)
        if word not in DRUG_SLANG or tok.text.endswith("'s"):
            continue
        if i + 1 < n and canon(seq[i + 1]) in _PLAIN_AFTER:
            continue
        cue = -1
        strong = False
        for j in range(i - 1, max(-1, i - 5), -1):
            c = canon(seq[j])
            if c in _DEALT and j + 1 < i and canon(seq[j + 1]) == "of":
                cue, strong = j, True
                break
            if c in _DRINK_BEFORE:
                break
            if c in _DRUG_CUES[word]:
                cue = j
                break
            if c not in _DRUG_FILLER:
                break
        if cue < 0:
            continue
        if not strong and word == "molly" and original[tok.start : tok.start + 1].isupper():
            continue  # "took Molly to the vet": a name
        words = (seq[cue].text, tok.text)
        yield StructHit(
            "drugs.slang",
            cue,
            i,
            words,
            f"{tok.text!r} reads as drug slang after {seq[cue].text!r}",
            negated(seq, cue, 2),
        )


_ALL_WORDS = (
    SUPERLATIVE_INSULTS
    | MOST
    | MOST_WHAT
    | _YOU_ARE
    | _ARE
    | _INSULT_FILLER
    | INSULT_NOUNS
    | _NAMED_SUBJECT
    | _COPULA_WORDS
    | _INSULT_DETERMINERS
    | _DEMONSTRATIVES
    | _PERSON_NOUNS
    | _NOT_NAMES
    | _DESIRE
    | _SEX_VERBS
    | _SEX_PEOPLE
    | SEX_STATE
    | DRUG_SLANG
    | _DEALT
    | _SNORT
    | _DRUG_STATE
    | _DRUG_FILLER
    | _DRINK_BEFORE
    | _PLAIN_AFTER
    | frozenset().union(*_DRUG_CUES.values())
)


def canon(tok: Token) -> str:
    """`context.canon`, also reading this module's words through leetspeak and stretching."""
    return structure_canon(tok.text)


def structure_canon(text: str) -> str:
    return _canon(text) if len(text) <= MAX_WORD else text


@lru_cache(maxsize=65536)
def _canon(text: str) -> str:
    for form, _ in forms(text):
        if form in _ALL_WORDS:
            return form
    return canon_text(text)
