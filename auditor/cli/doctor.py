"""`auditor doctor`: check that an unattended run will work, and say what to fix.

Checks the config file (found, readable by its owner only when it holds a secret, valid,
including `[sources]` and `[notify]`), the roster and the local files its archive and jsonl
accounts name, that each token variable the run needs is set (its value is never printed), and
that the store and the report folder are writable or could be created. Doctor only looks: it
creates no folder or file and opens an existing store read-only.
Exit code 0 when everything is fine, 2 when something needs fixing.
"""

from __future__ import annotations

import csv
import os
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import typer

from auditor import runtime
from auditor.cli.common import ConfigOption, console
from auditor.config import Config, find_config, load_config
from auditor.errors import AuditorError
from auditor.lock import lock_path, read_holder
from auditor.models import Account
from auditor.notify import parse_notify
from auditor.roster import FILE_NETWORKS, file_handle
from auditor.secrets import env_status
from auditor.sources.base import utcnow
from auditor.store import SCHEMA_VERSION, newer_schema

EXIT_PROBLEMS = 2


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    ok: bool
    detail: str  # what was found, or what to do about it


def _folder_problem(folder: Path) -> str | None:
    """None when files could be written in `folder`, or the run could create it; else why not.

    Only looks (permissions of the folder or of its nearest existing parent): creates nothing.
    """
    probe = folder
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    if not probe.is_dir():
        return f"{folder}: {probe} is not a folder"
    if not os.access(probe, os.W_OK | os.X_OK):
        verb = "write in" if probe == folder else "create folders in"
        return f"{folder}: no permission to {verb} {probe}"
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
        cfg = load_config(path)  # checks the file's mode first (`check_config_file`)
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
        checks.extend(roster_file_checks(cfg.roster_path, active))
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


def roster_file_checks(roster: Path, active: list[Account]) -> list[Check]:
    """A problem per local file (archive, jsonl) that an active account names and that is
    missing, with its roster line: the run would fail that account."""
    missing = {
        a.handle for a in active if a.network in FILE_NETWORKS and not Path(a.handle).is_file()
    }
    if not missing:
        return []
    # Read again only for the line numbers, which the parsed roster does not keep.
    base = roster.resolve().parent
    checks: list[Check] = []
    with roster.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        for row in reader:
            if len(row) < 5 or row[3].strip() not in FILE_NETWORKS:
                continue
            path = file_handle(base, row[4].strip())
            if path in missing:
                checks.append(
                    Check(
                        "roster file",
                        False,
                        f"{roster}, line {reader.line_num}: the {row[3].strip()} file {path} of "
                        f"{row[0].strip()} is missing: the run would fail this account; put the "
                        "file there or correct the path",
                    )
                )
    return checks


def store_check(store: Path) -> Check:
    """The store, opened read-only when it exists; "no store yet" when it does not."""
    problem = _folder_problem(store.parent)
    if problem is not None:
        return Check("store", False, problem)
    if not store.exists():
        return Check("store", True, f"no store yet at {store}: the first run creates it")
    # immutable=1 reads without creating the -wal/-shm files; with a -wal file present (a run
    # is on, or one stopped) read-only mode takes its pages into account.
    wal = store.with_name(store.name + "-wal").exists()
    mode = "mode=ro" if wal else "immutable=1"
    try:
        conn = sqlite3.connect(f"{store.resolve().as_uri()}?{mode}", uri=True)
        try:
            ok = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return Check("store", False, f"{store}: cannot read it as a store: {exc}")
    if not ok:
        return Check("store", False, f"{store}: the integrity check failed: restore a backup")
    newer = newer_schema(version)
    if newer is not None:
        return Check("store", False, f"{store} has {newer}")
    if not os.access(store, os.W_OK):
        return Check("store", False, f"{store} is read-only")
    upgrade = "" if version == SCHEMA_VERSION else f"; the next run upgrades it to {SCHEMA_VERSION}"
    return Check("store", True, f"{store} (schema {version}) is writable{upgrade}")


def storage_checks(cfg: Config) -> list[Check]:
    checks = [store_check(cfg.store_path)]
    holder = read_holder(lock_path(cfg.store_path))
    if holder.get("pid"):
        checks.append(
            Check("lock", True, f"held or left by pid {holder['pid']} ({holder.get('command')})")
        )
    folder = cfg.report_dir
    problem = _folder_problem(folder)
    detail = (
        str(folder) if folder.is_dir() else f"no folder yet at {folder}: the first run creates it"
    )
    checks.append(Check("report folder", problem is None, problem or detail))
    return checks


def doctor(config: ConfigOption = None) -> None:
    """Check that an unattended run will work, and say what to fix; changes nothing.

    Checks the config, the roster and the local files it names, token variables (never their
    values), the store and the report folder. Exit code 0 when all is fine, 2 otherwise.
    """
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
