"""Mask card numbers and secrets before anything is stored or shown.

Masks keep the length of the span, so every finding's offsets stay valid on the masked text.
"""

from __future__ import annotations

from dataclasses import replace

from auditor.scoring.types import Finding, Score


def is_secret(finding: Finding) -> bool:
    return finding.category == "credentials" or (
        finding.category == "pii" and "card" in finding.rule
    )


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
    secrets = [f for f in score.findings if is_secret(f)]
    if not secrets:
        return text, score
    chars = list(text)
    for f in secrets:
        chars[f.start : f.end] = mask_finding_text(f, text[f.start : f.end])
    masked = "".join(chars)
    findings = tuple(
        replace(f, matched=masked[f.start : f.end], decoded=mask_finding_text(f, f.decoded))
        if is_secret(f)
        else replace(f, matched=masked[f.start : f.end])
        for f in score.findings
    )
    return masked, replace(score, findings=findings)
