"""`auditor doctor`: checks config, roster, token variables, store and report folder, says
what to fix, exits 0 when all is fine and 2 otherwise, and never prints a secret."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor import runtime
from auditor.cli import app
from auditor.lock import RunLock
from auditor.store import SCHEMA_VERSION

runner = CliRunner()


def site(tmp_path: Path, extra: str = "", *, x_account: bool = False) -> Path:
    root = tmp_path / "site"
    shutil.copytree(runtime.sample_dir(), root)
    config = root / "auditor.toml"
    config.write_text(config.read_text(encoding="utf-8") + extra, encoding="utf-8")
    if x_account:
        with (root / "roster.csv").open("a", encoding="utf-8") as roster:
            roster.write("p09,Xavier Example,staff,x,@xavier_example,2025-01-01,,,HR-9\n")
    return config


def doctor(config: Path, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = runner.invoke(app, ["doctor", "--config", str(config)], env=env)
    return result.exit_code, result.stdout


def test_all_fine_exits_0(tmp_path: Path) -> None:
    code, out = doctor(site(tmp_path))
    assert code == 0, out
    assert "all checks passed" in out
    for name in ("config", "roster", "policy", "store", "report folder"):
        assert name in out
    assert "6 people" in out or "8 people" in out


def test_a_missing_token_is_named_and_its_value_never_printed(tmp_path: Path) -> None:
    config = site(tmp_path, '\n[sources.x]\nbearer_token_env = "ACME_X_TOKEN"\n', x_account=True)
    code, out = doctor(config, env={"ACME_X_TOKEN": ""})
    assert code == 2, out
    assert "$ACME_X_TOKEN" in out and "not set" in out and "export ACME_X_TOKEN" in out
    assert "1 problem(s) to fix" in out
    code, out = doctor(config, env={"ACME_X_TOKEN": "tok-very-secret-42"})
    assert code == 0, out
    assert "tok-very-secret-42" not in out


def test_notification_secrets_are_checked(tmp_path: Path) -> None:
    config = site(
        tmp_path,
        '\n[notify]\nwebhook_url_env = "HOOK_URL"\n[notify.email]\nhost = "127.0.0.1"\n'
        'from = "a@acme.example"\nto = "hr@acme.example"\npassword_env = "SMTP_PW"\n',
    )
    code, out = doctor(config, env={"HOOK_URL": "http://127.0.0.1/hook/zz-secret", "SMTP_PW": ""})
    assert code == 2, out
    assert "$SMTP_PW" in out and "zz-secret" not in out
    bad = site(tmp_path / "b", '\n[notify]\nwebhok_url_env = "HOOK_URL"\n')
    code, out = doctor(bad)
    assert code == 2 and "unknown key 'webhok_url_env' in [notify]" in out


def test_an_unwritable_report_folder_and_store_are_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    config = site(tmp_path, "")
    text = config.read_text(encoding="utf-8")
    text = text.replace('dir = "reports"', f'dir = "{blocker}/reports"')
    text = text.replace('path = "auditor.db"', f'path = "{blocker}/auditor.db"')
    config.write_text(text, encoding="utf-8")
    code, out = doctor(config)
    assert code == 2, out
    assert "FIX  store: " in out and "FIX  report folder: " in out
    assert "2 problem(s) to fix" in out


def test_a_broken_roster_and_a_missing_config_are_reported(tmp_path: Path) -> None:
    config = site(tmp_path)
    (config.parent / "roster.csv").write_text("person_id,name\np1,x\n", encoding="utf-8")
    code, out = doctor(config)
    assert code == 2 and "roster" in out
    code, out = doctor(tmp_path / "nothing.toml")
    assert code == 2 and "not found" in out


def test_a_config_holding_a_readable_secret_is_refused_with_chmod_advice(
    tmp_path: Path,
) -> None:
    config = site(tmp_path, '\n[notify]\nwebhook_url = "https://hooks.acme.example/T/B/zz9"\n')
    os.chmod(config, 0o644)
    code, out = doctor(config)
    assert code == 2
    assert "chmod 600" in out and "notify.webhook_url" in out and "zz9" not in out
    os.chmod(config, 0o600)
    code, out = doctor(config)
    assert code == 0, out


def test_a_run_in_progress_is_mentioned(tmp_path: Path) -> None:
    config = site(tmp_path)
    with RunLock(config.parent / "auditor.db", command="run"):
        code, out = doctor(config)
    assert code == 0, out
    assert f"held or left by pid {os.getpid()} (run)" in out


@pytest.mark.parametrize("with_store", [False, True])
def test_the_store_is_checked_when_it_exists(tmp_path: Path, with_store: bool) -> None:
    config = site(tmp_path)
    if with_store:
        assert runner.invoke(app, ["run", "--config", str(config)]).exit_code == 0
    code, out = doctor(config)
    assert code == 0, out
    if with_store:
        assert f"auditor.db (schema {SCHEMA_VERSION}) is writable" in out
    else:
        assert "auditor.db (schema" not in out
        assert "no store yet at " in out and "the first run creates it" in out


def tree(root: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(root)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
    }


def test_doctor_creates_no_folder_or_file(tmp_path: Path) -> None:
    config = site(tmp_path)
    text = config.read_text(encoding="utf-8")
    text = text.replace('dir = "reports"', 'dir = "rep/y"')
    text = text.replace('path = "auditor.db"', 'path = "st/x/auditor.db"')
    config.write_text(text, encoding="utf-8")
    before = tree(tmp_path)
    code, out = doctor(config)
    assert code == 0, out
    assert tree(tmp_path) == before
    assert f"no store yet at {config.parent / 'st/x/auditor.db'}: the first run creates it" in out
    assert f"no folder yet at {config.parent / 'rep/y'}: the first run creates it" in out


def test_doctor_reads_an_existing_store_without_changing_it(tmp_path: Path) -> None:
    config = site(tmp_path)
    assert runner.invoke(app, ["run", "--config", str(config)]).exit_code == 0
    before = tree(tmp_path)
    code, out = doctor(config)
    assert code == 0, out
    assert tree(tmp_path) == before  # no -wal or -shm file left behind either


def test_a_missing_roster_file_is_a_problem_with_its_roster_line(tmp_path: Path) -> None:
    config = site(tmp_path)
    root = config.parent
    (root / "posts" / "p03.jsonl").unlink()
    (root / "posts" / "p06.jsonl").unlink()  # p06 revoked consent: the run never reads it
    code, out = doctor(config)
    assert code == 2, out
    assert (
        f"FIX  roster file: {root / 'roster.csv'}, line 4: the jsonl file "
        f"{root / 'posts' / 'p03.jsonl'} of p03 is missing" in out
    )
    assert "p06.jsonl" not in out
    assert "1 problem(s) to fix" in out


def test_a_store_from_a_newer_auditor_is_named_by_doctor_and_refused_by_run(
    tmp_path: Path,
) -> None:
    config = site(tmp_path)
    store = config.parent / "auditor.db"
    conn = sqlite3.connect(store)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    newer = f"schema 99, newer than this auditor ({SCHEMA_VERSION}): upgrade auditor"
    code, out = doctor(config)
    assert code != 0 and f"{store} has {newer}" in out
    result = runner.invoke(app, ["run", "--config", str(config)])
    assert result.exit_code != 0 and f"the store has {newer}" in result.output


def test_a_store_of_schema_4_is_named_as_one_the_next_run_upgrades(tmp_path: Path) -> None:
    """Schema 5 records where reports were written; doctor reads an older store as it is."""
    config = site(tmp_path)
    assert runner.invoke(app, ["run", "--config", str(config)]).exit_code == 0
    store = config.parent / "auditor.db"
    conn = sqlite3.connect(store)
    conn.execute("DROP TABLE IF EXISTS report_dirs")
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()
    code, out = doctor(config)
    assert code == 0, out
    assert f"(schema 4) is writable; the next run upgrades it to {SCHEMA_VERSION}" in out
    conn = sqlite3.connect(store)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 4  # doctor changed nothing
    conn.close()


@pytest.mark.parametrize("command", ["run", "scan"])
def test_a_missing_policy_stops_run_and_scan_before_anything_is_written(
    tmp_path: Path, command: str
) -> None:
    config = site(tmp_path, '\n[policy]\npath = "nope.toml"\n')
    before = tree(tmp_path)
    args = [command, "--config", str(config)]
    if command == "scan":
        args += ["--person", "p01"]
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert "nope.toml: cannot read policy file" in result.output
    assert tree(tmp_path) == before  # no store, no reports folder
