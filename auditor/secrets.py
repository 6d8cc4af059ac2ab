"""Secrets in configuration: refuse a config file that holds one and others can read.

Tokens, passwords and webhook URLs belong in environment variables (a systemd
EnvironmentFile with mode 0600, or the scheduler's secret store); the config names the
variable (`bearer_token_env`, `webhook_url_env`, `password_env`). When a config file does hold
a literal secret (a key named like token, password, secret or webhook_url with a value), the
file must not be readable by group or others. Messages name the key, never its value.
"""

from __future__ import annotations

import re
import stat
import tomllib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from auditor.errors import UsageError

# Key names that hold a secret when they carry a literal value ("..._env" names a variable).
SECRET_KEY = re.compile(
    r"(token|password|passwd|secret|api_?key|webhook_?url|private_?key|credential)", re.I
)


def literal_secret_keys(data: Mapping[str, Any], prefix: str = "") -> Iterator[str]:
    """Dotted names of keys that look like secrets and hold a literal value."""
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            yield from literal_secret_keys(value, name + ".")
        elif (
            SECRET_KEY.search(key)
            and not key.lower().endswith("_env")
            and isinstance(value, str)
            and value.strip()
        ):
            yield name


def check_config_file(path: Path | None) -> None:
    """Raise `UsageError` when `path` holds a literal secret and group or others can read it."""
    if path is None:
        return
    try:
        mode = path.stat().st_mode
        if not mode & 0o077:
            return
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return  # the config loader reports unreadable or invalid files with their details
    keys = sorted(literal_secret_keys(data))
    if keys:
        raise UsageError(
            f"{path} holds a secret ({', '.join(keys)}) and is readable by others "
            f"(mode {stat.filemode(mode)}): run `chmod 600 {path}`, or better, move the "
            "secret into an environment variable and name it in the matching *_env key"
        )


def env_status(environ: Mapping[str, str], name: str) -> str:
    """'set' or 'not set' for a variable: the only thing ever said about a secret's value."""
    return "set" if environ.get(name, "").strip() else "not set"
