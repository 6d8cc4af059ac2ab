"""Secrets never leak: not in output, logs, reports, the store or notifications; and a config
file holding a secret must not be readable by others."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from auditor import runtime
from auditor.errors import UsageError
from auditor.secrets import check_config_file, literal_secret_keys
from tests.test_notify import Hook, Mailbox
from tests.test_notify import smtp as smtp
from tests.test_notify import webhook as webhook

TOKEN = "xtok-SECRET-7f3a9c"
HOOK_PATH = "/services/T0/B0/hooksecret-91b2"
SMTP_PASSWORD = "smtp-SECRET-55e1"
AUDITOR = [sys.executable, "-c", "from auditor.cli import main; main()"]


def write(path: Path, body: str, mode: int) -> Path:
    path.write_text(body, encoding="utf-8")
    os.chmod(path, mode)
    return path


@pytest.mark.parametrize(
    ("body", "keys"),
    [
        ('[sources.x]\nbearer_token = "abc"\n', ["sources.x.bearer_token"]),
        ('[notify]\nwebhook_url = "https://h.example/x"\n', ["notify.webhook_url"]),
        ('[notify.email]\npassword = "pw"\n', ["notify.email.password"]),
        ('api_key = "k"\nclient_secret = "s"\n', ["api_key", "client_secret"]),
        ('[sources.x]\nbearer_token_env = "X_BEARER_TOKEN"\n', []),
        ('[notify.email]\npassword_env = "PW"\npassword = ""\n', []),
    ],
)
def test_literal_secrets_are_found_by_key_name(tmp_path: Path, body: str, keys: list[str]) -> None:
    import tomllib

    assert sorted(literal_secret_keys(tomllib.loads(body))) == keys


def test_a_readable_config_with_a_secret_is_refused_and_the_value_not_echoed(
    tmp_path: Path,
) -> None:
    body = '[sources.x]\nbearer_token = "tok-visible-123"\n'
    for mode in (0o644, 0o640, 0o604):
        path = write(tmp_path / "auditor.toml", body, mode)
        with pytest.raises(UsageError) as caught:
            check_config_file(path)
        assert f"chmod 600 {path}" in caught.value.message
        assert "sources.x.bearer_token" in caught.value.message
        assert "tok-visible-123" not in caught.value.message
    check_config_file(write(tmp_path / "auditor.toml", body, 0o600))
    check_config_file(write(tmp_path / "auditor.toml", body, 0o400))
    check_config_file(write(tmp_path / "plain.toml", '[roster]\npath = "r.csv"\n', 0o644))
    check_config_file(None)


def test_commands_refuse_such_a_config_with_exit_2(tmp_path: Path) -> None:
    root = tmp_path / "site"
    shutil.copytree(runtime.sample_dir(), root)
    config = root / "auditor.toml"
    config.write_text(
        config.read_text(encoding="utf-8") + '\n[notify]\nwebhook_url = "https://h.example/zz"\n'
    )
    os.chmod(config, 0o644)
    for args in (["run"], ["scan", "p03"], ["purge"], ["review", "list"]):
        done = subprocess.run(
            [*AUDITOR, *args, "--config", str(config)], capture_output=True, text=True, check=False
        )
        assert done.returncode == 2, (args, done.stderr)
        assert "chmod 600" in done.stderr and "h.example/zz" not in done.stderr
    assert not (root / "auditor.db").exists()


def everything_under(root: Path) -> bytes:
    return b"\n".join(p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file())


def test_no_secret_appears_in_output_logs_reports_store_or_notifications(
    tmp_path: Path, webhook: tuple[str, Hook], smtp: tuple[int, Mailbox]
) -> None:
    url, hook = webhook
    port, box = smtp
    hook_url = url.split("/hooks/")[0] + HOOK_PATH
    env = {
        **os.environ,
        "X_BEARER_TOKEN": TOKEN,
        "AUDITOR_WEBHOOK_URL": hook_url,
        "AUDITOR_SMTP_USER": "auditor",
        "AUDITOR_SMTP_PASSWORD": SMTP_PASSWORD,
    }
    outputs: list[str] = []
    roots: list[Path] = []
    for name, status in (("works", 200), ("fails", 500)):
        root = tmp_path / name
        shutil.copytree(runtime.sample_dir(), root)
        config = root / "auditor.toml"
        config.write_text(
            config.read_text(encoding="utf-8")
            + f"""
[sources.x]
bearer_token_env = "X_BEARER_TOKEN"
[notify]
webhook_url_env = "AUDITOR_WEBHOOK_URL"
min_band = "low"
[notify.email]
host = "127.0.0.1"
port = {port if status == 200 else 9}
from = "auditor@acme.example"
to = ["hr@acme.example"]
username_env = "AUDITOR_SMTP_USER"
password_env = "AUDITOR_SMTP_PASSWORD"
""",
            encoding="utf-8",
        )
        hook.status = status
        for args in (
            ["-vv", "--log-format", "json", "run", "--config", str(config)],
            ["-v", "run", "--config", str(config)],
            ["-v", "doctor", "--config", str(config)],
            ["-v", "review", "list", "--config", str(config)],
        ):
            done = subprocess.run(
                [*AUDITOR, *args], capture_output=True, text=True, env=env, check=False
            )
            assert done.returncode in (0, 2), done.stderr
            outputs += [done.stdout, done.stderr]
        roots.append(root)
    # Both channels were really used, so the secrets were really read.
    assert hook.received and box.messages and box.logins
    assert any("notification by webhook failed" in o for o in outputs)
    assert any("notification by email failed" in o for o in outputs)
    sent = [body for _, _, body in hook.received] + [raw for _, _, raw in box.messages]
    haystack = "\n".join(outputs).encode() + b"\n".join(sent)
    for root in roots:
        assert (root / "reports" / "index.html").is_file()
        haystack += everything_under(root)  # store (and its WAL), reports, lock file
    for secret in (TOKEN, HOOK_PATH, "hooksecret", SMTP_PASSWORD):
        assert secret.encode() not in haystack, secret
