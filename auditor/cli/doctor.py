"""`auditor doctor`: check that an unattended run will work, and say what to fix.

Checks the config file (found, readable by its owner only when it holds a secret, valid,
including `[sources]` and `[notify]`), the roster, that each token variable the run needs is
set (its value is never printed), and that the store and the report folder are writable.
Exit code 0 when everything is fine, 2 when something needs fixing.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import typer

from auditor import runtime
from auditor.cli.common import ConfigOption, console
from auditor.config import Config, find_config, load_config
from auditor.errors import AuditorError
from auditor.lock import lock_path, read_holder
from auditor.notify import parse_notify
from auditor.secrets import check_config_file, env_status
from auditor.sources.base import utcnow
from auditor.store import SCHEMA_VERSION, Store

EXIT_PROBLEMS = 2


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    ok: bool
    detail: str  # what was found, or what to do about it


def _writable_dir(folder: Path) -> str | None:
    """None when files can be created in `folder` (created if missing), else why not."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".doctor-"):
            pass
    except OSError as exc:
        return f"{folder}: {exc.strerror}"
    return None


def config_checks(path: Path | None) -> tuple[list[Check], Config | None]:
    if path is None:
        return [
            Check(
                "config",
                False,
                "no auditor.toml (looked at --config, $AUDITOR_CONFIG and ./auditor.toml): "
                "run `auditor init`",
            )
        ], None
    checks: list[Check] = []
    try:
        check_config_file(path)
        cfg = load_config(path)
    except AuditorError as exc:
        return [Check("config", False, exc.message)], None
    checks.append(Check("config", True, str(path)))
    try:
        from auditor.sources.live import parse_source_settings

        parse_source_settings(cfg.sources, str(path))
        checks.append(Check("[sources]", True, "valid"))
    except ValueError as exc:
        checks.append(Check("[sources]", False, str(exc)))
    return checks, cfg


def run_checks(cfg: Config, environ: Mapping[str, str]) -> list[Check]:
    checks: list[Check] = []
    networks: set[str] = set()
    try:
        people = runtime.load_people(cfg)
        today = utcnow().date()
        active = [a for p in people for a in p.active_accounts(today)]
        networks = {a.network for a in active}
        checks.append(
            Check(
                "roster",
                True,
                f"{cfg.roster_path}: {len(people)} people, {len(active)} accounts with active "
                "consent today",
            )
        )
    except AuditorError as exc:
        checks.append(Check("roster", False, exc.message))
    try:
        runtime.make_scorer(cfg)
        checks.append(Check("policy", True, str(cfg.policy_path or "bundled default")))
    except AuditorError as exc:
        checks.append(Check("policy", False, exc.message))
    checks.extend(token_checks(cfg, networks, environ))
    checks.extend(storage_checks(cfg))
    return checks


def token_checks(cfg: Config, networks: set[str], environ: Mapping[str, str]) -> list[Check]:
    checks: list[Check] = []
    if "x" in networks:
        name = str(cfg.sources.get("x", {}).get("bearer_token_env", "X_BEARER_TOKEN"))
        state = env_status(environ, name)
        checks.append(
            Check(
                f"token ${name}",
                state == "set",
                f"{state} (needed for the X accounts)"
                + ("" if state == "set" else f": export {name} or add it to the EnvironmentFile"),
            )
        )
    try:
        notify = parse_notify(cfg.notify, str(cfg.path))
    except AuditorError as exc:
        return [*checks, Check("[notify]", False, exc.message)]
    checks.append(Check("[notify]", True, "valid" if notify.enabled else "no channel configured"))
    names: list[str | None] = [notify.webhook_url_env]
    if notify.email is not None:
        names += [notify.email.username_env, notify.email.password_env]
    for var in names:
        if var:
            state = env_status(environ, var)
            checks.append(
                Check(
                    f"secret ${var}",
                    state == "set",
                    state + ("" if state == "set" else f": export {var} for notifications"),
                )
            )
    return checks


def storage_checks(cfg: Config) -> list[Check]:
    checks: list[Check] = []
    problem = _writable_dir(cfg.store_path.parent)
    if problem is None and cfg.store_path.exists():
        try:
            with Store.open(cfg.store_path) as store:
                ok = store.conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
                problem = None if ok else "the integrity check failed: restore a backup"
                if ok and not os.access(cfg.store_path, os.W_OK):
                    problem = f"{cfg.store_path} is read-only"
        except AuditorError as exc:
            problem = exc.message
    checks.append(
        Check(
            "store",
            problem is None,
            problem or f"{cfg.store_path} (schema {SCHEMA_VERSION}) is writable",
        )
    )
    holder = read_holder(lock_path(cfg.store_path))
    if holder.get("pid"):
        checks.append(
            Check("lock", True, f"held or left by pid {holder['pid']} ({holder.get('command')})")
        )
    problem = _writable_dir(cfg.report_dir)
    checks.append(Check("report folder", problem is None, problem or f"{cfg.report_dir}"))
    return checks


def doctor(config: ConfigOption = None) -> None:
    """Check the config, the roster, token variables (never their values), the store and
    the report folder, and say what to fix. Exit code 0 when all is fine, 2 otherwise."""
    try:
        path = find_config(config)
    except AuditorError as exc:
        checks, cfg = [Check("config", False, exc.message)], None
    else:
        checks, cfg = config_checks(path)
    if cfg is not None:
        checks.extend(run_checks(cfg, os.environ))
    # Plain lines, not a table: they stay whole in cron mail and journal logs.
    for c in checks:
        console.print(f"{'ok ' if c.ok else 'FIX'}  {c.name}: {c.detail}", markup=False)
    problems = [c for c in checks if not c.ok]
    if problems:
        console.print(f"{len(problems)} problem(s) to fix")
        raise typer.Exit(EXIT_PROBLEMS)
    console.print("all checks passed")
