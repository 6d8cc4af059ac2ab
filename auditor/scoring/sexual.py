"""Sexual remarks about a person: a wish to see or get them naked, a compliment on a body part,
a sex verb with the person as its object ("would smash ..."), calling them hot, judging them in
bed, and a sexual emoji pair in a sentence about someone.

None of these rules fires on a word alone: each needs the person the remark is about, an
@mention, a pronoun or a person noun ("the new intern"). Tokens are lower-cased, so only the
emoji rule, which reads the post's text, takes a capitalised word for a name. The words are in
`structures`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import compress

from auditor.scoring.context import StructHit
from auditor.scoring.normalize import Token
from auditor.scoring.structures import (
    ADDRESSED,
    ATTRACTIVE,
    BODY_DETERMINERS,
    BODY_PARTS,
    CLAUSE_STARTS,
    COMPLIMENTS,
    DESIRE,
    HAVE,
    IN_BED,
    INTENSIFIERS,
    IS,
    LOOK,
    NAKED,
    NOT_ATTRACTIVE_AFTER,
    NOT_NAMES,
    OBJECT_DETERMINERS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PLACE_PREPOSITIONS,
    POSSESSIVES,
    SEX_ACTS,
    SEX_PEOPLE,
    SEX_STATE,
    SEX_VERBS,
    SUBJECT_IS,
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
        found = _remark_at(seq, cs, i)
        if found is not None:
            yield found
    if original and any(e in original for e in SEX_EMOJI):
        yield from _emoji_pairs(seq, cs, original)


def _remark_at(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """The sexual remark resting on token i, if any (`cs`: `canon` of every token)."""
    c = cs[i]
    if c not in SEX_STATE:
        return None
    if c in NAKED:
        return _naked_wish(seq, cs, i)
    if c in BODY_PARTS:
        return _body_compliment(seq, cs, i)
    if c in SEX_ACTS:
        return _sex_act(seq, cs, i)
    if c in ATTRACTIVE:
        return _called_attractive(seq, cs, i)
    return _in_bed(seq, cs, i)


# Aubergine or peach with droplets, aubergine with peach: a sexual emoji pair.
SEX_EMOJI = ("\U0001f346", "\U0001f351")
_PAIRED_WITH = {
    "\U0001f346": ("\U0001f4a6", "\U0001f351"),
    "\U0001f351": ("\U0001f4a6", "\U0001f346"),
}
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
            or (c == "her" and not _phrase_goes_on(seq, cs, k))
            or _a_name(seq, cs, original, k)
        ):
            best, gap = k, dist
    return best


def _a_name(seq: Sequence[Token], cs: list[str], original: str, k: int) -> bool:
    """Token k is capitalised inside a sentence ("do to Sarah"), so it names someone."""
    t = seq[k]
    if t.kind != "word" or not original[t.start : t.start + 1].isupper() or k == 0:
        return False
    sentence_start = any(p in original[seq[k - 1].end : t.start] for p in _SENTENCE_END)
    return not sentence_start and cs[k] not in NOT_NAMES


def _naked_wish(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """desire + get/see/strip + person + naked: "I'd love to see her naked"."""
    if i < 2:
        return None
    person, verb = i - 1, i - 2
    if cs[person] in ("completely", "totally", "stark", "all") and i >= 3:
        person, verb = i - 2, i - 3
    if cs[person] not in SEX_PEOPLE and seq[person].kind != "mention":
        return None
    if cs[verb] not in SEX_VERBS and cs[verb] not in ("strip", "undress"):
        return None
    start = -1
    for j in range(verb - 1, max(-1, verb - 5), -1):
        if cs[j] in DESIRE or seq[j].text.endswith("'d"):
            start = j
            break
    if start < 0:
        return None
    words = (seq[start].text, seq[verb].text, seq[person].text, seq[i].text)
    why = f"a sexual wish about a person ({' '.join(words)!r})"
    return _sexual(seq, start, i, words, why, "sexual.advance")


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


def _sex_act(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """wish + smash/bang/shag + person: "would absolutely smash the new intern"."""
    n = len(seq)
    start = -1
    for j in range(i - 1, max(-1, i - 4), -1):
        c = cs[j]
        if c in DESIRE or c in ("would", "could") or seq[j].text.endswith("'d"):
            start = j
            break
    if start < 0:
        return None
    k = _person_object(seq, cs, i + 1)
    if k < 0:
        return None
    if k + 1 < n and cs[k + 1] in ("at", "in", "on", "up", "over", "out"):
        return None  # "I'd smash you at chess", "bang him up"
    words = (seq[start].text, seq[i].text, seq[k].text)
    why = f"a sexual remark about a person ({seq[i].text!r} with {seq[k].text!r} as its object)"
    return _sexual(seq, start, k, words, why)


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
    if c in SUBJECT_IS:
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
    """person + is/be + a freak / great + in bed: "bet the new receptionist is a freak in
    bed"."""
    if i < 3 or cs[i - 1] != "in" or cs[i - 2] not in IN_BED:
        return None
    person = _person_at(seq, cs, i - 8, i - 3)
    if person < 0:
        return None
    if cs[person] not in SUBJECT_IS and not any(
        cs[m] in IS or cs[m] == "be" for m in range(person + 1, i - 2)
    ):
        return None  # "she felt great in bed": no judgement of her
    words = (seq[person].text, seq[i - 2].text, seq[i - 1].text, seq[i].text)
    why = f"a judgement of a person's sex life ({' '.join(words[1:])!r} about {words[0]!r})"
    return _sexual(seq, person, i, words, why)


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
    # "the new intern from sales", not "the new hire onboarding".
    if _phrase_goes_on(seq, cs, j) and cs[j + 1] not in PLACE_PREPOSITIONS:
        return -1
    return j


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
