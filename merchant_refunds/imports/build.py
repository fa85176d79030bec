"""From a platform's order (as the mapper read it) to a domain ``Order``: reconcile, fold in tax,
allocate discounts (the domain does that), and spread the platform's refunds.

Our order lines carry tax-inclusive prices. Where a platform's prices exclude tax, the order's
tax is added to its lines (the platform's per-line tax where it gives one, else shared by largest
remainder over the lines after their discounts). A line whose amount does not divide evenly by its
quantity keeps a whole unit price and the few minor units of difference as line discount, so the
line's paid amount is exact to the cent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from merchant_refunds.domain.allocation import allocate_largest_remainder
from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.domain.external import external_refund_for
from merchant_refunds.domain.money import Money
from merchant_refunds.domain.order import (
    Customer,
    Discount,
    DiscountKind,
    Order,
    OrderLine,
    OrderStatus,
    Payment,
    discount_shares,
    validate_and_allocate,
)
from merchant_refunds.imports.cells import CellError
from merchant_refunds.services.order_import import ImportedOrder

INCLUSIVE, EXCLUSIVE, AUTO = "inclusive", "exclusive", "auto"
#: Made once (Decimals are immutable): building them again for every line of a large file showed.
_NO_TAX = Decimal(0)
_RATE_STEP = Decimal("0.0001")


@dataclass
class RawLine:
    row: int
    sku: str
    name: str
    quantity: int
    #: price x quantity before any discount, in the file's tax basis
    gross: int
    line_discount: int = 0
    tax: int | None = None
    refunded: int | None = None
    refunded_qty: int | None = None


@dataclass
class RawOrder:
    order_no: str
    row: int
    source: str
    currency: str
    status: OrderStatus
    placed_at: datetime
    customer: Customer
    payment: Payment
    lines: list[RawLine] = field(default_factory=list)
    order_discount: int = 0
    discount_code: str = ""
    shipping: int = 0
    tax: int = 0
    tax_mode: str = INCLUSIVE
    total: int | None = None
    subtotal: int | None = None
    refunded_total: int | None = None
    per_line_refunds: bool = False
    paid_at: datetime | None = None
    shipped_at: datetime | None = None
    delivered_at: datetime | None = None
    note: str = ""
    total_column: str = "total"
    #: The order-level discounts one by one (kind and the file's column as description) where the
    #: file tells them apart; they sum to ``order_discount``. Empty: one coupon of that amount.
    discount_parts: list[Discount] = field(default_factory=list)


def _money(raw: RawOrder, minor: int) -> str:
    return str(Money(minor, raw.currency).amount)


def reconcile(raw: RawOrder) -> str:
    """Check lines - discounts + shipping (+ tax where prices exclude it) = total; return the
    tax mode that holds. A mismatch is reported with every figure, never adjusted."""
    gross = sum(line.gross for line in raw.lines)
    line_disc = sum(line.line_discount for line in raw.lines)
    goods = gross - line_disc - raw.order_discount
    if raw.subtotal is not None and raw.subtotal != goods:
        raise CellError(
            "Subtotal",
            "{column} is {subtotal} but the lines ({lines}) less discounts ({discounts}) give "
            "{goods}",
            subtotal=_money(raw, raw.subtotal),
            lines=_money(raw, gross),
            discounts=_money(raw, line_disc + raw.order_discount),
            goods=_money(raw, goods),
        )
    with_tax = goods + raw.shipping + raw.tax
    without = goods + raw.shipping
    mode = raw.tax_mode
    if raw.total is not None:
        if mode == AUTO:
            mode = EXCLUSIVE if with_tax == raw.total else INCLUSIVE
        expected = with_tax if mode == EXCLUSIVE else without
        if expected != raw.total:
            figures = {
                "lines": _money(raw, gross),
                "discounts": _money(raw, line_disc + raw.order_discount),
                "shipping": _money(raw, raw.shipping),
                "tax": _money(raw, raw.tax),
                "expected": _money(raw, expected),
                "total": _money(raw, raw.total),
            }
            if mode == EXCLUSIVE:
                raise CellError(
                    raw.total_column,
                    "The order does not add up: lines {lines} - discounts {discounts} + shipping "
                    "{shipping} + tax {tax} = {expected}, but the file says {total}",
                    **figures,
                )
            raise CellError(
                raw.total_column,
                "The order does not add up: lines {lines} - discounts {discounts} + shipping "
                "{shipping} = {expected}, but the file says {total}",
                **figures,
            )
    return EXCLUSIVE if mode == AUTO and raw.tax else (INCLUSIVE if mode == AUTO else mode)


def _line_taxes(raw: RawOrder) -> list[int]:
    taxes = [line.tax for line in raw.lines]
    if all(t is not None for t in taxes) and sum(taxes) == raw.tax:  # type: ignore[arg-type]
        return [t or 0 for t in taxes]
    weights = [line.gross - line.line_discount for line in raw.lines]
    if raw.tax and not sum(weights):
        raise CellError("Taxes", "Tax is charged on lines that cost nothing")
    return allocate_largest_remainder(raw.tax, weights) if raw.tax else [0] * len(weights)


def _fold(raw_line: RawLine, line_no: int, tax: int, share: int) -> OrderLine:
    inclusive = raw_line.gross + tax
    qty = raw_line.quantity
    unit = -(-inclusive // qty)
    dust = unit * qty - inclusive
    base = raw_line.gross - raw_line.line_discount
    rate = _NO_TAX
    if tax and base > 0:
        rate = (Decimal(tax) / Decimal(base)).quantize(_RATE_STEP)
        rate = rate if rate < 1 else _NO_TAX
    # positional (line_no, sku, name, quantity, unit_price, line_discount, category, tax_rate,
    # final_sale, order_discount_share): a third faster than by keyword, once per line
    return OrderLine(
        line_no,
        raw_line.sku,
        raw_line.name,
        qty,
        unit,
        raw_line.line_discount + dust,
        "",
        rate,
        False,
        share,
    )


def _shares(raw: RawOrder, taxes: list[int]) -> list[int]:
    """The lines' shares of the order discount, as ``validate_and_allocate`` will want them.

    Why here: given lines without their shares, it copies every line and the order to add them,
    which was the costliest step of a bulk import. A folded line's amount after its own discount
    is its gross plus tax less its discount (the dust of ``_fold`` cancels out). Where the
    discount cannot be shared, no shares: the domain's validation then says what is wrong.
    """
    weights = [
        line.gross + t - line.line_discount for line, t in zip(raw.lines, taxes, strict=True)
    ]
    if not raw.order_discount or min(weights) < 0 or raw.order_discount > sum(weights):
        return [0] * len(weights)
    return discount_shares(weights, raw.order_discount)


def build_order(raw: RawOrder) -> ImportedOrder:
    """Reconcile and convert; raises ``CellError`` with the reason the order cannot go in."""
    if not raw.lines:
        raise CellError("", "Order {order_no} has no lines", order_no=raw.order_no)
    for line in raw.lines:
        if line.line_discount < 0 or line.line_discount > line.gross:
            raise CellError(
                "", "Line {name!r}: the discount is more than the line amount", name=line.name
            )
    mode = reconcile(raw)
    taxes = _line_taxes(raw) if mode == EXCLUSIVE else [0] * len(raw.lines)
    shares = _shares(raw, taxes)
    lines = tuple(
        _fold(line, n, t, share)
        for n, (line, t, share) in enumerate(zip(raw.lines, taxes, shares, strict=True), 1)
    )
    discounts: tuple[Discount, ...] = ()
    if raw.discount_parts:
        discounts = tuple(d for d in raw.discount_parts if d.amount)
    elif raw.order_discount:
        discounts = (Discount(raw.order_discount, DiscountKind.COUPON, raw.discount_code[:64]),)
    order = Order(
        order_no=raw.order_no,
        currency=raw.currency,
        status=raw.status,
        placed_at=raw.placed_at,
        customer=raw.customer,
        payment=raw.payment,
        lines=lines,
        discounts=discounts,
        shipping_fee=raw.shipping,
        source=raw.source,
        paid_at=raw.paid_at,
        shipped_at=raw.shipped_at,
        delivered_at=raw.delivered_at,
        note=raw.note[:2000],
    )
    try:
        order = validate_and_allocate(order)
        per_line = None
        if raw.per_line_refunds:
            per_line = {}
            for n, line in enumerate(raw.lines, 1):
                if line.refunded:
                    per_line[n] = (line.refunded, line.refunded_qty)
                elif line.refunded_qty and line.refunded_qty == line.quantity:
                    # every unit back: what was paid for the line, in our tax-inclusive terms
                    per_line[n] = (order.line(n).paid, line.refunded_qty)
        external = external_refund_for(
            order,
            raw.refunded_total,
            per_line,
            reference=f"{raw.source}:{raw.order_no}"[:64],
        )
    except InvalidInput as exc:
        raise CellError("", "{detail}", detail=exc) from None
    return ImportedOrder(order, external, raw.row)
