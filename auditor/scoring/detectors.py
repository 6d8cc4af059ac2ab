"""The one entry point of the structural detectors, `detect`, which the scorer runs on the
ORIGINAL text (case matters) for the `credentials` and `pii` categories: credentials first
(`credentials`), then personal data (`pii`), sharing the spans already taken so that no part of
the text is reported twice. Every `masking.Detection` they yield has its secrets and card/ID
numbers masked already.

Almost no post holds a secret or personal data, so `detect` first asks one question of a post:
does its lower-case text hold any of the needles (`NEEDLES` of `secret_patterns` and
`pii_patterns`) without which no detector can find anything? Most posts do not, and are done
after one regex scan.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.scoring import pii_patterns, secret_patterns
from auditor.scoring.credentials import detect_credentials
from auditor.scoring.masking import Detection
from auditor.scoring.pii import detect_personal_data
from auditor.scoring.pii_patterns import NUMBER_DIGITS

_DIGIT = re.compile(r"\d")
_ASCII_DIGITS = b"0123456789"
# Characters a lower-case text holds where its original had a letter that `(?i)` matches to an
# ASCII letter though its lower case is not that letter: "ı" and "ſ" (kept), "İ" ("i" and a
# combining dot). A post with one may hold a label the needles, being lower case, do not see.
_CASE_FOLDS = re.compile("[\u0131\u017f\u0307]")
# How common each character is in posts (per cent of the characters of English tweets).
_FREQUENCY = dict(
    zip(
        "etsaorinuhldmcgywpfbkvjxzq.@'-:_ ",
        (
            *(9.5, 6.3, 6.1, 6.0, 5.7, 5.6, 5.3, 4.9, 3.8, 3.4, 3.2, 2.3, 2.1, 2.0, 1.8, 1.7),
            *(1.5, 1.4, 1.4, 1.2, 0.8, 0.8, 0.2, 0.1, 0.1, 0.04, 1.1, 1.4, 0.3, 0.1, 0.06, 0.01),
            17.5,
        ),
        strict=True,
    )
)


def _scan(needles: list[tuple[str, str]]) -> re.Pattern[str]:
    """One regex that finds any of `needles` (a substring and a pattern for the text after it).

    The regex engine tries a match only where a post has a character some branch starts with,
    so each needle's branch starts at one of its characters, chosen so that those characters
    are few and rare (the rest of the needle is matched after it, then looked back at)."""
    bare = {word for word, after in needles if not after}
    # "chemotherapy" holds "chemo": the shorter needle finds it.
    needles = [
        (word, after)
        for word, after in dict.fromkeys(needles)
        if not any(other in word and (other, "") != (word, after) for other in bare)
    ]
    # Greedily, the character that starts the most needles not started yet for what it costs
    # (a character chosen already costs nothing more).
    chosen: set[str] = set()
    left = [set(word) for word, _ in needles]
    while left:
        best = min(
            sorted({c for chars in left for c in chars}),
            key=lambda c: (
                (0 if c in chosen else _FREQUENCY.get(c, 1.0)) / sum(c in chars for chars in left)
            ),
        )
        chosen.add(best)
        left = [chars for chars in left if best not in chars]
    # Then without each character the others make unneeded, commonest first.
    for c in sorted(chosen, key=lambda c: -_FREQUENCY.get(c, 1.0)):
        if all(chars & (chosen - {c}) for chars in map(set, (word for word, _ in needles))):
            chosen.discard(c)
    branches: dict[str, list[str]] = {}
    for word, after in needles:
        at = min(
            (i for i, c in enumerate(word) if c in chosen),
            key=lambda i: _FREQUENCY.get(word[i], 1.0),
        )
        back = f"(?<={re.escape(word)})" if at else ""
        branches.setdefault(word[at], []).append(re.escape(word[at + 1 :]) + back + after)
    return re.compile(
        "|".join(
            re.escape(first) + (f"(?:{'|'.join(rest)})" if len(rest) > 1 else rest[0])
            for first, rest in sorted(branches.items())
        )
    )


_NEEDLES = secret_patterns.NEEDLES + pii_patterns.NEEDLES
# What the lower-case text of a post with 0, 1, ... NUMBER_DIGITS - 1 digits must hold for a
# detector to find anything.
_WORTH_READING = [
    _scan([(word, after) for needs, word, after in _NEEDLES if needs <= digits])
    for digits in range(NUMBER_DIGITS)
]


def count_digits(text: str) -> int:
    """How many characters of `text` `\\d` matches."""
    if text.isascii():  # then `\d` is 0-9 only, and counting bytes is exact
        return len(text) - len(text.encode().translate(None, _ASCII_DIGITS))
    return len(_DIGIT.findall(text))


def worth_reading(text: str, lowered: str, digits: int) -> bool:
    """Whether a detector may find anything in `text` (`lowered` is `text.lower()`, `digits` its
    number of digits). Exact: no detector finds anything in a post with fewer digits than a
    number needs, none of the needles and no letter that lower case hides from them."""
    return (
        digits >= NUMBER_DIGITS
        or _WORTH_READING[digits].search(lowered) is not None
        or (not text.isascii() and _CASE_FOLDS.search(lowered) is not None)
    )


def detect(text: str, org_domains: frozenset[str] = frozenset()) -> Iterator[Detection]:
    """Every secret and piece of personal data in `text`, masked where needed."""
    lowered = text.lower()
    digits = count_digits(text)
    if not worth_reading(text, lowered, digits):
        return
    taken: list[tuple[int, int]] = []
    yield from detect_credentials(text, lowered, digits, taken)
    yield from detect_personal_data(text, lowered, digits, org_domains, taken)
