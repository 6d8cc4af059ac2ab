"""Detectors for credentials posted in public (the policy's `credentials` category): private key
blocks, tokens known by their issuer's prefix, and secret values after a label ("password: ...",
"token=...", "the door code is 4471#"). The patterns are in `secret_patterns`; every value is
masked (`masking.mask_secret`) before it leaves this module. (`auditor.secrets` is another
matter: it keeps the tool's own configuration secrets out of readable config files.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from auditor.scoring.masking import Detection, free, mask_secret, readable_ends
from auditor.scoring.secret_patterns import (
    LABELLED,
    LOOSE_TOKEN,
    PASSWORD,
    PREFIXED,
    PRIVATE_KEY,
    TOKEN_SPACED,
    description_reading,
    password_like,
    title_reading,
)

_LABEL_END = " \t=:#\"'\u201c\u201d\u201e\u2018\u2019\u00ab\u00bb\u300c\u300e"
# The labelled patterns grouped by their gate (hints, digits; in their order), so each gate is
# tested once.
_BY_GATE: dict[tuple[tuple[str, ...], int], list[tuple[str, re.Pattern[str], str]]] = {}
for _rule, _rx, _what, _hints, _digits in LABELLED:
    _BY_GATE.setdefault((_hints, _digits), []).append((_rule, _rx, _what))
# One scan for every gate's substrings: most posts hold none, and then no loop runs at all.
_PREFIX_HINTS = re.compile("|".join(re.escape(h) for *_, hints in PREFIXED for h in hints))
_LABEL_HINTS = re.compile("|".join(re.escape(h) for hints, _ in _BY_GATE for h in hints))


def detect_credentials(
    text: str, lowered: str, digits: int, taken: list[tuple[int, int]]
) -> Iterator[Detection]:
    """Every secret in `text` (`lowered` is `text.lower()`, `digits` its number of digits),
    masked; each span found is added to `taken`, and a span already taken is not read again."""
    if "-----BEGIN" in text:
        for m in PRIVATE_KEY.finditer(text):
            taken.append(m.span())
            yield Detection(
                "credentials",
                "credentials.private_key",
                "critical",
                *m.span(),
                mask_secret("credentials.private_key", m.group()),
                "a private key block was posted",
            )
    for rule, rx, what, hints in PREFIXED if _PREFIX_HINTS.search(text) else ():
        if not any(map(text.__contains__, hints)):
            continue
        for m in rx.finditer(text):
            if free(taken, *m.span()):
                taken.append(m.span())
                yield Detection(
                    "credentials",
                    rule,
                    "critical",
                    *m.span(),
                    mask_secret(rule, m.group()),
                    f"{what} was posted",
                )
    for (hints, needs_digits), patterns in _BY_GATE.items() if _LABEL_HINTS.search(lowered) else ():
        if digits < needs_digits or not any(map(lowered.__contains__, hints)):
            continue
        for rule, rx, what in patterns:
            yield from _labelled(text, rule, rx, what, taken)


def _labelled(
    text: str, rule: str, rx: re.Pattern[str], what: str, taken: list[tuple[int, int]]
) -> Iterator[Detection]:
    """The values `rx` finds after their label, masked; a title ("Killing the Password:
    Passkeys in Practice") is a near miss."""
    pos = 0
    while (found := rx.search(text, pos)) is not None:
        cut = _clear_of(rx, found, text, taken)
        if cut is None or not _plausible(rule, cut):
            # A value that is no password ("password manager") may hide a label after it
            # ("password password: hunter2"): look again from the next character.
            pos = found.start() + 1
            continue
        pos = found.end()
        why = (title_reading(text, cut) or description_reading(text, cut)) if rx is PASSWORD else ""
        if why:
            masked = mask_secret(rule, cut.group())
            yield Detection("credentials", rule, "low", *cut.span(), masked, "", suppressed=why)
            continue
        end = _named_later(text, cut) if rx is PASSWORD else cut.end()
        span = text[cut.start() : end]
        masked = mask_secret(rule, span)
        taken.append((cut.start(), end))
        label = span[: readable_ends(rule, span)[0]].rstrip(_LABEL_END)
        explanation = f"{what} was posted " + (
            f"(after {label!r})"
            if label
            else "(a long mix of capitals, small letters and digits in a post about keys)"
        )
        yield Detection("credentials", rule, "critical", cut.start(), end, masked, explanation)


# A word that looks like a password: letters and digits both (symbols allowed), 6 or more.
_PASSWORD_LIKE = re.compile(
    r"(?<![\w@/.])(?=[\w!#$%&*+-]*\d)(?=[\w!#$%&*+-]*[A-Za-z])[\w!#$%&*+-]{6,64}(?![\w@/])"
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


def _named_later(text: str, cut: re.Match[str]) -> int:
    """Where a password's value ends: after a password-looking word later in its sentence
    when the value read is plain words ("password is his dog's name plus a year, Biscuit2014"),
    else where the pattern stopped."""
    if cut.group("value") is None or any(ch.isdigit() for ch in cut.group()):
        return cut.end()  # a quoted value, or one with digits, is the password itself
    stop = _SENTENCE_END.search(text, cut.end(), cut.end() + 120)
    later = _PASSWORD_LIKE.search(text, cut.end(), stop.start() if stop else cut.end() + 120)
    if later is None or PASSWORD.search(text, cut.end(), later.end()) is not None:
        return cut.end()  # none, or it has a label of its own ("... password is hunter2")
    return later.end()


def _clear_of(
    rx: re.Pattern[str], m: re.Match[str], text: str, taken: list[tuple[int, int]]
) -> re.Match[str] | None:
    """`m`, or the same label's value cut short before a secret already found inside it (a
    password's clause runs on over a token: "password: hunter2 AKIA..."), None if none is left."""
    s, e = m.span()
    inside = [a for a, b in taken if a < e and b > s]
    if not inside:
        return m
    short = rx.match(text, s, min(inside))
    if short is None or any(a < short.end() and b > s for a, b in taken):
        return None
    return short


def _mixed(value: str) -> bool:
    """Letters and digits both: a generated token, not a word ("secret: santa")."""
    return any(c.isdigit() for c in value) and any(c.isalpha() for c in value)


def _case_switches(value: str) -> int:
    """How often the letters of `value` switch between capitals and small letters."""
    letters = [c.isupper() for c in value if c.isalpha()]
    return sum(a != b for a, b in pairwise(letters))


def _plausible(rule: str, m: re.Match[str]) -> bool:
    if m.re is LOOSE_TOKEN:
        # A generated value switches case often ("4f9Ka82LmQz71X"); a citation or a code built
        # of words does not ("UScode18ch115sec2384").
        return _case_switches(m["value"]) >= 6
    if rule == "credentials.token":
        value = m["value"]
        return _mixed(value) and (m.re is not TOKEN_SPACED or sum(map(str.isdigit, value)) >= 4)
    word = m.groupdict().get("word")
    return word is None or password_like(word)
