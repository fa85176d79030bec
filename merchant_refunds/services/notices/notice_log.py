"""The notice log: every notice prepared for a refund, with what became of it.

A notice is logged (``unsent``) before any network traffic, in its own write transaction, and
updated after (:func:`finish`): a dead connection or a crash between the two leaves it ``unsent``
with the error, ready to send again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from merchant_refunds.domain.errors import InvalidInput, NotFound, Refused
from merchant_refunds.domain.lifecycle import Role
from merchant_refunds.services import audit, clock
from merchant_refunds.services.notices.rendering import render
from merchant_refunds.services.refund_rows import refund_row
from merchant_refunds.services.users import Actor, require_role
from merchant_refunds.storage import models as m
from merchant_refunds.storage.db import write_transaction


class Channel(StrEnum):
    EMAIL = "email"
    SMS = "sms"
    CLIPBOARD = "clipboard"
    EML = "eml"


class NoticeStatus(StrEnum):
    SENT = "sent"
    UNSENT = "unsent"
    FAILED = "failed"


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


def notice_info(row: m.NoticeLog) -> NoticeInfo:
    """A logged notice as the faces show it."""
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
        row = refund_row(refund_no)
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
    return notice_info(log)


def notice_row(notice_id: int) -> m.NoticeLog:
    """The logged notice with this id, or NotFound."""
    row = m.NoticeLog.get_or_none(m.NoticeLog.id == notice_id)
    if row is None:
        raise NotFound("unknown_notice", "No notice {id}", id=notice_id)
    return row


def finish(
    actor: Actor,
    notice_id: int,
    status: NoticeStatus,
    error: str,
    *,
    channel: Channel | None = None,
) -> None:
    """Record what became of a notice (sent, unsent with the error, failed) and its audit event,
    in a write transaction of its own: called after talking to the mail server, never during.
    Public for the modules that send, so it checks the role of sending itself."""
    require_role(actor, Role.OWNER, Role.CLERK, action="send notices")
    with write_transaction():
        row = notice_row(notice_id)
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


def notices_for(refund_no: str) -> list[NoticeInfo]:
    """Every notice logged on the refund, oldest first."""
    row = refund_row(refund_no)
    query = m.NoticeLog.select().where(m.NoticeLog.refund == row.id).order_by(m.NoticeLog.id)
    return [notice_info(n) for n in query]


def unsent_count() -> int:
    """How many logged notices have not been sent."""
    return m.NoticeLog.select().where(m.NoticeLog.status != NoticeStatus.SENT.value).count()
