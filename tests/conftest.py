"""Shared fixtures: an in-memory store and a fixed clock."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from auditor.store import Store
from tests.helpers import FixedClock


@pytest.fixture
def store() -> Iterator[Store]:
    s = Store.memory()
    yield s
    s.close()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()
