"""More structural rules over the token sequence of one post: name-calling and superlative
insults aimed at a person, sexual remarks about a person (a wish to see them naked, a compliment
on a body part, "would smash ...", calling them hot, judging them in bed), drug slang that is
also an ordinary word ("coke", "molly", "joint"), which counts only after a cue of use or a dealt
quantity, and drugs offered for sale ("selling my adderall", "❄️ available tonight, hmu").

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


# --- sexual remarks about a person --------------------------------------------------------------
# None of these rules fires on a word alone: each needs the person the remark is about, an
# @mention, a pronoun or a person noun ("the new intern"). Tokens are lower-cased, so only the
# emoji rule, which reads the post's text, takes a capitalised word for a name.
_DESIRE = _w("love like want wanna gonna i'd id i'll ill would let's lets")
_SEX_VERBS = _w("get see have strip undress take")
_SEX_PEOPLE = _w("him her them you u")
_NAKED = _w("naked nude undressed topless")
_PERSON_PRONOUNS = _w("you u he him she he's hes she's shes you're youre them they")
# "her", "your": a person only when no noun follows ("on her", not "on her desk").
_POSSESSIVES = _w("her your ur his their")
PERSON_NOUNS = _w(
    """
    intern interns receptionist receptionists secretary secretaries assistant assistants boss
    manager managers colleague colleagues coworker coworkers rep reps girl girls guy guys woman
    women lady ladies dude dudes bloke blokes chick chicks hire hires trainee trainees temp temps
    barista waitress waiter nurse teacher cashier client clients customer customers cleaner
    neighbour neighbor director recruiter candidate candidates newbie
    """
)
# "nice legs", "a fantastic rack": a compliment on a body part, ending its phrase ("rack of
# lamb", "legs day" and "huge ass meeting" go on).
BODY_PARTS = _w("legs ass arse butt booty bum rack tits boobs titties thighs cleavage curves")
_COMPLIMENTS = _w(
    """
    nice great fantastic amazing hot sexy perfect lovely gorgeous fine tight juicy killer
    incredible stunning banging peng cracking huge massive
    """
)
_LOOK = _w("look looks looking")
_BODY_DETERMINERS = _w("a an some such those the them really very so")
_ADDRESSED = _w("you u ur")  # "@sam nice legs", "u nice legs"
_HAVE = _w("has have got")
_PLACE_PREPOSITIONS = _w("in from at on")
# "would smash the new intern": a sex verb with a person as its object after a wish.
SEX_ACTS = _w("smash bang shag bone")
_OBJECT_DETERMINERS = _w("the that this our your my his her their new young hot cute")
# Words that start a new clause or phrase after a noun: "so hot I can't focus", "smash her if
# ...", "nice legs in that skirt".
_CLAUSE_STARTS = _w(
    """
    if lol lmao tbh ngl honestly tonight today so but no haha omg already again too though tho
    right now i i'm im i'd id we he she they it you that when in
    """
)
# "our client rep is so hot": a person called sexually attractive.
ATTRACTIVE = _w("hot sexy fuckable doable shaggable")
_IS = _w("is 's are was were looks look r")
_SUBJECT_IS = _w("he's hes she's shes you're youre ur")
_INTENSIFIERS = _w("so really very super soo damn fucking bloody kinda pretty totally")
_NOT_ATTRACTIVE_AFTER = _w("on under headed tempered and topic take takes property")
# "a freak in bed": a judgement of someone's sex life.
_IN_BED = _w("freak animal beast tiger wild great good amazing incredible dynamite kinky")
# The words that start one of the rules below (contextrules runs them only on posts holding one;
# the name is kept from when nakedness was the only rule).
SEX_STATE = _NAKED | BODY_PARTS | SEX_ACTS | ATTRACTIVE | frozenset(("bed",))


def sexual_advances(seq: Sequence[Token], original: str = "") -> Iterator[StructHit]:
    """Sexual remarks about a person: a wish to see or get them naked, a compliment on a body
    part, a sex verb with the person as its object, calling them hot, judging them in bed, and
    (given the post's text: emoji are not tokens) a sexual emoji pair in a sentence about a
    person."""
    for i, tok in enumerate(seq):
        c = canon(tok)
        if c not in SEX_STATE:
            continue
        if c in _NAKED:
            found = _naked_wish(seq, i)
        elif c in BODY_PARTS:
            found = _body_compliment(seq, i)
        elif c in SEX_ACTS:
            found = _sex_act(seq, i)
        elif c in ATTRACTIVE:
            found = _called_attractive(seq, i)
        else:
            found = _in_bed(seq, i)
        if found is not None:
            yield found
    if original and any(e in original for e in SEX_EMOJI):
        yield from _emoji_pairs(seq, original)


# Aubergine or peach with droplets, aubergine with peach: a sexual emoji pair.
SEX_EMOJI = ("\U0001f346", "\U0001f351")
_PAIRED_WITH = {
    "\U0001f346": ("\U0001f4a6", "\U0001f351"),
    "\U0001f351": ("\U0001f4a6", "\U0001f346"),
}
_PAIR_BEFORE, _PAIR_AFTER = 80, 40  # characters searched for the person, in the same sentence
_STOPS = ".,;:!?\n"  # punctuation that ends a clause...
_SENTENCE_END = ".!?\n"  # ...and a sentence


def _emoji_pairs(seq: Sequence[Token], original: str) -> Iterator[StructHit]:
    """A sexual emoji pair in a sentence about a person: "what I'd do to Sarah 🍆💦",
    "@sam 🍑💦"; "🍆🍑 from the market" names nobody."""
    pos = 0
    while True:
        at = min((k for e in SEX_EMOJI if (k := original.find(e, pos)) >= 0), default=-1)
        if at < 0:
            return
        pos = at + 1
        rest = original[at + 1 : at + 3].lstrip()
        if not rest or rest[0] not in _PAIRED_WITH[original[at]]:
            continue
        pair = original[at] + rest[0]
        person = _person_near(seq, original, at)
        if person >= 0:
            name = original[seq[person].start : seq[person].end]
            words = (name, pair)
            why = f"a sexual emoji pair ({pair!r}) in a sentence about {name!r}"
            yield _sexual(seq, person, person, words, why)
            pos = at + 2


def _person_near(seq: Sequence[Token], original: str, at: int) -> int:
    """The token naming a person closest to the character `at` in its sentence, else -1: an
    @mention, a pronoun, a person noun, or a capitalised word inside the sentence (a name)."""
    best, gap = -1, _PAIR_BEFORE + 1
    for k, t in enumerate(seq):
        if t.end <= at:
            between, dist = original[t.end : at], at - t.end
            if dist > _PAIR_BEFORE:
                continue
        elif t.start > at:
            between, dist = original[at : t.start], t.start - at
            if dist > _PAIR_AFTER:
                break
        else:
            continue
        if any(p in between for p in _SENTENCE_END) or dist >= gap:
            continue
        c = canon(t)
        if (
            t.kind == "mention"
            or c in _PERSON_PRONOUNS
            or c in PERSON_NOUNS
            or (c == "her" and not _phrase_goes_on(seq, k))
            or _a_name(seq, original, k)
        ):
            best, gap = k, dist
    return best


def _a_name(seq: Sequence[Token], original: str, k: int) -> bool:
    """Token k is capitalised inside a sentence ("do to Sarah"), so it names someone."""
    t = seq[k]
    if t.kind != "word" or not original[t.start : t.start + 1].isupper() or k == 0:
        return False
    sentence_start = any(p in original[seq[k - 1].end : t.start] for p in _SENTENCE_END)
    return not sentence_start and canon(t) not in _NOT_NAMES


def _naked_wish(seq: Sequence[Token], i: int) -> StructHit | None:
    """desire + get/see/strip + person + naked: "I'd love to see her naked"."""
    if i < 2:
        return None
    person, verb = i - 1, i - 2
    if canon(seq[person]) in ("completely", "totally", "stark", "all") and i >= 3:
        person, verb = i - 2, i - 3
    if canon(seq[person]) not in _SEX_PEOPLE and seq[person].kind != "mention":
        return None
    if canon(seq[verb]) not in _SEX_VERBS and canon(seq[verb]) not in ("strip", "undress"):
        return None
    start = -1
    for j in range(verb - 1, max(-1, verb - 5), -1):
        if canon(seq[j]) in _DESIRE or seq[j].text.endswith("'d"):
            start = j
            break
    if start < 0:
        return None
    words = (seq[start].text, seq[verb].text, seq[person].text, seq[i].text)
    why = f"a sexual wish about a person ({' '.join(words)!r})"
    return _sexual(seq, start, i, words, why, "sexual.advance")


def _body_compliment(seq: Sequence[Token], i: int) -> StructHit | None:
    """A compliment on a body part said to or about a person: "@sam nice legs today", "the
    new girl has a fantastic rack", "nice legs on her", "her legs look amazing"."""
    n = len(seq)
    if i < 1 or canon(seq[i - 1]) not in _COMPLIMENTS:
        return _body_looks(seq, i)
    if i + 1 < n and canon(seq[i + 1]) == "on":
        # "nice legs on her" is about a person, "nice legs on that table" is not.
        person = _person_object(seq, i + 2)
    elif _phrase_goes_on(seq, i):
        return None
    else:
        person = _owner(seq, i - 2)
        if person < 0 and i + 1 < n and seq[i + 1].kind == "mention":
            person = i + 1  # "nice legs @sam"
    if person < 0:
        return None
    words = (seq[i - 1].text, seq[i].text)
    why = f"a remark on a body part ({' '.join(words)!r}) about a person ({seq[person].text!r})"
    return _sexual(seq, min(i - 1, person), max(i, person), words, why)


def _owner(seq: Sequence[Token], k: int) -> int:
    """The person a body-part phrase ending before token k+1 is said to or about: "@sam (nice
    legs)", "she has (nice legs)", "the new girl in sales has a (fantastic rack)"; else -1."""
    while k >= 0 and canon(seq[k]) in _BODY_DETERMINERS:
        k -= 1
    if k < 0:
        return -1
    if seq[k].kind == "mention" or canon(seq[k]) in _ADDRESSED:
        return k
    if canon(seq[k]) not in _HAVE:
        return -1
    s = k - 1
    if s >= 0 and canon(seq[s]) in ("you", "u", "i've", "you've", "youve", "he's", "she's"):
        return s if canon(seq[s]) != "i've" else -1
    # The subject before has/got, or a person noun with a place after it ("girl in sales").
    for j in range(s, max(-1, k - 5), -1):
        t = seq[j]
        c = canon(t)
        if t.kind == "mention" or c in ("he", "she") or c in PERSON_NOUNS:
            if j == s or canon(seq[j + 1]) in _PLACE_PREPOSITIONS:
                return j
            return -1
    return -1


def _body_looks(seq: Sequence[Token], i: int) -> StructHit | None:
    """Possessive person + body part + looks (so) great: "her legs look amazing"."""
    n = len(seq)
    person = i - 1
    if person < 0 or (canon(seq[person]) not in _POSSESSIVES and seq[person].kind != "mention"):
        return None
    k = i + 1
    looks = k < n and canon(seq[k]) in _LOOK
    if not looks and not (
        k + 1 < n and canon(seq[k]) in _IS and canon(seq[k + 1]) in _INTENSIFIERS
    ):
        return None
    k += 1
    while k < n and canon(seq[k]) in _INTENSIFIERS:
        k += 1
    if k >= n or canon(seq[k]) not in _COMPLIMENTS:
        return None
    words = (seq[i].text, seq[k].text)
    why = f"a remark on a body part ({' '.join(words)!r}) about a person ({seq[person].text!r})"
    return _sexual(seq, person, k, words, why)


def _sex_act(seq: Sequence[Token], i: int) -> StructHit | None:
    """wish + smash/bang/shag + person: "would absolutely smash the new intern"."""
    n = len(seq)
    start = -1
    for j in range(i - 1, max(-1, i - 4), -1):
        c = canon(seq[j])
        if c in _DESIRE or c in ("would", "could") or seq[j].text.endswith("'d"):
            start = j
            break
    if start < 0:
        return None
    k = _person_object(seq, i + 1)
    if k < 0:
        return None
    if k + 1 < n and canon(seq[k + 1]) in ("at", "in", "on", "up", "over", "out"):
        return None  # "I'd smash you at chess", "bang him up"
    words = (seq[start].text, seq[i].text, seq[k].text)
    why = f"a sexual remark about a person ({seq[i].text!r} with {seq[k].text!r} as its object)"
    return _sexual(seq, start, k, words, why)


def _called_attractive(seq: Sequence[Token], i: int) -> StructHit | None:
    """person + is (so) + hot/sexy: "our client rep is so hot", "you're so sexy"."""
    if i + 1 < len(seq) and canon(seq[i + 1]) in _NOT_ATTRACTIVE_AFTER:
        return None  # "he is hot on the topic", "she is hot under the collar"
    if _phrase_goes_on(seq, i):
        return None  # "she is a hot mess", "he's a hot prospect"
    k = i - 1
    while k >= 0 and i - k <= 3 and canon(seq[k]) in _INTENSIFIERS:
        k -= 1
    if k < 0:
        return None
    c = canon(seq[k])
    if c in _SUBJECT_IS:
        subject = k
    elif c in _IS and k >= 1:
        subject = k - 1
        s = canon(seq[subject])
        person = s in ("he", "she", "you", "u") or s in PERSON_NOUNS
        if not person and seq[subject].kind != "mention":
            return None
    else:
        return None
    words = (seq[subject].text, seq[i].text)
    why = f"a person ({seq[subject].text!r}) called sexually attractive ({seq[i].text!r})"
    return _sexual(seq, subject, i, words, why)


def _in_bed(seq: Sequence[Token], i: int) -> StructHit | None:
    """person + is/be + a freak / great + in bed: "bet the new receptionist is a freak in
    bed"."""
    if i < 3 or canon(seq[i - 1]) != "in" or canon(seq[i - 2]) not in _IN_BED:
        return None
    person = _person_at(seq, i - 8, i - 3)
    if person < 0:
        return None
    if canon(seq[person]) not in _SUBJECT_IS and not any(
        canon(seq[m]) in _IS or canon(seq[m]) == "be" for m in range(person + 1, i - 2)
    ):
        return None  # "she felt great in bed": no judgement of her
    words = (seq[person].text, seq[i - 2].text, seq[i - 1].text, seq[i].text)
    why = f"a judgement of a person's sex life ({' '.join(words[1:])!r} about {words[0]!r})"
    return _sexual(seq, person, i, words, why)


def _person_at(seq: Sequence[Token], lo: int, hi: int) -> int:
    """The last @mention, pronoun or person noun among tokens lo..hi (clipped), else -1."""
    for k in range(min(hi, len(seq) - 1), max(lo, 0) - 1, -1):
        t = seq[k]
        c = canon(t)
        if t.kind == "mention" or c in _PERSON_PRONOUNS or c in PERSON_NOUNS:
            return k
        if c in _POSSESSIVES and not _phrase_goes_on(seq, k):
            return k
    return -1


def _person_object(seq: Sequence[Token], k: int) -> int:
    """Index of the person at token k ("her", "@sam", "the new intern"), else -1."""
    n = len(seq)
    if k >= n:
        return -1
    c = canon(seq[k])
    if seq[k].kind == "mention" or c in ("him", "them", "you", "u"):
        return k
    if c == "her" and not _phrase_goes_on(seq, k):
        return k  # "smash her", not "smash her record"
    j = k
    while j < n and j - k < 3 and canon(seq[j]) in _OBJECT_DETERMINERS:
        j += 1
    if j >= n or canon(seq[j]) not in PERSON_NOUNS:
        return -1
    # "the new intern from sales", not "the new hire onboarding".
    if _phrase_goes_on(seq, j) and canon(seq[j + 1]) not in _PLACE_PREPOSITIONS:
        return -1
    return j


def _phrase_goes_on(seq: Sequence[Token], i: int) -> bool:
    """Token i is followed, after one space or hyphen, by a word that continues its phrase."""
    if i + 1 >= len(seq):
        return False
    nxt = seq[i + 1]
    return nxt.start - seq[i].end == 1 and nxt.kind == "word" and canon(nxt) not in _CLAUSE_STARTS


def _sexual(
    seq: Sequence[Token],
    start: int,
    last: int,
    words: tuple[str, ...],
    why: str,
    rule: str = "sexual.remark",
) -> StructHit:
    return StructHit(
        rule,
        start,
        last,
        words,
        why,
        negated(seq, start, 2) or any(canon(seq[m]) in NEGATION for m in range(start, last)),
    )


# --- drugs ----------------------------------------------------------------------------------
# Drug slang that is also an ordinary word ("a can of coke", "Molly said hi", "a blunt knife",
# "snow tyres", "a joint venture") counts only with a cue of use or of a dealt quantity right
# before it.
_DEALT = _w(
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
_DRUG_CUES: dict[str, frozenset[str]] = {
    "coke": _SNORT | _DRUG_STATE | _w("did doing coked"),
    "molly": _DRUG_STATE
    | _w("pop popped popping pops drop dropped dropping took taking roll rolled rollin"),
    "blunt": _SMOKE,
    "snow": _SNORT,
    "blow": _SNORT,
    "ket": _SNORT | _DRUG_STATE | _w("did doing took taking"),
    # Not "hit": "hit the burger joint".
    "joint": _SMOKE - _w("hit pass passed passing"),
}
_DRUG_CUES["blunts"] = _DRUG_CUES["blunt"]
_DRUG_CUES["joints"] = _DRUG_CUES["joint"]
_AMBIGUOUS = frozenset(_DRUG_CUES)
# Words skipped between the cue and the slang word: "smoking a fat blunt", "high on the molly".
_DRUG_FILLER = _w("a an the some more fat big little bit of on from off few couple our my")
# A drink, not a drug: "a can of coke", "Coke Zero", "rum and coke", "coke float".
_DRINK_BEFORE = _w("can cans bottle bottles glass glasses cup pint diet rum vodka whisky jack cold")
# ...a blunt object is not a blunt, nor a joint of beef or a joint account a joint.
_PLAIN_AFTER = _w(
    """
    zero float floats cola can cans bottle bottles diet cherry vanilla and knife knives
    instrument object edge tool blade blades pencil end force trauma of venture ventures
    account accounts statement statements effort pain replacement custody session committee
    """
)
_ANIMALS = _w("dog cat puppy pup kitten horse pony rabbit bunny hamster parrot cow goat")
# Drugs people sell on: prescription stimulants and sedatives, and unambiguous street names.
DEALT_DRUGS = _w(
    """
    adderall ritalin vyvanse modafinil xanax xans xannies valium diazepam oxys oxycodone
    oxycontin percocet percs codeine tramadol weed cocaine mdma molly ket ketamine shrooms lsd
    meth heroin
    """
)
# A pharmacy, a prescription or a lawful shop: "adderall available on prescription".
_LAWFUL = _w(
    """
    pharmacy pharmacies pharmacist prescription prescriptions prescribed prescribe doctor
    doctors gp chemist hospital shortage shortages dispensary dispensaries legal legally
    """
)
# Offering something for sale: "selling my adderall", "weed available", "hmu".
_OFFER = _w("selling sell sells sale available hmu dm dms")
_SELL = _w("selling sell sells hmu dm dms")
_UNIT = _w("pill pills tab tabs")
_CONTACT = _w("hit dm message text inbox ping call")
# Emoji that stand for drugs: pills, snow (cocaine), leaf and herb (cannabis), mushrooms. Only
# the pill is rarely a decoration ("winter party favours ❄️", "eco party favours 🌿").
PILL_EMOJI = "\U0001f48a"
DRUG_EMOJI = (PILL_EMOJI, "\u2744", "\U0001f343", "\U0001f33f", "\U0001f344")
# Words that mean drugs only beside another sign of them: a "plug" (a dealer), "party favours".
_EUPHEMISMS = _w("plug favours favors")
# Not a dealer: "spark plug", "shameless plug", "pull the plug", "plug it in".
_PLUG_BEFORE = _w(
    """
    spark shameless quick little small cheeky pull pulled pulling pulls wall power ear bath
    sink drain mains
    """
)
_PLUG_AFTER = _w("in into it adapter adaptor socket sockets point points board and play for")
# ...but a dealer when someone has, needs or knows one: "got a plug?", "my plug".
_PLUG_LEAD = _w("got get need needs know knows have has find found my your ur new local")
# The words that start one of the rules below (contextrules runs them only on posts holding one).
DRUG_SLANG = _AMBIGUOUS | DEALT_DRUGS | _OFFER | _EUPHEMISMS


def drug_slang(seq: Sequence[Token], original: str) -> Iterator[StructHit]:
    """Drugs in a context of use or dealing: ambiguous slang after a cue ("an eighth of coke",
    "smoking a blunt"), a drug offered for sale or priced per pill ("selling my adderall",
    "❄ available tonight"), and a "plug" or "party favours" beside another sign of drugs."""
    used: set[int] = set()  # drug words already in a finding
    for hit in _slang_with_cue(seq, original):
        used.add(hit.last)
        yield hit
    emoji = next((e for e in DRUG_EMOJI if e in original), "")
    lawful: bool | None = None
    for i, tok in enumerate(seq):
        c = canon(tok)
        found = None
        if c in _EUPHEMISMS:
            found = _euphemism(seq, i, PILL_EMOJI if PILL_EMOJI in original else "")
        elif c in _OFFER or (c in _UNIT and _per_unit(seq, original, i)):
            if emoji and c in _OFFER:
                found = _emoji_offered(seq, original, i)
            if found is None:
                if lawful is None:
                    lawful = any(canon(t) in _LAWFUL for t in seq)
                if not lawful:
                    found = _dealing(seq, original, i, used)
        if found is not None:
            yield found


def _per_unit(seq: Sequence[Token], original: str, i: int) -> bool:
    """Token i (a pill, a tab) is priced: "per pill", "20 a pill", "£5 a tab"."""
    if i < 1:
        return False
    c = canon(seq[i - 1])
    if c in ("per", "each"):
        return True
    return c == "a" and any(
        ch.isdigit() for ch in original[max(0, seq[i - 1].start - 6) : seq[i - 1].start]
    )


def _slang_with_cue(seq: Sequence[Token], original: str) -> Iterator[StructHit]:
    n = len(seq)
    for i, tok in enumerate(seq):
        word = canon(tok)
        if word not in _AMBIGUOUS or tok.text.endswith("'s"):
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
        if word == "molly" and _named(seq, original, i, strong):
            continue  # "took Molly to the vet", "walked molly the dog": a name
        words = (seq[cue].text, tok.text)
        yield StructHit(
            "drugs.slang",
            cue,
            i,
            words,
            f"{tok.text!r} reads as drug slang after {seq[cue].text!r}",
            negated(seq, cue, 2),
        )


def _named(seq: Sequence[Token], original: str, i: int, strong: bool) -> bool:
    """Token i ("molly") is a name: capitalised after a cue of use, or followed by "the dog"."""
    if not strong and original[seq[i].start : seq[i].start + 1].isupper():
        return True
    return i + 2 < len(seq) and canon(seq[i + 1]) == "the" and canon(seq[i + 2]) in _ANIMALS


def _dealing(seq: Sequence[Token], original: str, i: int, used: set[int]) -> StructHit | None:
    """A drug named within five words of an offer or a price per pill: "selling my Adderall",
    "weed available, dm me", "xans, 5 a pill"."""
    lo, hi = max(0, i - 5), min(len(seq), i + 6)
    for k in (*range(i + 1, hi), *range(i - 1, lo - 1, -1)):
        t = seq[k]
        if k in used or canon(t) not in DEALT_DRUGS or t.text.endswith("'s"):
            continue
        if canon(t) == "molly" and _named(seq, original, k, False):
            continue  # "selling Molly's old bike": a name
        used.add(k)
        first, last = min(i, k), max(i, k)
        if canon(seq[i]) in _UNIT:
            first = min(i - 1, k)
            what = f"{t.text!r} priced per {seq[i].text!r}"
        else:
            what = f"{t.text!r} offered for sale ({seq[i].text!r})"
        return StructHit(
            "drugs.dealing", first, last, (t.text, seq[i].text), what, negated(seq, first, 2)
        )
    return None


def _gap(original: str, seq: Sequence[Token], i: int, before: bool) -> str:
    """The text between token i and its neighbour (or the start or end of the post)."""
    if before:
        return original[seq[i - 1].end if i else 0 : seq[i].start]
    return original[seq[i].end : seq[i + 1].start if i + 1 < len(seq) else len(original)]


def _emoji_offered(seq: Sequence[Token], original: str, i: int) -> StructHit | None:
    """A drug emoji standing for what is offered, by a person who asks to be contacted or
    offers it tonight: "❄️ available tonight", "selling 💊, dm me"."""
    c = canon(seq[i])
    first = i - 1 if c == "sale" and i and canon(seq[i - 1]) == "for" else i
    before = _gap(original, seq, first, True)
    after = _gap(original, seq, i, False)
    for e in DRUG_EMOJI:
        # Before the offer, the emoji is its subject when no word leads up to it in the same
        # clause ("Winter range ❄️ available online" is a decoration); after "selling", when it
        # ends the clause ("selling ❄️ globes" is not).
        if e in before and (first == 0 or any(p in before[: before.index(e)] for p in _STOPS)):
            break
        if (
            e in after
            and c in _SELL
            and (i + 1 == len(seq) or any(p in after[after.index(e) :] for p in _STOPS))
        ):
            break
    else:
        return None
    contact = _contact(seq)
    if contact < 0:
        return None
    words = (e, seq[i].text, seq[contact].text)
    why = f"a drug emoji ({e!r}) offered ({seq[i].text!r}, {seq[contact].text!r})"
    return StructHit("drugs.dealing", first, i, words, why, negated(seq, first, 2))


def _contact(seq: Sequence[Token]) -> int:
    """A person asking to be contacted, or offering tonight: "hmu", "dm me", "tonight"."""
    for k, t in enumerate(seq):
        c = canon(t)
        if c in ("hmu", "tonight"):
            return k
        if c in _CONTACT and k + 1 < len(seq) and canon(seq[k + 1]) == "me":
            return k
    return -1


def _euphemism_at(seq: Sequence[Token], i: int) -> int:
    """First token of the euphemism at token i ("got a plug", "party favours"), else -1."""
    c = canon(seq[i])
    if c != "plug":
        return i - 1 if i and canon(seq[i - 1]) == "party" else -1
    if i + 1 < len(seq) and canon(seq[i + 1]) in _PLUG_AFTER:
        return -1
    for j in range(i - 1, max(-1, i - 3), -1):
        if canon(seq[j]) in _PLUG_BEFORE:
            return -1
        if canon(seq[j]) in _PLUG_LEAD:
            return j
    return -1


def _euphemism(seq: Sequence[Token], i: int, emoji: str) -> StructHit | None:
    """A "plug" (dealer) or "party favours" beside a pill emoji, a drug name or the other:
    "got a plug? need party favours", "party favours 💊"; "party favours and a can of coke"
    is not (ambiguous slang is no sign here)."""
    first = _euphemism_at(seq, i)
    if first < 0:
        return None
    sign = emoji
    for k, t in enumerate(seq):
        if sign:
            break
        c = canon(t)
        if c in DEALT_DRUGS:
            sign = t.text
        elif (
            c in _EUPHEMISMS
            and (c == "plug") != (canon(seq[i]) == "plug")  # the other one
            and (j := _euphemism_at(seq, k)) >= 0
        ):
            sign = " ".join(s.text for s in seq[j : k + 1])
    if not sign:
        return None
    words = (" ".join(t.text for t in seq[first : i + 1]), sign)
    why = f"{words[0]!r} reads as drugs beside {sign!r}"
    return StructHit("drugs.euphemism", first, i, words, why, negated(seq, first, 2))


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
    | _PERSON_PRONOUNS
    | _POSSESSIVES
    | PERSON_NOUNS
    | _COMPLIMENTS
    | _LOOK
    | _BODY_DETERMINERS
    | _ADDRESSED
    | _HAVE
    | _PLACE_PREPOSITIONS
    | _OBJECT_DETERMINERS
    | _CLAUSE_STARTS
    | _IS
    | _SUBJECT_IS
    | _INTENSIFIERS
    | _NOT_ATTRACTIVE_AFTER
    | _IN_BED
    | DRUG_SLANG
    | _DEALT
    | _SNORT
    | _DRUG_STATE
    | _DRUG_FILLER
    | _DRINK_BEFORE
    | _PLAIN_AFTER
    | _LAWFUL
    | _SELL
    | _UNIT
    | _CONTACT
    | _PLUG_BEFORE
    | _PLUG_AFTER
    | _PLUG_LEAD
    | _ANIMALS
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
