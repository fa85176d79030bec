"""Douyin shop (抖店) order export (抖店后台 → 订单 → 订单管理 → 批量导出), one row per
sub-order (子订单: one product of the order), the order's rows sharing its 主订单编号.

Each row carries its own amounts (商品金额 is the unit price, 订单应付金额 and the discounts
are the sub-order's), so they are added up over the order's rows; 运费 is the order's. See
docs/import-formats.md for which names are documented and which assumed.
"""

from __future__ import annotations

from merchant_refunds.domain.order import DiscountKind, OrderStatus
from merchant_refunds.imports.platforms.common import ROWS, Amount, DiscountColumn, Spec

NAME = "douyin"

SPEC = Spec(
    name=NAME,
    statuses={
        "待支付": OrderStatus.AWAITING_PAYMENT,
        "待发货": OrderStatus.PAID,
        "备货中": OrderStatus.PAID,
        "部分发货": OrderStatus.IN_TRANSIT,
        "已发货": OrderStatus.IN_TRANSIT,
        "已完成": OrderStatus.COMPLETED,
        "已关闭": OrderStatus.CANCELLED,
        "已取消": OrderStatus.CANCELLED,
    },
    order_no=("主订单编号",),
    status=("订单状态",),
    placed_at=("订单提交时间",),
    paid=Amount(("订单应付金额",), ROWS),
    line_name=("选购商品", "商品名称"),
    quantity=("商品数量",),
    unit_price=("商品金额",),
    sku=("商家编码", "货号", "商品ID"),
    shipping=Amount(("运费",)),
    discounts=(
        DiscountColumn(("商家优惠",), DiscountKind.SHOP, ROWS),
        DiscountColumn(("平台优惠",), DiscountKind.PLATFORM, ROWS),
        DiscountColumn(("达人优惠",), DiscountKind.PROMOTION, ROWS),
        DiscountColumn(("支付优惠",), DiscountKind.PLATFORM, ROWS),
    ),
    refund=Amount(("退款金额",), ROWS),
    after_sale=("售后状态",),
    customer_name=(("收件人", "收货人"),),
    phone=("收件人手机号", "收货人手机号", "收件人电话"),
    payment_method=("支付方式",),
    paid_at=("支付完成时间",),
    shipped_at=("发货时间",),
    delivered_at=("订单完成时间",),
    note=(("商家备注",), ("买家留言",)),
    markers=(("主订单编号",), ("选购商品", "子订单编号")),
    required=[
        ("主订单编号",),
        ("订单状态",),
        ("订单提交时间",),
        ("订单应付金额",),
        ("选购商品", "商品名称"),
        ("商品数量",),
        ("商品金额",),
    ],
)
