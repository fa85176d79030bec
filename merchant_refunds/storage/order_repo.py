"""Mapping between stored rows and the domain's ``Order`` and ``PriorRefund``."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

import peewee as pw

from merchant_refunds.domain.calculation import PriorRefund
from merchant_refunds.domain.external import ExternalRefund
from merchant_refunds.domain.order import (
    Customer,
    Discount,
    DiscountKind,
    Order,
    OrderLine,
    OrderStatus,
    Payment,
    PaymentMethod,
)
from merchant_refunds.storage import compiled
from merchant_refunds.storage import models as m


def header_columns(order: Order) -> dict[str, object]:
    """The order row's columns that describe it without touching money: status, dates, customer
    and payment details (an import may update these on an order that already has refunds)."""
    return {
        "source": order.source,
        "status": order.status.value,
        "placed_at": order.placed_at,
        "paid_at": order.paid_at,
        "shipped_at": order.shipped_at,
        "delivered_at": order.delivered_at,
        "presale": order.presale,
        "note": order.note,
        "customer_name": order.customer.name,
        "customer_phone": order.customer.phone,
        "customer_email": order.customer.email,
        "customer_country": order.customer.country,
        "payment_method": order.payment.method.value,
        "payment_reference": order.payment.reference,
        "payer_account": order.payment.payer_account,
    }


def insert_order(order: Order, now: datetime) -> m.Order:
    """Store an already validated and allocated order with its lines and discounts."""
    row = m.Order.create(
        **header_columns(order),
        order_no=order.order_no,
        currency=order.currency,
        shipping_fee=order.shipping_fee,
        total_paid=order.total_paid,
        created_at=now,
    )
    insert_lines(row.id, order)
    return row


def line_ids(order_id: int) -> dict[int, int]:
    """The order's line numbers -> their rows' ids (what a refund's or an exchange's lines
    point at)."""
    return dict(
        m.OrderLine.select(m.OrderLine.line_no, m.OrderLine.id)
        .where(m.OrderLine.order == order_id)
        .tuples()
    )


def insert_lines(order_id: int, order: Order) -> None:
    """The order's lines and discounts, with the allocation already made."""
    m.OrderLine.insert_many(
        [
            {
                "order": order_id,
                "line_no": line.line_no,
                "sku": line.sku,
                "name": line.name,
                "category": line.category,
                "quantity": line.quantity,
                "unit_price": line.unit_price,
                "line_discount": line.line_discount,
                "order_discount_share": line.order_discount_share,
                "tax_rate": str(line.tax_rate),
                "final_sale": line.final_sale,
            }
            for line in order.lines
        ]
    ).execute()
    if order.discounts:
        m.OrderDiscount.insert_many(
            [
                {
                    "order": order_id,
                    "kind": d.kind.value,
                    "code": d.code,
                    "amount": d.amount,
                    "description": d.description,
                }
                for d in order.discounts
            ]
        ).execute()


_LINE_FIELDS = (
    m.OrderLine.line_no,
    m.OrderLine.sku,
    m.OrderLine.name,
    m.OrderLine.quantity,
    m.OrderLine.unit_price,
    m.OrderLine.line_discount,
    m.OrderLine.category,
    m.OrderLine.tax_rate,
    m.OrderLine.final_sale,
    m.OrderLine.order_discount_share,
)
_DISCOUNT_FIELDS = (
    m.OrderDiscount.amount,
    m.OrderDiscount.kind,
    m.OrderDiscount.code,
    m.OrderDiscount.description,
)
_ORDER_FIELDS = (
    m.Order.id,
    m.Order.order_no,
    m.Order.currency,
    m.Order.status,
    m.Order.placed_at,
    m.Order.customer_name,
    m.Order.customer_phone,
    m.Order.customer_email,
    m.Order.customer_country,
    m.Order.payment_method,
    m.Order.payment_reference,
    m.Order.payer_account,
    m.Order.shipping_fee,
    m.Order.source,
    m.Order.paid_at,
    m.Order.shipped_at,
    m.Order.delivered_at,
    m.Order.presale,
    m.Order.note,
)


def _lines(order_id: int) -> tuple[OrderLine, ...]:
    rows = compiled.select(
        "order_lines",
        _LINE_FIELDS,
        lambda: (
            m.OrderLine.select(*_LINE_FIELDS)
            .where(m.OrderLine.order == 0)
            .order_by(m.OrderLine.line_no)
        ),
        (order_id,),
    )
    return tuple(_line(row) for row in rows)


def _line(values: tuple) -> OrderLine:
    (
        line_no,
        sku,
        name,
        quantity,
        unit_price,
        line_discount,
        category,
        tax_rate,
        final_sale,
        share,
    ) = values
    return OrderLine(
        line_no=line_no,
        sku=sku,
        name=name,
        quantity=quantity,
        unit_price=unit_price,
        line_discount=line_discount,
        category=category,
        tax_rate=Decimal(tax_rate),
        final_sale=bool(final_sale),
        order_discount_share=share,
    )


def _discounts(order_id: int) -> tuple[Discount, ...]:
    rows = compiled.select(
        "order_discounts",
        _DISCOUNT_FIELDS,
        lambda: (
            m.OrderDiscount.select(*_DISCOUNT_FIELDS)
            .where(m.OrderDiscount.order == 0)
            .order_by(m.OrderDiscount.id)
        ),
        (order_id,),
    )
    return tuple(
        Discount(amount=amount, kind=DiscountKind(kind), code=code, description=description)
        for amount, kind, code, description in rows
    )


def _from_columns(values: tuple) -> Order:
    return _build(values, _lines(values[0]), _discounts(values[0]))


def _build(
    values: Sequence[Any], lines: tuple[OrderLine, ...], discounts: tuple[Discount, ...]
) -> Order:
    (
        _order_id,
        order_no,
        currency,
        status,
        placed_at,
        name,
        phone,
        email,
        country,
        method,
        reference,
        payer,
        shipping_fee,
        source,
        paid_at,
        shipped_at,
        delivered_at,
        presale,
        note,
    ) = values
    return Order(
        order_no=order_no,
        currency=currency,
        status=OrderStatus(status),
        placed_at=placed_at,
        customer=Customer(name, phone, email, country),
        payment=Payment(PaymentMethod(method), reference, payer),
        lines=lines,
        discounts=discounts,
        shipping_fee=shipping_fee,
        source=source,
        paid_at=paid_at,
        shipped_at=shipped_at,
        delivered_at=delivered_at,
        presale=bool(presale),
        note=note,
    )


def _bulk_rows(query: pw.Query, fields: tuple[pw.Field, ...]) -> list[Sequence[Any]]:
    """The rows of ``query`` (selecting ``fields``) read in one go, with only the dates and times
    converted: the driver already returns integers and texts, and Peewee's conversion of every
    value was most of the cost of reading a million orders."""
    rows = query.model._meta.database.execute_sql(*query.sql()).fetchall()
    times = [(i, f.python_value) for i, f in enumerate(fields) if isinstance(f, _TIME_FIELDS)]
    if not times:
        return rows
    converted = []
    for row in rows:
        values = list(row)
        for index, convert in times:
            values[index] = convert(values[index])
        converted.append(values)
    return converted


_TIME_FIELDS = (pw.DateTimeField, pw.DateField, pw.TimeField)


def all_orders(chunk: int = 2000) -> Iterator[tuple[int, Order, list[ExternalRefund]]]:
    """Every order with its platform refunds, in id order, read ``chunk`` orders at a time with
    one query per table (a million orders one by one would take minutes)."""
    from merchant_refunds.storage.import_repo import external_refunds_for

    last = 0
    while True:
        headers = _bulk_rows(
            m.Order.select(*_ORDER_FIELDS)
            .where(m.Order.id > last)
            .order_by(m.Order.id)
            .limit(chunk),
            _ORDER_FIELDS,
        )
        if not headers:
            return
        first, last = headers[0][0], headers[-1][0]
        lines: dict[int, list[OrderLine]] = {}
        line_fields = (m.OrderLine.order, *_LINE_FIELDS)
        query = (
            m.OrderLine.select(*line_fields)
            .where(m.OrderLine.order.between(first, last))
            .order_by(m.OrderLine.order, m.OrderLine.line_no)
        )
        for order_id, *values in _bulk_rows(query, line_fields):
            lines.setdefault(order_id, []).append(_line(tuple(values)))
        discounts: dict[int, list[Discount]] = {}
        discount_fields = (m.OrderDiscount.order, *_DISCOUNT_FIELDS)
        query = (
            m.OrderDiscount.select(*discount_fields)
            .where(m.OrderDiscount.order.between(first, last))
            .order_by(m.OrderDiscount.order, m.OrderDiscount.id)
        )
        for order_id, amount, kind, code, description in _bulk_rows(query, discount_fields):
            discounts.setdefault(order_id, []).append(
                Discount(amount=amount, kind=DiscountKind(kind), code=code, description=description)
            )
        externals = external_refunds_for(first, last)
        for values in headers:
            order_id = values[0]
            order = _build(
                values, tuple(lines.get(order_id, ())), tuple(discounts.get(order_id, ()))
            )
            yield order_id, order, externals.get(order_id, [])


def find_order(order_no: str) -> tuple[int, Order] | None:
    """The order with this number and its row id, or None."""
    rows = compiled.select(
        "order_by_no",
        _ORDER_FIELDS,
        lambda: m.Order.select(*_ORDER_FIELDS).where(m.Order.order_no == "").limit(1),
        (order_no, 1),
    )
    if not rows:
        return None
    return rows[0][0], _from_columns(rows[0])


def to_domain(row: m.Order) -> Order:
    return _from_columns(tuple(getattr(row, f.name) for f in _ORDER_FIELDS))


_REFUND_FIELDS = (
    m.Refund.id,
    m.Refund.refund_no,
    m.Refund.status,
    m.Refund.shipping,
    m.Refund.total,
    m.Refund.currency,
    m.Refund.reason_code,
    m.Refund.requested_at,
)
_REFUND_LINE_FIELDS = (
    m.RefundLine.refund,
    m.RefundLine.quantity,
    m.RefundLine.amount,
    m.RefundLine.tax,
    m.OrderLine.line_no,
)


@dataclass(frozen=True)
class StoredRefund:
    """A refund of an order as lists and caps need it: the brief and what it took per line."""

    refund_no: str
    status: str
    total: int
    currency: str
    reason_code: str
    requested_at: datetime
    prior: PriorRefund


def order_refunds(order_id: int) -> list[StoredRefund]:
    """Every refund of the order, oldest first, with its units, amounts and taxes per line."""
    refunds = compiled.select(
        "order_refunds",
        _REFUND_FIELDS,
        lambda: m.Refund.select(*_REFUND_FIELDS).where(m.Refund.order == 0).order_by(m.Refund.id),
        (order_id,),
    )
    if not refunds:
        return []
    units: dict[int, dict[int, int]] = {r[0]: {} for r in refunds}
    amounts: dict[int, dict[int, int]] = {r[0]: {} for r in refunds}
    taxes: dict[int, dict[int, int]] = {r[0]: {} for r in refunds}
    lines = compiled.select(
        "order_refund_lines",
        _REFUND_LINE_FIELDS,
        lambda: (
            m.RefundLine.select(*_REFUND_LINE_FIELDS)
            .join(m.OrderLine)
            .where(m.OrderLine.order == 0)
        ),
        (order_id,),
    )
    for refund_id, quantity, amount, tax, line_no in lines:
        for per, value in ((units, quantity), (amounts, amount), (taxes, tax)):
            per[refund_id][line_no] = per[refund_id].get(line_no, 0) + value
    return [
        StoredRefund(
            refund_no,
            status,
            total,
            currency,
            reason,
            requested_at,
            PriorRefund(refund_no, status, units[rid], shipping, amounts[rid], taxes[rid]),
        )
        for rid, refund_no, status, shipping, total, currency, reason, requested_at in refunds
    ]


def prior_refunds(order_id: int) -> list[PriorRefund]:
    """Every refund of the order with its units per line (statuses decide what counts),
    then the refunds the selling platform made before the order was imported."""
    return [stored.prior for stored in order_refunds(order_id)] + external_priors(order_id)


def external_priors(order_id: int) -> list[PriorRefund]:
    """Platform refunds recorded at import, as completed refunds for the caps; then the
    exchanges, whose units back count as returned."""
    from merchant_refunds.storage.exchange_repo import exchange_priors
    from merchant_refunds.storage.import_repo import external_refunds

    return [refund.prior() for refund in external_refunds(order_id)] + exchange_priors(order_id)
