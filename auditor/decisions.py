"""The decisions file: what the report's decision buttons save and `auditor review import`
applies.

    {
      "version": 1,                      optional
      "run_id": "20261124-023000",       optional: the report it came from
      "generated_at": "2026-11-24T09:12:00Z",   optional
      "decisions": [
        {"finding": "9b1eee9e2342", "decision": "dismissed", "reviewer": "hr-ana",
         "note": "song lyrics"}
      ]
    }

`finding` is `auditor.review.finding_id(network, post_id, rule)`; `decision` is dismissed,
acknowledged or escalated; `reviewer` is required, `note` optional. Any other key, another
`version`, or two entries for one finding is an error. The file is checked whole and applied in
one transaction: one bad entry and nothing changes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from auditor.errors import UsageError, field_problem
from auditor.review import (
    DECISIONS,
    clean,
    decide_in,
    iso,
    list_items,
    states,
)
from auditor.store import Store

FILE_KEYS = frozenset({"decisions", "version", "run_id", "generated_at"})
VERSION = 1  # the only version of the file there is
DECISION_KEYS = frozenset({"finding", "decision", "reviewer", "note"})


@dataclass(frozen=True, slots=True)
class ImportResult:
    applied: int
    unchanged: int


def parse_decisions_file(path: Path) -> list[dict[str, str]]:
    """Read and validate a decisions file whole; any problem names the entry and the key."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from None
    except ValueError as exc:
        raise UsageError(f"{path}: not valid JSON: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("decisions"), list):
        raise UsageError(f'{path}: expected an object {{"decisions": [...]}}')
    unknown = sorted(set(data) - FILE_KEYS)
    if unknown:
        raise UsageError(f"{path}: unknown keys {', '.join(unknown)}")
    version = data.get("version", VERSION)
    if type(version) is not int or version != VERSION:
        raise UsageError(
            f"{path}: version {json.dumps(version)} is not supported: this auditor reads "
            f"version {VERSION} files (save the decisions again from a report of this version)"
        )
    out: list[dict[str, str]] = []
    first: dict[str, int] = {}  # finding id -> the entry that names it
    for n, entry in enumerate(data["decisions"], 1):
        where = f"{path}: decision {n}"
        if not isinstance(entry, dict):
            raise UsageError(f"{where}: must be an object")
        extra = sorted(set(entry) - DECISION_KEYS)
        if extra:
            raise UsageError(f"{where}: unknown keys {', '.join(extra)}")
        for key in ("finding", "decision", "reviewer"):
            if not isinstance(entry.get(key), str) or not entry[key].strip():
                raise UsageError(f"{where}: {field_problem(entry, key, 'text')}")
        note = entry.get("note")
        if note is not None and not isinstance(note, str):
            raise UsageError(f"{where}: {field_problem(entry, 'note', 'text')}")
        if entry["decision"] not in DECISIONS:
            raise UsageError(
                f"{where}: decision '{entry['decision']}' is not one of {', '.join(DECISIONS)}"
            )
        clean = {k: str(v).strip() for k, v in entry.items() if v is not None}
        if clean.get("note") == "":
            clean.pop("note")
        fid = clean["finding"].lower()
        if fid in first:
            raise UsageError(
                f"{path}: decisions {first[fid]} and {n} are both for finding {clean['finding']}: "
                "keep the one you mean and import again (nothing was imported)"
            )
        first[fid] = n
        out.append(clean)
    return out


def import_decisions(store: Store, path: Path, *, now: datetime | None = None) -> ImportResult:
    """Apply a decisions file in one transaction: all of it, or nothing if any entry is bad.

    An entry that repeats the finding's current decision by the same reviewer is skipped, so
    importing the same file twice changes nothing.
    """
    entries = parse_decisions_file(path)
    items = {i.finding_id: i for i in list_items(store)}
    current = {fid: (r["status"], r["reviewer"]) for fid, r in states(store).items()}
    missing = [
        f"{e['finding']} (decision {n})"
        for n, e in enumerate(entries, 1)
        if e["finding"].lower() not in items
    ]
    if missing:
        raise UsageError(
            f"{path}: no flagged finding with id {', '.join(missing[:5])}"
            + (" ..." if len(missing) > 5 else "")
            + ": nothing was imported (see `auditor review list` for the ids)"
        )
    at = iso(now or datetime.now(UTC))
    applied = unchanged = 0
    with store.transaction() as conn:
        for e in entries:
            item = items[e["finding"].lower()]
            if current.get(item.finding_id) == (e["decision"], e["reviewer"]):
                unchanged += 1
                continue
            note = clean(e["note"], "note") if "note" in e else None
            decide_in(conn, item, e["decision"], clean(e["reviewer"], "reviewer"), note, at)
            applied += 1
    return ImportResult(applied, unchanged)
