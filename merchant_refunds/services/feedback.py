"""The customer's rating (1 to 5) and comment once the money has gone out, kept for reports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from merchant_refunds.domain.errors import InvalidInput, NotFound, Refused
from merchant_refunds.domain.lifecycle import RefundStatus, Role
from merchant_refunds.services import audit, clock
from merchant_refunds.services.users import Actor, require_role
from merchant_refunds.storage import models as m
from merchant_refunds.storage.db import write_transaction

MAX_COMMENT = 2000
AFTER_PAYMENT = (RefundStatus.PAID.value, RefundStatus.COMPLETED.value)


@dataclass(frozen=True)
class FeedbackInfo:
    refund_no: str
    rating: int
    comment: str
    recorded_by: str
    recorded_at: datetime

    def to_dict(self) -> dict[str, Any]:
        return {
            "refund_no": self.refund_no,
            "rating": self.rating,
            "comment": self.comment,
            "recorded_by": self.recorded_by,
            "recorded_at": self.recorded_at.isoformat(),
        }


def check_feedback(rating: int, comment: str) -> str:
    """The comment as ``record_feedback`` stores it, or its refusal of the rating or comment:
    checked as they are typed, too."""
    if isinstance(rating, bool) or not isinstance(rating, int) or not 1 <= rating <= 5:
        raise InvalidInput("invalid_rating", "The rating is a whole number from 1 to 5")
    comment = comment.strip()
    if len(comment) > MAX_COMMENT:
        raise InvalidInput("comment_too_long", "The comment is longer than 2000 characters")
    return comment


def record_feedback(actor: Actor, refund_no: str, rating: int, comment: str = "") -> FeedbackInfo:
    """Record (or correct) what the customer said about the refund after it was paid."""
    require_role(actor, Role.OWNER, Role.CLERK, action="record feedback")
    comment = check_feedback(rating, comment)
    with write_transaction():
        row = m.Refund.get_or_none(m.Refund.refund_no == refund_no.strip())
        if row is None:
            raise NotFound("unknown_refund", "No refund {refund_no}", refund_no=refund_no)
        if row.status not in AFTER_PAYMENT:
            raise Refused(
                "feedback_too_early",
                "Feedback is recorded after the refund is paid; {refund_no} is {status}",
                refund_no=row.refund_no,
                status=row.status,
            )
        now = clock.now()
        old = m.Feedback.get_or_none(m.Feedback.refund == row.id)
        before = {"rating": old.rating, "comment": old.comment} if old else None
        if old:
            m.Feedback.update(
                rating=rating, comment=comment, recorded_by=actor.id, recorded_at=now
            ).where(m.Feedback.id == old.id).execute()
        else:
            m.Feedback.create(
                refund=row.id, rating=rating, comment=comment, recorded_by=actor.id, recorded_at=now
            )
        audit.record(
            actor.name,
            "refund.feedback",
            "refund",
            row.refund_no,
            before,
            {"rating": rating, "comment": comment},
        )
    return FeedbackInfo(row.refund_no, rating, comment, actor.name, now)


def get_feedback(refund_no: str) -> FeedbackInfo | None:
    query = (
        m.Feedback.select(m.Feedback, m.Refund, m.User)
        .join(m.Refund)
        .switch(m.Feedback)
        .join(m.User)
        .where(m.Refund.refund_no == refund_no.strip())
    )
    row = query.first()
    if row is None:
        return None
    return FeedbackInfo(
        row.refund.refund_no, row.rating, row.comment, row.recorded_by.name, row.recorded_at
    )


def list_feedback(start: date | None = None, end: date | None = None) -> list[FeedbackInfo]:
    """Feedback recorded between two days (inclusive), oldest first: for reports and exports."""
    query = (
        m.Feedback.select(m.Feedback, m.Refund, m.User)
        .join(m.Refund)
        .switch(m.Feedback)
        .join(m.User)
        .order_by(m.Feedback.recorded_at, m.Feedback.id)
    )
    if start is not None:
        query = query.where(m.Feedback.recorded_at >= datetime.combine(start, time.min))
    if end is not None:
        query = query.where(m.Feedback.recorded_at <= datetime.combine(end, time.max))
    return [
        FeedbackInfo(f.refund.refund_no, f.rating, f.comment, f.recorded_by.name, f.recorded_at)
        for f in query
    ]
