"""What happens whenever a payout is sent, whichever action sent it.

The payout gets its expected arrival range (counted from the day it was sent on the shop's
calendar), the person who sent it and, when the money went the refund's own way, the destination;
store credit is added to the customer's ledger in the same transaction. Called from inside the
write transaction of the action that sent the payout.
"""

from __future__ import annotations

from datetime import datetime

from merchant_refunds.domain.lifecycle import PayoutMethod, PayoutStatus
from merchant_refunds.services import store_credit
from merchant_refunds.services.payouts import arrival
from merchant_refunds.services.users import Actor
from merchant_refunds.storage import models as m


def after_send(actor: Actor, refund: m.Refund, payout: m.Payout, now: datetime) -> m.Payout:
    """Complete a payout row that has just become ``sent``; returns the fresh row."""
    order = m.Order.get_by_id(refund.order_id)
    expected_from, expected_to = arrival.expected_dates(
        payout.method, order.payment_method, now.date()
    )
    changes: dict[str, object] = {
        "expected_from": expected_from,
        "expected_to": expected_to,
        "sent_by": actor.id,
    }
    if payout.method == refund.destination_method and not payout.account:
        changes.update(
            account=refund.destination_account,
            holder=refund.destination_holder,
            bank=refund.destination_bank,
        )
    m.Payout.update(**changes).where(m.Payout.id == payout.id).execute()
    if payout.method == PayoutMethod.STORE_CREDIT.value:
        store_credit.issue(
            actor,
            store_credit.key_for_order(order),
            payout.amount,
            payout.currency,
            refund,
            payout.seq,
        )
    return m.Payout.get_by_id(payout.id)


def scheduled_payouts(refund_id: int) -> list[m.Payout]:
    return list(
        m.Payout.select()
        .where((m.Payout.refund == refund_id) & (m.Payout.status == PayoutStatus.SCHEDULED.value))
        .order_by(m.Payout.seq)
    )


def fully_sent(refund: m.Refund) -> bool:
    """Every unit of the refund is on its way: no instalment waits and nothing failed is owed."""
    rows = list(m.Payout.select().where(m.Payout.refund == refund.id))
    active = [p for p in rows if p.status != PayoutStatus.FAILED.value]
    if any(p.status == PayoutStatus.SCHEDULED.value for p in active):
        return False
    return sum(p.amount for p in active) == refund.payout_amount
