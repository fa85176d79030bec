"""Pinduoduo (拼多多) order export (商家后台 → 订单查询 → 批量导出), one row per order.

The column names are those of the export as merchants' own tools read it (商品总价(元),
店铺优惠折扣(元), 平台优惠折扣(元), 多多支付立减金额(元), 用户实付金额(元) …); see
docs/import-formats.md. Numbers often carry a leading tab, which every cell parser strips.
"""

from __future__ import annotations

from merchant_refunds.domain.order import DiscountKind, OrderStatus
from merchant_refunds.imports.platforms.common import Amount, DiscountColumn, Spec

NAME = "pinduoduo"


def _yuan(*names: str) -> tuple[str, ...]:
    """A column as Pinduoduo names it with "(元)", and with full-width brackets as some copies
    have."""
    return tuple(n for name in names for n in (f"{name}(元)", f"{name}（元）"))


SPEC = Spec(
    name=NAME,
    statuses={
        "待支付": OrderStatus.AWAITING_PAYMENT,
        "待发货": OrderStatus.PAID,
        "已发货，待签收": OrderStatus.IN_TRANSIT,
        "已签收": OrderStatus.DELIVERED,
        "已取消": OrderStatus.CANCELLED,
        "未发货，退款成功": OrderStatus.CANCELLED,
        "已发货，退款成功": OrderStatus.IN_TRANSIT,
        "已签收，退款成功": OrderStatus.DELIVERED,
    },
    refunded_statuses=frozenset({"未发货，退款成功", "已发货，退款成功", "已签收，退款成功"}),
    order_no=("订单号",),
    status=("订单状态",),
    placed_at=("订单成交时间", "支付时间"),
    paid=Amount(_yuan("用户实付金额")),
    line_name=("商品",),
    quantity=("商品数量(件)", "商品数量（件）"),
    unit_price=_yuan("商品单价"),
    line_total=_yuan("商品总价"),
    goods_total=Amount(_yuan("商品总价")),
    sku=("商家编码-规格维度", "商家编码-SKU维度", "商家编码-商品维度", "样式ID", "商品id"),
    shipping=Amount(_yuan("邮费")),
    discounts=(
        DiscountColumn(_yuan("店铺优惠折扣"), DiscountKind.SHOP),
        DiscountColumn(_yuan("平台优惠折扣"), DiscountKind.PLATFORM),
        DiscountColumn(_yuan("多多支付立减金额"), DiscountKind.PLATFORM),
    ),
    fees=(_yuan("上门安装费"), _yuan("送货入户费"), _yuan("送货入户并安装费")),
    refund=Amount(_yuan("退款金额")),
    after_sale=("售后状态",),
    customer_name=(("收货人",),),
    phone=("手机", "收货人手机号"),
    payment_method=("支付方式",),
    payment_reference=("支付ID",),
    paid_at=("支付时间",),
    shipped_at=("发货时间",),
    delivered_at=("确认收货时间",),
    note=(("商家备注",), ("买家留言",)),
    markers=(("订单号",), _yuan("用户实付金额"), ("商品数量(件)", "商品数量（件）")),
    required=[
        ("订单号",),
        ("订单状态",),
        ("订单成交时间", "支付时间"),
        _yuan("用户实付金额"),
        ("商品",),
        ("商品数量(件)", "商品数量（件）"),
        _yuan("商品总价", "商品单价"),
    ],
)
