"""Helpers shared by the file-based sources (X archive, JSONL): reading and fingerprints."""

from __future__ import annotations

import hashlib
from pathlib import Path

from auditor.sources.base import SourceError


def read_bytes(path: Path, what: str) -> bytes:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise SourceError(f"{what} {path} not found: check the roster's handle column") from None
    except IsADirectoryError:
        raise SourceError(f"{what} {path} is a folder, not a file") from None
    except OSError as exc:
        raise SourceError(f"cannot read {what} {path}: {exc.strerror}") from None
    if not data.strip():
        raise SourceError(f"{what} {path} is empty: ask the person for a new export")
    return data


def fingerprint(data: bytes) -> str:
    """The cursor of a file source: an unchanged file is not read again."""
    return "sha256:" + hashlib.sha256(data).hexdigest()
