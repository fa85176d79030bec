"""JD (京东) POP shop order export (商家后台 → 订单管理 → 订单导出), one row per product line.

Column names are those of JD's merchant back office as we know them; JD publishes no document of
the export, so the names follow its order API (jingdong.pop.order.get: 应付金额, 商家优惠金额,
余额支付, 运费, 订单完成时间 …). docs/import-formats.md says which are assumed.
"""

from __future__ import annotations

from merchant_refunds.domain.order import DiscountKind, OrderStatus
from merchant_refunds.imports.platforms.common import Amount, DiscountColumn, Spec

NAME = "jd"

SPEC = Spec(
    name=NAME,
    statuses={
        "等待付款": OrderStatus.AWAITING_PAYMENT,
        "等待出库": OrderStatus.PAID,
        "等待发货": OrderStatus.PAID,
        "等待确认收货": OrderStatus.IN_TRANSIT,
        "已出库": OrderStatus.IN_TRANSIT,
        # 完成: the buyer confirmed receipt (or JD did after its waiting time)
        "完成": OrderStatus.COMPLETED,
        "已完成": OrderStatus.COMPLETED,
        "取消": OrderStatus.CANCELLED,
        "已取消": OrderStatus.CANCELLED,
        "订单取消": OrderStatus.CANCELLED,
    },
    order_no=("订单号",),
    status=("订单状态",),
    placed_at=("下单时间",),
    paid=Amount(("应付金额",)),
    paid_also=(Amount(("余额支付",)),),
    line_name=("商品名称",),
    quantity=("订购数量",),
    unit_price=("京东价",),
    sku=("商家SKUID", "货号", "商品ID"),
    shipping=Amount(("运费金额", "运费")),
    discounts=(
        DiscountColumn(("商家优惠金额", "店铺优惠"), DiscountKind.SHOP),
        DiscountColumn(("京东优惠金额", "平台优惠"), DiscountKind.PLATFORM),
        DiscountColumn(("优惠券金额", "京券优惠", "东券优惠"), DiscountKind.COUPON),
        DiscountColumn(("满减金额", "满减优惠"), DiscountKind.THRESHOLD),
    ),
    refund=Amount(("退款金额",)),
    after_sale=("售后状态", "退款状态"),
    customer_name=(("客户姓名",), ("下单帐号", "下单账号")),
    phone=("联系电话",),
    payment_method=("支付方式",),
    paid_at=("付款确认时间", "支付时间"),
    shipped_at=("出库时间",),
    delivered_at=("订单完成时间", "完成时间"),
    note=(("订单备注",), ("商家备注",)),
    markers=(("订单号",), ("订购数量",), ("应付金额",)),
    required=[
        ("订单号",),
        ("订单状态",),
        ("下单时间",),
        ("应付金额",),
        ("商品名称",),
        ("订购数量",),
        ("京东价",),
    ],
)
