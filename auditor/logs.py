"""What the operator sees while a run works: log lines and progress bars.

Everything logs under the `auditor` logger (`logging.getLogger("auditor.<module>")`).
`configure` sends it to stderr as plain text lines or, with `--log-format json`, one JSON object
per line; `-q` keeps warnings and errors only, `-v` adds debug lines. `RunProgress` shows rich
progress bars for reading, scoring and rendering when stderr is a terminal and the format is
text; otherwise it writes one log line per account and per stage, which is what cron and
systemd keep. Log messages never carry post text or secrets: only ids, counts and states.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from types import TracebackType
from typing import TextIO

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

from auditor.report.text import for_terminal
from auditor.store import AccountResult

LOGGER = "auditor"
log = logging.getLogger(LOGGER)

# Attributes every LogRecord has; anything else was passed with `extra=` and goes into JSON.
_RECORD_KEYS = frozenset(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {
    "message",
    "asctime",
    "taskName",
}


class LogFormat(StrEnum):
    text = "text"
    json = "json"


@dataclass(slots=True)
class Settings:
    """Chosen by the global options (`-q`, `-v`, `--log-format`) before any command runs."""

    verbosity: int = 0  # -1 quiet, 0 normal, 1+ verbose
    log_format: LogFormat = LogFormat.text

    @property
    def quiet(self) -> bool:
        return self.verbosity < 0


settings = Settings()


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time (UTC), level, logger, message and any `extra` fields."""

    def format(self, record: logging.LogRecord) -> str:
        body: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="seconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _RECORD_KEYS and not key.startswith("_"):
                body[key] = value if isinstance(value, int | float | bool | None) else str(value)
        if record.exc_info and record.exc_info[0] is not None:
            body["error"] = record.exc_info[0].__name__  # the type only: messages may hold data
        return json.dumps(body, ensure_ascii=False, sort_keys=False)


class TextFormatter(logging.Formatter):
    """One line per record. Messages can hold account keys and servers' error text, so
    control and bidi characters, line breaks included, show as markers such as ⟨U+001B⟩:
    nothing can move the cursor or forge a second log line."""

    def format(self, record: logging.LogRecord) -> str:
        stamp = datetime.fromtimestamp(record.created, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        message = for_terminal(record.getMessage()).replace("\n", "\u27e8U+000A\u27e9")
        return f"{stamp} {record.levelname.lower():7} {message}"


class _OurHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The handler `configure` installed (a second call replaces it).

    Without an explicit stream it writes to whatever `sys.stderr` is at that moment, so
    while progress bars are drawn, rich's stderr redirect prints log lines above them.
    """

    def __init__(self, stream: TextIO | None) -> None:
        super().__init__(stream if stream is not None else sys.stderr)
        self.follow_stderr = stream is None

    def emit(self, record: logging.LogRecord) -> None:
        if self.follow_stderr:
            self.stream = sys.stderr
        super().emit(record)


def configure(
    verbosity: int = 0, log_format: LogFormat = LogFormat.text, stream: TextIO | None = None
) -> logging.Logger:
    """Route the `auditor` logger to `stream` (stderr by default) at the chosen level."""
    settings.verbosity = verbosity
    settings.log_format = log_format
    for handler in list(log.handlers):
        if isinstance(handler, _OurHandler):
            log.removeHandler(handler)
    handler = _OurHandler(stream)
    handler.setFormatter(JsonFormatter() if log_format is LogFormat.json else TextFormatter())
    log.addHandler(handler)
    log.setLevel(logging.WARNING if verbosity < 0 else logging.DEBUG if verbosity else logging.INFO)
    return log


def use_bars(console: Console) -> bool:
    """Bars only for a person watching a terminal; log lines for everything else."""
    return console.is_terminal and not settings.quiet and settings.log_format is LogFormat.text


class RunProgress:
    """Progress of one run, fed by the pipeline's `on_progress` and `on_account` hooks."""

    def __init__(self, *, accounts: int, console: Console | None = None) -> None:
        self.console = console or Console(stderr=True)
        self.accounts = accounts
        self.bars = use_bars(self.console)
        self._progress: Progress | None = None
        self._read: TaskID | None = None
        self._score: TaskID | None = None
        self.done = 0

    def __enter__(self) -> RunProgress:
        log.log(self._step_level, "reading %d consented accounts", self.accounts)
        if self.bars:
            self._progress = Progress(
                SpinnerColumn(),
                TextColumn("{task.description:<10}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=self.console,
                transient=False,
            )
            self._progress.start()
            self._read = self._progress.add_task("reading", total=self.accounts)
            self._score = self._progress.add_task("scoring", total=0)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    @property
    def _step_level(self) -> int:
        return logging.DEBUG if self.bars else logging.INFO  # the bars already say it

    def on_progress(self, event: str, count: int) -> None:
        if self._progress is None or self._read is None or self._score is None:
            return
        if event == "fetched":
            self._progress.advance(self._read, 1)
            total = self._progress.tasks[self._score].total or 0
            self._progress.update(self._score, total=total + count)
        elif event == "scored":
            self._progress.advance(self._score, count)

    def on_account(self, result: AccountResult) -> None:
        self.done += 1
        level = logging.WARNING if result.status == "failed" else logging.INFO
        if self.bars and level == logging.INFO:
            level = logging.DEBUG  # the bars already show it
        extra = {
            "account": result.account_key,
            "person": result.person_id,
            "status": result.status,
            "posts_read": result.posts_read,
            "posts_new": result.posts_new,
        }
        if result.status in ("failed", "skipped"):
            log.log(
                level if result.status == "failed" else logging.WARNING,
                f"account %s (%s) {result.status} [%d/%d]: %s",
                result.account_key,
                result.person_id,
                self.done,
                self.accounts,
                result.message,
                extra=extra,
            )
        else:
            log.log(
                level,
                "account %s (%s): %d read, %d new [%d/%d]",
                result.account_key,
                result.person_id,
                result.posts_read,
                result.posts_new,
                self.done,
                self.accounts,
                extra=extra,
            )

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        """A step after reading (rendering, purging, notifying): a bar of one, or a log line."""
        log.log(self._step_level, "%s", name)
        task: TaskID | None = None
        if self._progress is None and self.bars:
            self._progress = Progress(
                SpinnerColumn(),
                TextColumn("{task.description:<10}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=self.console,
            )
            self._progress.start()
        if self._progress is not None:
            task = self._progress.add_task(name, total=1)
        try:
            yield
        finally:
            if self._progress is not None and task is not None:
                self._progress.advance(task, 1)
        log.debug("%s: done", name)
