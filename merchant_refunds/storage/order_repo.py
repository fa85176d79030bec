"""Mapping between stored rows and the domain's ``Order`` and ``PriorRefund``."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from merchant_refunds.domain.calculation import PriorRefund
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
from merchant_refunds.storage import models as m


def insert_order(order: Order, now: datetime) -> m.Order:
    """Store an already validated and allocated order with its lines and discounts."""
    row = m.Order.create(
        order_no=order.order_no,
        source=order.source,
        status=order.status.value,
        currency=order.currency,
        placed_at=order.placed_at,
        paid_at=order.paid_at,
        shipped_at=order.shipped_at,
        delivered_at=order.delivered_at,
        presale=order.presale,
        customer_name=order.customer.name,
        customer_phone=order.customer.phone,
        customer_email=order.customer.email,
        customer_country=order.customer.country,
        payment_method=order.payment.method.value,
        payment_reference=order.payment.reference,
        payer_account=order.payment.payer_account,
        shipping_fee=order.shipping_fee,
        total_paid=order.total_paid,
        note=order.note,
        created_at=now,
    )
    m.OrderLine.insert_many(
        [
            {
                "order": row.id,
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
                    "order": row.id,
                    "kind": d.kind.value,
                    "code": d.code,
                    "amount": d.amount,
                    "description": d.description,
                }
                for d in order.discounts
            ]
        ).execute()
    return row


def to_domain(row: m.Order) -> Order:
    lines = tuple(
        OrderLine(
            line_no=line.line_no,
            sku=line.sku,
            name=line.name,
            quantity=line.quantity,
            unit_price=line.unit_price,
            line_discount=line.line_discount,
            category=line.category,
            tax_rate=Decimal(line.tax_rate),
            final_sale=line.final_sale,
            order_discount_share=line.order_discount_share,
        )
        for line in m.OrderLine.select()
        .where(m.OrderLine.order == row.id)
        .order_by(m.OrderLine.line_no)
    )
    discounts = tuple(
        Discount(amount=d.amount, kind=DiscountKind(d.kind), code=d.code, description=d.description)
        for d in m.OrderDiscount.select()
        .where(m.OrderDiscount.order == row.id)
        .order_by(m.OrderDiscount.id)
    )
    return Order(
        order_no=row.order_no,
        currency=row.currency,
        status=OrderStatus(row.status),
        placed_at=row.placed_at,
        customer=Customer(
            row.customer_name, row.customer_phone, row.customer_email, row.customer_country
        ),
        payment=Payment(
            PaymentMethod(row.payment_method), row.payment_reference, row.payer_account
        ),
        lines=lines,
        discounts=discounts,
        shipping_fee=row.shipping_fee,
        source=row.source,
        paid_at=row.paid_at,
        shipped_at=row.shipped_at,
        delivered_at=row.delivered_at,
        presale=row.presale,
        note=row.note,
    )


def prior_refunds(order_id: int) -> list[PriorRefund]:
    """Every refund of the order with its units per line (statuses decide what counts)."""
    refunds = list(
        m.Refund.select(m.Refund.id, m.Refund.refund_no, m.Refund.status, m.Refund.shipping).where(
            m.Refund.order == order_id
        )
    )
    if not refunds:
        return []
    units: dict[int, dict[int, int]] = {r.id: {} for r in refunds}
    query = (
        m.RefundLine.select(m.RefundLine.refund, m.RefundLine.quantity, m.OrderLine.line_no)
        .join(m.OrderLine)
        .where(m.RefundLine.refund.in_([r.id for r in refunds]))
        .tuples()
    )
    for refund_id, quantity, line_no in query:
        per = units[refund_id]
        per[line_no] = per.get(line_no, 0) + quantity
    return [PriorRefund(r.refund_no, r.status, units[r.id], r.shipping) for r in refunds]
