"""Insults aimed at a person, from sentence structure: name-calling in a sentence about someone
("she is a paid liar", "what a clown he is", "you are such a hypocrite") and superlative insults
("you are the dumbest person I've met").

Neither fires on the word alone: "liar" is not an insult, "she is a liar" is; "the liar paradox"
names nobody. The words are in `structures`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

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
    canon,
    negated_phrase,
)


def superlative_insults(seq: Sequence[Token]) -> Iterator[StructHit]:
    """ "you are / you're" + superlative insult: "you are the dumbest person I've met"."""
    n = len(seq)
    for i, tok in enumerate(seq):
        c = canon(tok)
        if c in YOU_ARE:
            k = i + 1
        elif c in ("you", "u") and i + 1 < n and canon(seq[i + 1]) in ARE:
            k = i + 2
        else:
            continue
        while k < n and k - i <= 4 and canon(seq[k]) in INSULT_FILLER:
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
            negated_phrase(seq, i, k),
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
        elif c in NAMED_SUBJECT or tok.kind == "mention":
            k, start = i + 1, i
            if c not in ("you're", "youre", "he's", "she's", "hes", "shes", "they're", "theyre"):
                if c == "ur":
                    pass
                elif k < n and canon(seq[k]) in COPULA_WORDS:
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
            if w in INSULT_DETERMINERS or w in ("so", "really", "just", "literally"):
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
            negated_phrase(seq, start, k),
        )


def _third_person(seq: Sequence[Token], i: int, c: str, original: str) -> int:
    """Index after "subject + copula" when token i starts a sentence about a third person or
    about people in the plural; 0 when it does not."""
    tok = seq[i]
    if tok.kind != "word":
        return 0
    if c in DEMONSTRATIVES:
        person = i + 2 < len(seq) and canon(seq[i + 1]) in DEMONSTRATIVE_NOUNS
        return i + 3 if person and canon(seq[i + 2]) in ("is", "was") else 0
    after = canon(seq[i + 1])
    if after in ("is", "was") and original[tok.start : tok.start + 1].isupper():
        return i + 2 if c not in NOT_NAMES and c not in NAMED_SUBJECT else 0
    if after == "are" and c.endswith("s") and len(c) > 3 and c.isalpha():
        return i + 2
    return 0


_NOUN_FOLLOWERS = _w("kit box bag shed set belt paradox game games story costume emoji")
