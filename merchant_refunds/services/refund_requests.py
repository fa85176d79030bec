"""Asking for a refund: the quote and the policy review, where the money goes, and the request
itself. Each request is one write transaction that re-reads the order and earlier refunds,
re-checks the caps inside the order's lock, creates the rows and records its audit event.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

import peewee as pw

from merchant_refunds.domain.amount_words import amount_in_words
from merchant_refunds.domain.calculation import (
    FxRate,
    RefundQuote,
    Selection,
    quote_refund,
    summarize,
)
from merchant_refunds.domain.errors import InvalidInput, PermissionDenied, Refused
from merchant_refunds.domain.lifecycle import PayoutMethod, RefundStatus, Role
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
from merchant_refunds.domain.postage import ReturnPostage, adjusted, check_return_postage
from merchant_refunds.domain.text_checks import check_text
from merchant_refunds.services import attachments, audit, clock, presale, users
from merchant_refunds.services.orders import order_row as _order_row
from merchant_refunds.services.refund_decisions import require_owner
from merchant_refunds.services.refund_rows import snapshot
from merchant_refunds.services.refund_views import RefundDetail, get_refund
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
    #: Photos or files shown with the request, as (file name, bytes): stored with it in one
    #: transaction, so a request never stands without the evidence the clerk attached.
    evidence: tuple[tuple[str, bytes], ...] = ()
    #: The customer's return postage to pay back (domain.postage), or None.
    return_postage: ReturnPostage | None = None


@dataclass(frozen=True)
class QuoteResult:
    quote: RefundQuote
    findings: list[Finding]
    order: Order

    @property
    def blocking(self) -> list[Finding]:
        return [f for f in self.findings if f.blocks]


def validate_destination(dest: Destination, order: Order) -> None:
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
    validate_destination(request.destination, order)
    quote = quote_refund(
        order,
        prior,
        request.selection,
        request.reason,
        policy,
        goods_return=request.goods_return,
        fx=request.fx,
    )
    if request.return_postage is not None:
        check_return_postage(
            request.return_postage,
            request.reason,
            policy,
            order.currency,
            request.goods_return,
        )
        quote = adjusted(quote, return_postage=request.return_postage.amount)
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


def quote(request: RefundRequest) -> QuoteResult:
    """What the refund would be and what the review finds, without saving anything."""
    return _compute(request, _order_row(request.order_no), get_policy(), clock.today())


def next_day_number(prefix: str, field: pw.Field, entity: str) -> str:
    """The day's next number (``prefix`` is the kind and the day, e.g. RF20261206), after the
    highest in the table and in the trail: a row deleted behind the program's back does not give
    its number out again. Highest by length first: from the 10,000th of a day the numbers have
    five digits, and …9999 sorts after …10000 as text. The day's numbers are read as an index
    range (a ``LIKE`` reads the whole trail); its end is digits, which sort alike in every
    collation. Shared by refund and exchange numbers."""
    end = prefix + "9" * 20
    in_table = (
        field.model.select(field)
        .where((field >= prefix) & (field <= end))
        .order_by(pw.fn.LENGTH(field).desc(), field.desc())
        .tuples()
        .first()
    )
    key = m.AuditEvent.entity_key
    in_trail = (
        m.AuditEvent.select(key)
        .where((m.AuditEvent.entity == entity) & (key >= prefix) & (key <= end))
        .order_by(pw.fn.LENGTH(key).desc(), key.desc())
        .tuples()
        .first()
    )
    seqs = [
        int(number[len(prefix) :])
        for number in (in_table[0] if in_table else "", in_trail[0] if in_trail else "")
        if number[len(prefix) :].isdigit()
    ]
    return f"{prefix}{max(seqs, default=0) + 1:04d}"


def _next_refund_no(day: date) -> str:
    return next_day_number(f"RF{day:%Y%m%d}", m.Refund.refund_no, "refund")


#: What another service writing a refund request of its own (an exchange's difference) shares.
next_refund_no = _next_refund_no


def _check_printable(total: Money) -> None:
    """The confirmation writes the amount in words; refuse a refund it could not print."""
    try:
        amount_in_words(total, "zh")
    except ValueError:
        raise Refused(
            "amount_too_large", "The refund amount {total} is too large to print", total=total
        ) from None


check_printable = _check_printable
destination_differs = _destination_differs
order_row = _order_row


def request_refund(
    actor: Actor, request: RefundRequest, expected_total: int | None = None
) -> RefundDetail:
    """Create the request. Blocks need an owner's override with a reason; the caps are
    re-checked inside the write lock, so a concurrent refund of the same units loses cleanly."""
    require_role(actor, Role.OWNER, Role.CLERK, action="request refunds")
    _check_request_texts(request)
    override = request.override_reason.strip()
    if override and actor.role is not Role.OWNER:
        raise PermissionDenied("override_owner_only", "Only the owner can override a block")
    postage = request.return_postage
    if postage is not None and postage.override_reason.strip() and actor.role is not Role.OWNER:
        raise PermissionDenied("override_owner_only", "Only the owner can override a block")
    return _create(actor, request, expected_total, overrider=actor)


def request_refund_authorised(
    actor: Actor,
    request: RefundRequest,
    owner_name: str,
    pin: str,
    expected_total: int | None = None,
) -> RefundDetail:
    """Manager override at the counter: the person signed in (``actor``) asks, an owner types
    his name and PIN on that screen (counted and locked out as a sign-in) and overrides the
    block. The refund records both: requested by ``actor``, overridden by the owner."""
    require_role(actor, Role.OWNER, Role.CLERK, action="ask the owner to override")
    _check_request_texts(request)
    if not request.override_reason.strip():
        raise InvalidInput(
            "override_reason_required", "Please give the reason for overriding the block"
        )
    owner = users.authenticate_here(owner_name, pin)
    require_owner(owner)
    return _create(actor, request, expected_total, overrider=owner)


def _check_request_texts(request: RefundRequest) -> None:
    if len(request.note) > 2000:
        raise InvalidInput("note_too_long", "The note is longer than 2000 characters")
    check_text(request.note, "note", 2000, multiline=True)
    check_text(request.override_reason, "override reason", 2000, multiline=True)
    check_text(request.destination.account, "account number", 128)
    check_text(request.destination.holder, "account holder", 200)
    check_text(request.destination.bank, "bank", 200)
    if request.return_postage is not None:
        check_text(request.return_postage.receipt, "receipt number", 64)
        check_text(request.return_postage.override_reason, "override reason", 2000, multiline=True)


def _create(
    actor: Actor, request: RefundRequest, expected_total: int | None, *, overrider: Actor
) -> RefundDetail:
    override = request.override_reason.strip()
    # Checked before the write lock: decoding a photo takes a while and changes nothing.
    evidence = [attachments.check_file(name, data) for name, data in request.evidence]
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
            overridden_by=overrider.id if result.blocking else None,
            second_approval_required=requires_second_approval(order, quote_.total.minor, policy),
            signature_required=is_large_refund(order, quote_.total.minor, policy),
            requested_by=actor.id,
            requested_at=now,
            updated_at=now,
        )
        line_ids = order_repo.line_ids(order_row.id)
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
        if quote_.amount_kind is not None:
            m.RefundAmount.create(
                refund=row.id,
                kind=quote_.amount_kind,
                line_no=quote_.amount_line,
                amount=quote_.items_amount,
            )
        postage = request.return_postage
        if postage is not None:
            postage_override = postage.override_reason.strip()
            m.ReturnPostage.create(
                refund=row.id,
                amount=postage.amount,
                currency=order.currency,
                receipt=postage.receipt.strip(),
                override_reason=postage_override,
                overridden_by=overrider.id if postage_override else None,
                created_by=actor.id,
                created_at=now,
            )
        at_counter = overrider.id != actor.id and bool(result.blocking)
        if at_counter:
            m.Authorisation.create(
                refund=row.id,
                action="override",
                user=overrider.id,
                asked_by=actor.id,
                route="counter",
                created_at=now,
            )
        audit.record(
            actor.name,
            "refund.request",
            "refund",
            refund_no,
            None,
            {
                **snapshot(row),
                "order_no": order.order_no,
                "reason": request.reason.value,
                "quote": quote_.to_dict(),
                "override_reason": row.override_reason,
                "findings": [f.code for f in result.findings],
                **({"overridden_by": overrider.name} if at_counter else {}),
            },
        )
        if evidence:
            attachments.store_checked(actor, row, attachments.Stage.REQUEST, evidence)
    return get_refund(refund_no)


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
