"""Failed payouts and their retries.

A failed payout is never edited away: it stays with its reason, who marked it and when, and the
retry is a new payout (``retry_of`` names the failed one). While money that failed is owed, the
refund is ``approved`` again, so the refunds list and the follow-up view both show it.
"""

from __future__ import annotations

from merchant_refunds.domain.errors import InvalidInput, Refused
from merchant_refunds.domain.lifecycle import PayoutMethod, PayoutStatus, RefundStatus, Role
from merchant_refunds.domain.money import Money
from merchant_refunds.services import audit, clock
from merchant_refunds.services.payouts.gates import check_payout_gates
from merchant_refunds.services.payouts.sending import (
    check_reference,
    next_seq,
    parse_method,
    payout_row,
    send_scheduled,
)
from merchant_refunds.services.refund_requests import Destination, validate_destination
from merchant_refunds.services.refund_rows import active_payouts, refund_row, set_status
from merchant_refunds.services.refund_views import RefundDetail, get_refund
from merchant_refunds.services.shop_settings import get_policy
from merchant_refunds.services.users import Actor, require_role
from merchant_refunds.storage import models as m
from merchant_refunds.storage import order_repo
from merchant_refunds.storage.db import write_transaction

MAX_REASON = 500


def check_failure_reason(reason: str) -> str:
    """Why a payout failed, as ``mark_failed`` stores it (stripped), or its refusal: checked
    as the reason is typed, too."""
    reason = reason.strip()
    if not reason:
        raise InvalidInput("failure_reason_required", "Please say why the payout failed")
    if len(reason) > MAX_REASON:
        raise InvalidInput("failure_reason_too_long", "The reason is longer than 500 characters")
    return reason


def mark_failed(actor: Actor, refund_no: str, seq: int, reason: str) -> RefundDetail:
    """The money came back or never left: keep the payout with the reason; the amount is owed
    again, so a paid refund returns to ``approved``."""
    require_role(actor, Role.OWNER, Role.CLERK, action="mark payouts failed")
    reason = check_failure_reason(reason)
    with write_transaction():
        row = refund_row(refund_no)
        payout = payout_row(row, seq)
        if payout.status != PayoutStatus.SENT.value:
            raise Refused(
                "payout_not_sent",
                "Payout {seq} of {refund_no} is {status}: only a sent payout can fail",
                seq=seq,
                refund_no=row.refund_no,
                status=payout.status,
            )
        if payout.method == PayoutMethod.STORE_CREDIT.value:
            raise Refused(
                "store_credit_cannot_fail",
                "Store credit is in the customer's balance at once; it cannot fail",
            )
        now = clock.now()
        m.Payout.update(
            status=PayoutStatus.FAILED.value,
            failure_reason=reason,
            failed_at=now,
            failed_by=actor.id,
        ).where(m.Payout.id == payout.id).execute()
        audit.record(
            actor.name,
            "payout.failed",
            "refund",
            row.refund_no,
            {"seq": seq, "status": payout.status},
            {"seq": seq, "status": PayoutStatus.FAILED.value, "reason": reason},
        )
        if row.status == RefundStatus.PAID.value:
            set_status(row, actor, "payout_failed", RefundStatus.APPROVED, paid_at=None)
    return get_refund(refund_no)


def retry_payout(
    actor: Actor,
    refund_no: str,
    seq: int,
    *,
    method: str | None = None,
    reference: str = "",
    destination: Destination | None = None,
) -> RefundDetail:
    """Pay a failed payout's amount again, by the same or another method, as a new payout."""
    require_role(actor, Role.OWNER, action="pay refunds")
    pay_method = parse_method(method)
    reference = check_reference(reference)
    with write_transaction():
        row = refund_row(refund_no)
        check_payout_gates(row, get_policy())
        failed = payout_row(row, seq)
        if failed.status != PayoutStatus.FAILED.value:
            raise Refused(
                "payout_not_failed",
                "Payout {seq} of {refund_no} has not failed",
                seq=seq,
                refund_no=row.refund_no,
            )
        if (
            m.Payout.select()
            .where(
                (m.Payout.refund == row.id)
                & (m.Payout.retry_of == seq)
                & (m.Payout.status != PayoutStatus.FAILED.value)
            )
            .exists()
        ):
            raise Refused(
                "payout_retried_already",
                "Payout {seq} of {refund_no} has already been paid again",
                seq=seq,
                refund_no=row.refund_no,
            )
        used = pay_method or PayoutMethod(failed.method)
        dest = destination or Destination(
            used, row.destination_account, row.destination_holder, row.destination_bank
        )
        if used is PayoutMethod.BANK_TRANSFER:
            dest = Destination(used, dest.account, dest.holder, dest.bank)
            validate_destination(dest, order_repo.to_domain(m.Order.get_by_id(row.order_id)))
        left = row.payout_amount - sum(p.amount for p in active_payouts(row.id))
        if failed.amount > left:
            raise Refused(
                "payout_exceeds",
                "Only {left} is left to pay on {refund_no}",
                left=Money(left, row.payout_currency),
                refund_no=row.refund_no,
            )
        new_seq = next_seq(row.id)
        account = "".join(dest.account.split()) if used is PayoutMethod.BANK_TRANSFER else ""
        payout = m.Payout.create(
            refund=row.id,
            seq=new_seq,
            method=used.value,
            amount=failed.amount,
            currency=failed.currency,
            status=PayoutStatus.SCHEDULED.value,
            fx_rate=failed.fx_rate,
            fx_date=failed.fx_date,
            created_by=actor.id,
            due_on=clock.today(),
            retry_of=seq,
            account=account,
            holder=dest.holder.strip() if account else "",
            bank=dest.bank.strip() if account else "",
        )
        audit.record(
            actor.name,
            "payout.retry",
            "refund",
            row.refund_no,
            {"seq": seq, "method": failed.method},
            {"seq": new_seq, "retry_of": seq, "method": used.value, "amount": failed.amount},
        )
        send_scheduled(actor, row, payout, reference)
    return get_refund(refund_no)
