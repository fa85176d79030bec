"""Builders for orders and users that tests share; amounts are minor units."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from merchant_refunds.domain.order import (
    Customer,
    Discount,
    DiscountKind,
    Order,
    OrderLine,
    OrderStatus,
    Payment,
    PaymentMethod,
    validate_and_allocate,
)

FIXED_NOW = datetime(2026, 11, 26, 10, 0, 0)


def make_line(
    line_no: int = 1, sku: str | None = None, quantity: int = 1, unit_price: int = 10000, **kw: Any
) -> OrderLine:
    return OrderLine(
        line_no=line_no,
        sku=sku or f"SKU-{line_no}",
        name=kw.pop("name", f"商品 {line_no}"),
        quantity=quantity,
        unit_price=unit_price,
        **kw,
    )


def make_order(
    order_no: str = "T0001",
    lines: list[OrderLine] | None = None,
    *,
    currency: str = "CNY",
    status: OrderStatus = OrderStatus.DELIVERED,
    discount: int = 0,
    shipping_fee: int = 0,
    delivered_at: datetime | None = datetime(2026, 11, 24, 12, 0),
    payer_account: str = "buyer@example.com",
    **kw: Any,
) -> Order:
    """An allocated order (discounts shared over lines), delivered two days before FIXED_NOW."""
    order = Order(
        order_no=order_no,
        currency=currency,
        status=status,
        placed_at=kw.pop("placed_at", datetime(2026, 11, 20, 9, 30)),
        customer=kw.pop("customer", Customer("王小芳", "13800138000", "wxf@example.com")),
        payment=kw.pop("payment", Payment(PaymentMethod.ALIPAY, "2026112000001", payer_account)),
        lines=tuple(lines or [make_line()]),
        discounts=(Discount(discount, DiscountKind.COUPON, "SAVE"),) if discount else (),
        shipping_fee=shipping_fee,
        delivered_at=delivered_at,
        paid_at=kw.pop("paid_at", datetime(2026, 11, 20, 9, 31)),
        **kw,
    )
    return validate_and_allocate(order)


def tea_order(order_no: str = "T0001", **kw: Any) -> Order:
    """Three teas and two cups, a spend-threshold discount of 50.00 and 12.00 shipping."""
    return make_order(
        order_no,
        [
            make_line(
                1, "TEA-01", 3, 12800, name="龙井茶 250g", category="tea", tax_rate=Decimal("0.13")
            ),
            make_line(2, "CUP-02", 2, 4550, name="青瓷茶杯", line_discount=500),
        ],
        discount=5000,
        shipping_fee=1200,
        **kw,
    )
