"""What the scorer returns: plain, frozen data that the store, CLI and report consume."""

from __future__ import annotations

from dataclasses import dataclass

CATEGORIES: tuple[str, ...] = (
    "profanity",
    "insult",
    "hate",
    "threat",
    "sexual",
    "drugs",
    "political",
    "confidential",
    "pii",
    "credentials",
    "employer_criticism",
    "competitor",
)
BANDS: tuple[str, ...] = ("none", "low", "medium", "high", "critical")


def band_rank(band: str) -> int:
    return BANDS.index(band)


# The fields of a finding in every JSON output (`auditor check`, findings.json): a public contract.
FINDING_FIELDS: tuple[str, ...] = (
    "category",
    "rule",
    "severity",
    "start",
    "end",
    "matched",
    "decoded",
    "explanation",
)


@dataclass(frozen=True, slots=True)
class Finding:
    """One rule that fired on one span of the original text."""

    category: str
    rule: str
    severity: str  # one of BANDS except "none"
    start: int  # span in the original text, [start, end)
    end: int
    matched: str  # original[start:end], masked when it is a secret or card number
    decoded: str  # what the normaliser read there ("f***ing" -> "fucking")
    explanation: str = ""
    guidance: str = ""


@dataclass(frozen=True, slots=True)
class Score:
    score: int  # 0..100
    band: str
    findings: tuple[Finding, ...]
    policy_version: str
    tool_version: str

    @property
    def categories(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for f in self.findings:
            seen.setdefault(f.category, None)
        return tuple(seen)
