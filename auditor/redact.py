"""Mask card numbers and secrets before anything is stored or shown.

Every output masks a secret with the one function `mask_secret` (a fixed mask for the value of a
password, key or token, the last four characters of a card or ID number). A fixed mask changes
the text's length, so `redact` moves every finding's span onto the masked text; outputs that
show findings of a text the user still holds (`check`, `policy explain`) use `mask_score`, which
masks the same way and leaves the spans on the original (`mask_explained` does both, and masks
near misses too, from one masking of the text). `mask_text` masks free text that was never
scored (a reviewer's note, a person's response) with the same detectors.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from auditor.scoring.detectors import detect
from auditor.scoring.masking import (
    NUMBER_RULES,
    SECRET_MASK,
    mask,
    mask_secret,
    readable_ends,
)
from auditor.scoring.types import Finding, Score

__all__ = [
    "is_personal",
    "is_secret",
    "mask",
    "mask_explained",
    "mask_score",
    "mask_secret",
    "mask_text",
    "redact",
]


def is_secret(finding: Finding, text: str | None = None) -> bool:
    """Secrets, card numbers and ID numbers; also anything the scorer itself masked."""
    if is_secret_rule(finding.category, finding.rule):
        return True
    return text is not None and finding.matched != text[finding.start : finding.end]


def is_secret_rule(category: str, rule: str) -> bool:
    """Whether findings of this rule are masked everywhere, before they are stored."""
    return category == "credentials" or (category == "pii" and rule in NUMBER_RULES)


def is_personal(category: str, rule: str) -> bool:
    """Personal data that reports and listings mask unless `show_pii` (secrets are masked
    already, in the store)."""
    return category == "pii" and not is_secret_rule(category, rule)


# A replaced stretch of the text: [start, end) of the original, what stands there now, whether
# every character kept its place (a card or ID number is masked character by character), and
# how many characters at each end the mask kept readable (the label and quotes of a password).
_Piece = tuple[int, int, str, bool, int, int]


def _pieces(text: str, findings: Sequence[Finding]) -> list[_Piece]:
    n = len(text)
    spans = sorted(
        (max(0, min(f.start, n)), max(0, min(f.end, n)), f.rule)
        for f in findings
        if is_secret(f, text)
    )
    pieces: list[_Piece] = []
    for start, end, rule in spans:
        if end <= start:
            continue
        if pieces and start < pieces[-1][1]:
            # Two secrets overlap (a policy pattern inside a password): mask both whole.
            first = pieces[-1][0]
            pieces[-1] = (first, max(end, pieces[-1][1]), SECRET_MASK, False, 0, 0)
        else:
            span = text[start:end]
            in_place = rule in NUMBER_RULES
            head, tail = (0, 0) if in_place else readable_ends(rule, span)
            pieces.append((start, end, mask_secret(rule, span), in_place, head, tail))
    return pieces


def _move(pos: int, pieces: Sequence[_Piece], *, end: bool) -> int:
    """Where original position `pos` lands in the masked text (a span's start or end)."""
    shift = 0
    for start, stop, shown, in_place, head, tail in pieces:
        if pos <= start:
            break
        if pos >= stop:
            shift += len(shown) - (stop - start)
            continue
        if in_place:
            break
        # Inside a secret: the readable label and quotes keep their places, any position in
        # the hidden value moves to the edge of the mask.
        at = pos - start
        if at <= head:
            return start + shift + at
        if at >= stop - start - tail:
            return start + shift + len(shown) - (stop - start - at)
        return start + shift + (len(shown) - tail if end else head)
    return pos + shift


def _join(text: str, pieces: Sequence[_Piece]) -> str:
    """The text with every piece in place of the stretch it replaces."""
    if not pieces:
        return text
    out: list[str] = []
    pos = 0
    for start, stop, shown, *_ in pieces:
        out.append(text[pos:start])
        out.append(shown)
        pos = stop
    out.append(text[pos:])
    return "".join(out)


def _pairs(
    findings: Sequence[Finding], pieces: Sequence[_Piece], masked: str
) -> list[tuple[Finding, Finding]]:
    """(original, masked) pairs of `findings`, spans on `masked` (the text joined with `pieces`)."""
    if not pieces:
        return [(f, f) for f in findings]
    pairs = []
    for f in findings:
        start = _move(f.start, pieces, end=False)
        stop = _move(f.end, pieces, end=True)
        matched = masked[start:stop]
        touches = any(f.start < b and a < f.end for a, b, *_ in pieces)
        # A finding over part of a secret ("fuck" in "password is fuckyou1") shows the mask,
        # and its decoded form must not spell the hidden letters out either.
        decoded = matched if touches else f.decoded
        pairs.append((f, replace(f, start=start, end=stop, matched=matched, decoded=decoded)))
    return pairs


def _apply(text: str, score: Score) -> tuple[str, list[tuple[Finding, Finding]]]:
    """The masked text and (original, masked) pairs of findings, spans on the masked text."""
    pieces = _pieces(text, score.findings)
    masked = _join(text, pieces)
    return masked, _pairs(score.findings, pieces, masked)


def _on_text(pairs: Sequence[tuple[Finding, Finding]]) -> tuple[Finding, ...]:
    """The masked findings with their spans back on the original text."""
    return tuple(replace(new, start=old.start, end=old.end) for old, new in pairs)


def redact(text: str, score: Score) -> tuple[str, Score]:
    """The text with every secret masked, and the score with its spans on that text."""
    masked, pairs = _apply(text, score)
    if masked == text:
        return text, score
    return masked, replace(score, findings=tuple(new for _, new in pairs))


def mask_score(text: str, score: Score) -> Score:
    """The score's findings masked as `redact` masks them, spans still on `text`."""
    _, pairs = _apply(text, score)
    return replace(score, findings=_on_text(pairs))


def mask_explained(
    text: str, score: Score, others: Sequence[Finding]
) -> tuple[str, Score, tuple[Finding, ...]]:
    """`redact`'s text, `mask_score`'s score, and `others` (rules stopped short of a finding)
    masked as `mask_score` masks them beside the score's findings, spans on `text`.

    One masking of the text serves all three, unless one of `others` is a secret itself (an
    exception stopped a secret rule): that takes a second masking, which masks the secret in
    `others` and in the text too (an exception may match a real secret by mistake); the
    score's findings are masked by what fired, as `mask_score` masks them.
    """
    pieces = _pieces(text, score.findings)
    masked = _join(text, pieces)
    findings = _on_text(_pairs(score.findings, pieces, masked))
    if any(is_secret(f, text) for f in others):
        pieces = _pieces(text, (*score.findings, *others))
        masked = _join(text, pieces)
        masked_others = _on_text(_pairs(others, pieces, masked))
    else:
        masked_others = _on_text(_pairs(others, pieces, masked))
    return masked, replace(score, findings=findings), masked_others


def mask_text(text: str) -> str:
    """Free text with every secret, card and ID number the detectors find masked, as a post's
    text is masked in the store (no policy applies: "password is wrong" is masked too)."""
    found = [
        Finding(d.category, d.rule, d.severity, d.start, d.end, d.matched, d.matched)
        for d in detect(text)
        if is_secret_rule(d.category, d.rule)
    ]
    return _join(text, _pieces(text, found))
