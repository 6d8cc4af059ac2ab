"""Mask card numbers and secrets before anything is stored or shown.

Masks keep the length of the span, so every finding's offsets stay valid on the masked text.
"""

from __future__ import annotations

from dataclasses import replace

from auditor.scoring.types import Finding, Score


def is_secret(finding: Finding, text: str | None = None) -> bool:
    """Secrets, card numbers and ID numbers; also anything the scorer itself masked."""
    if finding.category == "credentials":
        return True
    if finding.category == "pii" and ("card" in finding.rule or "national_id" in finding.rule):
        return True
    return text is not None and finding.matched != text[finding.start : finding.end]


def mask(value: str, *, keep_start: int = 0, keep_end: int = 0) -> str:
    """Replace letters and digits with '*', keeping separators and a few characters at the ends."""
    alnum = [i for i, ch in enumerate(value) if ch.isalnum()]
    visible = set(alnum[:keep_start]) | set(alnum[len(alnum) - keep_end :] if keep_end else ())
    return "".join(ch if (not ch.isalnum() or i in visible) else "*" for i, ch in enumerate(value))


def mask_finding_text(finding: Finding, original: str) -> str:
    if finding.category == "credentials":
        # "password is hunter2": the words before the value stay readable, the value goes.
        cut = max(original.rfind(sep) for sep in (" ", "=", ":"))
        if "password" in finding.rule and 0 < cut < len(original) - 1:
            return original[: cut + 1] + mask(original[cut + 1 :])
        return mask(original, keep_start=4)
    return mask(original, keep_end=4)  # a card: the last four digits, as on a receipt


def redact(text: str, score: Score) -> tuple[str, Score]:
    """Return the text and score with every secret span masked (same length)."""
    secrets = [f for f in score.findings if is_secret(f, text)]
    if not secrets:
        return text, score
    chars = list(text)
    for f in secrets:
        chars[f.start : f.end] = mask_finding_text(f, text[f.start : f.end])
    masked = "".join(chars)
    findings = tuple(
        replace(f, matched=masked[f.start : f.end], decoded=mask_finding_text(f, f.decoded))
        if f in secrets
        else replace(f, matched=masked[f.start : f.end])
        for f in score.findings
    )
    return masked, replace(score, findings=findings)
