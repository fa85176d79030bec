"""Exchanges (换货): recording one, cancelling one; reading them back is ``exchange_views``
(its names are offered here too).

An exchange is one write transaction that re-reads the order and everything already refunded or
exchanged on it, re-checks the caps inside the order's lock, writes the exchange with its lines
and records its audit event. Where the shop owes the customer the difference, the same
transaction requests a refund of exactly that difference, reviewed by the policy like any other
request; it then goes through approval, signature and payout as every refund does. A difference
the customer pays is recorded with the receipt number of the payment taken.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from merchant_refunds.domain.calculation import ItemRefund, RefundQuote, summarize
from merchant_refunds.domain.errors import InvalidInput, NotFound, PermissionDenied, Refused
from merchant_refunds.domain.exchanges import (
    CANCELLED,
    RECORDED,
    ExchangeQuote,
    ItemOut,
    Settlement,
    quote_exchange,
)
from merchant_refunds.domain.lifecycle import RefundStatus, Role
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
from merchant_refunds.services import audit, clock
from merchant_refunds.services.exchange_stock import reverse_movements, write_out_movements
from merchant_refunds.services.exchange_views import ExchangeDetail, get_exchange
from merchant_refunds.services.exchange_views import exchange_row as _exchange_row
from merchant_refunds.services.exchange_views import exchanges_of_order as exchanges_of_order
from merchant_refunds.services.refund_requests import (
    Destination,
    check_printable,
    destination_differs,
    next_day_number,
    next_refund_no,
    validate_destination,
)
from merchant_refunds.services.refund_requests import (
    order_row as find_order_row,
)
from merchant_refunds.services.refund_rows import snapshot
from merchant_refunds.services.shop_settings import get_policy
from merchant_refunds.services.users import Actor, require_role
from merchant_refunds.storage import models as m
from merchant_refunds.storage import order_repo
from merchant_refunds.storage.db import lock_row, write_transaction

RECORD_ACTION = "exchange.record"
CANCEL_ACTION = "exchange.cancel"
#: The name the difference refund's one item carries, on screens and paper in both languages.
DIFFERENCE_ITEM = "换货差价 Exchange price difference"


@dataclass(frozen=True)
class ExchangeRequest:
    """Units back per order line number, units out, the reason; where a refund of the
    difference goes (``destination``), or the receipt of the difference the customer paid."""

    order_no: str
    back: Mapping[int, int]
    out: tuple[ItemOut, ...]
    reason: ReasonCode
    note: str = ""
    destination: Destination = field(default_factory=Destination)
    receipt_no: str = ""
    override_reason: str = ""


@dataclass(frozen=True)
class ExchangeResult:
    quote: ExchangeQuote
    findings: list[Finding]
    order: Order

    @property
    def blocking(self) -> list[Finding]:
        return [f for f in self.findings if f.blocks]


def _compute(
    request: ExchangeRequest, order_row: m.Order, policy: Policy, on: date
) -> ExchangeResult:
    order = order_repo.to_domain(order_row)
    prior = order_repo.prior_refunds(order_row.id)
    quote_ = quote_exchange(order, prior, request.back, request.out, request.reason, policy)
    owed = quote_.settlement is Settlement.REFUND
    if owed:
        validate_destination(request.destination, order)
    open_units = summarize(prior).open_units
    ctx = ReviewContext(
        reason=request.reason,
        requested_on=on,
        selected_lines=sorted(quote_.line_units()),
        refund_total=max(quote_.difference, 0),
        destination_differs=owed and destination_differs(request.destination, order),
        open_overlap_lines=[n for n in quote_.line_units() if open_units.get(n)],
    )
    return ExchangeResult(quote_, review(order, ctx, policy), order)


def quote(request: ExchangeRequest) -> ExchangeResult:
    """What the exchange would be and what the review finds, without saving anything."""
    return _compute(request, find_order_row(request.order_no), get_policy(), clock.today())


def _check_texts(request: ExchangeRequest) -> None:
    check_text(request.note, "note", 2000, multiline=True)
    check_text(request.override_reason, "override reason", 2000, multiline=True)
    check_text(request.receipt_no, "receipt number", 64)
    check_text(request.destination.account, "account number", 128)
    check_text(request.destination.holder, "account holder", 200)
    check_text(request.destination.bank, "bank", 200)
    for item in request.out:
        check_text(item.sku, "SKU", 64)
        check_text(item.name, "name", 500)


def _next_exchange_no(day: date) -> str:
    return next_day_number(f"EX{day:%Y%m%d}", m.Exchange.exchange_no, "exchange")


def difference_quote(exchange_no: str, quote_: ExchangeQuote, policy: Policy) -> RefundQuote:
    """The refund of the difference as a quote of one item: it takes no units (the exchange
    already counts them), so on paper it shows as the exchange's price difference."""
    item = ItemRefund(
        line_no=0,
        sku=exchange_no,
        name=DIFFERENCE_ITEM,
        quantity=1,
        already_refunded=0,
        line_quantity=1,
        gross=quote_.difference,
        discount=0,
        amount=quote_.difference,
        tax=quote_.refund_tax,
    )
    return RefundQuote(
        order_no=quote_.order_no,
        currency=quote_.currency,
        reason=quote_.reason,
        items=(item,),
        shipping=0,
        shipping_requested=False,
        restocking_fee=0,
        return_shipping=0,
        cross_border_fee=0,
        cross_border_fee_bearer=policy.cross_border_fee_bearer,
        fx=None,
        payout=Money(quote_.difference, quote_.currency),
        empties_order=False,
        goods_return=False,
    )


def record_exchange(
    actor: Actor, request: ExchangeRequest, expected_difference: int | None = None
) -> ExchangeDetail:
    """Record the exchange (owner or clerk). A block of the policy needs an owner's override
    with a reason; a difference the customer pays needs its receipt number; a difference the
    shop owes becomes a refund request in the same transaction."""
    require_role(actor, Role.OWNER, Role.CLERK, action="record exchanges")
    _check_texts(request)
    override = request.override_reason.strip()
    receipt = request.receipt_no.strip()
    if override and actor.role is not Role.OWNER:
        raise PermissionDenied("override_owner_only", "Only the owner can override a block")
    with write_transaction():
        order_row = find_order_row(request.order_no)
        lock_row(m.Order, order_row.id)
        policy = get_policy()
        now = clock.now()
        result = _compute(request, order_row, policy, now.date())
        quote_ = result.quote
        if expected_difference is not None and expected_difference != quote_.difference:
            raise Refused(
                "exchange_changed",
                "The exchange's difference changed while you were entering it (now {amount}); "
                "please check it again",
                amount=quote_.money(quote_.difference),
            )
        hard = [f for f in result.blocking if not f.overridable]
        if hard:
            raise Refused(hard[0].code, hard[0].template, **hard[0].params)
        if result.blocking and not override:
            raise Refused(
                "policy_block",
                "Blocked by the refund policy: {reasons}",
                reasons="; ".join(f.message for f in result.blocking),
            )
        settlement = quote_.settlement
        if settlement is Settlement.COLLECTED and not receipt:
            raise InvalidInput(
                "exchange_receipt_required",
                "The customer pays {amount}: please give the receipt number of that payment",
                amount=quote_.money(-quote_.difference),
            )
        if settlement is not Settlement.COLLECTED and receipt:
            raise InvalidInput(
                "exchange_receipt_unused",
                "A receipt number is only for a difference the customer pays",
            )
        exchange_no = _next_exchange_no(now.date())
        refund_row = None
        if settlement is Settlement.REFUND:
            refund_row = _request_difference(
                actor, request, result, exchange_no, order_row.id, policy, now
            )
        row = m.Exchange.create(
            exchange_no=exchange_no,
            order=order_row.id,
            status=RECORDED,
            reason_code=request.reason.value,
            note=request.note,
            currency=quote_.currency,
            back_value=quote_.back_value,
            out_value=quote_.out_value,
            difference=quote_.difference,
            settlement=settlement.value,
            receipt_no=receipt,
            refund=refund_row.id if refund_row else None,
            override_reason=override if result.blocking else "",
            recorded_by=actor.id,
            recorded_at=now,
            updated_at=now,
        )
        line_ids = order_repo.line_ids(order_row.id)
        rows = [
            {
                "exchange": row.id,
                "direction": "back",
                "order_line": line_ids[i.line_no],
                "sku": i.sku,
                "name": i.name,
                "quantity": i.quantity,
                "unit_price": 0,
                "amount": i.amount,
                "tax": i.tax,
            }
            for i in quote_.back.items
        ] + [
            {
                "exchange": row.id,
                "direction": "out",
                "order_line": None,
                "sku": i.sku.strip(),
                "name": i.name.strip(),
                "quantity": i.quantity,
                "unit_price": i.unit_price,
                "amount": i.amount,
                "tax": tax,
            }
            for i, tax in zip(quote_.out, quote_.out_taxes, strict=True)
        ]
        m.ExchangeLine.insert_many(rows).execute()
        write_out_movements(actor, row, quote_, now)
        audit.record(
            actor.name,
            RECORD_ACTION,
            "exchange",
            exchange_no,
            None,
            {
                **quote_.to_dict(),
                "status": RECORDED,
                "receipt_no": receipt,
                "refund_no": refund_row.refund_no if refund_row else "",
                "findings": [f.code for f in result.findings],
                "override_reason": row.override_reason,
            },
        )
    return get_exchange(exchange_no)


def _request_difference(
    actor: Actor,
    request: ExchangeRequest,
    result: ExchangeResult,
    exchange_no: str,
    order_id: int,
    policy: Policy,
    now: datetime,
) -> m.Refund:
    """The refund request of the difference owed, as ``refund_requests`` writes one: reviewed,
    numbered, its approval and signature needs set by its amount, with its own audit event."""
    quote_ = difference_quote(exchange_no, result.quote, policy)
    check_printable(quote_.total)
    order = result.order
    override = request.override_reason.strip()
    dest = request.destination
    row = m.Refund.create(
        refund_no=next_refund_no(now.date()),
        order=order_id,
        status=RefundStatus.REQUESTED.value,
        reason_code=request.reason.value,
        note=request.note,
        goods_return=False,
        destination_method=dest.method.value,
        destination_account="".join(dest.account.split()),
        destination_holder=dest.holder.strip(),
        destination_bank=dest.bank.strip(),
        currency=order.currency,
        total=quote_.total.minor,
        refunded_gross=quote_.refunded_gross,
        shipping=0,
        restocking_fee=0,
        return_shipping=0,
        cross_border_fee=0,
        cross_border_fee_bearer=quote_.cross_border_fee_bearer.value,
        payout_currency=quote_.payout.currency,
        payout_amount=quote_.payout.minor,
        quote_json=json.dumps({**quote_.to_dict(), "exchange_no": exchange_no}, ensure_ascii=False),
        findings_json=json.dumps([f.to_dict() for f in result.findings], ensure_ascii=False),
        override_reason=override if result.blocking else "",
        overridden_by=actor.id if result.blocking else None,
        second_approval_required=requires_second_approval(order, quote_.total.minor, policy),
        signature_required=is_large_refund(order, quote_.total.minor, policy),
        requested_by=actor.id,
        requested_at=now,
        updated_at=now,
    )
    audit.record(
        actor.name,
        "refund.request",
        "refund",
        row.refund_no,
        None,
        {
            **snapshot(row),
            "order_no": order.order_no,
            "reason": request.reason.value,
            "quote": quote_.to_dict(),
            "override_reason": row.override_reason,
            "findings": [f.code for f in result.findings],
            "exchange_no": exchange_no,
        },
    )
    return row


def cancel_exchange(actor: Actor, exchange_no: str, reason: str) -> ExchangeDetail:
    """Undo an exchange recorded by mistake (owner): its units count as not returned again, and
    its stock movements are reversed in the ledger. Refused while its refund of the difference
    still counts (cancel or reject that first)."""
    require_role(actor, Role.OWNER, action="cancel exchanges")
    check_text(reason, "reason", 2000, multiline=True)
    if not reason.strip():
        raise InvalidInput("reason_required", "Please say why")
    with write_transaction():
        row = _exchange_row(exchange_no)
        lock_row(m.Order, row.order_id)
        if row.status == CANCELLED:
            raise Refused(
                "exchange_cancelled",
                "Exchange {exchange_no} is already cancelled",
                exchange_no=row.exchange_no,
            )
        if row.refund_id is not None:
            refund = m.Refund.get_by_id(row.refund_id)
            if refund.status not in (RefundStatus.REJECTED.value, RefundStatus.CANCELLED.value):
                raise Refused(
                    "exchange_refund_counts",
                    "Refund {refund_no} of the difference still counts: cancel or reject it first",
                    refund_no=refund.refund_no,
                )
        now = clock.now()
        m.Exchange.update(
            status=CANCELLED, cancelled_at=now, cancel_reason=reason.strip(), updated_at=now
        ).where(m.Exchange.id == row.id).execute()
        reverse_movements(actor, row, reason.strip(), now)
        audit.record(
            actor.name,
            CANCEL_ACTION,
            "exchange",
            row.exchange_no,
            {"status": row.status},
            {"status": CANCELLED, "reason": reason.strip()},
        )
    return get_exchange(row.exchange_no)


@dataclass(frozen=True)
class ExchangePaper:
    """What the exchange confirmation shows, read in one go so rendering needs no database."""

    exchange: ExchangeDetail
    shop: dict[str, str]
    order_placed_at: datetime
    customer_name: str
    customer_phone: str  # masked
    refund_total: Money | None
    refund_method: str
    paper_code: str
    printed_at: datetime
    clerk_name: str


def exchange_paper(exchange_no: str) -> ExchangePaper:
    """The exchange, its order's customer (masked), the shop and a code tying the paper to the
    exchange's event in the audit trail (the first hex digits of its hash)."""
    from merchant_refunds.domain.masking import mask_phone
    from merchant_refunds.services.shop_settings import SHOP_KEY, read_settings, shop_from

    detail = get_exchange(exchange_no)
    row = _exchange_row(detail.exchange_no)
    order = m.Order.get_by_id(row.order_id)
    event = (
        m.AuditEvent.select(m.AuditEvent.hash)
        .where(
            (m.AuditEvent.entity == "exchange")
            & (m.AuditEvent.entity_key == detail.exchange_no)
            & (m.AuditEvent.action == RECORD_ACTION)
        )
        .first()
    )
    if event is None:
        raise NotFound(
            "no_exchange_event",
            "Exchange {exchange_no} has no record in the audit trail",
            exchange_no=detail.exchange_no,
        )
    refund = m.Refund.get_by_id(row.refund_id) if row.refund_id else None
    clerk = m.User.get_by_id(row.recorded_by_id)
    return ExchangePaper(
        exchange=detail,
        shop=shop_from(read_settings([SHOP_KEY]).get(SHOP_KEY)),
        order_placed_at=order.placed_at,
        customer_name=order.customer_name,
        customer_phone=mask_phone(order.customer_phone) if order.customer_phone else "",
        refund_total=Money(refund.total, refund.currency) if refund else None,
        refund_method=refund.destination_method if refund else "",
        paper_code=f"{detail.exchange_no}-{event.hash[:8].upper()}",
        printed_at=clock.now(),
        clerk_name=clerk.display_name or clerk.name,
    )
