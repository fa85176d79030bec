"""Money going out: a payout of what is left (or part of it), instalments scheduled and sent.

Every payout is traceable from scheduled to received. Each action is one write transaction: the
payout rows change first, then :mod:`.effects` completes them, then the audit event is recorded,
then the refund's status when everything is on its way.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from merchant_refunds.domain.errors import InvalidInput, NotFound, Refused
from merchant_refunds.domain.instalments import schedule_dates, split_amount
from merchant_refunds.domain.lifecycle import PayoutMethod, PayoutStatus, RefundStatus, Role
from merchant_refunds.domain.money import Money
from merchant_refunds.services import audit, clock
from merchant_refunds.services.payouts import effects
from merchant_refunds.services.payouts.gates import check_payout_gates, payout_bank_details
from merchant_refunds.services.refund_requests import Destination
from merchant_refunds.services.refund_rows import active_payouts, plain, refund_row, set_status
from merchant_refunds.services.refund_views import RefundDetail, get_refund
from merchant_refunds.services.shop_settings import get_policy
from merchant_refunds.services.users import Actor, require_role
from merchant_refunds.storage import models as m
from merchant_refunds.storage.db import lock_row, write_transaction

MAX_REFERENCE = 128


DEFAULT_EVERY_DAYS = 30


def parse_method(method: str | None) -> PayoutMethod | None:
    """The payout method named by a face (None: the refund's own destination method)."""
    try:
        return PayoutMethod(method) if method else None
    except ValueError:
        raise InvalidInput(
            "unknown_payout_method", "Unknown payout method: {method}", method=method
        ) from None


def check_reference(reference: str) -> str:
    """The payout's reference (a bank or wallet transaction number), at most 128 characters."""
    if len(reference) > MAX_REFERENCE:
        raise InvalidInput("reference_too_long", "The reference is longer than 128 characters")
    return reference.strip()


def next_seq(refund_id: int) -> int:
    """The number the refund's next payout gets: one more than its last, failed ones included."""
    last = (
        m.Payout.select(m.Payout.seq)
        .where(m.Payout.refund == refund_id)
        .order_by(m.Payout.seq.desc())
        .scalar()
    )
    return (last or 0) + 1


def payout_row(row: m.Refund, seq: int) -> m.Payout:
    """Payout ``seq`` of the refund, or NotFound."""
    payout = m.Payout.get_or_none((m.Payout.refund == row.id) & (m.Payout.seq == seq))
    if payout is None:
        raise NotFound(
            "unknown_payout",
            "Refund {refund_no} has no payout {seq}",
            refund_no=row.refund_no,
            seq=seq,
        )
    return payout


def send_scheduled(
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
    fresh = effects.after_send(actor, row, m.Payout.get_by_id(payout.id), now)
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
            "expected_from": plain(fresh.expected_from),
            "expected_to": plain(fresh.expected_to),
        },
    )
    if effects.fully_sent(row):
        set_status(row, actor, "pay", RefundStatus.PAID, paid_at=now)


def record_payout(
    actor: Actor,
    refund_no: str,
    *,
    method: str | None = None,
    reference: str = "",
    amount: int | None = None,
    destination: Destination | None = None,
) -> RefundDetail:
    """Record money sent. Without ``amount`` the rest is paid; a part payment (instalment) is
    allowed only for large refunds when the policy allows instalments. ``destination`` gives a
    bank transfer its account at payout time (validated, kept on the payout)."""
    require_role(actor, Role.OWNER, action="pay refunds")
    if amount is not None and (isinstance(amount, bool) or not isinstance(amount, int)):
        raise TypeError("amount must be an int of minor units")
    try:
        pay_method = PayoutMethod(method) if method else None
    except ValueError:
        raise InvalidInput(
            "unknown_payout_method", "Unknown payout method: {method}", method=method
        ) from None
    if len(reference) > 128:
        raise InvalidInput("reference_too_long", "The reference is longer than 128 characters")
    with write_transaction():
        row = refund_row(refund_no)
        lock_row(m.Refund, row.id)
        policy = get_policy()
        check_payout_gates(row, policy)
        used_method = (pay_method or PayoutMethod(row.destination_method)).value
        bank = payout_bank_details(row, PayoutMethod(used_method), destination)
        active = active_payouts(row.id)
        paid = sum(p.amount for p in active)
        left = row.payout_amount - paid
        scheduled = [p for p in active if p.status == PayoutStatus.SCHEDULED.value]
        if left == 0 and scheduled:
            raise Refused(
                "instalments_scheduled",
                "Refund {refund_no} has scheduled instalments: send payout {seq} instead",
                refund_no=row.refund_no,
                seq=scheduled[0].seq,
            )
        if row.payout_amount == 0 and not active and not amount:
            # A free item given back: no money is owed, so recording the payout closes the
            # refund without a payout row (a payout of nothing would be sent nowhere).
            set_status(row, actor, "pay", RefundStatus.PAID, paid_at=clock.now())
            return get_refund(refund_no)
        amount = left if amount is None else amount
        if amount <= 0:
            raise InvalidInput("invalid_payout_amount", "The payout amount must be above zero")
        if amount > left:
            raise Refused(
                "payout_exceeds",
                "Only {left} is left to pay on {refund_no}",
                left=Money(left, row.payout_currency),
                refund_no=row.refund_no,
            )
        if amount < left:
            if not (row.signature_required and policy.instalments_allowed):
                raise Refused(
                    "instalments_not_allowed", "Only large refunds can be paid in instalments"
                )
            if len(active) + 1 >= policy.max_instalments:
                raise Refused(
                    "too_many_instalments",
                    "At most {n} instalments; pay the rest now",
                    n=policy.max_instalments,
                )
        seq = (
            m.Payout.select(m.Payout.seq)
            .where(m.Payout.refund == row.id)
            .order_by(m.Payout.seq.desc())
            .scalar()
            or 0
        ) + 1
        now = clock.now()
        payout = m.Payout.create(
            refund=row.id,
            seq=seq,
            method=used_method,
            amount=amount,
            currency=row.payout_currency,
            status=PayoutStatus.SENT.value,
            reference=reference.strip(),
            fx_rate=row.fx_rate,
            fx_date=row.fx_date,
            created_by=actor.id,
            sent_at=now,
            **bank,
        )
        payout = effects.after_send(actor, row, payout, now)
        audit.record(
            actor.name,
            "payout.send",
            "refund",
            row.refund_no,
            None,
            {
                "seq": seq,
                "method": used_method,
                "amount": amount,
                "currency": row.payout_currency,
                "reference": reference.strip(),
                "expected_from": plain(payout.expected_from),
                "expected_to": plain(payout.expected_to),
            },
        )
        if effects.fully_sent(row):
            set_status(row, actor, "pay", RefundStatus.PAID, paid_at=now)
    return get_refund(refund_no)


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
    pay_method = parse_method(method)
    reference = check_reference(reference)
    start = first_on or clock.today()
    if start < clock.today():
        raise InvalidInput("instalment_in_past", "The first instalment cannot be due in the past")
    dates = schedule_dates(start, parts, every_days)
    with write_transaction():
        row = refund_row(refund_no)
        policy = get_policy()
        check_payout_gates(row, policy)
        if not (row.signature_required and policy.instalments_allowed):
            raise Refused(
                "instalments_not_allowed", "Only large refunds can be paid in instalments"
            )
        active = active_payouts(row.id)
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
        first_seq = next_seq(row.id)
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
            send_scheduled(actor, row, payout_row(row, first_seq), reference)
    return get_refund(refund_no)


def send_payout(
    actor: Actor, refund_no: str, seq: int, *, reference: str = "", method: str | None = None
) -> RefundDetail:
    """Send a scheduled instalment now (its due date may not have come yet: paying early is
    allowed)."""
    require_role(actor, Role.OWNER, action="pay refunds")
    reference = check_reference(reference)
    pay_method = parse_method(method)
    with write_transaction():
        row = refund_row(refund_no)
        check_payout_gates(row, get_policy())
        payout = payout_row(row, seq)
        if payout.status != PayoutStatus.SCHEDULED.value:
            raise Refused(
                "payout_not_scheduled",
                "Payout {seq} of {refund_no} is {status}, not scheduled",
                seq=seq,
                refund_no=row.refund_no,
                status=payout.status,
            )
        send_scheduled(actor, row, payout, reference, pay_method)
    return get_refund(refund_no)
