"""Insults aimed at a person, from sentence structure: name-calling in a sentence about someone
("she is a paid liar", "what a clown he is", "you are such a hypocrite") and superlative insults
("you are the dumbest person I've met").

Neither fires on the word alone: "liar" is not an insult, "she is a liar" is; "the liar paradox"
names nobody. The words are in `structures`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import compress

from auditor.scoring.context import NEGATION, StructHit, _w
from auditor.scoring.normalize import Token
from auditor.scoring.structures import (
    ARE,
    COPULA_WORDS,
    DEMONSTRATIVE_NOUNS,
    DEMONSTRATIVES,
    INSULT_DETERMINERS,
    INSULT_FILLER,
    INSULT_NOUNS,
    MOST,
    MOST_WHAT,
    NAMED_SUBJECT,
    NOT_NAMES,
    SUPERLATIVE_INSULTS,
    YOU_ARE,
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
    """subject + is/are + (a|such a|the biggest ...) + insult noun; "what a <noun>".

    The subject is a pronoun or a mention, "this guy" / "that woman", a capitalised name
    ("Kavanaugh is a liar"), or people in the plural ("liberals are idiots", where the insult
    is plural too).
    """
    cs = canons(seq)
    # A match ends on an insult noun one to seven tokens after its subject: only the seven
    # tokens before each noun can start one, so visit those alone, in order.
    nouns = compress(range(len(cs)), map(INSULT_NOUNS.__contains__, cs))
    for i in sorted({i for p in nouns for i in range(max(0, p - 7), p)}):
        hit = _name_calling_at(seq, cs, original, i)
        if hit is not None:
            yield hit


def _name_calling_at(
    seq: Sequence[Token], cs: list[str], original: str, i: int
) -> StructHit | None:
    """The name-calling whose subject is token i, if any (`cs`: `canon` of every token)."""
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
        plural = cs[k - 1] == "are"
    else:
        return None
    free = 2
    while k < n and k - start <= 6:
        w = cs[k]
        if w in INSULT_NOUNS:
            break
        if w in INSULT_DETERMINERS or w in ("so", "really", "just", "literally"):
            k += 1
            continue
        if free and seq[k].kind == "word" and w not in NEGATION and w not in ("not", "no"):
            free -= 1
            k += 1
            continue
        k = n
    if k >= n or cs[k] not in INSULT_NOUNS:
        return None
    if plural and not cs[k].endswith("s"):
        return None  # "fans are a joke", "parents are a tool": not name-calling people
    # "a fool's errand", "tool kit": the noun must end its phrase.
    if seq[k].text.endswith("'s") or (
        k + 1 < n and seq[k + 1].kind == "word" and cs[k + 1] in _NOUN_FOLLOWERS
    ):
        return None
    words = (tok.text, seq[k].text)
    return StructHit(
        "insult.targeted",
        start,
        k,
        words,
        f"name-calling ({seq[k].text!r}) in a sentence about a person ({tok.text!r})",
        negated_phrase(seq, start, k),
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
    if after in ("is", "was") and original[tok.start : tok.start + 1].isupper():
        return i + 2 if c not in NOT_NAMES and c not in NAMED_SUBJECT else 0
    if after == "are" and c.endswith("s") and len(c) > 3 and c.isalpha():
        return i + 2
    return 0


_NOUN_FOLLOWERS = _w("kit box bag shed set belt paradox game games story costume emoji")
