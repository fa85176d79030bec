"""The owner's daily e-mail of what is late or due soon, through the shop's mail server.

Sent at most once a day (the trail records each one); nothing is sent on a day with nothing to
chase. The GUI sends it when an owner is signed in; ``merchant-refunds followup --send-digest``
sends it from a scheduled task.
"""

from __future__ import annotations

import smtplib
from dataclasses import dataclass
from datetime import date
from email.message import EmailMessage
from typing import Any

from merchant_refunds.domain.errors import InvalidInput, PermissionDenied
from merchant_refunds.domain.lifecycle import Role
from merchant_refunds.domain.money import Money
from merchant_refunds.services import audit, clock, followup
from merchant_refunds.services.followup import FollowUpItem, FollowUpKind
from merchant_refunds.services.notices.mail_server import deliver, get_smtp
from merchant_refunds.services.notices.templates import LANGS
from merchant_refunds.services.shop_settings import get_shop, read_setting, write_setting
from merchant_refunds.services.users import Actor, require_role
from merchant_refunds.storage import models as m
from merchant_refunds.storage.db import write_transaction

DIGEST_KEY = "owner_digest"
SENT_ACTION = "followup.digest_sent"
ENTITY = "digest"


@dataclass(frozen=True)
class DigestSettings:
    enabled: bool = False
    address: str = ""
    lang: str = "zh"

    def to_dict(self) -> dict[str, Any]:
        return {"enabled": self.enabled, "address": self.address, "lang": self.lang}


def get_digest() -> DigestSettings:
    data = read_setting(DIGEST_KEY) or {}
    return DigestSettings(
        **{k: v for k, v in data.items() if k in DigestSettings.__dataclass_fields__}
    )


def check_digest(settings: DigestSettings) -> DigestSettings:
    """The settings as ``set_digest`` stores them, or its refusal: checked as typed, too."""
    address = settings.address.strip()
    if settings.enabled and ("@" not in address or len(address) > 200 or " " in address):
        raise InvalidInput("invalid_digest_address", "The digest needs an e-mail address")
    if settings.lang not in LANGS:
        raise InvalidInput("unknown_language", "Unknown language: {lang}", lang=settings.lang)
    return DigestSettings(bool(settings.enabled), address, settings.lang)


def set_digest(actor: Actor, settings: DigestSettings) -> DigestSettings:
    """Turn the digest on or off and say where it goes (owners only, audited)."""
    require_role(actor, Role.OWNER, action="change the owner's digest")
    settings = check_digest(settings)
    with write_transaction():
        before = get_digest().to_dict()
        write_setting(DIGEST_KEY, settings.to_dict())
        audit.record(
            actor.name, "settings.owner_digest", "setting", DIGEST_KEY, before, settings.to_dict()
        )
    return settings


_KIND = {
    "zh": {
        FollowUpKind.STATUTORY: "已过法定退款期限",
        FollowUpKind.OVERDUE: "到账逾期",
        FollowUpKind.DUE_TODAY: "今日应到账",
        FollowUpKind.FAILED: "付款失败",
        FollowUpKind.REVIEW_DUE: "待审核",
        FollowUpKind.PAYOUT_DUE: "待付款",
        FollowUpKind.INSTALMENT_DUE: "分期到期",
    },
    "en": {
        FollowUpKind.STATUTORY: "Past the legal refund deadline",
        FollowUpKind.OVERDUE: "Arrival overdue",
        FollowUpKind.DUE_TODAY: "Arrival due today",
        FollowUpKind.FAILED: "Payout failed",
        FollowUpKind.REVIEW_DUE: "Review due",
        FollowUpKind.PAYOUT_DUE: "Payment due",
        FollowUpKind.INSTALMENT_DUE: "Instalment due",
    },
}
_TEXT = {
    "zh": {
        "subject": "退款跟进日报 {day}：{late}项逾期，{soon}项即将到期",
        "intro": "{shop}今日需要跟进的退款（{day}）：",
        "late": "逾期{days}天",
        "due": "{date}到期",
        "statutory": "其中{count}项已超过法律规定的退款期限，请尽快处理。",
        "outro": "打开 Merchant Refunds 的“跟进”页面查看详情。",
    },
    "en": {
        "subject": "Refund follow-up {day}: {late} late, {soon} due soon",
        "intro": "What {shop} must chase today ({day}):",
        "late": "{days} day(s) late",
        "due": "due {date}",
        "statutory": "{count} of them are past the legal refund deadline: act today.",
        "outro": "Open the Follow-up page of Merchant Refunds for details.",
    },
}


def _line(item: FollowUpItem, lang: str) -> str:
    text = _TEXT[lang]
    when = (
        text["late"].format(days=item.days_late)
        if item.late
        else text["due"].format(date=item.due_on.isoformat() if item.due_on else "")
    )
    amount = Money(item.amount, item.currency) if item.currency else None
    shown = f"{amount.amount:,} {amount.currency}" if amount else ""
    return f"- {item.refund_no}  {_KIND[lang][item.kind]}  {when}  {item.customer_name}  {shown}"


def compose(reminder: followup.Reminder, lang: str, day: date) -> tuple[str, str]:
    """(subject, body) of the digest in ``lang``."""
    text = _TEXT[lang]
    shop = get_shop().get("name", "") or "Merchant Refunds"
    subject = text["subject"].format(
        day=day.isoformat(), late=reminder.late, soon=reminder.due_soon
    )
    lines = [text["intro"].format(shop=shop, day=day.isoformat()), ""]
    lines += [_line(i, lang) for i in reminder.items]
    if reminder.statutory_late:
        lines += ["", text["statutory"].format(count=reminder.statutory_late)]
    lines += ["", text["outro"]]
    return subject, "\n".join(lines)


def sent_today(day: date | None = None) -> bool:
    day = day or clock.today()
    return (
        m.AuditEvent.select()
        .where(
            (m.AuditEvent.action == SENT_ACTION)
            & (m.AuditEvent.entity == ENTITY)
            & (m.AuditEvent.entity_key == day.isoformat())
        )
        .exists()
    )


@dataclass(frozen=True)
class DigestResult:
    """``status``: sent, nothing (nothing to chase), already (sent today), off (not enabled or
    no mail server), failed (the server's error in ``error``)."""

    status: str
    error: str = ""
    late: int = 0
    due_soon: int = 0


def send_digest(actor: Actor, force: bool = False) -> DigestResult:
    """Send today's digest to the owner's address when it is on and there is something to chase.
    ``force`` sends again on a day it was already sent (the owner asked for it)."""
    require_role(actor, Role.OWNER, action="send the owner's digest")
    settings = get_digest()
    if not settings.enabled or not settings.address:
        return DigestResult("off")
    smtp = get_smtp()
    if not smtp.configured:
        raise PermissionDenied(
            "smtp_not_configured",
            "No mail server is set up: copy the notice or save it as an .eml file",
        )
    today = clock.today()
    if sent_today(today) and not force:
        return DigestResult("already")
    summary = followup.reminder(today)
    if not summary.anything:
        return DigestResult("nothing")
    subject, body = compose(summary, settings.lang, today)
    msg = EmailMessage()
    msg["From"] = smtp.sender
    msg["To"] = settings.address
    msg["Subject"] = subject
    msg.set_content(body)
    try:
        deliver(msg, smtp)
    except (smtplib.SMTPException, OSError) as exc:
        return DigestResult("failed", str(exc), summary.late, summary.due_soon)
    with write_transaction():
        audit.record(
            actor.name,
            SENT_ACTION,
            ENTITY,
            today.isoformat(),
            None,
            {"to": settings.address, **summary.to_dict()},
        )
    return DigestResult("sent", "", summary.late, summary.due_soon)
