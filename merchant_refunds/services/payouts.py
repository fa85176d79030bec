"""Instalments, failed payouts and retries: every payout traceable from scheduled to received.

A failed payout is never edited away: it stays with its reason, who marked it and when, and the
retry is a new payout (``retry_of`` names the failed one). While money that failed is owed, the
refund is ``approved`` again, so the refunds list and the follow-up view both show it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from merchant_refunds.domain.errors import InvalidInput, NotFound, Refused
from merchant_refunds.domain.instalments import schedule_dates, split_amount
from merchant_refunds.domain.lifecycle import PayoutMethod, PayoutStatus, RefundStatus, Role
from merchant_refunds.domain.money import Money
from merchant_refunds.services import audit, clock, payout_effects
from merchant_refunds.services.refunds import (
    Destination,
    RefundDetail,
    _active_payouts,
    _plain,
    _refund_row,
    _set_status,
    _validate_destination,
    check_payout_gates,
    get_refund,
    payout_bank_details,
)
from merchant_refunds.services.shop_settings import get_policy
from merchant_refunds.services.users import Actor, require_role
from merchant_refunds.storage import models as m
from merchant_refunds.storage import order_repo
from merchant_refunds.storage.db import write_transaction

MAX_REFERENCE = 128
MAX_REASON = 500
DEFAULT_EVERY_DAYS = 30


def _method(method: str | None) -> PayoutMethod | None:
    try:
        return PayoutMethod(method) if method else None
    except ValueError:
        raise InvalidInput(
            "unknown_payout_method", "Unknown payout method: {method}", method=method
        ) from None


def _check_reference(reference: str) -> str:
    if len(reference) > MAX_REFERENCE:
        raise InvalidInput("reference_too_long", "The reference is longer than 128 characters")
    return reference.strip()


def _next_seq(refund_id: int) -> int:
    last = (
        m.Payout.select(m.Payout.seq)
        .where(m.Payout.refund == refund_id)
        .order_by(m.Payout.seq.desc())
        .scalar()
    )
    return (last or 0) + 1


def _payout(row: m.Refund, seq: int) -> m.Payout:
    payout = m.Payout.get_or_none((m.Payout.refund == row.id) & (m.Payout.seq == seq))
    if payout is None:
        raise NotFound(
            "unknown_payout",
            "Refund {refund_no} has no payout {seq}",
            refund_no=row.refund_no,
            seq=seq,
        )
    return payout


def _send(
    actor: Actor,
    row: m.Refund,
    payout: m.Payout,
    reference: str,
    method: PayoutMethod | None = None,
) -> None:
    """A scheduled payout goes out now (inside the caller's write transaction)."""
    now = clock.now()
    changes: dict[str, Any] = {
        "status": PayoutStatus.SENT.value,
        "sent_at": now,
        "reference": reference or payout.reference,
    }
    if method is not None:
        changes["method"] = method.value
    m.Payout.update(**changes).where(m.Payout.id == payout.id).execute()
    fresh = payout_effects.after_send(actor, row, m.Payout.get_by_id(payout.id), now)
    audit.record(
        actor.name,
        "payout.send",
        "refund",
        row.refund_no,
        {"seq": payout.seq, "status": payout.status},
        {
            "seq": fresh.seq,
            "status": fresh.status,
            "method": fresh.method,
            "amount": fresh.amount,
            "currency": fresh.currency,
            "reference": fresh.reference,
            "expected_from": _plain(fresh.expected_from),
            "expected_to": _plain(fresh.expected_to),
        },
    )
    if payout_effects.fully_sent(row):
        _set_status(row, actor, "pay", RefundStatus.PAID, paid_at=now)


def schedule_instalments(
    actor: Actor,
    refund_no: str,
    parts: int,
    *,
    method: str | None = None,
    reference: str = "",
    first_on: date | None = None,
    every_days: int = DEFAULT_EVERY_DAYS,
    send_first: bool = True,
    destination: Destination | None = None,
) -> RefundDetail:
    """Split what is left to pay into ``parts`` payouts that add up exactly; send the first now
    unless ``send_first`` is off. Only large refunds, within the policy's number of instalments.
    ``destination``: a bank transfer's account, validated and kept on every instalment."""
    require_role(actor, Role.OWNER, action="pay refunds")
    if isinstance(parts, bool) or not isinstance(parts, int) or parts < 2:
        raise InvalidInput("invalid_instalments", "Instalments means 2 or more payouts")
    pay_method = _method(method)
    reference = _check_reference(reference)
    start = first_on or clock.today()
    if start < clock.today():
        raise InvalidInput("instalment_in_past", "The first instalment cannot be due in the past")
    dates = schedule_dates(start, parts, every_days)
    with write_transaction():
        row = _refund_row(refund_no)
        policy = get_policy()
        check_payout_gates(row, policy)
        if not (row.signature_required and policy.instalments_allowed):
            raise Refused(
                "instalments_not_allowed", "Only large refunds can be paid in instalments"
            )
        active = _active_payouts(row.id)
        if any(p.status == PayoutStatus.SCHEDULED.value for p in active):
            raise Refused(
                "instalments_scheduled_already",
                "Refund {refund_no} already has scheduled instalments",
                refund_no=row.refund_no,
            )
        if len(active) + parts > policy.max_instalments:
            raise Refused(
                "too_many_instalments",
                "At most {n} instalments; pay the rest now",
                n=policy.max_instalments,
            )
        left = row.payout_amount - sum(p.amount for p in active)
        amounts = split_amount(left, parts)
        used = (pay_method or PayoutMethod(row.destination_method)).value
        bank = payout_bank_details(row, PayoutMethod(used), destination)
        first_seq = _next_seq(row.id)
        for i, (amount, due) in enumerate(zip(amounts, dates, strict=True)):
            m.Payout.create(
                refund=row.id,
                seq=first_seq + i,
                method=used,
                amount=amount,
                currency=row.payout_currency,
                status=PayoutStatus.SCHEDULED.value,
                fx_rate=row.fx_rate,
                fx_date=row.fx_date,
                created_by=actor.id,
                due_on=due,
                **bank,
            )
        audit.record(
            actor.name,
            "payout.schedule",
            "refund",
            row.refund_no,
            None,
            {
                "method": used,
                "currency": row.payout_currency,
                "instalments": [
                    {"seq": first_seq + i, "amount": a, "due_on": d.isoformat()}
                    for i, (a, d) in enumerate(zip(amounts, dates, strict=True))
                ],
            },
        )
        if send_first and dates[0] <= clock.today():
            _send(actor, row, _payout(row, first_seq), reference)
    return get_refund(refund_no)


def send_payout(
    actor: Actor, refund_no: str, seq: int, *, reference: str = "", method: str | None = None
) -> RefundDetail:
    """Send a scheduled instalment now (its due date may not have come yet: paying early is
    allowed)."""
    require_role(actor, Role.OWNER, action="pay refunds")
    reference = _check_reference(reference)
    pay_method = _method(method)
    with write_transaction():
        row = _refund_row(refund_no)
        check_payout_gates(row, get_policy())
        payout = _payout(row, seq)
        if payout.status != PayoutStatus.SCHEDULED.value:
            raise Refused(
                "payout_not_scheduled",
                "Payout {seq} of {refund_no} is {status}, not scheduled",
                seq=seq,
                refund_no=row.refund_no,
                status=payout.status,
            )
        _send(actor, row, payout, reference, pay_method)
    return get_refund(refund_no)


def mark_failed(actor: Actor, refund_no: str, seq: int, reason: str) -> RefundDetail:
    """The money came back or never left: keep the payout with the reason; the amount is owed
    again, so a paid refund returns to ``approved``."""
    require_role(actor, Role.OWNER, Role.CLERK, action="mark payouts failed")
    reason = reason.strip()
    if not reason:
        raise InvalidInput("failure_reason_required", "Please say why the payout failed")
    if len(reason) > MAX_REASON:
        raise InvalidInput("failure_reason_too_long", "The reason is longer than 500 characters")
    with write_transaction():
        row = _refund_row(refund_no)
        payout = _payout(row, seq)
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
            _set_status(row, actor, "payout_failed", RefundStatus.APPROVED, paid_at=None)
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
    pay_method = _method(method)
    reference = _check_reference(reference)
    with write_transaction():
        row = _refund_row(refund_no)
        check_payout_gates(row, get_policy())
        failed = _payout(row, seq)
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
            _validate_destination(dest, order_repo.to_domain(m.Order.get_by_id(row.order_id)))
        left = row.payout_amount - sum(p.amount for p in _active_payouts(row.id))
        if failed.amount > left:
            raise Refused(
                "payout_exceeds",
                "Only {left} is left to pay on {refund_no}",
                left=Money(left, row.payout_currency),
                refund_no=row.refund_no,
            )
        new_seq = _next_seq(row.id)
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
        _send(actor, row, payout, reference)
    return get_refund(refund_no)
