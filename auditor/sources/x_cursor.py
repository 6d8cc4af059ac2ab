"""The X collector's per-account cursor: where the last run stopped reading a timeline.

The cursor is a JSON string the pipeline stores per account:
    {"user_id": "12", "since_id": "1790"}                         all read up to post 1790
    {"user_id": "12", "since_id": "1700", "until_id": "1750",     the budget stopped a run
     "newest_id": "1790"}                                          between 1700 and 1750
The second form makes the next run read the gap first, so a budget stop never loses posts.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

POST_ID = re.compile(r"[0-9]{1,25}")


@dataclass(slots=True)
class Cursor:
    user_id: str | None = None
    since_id: str | None = None
    until_id: str | None = None
    newest_id: str | None = None
    start_time: str | None = None

    @classmethod
    def parse(cls, text: str | None) -> Cursor:
        if not text:
            return cls()
        if POST_ID.fullmatch(text.strip()):  # a bare post id from an older store
            return cls(since_id=text.strip())
        try:
            raw = json.loads(text)
        except ValueError:
            return cls()
        if not isinstance(raw, dict):
            return cls()

        def field(name: str) -> str | None:
            value = raw.get(name)
            return str(value) if isinstance(value, str | int) and value != "" else None

        return cls(
            field("user_id"),
            field("since_id"),
            field("until_id"),
            field("newest_id"),
            field("start_time"),
        )

    def dump(self) -> str:
        data = {
            k: v
            for k, v in (
                ("user_id", self.user_id),
                ("since_id", self.since_id),
                ("until_id", self.until_id),
                ("newest_id", self.newest_id),
                ("start_time", self.start_time),
            )
            if v is not None
        }
        return json.dumps(data, sort_keys=True)


def newer_id(a: str | None, b: str | None) -> str | None:
    """The larger of two post ids (ids grow with time)."""
    if a is None:
        return b
    if b is None:
        return a
    return a if int(a) >= int(b) else b


def next_cursor(state: Cursor, newest: str | None, oldest: str | None, complete: bool) -> str:
    """The cursor to store after a run read posts `oldest`..`newest` (`complete`: to the end)."""
    # The newest post of everything read so far, including an earlier interrupted run.
    top = newer_id(state.newest_id, newest)
    if complete:
        if top is not None:
            return Cursor(state.user_id, since_id=top).dump()
        # Nothing new: keep the lower bound (or the backfill start on a first run).
        return Cursor(
            state.user_id,
            since_id=state.since_id,
            start_time=None if state.since_id else state.start_time,
        ).dump()
    if oldest is None:
        return state.dump()
    # Interrupted: resume below the oldest post read, keep the lower bound.
    return Cursor(
        state.user_id,
        since_id=state.since_id,
        until_id=oldest,
        newest_id=top,
        start_time=None if state.since_id else state.start_time,
    ).dump()
