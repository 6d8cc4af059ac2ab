"""One run at a time: an exclusive file lock next to the store.

`RunLock(store_path)` takes `fcntl.flock` on `<store>.lock` and writes who holds it (pid, what
command, when it started) into that file. A second run finds the lock taken, reads the holder
from the file and stops with exit code 4 (`LockHeld`). The kernel releases a flock when its
process dies, even on SIGKILL, so a crashed run never blocks the next one; the pid it left in
the file is then reported as a stale lock that was taken over. The file is emptied, not
deleted, on release: deleting a lock file races with a process that has just opened it.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from auditor.errors import AuditorError
from auditor.sources.base import utcnow

log = logging.getLogger(__name__)

EXIT_LOCKED = 4


class LockHeld(AuditorError):
    """Another run holds the store's lock: exit code 4, nothing was changed."""

    exit_code = EXIT_LOCKED


def lock_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".lock")


def pid_alive(pid: int) -> bool:
    """True when a process with this pid exists (it may belong to someone else)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def read_holder(path: Path) -> dict[str, object]:
    """What the lock file says about its holder; {} when empty or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


class RunLock:
    """Hold `<store>.lock` for the length of a `with` block (or `acquire`/`release`)."""

    def __init__(
        self,
        store_path: Path,
        *,
        command: str = "run",
        clock: Callable[[], datetime] = utcnow,
        pid: int | None = None,
    ) -> None:
        self.path = lock_path(store_path)
        self.command = command
        self.clock = clock
        self.pid = os.getpid() if pid is None else pid
        self.stale: dict[str, object] = {}  # what a dead holder left behind, if anything
        self._fd: int | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise LockHeld(self._held_message()) from None
        except OSError as exc:
            os.close(fd)
            raise AuditorError(f"cannot lock {self.path}: {exc.strerror}") from None
        # We hold the lock: anything in the file was left by a run that died without release.
        left = read_holder(self.path)
        if left.get("pid"):
            self.stale = left
            state = "still running but not holding the lock" if pid_alive(_pid(left)) else "gone"
            log.warning(
                "took over a stale lock %s left by pid %s (started %s; that process is %s)",
                self.path,
                left.get("pid"),
                left.get("started_at", "?"),
                state,
            )
        holder = {
            "pid": self.pid,
            "command": self.command,
            "started_at": self.clock().isoformat(timespec="seconds"),
        }
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(holder).encode(), 0)
        os.fsync(fd)
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        os.close(fd)  # closing the descriptor releases the flock

    def _held_message(self) -> str:
        holder = read_holder(self.path)
        who = f"pid {holder.get('pid', '?')}"
        if holder.get("command"):
            who += f" (auditor {holder['command']}"
            who += f", started {holder['started_at']})" if holder.get("started_at") else ")"
        return (
            f"another auditor run holds the lock {self.path}: {who}. Wait for it to finish; "
            "a lock is released by itself when its process ends"
        )

    def __enter__(self) -> RunLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def _pid(holder: dict[str, object]) -> int:
    value = holder.get("pid")
    return value if isinstance(value, int) else 0
