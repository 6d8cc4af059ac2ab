"""Helpers shared by the tests: a fixed clock, people and small files."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from auditor.models import Account, Consent, Person

NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)


class FixedClock:
    """A clock that advances one second per call, so run ids and timestamps are ordered."""

    def __init__(self, start: datetime = NOW) -> None:
        self.now = start

    def __call__(self) -> datetime:
        from datetime import timedelta

        current = self.now
        self.now = self.now + timedelta(seconds=1)
        return current


def person(
    person_id: str,
    *accounts: tuple[str, str],
    granted: date = date(2026, 1, 1),
    expires: date | None = None,
    revoked: date | None = None,
    role: str = "staff",
) -> Person:
    consent = Consent(granted, expires, revoked, f"REF-{person_id}")
    return Person(
        person_id,
        f"Name {person_id}",
        role,
        tuple(Account(person_id, network, handle, consent) for network, handle in accounts),
    )


def write_jsonl(path: Path, rows: list[str]) -> Path:
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path
