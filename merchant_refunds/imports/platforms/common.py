"""One mapper for the Chinese platforms' order exports, driven by each platform's ``Spec``.

JD, Pinduoduo, Douyin, Youzan and WeChat shop all export one row per product line with the
order's figures on (at least) its first row, in CNY, tax included; they differ in their column
names, their statuses, which discounts they tell apart, and whether amounts are the order's or
the row's. A ``Spec`` says that for one platform; ``build`` turns one order's rows into a
``RawOrder`` with the helpers every format shares (``formats``, ``cells``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple

from merchant_refunds.domain.money import Money
from merchant_refunds.domain.order import (
    Discount,
    DiscountKind,
    OrderStatus,
    Payment,
    PaymentMethod,
)
from merchant_refunds.imports import cells
from merchant_refunds.imports.build import INCLUSIVE, RawLine, RawOrder
from merchant_refunds.imports.cells import CellError
from merchant_refunds.imports.formats import Group, Row, customer, norm, payment_method

Names = tuple[str, ...]
#: Where an amount is read: the order's first row, or the sum over the order's rows.
ORDER, ROWS = "order", "rows"


@dataclass(frozen=True)
class Amount:
    """An amount column (its spellings) and whether it is the order's or each row's."""

    names: Names
    level: str = ORDER


@dataclass(frozen=True)
class DiscountColumn:
    """A discount column: its spellings, whose discount it is, the order's or each row's."""

    names: Names
    kind: DiscountKind
    level: str = ORDER


@dataclass(frozen=True)
class Spec:
    """What one platform's export looks like."""

    name: str
    #: (text the status cell equals, after unifying commas and spaces) -> status
    statuses: dict[str, OrderStatus]
    order_no: Names
    status: Names
    placed_at: Names
    paid: Amount
    line_name: Names
    quantity: Names
    #: price of one unit before discounts; ``line_total`` instead where the file gives the line's
    unit_price: Names = ()
    line_total: Names = ()
    sku: Names = ()
    shipping: Amount | None = None
    discounts: tuple[DiscountColumn, ...] = ()
    #: the goods before discounts, for a check (and for the discount where none is itemised)
    goods_total: Amount | None = None
    refund: Amount | None = None
    #: the after-sale status column: "退款成功" there needs a refund amount
    after_sale: Names = ()
    customer_name: tuple[Names, ...] = ()
    phone: Names = ()
    payment_method: Names = ()
    default_payment: PaymentMethod = PaymentMethod.OTHER
    payment_reference: Names = ()
    paid_at: Names = ()
    shipped_at: Names = ()
    delivered_at: Names = ()
    note: tuple[Names, ...] = ()
    #: statuses that mean the platform gave every paid cent back (Pinduoduo's "…，退款成功")
    refunded_statuses: frozenset[str] = frozenset()
    #: more of what the customer paid, beside ``paid`` (JD's balance: 余额支付)
    paid_also: tuple[Amount, ...] = ()
    #: charges the customer paid on top of the goods (Pinduoduo's installation): each becomes a
    #: line of its own, refundable as the goods are
    fees: tuple[Names, ...] = ()
    #: the columns that only this platform's export has together: how ``detect`` knows it
    markers: tuple[Names, ...] = ()
    required: list[Names] = field(default_factory=list)


def _status_key(text: str) -> str:
    return text.strip().replace(",", "，").replace(" ", "")


def status_of(spec: Spec, text: str, column: str) -> OrderStatus:
    key = _status_key(text)
    status = spec.statuses.get(key)
    if status is None:
        raise CellError(column, "{column}: unknown value {value!r}", value=key[:40])
    return status


class Col(NamedTuple):
    """Where one column (a tuple of spellings) is in this file: its position (-1 if absent)
    and its name as the file spells it (the first spelling if absent), for messages."""

    at: int
    name: str


def col(row: Row, names: Names) -> Col:
    """Found once per file and kept in the file's shared cache: asking ``Row.has``/``col``/
    ``get`` for every cell cost more than parsing the cells. Keyed by the spelling tuple's
    identity (the specs' constants, alive as long as the program): hashing the tuple itself
    on each of a JD file's ~13 lookups a row was a twentieth of its import."""
    key = id(names)  # an int: no other key of the cache is one
    found = row.lookup.get(key)  # type: ignore[call-overload]
    if found is None:
        at = next((row.index[norm(n)] for n in names if norm(n) in row.index), -1)
        found = Col(at, row.col(*names) if names else "")
        row.lookup[key] = found  # type: ignore[assignment]
    return found  # type: ignore[return-value]


class Layout(NamedTuple):
    """Where each of a spec's columns is in one file, resolved once for the whole file.

    Why: a JD order of three rows asked ``col`` some forty times; resolving the spec into
    plain positions once per file made reading each order a matter of indexing cells."""

    status: Col
    placed_at: Col
    paid: Col
    paid_also: tuple[Col, ...]
    payment_method: Col
    payment_reference: Col
    customer_names: tuple[Col, ...]
    phone: Col
    shipping: Col
    paid_at: Col
    shipped_at: Col
    delivered_at: Col
    notes: tuple[Col, ...]
    quantity: Col
    line_name: Col
    unit_price: Col
    line_total: Col
    sku: Col
    refund: Col
    after_sale: Col
    goods_total: Col
    discounts: tuple[tuple[Col, DiscountColumn], ...]
    fees: tuple[Col, ...]


_ABSENT = Col(-1, "")


def layout(spec: Spec, row: Row) -> Layout:
    """``spec`` resolved against this file's header, kept in the file's shared cache."""
    key = ("\x00layout", spec.name)  # no column is named so
    found = row.lookup.get(key)  # type: ignore[call-overload]
    if found is not None:
        return found  # type: ignore[no-any-return]

    def at(names: Names) -> Col:
        return col(row, names) if names else _ABSENT

    def amount_at(spec_amount: Amount | None) -> Col:
        return at(spec_amount.names) if spec_amount is not None else _ABSENT

    found = Layout(
        status=at(spec.status),
        placed_at=at(spec.placed_at),
        paid=at(spec.paid.names),
        paid_also=tuple(at(also.names) for also in spec.paid_also),
        payment_method=at(spec.payment_method),
        payment_reference=at(spec.payment_reference),
        customer_names=tuple(at(names) for names in spec.customer_name),
        phone=at(spec.phone),
        shipping=amount_at(spec.shipping),
        paid_at=at(spec.paid_at),
        shipped_at=at(spec.shipped_at),
        delivered_at=at(spec.delivered_at),
        notes=tuple(at(names) for names in spec.note),
        quantity=at(spec.quantity),
        line_name=at(spec.line_name),
        unit_price=at(spec.unit_price),
        line_total=at(spec.line_total),
        sku=at(spec.sku),
        refund=amount_at(spec.refund),
        after_sale=at(spec.after_sale),
        goods_total=amount_at(spec.goods_total),
        discounts=tuple((at(column.names), column) for column in spec.discounts),
        fees=tuple(at(names) for names in spec.fees),
    )
    row.lookup[key] = found  # type: ignore[index]
    return found


def _amount(group: Group, where: Col, level: str, currency: str) -> int | None:
    """The amount (None where the file has no such column)."""
    if where.at < 0:
        return None
    return _sum_at(group, where.at, where.name, level, currency)


def _sum_at(group: Group, at: int, column: str, level: str, currency: str) -> int:
    """The amount in column ``at``: on the first row, or summed over the rows (``ROWS``)."""
    rows = group.rows if level == ROWS else group.rows[:1]
    total = 0
    for row in rows:
        try:
            total += cells.amount(row.cells[at], column, currency)
        except CellError as exc:
            exc.row = exc.row or row.number
            raise
    return total


def _when(row: Row, where: Col) -> datetime | None:
    return cells.when(row.cells[where.at], where.name) if where.at >= 0 else None


def _text(row: Row, where: Col) -> str:
    return row.cells[where.at] if where.at >= 0 else ""


def _first_filled(row: Row, choices: tuple[Col, ...]) -> str:
    for where in choices:
        text = _text(row, where)
        if text.strip():
            return text
    return ""


def build(spec: Spec, group: Group) -> RawOrder:
    """One order's rows -> ``RawOrder``; amounts exact in minor units, every failure naming
    its column (``CellError``)."""
    first = group.rows[0]
    plan = layout(spec, first)
    currency = "CNY"
    status_text = _text(first, plan.status)
    status = status_of(spec, status_text, plan.status.name)
    paid_at_, paid_column = plan.paid
    rows_paid = group.rows if spec.paid.level == ROWS else group.rows[:1]
    if paid_at_ < 0 or not any(row.cells[paid_at_].strip() for row in rows_paid):
        raise CellError(paid_column, "{column}: the amount is missing", first.number)
    paid = _sum_at(group, paid_at_, paid_column, spec.paid.level, currency)
    for also, where in zip(spec.paid_also, plan.paid_also, strict=True):
        paid += _amount(group, where, also.level, currency) or 0
    method_text = _text(first, plan.payment_method)
    method = payment_method(method_text) if method_text.strip() else spec.default_payment
    reference = ""
    if plan.payment_reference.at >= 0:
        reference = cells.ident(
            first.cells[plan.payment_reference.at], plan.payment_reference.name, limit=128
        )
    shipping_level = spec.shipping.level if spec.shipping is not None else ORDER
    raw = RawOrder(
        order_no=group.order_no,
        row=first.number,
        source=spec.name,
        currency=currency,
        status=status,
        placed_at=cells.when(_text(first, plan.placed_at), plan.placed_at.name, required=True),  # type: ignore[arg-type]
        customer=customer(
            _first_filled(first, plan.customer_names),
            _text(first, plan.phone),
            "",
            plan.customer_names[0].name if plan.customer_names else "",
        ),
        payment=Payment(method, reference),
        shipping=_amount(group, plan.shipping, shipping_level, currency) or 0,
        tax_mode=INCLUSIVE,
        total=paid,
        paid_at=_when(first, plan.paid_at),
        shipped_at=_when(first, plan.shipped_at),
        delivered_at=_when(first, plan.delivered_at),
        note=cells.text(
            _first_filled(first, plan.notes),
            plan.notes[0].name if plan.notes else "",
            limit=2000,
        ),
        total_column=paid_column,
    )
    refund_per_row = spec.refund is not None and spec.refund.level == ROWS
    lines = raw.lines
    for row in group.rows:
        try:
            lines.append(_line(plan, row, currency, refund_per_row))
        except CellError as exc:
            exc.row = exc.row or row.number
            raise
    goods = sum(line.gross for line in lines)
    for where in plan.fees:
        fee = _amount(group, where, ORDER, currency)
        if fee:
            lines.append(RawLine(first.number, f"FEE:{where.name}"[:64], where.name, 1, fee))
    if spec.goods_total is not None:
        listed_goods = _amount(group, plan.goods_total, spec.goods_total.level, currency)
        if listed_goods is not None and listed_goods != goods:
            raise CellError(
                plan.goods_total.name,
                "{column} is {listed} but the lines' prices x quantities give {computed}",
                first.number,
                listed=_yuan(listed_goods),
                computed=_yuan(goods),
            )
    _discounts(plan, group, raw, currency)
    _refunds(spec, plan, group, raw, status_text, currency, refund_per_row)
    return raw


def _yuan(minor: int) -> str:
    return str(Money(minor, "CNY").amount)


def _line(plan: Layout, row: Row, currency: str, refund_per_row: bool) -> RawLine:
    c = row.cells
    qty = cells.quantity(_text(row, plan.quantity), plan.quantity.name)
    name = cells.text(_text(row, plan.line_name), plan.line_name.name)
    price_at, price_column = plan.unit_price
    if price_at >= 0:
        gross = cells.amount(c[price_at], price_column, currency, required=True) * qty
    else:
        gross = cells.amount(
            _text(row, plan.line_total), plan.line_total.name, currency, required=True
        )
    refunded = None
    if refund_per_row:
        refund_at, refund_column = plan.refund
        refunded = cells.amount(c[refund_at], refund_column, currency) if refund_at >= 0 else 0
    sku_at, sku_column = plan.sku
    sku = cells.ident(c[sku_at], sku_column) if sku_at >= 0 else ""
    return RawLine(row.number, sku or name[:64], name, qty, gross, refunded=refunded)


def _discounts(plan: Layout, group: Group, raw: RawOrder, currency: str) -> None:
    """Each discount column the file has becomes a discount of its own kind; a file with none
    of them gets the difference between the goods plus shipping and what was paid, as one."""
    parts = []
    found = False
    for (at, name), column in plan.discounts:
        if at < 0:
            continue
        found = True
        if column.level == ROWS:
            _row_discounts(group, raw, at, name, currency)
            continue
        amount = _sum_at(group, at, name, column.level, currency)
        parts.append(Discount(amount, column.kind, "", name))
    if found:
        raw.discount_parts = parts
        raw.order_discount = sum(d.amount for d in parts)
        return
    before = sum(line.gross for line in raw.lines) + raw.shipping
    if raw.total is not None and before > raw.total:
        raw.order_discount = before - raw.total
        raw.discount_parts = [
            Discount(raw.order_discount, DiscountKind.PROMOTION, "", raw.total_column)
        ]


def _row_discounts(group: Group, raw: RawOrder, at: int, column: str, currency: str) -> None:
    """A discount the file gives per row (per sub-order) stays on its line: what the platform
    says each line cost is then what the line cost here, so its refunds match line by line."""
    for row, line in zip(group.rows, raw.lines, strict=False):
        try:
            line.line_discount += cells.amount(row.cells[at], column, currency)
        except CellError as exc:
            exc.row = exc.row or row.number
            raise


def _refunds(
    spec: Spec,
    plan: Layout,
    group: Group,
    raw: RawOrder,
    status_text: str,
    currency: str,
    per_row: bool,
) -> None:
    has_amount = plan.refund.at >= 0
    if per_row and has_amount:
        raw.per_line_refunds = True
        raw.refunded_total = sum(line.refunded or 0 for line in raw.lines)
        return
    if has_amount:
        raw.refunded_total = _amount(group, plan.refund, spec.refund.level, currency)  # type: ignore[union-attr]
        return
    if _status_key(status_text) in spec.refunded_statuses:
        raw.refunded_total = raw.total  # every cent the customer paid went back
        return
    at, column = plan.after_sale
    if at < 0:
        return
    for row in group.rows:
        text = row.cells[at]
        if "退款成功" in text:
            raise CellError(
                column,
                "{column} says {value!r}, but the file has no refund amount column; "
                "export it with the refund amount",
                row.number,
                value=text.strip()[:40],
            )


def detect(specs: tuple[Spec, ...], index: dict[str, int]) -> str | None:
    """The platform whose marker columns are all in the file, or None."""
    for spec in specs:
        if all(any(norm(n) in index for n in names) for names in spec.markers):
            return spec.name
    return None


def builder(spec: Spec) -> Callable[[Group], RawOrder]:
    return lambda group: build(spec, group)
