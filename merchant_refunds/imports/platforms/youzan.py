"""Youzan (有赞) order export (有赞后台 → 订单 → 订单查询 → 导出), one row per product line.

Youzan documents its order API (tid, payment, total_fee …), not the export's headers; the names
below are the export's as we know them, and docs/import-formats.md says so.
"""

from __future__ import annotations

from merchant_refunds.domain.order import DiscountKind, OrderStatus
from merchant_refunds.imports.platforms.common import Amount, DiscountColumn, Spec

NAME = "youzan"

SPEC = Spec(
    name=NAME,
    statuses={
        "待付款": OrderStatus.AWAITING_PAYMENT,
        "待发货": OrderStatus.PAID,
        "已发货": OrderStatus.IN_TRANSIT,
        "交易成功": OrderStatus.COMPLETED,
        "已完成": OrderStatus.COMPLETED,
        "交易关闭": OrderStatus.CANCELLED,
        "已关闭": OrderStatus.CANCELLED,
    },
    order_no=("订单号",),
    status=("订单状态",),
    placed_at=("订单创建时间", "下单时间"),
    paid=Amount(("订单实付金额",)),
    line_name=("商品名称",),
    quantity=("商品数量",),
    unit_price=("商品单价",),
    sku=("规格编码", "商品编码"),
    shipping=Amount(("运费",)),
    discounts=(
        DiscountColumn(("店铺优惠",), DiscountKind.SHOP),
        DiscountColumn(("优惠券优惠", "优惠券"), DiscountKind.COUPON),
        DiscountColumn(("满减优惠", "满减"), DiscountKind.THRESHOLD),
        DiscountColumn(("平台优惠",), DiscountKind.PLATFORM),
    ),
    refund=Amount(("已退款金额", "退款金额")),
    after_sale=("退款状态", "售后状态"),
    customer_name=(("收货人/提货人", "收货人"), ("买家昵称",)),
    phone=("收货人手机号/提货人手机号", "收货人手机号"),
    payment_method=("支付方式",),
    payment_reference=("外部交易号", "支付流水号"),
    paid_at=("买家付款时间", "付款时间"),
    shipped_at=("卖家发货时间", "发货时间"),
    delivered_at=("买家确认收货时间", "确认收货时间"),
    note=(("买家备注",), ("商家订单备注", "卖家备注")),
    markers=(("订单号",), ("订单实付金额",)),
    required=[
        ("订单号",),
        ("订单状态",),
        ("订单创建时间", "下单时间"),
        ("订单实付金额",),
        ("商品名称",),
        ("商品数量",),
        ("商品单价",),
    ],
)
