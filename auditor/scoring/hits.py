"""What the rules produce before they become Findings: mutable hits, near misses, explanations."""

from __future__ import annotations

from dataclasses import dataclass, field

from auditor.scoring.lexicon import sev_rank
from auditor.scoring.policy import SEVERITIES
from auditor.scoring.types import Score


@dataclass(slots=True)
class Hit:
    """A finding under construction (mutable while context rules adjust it)."""

    category: str
    rule: str
    severity: str
    start: int
    end: int
    nstart: int
    decoded: str
    explanation: str
    first: int = -1  # token indices covered (-1: not token based)
    last: int = -1
    matched: str | None = None  # set when the original slice must be masked
    term: str = ""


@dataclass(frozen=True, slots=True)
class NearMiss:
    """A rule that would have fired but was stopped (exception, negation, allow-list, ...)."""

    rule: str
    start: int
    end: int
    matched: str
    reason: str

    def __str__(self) -> str:
        return f"{self.matched}: {self.reason} stopped {self.rule}"


@dataclass(frozen=True, slots=True)
class Explanation:
    score: Score
    near_misses: tuple[NearMiss, ...] = field(default=())


def bump(severity: str, by: int = 1, cap: str = "critical") -> str:
    i = max(0, min(sev_rank(severity) + by, sev_rank(cap)))
    return SEVERITIES[i]
