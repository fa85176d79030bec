"""The refund row as the refund and payout services share it: found by number, its status changed
with the audit event that records the change, and its payouts that still count.

Each function runs inside the caller's write transaction; :func:`set_status` records the audit
event after the row has changed, so the event's snapshot of the refund's rows is the new state.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from merchant_refunds.domain.errors import NotFound
from merchant_refunds.domain.lifecycle import PayoutStatus, RefundStatus
from merchant_refunds.services import audit, clock
from merchant_refunds.services.users import Actor
from merchant_refunds.storage import models as m


def refund_row(refund_no: str) -> m.Refund:
    """The refund with this number (spaces around it ignored), or NotFound."""
    row = m.Refund.get_or_none(m.Refund.refund_no == refund_no.strip())
    if row is None:
        raise NotFound("unknown_refund", "No refund {refund_no}", refund_no=refund_no)
    return row


def snapshot(row: m.Refund) -> dict[str, Any]:
    """What every refund audit event shows of the refund: status and amount."""
    return {"status": row.status, "total": row.total, "currency": row.currency}


def set_status(
    row: m.Refund,
    actor: Actor,
    action: str,
    status: RefundStatus | None,
    *,
    extra: dict[str, Any] | None = None,
    **changes: Any,
) -> None:
    """Change the refund (its status when given, and ``changes``) and then record
    ``refund.<action>`` with the values before and after (and ``extra`` facts, such as who
    asked), in the caller's transaction."""
    before = {**snapshot(row), **{k: plain(getattr(row, k)) for k in changes}}
    now = clock.now()
    if status is not None:
        changes["status"] = status.value
    changes["updated_at"] = now
    m.Refund.update(**changes).where(m.Refund.id == row.id).execute()
    fresh = m.Refund.get_by_id(row.id)
    after = {
        **snapshot(fresh),
        **{k: plain(getattr(fresh, k)) for k in changes if k != "updated_at"},
        **(extra or {}),
    }
    audit.record(actor.name, f"refund.{action}", "refund", row.refund_no, before, after)


def plain(value: Any) -> Any:
    """A column value as the audit trail stores it: dates as ISO text, users by name."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, m.User):
        return value.name
    return value


def active_payouts(refund_id: int) -> list[m.Payout]:
    """The refund's payouts that count towards what is paid: all but the failed ones."""
    return list(
        m.Payout.select()
        .where((m.Payout.refund == refund_id) & (m.Payout.status != PayoutStatus.FAILED.value))
        .order_by(m.Payout.seq)
    )
