"""Shared fixtures: an in-memory store and a fixed clock."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest
import responses
import respx

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


@pytest.fixture
def no_real_sleep(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if code under it calls the real `time.sleep` (sleep must be injected)."""

    def refuse(seconds: float) -> None:
        raise AssertionError(f"real time.sleep({seconds}) called")

    monkeypatch.setattr(time, "sleep", refuse)


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    """A respx router that fails the test when a registered route is never called."""
    with respx.mock(assert_all_called=True) as mock:
        yield mock


@pytest.fixture
def mocked() -> Iterator[responses.RequestsMock]:
    """Recorded X answers for tweepy's requests session; every registered one must be used."""
    with responses.RequestsMock(assert_all_requests_are_fired=True) as rsps:
        yield rsps


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    with httpx.Client() as client:
        yield client
