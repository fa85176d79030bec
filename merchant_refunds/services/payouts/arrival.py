"""When a payout should reach the customer, and the customer confirming it has.

The expected range is the shop's per-method range on its country's calendar, computed here for the
payout services and the confirmation paper alike.
"""

from __future__ import annotations

from datetime import date

from merchant_refunds.domain.business_days import add_business_days, arrival_days
from merchant_refunds.domain.errors import Refused
from merchant_refunds.domain.lifecycle import PayoutStatus, RefundStatus, Role
from merchant_refunds.services import audit, clock, integrity
from merchant_refunds.services.refund_rows import active_payouts, refund_row, set_status
from merchant_refunds.services.refund_views import RefundDetail, get_refund
from merchant_refunds.services.shop_settings import get_payment_methods, get_shop
from merchant_refunds.services.users import Actor, require_role
from merchant_refunds.storage import models as m
from merchant_refunds.storage.db import write_transaction


def arrival_range(payout_method: str, payment_method: str) -> tuple[int, int]:
    """Business days (earliest, latest): the shop's setting for the method the money travels by.

    The original route travels by the order's payment method; the others by themselves.
    """
    key = payment_method if payout_method == "original_route" else payout_method
    configured = get_payment_methods().get(key)
    if configured is None:
        return arrival_days(payout_method, payment_method)
    return configured.min_days, configured.max_days


def shop_country() -> str:
    return (get_shop().get("country") or "CN").upper()


def expected_dates(payout_method: str, payment_method: str, sent_on: date) -> tuple[date, date]:
    """Earliest and latest arrival for money sent on ``sent_on``."""
    low, high = arrival_range(payout_method, payment_method)
    country = shop_country()
    return add_business_days(sent_on, low, country), add_business_days(sent_on, high, country)


def confirm_received(actor: Actor, refund_no: str, seq: int | None = None) -> RefundDetail:
    """The customer has the money; when every payout is confirmed the refund is completed."""
    require_role(actor, Role.OWNER, Role.CLERK, action="confirm receipt")
    with write_transaction():
        row = refund_row(refund_no)
        integrity.verify_refund(row.refund_no)
        active = active_payouts(row.id)
        pending = [p for p in active if p.status == PayoutStatus.SENT.value]
        if seq is not None:
            pending = [p for p in pending if p.seq == seq]
        if not pending:
            raise Refused(
                "nothing_to_confirm",
                "Refund {refund_no} has no payout waiting for confirmation",
                refund_no=row.refund_no,
            )
        now = clock.now()
        for payout in pending:
            m.Payout.update(
                status=PayoutStatus.RECEIVED.value, received_at=now, confirmed_by=actor.id
            ).where(m.Payout.id == payout.id).execute()
            audit.record(
                actor.name,
                "payout.received",
                "refund",
                row.refund_no,
                {"seq": payout.seq, "status": payout.status},
                {"seq": payout.seq, "status": PayoutStatus.RECEIVED.value},
            )
        all_received = all(p.status == PayoutStatus.RECEIVED.value for p in active_payouts(row.id))
        if row.status == RefundStatus.PAID.value and all_received:
            set_status(row, actor, "complete", RefundStatus.COMPLETED, completed_at=now)
    return get_refund(refund_no)
