"""Notifications after a run: [notify] validation, the message (no post text), a chat
webhook and e-mail, each tested against a loopback server; failures never fail the run."""

from __future__ import annotations

import json
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from auditor import runtime
from auditor.cli import app
from auditor.errors import UsageError
from auditor.notify import EmailSettings, Notifier, NotifySettings, message, parse_notify
from auditor.review import list_items
from auditor.store import Store
from tests.loopback_smtp import LoopbackSmtp, Mailbox, serving
from tests.test_review import seeded as seeded  # a fixture

# -- loopback servers ----------------------------------------------------------------------


@dataclass
class Hook:
    status: int = 200
    received: list[tuple[str, dict[str, str], bytes]] = field(default_factory=list)


class _HookHandler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        hook: Hook = self.server.hook  # type: ignore[attr-defined]
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        hook.received.append((self.path, dict(self.headers), body))
        self.send_response(hook.status)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def webhook() -> Iterator[tuple[str, Hook]]:
    """A chat webhook on 127.0.0.1: (its URL, what it received)."""
    server = HTTPServer(("127.0.0.1", 0), _HookHandler)
    server.hook = Hook()  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/hooks/T000/B000/s3cr3t", server.hook  # type: ignore[attr-defined]
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture
def smtp() -> Iterator[tuple[int, Mailbox]]:
    """An SMTP server on 127.0.0.1: (its port, what it received)."""
    with serving(LoopbackSmtp()) as server:
        yield server.port, server.mailbox


def mail_of(raw: bytes) -> Message:
    return message_from_bytes(raw)


# -- [notify] validation ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "error"),
    [
        ({"webhook": "x"}, "unknown key 'webhook' in [notify]"),
        ({"min_band": "severe"}, "min_band must be one of low, medium, high, critical"),
        ({"webhook_url_env": "https://hooks.example/abc"}, "must be the NAME of an environment"),
        ({"top": 0}, "top must be at least 1"),
        ({"email": {"host": "h", "from": "a@b", "to": ["c@d"], "pasword": "x"}}, "'pasword'"),
        ({"email": {"host": "h", "from": "a@b"}}, "[notify.email] to is required"),
        ({"email": {"host": "h", "from": "a@b", "to": "nobody"}}, "to must be e-mail addresses"),
        ({"email": {"host": "h", "from": "a@b", "to": "c@d", "port": "25"}}, "wrong type"),
    ],
)
def test_the_notify_table_is_checked_and_errors_name_the_key(
    table: dict[str, object], error: str
) -> None:
    with pytest.raises(UsageError) as caught:
        parse_notify(table, "auditor.toml")
    assert error in caught.value.message
    assert "hooks.example/abc" not in caught.value.message  # a pasted secret is not echoed


def test_valid_settings_with_defaults() -> None:
    settings = parse_notify(
        {
            "webhook_url_env": "AUDITOR_WEBHOOK_URL",
            "email": {"host": "smtp.local", "from": "a@b.example", "to": "hr@b.example"},
        },
        "auditor.toml",
    )
    assert settings.enabled and settings.min_band == "high" and settings.top == 10
    assert settings.email is not None
    assert (settings.email.port, settings.email.to) == (25, ("hr@b.example",))
    assert not parse_notify({}, "auditor.toml").enabled


# -- the message -----------------------------------------------------------------------------


def test_the_message_has_counts_people_categories_and_rules_but_no_post_text(
    seeded: Store,
) -> None:
    seeded.conn.execute("UPDATE posts SET text = 'my private words about Project Falcon'")
    items = [i for i in list_items(seeded) if i.band == "high"]
    subject, body = message(
        items, run_id="20261124-020000", min_band="high", report="/r/index.html", top=2
    )
    assert subject == "auditor: 2 post(s) at high or above in run 20261124-020000 (1 people)"
    assert "By band: high 2." in body
    assert "- p1 · confidential · high · confidential.codename" in body
    assert "Report: /r/index.html" in body
    assert "... and 1 more person/category pairs." in body
    for private in ("private words", "Falcon", "damn"):  # matched words and post text
        assert private not in body and private not in subject


# -- channels ------------------------------------------------------------------------------


def notifier(settings: NotifySettings, environ: dict[str, str]) -> Notifier:
    return Notifier(settings, http=httpx.Client(), environ=environ)


def test_the_webhook_gets_a_slack_and_teams_compatible_json_text(
    webhook: tuple[str, Hook],
) -> None:
    url, hook = webhook
    settings = NotifySettings(webhook_url_env="HOOK_URL")
    (outcome,) = notifier(settings, {"HOOK_URL": url}).send("subject", "line 1\nline 2")
    assert outcome.ok and outcome.channel == "webhook"
    ((path, headers, body),) = hook.received
    assert path == "/hooks/T000/B000/s3cr3t"
    assert headers["Content-Type"] == "application/json"
    assert json.loads(body) == {"text": "line 1\nline 2"}


def test_webhook_failures_are_reported_without_the_url(webhook: tuple[str, Hook]) -> None:
    url, hook = webhook
    hook.status = 500
    settings = NotifySettings(webhook_url_env="HOOK_URL")
    (failed,) = notifier(settings, {"HOOK_URL": url}).send("s", "b")
    assert not failed.ok and failed.detail == "the webhook answered HTTP 500"
    (unset,) = notifier(settings, {}).send("s", "b")
    assert not unset.ok and unset.detail == "$HOOK_URL is not set"
    closed = "http://127.0.0.1:9/hooks/s3cr3t"  # the discard port: nothing listens
    (refused,) = notifier(settings, {"HOOK_URL": closed}).send("s", "b")
    assert not refused.ok and refused.detail.startswith("could not send (")
    for outcome in (failed, unset, refused):
        assert "s3cr3t" not in outcome.detail and "127.0.0.1" not in outcome.detail


def test_email_is_sent_with_login_from_the_environment(smtp: tuple[int, Mailbox]) -> None:
    port, box = smtp
    settings = NotifySettings(
        email=EmailSettings(
            host="127.0.0.1",
            port=port,
            sender="auditor@acme.example",
            to=("hr@acme.example", "lead@acme.example"),
            username_env="SMTP_USER",
            password_env="SMTP_PASSWORD",
        )
    )
    env = {"SMTP_USER": "auditor", "SMTP_PASSWORD": "pw-123"}
    (outcome,) = notifier(settings, env).send("auditor: 2 posts", "the body")
    assert outcome.ok, outcome.detail
    assert box.logins == ["\0auditor\0pw-123"]
    ((sender, rcpts, raw),) = box.messages
    assert sender == "auditor@acme.example"
    assert rcpts == ["hr@acme.example", "lead@acme.example"]
    mail = mail_of(raw)
    assert mail["Subject"] == "auditor: 2 posts"
    assert mail.get_payload(decode=True).replace(b"\r\n", b"\n") == b"the body\n"


def test_email_failures_are_reported(smtp: tuple[int, Mailbox]) -> None:
    port, _ = smtp
    cfg = EmailSettings(host="127.0.0.1", port=9, sender="a@b.example", to=("c@d.example",))
    (refused,) = notifier(NotifySettings(email=cfg), {}).send("s", "b")
    assert not refused.ok and refused.detail.startswith("could not send (")
    no_password = EmailSettings(
        host="127.0.0.1", port=port, sender="a@b.example", to=("c@d.example",),
        password_env="SMTP_PASSWORD",
    )  # fmt: skip
    (unset,) = notifier(NotifySettings(email=no_password), {}).send("s", "b")
    assert not unset.ok and unset.detail == "$SMTP_PASSWORD is not set"


# -- after a run ---------------------------------------------------------------------------


def site(tmp_path: Path, notify: str) -> Path:
    root = tmp_path / "site"
    shutil.copytree(runtime.sample_dir(), root)
    config = root / "auditor.toml"
    config.write_text(config.read_text(encoding="utf-8") + notify, encoding="utf-8")
    return config


def test_a_run_notifies_both_channels_when_findings_reach_min_band(
    tmp_path: Path,
    webhook: tuple[str, Hook],
    smtp: tuple[int, Mailbox],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url, hook = webhook
    port, box = smtp
    monkeypatch.setenv("AUDITOR_WEBHOOK_URL", url)
    config = site(
        tmp_path,
        f"""
[notify]
webhook_url_env = "AUDITOR_WEBHOOK_URL"
min_band = "critical"
report_url = "https://intranet.acme.example/auditor/"
[notify.email]
host = "127.0.0.1"
port = {port}
from = "auditor@acme.example"
to = ["hr@acme.example"]
""",
    )
    result = CliRunner().invoke(app, ["run", "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert "notification by webhook: sent" in result.stdout
    assert "notification by email: sent" in result.stdout
    text = json.loads(hook.received[0][2])["text"]
    run_id = Path(result.stdout.strip().splitlines()[-1]).parent.name
    assert f"in run {run_id}" in text
    assert f"Report: https://intranet.acme.example/auditor/{run_id}/index.html" in text
    assert "· critical ·" in text and "· high ·" not in text
    mail = mail_of(box.messages[0][2])
    assert str(mail.get_payload(decode=True), "utf-8").replace("\r\n", "\n").rstrip() == text
    # Nothing new the second time: no second notification.
    again = CliRunner().invoke(app, ["run", "--config", str(config)])
    assert again.exit_code == 0 and len(hook.received) == 1 and len(box.messages) == 1


def test_a_failed_notification_is_reported_and_does_not_fail_the_run(
    tmp_path: Path, webhook: tuple[str, Hook], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, hook = webhook
    hook.status = 403
    monkeypatch.setenv("AUDITOR_WEBHOOK_URL", url)
    config = site(tmp_path, '\n[notify]\nwebhook_url_env = "AUDITOR_WEBHOOK_URL"\n')
    result = CliRunner().invoke(app, ["run", "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert "notification by webhook: FAILED (the webhook answered HTTP 403)" in result.stdout
    assert "notification by webhook failed: the webhook answered HTTP 403" in result.stderr
    assert "s3cr3t" not in result.output
