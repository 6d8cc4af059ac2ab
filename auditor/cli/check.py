"""`auditor check`: score text or a JSONL file without storing anything."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated, BinaryIO

import typer
from rich.table import Table

from auditor import runtime
from auditor.cli.common import ConfigOption, cell, console
from auditor.config import find_config, load_config
from auditor.errors import UsageError, decode_utf8
from auditor.redact import mask_score
from auditor.scoring.types import FINDING_FIELDS, Score
from auditor.sources.jsonl import MAX_LINE_BYTES, line_too_long, parse_jsonl_line, post_text


class Format(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


def score_record(post_id: str, score: Score) -> dict[str, object]:
    """The public JSON shape of one scored post (a contract: other tools read it)."""
    return {
        "id": post_id,
        "score": score.score,
        "band": score.band,
        "categories": list(score.categories),
        "findings": [{key: getattr(f, key) for key in FINDING_FIELDS} for f in score.findings],
        "policy_version": score.policy_version,
        "tool_version": score.tool_version,
    }


def _read_file(path: Path) -> Iterator[tuple[str, str]]:
    """Yield (id, text) from a JSONL file lazily, so large files stream.

    Lines are read as bytes and decoded one at a time, so a file or stdin that is not UTF-8
    is refused naming its line, and a byte-order mark is dropped from either.
    """
    stdin = str(path) == "-"
    name = "stdin" if stdin else str(path)
    try:
        handle: BinaryIO = sys.stdin.buffer if stdin else path.open("rb")
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from None
    with handle:
        number = 0
        # At most one byte over the limit is read from a line, however long it is.
        while raw := handle.readline(MAX_LINE_BYTES + 1):
            number += 1
            where = f"{name}, line {number}"
            if len(raw.rstrip(b"\r\n")) > MAX_LINE_BYTES:
                raise line_too_long(where)
            # Without its line break, an unclosed text is named as such, not as a control
            # character.
            line = decode_utf8(raw, name, line=number).rstrip("\r\n")
            if not line.strip():
                continue
            item = parse_jsonl_line(line, where)  # a SourceError: exit 2 like a UsageError
            yield str(item.get("id", number)), post_text(item, where)


def check(
    text: Annotated[
        str | None, typer.Argument(help="The text to score.", show_default=False)
    ] = None,
    file: Annotated[
        Path | None,
        typer.Option(
            "--file", "-f", help="Score a JSONL file of posts (`id`, `text` per line; - for stdin)."
        ),
    ] = None,
    output: Annotated[
        Format, typer.Option("--format", help="table for people, json or jsonl for programs.")
    ] = Format.table,
    config: ConfigOption = None,
) -> None:
    """Score text against the conduct policy without storing it. Works without a config
    file (the organization-specific rules then have nothing to match)."""
    if text is None and file is None:
        raise UsageError("nothing to score: give TEXT, or --file PATH (a JSONL file, - for stdin)")
    if text is not None and file is not None:
        raise UsageError("give TEXT or --file PATH, not both")
    path = find_config(config)
    scorer = runtime.make_scorer(load_config(path) if path else None)
    items: Iterator[tuple[str, str]] = (
        _read_file(file) if file is not None else iter([("text", text or "")])
    )
    # Secrets masked, spans still on the input text (what --format json promises).
    scored = ((pid, mask_score(body, scorer.score(body))) for pid, body in items)
    if output is Format.jsonl:
        for pid, score in scored:
            sys.stdout.write(json.dumps(score_record(pid, score), ensure_ascii=False) + "\n")
            sys.stdout.flush()
        return
    if output is Format.json:
        records = [score_record(pid, score) for pid, score in scored]
        body = records[0] if text is not None else records
        sys.stdout.write(json.dumps(body, ensure_ascii=False, indent=2) + "\n")
        return
    table = Table("id", "score", "band", "rule", "matched", "decoded", title="auditor check")
    for pid, score in scored:
        if not score.findings:
            table.add_row(cell(pid), str(score.score), score.band, "-", "", "")
        for i, f in enumerate(score.findings):
            first = i == 0
            table.add_row(
                cell(pid) if first else "",
                str(score.score) if first else "",
                score.band if first else "",
                f.rule,
                cell(f.matched),
                cell(f.decoded),
            )
    console.print(table)
