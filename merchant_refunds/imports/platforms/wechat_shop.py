"""WeChat shop (微信小店, formerly 视频号小店) order export (小店后台 → 订单 → 导出), one row per
product line.

WeChat documents the order API's price fields (product_price 商品总价, order_price 用户实付,
freight 运费, merchant_discounted_price 商家优惠, finder_discounted_price 达人优惠 …); the export's
headers below follow them, and docs/import-formats.md says which are assumed.
"""

from __future__ import annotations

from merchant_refunds.domain.order import DiscountKind, OrderStatus, PaymentMethod
from merchant_refunds.imports.platforms.common import Amount, DiscountColumn, Spec

NAME = "wechat_shop"

SPEC = Spec(
    name=NAME,
    statuses={
        "待付款": OrderStatus.AWAITING_PAYMENT,
        "待发货": OrderStatus.PAID,
        "部分发货": OrderStatus.IN_TRANSIT,
        "待收货": OrderStatus.IN_TRANSIT,
        "已完成": OrderStatus.COMPLETED,
        "完成": OrderStatus.COMPLETED,
        "已取消": OrderStatus.CANCELLED,
        "取消": OrderStatus.CANCELLED,
    },
    order_no=("订单号",),
    status=("订单状态",),
    placed_at=("下单时间", "订单创建时间"),
    paid=Amount(("用户实付金额", "用户实付")),
    line_name=("商品名称",),
    quantity=("商品数量",),
    unit_price=("商品单价", "商品原价"),
    goods_total=Amount(("商品总价",)),
    sku=("SKU编码", "商品编码"),
    shipping=Amount(("运费",)),
    discounts=(
        DiscountColumn(("商家优惠",), DiscountKind.SHOP),
        DiscountColumn(("达人优惠",), DiscountKind.PROMOTION),
        DiscountColumn(("平台优惠", "平台券优惠"), DiscountKind.PLATFORM),
        DiscountColumn(("积分抵扣", "会员积分抵扣"), DiscountKind.SHOP),
    ),
    refund=Amount(("退款金额",)),
    after_sale=("售后状态",),
    customer_name=(("收货人", "收件人"), ("买家昵称",)),
    phone=("收货人手机号", "联系电话"),
    default_payment=PaymentMethod.WECHAT_PAY,
    payment_reference=("支付单号", "微信支付单号"),
    paid_at=("支付时间",),
    shipped_at=("发货时间",),
    delivered_at=("确认收货时间", "收货时间"),
    note=(("买家备注", "买家留言"), ("商家备注",)),
    markers=(("订单号",), ("用户实付金额", "用户实付"), ("商品单价", "商品原价")),
    required=[
        ("订单号",),
        ("订单状态",),
        ("下单时间", "订单创建时间"),
        ("用户实付金额", "用户实付"),
        ("商品名称",),
        ("商品数量",),
        ("商品单价", "商品原价"),
    ],
)
