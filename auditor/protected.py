"""Criticism of the employer: may be protected activity (organising, complaints about pay or
safety), never misconduct.

It is flagged so HR and legal can review it, but it is not risk: a post whose only findings
are of these categories never counts towards `--fail-on`, notifications, "need review" or the
report's highest-risk people; the report lists it in its own "may be protected activity"
section. A finding of these categories on a post that also has other findings is left out of
notifications and `--fail-on` too; the post's other findings still count.
"""

from __future__ import annotations

from collections.abc import Iterable

PROTECTED_CATEGORIES: frozenset[str] = frozenset({"employer_criticism"})

EMPLOYER_NOTICE = (
    "Review: may be protected activity (criticism of the employer). "
    "Review with HR and legal; this is not misconduct."
)


def is_protected(category: str) -> bool:
    return category in PROTECTED_CATEGORIES


def only_protected(categories: Iterable[str]) -> bool:
    """True for a post whose findings are all criticism of the employer (and there are some)."""
    found = set(categories)
    return bool(found) and found <= PROTECTED_CATEGORIES
