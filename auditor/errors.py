"""Expected failures a person can act on. The CLI prints them without a traceback."""

from __future__ import annotations


class AuditorError(Exception):
    """An error with a message that says what, where and what to do, and an exit code."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UsageError(AuditorError):
    """Bad configuration, roster or arguments: exit code 2, nothing was changed."""

    exit_code = 2
