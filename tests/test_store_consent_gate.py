"""The consent gate `save_batch` applies inside its transaction, for accounts on the roster and
for an X archive handed over for `scan --archive`, which has no roster row of its own."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from auditor.models import Account, Consent, Post
from auditor.scoring.types import Score
from auditor.store import AccountResult, ConsentWithdrawn, Store
from tests.helpers import NOW, person

YESTERDAY = NOW.date() - timedelta(days=1)
# What `scan --archive` builds: the archive's path, read under the person's roster consent.
ARCHIVE = Account("p1", "archive", "/handed/over/archive.zip", Consent(date(2026, 1, 1)))
CLEAN = Score(0, "none", (), "pv1", "0.1.0")


def tweet(i: int) -> Post:
    return Post(
        network="x",
        post_id=str(1000 + i),
        person_id="p1",
        account=ARCHIVE.handle,
        text="hello",
        created_at=datetime(2026, 11, 1, tzinfo=UTC),
        url=None,
        source="archive:archive.zip",
        fetched_at=NOW,
        tool_version="0.1.0",
    )


def save(store: Store, account: Account = ARCHIVE) -> int:
    run = store.begin_run(kind="scan", started_at=NOW, policy_version="pv1", tool_version="0.1.0")
    result = AccountResult(account.key, account.person_id, "ok", 1, 0, "")
    return store.save_batch(run, account, [(tweet(1), CLEAN)], cursor="c", result=result, now=NOW)


def test_an_archive_not_on_the_roster_is_stored_under_the_persons_active_consent(
    store: Store,
) -> None:
    ended = person("p1", ("x", "@jane"), expires=YESTERDAY)
    active = person("p1", ("mastodon", "@jane@social.example"))
    # One of the person's accounts with active consent is enough, as for `scan --archive`.
    store.import_roster([replace(ended, accounts=ended.accounts + active.accounts)])
    assert save(store) == 1


def test_an_archive_is_not_stored_when_the_persons_roster_consent_expired_during_the_scan(
    store: Store,
) -> None:
    store.import_roster([person("p1", ("x", "@jane"))])  # the scan starts: consent active
    # Another terminal imports a roster in which p1's consent has expired.
    store.import_roster([person("p1", ("x", "@jane"), expires=YESTERDAY)])
    with pytest.raises(ConsentWithdrawn):
        save(store)
    assert store.count_posts() == 0
    assert store.cursor(ARCHIVE.key) is None


def test_without_a_roster_the_accounts_own_consent_decides(store: Store) -> None:
    expired = Account("p1", "archive", ARCHIVE.handle, Consent(date(2026, 1, 1), YESTERDAY))
    with pytest.raises(ConsentWithdrawn):
        save(store, expired)
    assert store.count_posts() == 0
    assert save(store) == 1


def test_taking_a_person_off_the_roster_is_not_a_withdrawal_a_revocation_is(
    store: Store,
) -> None:
    store.import_roster([person("p1", ("x", "@jane")), person("p2")])
    store.import_roster([person("p2")])
    assert save(store) == 1
    store.revoke("p1", on=NOW.date(), now=NOW)
    with pytest.raises(ConsentWithdrawn):
        save(store)
