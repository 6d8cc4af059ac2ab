"""Where a key sits in a TOML file: tomllib reports no positions for valid TOML.

Shared by the checks of auditor.toml and of policy files, so that an error names the line of
the key itself, in the right table (comments such as `# concurrency = 8` are never taken).
"""

from __future__ import annotations

import re
from pathlib import Path

_HEADER = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-\"'. ]+?)\s*=")


def _split(dotted: str) -> tuple[str, ...]:
    return tuple(p.strip().strip("\"'") for p in dotted.split("."))


class TomlLines:
    """The lines of one TOML text, searched by key path: ("run", "concurrency")."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()

    @classmethod
    def of_file(cls, path: str | Path) -> TomlLines:
        """The file's lines; none when it cannot be read (messages then carry no line)."""
        try:
            return cls(Path(path).read_text("utf-8-sig"))
        except (OSError, UnicodeDecodeError):
            return cls("")

    def find(self, path: tuple[str, ...], needle: str | None = None) -> int:
        """The line (from 1) of the key at `path`, else of its table or a key inside it; 0 when
        not found. With `needle`: the first line from there on that contains it (one item of a
        list spread over lines)."""
        table: tuple[str, ...] = ()
        found = 0
        for no, line in enumerate(self.lines, start=1):
            header = _HEADER.match(line)
            if header:
                table = _split(header.group(1))
                if table == path and not found:
                    found = no
                continue
            key = _KEY.match(line)
            if key:
                full = table + _split(key.group(1))
                if full == path:
                    found = no
                    break
                if not found and (
                    (len(path) < len(full) and full[: len(path)] == path)
                    or (len(full) < len(path) and path[: len(full)] == full)  # inline table
                ):
                    found = no
        if found and needle:
            for no in range(found, len(self.lines) + 1):
                if needle in self.lines[no - 1]:
                    return no
        return found
