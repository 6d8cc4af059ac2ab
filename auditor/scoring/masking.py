"""How a secret, card or ID number found in a post is shown in every output, and the `Detection`
record that carries it out of the detectors (`credentials`, `pii`, entry point `detectors.detect`).

Secrets and card/ID numbers are masked before a `Detection` leaves its detector, so no output
downstream (store, report, logs) can show them. `mask_secret` is the one masked form every output
uses: a secret's value becomes a fixed `SECRET_MASK` (its length and punctuation are not shown;
the label before it and a token's public type prefix stay readable), a card or ID number keeps
its last four characters. `readable_ends` tells which ends of a secret's span are label, quotes or
prefix, from the patterns in `secret_patterns`. `free` is how the detectors share the spans
already reported, so that no part of a post is reported twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from auditor.scoring.secret_patterns import LABELLED, PREFIXED, TOKEN_PREFIX


@dataclass(frozen=True, slots=True)
class Detection:
    category: str  # pii | credentials
    rule: str
    severity: str
    start: int
    end: int
    matched: str  # masked when secret
    explanation: str
    suppressed: str = ""  # non-empty: why this is not flagged (reported as a near miss)


def free(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps none of the spans in `taken`."""
    return all(end <= a or start >= b for a, b in taken)


SECRET_MASK = "********"  # noqa: S105 - the same for every secret: no length is told
NUMBER_RULES = frozenset(("pii.card", "pii.national_id"))  # masked in place, last four kept
_PREFIXED_RULES = frozenset(rule for rule, *_ in PREFIXED) - {
    "credentials.jwt",
    "credentials.url_password",
}
# Rules whose span is a label (or URL) around a value: only the value is secret. A rule may
# have several patterns ("password for the share is ...", "login is admin / ...").
_VALUED: dict[str, list[re.Pattern[str]]] = {}
for _rule, _rx, *_ in LABELLED:
    _VALUED.setdefault(_rule, []).append(_rx)
_VALUED["credentials.url_password"] = [
    rx for rule, rx, *_ in PREFIXED if rule == "credentials.url_password"
]
_KEY_HEAD = re.compile(r"-----BEGIN [^\n]{0,80}?-----")
_KEY_TAIL = re.compile(r"-----END [^\n]{0,80}?-----\Z")


def mask(value: str, *, keep_end: int = 0) -> str:
    """Every letter and digit as '*' except the last `keep_end`; separators stay."""
    alnum = [i for i, ch in enumerate(value) if ch.isalnum()]
    visible = set(alnum[len(alnum) - keep_end :]) if keep_end else set()
    return "".join(ch if (not ch.isalnum() or i in visible) else "*" for i, ch in enumerate(value))


def mask_secret(rule: str, span: str) -> str:
    """How every output shows the secret `span` that `rule` found (see the module docstring)."""
    if rule in NUMBER_RULES:
        return mask(span, keep_end=4)  # as on a receipt
    head, tail = readable_ends(rule, span)
    return span[:head] + SECRET_MASK + span[len(span) - tail :]


def readable_ends(rule: str, span: str) -> tuple[int, int]:
    """How many characters at each end of a secret's span are not secret (label, quotes)."""
    if rule in _VALUED:
        found = [v for v in (rx.match(span) for rx in _VALUED[rule]) if v is not None]
        # The pattern that found the span matches all of it; another may match a part only.
        # When none does, the value ran on past what the pattern reads (a password named
        # later in its sentence, `credentials`): everything after the label is secret.
        whole = [v for v in found if v.end() == len(span)]
        for v in whole or found:
            group = next(g for g, x in v.groupdict().items() if x is not None)
            return v.start(group), (len(span) - v.end(group)) if whole else 0
        at = span.find(SECRET_MASK)  # masked already: masking again changes nothing
        return (at, len(span) - at - len(SECRET_MASK)) if at >= 0 else (0, 0)
    if rule in _PREFIXED_RULES:
        m = TOKEN_PREFIX.match(span)
        return (m.end() if m else 0), 0
    if rule == "credentials.private_key":
        head, tail = _KEY_HEAD.match(span), _KEY_TAIL.search(span)
        return (head.end() if head else 0), (len(tail.group()) if tail else 0)
    return 0, 0
