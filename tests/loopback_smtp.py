"""A loopback SMTP server for the notification tests: plain, STARTTLS or implicit TLS.

Just enough SMTP for smtplib: EHLO, STARTTLS, AUTH PLAIN, MAIL, RCPT, DATA, QUIT. It records
each login and message together with whether the session was encrypted at that moment, so a
test can prove that a password never crossed the wire in clear.
"""

from __future__ import annotations

import base64
import shutil
import socket
import socketserver
import ssl
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Mailbox:
    messages: list[tuple[str, list[str], bytes]] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)
    # (what, encrypted): "login" or "message", and whether TLS was on when it arrived
    events: list[tuple[str, bool]] = field(default_factory=list)


class _SmtpHandler(socketserver.StreamRequestHandler):
    def reply(self, line: str) -> None:
        self.wfile.write(line.encode() + b"\r\n")

    def _start_tls(self, context: ssl.SSLContext) -> None:
        tls = context.wrap_socket(self.connection, server_side=True)
        self.connection = self.request = tls
        self.rfile = tls.makefile("rb")
        self.wfile = tls.makefile("wb", buffering=0)

    def handle(self) -> None:
        server: LoopbackSmtp = self.server  # type: ignore[assignment]
        box = server.mailbox
        encrypted = isinstance(self.connection, ssl.SSLSocket)
        sender, rcpts = "", []
        self.reply("220 localhost test SMTP")
        while True:
            raw = self.rfile.readline()
            if not raw:
                return
            line = raw.decode().rstrip("\r\n")
            verb = line.split(" ", 1)[0].upper()
            if verb in ("EHLO", "HELO"):
                self.reply("250-localhost")
                if server.starttls is not None and not encrypted:
                    self.reply("250-STARTTLS")
                self.reply("250 AUTH PLAIN")
            elif verb == "STARTTLS" and server.starttls is not None and not encrypted:
                self.reply("220 2.0.0 ready to start TLS")
                try:
                    self._start_tls(server.starttls)
                except (ssl.SSLError, OSError):
                    return  # the client refused our certificate
                encrypted = True
            elif verb == "AUTH":
                _, _, blob = line.split(" ", 2)
                box.logins.append(base64.b64decode(blob).decode())
                box.events.append(("login", encrypted))
                self.reply("235 2.7.0 authenticated")
            elif verb == "MAIL":
                sender = line.split(":", 1)[1].strip().split()[0].strip("<>")
                self.reply("250 OK")
            elif verb == "RCPT":
                rcpts.append(line.split(":", 1)[1].strip().strip("<>"))
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 go on")
                data = b""
                while (chunk := self.rfile.readline()) not in (b".\r\n", b""):
                    data += chunk[1:] if chunk.startswith(b"..") else chunk
                box.messages.append((sender, rcpts, data))
                box.events.append(("message", encrypted))
                sender, rcpts = "", []
                self.reply("250 queued")
            elif verb in ("RSET", "NOOP"):
                self.reply("250 OK")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("502 not implemented")


class LoopbackSmtp(socketserver.ThreadingTCPServer):
    daemon_threads = True

    def __init__(
        self,
        *,
        starttls: ssl.SSLContext | None = None,
        implicit_tls: ssl.SSLContext | None = None,
    ) -> None:
        super().__init__(("127.0.0.1", 0), _SmtpHandler)
        self.mailbox = Mailbox()
        self.starttls = starttls
        self.implicit_tls = implicit_tls

    def get_request(self) -> tuple[socket.socket, object]:
        conn, addr = super().get_request()
        if self.implicit_tls is not None:
            conn.settimeout(5)
            try:
                conn = self.implicit_tls.wrap_socket(conn, server_side=True)
            except (ssl.SSLError, OSError):
                conn.close()
                raise
        return conn, addr

    @property
    def port(self) -> int:
        return int(self.server_address[1])


@contextmanager
def serving(server: LoopbackSmtp) -> Iterator[LoopbackSmtp]:
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def self_signed(directory: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 and localhost, and its key, made with the openssl tool."""
    openssl = shutil.which("openssl")
    if openssl is None:  # pragma: no cover - Debian and the CI image have it
        raise RuntimeError("the openssl command is needed to make a test certificate")
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        [
            openssl,
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=IP:127.0.0.1,DNS:localhost",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


def server_context(cert: Path, key: Path) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    return context
