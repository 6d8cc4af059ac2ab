"""Tell people after a run: a chat webhook (Slack and Teams) and e-mail.

Configured in `[notify]` of auditor.toml (checked here: unknown keys are errors naming them):

    [notify]
    webhook_url_env = "AUDITOR_WEBHOOK_URL"  # the NAME of the variable holding the URL
    min_band = "high"                        # notify when a finding reaches this band
    report_url = "https://intranet.example/auditor"  # optional: where reports are published
    top = 10                                 # findings listed in the message

    [notify.email]
    host = "smtp.example.org"
    port = 587
    from = "auditor@example.org"
    to = ["hr@example.org"]
    starttls = true
    username_env = "AUDITOR_SMTP_USER"
    password_env = "AUDITOR_SMTP_PASSWORD"
    ca_file = "/etc/ssl/certs/corp-ca.pem"   # optional: a private CA for the mail server

TLS (`starttls` or `ssl`) always verifies the server's certificate and name, against the system's
CAs or `ca_file` (relative to the config file). A password is never sent unencrypted, except to a
relay on this machine (localhost).

The webhook URL and the SMTP password are secrets: they come from the environment (`*_env`) or,
only in a config file nobody else can read (chmod 600, see `auditor.secrets`), from literal
`webhook_url` / `password` keys. The message holds counts, person ids, categories, bands and
rule ids, and where the report is: never post text, matched words or any secret. A failed
notification is logged and returned; it never fails the run. Errors are described by type and
status only, because an exception's text can hold the URL.
"""

from __future__ import annotations

import ipaddress
import logging
import re
import smtplib
import ssl
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import httpx

from auditor.config import located
from auditor.errors import UsageError
from auditor.review import ReviewItem
from auditor.scoring.types import BANDS, band_rank

log = logging.getLogger(__name__)

_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,127}")
_TOP_KEYS = {
    "webhook_url_env": str,
    "webhook_url": str,
    "min_band": str,
    "report_url": str,
    "top": int,
    "timeout": (int, float),
    "email": dict,
}
_EMAIL_KEYS = {
    "host": str,
    "port": int,
    "from": str,
    "to": (str, list),
    "starttls": bool,
    "ssl": bool,
    "username_env": str,
    "password_env": str,
    "password": str,
    "timeout": (int, float),
    "ca_file": str,
}


@dataclass(frozen=True, slots=True)
class EmailSettings:
    host: str
    port: int
    sender: str
    to: tuple[str, ...]
    starttls: bool = False
    ssl: bool = False
    username_env: str | None = None
    password_env: str | None = None
    password: str | None = field(default=None, repr=False)
    timeout: float = 20.0
    ca_file: str | None = None  # PEM file of the CA(s) the server's certificate must chain to


@dataclass(frozen=True, slots=True)
class NotifySettings:
    webhook_url_env: str | None = None
    webhook_url: str | None = field(default=None, repr=False)
    min_band: str = "high"
    report_url: str | None = None
    top: int = 10
    timeout: float = 10.0
    email: EmailSettings | None = None

    @property
    def enabled(self) -> bool:
        return bool(self.webhook_url_env or self.webhook_url or self.email)


def _check_types(
    table: Mapping[str, Any], schema: Mapping[str, Any], name: str, where: str
) -> None:
    for key, value in table.items():
        if key not in schema:
            raise UsageError(
                f"{located(where, *name.split('.'), key)}: unknown key '{key}' in [{name}] "
                f"(known: {', '.join(schema)})"
            )
        expected = schema[key]
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            raise UsageError(f"{where}: [{name}] {key} has the wrong type")


def _env_name(value: str, key: str, name: str, where: str) -> str:
    if not _ENV_NAME.fullmatch(value):
        # Never echo the value: someone may have pasted the secret itself here.
        raise UsageError(
            f"{where}: [{name}] {key} must be the NAME of an environment variable "
            "(letters, digits, _), not the secret"
        )
    return value


def parse_notify(table: Mapping[str, Any], where: str) -> NotifySettings:
    """Settings from the `[notify]` table; `where` names the config file in messages."""
    _check_types(table, _TOP_KEYS, "notify", where)
    min_band = table.get("min_band", "high")
    if min_band not in BANDS[1:]:
        raise UsageError(f"{where}: [notify] min_band must be one of {', '.join(BANDS[1:])}")
    top = int(table.get("top", 10))
    if top < 1:
        raise UsageError(f"{where}: [notify] top must be at least 1")
    webhook_env = table.get("webhook_url_env")
    if webhook_env is not None:
        _env_name(webhook_env, "webhook_url_env", "notify", where)
    webhook_url = table.get("webhook_url")
    if webhook_url is not None and not re.match(r"https?://", webhook_url):
        raise UsageError(f"{where}: [notify] webhook_url must be an http:// or https:// address")
    email = _parse_email(table["email"], where) if "email" in table else None
    return NotifySettings(
        webhook_url_env=webhook_env,
        webhook_url=webhook_url,
        min_band=min_band,
        report_url=table.get("report_url"),
        top=top,
        timeout=float(table.get("timeout", 10.0)),
        email=email,
    )


def _parse_email(table: Mapping[str, Any], where: str) -> EmailSettings:
    name = "notify.email"
    _check_types(table, _EMAIL_KEYS, name, where)
    for key in ("host", "from", "to"):
        if not table.get(key):
            raise UsageError(f"{where}: [{name}] {key} is required")
    to = table["to"]
    recipients = (to,) if isinstance(to, str) else tuple(to)
    if not all(isinstance(r, str) and "@" in r for r in recipients):
        raise UsageError(f"{where}: [{name}] to must be e-mail addresses")
    for key in ("username_env", "password_env"):
        if key in table:
            _env_name(table[key], key, name, where)
    if table.get("starttls") and table.get("ssl"):
        raise UsageError(f"{where}: [{name}] choose starttls or ssl, not both")
    port = int(table.get("port", 465 if table.get("ssl") else 587 if table.get("starttls") else 25))
    tls = bool(table.get("starttls") or table.get("ssl"))
    if (table.get("password_env") or table.get("password")) and not (
        tls or _is_local(table["host"])
    ):
        raise UsageError(
            f"{where}: [{name}] a password would go to {table['host']} unencrypted: "
            "set starttls = true (port 587) or ssl = true (port 465)"
        )
    ca_file = None
    if "ca_file" in table:
        ca_path = Path(where).parent / Path(table["ca_file"]).expanduser()
        if not ca_path.is_file():
            raise UsageError(f"{where}: [{name}] ca_file {str(ca_path)!r} is not a file")
        ca_file = str(ca_path)
    return EmailSettings(
        host=table["host"],
        port=port,
        sender=table["from"],
        to=recipients,
        starttls=bool(table.get("starttls", False)),
        ssl=bool(table.get("ssl", False)),
        username_env=table.get("username_env"),
        password_env=table.get("password_env"),
        password=table.get("password"),
        timeout=float(table.get("timeout", 20.0)),
        ca_file=ca_file,
    )


def _is_local(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True, slots=True)
class Outcome:
    channel: str  # "webhook" or "email"
    ok: bool
    detail: str  # safe to print: no URL, no secret


def message(
    items: Sequence[ReviewItem],
    *,
    run_id: str,
    min_band: str,
    report: str,
    top: int = 10,
    failed_accounts: int = 0,
) -> tuple[str, str]:
    """(subject, body) of the notification. Ids, categories, bands and rules only."""
    posts = {(i.network, i.post_id): i.band for i in items}
    bands = Counter(posts.values())
    people = {i.person_id for i in items}
    by_band = ", ".join(f"{b} {bands[b]}" for b in reversed(BANDS) if bands.get(b))
    subject = (
        f"auditor: {len(posts)} post(s) at {min_band} or above in run {run_id} "
        f"({len(people)} people)"
    )
    lines = [subject, f"By band: {by_band}."]
    groups: Counter[tuple[str, str]] = Counter()
    worst: dict[tuple[str, str], ReviewItem] = {}
    for i in items:
        key = (i.person_id, i.category)
        groups[key] += 1
        if key not in worst or band_rank(i.band) > band_rank(worst[key].band):
            worst[key] = i
    ranked = sorted(groups, key=lambda k: (-band_rank(worst[k].band), -groups[k], k[0], k[1]))
    lines.append("Top findings (person, category, band, rule):")
    for key in ranked[:top]:
        w = worst[key]
        more = f" (+{groups[key] - 1} more)" if groups[key] > 1 else ""
        lines.append(f"- {w.person_id} · {w.category} · {w.band} · {w.rule}{more}")
    if len(ranked) > top:
        lines.append(f"... and {len(ranked) - top} more person/category pairs.")
    if failed_accounts:
        lines.append(f"{failed_accounts} account(s) could not be read in this run.")
    lines.append(f"Report: {report}")
    lines.append("Each flag is a lead for a person to review, not a verdict.")
    return subject, "\n".join(lines)


SmtpFactory = Callable[[EmailSettings], smtplib.SMTP]


def tls_context(settings: EmailSettings) -> ssl.SSLContext:
    """Certificate and host name checked (smtplib's own default context checks neither)."""
    return ssl.create_default_context(cafile=settings.ca_file)


def _smtp(settings: EmailSettings) -> smtplib.SMTP:
    if settings.ssl:
        return smtplib.SMTP_SSL(
            settings.host, settings.port, timeout=settings.timeout, context=tls_context(settings)
        )
    return smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)


class Notifier:
    """Sends one run's notification on every configured channel; never raises."""

    def __init__(
        self,
        settings: NotifySettings,
        *,
        http: httpx.Client,
        environ: Mapping[str, str],
        smtp_factory: SmtpFactory = _smtp,
    ) -> None:
        self.settings = settings
        self.http = http
        self.environ = environ
        self.smtp_factory = smtp_factory

    def send(self, subject: str, body: str) -> list[Outcome]:
        outcomes: list[Outcome] = []
        if self.settings.webhook_url or self.settings.webhook_url_env:
            outcomes.append(self._webhook(body))
        if self.settings.email is not None:
            outcomes.append(self._email(self.settings.email, subject, body))
        for o in outcomes:
            if o.ok:
                log.info("notification sent by %s", o.channel, extra={"channel": o.channel})
            else:
                log.warning(
                    "notification by %s failed: %s",
                    o.channel,
                    o.detail,
                    extra={"channel": o.channel},
                )
        return outcomes

    def _webhook(self, body: str) -> Outcome:
        url = self.settings.webhook_url
        env = self.settings.webhook_url_env
        if env:
            url = self.environ.get(env, "").strip() or None
            if url is None:
                return Outcome("webhook", False, f"${env} is not set")
        assert url is not None
        try:
            # {"text": ...} is what Slack incoming webhooks and Teams connectors both accept.
            response = self.http.post(url, json={"text": body}, timeout=self.settings.timeout)
        except httpx.HTTPError as exc:
            return Outcome("webhook", False, f"could not send ({type(exc).__name__})")
        if response.status_code >= 400:
            return Outcome("webhook", False, f"the webhook answered HTTP {response.status_code}")
        return Outcome("webhook", True, f"HTTP {response.status_code}")

    def _email(self, cfg: EmailSettings, subject: str, body: str) -> Outcome:
        mail = EmailMessage()
        mail["Subject"] = subject
        mail["From"] = cfg.sender
        mail["To"] = ", ".join(cfg.to)
        mail.set_content(body)
        user = self.environ.get(cfg.username_env, "") if cfg.username_env else ""
        password = cfg.password or ""
        if cfg.password_env:
            password = self.environ.get(cfg.password_env, "")
            if not password:
                return Outcome("email", False, f"${cfg.password_env} is not set")
        try:
            with self.smtp_factory(cfg) as smtp:
                if cfg.starttls:
                    # (a server that does not offer STARTTLS fails here, before any login)
                    smtp.starttls(context=tls_context(cfg))
                if password:
                    smtp.login(user or cfg.sender, password)
                refused = smtp.send_message(mail)
        except smtplib.SMTPResponseException as exc:
            return Outcome("email", False, f"the mail server answered {exc.smtp_code}")
        except (smtplib.SMTPException, OSError) as exc:
            return Outcome("email", False, f"could not send ({type(exc).__name__})")
        if refused:
            return Outcome("email", False, f"{len(refused)} recipient(s) refused")
        return Outcome("email", True, f"sent to {len(cfg.to)} recipient(s)")
