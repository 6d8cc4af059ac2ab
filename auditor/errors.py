"""Expected failures a person can act on. The CLI prints them without a traceback."""

from __future__ import annotations

from collections.abc import Mapping


class AuditorError(Exception):
    """An error with a message that says what, where and what to do, and an exit code."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UsageError(AuditorError):
    """Bad configuration, roster or arguments: exit code 2, nothing was changed."""

    exit_code = 2


def decode_utf8(
    data: bytes, name: str, *, line: int = 1, error: type[AuditorError] = UsageError
) -> str:
    """`data` (a whole file, or its line number `line`) as text, without a byte-order mark.

    Text that is not UTF-8 raises `error` naming the file, line and column and saying how to
    fix it: "not UTF-8" alone leaves a person searching a large export for one byte.
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        # Valid UTF-8 up to the first bad byte, where the decoder stopped.
        before = exc.object[: exc.start].decode("utf-8")
        lines, column = line_col(before, len(before))
        line += lines - 1
        raise error(
            f"{name}, line {line}, column {column}: not UTF-8 text "
            f"(byte 0x{exc.object[exc.start]:02x}); save the file as UTF-8"
        ) from None


def line_col(text: str, offset: int) -> tuple[int, int]:
    """Line and column (both from 1) of character `offset` in `text`, for messages."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def field_problem(item: Mapping[str, object], key: str, expected: str) -> str:
    """Why `item[key]`, from a JSON object, is not what it should be (`expected`, e.g. "text").

    Call it once the value is known to be wrong: it says whether the key is missing, empty or
    of another JSON type, since "missing" for a value that is there sends a person looking
    in the wrong place.
    """
    if key not in item:
        return f"'{key}' is missing"
    value = item[key]
    if isinstance(value, str) and not value.strip():
        return f"'{key}' is empty"
    return f"'{key}' must be {expected}, not {_json_kind(value)}"


def _json_kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "text"
