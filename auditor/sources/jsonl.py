"""JSONL files of posts: one object per line with `id`, `created_at`, `text` and optional `url`."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import auditor
from auditor.errors import decode_utf8, field_problem
from auditor.models import Account, Post
from auditor.sources.base import (
    Batch,
    Clock,
    SourceError,
    checked_created,
    checked_text,
    utcnow,
)
from auditor.sources.files import fingerprint, read_bytes

# The longest JSONL line read (README, "JSONL and archive input"): json.loads of one 12 MB line
# took minutes and gigabytes. A post's text has its own, smaller limit (`MAX_TEXT_CHARS`).
MAX_LINE_BYTES = 1_000_000


def line_too_long(where: str) -> SourceError:
    return SourceError(
        f"{where}: the line is over {MAX_LINE_BYTES:,} bytes, the limit for one post; "
        "split or shorten it"
    )


# What to do about the JSON errors people make by hand; `json` names them without a fix.
_JSON_FIXES = {
    "invalid control character": "write a tab or line break inside text as \\t or \\n",
    "unterminated string": "a text is missing its closing double quote",
}


def json_problem(exc: json.JSONDecodeError, fix: str) -> str:
    """`json`'s reason as a whole phrase ("Invalid control character at" ends mid-sentence: it
    expects the position after it), with what to do: a known fix, else `fix`."""
    reason = exc.msg.removesuffix(" at").removesuffix(" starting")
    reason = reason[:1].lower() + reason[1:]
    return f"invalid JSON: {reason}; {_JSON_FIXES.get(reason, fix)}"


def parse_jsonl_line(line: str, where: str) -> dict[str, object]:
    # A character is at most 4 bytes in UTF-8: most lines need no encoding to be measured.
    if len(line) * 4 > MAX_LINE_BYTES and len(line.rstrip("\r\n").encode()) > MAX_LINE_BYTES:
        raise line_too_long(where)
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        fix = 'each line must be one JSON object, {"id": ..., "text": ...}'
        raise SourceError(f"{where}, column {exc.colno}: {json_problem(exc, fix)}") from None
    if not isinstance(item, dict):
        raise SourceError(f"{where}: expected a JSON object, found {type(item).__name__}")
    return item


def post_text(item: dict[str, object], where: str) -> str:
    """The `text` of one JSONL line (this source and `auditor check`)."""
    body = item.get("text")
    if not isinstance(body, str):
        raise SourceError(f"{where}: {field_problem(item, 'text', 'text')}")
    return checked_text(body, where)


class JsonlSource:
    """Reads a JSONL file named in the roster (network `jsonl`)."""

    network = "jsonl"

    def __init__(self, *, clock: Clock = utcnow) -> None:
        self.clock = clock

    def fetch(self, account: Account, cursor: str | None) -> Batch:
        path = Path(account.handle)
        data = read_bytes(path, "JSONL file")
        stamp = fingerprint(data)
        if cursor == stamp:
            return Batch(cursor=stamp, notes=[f"{path.name} unchanged since the last run"])
        text = decode_utf8(data, str(path), error=SourceError)
        fetched = self.clock()
        posts: list[Post] = []
        first_line: dict[str, int] = {}  # id -> line it was first given on
        # Lines end at "\n" only: str.splitlines() would also split inside a post's text at
        # U+2028, U+0085 and the like, which JSON strings may hold unescaped.
        for number, line in enumerate(text.split("\n"), 1):
            if not line.strip():
                continue
            where = f"{path}, line {number}"
            item = parse_jsonl_line(line, where)
            post_id, created = item.get("id"), item.get("created_at")
            if not isinstance(post_id, str | int) or isinstance(post_id, bool) or post_id == "":
                raise SourceError(f"{where}: {field_problem(item, 'id', 'text or a number')}")
            # The store keeps one post per id: a second line with the same id would vanish.
            first = first_line.setdefault(str(post_id), number)
            if first != number:
                raise SourceError(
                    f"{where}: duplicate id {post_id} (first on line {first}); "
                    "give each post its own id"
                )
            body = post_text(item, where)
            if not isinstance(created, str):
                raise SourceError(
                    f"{where}: {field_problem(item, 'created_at', 'text')} "
                    "(ISO 8601, e.g. 2026-01-31T09:00:00Z)"
                )
            try:
                when = datetime.fromisoformat(created.replace("Z", "+00:00"))
            except ValueError:
                raise SourceError(
                    f"{where}: created_at '{created}' is not ISO 8601 (2026-01-31T09:00:00Z)"
                ) from None
            url = item.get("url")
            posts.append(
                Post(
                    network="jsonl",
                    # Ids in hand-made files are only unique within a person's files.
                    post_id=f"{account.person_id}/{post_id}",
                    person_id=account.person_id,
                    account=account.handle,
                    text=body,
                    created_at=checked_created(
                        when.replace(tzinfo=when.tzinfo or UTC).astimezone(UTC), fetched, where
                    ),
                    url=url if isinstance(url, str) else None,
                    source=f"jsonl:{path.name}",
                    fetched_at=fetched,
                    tool_version=auditor.__version__,
                )
            )
        return Batch(posts=posts, cursor=stamp)
