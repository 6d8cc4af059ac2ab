"""Sexual remarks about a person: a wish to see or get them naked, a compliment on a body part,
a sex verb with the person as its object ("would smash ...", "bend her over the desk"), calling
them hot, judging or ranking them in bed, "hung like", "undressing me with his eyes", a
person's posture watched ("leans over the desk in that blouse"), a proposition to someone
addressed ("back to mine ... no need to pack pyjamas"), innuendo ("if you catch my drift")
about a person's body, a job said to be got by sex ("hired for what she does after hours"),
and a sexual emoji pair in a sentence about someone.

None of these rules fires on a word alone: each needs the person the remark is about, an
@mention, a pronoun or a person noun ("the new intern"). Tokens are lower-cased, so only the
emoji rule, which reads the post's text, takes a capitalised word for a name. The words are in
`structures`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import compress, repeat

from auditor.scoring.context import StructHit, same_sentence
from auditor.scoring.normalize import Token
from auditor.scoring.sexual_scenes import IMAGINE, SCENE_WORDS, scene_at, strong_emoji
from auditor.scoring.structures import (
    ADDRESSED,
    AFTER_HOURS,
    ATTRACTIVE,
    BED_JUDGED,
    BED_PEOPLE,
    BEND,
    BODY_DETERMINERS,
    BODY_PARTS,
    BODY_WORDS,
    CLAUSE_STARTS,
    CLOTHING,
    COMPLIMENTS,
    DESIRE,
    HAVE,
    HIRED,
    HUNG,
    IN_BED,
    INNUENDO_ENDS,
    INTENSIFIERS,
    IS,
    LEAN,
    LOOK,
    NAKED,
    NOT_ATTRACTIVE_AFTER,
    OBJECT_DETERMINERS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PLACE_PREPOSITIONS,
    POSSESSIVES,
    PROPOSITION_ENDS,
    RANK,
    SEX_ACTS,
    SEX_PEOPLE,
    SEX_STATE,
    SEX_VERBS,
    SUBJECT_IS,
    TOUCH,
    UNDRESSING,
    a_name,
    canons,
    negated_phrase,
)


def sexual_advances(seq: Sequence[Token], original: str = "") -> Iterator[StructHit]:
    """Sexual remarks about a person: a wish to see or get them naked, a compliment on a body
    part, a sex verb with the person as its object, calling them hot, judging them in bed, and
    (given the post's text: emoji are not tokens) a sexual emoji pair in a sentence about a
    person."""
    cs = canons(seq)
    # Every rule starts from one of these words: visit those tokens alone, in order.
    for i in compress(range(len(cs)), map(SEX_STATE.__contains__, cs)):
        found = _remark_at(seq, cs, i, original)
        if found is not None:
            yield found
    if original and any(e in original for e in SEX_EMOJI):
        yield from _emoji_pairs(seq, cs, original)


def _remark_at(seq: Sequence[Token], cs: list[str], i: int, original: str = "") -> StructHit | None:
    """The sexual remark resting on token i, if any (`cs`: `canon` of every token). Without the
    post's text (`original`), names, "?" and emoji are not read."""
    c = cs[i]
    if c not in SEX_STATE:
        return None
    if c in NAKED:
        return _naked_wish(seq, cs, i)
    if c in BODY_PARTS:
        return _body_compliment(seq, cs, i) or _body_in_clothes(seq, cs, i)
    if c in SEX_ACTS:
        return _sex_act(seq, cs, i) or _sex_act_alone(seq, cs, original, i)
    if c in ATTRACTIVE:
        return _called_attractive(seq, cs, i)
    if c in TOUCH:
        return _touch_wish(seq, cs, i)
    if c in _BED:
        return _in_bed(seq, cs, i)
    if c in LEAN:
        return _bent_over(seq, cs, i) or _posture(seq, cs, original, i)
    if c in HUNG:
        return _hung(seq, cs, i)
    if c in UNDRESSING:
        return _undressing(seq, cs, i)
    if c in PROPOSITION_ENDS:
        return _proposition(seq, cs, original, i)
    if c in INNUENDO_ENDS:
        return _innuendo(seq, cs, original, i)
    if c in SCENE_WORDS:
        return scene_at(seq, cs, original, i)
    return _hired_for_sex(seq, cs, i)


_BED = frozenset(("bed", "sack", "sheets"))


# Aubergine or peach with droplets, aubergine with peach: a sexual emoji pair.
SEX_EMOJI = ("\U0001f346", "\U0001f351")
_PAIRED_WITH = {
    "\U0001f346": ("\U0001f4a6", "\U0001f351"),
    "\U0001f351": ("\U0001f4a6", "\U0001f346"),
}
# Words that make one 🍑 or 🍆 about a body: what a person wears, a body part, "the view".
_EMOJI_CUES = (
    (CLOTHING - frozenset(("top", "shirt", "blouse", "dress", "outfit", "uniform", "scrubs")))
    | BODY_WORDS
    | frozenset(("view", "behind", "bed", "arms", "thighs"))
)
# Beside one 🍑 or 🍆: smirk, devil, tongue, drooling, hot face.
_LEER_BESIDE = ("\U0001f60f", "\U0001f608", "\U0001f445", "\U0001f924", "\U0001f975")
_PAIR_BEFORE, _PAIR_AFTER = 80, 40  # characters searched for the person, in the same sentence
_SENTENCE_END = ".!?\n"  # punctuation that ends a sentence


def _emoji_pairs(seq: Sequence[Token], cs: list[str], original: str) -> Iterator[StructHit]:
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
            # One emoji: with a person in its sentence and a word of the body or of what they
            # wear in the post ("the customer in yoga pants ... the view from behind 🍑").
            # Or next to a smirk / devil / drool, or repeated ("@sam 😏🍆", "Priya 🍑🍑").
            if original[at - 1 : at] in _PAIRED_WITH[original[at]]:
                continue
            cues = [k for k, c in enumerate(cs) if c in _EMOJI_CUES]
            cue = min(cues, key=lambda k: abs(seq[k].start - at), default=-1)
            around = original[max(0, at - 2) : at] + original[at + 1 : at + 3]
            leer = next((e for e in _LEER_BESIDE if e in around), "")
            if original[at + 1 : at + 2] == original[at]:
                leer = original[at] * 2
            person = _person_near(seq, cs, original, at)
            if person < 0 or person == cue or (cue < 0 and not leer):
                continue
            name = original[seq[person].start : seq[person].end]
            sign = seq[cue].text if cue >= 0 else leer
            one = (name, original[at], sign)
            why = f"a sexual emoji ({original[at]!r}) in a sentence about {name!r}, with {sign!r}"
            last = max(person, cue)
            yield _sexual(seq, min(person, last), last, one, why)
            pos = at + 2
            continue
        pair = original[at] + rest[0]
        person = _person_near(seq, cs, original, at)
        if person >= 0:
            name = original[seq[person].start : seq[person].end]
            words = (name, pair)
            why = f"a sexual emoji pair ({pair!r}) in a sentence about {name!r}"
            yield _sexual(seq, person, person, words, why)
            pos = at + 2


def _person_near(seq: Sequence[Token], cs: list[str], original: str, at: int) -> int:
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
        c = cs[k]
        if (
            t.kind == "mention"
            or c in PERSON_PRONOUNS
            or c in PERSON_NOUNS
            or (c == "her" and (not _phrase_goes_on(seq, cs, k) or cs[k + 1] in _GIVEN))
            or a_name(seq, cs, original, k)
        ):
            best, gap = k, dist
    return best


# After "her" as an indirect object: "gave her the discount".
_GIVEN = frozenset(("the", "a", "an", "my", "some", "this", "that"))


def _naked_wish(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """desire + get/see/strip + person + naked: "I'd love to see her naked"."""
    if i < 2:
        return None
    person, verb = i - 1, i - 2
    if cs[person] in ("completely", "totally", "stark", "all") and i >= 3:
        person, verb = i - 2, i - 3
    if cs[person] not in SEX_PEOPLE and seq[person].kind != "mention":
        return None
    if cs[verb] in IMAGINE:  # "picturing her naked" needs no wish
        words = (seq[verb].text, seq[person].text, seq[i].text)
        why = f"a person pictured naked ({' '.join(words)!r})"
        return _sexual(seq, verb, i, words, why)
    if cs[verb] not in SEX_VERBS and cs[verb] not in ("strip", "undress"):
        return None
    start = -1
    for j in range(verb - 1, max(-1, verb - 5), -1):
        if cs[j] in DESIRE or seq[j].text.endswith("'d"):
            start = j
            break
    if start < 0:
        return None
    wish = (seq[start].text, seq[verb].text, seq[person].text, seq[i].text)
    why = f"a sexual wish about a person ({' '.join(wish)!r})"
    return _sexual(seq, start, i, wish, why, "sexual.advance")


def _body_compliment(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """A compliment on a body part said to or about a person: "@sam nice legs today", "the
    new girl has a fantastic rack", "nice legs on her", "her legs look amazing"."""
    n = len(seq)
    if i < 1 or cs[i - 1] not in COMPLIMENTS:
        return _body_looks(seq, cs, i)
    if i + 1 < n and cs[i + 1] == "on":
        # "nice legs on her" is about a person, "nice legs on that table" is not.
        person = _person_object(seq, cs, i + 2)
    elif _phrase_goes_on(seq, cs, i):
        return None
    else:
        person = _owner(seq, cs, i - 2)
        if person < 0 and i + 1 < n and seq[i + 1].kind == "mention":
            person = i + 1  # "nice legs @sam"
    if person < 0:
        return None
    words = (seq[i - 1].text, seq[i].text)
    why = f"a remark on a body part ({' '.join(words)!r}) about a person ({seq[person].text!r})"
    return _sexual(seq, min(i - 1, person), max(i, person), words, why)


def _owner(seq: Sequence[Token], cs: list[str], k: int) -> int:
    """The person a body-part phrase ending before token k+1 is said to or about: "@sam (nice
    legs)", "she has (nice legs)", "the new girl in sales has a (fantastic rack)"; else -1."""
    while k >= 0 and cs[k] in BODY_DETERMINERS:
        k -= 1
    if k < 0:
        return -1
    if seq[k].kind == "mention" or cs[k] in ADDRESSED:
        return k
    if cs[k] not in HAVE:
        return -1
    s = k - 1
    if s >= 0 and cs[s] in ("you", "u", "i've", "you've", "youve", "he's", "she's"):
        return s if cs[s] != "i've" else -1
    # The subject before has/got, or a person noun with a place after it ("girl in sales").
    for j in range(s, max(-1, k - 5), -1):
        t = seq[j]
        c = cs[j]
        if t.kind == "mention" or c in ("he", "she") or c in PERSON_NOUNS:
            if j == s or cs[j + 1] in PLACE_PREPOSITIONS:
                return j
            return -1
    return -1


def _body_looks(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """Possessive person + body part + looks (so) great: "her legs look amazing"."""
    n = len(seq)
    person = i - 1
    if person < 0 or (cs[person] not in POSSESSIVES and seq[person].kind != "mention"):
        return None
    k = i + 1
    looks = k < n and cs[k] in LOOK
    if not looks and not (k + 1 < n and cs[k] in IS and cs[k + 1] in INTENSIFIERS):
        return None
    k += 1
    while k < n and cs[k] in INTENSIFIERS:
        k += 1
    if k >= n or cs[k] not in COMPLIMENTS:
        return None
    words = (seq[i].text, seq[k].text)
    why = f"a remark on a body part ({' '.join(words)!r}) about a person ({seq[person].text!r})"
    return _sexual(seq, person, k, words, why)


def _touch_wish(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """wish + touch/grab/squeeze + her/his/your + body: "i want to touch her body", "I'd love to
    squeeze his bum"; "grab her coffee" is no body."""
    n = len(seq)
    wish = next(
        (
            j
            for j in range(i - 1, max(-1, i - 4), -1)
            if cs[j] in DESIRE or seq[j].text.endswith("'d")
        ),
        -1,
    )
    if wish < 0 or i + 2 >= n:
        return None
    owner = i + 1
    if cs[owner] not in POSSESSIVES and seq[owner].kind != "mention":
        return None
    body = owner + 1 if cs[owner + 1] in _TOUCHED else -1
    if body < 0 and owner + 2 < n and cs[owner + 1] in COMPLIMENTS and cs[owner + 2] in _TOUCHED:
        body = owner + 2
    if body < 0 or (body + 1 < n and cs[body + 1] in _BODY_GOES_ON):
        return None  # "her body language", "his bum bag"
    words = (seq[wish].text, seq[i].text, seq[owner].text, seq[body].text)
    why = f"a wish to touch a person's body ({' '.join(words)!r})"
    return _sexual(seq, wish, body, words, why)


_TOUCHED = (BODY_PARTS | BODY_WORDS) - frozenset(("hands", "mouth"))
_BODY_GOES_ON = frozenset(("language", "bag", "of", "clock", "wash", "spray", "shop", "count"))


def _body_in_clothes(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """Possessive person + body part + in (those) + clothing: "her arse in those work
    trousers", "@sam your legs in that skirt"."""
    n = len(seq)
    person = i - 1
    if person < 0 or (cs[person] not in POSSESSIVES and seq[person].kind != "mention"):
        return None
    if i + 1 >= n or cs[i + 1] != "in":
        return None
    end = next((k for k in range(i + 2, min(n, i + 6)) if cs[k] in CLOTHING), -1)
    if end < 0:
        return None
    said = " ".join(t.text for t in seq[i : end + 1])
    why = f"a remark on a body part in what a person wears ({said!r}, about {seq[person].text!r})"
    return _sexual(seq, person, end, (seq[person].text, said), why)


def _sex_act(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """wish + smash/bang/shag + person: "would absolutely smash the new intern"; said as done
    ("smashed the new girl from sales") it needs no wish; "would tap that"; "eat her out"."""
    n = len(seq)
    start = -1
    for j in range(i - 1, max(-1, i - 4), -1):
        c = cs[j]
        if c in DESIRE or c in ("would", "could") or seq[j].text.endswith("'d"):
            start = j
            break
    done = cs[i] in _DONE
    if start < 0 and not done:
        return None
    if start < 0:
        start = i
    if cs[i] in ("tap", "hit", "smash") and i + 1 < n and cs[i + 1] == "that":
        if i + 2 >= n or not _phrase_goes_on(seq, cs, i + 1):
            words = (seq[start].text, seq[i].text, seq[i + 1].text)
            why = f"a sexual remark about a person ({' '.join(words)!r})"
            return _sexual(seq, start, i + 1, words, why)
        return None
    at = i + 1
    if cs[i] == "eat" and cs[i + 1 : i + 3] in (["her", "out"], ["him", "out"], ["you", "out"]):
        said = (seq[start].text, seq[i].text, seq[i + 1].text, seq[i + 2].text)
        why = f"a sexual remark about a person ({' '.join(said)!r})"
        return _sexual(seq, start, i + 2, said, why)
    if cs[i] in ("climb", "climbed") and cs[i + 1 : i + 4] == ["on", "top", "of"]:
        at = i + 4  # "I'd climb on top of him"
    k = _person_object(seq, cs, at)
    if k < 0 or (done and cs[k] in ("them", "you", "u")):
        return None  # "smashed them 5-0"
    if cs[i] == "eat":
        if k + 1 >= n or cs[k + 1] != "out":
            return None  # "eat her out" only
    elif k + 1 < n and cs[k + 1] in ("at", "in", "on", "up", "over", "out", "about", "by", "with"):
        return None  # "I'd smash you at chess", "bang him up", "ride him about the report"
    if k + 1 < n and seq[k + 1].kind == "number":
        return None  # "smashed them 3-0"
    words = (seq[start].text, seq[i].text, seq[k].text)
    why = f"a sexual remark about a person ({seq[i].text!r} with {seq[k].text!r} as its object)"
    return _sexual(seq, start, k, words, why)


def _sex_act_alone(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """wish + smash/shag with no object, after a person in the same sentence: "shorty in
    accounts ... tryna smash after the party", "the new guy? would smash"; "smash it" and
    "smash the targets" have an object."""
    n = len(seq)
    if cs[i] not in ("smash", "shag", "bang"):
        return None
    if i + 1 < n and same_sentence(seq, original, i, i + 1) and cs[i + 1] not in _NO_OBJECT:
        return None
    wish = next(
        (
            j
            for j in range(i - 1, max(-1, i - 3), -1)
            if cs[j] in DESIRE or cs[j] in ("would", "could") or seq[j].text.endswith("'d")
        ),
        -1,
    )
    if wish < 0:
        return None
    person = -1
    for j in range(wish - 1, max(-1, wish - 13), -1):
        c = cs[j]  # may be the sentence before: "the new temp? would smash"
        if (
            seq[j].kind == "mention"
            or c in PERSON_NOUNS
            or c in _SLANG_PEOPLE
            or c in ("she", "he")
        ):
            person = j
            break
    if person < 0:
        return None
    words = (seq[person].text, seq[wish].text, seq[i].text)
    said = f"{seq[wish].text} {seq[i].text}"
    why = f"a sexual wish about a person ({said!r} about {seq[person].text!r})"
    return _sexual(seq, person, i, words, why)


# Sex verbs in the past: "smashed the new girl from sales", said as done, need no wish.
_DONE = frozenset(("smashed", "banged", "shagged", "boned", "railed"))
# After "smash" with no object: "tryna smash after the party", "would smash tbh".
_NO_OBJECT = frozenset(
    [
        "after",
        "tonight",
        "later",
        "lol",
        "lmao",
        "fr",
        "tbh",
        "ngl",
        "no",
        "asap",
        "tho",
        "though",
        "honestly",
        "haha",
        "ffs",
    ]
)
# Slang for a person that `PERSON_NOUNS` (also read by the insult rules) does not hold.
_SLANG_PEOPLE = frozenset(["shorty", "shawty", "ting", "baddie", "hottie"])


def _called_attractive(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """person + is (so) + hot/sexy: "our client rep is so hot", "you're so sexy"."""
    if i + 1 < len(seq) and cs[i + 1] in NOT_ATTRACTIVE_AFTER:
        return None  # "he is hot on the topic", "she is hot under the collar"
    if _phrase_goes_on(seq, cs, i):
        return None  # "she is a hot mess", "he's a hot prospect"
    k = i - 1
    while k >= 0 and i - k <= 3 and cs[k] in INTENSIFIERS:
        k -= 1
    if k < 0:
        return None
    c = cs[k]
    slang = -1
    if cs[i] == "thicc":  # "shorty in accounts lowkey thicc": slang says it without "is"
        slang = next(
            (
                j
                for j in range(k, max(-1, k - 5), -1)
                if cs[j] in PERSON_NOUNS or cs[j] in _SLANG_PEOPLE or seq[j].kind == "mention"
            ),
            -1,
        )
    if slang >= 0:
        subject = slang
    elif c in SUBJECT_IS:
        subject = k
    elif c in IS and k >= 1:
        subject = k - 1
        s = cs[subject]
        person = s in ("he", "she", "you", "u") or s in PERSON_NOUNS
        if not person and seq[subject].kind != "mention":
            return None
    else:
        return None
    words = (seq[subject].text, seq[i].text)
    why = f"a person ({seq[subject].text!r}) called sexually attractive ({seq[i].text!r})"
    return _sexual(seq, subject, i, words, why)


def _in_bed(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """person + is/be + a freak / great + in bed (in the sack, between the sheets): "bet the
    new receptionist is a freak in bed"; "how good they'd be in bed"; people ranked by what
    they would be like in bed; a wish to have a person in (or into) one's bed."""
    if cs[i] == "bed" and i >= 2 and cs[i - 1] == "my":
        return _into_my_bed(seq, cs, i)
    if _phrase_goes_on(seq, cs, i):
        return None  # not "in bed rest"
    b = i - 1 if cs[i] == "bed" else i - 2  # the "in" of "in bed", "in the sack"
    if b < 2 or cs[b] not in ("in", "between") or (b < i - 1 and cs[i - 1] != "the"):
        return None
    if cs[b - 1] in IN_BED:
        person = _person_at(seq, cs, b - 7, b - 2)
        if person >= 0 and (
            cs[person] in SUBJECT_IS
            or any(cs[m] in IS or cs[m] == "be" for m in range(person + 1, b - 1))
        ):
            words = (seq[person].text, seq[b - 1].text, seq[b].text, seq[i].text)
            why = f"a judgement of a person's sex life ({' '.join(words[1:])!r} about {words[0]!r})"
            return _sexual(seq, person, i, words, why)
    # "how good they'd be in bed", "which of the auditors would be best in bed": a judgement
    # of what people would be like, with whom it is about.
    for j in range(b - 1, max(-1, b - 5), -1):
        if cs[j] not in BED_JUDGED:
            continue
        window = range(max(0, j - 4), b)
        modal = any(cs[m] == "be" or cs[m].endswith("'d") for m in window)
        person = next(
            (
                m
                for m in window
                if cs[m] in BED_PEOPLE or cs[m] in PERSON_NOUNS or seq[m].kind == "mention"
            ),
            -1,
        )
        if modal and person >= 0:
            first = min(j, person)
            words = (seq[person].text, seq[j].text, seq[b].text, seq[i].text)
            said = " ".join(t.text for t in seq[first : i + 1])
            why = f"a judgement of people's sex lives ({said!r})"
            return _sexual(seq, first, i, words, why)
        break
    # "ranking my coworkers by ... in bed"
    for j in range(b - 1, max(-1, b - 11), -1):
        if cs[j] not in RANK or j + 1 >= i:
            continue
        person = j + 1 if cs[j + 1] in _OBJECTS else _person_at(seq, cs, j + 1, j + 3)
        if person >= 0:
            words = (seq[j].text, seq[person].text, seq[b].text, seq[i].text)
            why = f"people rated on sex ({' '.join(words)!r})"
            return _sexual(seq, j, i, words, why)
    return None


def _into_my_bed(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """wish + person + in / into + my bed: "I want her in my bed by Friday", "would love to
    get @sam into my bed"; "I want my bed" names no one."""
    if i < 3 or cs[i - 2] not in ("in", "into"):
        return None
    person = i - 3
    c = cs[person]
    if seq[person].kind != "mention" and c not in _OBJECTS and c not in PERSON_NOUNS:
        return None
    if c in ("me", "us"):
        return None
    wish = next(
        (
            j
            for j in range(person - 1, max(-1, person - 6), -1)
            if cs[j] in DESIRE or seq[j].text.endswith("'d")
        ),
        -1,
    )
    if wish < 0:
        return None
    words = (seq[wish].text, seq[person].text, " ".join(t.text for t in seq[i - 2 : i + 1]))
    why = f"a sexual wish about a person ({' '.join(words)!r})"
    return _sexual(seq, wish, i, words, why, "sexual.advance")


def _object_at(seq: Sequence[Token], cs: list[str], k: int) -> int:
    """The last token of a person at token k: `_person_object`'s, "me", or determiners and a
    person noun whose phrase goes on ("bend my manager over"); else -1."""
    found = _person_object(seq, cs, k)
    if found >= 0:
        return found
    if k < len(seq) and cs[k] == "me":
        return k
    j = k
    while j < len(seq) and j - k < 3 and cs[j] in OBJECT_DETERMINERS:
        j += 1
    if j < len(seq) and j > k and cs[j] in PERSON_NOUNS:
        return j
    return -1


def _subject_near(
    seq: Sequence[Token], cs: list[str], i: int, reach: int, original: str = ""
) -> int:
    """A person among the `reach` tokens before token i: an @mention, a person noun or a
    third-person pronoun, or (given the post's text) a name; else -1."""
    for k in range(i - 1, max(-1, i - 1 - reach), -1):
        c = cs[k]
        if seq[k].kind == "mention" or c in PERSON_NOUNS or c in ("he", "she", "they"):
            return k
        if original and a_name(seq, cs, original, k):
            return k
    return -1


def _bent_over(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """bend + person + over: "I want to bend my manager over her own desk"; "bend over
    backwards" and "bend the wire over" name nobody."""
    if cs[i] not in BEND:
        return None
    person = _object_at(seq, cs, i + 1)
    if person < 0 or person + 1 >= len(seq) or cs[person + 1] != "over":
        return None
    if person + 2 < len(seq) and cs[person + 2] in ("backwards", "backward"):
        return None
    words = (seq[i].text, seq[person].text, seq[person + 1].text)
    why = f"a sex position with a person as its object ({' '.join(words)!r})"
    return _sexual(seq, i, person + 1, words, why)


def _posture(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """leans / bends over + "in that (tight) blouse", or a person + leans / bends over + "like
    that" / "on purpose" / "not complaining" / "the view" / a leering emoji: "can't focus when
    Priya leans over the desk in that blouse", "the new barista keeps bending over like that".
    Someone wearing "that blouse" is a person; the others need one named."""
    n = len(seq)
    if i + 1 >= n or cs[i + 1] != "over":
        return None
    for k in range(i + 2, min(n - 1, i + 9)):
        end, person = -1, -1
        if (cs[k], cs[k + 1]) in _LEERING:
            person = _subject_near(seq, cs, i, 5, original)
            end = k + 1 if person >= 0 else -1
        elif cs[k] == "in" and cs[k + 1] in _WORN_BY:
            end = next((m for m in (k + 2, k + 3) if m < n and cs[m] in CLOTHING), -1)
        if end >= 0:
            said = " ".join(t.text for t in seq[k : end + 1])
            about = f", about {seq[person].text!r}" if person >= 0 else ""
            words = (seq[i].text, seq[i + 1].text, said)
            why = f"a person's posture watched ({seq[i].text} {seq[i + 1].text} ... {said}{about})"
            return _sexual(seq, person if person >= 0 else i, end, words, why)
    # A leering emoji closing the sentence: "Sophie bends over the printer every morning 👀".
    after = seq[i + 1].end
    stop = min((p for p in map(original.find, _SENTENCE_END, repeat(after)) if p >= 0), default=-1)
    tail = original[after : stop + 4] if stop >= 0 else original[after : after + 80]
    emoji = next((e for e in _LEER_EMOJI if e in tail), "")
    if emoji:
        person = _subject_near(seq, cs, i, 5, original)
        if person >= 0:
            seen = (seq[person].text, seq[i].text, seq[i + 1].text, emoji)
            why = f"a person's posture watched ({' '.join(seen)!r})"
            return _sexual(seq, person, i + 1, seen, why)
    return None


_WORN_BY = frozenset(("that", "those", "her", "his", "them"))
# After "bends over ...": the writer says the posture is watched.
_LEERING = frozenset(
    (
        ("like", "that"),
        ("on", "purpose"),
        ("not", "complaining"),
        ("the", "view"),
        ("what", "a"),  # "what a view"
    )
)
_LEER_EMOJI = ("\U0001f440", "\U0001f60d", "\U0001f924", "\U0001f60f", "\U0001f525")


def _hung(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """person + is + hung like / well hung: "bet the new guy is hung like a horse"."""
    like = i + 1 < len(seq) and cs[i + 1] == "like"
    if not like and not (i and cs[i - 1] == "well"):
        return None
    k = i - 1 if like else i - 2
    while k > 0 and cs[k] in INTENSIFIERS:
        k -= 1  # "is so well hung"
    if k < 0 or (cs[k] not in IS and cs[k] != "be" and cs[k] not in SUBJECT_IS):
        return None
    person = k if cs[k] in SUBJECT_IS else _subject_near(seq, cs, k, 4)
    if person < 0:
        return None
    last = i + 1 if like else i
    words = (seq[person].text, " ".join(t.text for t in seq[min(i, last - 1) : last + 1]))
    why = f"a remark on a person's genitals ({words[1]!r} about {words[0]!r})"
    return _sexual(seq, person, last, words, why)


def _undressing(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """undressing + person + with (his) eyes: "kept undressing me with his eyes"."""
    n = len(seq)
    person = i + 1
    if person >= n or (cs[person] not in _OBJECTS and seq[person].kind != "mention"):
        return None
    k = person + 1
    if k + 2 >= n or cs[k] != "with" or cs[k + 2] != "eyes":
        return None
    words = (seq[i].text, seq[person].text, seq[k + 2].text)
    why = f"a person looked at sexually ({' '.join(words)!r})"
    return _sexual(seq, i, k + 2, words, why)


_OBJECTS = frozenset(("me", "her", "him", "you", "u", "them", "us"))


def _proposition_at(seq: Sequence[Token], cs: list[str], original: str, i: int) -> int:
    """First token of the proposition ending at token i ("back to mine", "take u home", "no
    strings", "pack pyjamas", "bring a toothbrush", "netflix and chill", "pyjamas optional",
    "my (hotel) room", "room 414", "to my place", "the door unlocked", "u up?"), else -1."""
    c = cs[i]
    if c in _PROPOSITION_MORE:
        return _proposition_more(seq, cs, original, i)
    if c == "mine" and i >= 2 and cs[i - 1] == "to" and cs[i - 2] == "back":
        return i - 2
    if c == "mine" and i >= 1 and cs[i - 1] in ("at", "round"):
        return i - 1  # "drinks at mine after work?"
    if c == "home" and i >= 2 and cs[i - 2] in ("take", "taking") and cs[i - 1] in _OBJECTS:
        return i - 2
    if c == "strings" and i >= 1 and cs[i - 1] == "no":
        return i - 1
    if c in _OVERNIGHT and i >= 1 and cs[i - 1] in ("pack", "bring"):
        return i - 1
    if c in _OVERNIGHT and i >= 2 and cs[i - 1] in ("a", "your", "ur") and cs[i - 2] == "bring":
        return i - 2
    return -1


_OVERNIGHT = frozenset(("pyjamas", "pajamas", "pjs", "toothbrush"))
_PROPOSITION_MORE = frozenset(
    ("chill", "optional", "room", "place", "unlocked", "unlatched", "up")
) | frozenset(("short", "tight", "sexy", "revealing", "skimpy", "lacy", "slutty"))
_OPTIONAL = _OVERNIGHT | frozenset(("clothes", "clothing", "underwear", "pants", "knickers"))
_HELLO = frozenset(("hey", "hi", "hiya", "yo", "oi", "so", "and"))


def _proposition_more(seq: Sequence[Token], cs: list[str], original: str, i: int) -> int:
    """`_proposition_at` for the words of `_PROPOSITION_MORE`."""
    c = cs[i]
    before = cs[i - 1] if i >= 1 else ""
    if c == "chill":
        return i - 2 if before == "and" and i >= 2 and cs[i - 2] == "netflix" else -1
    if c == "optional":
        return i - 1 if before in _OPTIONAL else -1
    if c == "room":
        if before == "my":
            return i - 1
        if before == "hotel" and i >= 2 and cs[i - 2] == "my":
            return i - 2
        # "room 414 after the dinner", not "room 101 booked for the retro".
        number = i + 2 < len(seq) and seq[i + 1].kind == "number"
        return i if number and cs[i + 2] in ("after", "tonight", "later") else -1
    if c == "place":
        return i - 2 if before == "my" and i >= 2 and cs[i - 2] in ("to", "at", "back") else -1
    if c in ("unlocked", "unlatched"):
        return i - 1 if before == "door" else -1
    if c != "up":  # "wear something short"
        wear = i >= 2 and cs[i - 2] in ("wear", "wearing") and before == "something"
        return i - 2 if wear else -1
    # "u up?", "@sam you up?", "hey Sofia u up?": a late-night call, asked on its own.
    if before not in ("you", "u") or not original[seq[i].end :].lstrip().startswith("?"):
        return -1
    if i >= 2 and not (
        seq[i - 2].kind == "mention"
        or cs[i - 2] in _HELLO
        or cs[i - 2] in ("are", "r")
        or a_name(seq, cs, original, i - 2)
        or not same_sentence(seq, original, i - 2, i - 1)
    ):
        return -1
    return i - 1


def _proposition(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """Two propositions to someone addressed (an @mention, "you", "u"): "@jenna dinner tonight?
    and then back to mine, no need to pack pyjamas"; "back to mine for the match, @sam?" is one
    and stays clear."""
    first = _proposition_at(seq, cs, original, i)
    if first < 0:
        return None
    # The first proposition reports the post, with the next one as its second sign.
    if any(
        cs[k] in PROPOSITION_ENDS and _proposition_at(seq, cs, original, k) >= 0
        for k in range(first)
    ):
        return None
    other = next(
        (
            k
            for k in range(i + 1, len(seq))
            if cs[k] in PROPOSITION_ENDS and _proposition_at(seq, cs, original, k) >= 0
        ),
        -1,
    )
    if other < 0:
        return None
    addressed = next(
        (k for k, t in enumerate(seq) if t.kind == "mention" or cs[k] in ("you", "u", "ur")), -1
    )
    if addressed < 0:
        return None
    said = " ".join(t.text for t in seq[first : i + 1])
    second = " ".join(t.text for t in seq[_proposition_at(seq, cs, original, other) : other + 1])
    words = (seq[addressed].text, said, second)
    why = f"a proposition ({said!r}, {second!r}) to someone addressed ({seq[addressed].text!r})"
    return _sexual(seq, first, i, words, why)


def _innuendo(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """ "if you know what I mean" / "if you catch my drift" / "wink wink" in a post about a
    person with a body or sexual word: "the new physio has hands I'd love to feel ..., if you
    catch my drift"."""
    c = cs[i]
    if c == "mean":
        marker = i >= 3 and cs[i - 1] == "i" and cs[i - 2] == "what" and cs[i - 3] == "know"
        first = i - 3
    elif c == "drift":
        marker = i >= 2 and cs[i - 1] == "my" and cs[i - 2] in ("catch", "get")
        first = i - 2
    else:
        marker = i >= 1 and cs[i - 1] == "wink"
        first = i - 1
    if not marker:
        return None
    n = len(seq)
    outside = [k for k in range(n) if k < first or k > i]
    person = next(
        (
            k
            for k in outside
            if seq[k].kind == "mention"
            or cs[k] in PERSON_NOUNS
            or cs[k] in _THIRD_PERSON
            or (original and a_name(seq, cs, original, k))
        ),
        -1,
    )
    cue = next(
        (
            k
            for k in outside
            if (cs[k] in BODY_WORDS and not (k + 1 < n and cs[k + 1] in _NOT_BODY_AFTER))
            or (cs[k] in SEX_ACTS and cs[k] not in _PLAIN_ACTS)
            or cs[k] in ATTRACTIVE
            or (cs[k] in TOUCH and k and cs[k - 1] == "to")
        ),
        -1,
    )
    sign = seq[cue].text if cue >= 0 else strong_emoji(original)
    if person < 0 or not sign:
        return None
    last = max(i, person, cue)
    marker_text = " ".join(t.text for t in seq[first : i + 1])
    words = (marker_text, seq[person].text, sign)
    why = f"innuendo ({marker_text!r}) about a person ({seq[person].text!r}) with {sign!r}"
    return _sexual(seq, min(first, person, last), last, words, why)


# Sex verbs that are ordinary words too: not a sign of innuendo on their own.
_PLAIN_ACTS = frozenset(("eat", "tap", "ride", "climb", "climbed"))


_THIRD_PERSON = frozenset(("she", "he", "her", "him"))
# "hands-on", "hands free", "hands down": not a body.
_NOT_BODY_AFTER = frozenset(("on", "off", "free", "down", "up"))


def _hired_for_sex(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """A job said to be got by sex: "hired for what she does after hours", "promoted for what
    he does on his knees", "slept her way to the top"."""
    n = len(seq)
    c = cs[i]
    if c not in HIRED:
        return None
    if c == "slept":
        if (
            i + 3 < n
            and cs[i + 1] in ("her", "his", "their", "my")
            and cs[i + 2] == "way"
            and cs[i + 3] in ("to", "into", "up")
        ):
            way = (seq[i].text, seq[i + 1].text, seq[i + 2].text)
            why = f"a job said to be got by sex ({' '.join(way)!r})"
            return _sexual(seq, i, i + 2, way, why)
        return None
    # hired/promoted + (for) what + she/he + does/did + after hours / on her knees
    for k in range(i + 1, min(n - 3, i + 6)):
        if cs[k] == "what" and cs[k + 1] in ("she", "he", "they") and cs[k + 2] in _DOES:
            for m in range(k + 3, min(n, k + 7)):
                if cs[m] in AFTER_HOURS and cs[m - 1] in ("after", "her", "his", "their"):
                    said = " ".join(t.text for t in seq[k : m + 1])
                    words = (seq[i].text, said)
                    why = f"a job said to be got by sex ({seq[i].text!r} for {said!r})"
                    return _sexual(seq, i, m, words, why)
            return None
    return None


_DOES = frozenset(("does", "did", "do"))


def _person_at(seq: Sequence[Token], cs: list[str], lo: int, hi: int) -> int:
    """The last @mention, pronoun or person noun among tokens lo..hi (clipped), else -1."""
    for k in range(min(hi, len(seq) - 1), max(lo, 0) - 1, -1):
        t = seq[k]
        c = cs[k]
        if t.kind == "mention" or c in PERSON_PRONOUNS or c in PERSON_NOUNS:
            return k
        if c in POSSESSIVES and not _phrase_goes_on(seq, cs, k):
            return k
    return -1


def _person_object(seq: Sequence[Token], cs: list[str], k: int) -> int:
    """Index of the person at token k ("her", "@sam", "the new intern"), else -1."""
    n = len(seq)
    if k >= n:
        return -1
    c = cs[k]
    if seq[k].kind == "mention" or c in ("him", "them", "you", "u"):
        return k
    if c == "her" and not _phrase_goes_on(seq, cs, k):
        return k  # "smash her", not "smash her record"
    j = k
    while j < n and j - k < 3 and cs[j] in OBJECT_DETERMINERS:
        j += 1
    if j >= n or cs[j] not in PERSON_NOUNS:
        return -1
    # "the new intern from sales", "the new temp after the party", not "the new hire onboarding".
    if _phrase_goes_on(seq, cs, j) and cs[j + 1] not in PLACE_PREPOSITIONS | _THEN:
        return -1
    return j


_THEN = frozenset(("after", "before", "last", "tonight", "yesterday", "during"))


def _phrase_goes_on(seq: Sequence[Token], cs: list[str], i: int) -> bool:
    """Token i is followed, after one space or hyphen, by a word that continues its phrase."""
    if i + 1 >= len(seq):
        return False
    nxt = seq[i + 1]
    return nxt.start - seq[i].end == 1 and nxt.kind == "word" and cs[i + 1] not in CLAUSE_STARTS


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
        negated_phrase(seq, start, last),
    )
