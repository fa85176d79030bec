"""The shop's mail server: its settings (in the database, owners only, audited), its password (in
the system keyring, never in the database) and handing one message to it.
"""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any

from merchant_refunds.domain.errors import InvalidInput, Refused
from merchant_refunds.domain.lifecycle import Role
from merchant_refunds.services import audit
from merchant_refunds.services.shop_settings import read_setting, write_setting
from merchant_refunds.services.users import Actor, require_role
from merchant_refunds.storage.db import write_transaction

SMTP_KEY = "smtp"


KEYRING_SERVICE = "merchant-refunds-smtp"


SMTP_TIMEOUT_S = 10


@dataclass(frozen=True)
class SmtpSettings:
    host: str = ""
    port: int = 587
    security: str = "starttls"  # starttls | ssl | none
    user: str = ""
    sender: str = ""

    @property
    def configured(self) -> bool:
        return bool(self.host and self.sender)

    def to_dict(self) -> dict[str, Any]:
        return {
            "host": self.host,
            "port": self.port,
            "security": self.security,
            "user": self.user,
            "sender": self.sender,
        }


def get_smtp() -> SmtpSettings:
    """The mail server settings as stored (empty: not set up)."""
    data = read_setting(SMTP_KEY) or {}
    return SmtpSettings(**{k: v for k, v in data.items() if k in SmtpSettings.__dataclass_fields__})


def _keyring_user(settings: SmtpSettings) -> str:
    return f"{settings.user}@{settings.host}"


def check_smtp(settings: SmtpSettings) -> None:
    """What ``set_smtp`` refuses in the settings, checked without saving (also as typed)."""
    if settings.security not in ("starttls", "ssl", "none"):
        raise InvalidInput("invalid_smtp_security", "Security is starttls, ssl or none")
    if isinstance(settings.port, bool) or not isinstance(settings.port, int):
        raise InvalidInput("invalid_smtp_port", "The port is a number from 1 to 65535")
    if not 1 <= settings.port <= 65535:
        raise InvalidInput("invalid_smtp_port", "The port is a number from 1 to 65535")
    if settings.host and "@" not in settings.sender:
        raise InvalidInput("invalid_sender", "The sender must be an e-mail address")


def set_smtp(actor: Actor, settings: SmtpSettings, password: str | None = None) -> SmtpSettings:
    """Save the mail server (owners only, audited); the password goes to the system keyring."""
    require_role(actor, Role.OWNER, action="change the mail server")
    check_smtp(settings)
    if password is not None:
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.set_password(KEYRING_SERVICE, _keyring_user(settings), password)
        except KeyringError as exc:
            raise Refused(
                "keyring_unavailable",
                "The system keyring cannot store the password: {error}",
                error=str(exc),
            ) from None
    with write_transaction():
        before = get_smtp().to_dict()
        write_setting(SMTP_KEY, settings.to_dict())
        audit.record(actor.name, "settings.smtp", "setting", SMTP_KEY, before, settings.to_dict())
    return settings


def _password(settings: SmtpSettings) -> str | None:
    if not settings.user:
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, _keyring_user(settings))
    except KeyringError:
        return None


def deliver(msg: EmailMessage, settings: SmtpSettings) -> None:
    """Hand one message to the mail server (TLS as configured, logging in when a password is kept);
    raises smtplib's errors and OSError for the caller to record."""
    context = ssl.create_default_context()
    if settings.security == "ssl":
        client: smtplib.SMTP = smtplib.SMTP_SSL(
            settings.host, settings.port, timeout=SMTP_TIMEOUT_S, context=context
        )
    else:
        client = smtplib.SMTP(settings.host, settings.port, timeout=SMTP_TIMEOUT_S)
    with client:
        if settings.security == "starttls":
            client.starttls(context=context)
        password = _password(settings)
        if settings.user and password is not None:
            client.login(settings.user, password)
        client.send_message(msg)
