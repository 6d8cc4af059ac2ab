"""Conduct-risk scoring: policy, normaliser, rules and the scorer (see `engine.Scorer`)."""

from auditor.scoring.engine import Scorer
from auditor.scoring.hits import Explanation, NearMiss
from auditor.scoring.policy import Policy, PolicyError, load_policy
from auditor.scoring.types import BANDS, CATEGORIES, Finding, Score, band_rank

__all__ = [
    "BANDS",
    "CATEGORIES",
    "Explanation",
    "Finding",
    "NearMiss",
    "Policy",
    "PolicyError",
    "Score",
    "Scorer",
    "band_rank",
    "load_policy",
]
