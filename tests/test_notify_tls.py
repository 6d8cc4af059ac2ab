"""E-mail over TLS: STARTTLS and implicit TLS against a loopback server with its own
certificate. The server's certificate is verified (smtplib's default does not), and a password
never crosses the wire unencrypted."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from auditor.errors import UsageError
from auditor.notify import EmailSettings, Notifier, NotifySettings, parse_notify
from tests.loopback_smtp import LoopbackSmtp, self_signed, server_context, serving

ENV = {"SMTP_USER": "auditor", "SMTP_PASSWORD": "pw-123"}


@pytest.fixture(scope="module")
def cert(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return self_signed(tmp_path_factory.mktemp("tls"))


def settings(port: int, **kwargs: object) -> NotifySettings:
    email = EmailSettings(
        host="127.0.0.1",
        port=port,
        sender="auditor@acme.example",
        to=("hr@acme.example",),
        username_env="SMTP_USER",
        password_env="SMTP_PASSWORD",
        timeout=5.0,
    )
    return NotifySettings(email=replace(email, **kwargs))  # type: ignore[arg-type]


def send(notify: NotifySettings) -> tuple[bool, str]:
    import httpx

    with httpx.Client() as http:
        (outcome,) = Notifier(notify, http=http, environ=ENV).send("subject", "body")
    return outcome.ok, outcome.detail


@pytest.fixture
def starttls_server(cert: tuple[Path, Path]) -> Iterator[LoopbackSmtp]:
    with serving(LoopbackSmtp(starttls=server_context(*cert))) as server:
        yield server


@pytest.fixture
def tls_server(cert: tuple[Path, Path]) -> Iterator[LoopbackSmtp]:
    with serving(LoopbackSmtp(implicit_tls=server_context(*cert))) as server:
        yield server


def test_starttls_verifies_the_server_then_logs_in_encrypted(
    starttls_server: LoopbackSmtp, cert: tuple[Path, Path]
) -> None:
    ok, detail = send(settings(starttls_server.port, starttls=True, ca_file=str(cert[0])))
    assert ok, detail
    box = starttls_server.mailbox
    assert box.logins == ["\0auditor\0pw-123"]
    assert box.events == [("login", True), ("message", True)]


def test_implicit_tls_verifies_the_server_and_delivers(
    tls_server: LoopbackSmtp, cert: tuple[Path, Path]
) -> None:
    ok, detail = send(settings(tls_server.port, ssl=True, ca_file=str(cert[0])))
    assert ok, detail
    assert tls_server.mailbox.events == [("login", True), ("message", True)]


@pytest.mark.parametrize("mode", ["starttls", "ssl"])
def test_a_certificate_nobody_vouches_for_is_refused_before_the_password_is_sent(
    mode: str, starttls_server: LoopbackSmtp, tls_server: LoopbackSmtp
) -> None:
    # No ca_file: the system's CAs do not know the loopback server's self-signed certificate.
    server = starttls_server if mode == "starttls" else tls_server
    ok, detail = send(settings(server.port, **{mode: True}))
    assert not ok
    assert "SSLCertVerificationError" in detail
    assert server.mailbox.logins == [] and server.mailbox.messages == []


def test_starttls_required_but_not_offered_fails_without_logging_in() -> None:
    with serving(LoopbackSmtp()) as plain:  # offers no STARTTLS
        ok, detail = send(settings(plain.port, starttls=True))
        assert not ok and "SMTPNotSupportedError" in detail
        assert plain.mailbox.logins == [] and plain.mailbox.messages == []


def test_a_password_for_a_remote_server_without_tls_is_refused_at_load() -> None:
    table = {
        "email": {
            "host": "mail.acme.example",
            "from": "a@acme.example",
            "to": "hr@acme.example",
            "password_env": "SMTP_PASSWORD",
        }
    }
    with pytest.raises(UsageError, match="unencrypted: set starttls = true"):
        parse_notify(table, "auditor.toml")
    table["email"]["starttls"] = True  # type: ignore[index]
    assert parse_notify(table, "auditor.toml").email is not None
    local = {"email": {**table["email"], "starttls": False, "host": "localhost"}}
    assert parse_notify(local, "auditor.toml").email is not None  # a relay on this machine


def test_ca_file_is_found_next_to_the_config_and_a_missing_one_is_named(tmp_path: Path) -> None:
    (tmp_path / "corp-ca.pem").write_text("-----BEGIN CERTIFICATE-----\n", encoding="utf-8")
    email = {"host": "mail.acme.example", "from": "a@acme.example", "to": "hr@acme.example"}
    where = str(tmp_path / "auditor.toml")
    found = parse_notify({"email": {**email, "ssl": True, "ca_file": "corp-ca.pem"}}, where)
    assert found.email is not None and found.email.ca_file == str(tmp_path / "corp-ca.pem")
    with pytest.raises(UsageError, match=r"ca_file '.*missing\.pem' is not a file"):
        parse_notify({"email": {**email, "ssl": True, "ca_file": "missing.pem"}}, where)
