"""Refund use cases. Each action is one write transaction that re-reads the order and earlier
refunds, re-checks the caps and the gates, changes the rows and records its audit event.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import peewee as pw

from merchant_refunds.domain.amount_words import amount_in_words
from merchant_refunds.domain.calculation import (
    OPEN_STATUSES,
    FxRate,
    RefundQuote,
    Selection,
    quote_refund,
    summarize,
)
from merchant_refunds.domain.errors import InvalidInput, NotFound, PermissionDenied, Refused
from merchant_refunds.domain.lifecycle import (
    PayoutMethod,
    PayoutStatus,
    RefundStatus,
    Role,
    check_action,
)
from merchant_refunds.domain.masking import mask_account
from merchant_refunds.domain.money import Money
from merchant_refunds.domain.order import Order
from merchant_refunds.domain.policy import (
    Finding,
    Policy,
    ReasonCode,
    ReviewContext,
    is_large_refund,
    requires_second_approval,
    review,
)
from merchant_refunds.domain.text_checks import check_text
from merchant_refunds.services import audit, clock, integrity, payout_effects, presale
from merchant_refunds.services.shop_settings import get_policy
from merchant_refunds.services.users import Actor, require_role
from merchant_refunds.storage import models as m
from merchant_refunds.storage import order_repo
from merchant_refunds.storage.db import lock_row, write_transaction


@dataclass(frozen=True)
class Destination:
    """Where the money goes. Original route needs nothing more; a bank transfer needs all three."""

    method: PayoutMethod = PayoutMethod.ORIGINAL_ROUTE
    account: str = ""
    holder: str = ""
    bank: str = ""


@dataclass(frozen=True)
class RefundRequest:
    order_no: str
    selection: Selection
    reason: ReasonCode
    note: str = ""
    goods_return: bool = False
    destination: Destination = field(default_factory=Destination)
    fx: FxRate | None = None
    override_reason: str = ""


@dataclass(frozen=True)
class QuoteResult:
    quote: RefundQuote
    findings: list[Finding]
    order: Order

    @property
    def blocking(self) -> list[Finding]:
        return [f for f in self.findings if f.blocks]


def _validate_destination(dest: Destination, order: Order) -> None:
    if dest.method is PayoutMethod.BANK_TRANSFER:
        from stdnum import luhn
        from stdnum.exceptions import ValidationError
        from stdnum.iban import validate as validate_iban

        account = "".join(dest.account.split())
        if not dest.holder.strip() or not dest.bank.strip() or not account:
            raise InvalidInput(
                "bank_details_missing",
                "A bank transfer needs the account holder, the bank and the account number",
            )
        if account[:2].isalpha():
            try:
                validate_iban(account)
            except ValidationError:
                raise InvalidInput(
                    "invalid_iban", "The IBAN {account} is not valid", account=mask_account(account)
                ) from None
        elif not account.isdigit() or not 12 <= len(account) <= 19:
            raise InvalidInput(
                "invalid_account", "A bank card or account number is 12 to 19 digits"
            )
        elif len(account) >= 16 and account[0] in "3456":
            try:
                luhn.validate(account)
            except ValidationError:
                raise InvalidInput(
                    "invalid_account_checksum",
                    "The card number {account} fails its check digit",
                    account=mask_account(account),
                ) from None


def _destination_differs(dest: Destination, order: Order) -> bool:
    if dest.method is not PayoutMethod.BANK_TRANSFER:
        return False
    same_account = "".join(dest.account.split()) == "".join(order.payment.payer_account.split())
    same_holder = dest.holder.strip() == order.customer.name.strip()
    return not (same_account and same_holder)


def _compute(request: RefundRequest, order_row: m.Order, policy: Policy, on: date) -> QuoteResult:
    order = order_repo.to_domain(order_row)
    prior = order_repo.prior_refunds(order_row.id)
    _validate_destination(request.destination, order)
    quote = quote_refund(
        order,
        prior,
        request.selection,
        request.reason,
        policy,
        goods_return=request.goods_return,
        fx=request.fx,
    )
    open_units = summarize(prior).open_units
    ctx = ReviewContext(
        reason=request.reason,
        requested_on=on,
        selected_lines=[i.line_no for i in quote.items],
        refund_total=quote.total.minor,
        destination_differs=_destination_differs(request.destination, order),
        shipping_requested=quote.shipping_requested and order.shipping_fee > 0,
        shipping_granted=quote.shipping > 0 or not quote.shipping_requested,
        open_overlap_lines=[i.line_no for i in quote.items if open_units.get(i.line_no)],
    )
    return QuoteResult(quote, review(order, ctx, policy), order)


def _order_row(order_no: str) -> m.Order:
    row = m.Order.get_or_none(m.Order.order_no == order_no.strip())
    if row is None:
        raise NotFound("unknown_order", "No order {order_no}", order_no=order_no)
    return row


def quote(request: RefundRequest) -> QuoteResult:
    """What the refund would be and what the review finds, without saving anything."""
    return _compute(request, _order_row(request.order_no), get_policy(), clock.today())


def _next_refund_no(day: date) -> str:
    """The day's next number, after the highest in the table and in the trail: a refund row
    deleted behind the program's back does not give its number out again. Highest by length
    first: from the 10,000th refund of a day the numbers have five digits, and RF…9999 sorts
    after RF…10000 as text. The day's numbers are read as an index range (a ``LIKE`` reads the
    whole trail); its end is digits, which sort alike in every collation."""
    prefix = f"RF{day:%Y%m%d}"
    end = prefix + "9" * 20
    in_table = (
        m.Refund.select(m.Refund.refund_no)
        .where((m.Refund.refund_no >= prefix) & (m.Refund.refund_no <= end))
        .order_by(pw.fn.LENGTH(m.Refund.refund_no).desc(), m.Refund.refund_no.desc())
        .first()
    )
    key = m.AuditEvent.entity_key
    in_trail = (
        m.AuditEvent.select(key)
        .where((m.AuditEvent.entity == "refund") & (key >= prefix) & (key <= end))
        .order_by(pw.fn.LENGTH(key).desc(), key.desc())
        .first()
    )
    seqs = [
        int(number[len(prefix) :])
        for number in (
            in_table.refund_no if in_table else "",
            in_trail.entity_key if in_trail else "",
        )
        if number[len(prefix) :].isdigit()
    ]
    return f"{prefix}{max(seqs, default=0) + 1:04d}"


def _check_printable(total: Money) -> None:
    """The confirmation writes the amount in words; refuse a refund it could not print."""
    try:
        amount_in_words(total, "zh")
    except ValueError:
        raise Refused(
            "amount_too_large", "The refund amount {total} is too large to print", total=total
        ) from None


def _snapshot(row: m.Refund) -> dict[str, Any]:
    return {"status": row.status, "total": row.total, "currency": row.currency}


def request_refund(
    actor: Actor, request: RefundRequest, expected_total: int | None = None
) -> RefundDetail:
    """Create the request. Blocks need an owner's override with a reason; the caps are
    re-checked inside the write lock, so a concurrent refund of the same units loses cleanly."""
    require_role(actor, Role.OWNER, Role.CLERK, action="request refunds")
    if len(request.note) > 2000:
        raise InvalidInput("note_too_long", "The note is longer than 2000 characters")
    check_text(request.note, "note", 2000, multiline=True)
    check_text(request.override_reason, "override reason", 2000, multiline=True)
    check_text(request.destination.account, "account number", 128)
    check_text(request.destination.holder, "account holder", 200)
    check_text(request.destination.bank, "bank", 200)
    override = request.override_reason.strip()
    if override and actor.role is not Role.OWNER:
        raise PermissionDenied("override_owner_only", "Only the owner can override a block")
    with write_transaction():
        order_row = _order_row(request.order_no)
        lock_row(m.Order, order_row.id)
        policy = get_policy()
        now = clock.now()
        result = _compute(request, order_row, policy, now.date())
        quote_ = result.quote
        if expected_total is not None and expected_total != quote_.total.minor:
            raise Refused(
                "quote_changed",
                "The refund amount changed while you were entering it (now {total}); "
                "please check it again",
                total=quote_.total,
            )
        _check_printable(quote_.total)
        hard = [f for f in result.blocking if not f.overridable]
        if hard:
            raise Refused(hard[0].code, hard[0].template, **hard[0].params)
        # A pre-sale order in production may be requested: approval waits for the supplier.
        waits = [f for f in result.blocking if f.code != presale.PRESALE_FINDING]
        if waits and not override:
            raise Refused(
                "policy_block",
                "Blocked by the refund policy: {reasons}",
                reasons="; ".join(f.message for f in waits),
            )
        order = result.order
        refund_no = _next_refund_no(now.date())
        fx = quote_.fx
        row = m.Refund.create(
            refund_no=refund_no,
            order=order_row.id,
            status=RefundStatus.REQUESTED.value,
            reason_code=request.reason.value,
            note=request.note,
            goods_return=request.goods_return,
            destination_method=request.destination.method.value,
            destination_account="".join(request.destination.account.split()),
            destination_holder=request.destination.holder.strip(),
            destination_bank=request.destination.bank.strip(),
            currency=order.currency,
            total=quote_.total.minor,
            refunded_gross=quote_.refunded_gross,
            shipping=quote_.shipping,
            restocking_fee=quote_.restocking_fee,
            return_shipping=quote_.return_shipping,
            cross_border_fee=quote_.cross_border_fee,
            cross_border_fee_bearer=quote_.cross_border_fee_bearer.value,
            payout_currency=quote_.payout.currency,
            payout_amount=quote_.payout.minor,
            fx_rate=str(fx.rate) if fx else None,
            fx_date=fx.as_of if fx else None,
            quote_json=json.dumps(quote_.to_dict(), ensure_ascii=False),
            findings_json=json.dumps([f.to_dict() for f in result.findings], ensure_ascii=False),
            override_reason=override if result.blocking else "",
            overridden_by=actor.id if result.blocking else None,
            second_approval_required=requires_second_approval(order, quote_.total.minor, policy),
            signature_required=is_large_refund(order, quote_.total.minor, policy),
            requested_by=actor.id,
            requested_at=now,
            updated_at=now,
        )
        line_ids = dict(
            m.OrderLine.select(m.OrderLine.line_no, m.OrderLine.id)
            .where(m.OrderLine.order == order_row.id)
            .tuples()
        )
        if quote_.items:
            m.RefundLine.insert_many(
                [
                    {
                        "refund": row.id,
                        "order_line": line_ids[i.line_no],
                        "quantity": i.quantity,
                        "gross": i.gross,
                        "discount": i.discount,
                        "amount": i.amount,
                        "tax": i.tax,
                    }
                    for i in quote_.items
                ]
            ).execute()
        audit.record(
            actor.name,
            "refund.request",
            "refund",
            refund_no,
            None,
            {
                **_snapshot(row),
                "order_no": order.order_no,
                "reason": request.reason.value,
                "quote": quote_.to_dict(),
                "override_reason": row.override_reason,
                "findings": [f.code for f in result.findings],
            },
        )
    return get_refund(refund_no)


def _refund_row(refund_no: str) -> m.Refund:
    row = m.Refund.get_or_none(m.Refund.refund_no == refund_no.strip())
    if row is None:
        raise NotFound("unknown_refund", "No refund {refund_no}", refund_no=refund_no)
    return row


def _set_status(
    row: m.Refund, actor: Actor, action: str, status: RefundStatus | None, **changes: Any
) -> None:
    before = {**_snapshot(row), **{k: _plain(getattr(row, k)) for k in changes}}
    now = clock.now()
    if status is not None:
        changes["status"] = status.value
    changes["updated_at"] = now
    m.Refund.update(**changes).where(m.Refund.id == row.id).execute()
    fresh = m.Refund.get_by_id(row.id)
    after = {
        **_snapshot(fresh),
        **{k: _plain(getattr(fresh, k)) for k in changes if k != "updated_at"},
    }
    audit.record(actor.name, f"refund.{action}", "refund", row.refund_no, before, after)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, m.User):
        return value.name
    return value


def approve(actor: Actor, refund_no: str, note: str = "") -> RefundDetail:
    require_role(actor, Role.OWNER, action="approve refunds")
    with write_transaction():
        row = _refund_row(refund_no)
        check_action(RefundStatus(row.status), "approve", row.refund_no)
        integrity.verify_refund(row.refund_no)
        if row.second_approval_required and row.requested_by_id == actor.id:
            raise PermissionDenied(
                "second_person_required",
                "Refund {refund_no} is at or above the second-approval threshold: someone "
                "other than the requester must approve it",
                refund_no=row.refund_no,
            )
        presale.check_supplier_gate(row)
        if (
            m.Approval.select()
            .where((m.Approval.refund == row.id) & (m.Approval.user == actor.id))
            .exists()
        ):
            raise Refused(
                "already_decided",
                "You have already decided on {refund_no}",
                refund_no=row.refund_no,
            )
        now = clock.now()
        m.Approval.create(
            refund=row.id, user=actor.id, decision="approve", reason=note, created_at=now
        )
        _set_status(row, actor, "approve", RefundStatus.APPROVED, approved_at=now)
    return get_refund(refund_no)


def reject(actor: Actor, refund_no: str, reason: str) -> RefundDetail:
    require_role(actor, Role.OWNER, action="reject refunds")
    reason = check_text(reason, "reason", 2000, multiline=True).strip()
    if not reason:
        raise InvalidInput(
            "reason_required", "Please give the reason for rejecting; the customer will see it"
        )
    with write_transaction():
        row = _refund_row(refund_no)
        check_action(RefundStatus(row.status), "reject", row.refund_no)
        now = clock.now()
        m.Approval.create(
            refund=row.id, user=actor.id, decision="reject", reason=reason, created_at=now
        )
        _set_status(
            row, actor, "reject", RefundStatus.REJECTED, rejected_at=now, rejection_reason=reason
        )
    return get_refund(refund_no)


def record_signature(actor: Actor, refund_no: str) -> RefundDetail:
    require_role(actor, Role.OWNER, Role.CLERK, action="record signatures")
    with write_transaction():
        mark_signed(actor, _refund_row(refund_no))
    return get_refund(refund_no)


def mark_signed(actor: Actor, row: m.Refund) -> None:
    """Set the refund's signature gate; call inside the write transaction that stores the proof."""
    check_action(RefundStatus(row.status), "sign", row.refund_no)
    if row.signed_at:
        raise Refused(
            "already_signed", "Refund {refund_no} is already signed", refund_no=row.refund_no
        )
    _set_status(row, actor, "sign", None, signed_at=clock.now(), signed_by=actor.id)


def record_goods_received(actor: Actor, refund_no: str) -> RefundDetail:
    require_role(actor, Role.OWNER, Role.CLERK, action="record returned goods")
    with write_transaction():
        row = _refund_row(refund_no)
        check_action(RefundStatus(row.status), "receive_goods", row.refund_no)
        if not row.goods_return:
            raise Refused(
                "no_goods_return",
                "Refund {refund_no} has no goods to return",
                refund_no=row.refund_no,
            )
        if row.goods_received_at:
            raise Refused(
                "goods_already_received",
                "The goods of {refund_no} are already recorded as received",
                refund_no=row.refund_no,
            )
        _set_status(row, actor, "receive_goods", None, goods_received_at=clock.now())
    return get_refund(refund_no)


def _active_payouts(refund_id: int) -> list[m.Payout]:
    return list(
        m.Payout.select()
        .where((m.Payout.refund == refund_id) & (m.Payout.status != PayoutStatus.FAILED.value))
        .order_by(m.Payout.seq)
    )


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
        row = _refund_row(refund_no)
        lock_row(m.Refund, row.id)
        policy = get_policy()
        check_payout_gates(row, policy)
        used_method = (pay_method or PayoutMethod(row.destination_method)).value
        bank = payout_bank_details(row, PayoutMethod(used_method), destination)
        active = _active_payouts(row.id)
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
        payout = payout_effects.after_send(actor, row, payout, now)
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
                "expected_from": _plain(payout.expected_from),
                "expected_to": _plain(payout.expected_to),
            },
        )
        if payout_effects.fully_sent(row):
            _set_status(row, actor, "pay", RefundStatus.PAID, paid_at=now)
    return get_refund(refund_no)


def payout_bank_details(
    row: m.Refund, method: PayoutMethod, destination: Destination | None
) -> dict[str, str]:
    """The account a bank-transfer payout goes to when given at payout time: validated like a
    request's destination, returned as the payout's ``account``/``holder``/``bank`` columns."""
    if destination is None or method is not PayoutMethod.BANK_TRANSFER:
        return {}
    dest = Destination(method, destination.account, destination.holder, destination.bank)
    _validate_destination(dest, order_repo.to_domain(m.Order.get_by_id(row.order_id)))
    return {
        "account": "".join(dest.account.split()),
        "holder": dest.holder.strip(),
        "bank": dest.bank.strip(),
    }


def check_payout_gates(row: m.Refund, policy: Policy) -> None:
    """Money may move: the refund is approved, signed when it must be, the goods are back, and
    its rows are what its audit events say."""
    check_action(RefundStatus(row.status), "pay", row.refund_no)
    integrity.verify_refund(row.refund_no)
    if row.signature_required and not row.signed_at:
        raise Refused(
            "signature_required",
            "Refund {refund_no} needs the customer's signed confirmation before any money is paid",
            refund_no=row.refund_no,
        )
    if row.goods_return and policy.require_goods_before_payout and not row.goods_received_at:
        raise Refused(
            "goods_not_received",
            "The returned goods of {refund_no} have not been received yet",
            refund_no=row.refund_no,
        )


def confirm_received(actor: Actor, refund_no: str, seq: int | None = None) -> RefundDetail:
    """The customer has the money; when every payout is confirmed the refund is completed."""
    require_role(actor, Role.OWNER, Role.CLERK, action="confirm receipt")
    with write_transaction():
        row = _refund_row(refund_no)
        integrity.verify_refund(row.refund_no)
        active = _active_payouts(row.id)
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
        all_received = all(p.status == PayoutStatus.RECEIVED.value for p in _active_payouts(row.id))
        if row.status == RefundStatus.PAID.value and all_received:
            _set_status(row, actor, "complete", RefundStatus.COMPLETED, completed_at=now)
    return get_refund(refund_no)


def cancel(actor: Actor, refund_no: str, reason: str = "") -> RefundDetail:
    """Withdraw a request or an approved refund before any money has been sent."""
    require_role(actor, Role.OWNER, Role.CLERK, action="cancel refunds")
    check_text(reason, "reason", 2000, multiline=True)
    with write_transaction():
        row = _refund_row(refund_no)
        check_action(RefundStatus(row.status), "cancel", row.refund_no)
        if actor.role is Role.CLERK and (
            row.requested_by_id != actor.id or row.status != RefundStatus.REQUESTED.value
        ):
            raise PermissionDenied(
                "clerk_cancel_own",
                "A clerk can cancel only their own refund requests that are not yet approved",
            )
        if _active_payouts(row.id):
            raise Refused(
                "payout_exists",
                "Money has already been sent for {refund_no}",
                refund_no=row.refund_no,
            )
        _set_status(
            row,
            actor,
            "cancel",
            RefundStatus.CANCELLED,
            cancelled_at=clock.now(),
            cancel_reason=reason.strip(),
        )
    return get_refund(refund_no)


@dataclass(frozen=True)
class PayoutInfo:
    seq: int
    method: str
    amount: int
    currency: str
    status: str
    reference: str
    sent_at: datetime | None
    received_at: datetime | None
    due_on: date | None = None
    expected_from: date | None = None
    expected_to: date | None = None
    failure_reason: str = ""
    failed_at: datetime | None = None
    retry_of: int | None = None
    sent_by: str = ""
    confirmed_by: str = ""
    failed_by: str = ""
    account_masked: str = ""


@dataclass(frozen=True)
class ApprovalInfo:
    user_name: str
    decision: str
    reason: str
    at: datetime


@dataclass(frozen=True)
class RefundDetail:
    refund_no: str
    order_no: str
    status: RefundStatus
    reason: ReasonCode
    note: str
    currency: str
    total: Money
    payout: Money
    quote: dict[str, Any]
    findings: list[dict[str, Any]]
    override_reason: str
    goods_return: bool
    goods_received_at: datetime | None
    destination_method: str
    destination_masked: str
    second_approval_required: bool
    signature_required: bool
    signed_at: datetime | None
    requested_by: str
    requested_at: datetime
    approvals: list[ApprovalInfo]
    payouts: list[PayoutInfo]
    rejection_reason: str

    @property
    def paid_so_far(self) -> int:
        return sum(p.amount for p in self.payouts if p.status != PayoutStatus.FAILED.value)

    def to_dict(self) -> dict[str, Any]:
        def when(v: date | None) -> str | None:
            return v.isoformat() if v else None

        return {
            "refund_no": self.refund_no,
            "order_no": self.order_no,
            "status": self.status.value,
            "reason": self.reason.value,
            "note": self.note,
            "currency": self.currency,
            "total": str(self.total.amount),
            "total_minor": self.total.minor,
            "payout": {"amount": str(self.payout.amount), "currency": self.payout.currency},
            "quote": self.quote,
            "findings": self.findings,
            "override_reason": self.override_reason,
            "goods_return": self.goods_return,
            "goods_received_at": when(self.goods_received_at),
            "destination": {"method": self.destination_method, "account": self.destination_masked},
            "second_approval_required": self.second_approval_required,
            "signature_required": self.signature_required,
            "signed_at": when(self.signed_at),
            "requested_by": self.requested_by,
            "requested_at": when(self.requested_at),
            "approvals": [
                {"user": a.user_name, "decision": a.decision, "reason": a.reason, "at": when(a.at)}
                for a in self.approvals
            ],
            "payouts": [
                {
                    "seq": p.seq,
                    "method": p.method,
                    "amount_minor": p.amount,
                    "currency": p.currency,
                    "status": p.status,
                    "reference": p.reference,
                    "sent_at": when(p.sent_at),
                    "received_at": when(p.received_at),
                    "due_on": when(p.due_on),
                    "expected_from": when(p.expected_from),
                    "expected_to": when(p.expected_to),
                    "failure_reason": p.failure_reason,
                    "failed_at": when(p.failed_at),
                    "retry_of": p.retry_of,
                    "sent_by": p.sent_by,
                    "confirmed_by": p.confirmed_by,
                    "failed_by": p.failed_by,
                    "account": p.account_masked,
                }
                for p in self.payouts
            ],
            "rejection_reason": self.rejection_reason,
        }


def get_refund(refund_no: str) -> RefundDetail:
    row = _refund_row(refund_no)
    users = {u.id: u.name for u in m.User.select(m.User.id, m.User.name)}
    approvals = [
        ApprovalInfo(users.get(a.user_id, "?"), a.decision, a.reason, a.created_at)
        for a in m.Approval.select().where(m.Approval.refund == row.id).order_by(m.Approval.id)
    ]
    payouts = [
        PayoutInfo(
            p.seq,
            p.method,
            p.amount,
            p.currency,
            p.status,
            p.reference,
            p.sent_at,
            p.received_at,
            due_on=p.due_on,
            expected_from=p.expected_from,
            expected_to=p.expected_to,
            failure_reason=p.failure_reason,
            failed_at=p.failed_at,
            retry_of=p.retry_of,
            sent_by=users.get(p.sent_by_id, "") if p.sent_by_id else "",
            confirmed_by=users.get(p.confirmed_by_id, "") if p.confirmed_by_id else "",
            failed_by=users.get(p.failed_by_id, "") if p.failed_by_id else "",
            account_masked=mask_account(p.account),
        )
        for p in m.Payout.select().where(m.Payout.refund == row.id).order_by(m.Payout.seq)
    ]
    return RefundDetail(
        refund_no=row.refund_no,
        order_no=m.Order.get_by_id(row.order_id).order_no,
        status=RefundStatus(row.status),
        reason=ReasonCode(row.reason_code),
        note=row.note,
        currency=row.currency,
        total=Money(row.total, row.currency),
        payout=Money(row.payout_amount, row.payout_currency),
        quote=json.loads(row.quote_json),
        findings=json.loads(row.findings_json),
        override_reason=row.override_reason,
        goods_return=row.goods_return,
        goods_received_at=row.goods_received_at,
        destination_method=row.destination_method,
        destination_masked=mask_account(row.destination_account),
        second_approval_required=row.second_approval_required,
        signature_required=row.signature_required,
        signed_at=row.signed_at,
        requested_by=users.get(row.requested_by_id, "?"),
        requested_at=row.requested_at,
        approvals=approvals,
        payouts=payouts,
        rejection_reason=row.rejection_reason,
    )


@dataclass(frozen=True)
class RefundSummary:
    refund_no: str
    order_no: str
    status: str
    reason_code: str
    currency: str
    total: int
    requested_at: datetime
    customer_name: str


def list_refunds(
    status: str | None = None, text: str = "", *, limit: int = 50, offset: int = 0
) -> list[RefundSummary]:
    query = m.Refund.select(
        m.Refund.refund_no,
        m.Order.order_no,
        m.Refund.status,
        m.Refund.reason_code,
        m.Refund.currency,
        m.Refund.total,
        m.Refund.requested_at,
        m.Order.customer_name,
    ).join(m.Order)
    if status:
        query = query.where(m.Refund.status == status)
    if text.strip():
        t = text.strip()
        query = query.where(
            m.Refund.refund_no.startswith(t)
            | m.Order.order_no.startswith(t)
            | m.Order.customer_name.startswith(t)
        )
    query = query.order_by(m.Refund.id.desc()).limit(limit).offset(offset)
    return [RefundSummary(*r) for r in query.tuples()]


def count_by_status() -> dict[str, int]:
    from peewee import fn

    rows = m.Refund.select(m.Refund.status, fn.COUNT(m.Refund.id)).group_by(m.Refund.status)
    return {s.value: 0 for s in RefundStatus} | dict(rows.tuples())


def open_statuses() -> Sequence[str]:
    return sorted(OPEN_STATUSES)


def parse_fx(base: str, quote_ccy: str, rate: str, as_of: str | None) -> FxRate:
    """Build a rate from typed text (``7.1234``); the date defaults to today."""
    try:
        value = Decimal(rate.strip())
    except Exception:
        raise InvalidInput("invalid_fx_rate", "Not an exchange rate: {rate}", rate=rate) from None
    try:
        day = date.fromisoformat(as_of) if as_of else clock.today()
    except ValueError:
        raise InvalidInput(
            "invalid_date", "Not a date (YYYY-MM-DD): {value}", value=as_of
        ) from None
    return FxRate(base, quote_ccy, value, day)
