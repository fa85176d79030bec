"""Customer notices: a template per event and language, rendered for SMS or e-mail, sent through
the shop's SMTP server when it is set up, and logged on the refund whatever happens.

A notice is logged (``unsent``) before any network traffic, in its own write transaction, and
updated after: a dead connection or a crash between the two leaves it ``unsent`` with the error,
ready to send again; the database lock is never held while talking to a mail server. The SMTP
password lives in the system keyring, never in the database.
"""

from __future__ import annotations

import smtplib
import ssl
import string
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from enum import StrEnum
from pathlib import Path
from typing import Any

from merchant_refunds.domain.errors import N_, InvalidInput, NotFound, PermissionDenied, Refused
from merchant_refunds.domain.lifecycle import PayoutStatus, Role
from merchant_refunds.domain.money import Money
from merchant_refunds.services import audit, clock, presale
from merchant_refunds.services.output_paths import check_output_path
from merchant_refunds.services.shop_settings import get_shop, read_setting, write_setting
from merchant_refunds.services.users import Actor, require_role
from merchant_refunds.storage import models as m
from merchant_refunds.storage.db import write_transaction

TEMPLATES_KEY = "notice_templates"
SMTP_KEY = "smtp"
KEYRING_SERVICE = "merchant-refunds-smtp"
SMTP_TIMEOUT_S = 10
MAX_TEMPLATE = 2000
SMS_GSM_LIMIT = 160
SMS_UCS2_LIMIT = 70
LANGS = ("zh", "en")

# GSM 03.38 basic character set: a text of only these fits 160 characters in one SMS.
_GSM = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM_EXTENDED = set("^{}\\[~]|€")


class NoticeEvent(StrEnum):
    REQUESTED = "requested"
    APPROVED = "approved"
    REJECTED = "rejected"
    PAID = "paid"
    OVERDUE = "overdue"
    RECEIVED = "received"


class Channel(StrEnum):
    EMAIL = "email"
    SMS = "sms"
    CLIPBOARD = "clipboard"
    EML = "eml"


class NoticeStatus(StrEnum):
    SENT = "sent"
    UNSENT = "unsent"
    FAILED = "failed"


PLACEHOLDERS = (
    "customer",
    "refund_no",
    "order_no",
    "amount",
    "reason",
    "expected_from",
    "expected_to",
    "presale_note",
    "shop",
    "shop_phone",
)

_PRESALE_NOTE = {
    "zh": "预售商品需先由供应商确认，处理时间会比平时长一些。",
    "en": " This is a pre-sale item: the supplier must confirm first, so it takes a little longer.",
}

#: (subject, body) per event and language; the shop may replace any of them in settings.
DEFAULT_TEMPLATES: dict[str, dict[str, tuple[str, str]]] = {
    NoticeEvent.REQUESTED: {
        "zh": (
            "退款申请已受理 {refund_no}",
            "{customer}您好，您的退款申请{refund_no}已受理，金额{amount}。{presale_note}{shop}",
        ),
        "en": (
            "Refund request {refund_no} received",
            "Dear {customer}, we received your refund request {refund_no} for {amount}."
            "{presale_note} {shop}",
        ),
    },
    NoticeEvent.APPROVED: {
        "zh": (
            "退款已批准 {refund_no}",
            "{customer}您好，退款{refund_no}已批准，金额{amount}。{shop}",
        ),
        "en": (
            "Refund {refund_no} approved",
            "Dear {customer}, refund {refund_no} for {amount} is approved. {shop}",
        ),
    },
    NoticeEvent.REJECTED: {
        "zh": (
            "退款申请未通过 {refund_no}",
            "{customer}您好，很抱歉退款申请{refund_no}未通过：{reason}。如有疑问请致电{shop_phone}。{shop}",
        ),
        "en": (
            "Refund request {refund_no} declined",
            "Dear {customer}, sorry, refund request {refund_no} was declined: {reason}. "
            "Questions: {shop_phone}. {shop}",
        ),
    },
    NoticeEvent.PAID: {
        "zh": (
            "退款已付出 {refund_no}",
            "{customer}您好，退款{amount}已付出，预计{expected_from}至{expected_to}到账。{shop}",
        ),
        "en": (
            "Refund {refund_no} paid",
            "Dear {customer}, we sent {amount}; expect it between {expected_from} and "
            "{expected_to}. {shop}",
        ),
    },
    NoticeEvent.OVERDUE: {
        "zh": (
            "退款到账延迟致歉 {refund_no}",
            "{customer}您好，退款{amount}预计{expected_to}前到账，目前仍未确认，我们正在跟进，"
            "深表歉意。{shop}",
        ),
        "en": (
            "Sorry: refund {refund_no} is late",
            "Dear {customer}, sorry: {amount} was due by {expected_to} and is not confirmed yet. "
            "We are on it. {shop}",
        ),
    },
    NoticeEvent.RECEIVED: {
        "zh": (
            "退款已到账 {refund_no}",
            "{customer}您好，退款{amount}已确认到账，感谢您的耐心。{shop}",
        ),
        "en": (
            "Refund {refund_no} received",
            "Dear {customer}, refund {amount} has arrived. Thank you for your patience. {shop}",
        ),
    },
}


def _check_event(event: str) -> NoticeEvent:
    try:
        return NoticeEvent(event)
    except ValueError:
        raise InvalidInput("unknown_notice_event", "Unknown notice: {event}", event=event) from None


def _check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise InvalidInput("unknown_notice_lang", "Notices are in zh or en, not {lang}", lang=lang)
    return lang


def _check_template(text: str) -> str:
    if len(text) > MAX_TEMPLATE:
        raise InvalidInput("template_too_long", "A notice template is at most 2000 characters")
    try:
        fields = [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]
    except ValueError:
        raise InvalidInput(
            "template_braces", "A notice template has an unmatched {{ or }}"
        ) from None
    for name in fields:
        if name not in PLACEHOLDERS:
            raise InvalidInput(
                "unknown_placeholder",
                "Unknown placeholder {{{name}}}; use: {known}",
                name=name,
                known=", ".join(PLACEHOLDERS),
            )
    return text


# templates


def get_templates() -> dict[str, dict[str, tuple[str, str]]]:
    """Every event and language: the shop's own text over the defaults."""
    stored = read_setting(TEMPLATES_KEY) or {}
    return {
        event.value: {
            lang: tuple(stored.get(event.value, {}).get(lang) or DEFAULT_TEMPLATES[event][lang])
            for lang in LANGS
        }
        for event in NoticeEvent
    }


def set_template(actor: Actor, event: str, lang: str, subject: str, body: str) -> None:
    """Replace one template (an empty body restores the default); owners only, audited."""
    require_role(actor, Role.OWNER, action="change notice templates")
    ev, lang = _check_event(event), _check_lang(lang)
    subject, body = _check_template(subject.strip()), _check_template(body.strip())
    with write_transaction():
        stored = read_setting(TEMPLATES_KEY) or {}
        before = stored.get(ev.value, {}).get(lang)
        if body:
            stored.setdefault(ev.value, {})[lang] = [subject, body]
        else:
            stored.get(ev.value, {}).pop(lang, None)
        write_setting(TEMPLATES_KEY, stored)
        audit.record(
            actor.name,
            "settings.notice_template",
            "setting",
            f"{TEMPLATES_KEY}.{ev.value}.{lang}",
            before,
            [subject, body] if body else None,
        )


# rendering


@dataclass(frozen=True)
class SmsFit:
    length: int
    limit: int

    @property
    def fits(self) -> bool:
        return self.length <= self.limit


def sms_fit(text: str) -> SmsFit:
    """One SMS holds 160 GSM characters (extension characters count twice) or 70 others."""
    if all(ch in _GSM or ch in _GSM_EXTENDED for ch in text):
        return SmsFit(sum(2 if ch in _GSM_EXTENDED else 1 for ch in text), SMS_GSM_LIMIT)
    return SmsFit(len(text), SMS_UCS2_LIMIT)


@dataclass(frozen=True)
class Rendered:
    event: NoticeEvent
    lang: str
    subject: str
    text: str
    email: str
    phone: str
    sms: SmsFit


def _values(refund: m.Refund, order: m.Order, lang: str) -> dict[str, str]:
    shop = get_shop()
    amount = Money(refund.payout_amount, refund.payout_currency)
    payouts = list(
        m.Payout.select()
        .where((m.Payout.refund == refund.id) & (m.Payout.status != PayoutStatus.FAILED.value))
        .order_by(m.Payout.seq)
    )
    sent = [p for p in payouts if p.expected_to is not None]
    latest = sent[-1] if sent else None
    shown = Money(latest.amount, latest.currency) if latest else amount
    return {
        "customer": order.customer_name,
        "refund_no": refund.refund_no,
        "order_no": order.order_no,
        "amount": f"{shown.amount:,} {shown.currency}",
        "reason": refund.rejection_reason,
        "expected_from": latest.expected_from.isoformat() if latest else "",
        "expected_to": latest.expected_to.isoformat() if latest else "",
        "presale_note": _PRESALE_NOTE[lang] if presale.needs_supplier(refund) else "",
        "shop": shop.get("name", ""),
        "shop_phone": shop.get("phone", ""),
    }


def _refund(refund_no: str) -> m.Refund:
    row = m.Refund.get_or_none(m.Refund.refund_no == refund_no.strip())
    if row is None:
        raise NotFound("unknown_refund", "No refund {refund_no}", refund_no=refund_no)
    return row


def render(refund_no: str, event: str, lang: str) -> Rendered:
    """The notice's subject and text for this refund, and whether it fits one SMS."""
    ev, lang = _check_event(event), _check_lang(lang)
    row = _refund(refund_no)
    order = m.Order.get_by_id(row.order_id)
    subject, body = get_templates()[ev.value][lang]
    values = _values(row, order, lang)
    text = " ".join(body.format(**values).split()) if lang == "en" else body.format(**values)
    return Rendered(
        ev,
        lang,
        subject.format(**values),
        text.strip(),
        order.customer_email,
        order.customer_phone,
        sms_fit(text.strip()),
    )


# SMTP settings


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
    data = read_setting(SMTP_KEY) or {}
    return SmtpSettings(**{k: v for k, v in data.items() if k in SmtpSettings.__dataclass_fields__})


def _keyring_user(settings: SmtpSettings) -> str:
    return f"{settings.user}@{settings.host}"


def set_smtp(actor: Actor, settings: SmtpSettings, password: str | None = None) -> SmtpSettings:
    """Save the mail server (owners only, audited); the password goes to the system keyring."""
    require_role(actor, Role.OWNER, action="change the mail server")
    if settings.security not in ("starttls", "ssl", "none"):
        raise InvalidInput("invalid_smtp_security", "Security is starttls, ssl or none")
    if isinstance(settings.port, bool) or not isinstance(settings.port, int):
        raise InvalidInput("invalid_smtp_port", "The port is a number from 1 to 65535")
    if not 1 <= settings.port <= 65535:
        raise InvalidInput("invalid_smtp_port", "The port is a number from 1 to 65535")
    if settings.host and "@" not in settings.sender:
        raise InvalidInput("invalid_sender", "The sender must be an e-mail address")
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


# logging and sending


@dataclass(frozen=True)
class NoticeInfo:
    id: int
    refund_no: str
    event: str
    channel: str
    lang: str
    recipient: str
    subject: str
    text: str
    status: str
    error: str
    created_by: str
    created_at: datetime
    sent_at: datetime | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "refund_no": self.refund_no,
            "event": self.event,
            "channel": self.channel,
            "lang": self.lang,
            "recipient": self.recipient,
            "subject": self.subject,
            "text": self.text,
            "status": self.status,
            "error": self.error,
            "created_by": self.created_by,
            "created_at": self.created_at.isoformat(),
            "sent_at": self.sent_at.isoformat() if self.sent_at else None,
        }


def _info(row: m.NoticeLog) -> NoticeInfo:
    return NoticeInfo(
        row.id,
        m.Refund.get_by_id(row.refund_id).refund_no,
        row.event,
        row.channel,
        row.lang,
        row.recipient,
        row.subject,
        row.text,
        row.status,
        row.error,
        m.User.get_by_id(row.created_by_id).name,
        row.created_at,
        row.sent_at,
    )


def prepare(
    actor: Actor,
    refund_no: str,
    event: str,
    lang: str,
    channel: str,
    *,
    text: str | None = None,
    subject: str | None = None,
) -> NoticeInfo:
    """Log a notice as ``unsent`` (the clerk may have edited the text); nothing leaves the shop."""
    require_role(actor, Role.OWNER, Role.CLERK, action="send notices")
    try:
        chan = Channel(channel)
    except ValueError:
        raise InvalidInput(
            "unknown_channel", "Unknown notice channel: {channel}", channel=channel
        ) from None
    rendered = render(refund_no, event, lang)
    body = (rendered.text if text is None else text).strip()
    if not body:
        raise InvalidInput("notice_empty", "The notice is empty")
    recipient = rendered.phone if chan is Channel.SMS else rendered.email
    if chan is Channel.EMAIL and "@" not in recipient:
        raise Refused("no_customer_email", "The order has no customer e-mail address")
    with write_transaction():
        row = _refund(refund_no)
        now = clock.now()
        log = m.NoticeLog.create(
            refund=row.id,
            event=rendered.event.value,
            channel=chan.value,
            lang=lang,
            recipient=recipient,
            subject=(rendered.subject if subject is None else subject).strip(),
            text=body,
            status=NoticeStatus.UNSENT.value,
            created_by=actor.id,
            created_at=now,
        )
        audit.record(
            actor.name,
            "notice.prepare",
            "refund",
            row.refund_no,
            None,
            {"notice": log.id, "event": log.event, "channel": log.channel, "lang": lang},
        )
    return _info(log)


def email_message(notice_id: int) -> EmailMessage:
    """The notice as an e-mail, for SMTP or for saving as ``.eml``."""
    row = _notice(notice_id)
    shop = get_shop()
    smtp = get_smtp()
    msg = EmailMessage()
    sender = smtp.sender or "noreply@localhost"
    msg["From"] = f"{shop.get('name') or 'Merchant Refunds'} <{sender}>"
    msg["To"] = row.recipient
    msg["Subject"] = row.subject
    msg["Date"] = format_datetime(row.created_at.astimezone())
    msg["Message-ID"] = make_msgid(domain=sender.partition("@")[2] or "localhost")
    msg.set_content(row.text)
    return msg


def _notice(notice_id: int) -> m.NoticeLog:
    row = m.NoticeLog.get_or_none(m.NoticeLog.id == notice_id)
    if row is None:
        raise NotFound("unknown_notice", "No notice {id}", id=notice_id)
    return row


def save_eml(actor: Actor, notice_id: int, path: Path) -> Path:
    """Write the notice as an ``.eml`` file the shop's own mail program can open and send."""
    require_role(actor, Role.OWNER, Role.CLERK, action="send notices")
    path = check_output_path(path)
    data = email_message(notice_id).as_bytes()
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise Refused(
            "cannot_write_file", "Cannot write {path}: {error}", path=path, error=exc.strerror
        ) from None
    _finish(actor, notice_id, NoticeStatus.UNSENT, "", channel=Channel.EML)
    return path


_RETRYABLE = N_("Could not reach the mail server: {error}")
_REFUSED = N_("The mail server refused the message: {error}")


def _deliver(msg: EmailMessage, settings: SmtpSettings) -> None:
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


def _finish(
    actor: Actor,
    notice_id: int,
    status: NoticeStatus,
    error: str,
    *,
    channel: Channel | None = None,
) -> None:
    with write_transaction():
        row = _notice(notice_id)
        changes: dict[str, Any] = {"status": status.value, "error": error}
        if status is NoticeStatus.SENT:
            changes["sent_at"] = clock.now()
        if channel is not None:
            changes["channel"] = channel.value
        m.NoticeLog.update(**changes).where(m.NoticeLog.id == row.id).execute()
        audit.record(
            actor.name,
            f"notice.{status.value}",
            "refund",
            m.Refund.get_by_id(row.refund_id).refund_no,
            {"notice": row.id, "status": row.status},
            {
                "notice": row.id,
                "status": status.value,
                "error": error,
                "channel": changes.get("channel", row.channel),
            },
        )


def send_email(actor: Actor, notice_id: int) -> NoticeInfo:
    """Send a logged e-mail notice through the shop's SMTP server; record what happened.

    Connection trouble (server down, timeout, login refused) leaves the notice ``unsent`` with
    the error so it can be sent again; a server that refuses the message marks it ``failed``.
    """
    require_role(actor, Role.OWNER, Role.CLERK, action="send notices")
    row = _notice(notice_id)
    if row.status == NoticeStatus.SENT.value:
        raise Refused("notice_already_sent", "This notice was already sent")
    if row.channel != Channel.EMAIL.value:
        raise Refused("notice_not_email", "This notice is not an e-mail")
    settings = get_smtp()
    if not settings.configured:
        raise PermissionDenied(
            "smtp_not_configured",
            "No mail server is set up: copy the notice or save it as an .eml file",
        )
    msg = email_message(notice_id)
    try:
        _deliver(msg, settings)
    except (
        smtplib.SMTPRecipientsRefused,
        smtplib.SMTPSenderRefused,
        smtplib.SMTPDataError,
    ) as exc:
        _finish(actor, notice_id, NoticeStatus.FAILED, _REFUSED.format(error=exc))
    except (smtplib.SMTPException, OSError) as exc:  # OSError: refused, timeout, TLS
        _finish(actor, notice_id, NoticeStatus.UNSENT, _RETRYABLE.format(error=exc))
    else:
        _finish(actor, notice_id, NoticeStatus.SENT, "")
    return _info(_notice(notice_id))


def notices_for(refund_no: str) -> list[NoticeInfo]:
    row = _refund(refund_no)
    query = m.NoticeLog.select().where(m.NoticeLog.refund == row.id).order_by(m.NoticeLog.id)
    return [_info(n) for n in query]


def unsent_count() -> int:
    return m.NoticeLog.select().where(m.NoticeLog.status != NoticeStatus.SENT.value).count()
