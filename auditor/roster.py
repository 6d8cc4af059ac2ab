"""Read the roster CSV: who consented, for which accounts, from when until when.

A bad file is refused whole, naming the file, line and column, so a half-valid roster never
reaches the store.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from auditor.errors import UsageError, decode_utf8
from auditor.models import NETWORKS, ROLES, Account, Consent, Person

HEADER: tuple[str, ...] = (
    "person_id",
    "name",
    "role",
    "network",
    "handle",
    "consent_granted",
    "consent_expires",
    "consent_revoked",
    "consent_reference",
)

_HANDLE_FORMS: dict[str, tuple[re.Pattern[str], str]] = {
    "x": (re.compile(r"@?[A-Za-z0-9_]{1,15}"), "an X username such as @acme_jane"),
    "mastodon": (
        re.compile(r"@?[A-Za-z0-9_.-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"),
        "@user@instance, e.g. @jane@mastodon.example",
    ),
    "bluesky": (
        re.compile(r"@?(did:[a-z]+:[A-Za-z0-9._:%-]+|[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+)"),
        "a Bluesky handle such as jane.bsky.social, or a did:plc:... identifier",
    ),
    "feed": (re.compile(r"https?://\S+"), "the http(s) URL of an RSS or Atom feed"),
}
_PERSON_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")


class RosterError(UsageError):
    """A roster problem, located by file, line and column."""


def read_roster(path: Path, *, today: date) -> list[Person]:
    """Parse and validate the whole file; raise RosterError on the first problem."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise RosterError(
            f"roster file {path} not found: check the path (for `run` and `scan`, [roster] "
            "path in the config), or run `auditor init` to write a starter one"
        ) from None
    except OSError as exc:
        raise RosterError(f"cannot read roster file {path}: {exc.strerror}") from None
    text = decode_utf8(data, str(path), error=RosterError)
    # Lines as csv reads a file opened with newline="": they end at \n, \r\n or \r only.
    # str.splitlines() would also end them at U+2028, U+0085, \x0c and the like, which a name
    # may hold, cutting its row in two and shifting every later line number.
    return parse_roster(io.StringIO(text, newline=""), path, today=today)


def parse_roster(lines: Iterable[str], path: Path, *, today: date) -> list[Person]:
    reader = csv.reader(lines)
    try:
        header = next(reader)
    except StopIteration:
        raise RosterError(
            f"{path}: the file is empty; it needs the header line {','.join(HEADER)}"
        ) from None
    except csv.Error as exc:
        raise RosterError(f"{path}, line 1: {exc}") from None
    if tuple(h.strip() for h in header) != HEADER:
        raise RosterError(
            f"{path}, line 1: the header must be exactly {','.join(HEADER)} "
            f"(found {','.join(header)})"
        )
    people: dict[str, Person] = {}
    handles: dict[tuple[str, str], tuple[str, int]] = {}
    base = path.resolve().parent
    try:
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row) or row[0].lstrip().startswith("#"):
                continue  # blank lines and comments ("# p001,...": a row switched off)
            account, name, role = _parse_row(row, path, line, base, today)
            key = identity(account)
            if key in handles:
                owner, first = handles[key]
                where = f"{path}, line {line}, column 5 (handle): {account.network} account"
                if owner != account.person_id:
                    raise RosterError(
                        f"{where} {account.handle} already belongs to {owner} (line {first})"
                    )
                raise RosterError(
                    f"{where} {account.handle} of {owner} is already on line {first}: one row "
                    "per account; delete one of the two rows (keep the consent dates that apply)"
                )
            handles[key] = (account.person_id, line)
            known = people.get(account.person_id)
            if known is None:
                people[account.person_id] = Person(account.person_id, name, role, (account,))
                continue
            if (known.name, known.role) != (name, role):
                raise RosterError(
                    f"{path}, line {line}: person {account.person_id} has name/role "
                    f"'{name}'/'{role}' here but '{known.name}'/'{known.role}' on an earlier line"
                )
            people[account.person_id] = Person(
                known.person_id, known.name, known.role, (*known.accounts, account)
            )
    except csv.Error as exc:
        raise RosterError(f"{path}, line {reader.line_num}: {exc}") from None
    if not people:
        raise RosterError(
            f"{path}: no people in the roster (only a header, blank lines or comments): add a "
            "row per account, or remove the # before an example row"
        )
    return list(people.values())


FILE_NETWORKS = ("archive", "jsonl")  # networks whose handle is a local file


def file_handle(base: Path, handle: str) -> str:
    """A file handle as the roster stores it: a path relative to the roster's folder `base`."""
    p = Path(handle).expanduser()
    return str(p if p.is_absolute() else (base / p))


def identity(account: Account) -> tuple[str, str]:
    """What makes two rows the same account: names ignore case and a leading @, paths `..`."""
    if account.network in FILE_NETWORKS:
        return account.network, os.path.normpath(account.handle)
    if account.network == "feed":
        return account.network, account.handle
    return account.network, account.handle.removeprefix("@").casefold()


def _parse_row(
    row: list[str], path: Path, line: int, base: Path, today: date
) -> tuple[Account, str, str]:
    def fail(column: int, message: str) -> RosterError:
        return RosterError(
            f"{path}, line {line}, column {column + 1} ({HEADER[column]}): {message}"
        )

    if len(row) != len(HEADER):
        raise RosterError(f"{path}, line {line}: expected {len(HEADER)} columns, found {len(row)}")
    cells = [c.strip() for c in row]
    person_id, name, role, network, handle = cells[:5]
    if not _PERSON_ID.fullmatch(person_id):
        raise fail(0, f"'{person_id}' is not a valid id (letters, digits, _ . -)")
    if not name:
        raise fail(1, "the name is empty")
    if role not in ROLES:
        raise fail(2, f"unknown role '{role}' (use one of: {', '.join(ROLES)})")
    if network not in NETWORKS:
        raise fail(3, f"unknown network '{network}' (use one of: {', '.join(NETWORKS)})")
    if not handle:
        raise fail(4, "the handle is empty")
    if network in _HANDLE_FORMS:
        pattern, form = _HANDLE_FORMS[network]
        if not pattern.fullmatch(handle):
            raise fail(4, f"'{handle}' is not a {network} handle: expected {form}")
    else:  # archive / jsonl: a file path, relative to the roster's folder
        handle = file_handle(base, handle)
    granted = _date(cells[5], fail, 5, required=True)
    assert granted is not None
    expires = _date(cells[6], fail, 6)
    revoked = _date(cells[7], fail, 7)
    if granted > today:
        raise fail(
            5,
            f"consent is granted on {granted}, after today ({today}): a future consent date "
            "is not valid; enter the date the person signed",
        )
    if expires is not None and expires < granted:
        raise fail(6, f"consent expires ({expires}) before it was granted ({granted})")
    if revoked is not None and revoked < granted:
        raise fail(7, f"consent revoked ({revoked}) before it was granted ({granted})")
    if revoked is not None and revoked > today:
        raise fail(
            7,
            f"consent revoked on {revoked}, after today ({today}): a revocation is the date the "
            "person withdrew; for a planned end of consent use consent_expires",
        )
    consent = Consent(granted, expires, revoked, cells[8])
    return Account(person_id, network, handle, consent), name, role


def _date(
    value: str, fail: Callable[[int, str], RosterError], column: int, *, required: bool = False
) -> date | None:
    if not value:
        if required:
            raise fail(column, "a date is required (ISO 8601, e.g. 2026-01-31)")
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise fail(column, f"'{value}' is not an ISO 8601 date (e.g. 2026-01-31)") from None
