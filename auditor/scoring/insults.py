"""Insults aimed at a person, from sentence structure: name-calling in a sentence about someone
("she is a paid liar", "what a clown he is", "you are such a hypocrite", "today's client: a
whiny man-child"), superlative insults ("you are the dumbest person I've met"), a list of
demeaning adjectives about people ("our interns are lazy, thick"), a group called names ("a
bunch of overpaid crayon-eaters"), "the IQ of a damp sponge" and "a waste of oxygen".

None fires on the word alone: "liar" is not an insult, "she is a liar" is; "the liar paradox"
names nobody. The words are in `structures`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import compress

from auditor.scoring.context import NEGATION, StructHit, _w, same_sentence
from auditor.scoring.normalize import Token
from auditor.scoring.structures import (
    ARE,
    CLEVER,
    COMPOUND_INSULTS,
    COPULA_WORDS,
    DEMONSTRATIVE_NOUNS,
    DEMONSTRATIVES,
    GROUP_NOUNS,
    GROUP_OF,
    INSULT_ADJECTIVES,
    INSULT_DETERMINERS,
    INSULT_FILLER,
    MIND_WORDS,
    MOST,
    MOST_WHAT,
    NAME_NOUNS,
    NAMED_SUBJECT,
    NOT_NAMES,
    PERSON_NOUNS,
    SUPERLATIVE_INSULTS,
    WASTE_OF,
    YOU_ARE,
    a_name,
    canons,
    negated_phrase,
)

_YOU = YOU_ARE | {"you", "u"}  # the words that start a superlative insult


def superlative_insults(seq: Sequence[Token]) -> Iterator[StructHit]:
    """ "you are / you're" + superlative insult: "you are the dumbest person I've met"."""
    cs = canons(seq)
    # Only "you're" or "you" starts the rule: visit those tokens alone, in order.
    for i in compress(range(len(cs)), map(_YOU.__contains__, cs)):
        hit = _superlative_at(seq, cs, i)
        if hit is not None:
            yield hit


def _superlative_at(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """The superlative insult whose subject is token i, if any (`cs`: `canon` of every
    token)."""
    n = len(seq)
    c = cs[i]
    if c in YOU_ARE:
        k = i + 1
    elif c in ("you", "u") and i + 1 < n and cs[i + 1] in ARE:
        k = i + 2
    else:
        return None
    while k < n and k - i <= 4 and cs[k] in INSULT_FILLER:
        k += 1
    if k >= n:
        return None
    w = cs[k]
    last = k
    if w in MOST and k + 1 < n and cs[k + 1] in MOST_WHAT:
        last = k + 1
    elif w not in SUPERLATIVE_INSULTS:
        return None
    words = tuple(seq[m].text for m in (i, *range(k, last + 1)))
    return StructHit(
        "insult.targeted",
        i,
        last,
        words,
        f"a superlative insult ({' '.join(words[1:])!r}) aimed at a person ({seq[i].text!r})",
        negated_phrase(seq, i, k),
    )


def name_calling(seq: Sequence[Token], original: str) -> Iterator[StructHit]:
    """subject + is/are + (a|such a|the biggest ...) + insult noun; "what a <noun>"; and the
    rules that start from an insult noun ("a bunch of clowns", "people who ... are
    parasites"), a demeaning adjective, "IQ" / "brains" or "waste".

    The subject is a pronoun or a mention, "this guy" / "that woman", a capitalised name
    ("Kavanaugh is a liar"), a role ("our new hire is", "today's client: a whiny
    man-child"), or people in the plural ("liberals are idiots", where the insult is plural
    too).
    """
    cs = canons(seq)
    nouns = _insult_nouns(seq, cs, original)
    # A name-calling ends on an insult noun one to seven tokens after its subject: only the
    # seven tokens before each noun can start one; the other rules start on the noun or on
    # their own words. Visit those alone, in order.
    visit = {i for p in nouns for i in range(max(0, p - 7), p)}
    visit.update(nouns)
    visit.update(compress(range(len(cs)), map(_OTHER_STARTS.__contains__, cs)))
    for i in sorted(visit):
        hit = _name_calling_at(seq, cs, original, i, nouns)
        if hit is not None:
            yield hit


_OTHER_STARTS = INSULT_ADJECTIVES | MIND_WORDS | _w("waste")


def _insult_nouns(seq: Sequence[Token], cs: list[str], original: str) -> dict[int, int]:
    """First token -> last token of every insult noun: one word ("idiot") or two joined by a
    hyphen or a space ("yes-man", "crayon-eaters")."""
    out: dict[int, int] = {}
    for p, c in enumerate(cs):
        if c in NAME_NOUNS:
            out[p] = p
        elif (
            c in COMPOUND_INSULTS
            and p
            and cs[p - 1] in COMPOUND_INSULTS[c]
            and original[seq[p - 1].end : seq[p].start] in ("-", " ")
        ):
            out[p - 1] = p
    return out


def _name_calling_at(
    seq: Sequence[Token],
    cs: list[str],
    original: str,
    i: int,
    nouns: dict[int, int] | None = None,
) -> StructHit | None:
    """The name-calling whose subject is token i, else the insult starting on token i, if any
    (`cs`: `canon` of every token; `nouns`: `_insult_nouns`, found here when not given)."""
    if nouns is None:
        nouns = _insult_nouns(seq, cs, original)
    hit = _called_by_subject(seq, cs, original, i, nouns)
    if hit is not None:
        return hit
    if i in nouns:
        last = nouns[i]
        return (
            _group_called(seq, cs, original, i, last)
            or _plural_subject(seq, cs, original, i, last)
            or _such_plural(seq, cs, original, i, last)
            or _from_department(seq, cs, original, i, last)
        )
    c = cs[i]
    if c in INSULT_ADJECTIVES:
        return _adjective_list(seq, cs, original, i)
    if c in MIND_WORDS:
        return _mind_of_a(seq, cs, original, i)
    if c == "waste":
        return _waste_of(seq, cs, original, i)
    return None


def _called_by_subject(
    seq: Sequence[Token], cs: list[str], original: str, i: int, nouns: dict[int, int]
) -> StructHit | None:
    """The name-calling whose subject is token i, if any."""
    n = len(seq)
    tok = seq[i]
    c = cs[i]
    plural = False
    if c == "what" and i + 1 < n and cs[i + 1] in ("a", "an"):
        k, start = i + 2, i
    elif c in NAMED_SUBJECT or tok.kind == "mention":
        k, start = i + 1, i
        if c not in ("you're", "youre", "he's", "she's", "hes", "shes", "they're", "theyre"):
            if c == "ur":
                pass
            elif k < n and cs[k] in COPULA_WORDS:
                k += 1
            else:
                return None
    elif i + 1 < n and (k := _third_person(seq, cs, i, c, original)) > 0:
        start = i
        plural = cs[k - 1] in ("are", "were")
    else:
        return None
    free = 2
    while k < n and k - start <= 6:
        w = cs[k]
        if k in nouns:
            break
        if w in INSULT_DETERMINERS or w in INSULT_ADJECTIVES or w in _SO:
            k += 1
            continue
        if free and seq[k].kind == "word" and w not in NEGATION and w not in ("not", "no"):
            free -= 1
            k += 1
            continue
        k = n
    if k >= n or k not in nouns:
        return None
    last = nouns[k]
    if plural and not cs[last].endswith(("s", "men", "children")):
        return None  # "fans are a joke", "parents are a tool": not name-calling people
    if _noun_goes_on(seq, cs, last):
        return None
    noun = _noun_text(original, seq, k, last)
    words = (tok.text, noun)
    return StructHit(
        "insult.targeted",
        start,
        last,
        words,
        f"name-calling ({noun!r}) in a sentence about a person ({tok.text!r})",
        negated_phrase(seq, start, k),
    )


_SO = _w("so really just literally")


def _noun_goes_on(seq: Sequence[Token], cs: list[str], last: int) -> bool:
    """The insult noun does not end its phrase: "a fool's errand", "tool kit"; "a freak in
    bed" is the sexual rules' to judge."""
    n = len(seq)
    return (
        seq[last].text.endswith("'s")
        or (last + 1 < n and seq[last + 1].kind == "word" and cs[last + 1] in _NOUN_FOLLOWERS)
        or (last + 2 < n and cs[last + 1] == "in" and cs[last + 2] == "bed")
    )


def _span_text(original: str, seq: Sequence[Token], first: int, last: int) -> str:
    return original[seq[first].start : seq[last].end]


def _noun_text(original: str, seq: Sequence[Token], first: int, last: int) -> str:
    """An insult noun as the normaliser read it: "idiot", "yes-man"."""
    if first == last:
        return seq[first].text
    return seq[first].text + original[seq[first].end : seq[last].start] + seq[last].text


def _person_before(seq: Sequence[Token], cs: list[str], original: str, k: int, reach: int) -> int:
    """The nearest person or group of people among the `reach` tokens up to k, in the same
    sentence: a mention, a pronoun, "who", a person noun ("manager", "interns", "the design
    team"), or a capitalised name inside the sentence; else -1."""
    for j in range(k, max(-1, k - reach), -1):
        if j < k and not same_sentence(seq, original, j, j + 1):
            return -1
        c = cs[j]
        t = seq[j]
        if (
            t.kind == "mention"
            or c in _PEOPLE_WORDS
            or c in GROUP_NOUNS
            or c in PERSON_NOUNS
            # (here only with nothing but space before the name)
            or (a_name(seq, cs, original, j) and not original[seq[j - 1].end : t.start].strip())
        ):
            return j
    return -1


_PEOPLE_WORDS = _w("you u he she they who him them you've youve they've he's she's")
_SUBJECT_COPULA = _w("you're youre ur he's hes she's shes they're theyre")
_COPULA = _w("is are was were be")
_NOT = _w("not never")
_INTENSE = _w("so really just both utterly completely totally absolutely too very plain")


def _subject_of(seq: Sequence[Token], cs: list[str], original: str, k: int) -> int:
    """The person a copula at token k ("is", "are", "you're") says something about, else -1."""
    c = cs[k]
    if c in _SUBJECT_COPULA:
        return k
    if c not in _COPULA or k == 0:
        return -1
    return _person_before(seq, cs, original, k - 1, 4)


def _group_called(
    seq: Sequence[Token], cs: list[str], original: str, first: int, last: int
) -> StructHit | None:
    """People + "a bunch / pack of" + plural insult: "the design team is a bunch of overpaid
    crayon-eaters"; "we hired a bunch of clowns for the party" names no people."""
    if not cs[last].endswith(("s", "men", "children")):
        return None
    k = first - 1
    free = 2  # plain words before the noun: "a bunch of brain-dead slackers"
    while k >= 0 and first - k <= 3:
        if cs[k] in INSULT_ADJECTIVES or cs[k] in INSULT_DETERMINERS:
            k -= 1
        elif free and seq[k].kind == "word" and cs[k].isalpha() and cs[k] != "of":
            free -= 1
            k -= 1
        else:
            break
    if k < 1 or cs[k] != "of" or cs[k - 1] not in GROUP_OF:
        return None
    group = k - 1
    person = _person_before(seq, cs, original, group - 1, 7)
    if person < 0 or cs[person] == "who":
        return None
    noun = _noun_text(original, seq, first, last)
    words = (seq[person].text, seq[group].text, noun)
    why = f"people ({seq[person].text!r}) called {seq[group].text!r} of {noun!r}"
    return StructHit("insult.targeted", person, last, words, why, negated_phrase(seq, person, last))


def _plural_subject(
    seq: Sequence[Token], cs: list[str], original: str, first: int, last: int
) -> StructHit | None:
    """People described in a clause, then called a plural insult: "people who order at 7:59
    are parasites", "customers who can't read a sign are idiots"."""
    if not cs[last].endswith("s"):
        return None
    k = first - 1
    while k >= 0 and first - k <= 3 and (cs[k] in INSULT_DETERMINERS or cs[k] in _SO):
        k -= 1
    if k < 3 or cs[k] != "are":
        return None
    for j in range(k - 2, max(0, k - 20), -1):
        if not same_sentence(seq, original, j, j + 1):
            return None
        if cs[j] in _WHO and cs[j + 1] in _THINK:
            return None  # "people who think all conservatives are racists": their words
        if cs[j] in _WHO and cs[j - 1] in GROUP_NOUNS and cs[j - 1].endswith(("s", "people")):
            noun = _noun_text(original, seq, first, last)
            words = (seq[j - 1].text, noun)
            why = f"people ({seq[j - 1].text!r}) called {noun!r}"
            return StructHit(
                "insult.targeted", j - 1, last, words, why, negated_phrase(seq, k, last)
            )
    return None


def _such_plural(
    seq: Sequence[Token], cs: list[str], original: str, first: int, last: int
) -> StructHit | None:
    """People, then "such" + a plural insult: "why are our callers today such whiny morons",
    "the interns this week, such clowns"."""
    if not cs[last].endswith(("s", "men", "children")):
        return None
    k = first - 1
    while k >= 0 and first - k <= 3 and cs[k] in INSULT_ADJECTIVES:
        k -= 1
    if k < 1 or cs[k] != "such":
        return None
    person = _person_before(seq, cs, original, k - 1, 4)
    if person < 0 or cs[person] == "who":
        return None
    noun = _noun_text(original, seq, first, last)
    words = (seq[person].text, noun)
    why = f"people ({seq[person].text!r}) called such {noun!r}"
    return StructHit("insult.targeted", person, last, words, why, negated_phrase(seq, person, last))


# Where a coworker works: "the idiot from accounts", "that moron in IT".
_DEPARTMENTS = GROUP_NOUNS | _w(
    """
    accounts accounting finance legal ops operations procurement logistics payroll sales
    security reception dispatch warehouse facilities compliance it
    """
)


def _from_department(
    seq: Sequence[Token], cs: list[str], original: str, first: int, last: int
) -> StructHit | None:
    """An insult used to name a coworker by where they work: "the moron from accounts",
    "Fatso from IT ate the cake" ("it" only as written "IT")."""
    n = len(seq)
    k = last + 1
    if k + 1 >= n or cs[k] not in ("from", "in", "on") or _noun_goes_on(seq, cs, last):
        return None
    d = k + 2 if cs[k + 1] == "the" and k + 2 < n else k + 1
    if cs[d] not in _DEPARTMENTS or (cs[d] == "it" and original[seq[d].start : seq[d].end] != "IT"):
        return None
    noun = _noun_text(original, seq, first, last)
    where = original[seq[k].start : seq[d].end]
    words = (noun, where)
    why = f"a coworker called {noun!r} ({where!r})"
    return StructHit("insult.targeted", first, d, words, why, negated_phrase(seq, first, last))


_WHO = _w("who that")
_THINK = _w("think thinks thought believe believes say says said claim claims reckon reckons feel")


def _adjective_list(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """A person or group + is/are + two demeaning adjectives in a list: "our interns are lazy,
    thick, and proud of it", "you're whiny and entitled"."""
    n = len(seq)
    second = i + 1
    if second < n and cs[second] == "and":
        second += 1
    if second >= n or cs[second] not in INSULT_ADJECTIVES:
        return None
    if not same_sentence(seq, original, i, second):
        return None
    k = i - 1
    while k >= 0 and (cs[k] in _INTENSE or cs[k] in _NOT):
        k -= 1  # "so", "not": a denial is a near miss (negated_phrase)
    if k < 0:
        return None
    person = _subject_of(seq, cs, original, k)
    if person < 0:
        return None
    words = (seq[person].text, seq[i].text, seq[second].text)
    why = (
        f"demeaning words ({seq[i].text!r}, {seq[second].text!r}) about a person or group "
        f"({seq[person].text!r})"
    )
    return StructHit("insult.targeted", person, second, words, why, negated_phrase(seq, person, i))


def _mind_of_a(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """A person who has "the IQ / the brains of a" something: "my new manager has the IQ of a
    damp sponge"; "the IQ of a genius" praises."""
    n = len(seq)
    if i < 2 or i + 3 >= n or cs[i - 1] not in ("the", "an") or cs[i + 1] != "of":
        return None
    if cs[i + 2] not in ("a", "an") or any(c in CLEVER for c in cs[i + 3 : i + 6]):
        return None
    have = i - 2
    if cs[have] not in _HAVE:
        return None
    person = _person_before(seq, cs, original, have - 1, 4)
    if person < 0:
        return None
    said = _span_text(original, seq, i - 1, i + 2)
    words = (seq[person].text, said)
    why = f"a person ({seq[person].text!r}) said to have {said!r} something"
    last = i + 4 if i + 4 < n and same_sentence(seq, original, i + 3, i + 4) else i + 3
    return StructHit("insult.targeted", person, last, words, why, negated_phrase(seq, have, i))


_HAVE = _w("has have got with had")


def _waste_of(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """A person called a waste of oxygen, skin or space: "a contractor who is a walking waste
    of oxygen", "you absolute waste of space"; "the old server room is a waste of space" is
    about a room."""
    n = len(seq)
    if i + 2 >= n or cs[i + 1] != "of" or cs[i + 2] not in WASTE_OF:
        return None
    k = i - 1
    while k >= 0 and i - k <= 4 and cs[k] in _WASTE_DETERMINERS:
        k -= 1
    if k < 0:
        return None
    person = k if cs[k] in ("you", "u") else _subject_of(seq, cs, original, k)
    if person < 0:
        return None
    words = (seq[person].text, f"waste of {seq[i + 2].text}")
    why = f"a person ({seq[person].text!r}) called a {words[1]!r}"
    return StructHit("insult.targeted", person, i + 2, words, why, negated_phrase(seq, person, i))


_WASTE_DETERMINERS = _w(
    "a an the such total complete absolute utter walking complete fucking bloody useless"
)


def _third_person(seq: Sequence[Token], cs: list[str], i: int, c: str, original: str) -> int:
    """Index after "subject + copula" when token i starts a sentence about a third person or
    about people in the plural; 0 when it does not."""
    tok = seq[i]
    if tok.kind != "word":
        return 0
    if c in DEMONSTRATIVES:
        person = i + 2 < len(seq) and cs[i + 1] in DEMONSTRATIVE_NOUNS
        return i + 3 if person and cs[i + 2] in ("is", "was") else 0
    after = cs[i + 1]
    if c in _ROLE_NOUNS:
        if ":" in original[tok.end : seq[i + 1].start]:
            return i + 1  # "today's client: a whiny man-child"
        if after in ("is", "was", "are", "were"):
            return i + 2  # "our new hire is a yes-man", "the interns are clowns"
    if after in ("is", "was") and original[tok.start : tok.start + 1].isupper():
        return i + 2 if c not in NOT_NAMES and c not in NAMED_SUBJECT else 0
    if after == "are" and c.endswith("s") and len(c) > 3 and c.isalpha():
        return i + 2
    return 0


# A person named by their role at work ("our new hire is", "the client:"); "women are ..."
# speaks of a group, which the hate rules judge.
_ROLE_NOUNS = (PERSON_NOUNS | GROUP_NOUNS) - _w(
    """
    woman women man men girl girls guy guys lady ladies dude dudes bloke blokes chick chicks
    people folks
    """
)
_NOUN_FOLLOWERS = _w("kit box bag shed set belt paradox game games story costume emoji")
