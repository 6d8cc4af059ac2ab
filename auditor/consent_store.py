"""The store's roster and consent: people, their accounts' consent, and revocations.

A revocation and the purge of the person's data happen in one transaction; `Store.save_batch`
checks `_consent_active` inside its own, so a batch read while consent ended is not stored.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import NamedTuple

from auditor.models import Account, Consent, Person
from auditor.store_base import StoreBase, _d, _iso


class Revocation(NamedTuple):
    """A revocation an import recorded: whose, from when, and how many posts it deleted."""

    person_id: str
    on: date
    posts_deleted: int


class RosterImport(NamedTuple):
    """What `import_roster` did: people and accounts imported, revocations newly recorded."""

    people: int
    accounts: int
    revoked: tuple[Revocation, ...] = ()


class ConsentStore(StoreBase):
    """Mixin of `Store`: the roster, consent and revocations."""

    def import_roster(
        self, people: Sequence[Person], *, now: datetime | None = None
    ) -> RosterImport:
        """Replace the roster with `people`; returns the people and accounts imported and the
        revocations the file newly recorded (the caller re-renders reports when there are any).

        A revocation recorded in the store wins over the file for consent granted before it
        (consent granted after it is a new consent). A `consent_revoked` date in the file, on or
        before today, is recorded as a revocation of that person, as `revoke` does (their data
        is deleted in the same transaction), so a later import without it cannot undo it.
        """
        now = now or datetime.now(UTC)
        accounts = 0
        with self.transaction() as conn:
            # Read inside the write transaction: a `roster revoke` cannot slip in between.
            revoked = {
                r["person_id"]: date.fromisoformat(r["revoked_on"])
                for r in conn.execute("SELECT person_id, revoked_on FROM revocations")
            }
            conn.execute("DELETE FROM accounts")
            conn.execute("DELETE FROM people")
            for person in people:
                conn.execute(
                    "INSERT INTO people(person_id, name, role) VALUES (?, ?, ?)",
                    (person.person_id, person.name, person.role),
                )
                stored = revoked.get(person.person_id)
                for account in person.accounts:
                    c = account.consent
                    revoked_on = c.revoked
                    if stored is not None and c.granted <= stored:
                        revoked_on = min(stored, revoked_on) if revoked_on else stored
                    conn.execute(
                        "INSERT INTO accounts VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (
                            account.person_id,
                            account.network,
                            account.handle,
                            _iso(c.granted),
                            _iso(c.expires),
                            _iso(revoked_on),
                            c.reference,
                        ),
                    )
                    accounts += 1
            recorded = [
                self._record_file_revocation(conn, person, revoked.get(person.person_id), now)
                for person in people
            ]
        return RosterImport(len(people), accounts, tuple(r for r in recorded if r is not None))

    def _record_file_revocation(
        self, conn: sqlite3.Connection, person: Person, stored: date | None, now: datetime
    ) -> Revocation | None:
        withdrawn = [
            a.consent.revoked
            for a in person.accounts
            if a.consent.revoked is not None and a.consent.revoked <= now.date()
        ]
        if not withdrawn:
            return None
        if (
            stored is not None
            and stored <= min(withdrawn)
            and any(a.consent.granted <= stored for a in person.accounts)
        ):
            return None  # already recorded while in force, and the data deleted then
        on = min(withdrawn)
        return Revocation(person.person_id, on, self._revoke_in(conn, person.person_id, on, now))

    def people(self) -> list[Person]:
        accounts: dict[str, list[Account]] = {}
        for r in self.conn.execute("SELECT * FROM accounts ORDER BY person_id, network, handle"):
            consent = Consent(
                date.fromisoformat(r["consent_granted"]),
                _d(r["consent_expires"]),
                _d(r["consent_revoked"]),
                r["consent_reference"],
            )
            accounts.setdefault(r["person_id"], []).append(
                Account(r["person_id"], r["network"], r["handle"], consent)
            )
        return [
            Person(r["person_id"], r["name"], r["role"], tuple(accounts.get(r["person_id"], ())))
            for r in self.conn.execute("SELECT * FROM people ORDER BY person_id")
        ]

    def person(self, person_id: str) -> Person | None:
        return next((p for p in self.people() if p.person_id == person_id), None)

    def revoke(self, person_id: str, *, on: date, now: datetime) -> int:
        """Record the revocation and delete the person's posts, scores, findings and cursors.

        One transaction: either the revocation and the purge both happen or neither does.
        Returns the number of posts deleted.
        """
        with self.transaction() as conn:
            return self._revoke_in(conn, person_id, on, now)

    def _revoke_in(self, conn: sqlite3.Connection, person_id: str, on: date, now: datetime) -> int:
        # The earliest date while a revocation is in force; a revocation that consent granted
        # after it superseded (a re-consent) is replaced by the new one.
        conn.execute(
            "INSERT INTO revocations VALUES (?, ?, ?) ON CONFLICT(person_id) DO UPDATE SET "
            "revoked_on = CASE WHEN EXISTS (SELECT 1 FROM accounts a WHERE "
            "a.person_id = excluded.person_id AND a.consent_granted > revocations.revoked_on) "
            "THEN excluded.revoked_on ELSE MIN(revoked_on, excluded.revoked_on) END, "
            "recorded_at = excluded.recorded_at",
            (person_id, _iso(on), _iso(now)),
        )
        conn.execute(
            "UPDATE accounts SET consent_revoked = ? WHERE person_id = ? AND "
            "(consent_revoked IS NULL OR consent_revoked > ?)",
            (_iso(on), person_id, _iso(on)),
        )
        deleted = self._purge_person(conn, person_id)
        # Review notes, responses, decisions and personal allow-list entries go too; the
        # append-only trail only records that a purge happened.
        for table in ("review_texts", "review_state", "review_allow"):
            conn.execute(f"DELETE FROM {table} WHERE person_id = ?", (person_id,))  # noqa: S608
        conn.execute(
            "INSERT INTO review_trail(at, actor, action, person_id, after) "
            "VALUES (?, 'system', 'purge', ?, 'consent revoked')",
            (_iso(now), person_id),
        )
        return deleted

    @staticmethod
    def _consent_active(conn: sqlite3.Connection, account: Account, day: date) -> bool:
        """The consent gate as the store knows it now (call inside the writing transaction).

        The consent that decides is the account's roster row. An account without one, such as
        an X archive the person handed over for `scan --archive`, is read under the person's
        consent: their roster rows decide, one active on `day` being enough. For a person with
        no roster rows (the store used without a roster) the account's own consent decides.
        In every case a revocation of the person applies unless that consent was granted after
        it. Taking a person or an account off the roster is not a withdrawal of consent
        (stored posts stay until retention too): `roster revoke` or a consent_revoked date is.
        """
        rows = conn.execute(
            "SELECT * FROM accounts WHERE person_id = ?", (account.person_id,)
        ).fetchall()
        own = [r for r in rows if (r["network"], r["handle"]) == (account.network, account.handle)]
        consents = [
            Consent(
                date.fromisoformat(r["consent_granted"]),
                _d(r["consent_expires"]),
                _d(r["consent_revoked"]),
            )
            for r in own or rows
        ] or [account.consent]
        revoked = conn.execute(
            "SELECT revoked_on FROM revocations WHERE person_id = ?", (account.person_id,)
        ).fetchone()
        on = None if revoked is None else date.fromisoformat(revoked[0])
        return any(
            c.active_on(day) and (on is None or day < on or c.granted > on) for c in consents
        )

    @staticmethod
    def _purge_person(conn: sqlite3.Connection, person_id: str) -> int:
        # Scores and findings go with their posts (ON DELETE CASCADE).
        cur = conn.execute("DELETE FROM posts WHERE person_id = ?", (person_id,))
        conn.execute("DELETE FROM cursors WHERE person_id = ?", (person_id,))
        conn.execute("DELETE FROM run_accounts WHERE person_id = ?", (person_id,))
        conn.execute("DELETE FROM expired_posts WHERE person_id = ?", (person_id,))
        return cur.rowcount
