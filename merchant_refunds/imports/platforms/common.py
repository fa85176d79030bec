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


def cell(row: Row, names: Names) -> str:
    at = col(row, names).at
    return row.cells[at] if at >= 0 else ""


def _amount(group: Group, spec_amount: Amount | None, currency: str) -> int | None:
    """The amount (None where the file has no such column)."""
    if spec_amount is None:
        return None
    at, column = col(group.rows[0], spec_amount.names)
    if at < 0:
        return None
    return _sum_at(group, at, column, spec_amount.level, currency)


def _sum_at(group: Group, at: int, column: str, level: str, currency: str) -> int:
    """The amount in column ``at``: on the first row, or summed over the rows (``ROWS``)."""
    if level != ROWS:
        row = group.rows[0]
        try:
            return cells.amount(row.cells[at], column, currency)
        except CellError as exc:
            exc.row = exc.row or row.number
            raise
    total = 0
    for row in group.rows:
        try:
            total += cells.amount(row.cells[at], column, currency)
        except CellError as exc:
            exc.row = exc.row or row.number
            raise
    return total


def _when(row: Row, names: Names) -> datetime | None:
    if not names:
        return None
    at, column = col(row, names)
    return cells.when(row.cells[at], column) if at >= 0 else None


def _first_filled(row: Row, choices: tuple[Names, ...]) -> str:
    for names in choices:
        text = cell(row, names)
        if text.strip():
            return text
    return ""


def build(spec: Spec, group: Group) -> RawOrder:
    """One order's rows -> ``RawOrder``; amounts exact in minor units, every failure naming
    its column (``CellError``)."""
    first = group.rows[0]
    currency = "CNY"
    status_text = cell(first, spec.status)
    status = status_of(spec, status_text, col(first, spec.status).name)
    paid_at_, paid_column = col(first, spec.paid.names)
    rows_paid = group.rows if spec.paid.level == ROWS else group.rows[:1]
    if paid_at_ < 0 or not any(row.cells[paid_at_].strip() for row in rows_paid):
        raise CellError(paid_column, "{column}: the amount is missing", first.number)
    paid = _amount(group, spec.paid, currency) or 0
    for also in spec.paid_also:
        paid += _amount(group, also, currency) or 0
    method_text = cell(first, spec.payment_method) if spec.payment_method else ""
    method = payment_method(method_text) if method_text.strip() else spec.default_payment
    placed = col(first, spec.placed_at)
    reference = ""
    if spec.payment_reference:
        ref_at, ref_column = col(first, spec.payment_reference)
        reference = cells.ident(first.cells[ref_at], ref_column, limit=128) if ref_at >= 0 else ""
    raw = RawOrder(
        order_no=group.order_no,
        row=first.number,
        source=spec.name,
        currency=currency,
        status=status,
        placed_at=cells.when(cell(first, spec.placed_at), placed.name, required=True),  # type: ignore[arg-type]
        customer=customer(
            _first_filled(first, spec.customer_name),
            cell(first, spec.phone) if spec.phone else "",
            "",
            col(first, spec.customer_name[0]).name if spec.customer_name else "",
        ),
        payment=Payment(method, reference),
        shipping=_amount(group, spec.shipping, currency) or 0,
        tax_mode=INCLUSIVE,
        total=paid,
        paid_at=_when(first, spec.paid_at),
        shipped_at=_when(first, spec.shipped_at),
        delivered_at=_when(first, spec.delivered_at),
        note=cells.text(
            _first_filled(first, spec.note),
            col(first, spec.note[0]).name if spec.note else "",
            limit=2000,
        ),
        total_column=paid_column,
    )
    refund_per_row = spec.refund is not None and spec.refund.level == ROWS
    lines = raw.lines
    for row in group.rows:
        try:
            lines.append(_line(spec, row, currency, refund_per_row))
        except CellError as exc:
            exc.row = exc.row or row.number
            raise
    goods = sum(line.gross for line in lines)
    for names in spec.fees:
        fee = _amount(group, Amount(names), currency)
        if fee:
            name = col(first, names).name
            lines.append(RawLine(first.number, f"FEE:{name}"[:64], name, 1, fee))
    listed_goods = _amount(group, spec.goods_total, currency)
    if listed_goods is not None and listed_goods != goods:
        raise CellError(
            col(first, spec.goods_total.names).name,  # type: ignore[union-attr]
            "{column} is {listed} but the lines' prices x quantities give {computed}",
            first.number,
            listed=_yuan(listed_goods),
            computed=_yuan(goods),
        )
    _discounts(spec, group, raw, currency)
    _refunds(spec, group, raw, status_text, currency, refund_per_row)
    return raw


def _yuan(minor: int) -> str:
    return str(Money(minor, "CNY").amount)


def _line(spec: Spec, row: Row, currency: str, refund_per_row: bool) -> RawLine:
    c = row.cells
    qty_at, qty_column = col(row, spec.quantity)
    qty = cells.quantity(c[qty_at] if qty_at >= 0 else "", qty_column)
    name_at, name_column = col(row, spec.line_name)
    name = cells.text(c[name_at] if name_at >= 0 else "", name_column)
    price_at, price_column = col(row, spec.unit_price)
    if price_at >= 0:
        gross = cells.amount(c[price_at], price_column, currency, required=True) * qty
    else:
        total_at, total_column = col(row, spec.line_total)
        gross = cells.amount(
            c[total_at] if total_at >= 0 else "", total_column, currency, required=True
        )
    refunded = None
    if refund_per_row:
        refund_at, refund_column = col(row, spec.refund.names)  # type: ignore[union-attr]
        refunded = cells.amount(c[refund_at], refund_column, currency) if refund_at >= 0 else 0
    sku = ""
    if spec.sku:
        sku_at, sku_column = col(row, spec.sku)
        sku = cells.ident(c[sku_at], sku_column) if sku_at >= 0 else ""
    return RawLine(row.number, sku or name[:64], name, qty, gross, refunded=refunded)


def _discounts(spec: Spec, group: Group, raw: RawOrder, currency: str) -> None:
    """Each discount column the file has becomes a discount of its own kind; a file with none
    of them gets the difference between the goods plus shipping and what was paid, as one."""
    first = group.rows[0]
    parts = []
    found = False
    for column in spec.discounts:
        at, name = col(first, column.names)
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
    group: Group,
    raw: RawOrder,
    status_text: str,
    currency: str,
    per_row: bool,
) -> None:
    first = group.rows[0]
    has_amount = spec.refund is not None and col(first, spec.refund.names).at >= 0
    if per_row and has_amount:
        raw.per_line_refunds = True
        raw.refunded_total = sum(line.refunded or 0 for line in raw.lines)
        return
    if has_amount:
        raw.refunded_total = _amount(group, spec.refund, currency)
        return
    if _status_key(status_text) in spec.refunded_statuses:
        raw.refunded_total = raw.total  # every cent the customer paid went back
        return
    if not spec.after_sale:
        return
    at, column = col(first, spec.after_sale)
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
