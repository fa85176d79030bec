"""Realistic sample data for trying the application, through the real services.

``generate_demo`` replays a year of a small shop's life: orders arrive, customers ask for refunds,
the clerk records signatures and returned goods, the owner approves, rejects and pays. Every step
goes through the same service functions as the GUI and the command line, with the services' clock
set back to the moment it happens, so discounts are allocated, caps are checked and the audit chain
is written exactly as in real use. The same seed and day give the same data.

A fixed set of scenarios comes first (every order status and payment method, every refund state, a
large refund signed and paid in instalments, a bank transfer to another person's account, a USD
refund paid in CNY); random orders fill the rest of the year.
"""

from __future__ import annotations

import heapq
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from peewee import fn
from stdnum import luhn

from merchant_refunds.domain.calculation import FxRate, Selection
from merchant_refunds.domain.errors import InvalidInput, Refused
from merchant_refunds.domain.lifecycle import PayoutMethod, RefundStatus, Role
from merchant_refunds.domain.masking import mask_email
from merchant_refunds.domain.money import div_round_half_up
from merchant_refunds.domain.order import (
    DEFAULT_EXCLUDED_CATEGORIES,
    Customer,
    Discount,
    DiscountKind,
    Order,
    OrderLine,
    OrderStatus,
    Payment,
    PaymentMethod,
)
from merchant_refunds.domain.policy import MERCHANT_FAULT_REASONS, ReasonCode
from merchant_refunds.services import (
    clock,
    orders,
    refund_decisions,
    refund_goods,
    refund_requests,
    shop_settings,
    users,
)
from merchant_refunds.services.payouts import arrival, sending
from merchant_refunds.services.refund_requests import Destination, RefundRequest
from merchant_refunds.services.refund_views import RefundDetail
from merchant_refunds.services.users import Actor
from merchant_refunds.storage import models as m
from merchant_refunds.storage.db import write_transaction

#: The demo users: (name, role, PIN, display name). Documented in docs/cli.md.
DEMO_USERS: tuple[tuple[str, Role, str, str], ...] = (
    ("boss", Role.OWNER, "1234", "店主 陈老板"),
    ("amy", Role.CLERK, "5678", "店员 李小美"),
    ("kim", Role.ACCOUNTANT, "6789", "会计 金会计"),
)
MIN_ORDERS = 30
MAX_ORDERS = 100_000

DEMO_SHOP = {
    "name": "小满生活馆",
    "address": "浙江省杭州市西湖区文三路 188 号 1 楼",
    "phone": "0571-8765 4321",
    "tax_number": "91330106MA2H7K3P5Q",
}


@dataclass(frozen=True)
class DemoSummary:
    """What was generated, for the command line and the GUI to report."""

    seed: int
    orders: int
    refunds: int
    users: tuple[str, ...]
    first_day: date
    last_day: date
    orders_by_status: dict[str, int]
    refunds_by_status: dict[str, int]

    def to_dict(self) -> dict[str, Any]:
        return {
            "seed": self.seed,
            "orders": self.orders,
            "refunds": self.refunds,
            "users": list(self.users),
            "first_day": self.first_day.isoformat(),
            "last_day": self.last_day.isoformat(),
            "orders_by_status": self.orders_by_status,
            "refunds_by_status": self.refunds_by_status,
        }


# --- catalogue and people ---------------------------------------------------------------------


@dataclass(frozen=True)
class Product:
    sku: str
    name: str
    name_en: str
    category: str
    price: int  # CNY fen, tax included
    tax_rate: str
    final_sale: bool = False
    presale: bool = False


CATALOGUE: tuple[Product, ...] = (
    Product("TEA-LJ-250", "西湖龙井 250g", "West Lake Longjing tea 250 g", "tea", 12800, "0.09"),
    Product("TEA-PE-357", "云南普洱茶饼 357g", "Yunnan Pu'er tea cake 357 g", "tea", 16800, "0.09"),
    Product("CUP-QC-02", "青瓷茶杯（一对）", "Celadon tea cups (pair)", "tableware", 9100, "0.13"),
    Product("POT-ZS-01", "宜兴紫砂壶", "Yixing clay teapot", "tableware", 45800, "0.13"),
    Product("SCARF-SILK", "杭州真丝围巾", "Hangzhou silk scarf", "apparel", 26800, "0.13"),
    Product("TSHIRT-CL", "清仓纯棉T恤", "Cotton T-shirt (clearance)", "apparel", 3900, "0.13",
            final_sale=True),
    Product("EARBUD-BT", "降噪蓝牙耳机", "Noise-cancelling earbuds", "electronics", 29900, "0.13"),
    Product("PBANK-20K", "充电宝 20000mAh", "Power bank 20000 mAh", "electronics", 12900, "0.13"),
    Product("NOTE-A5", "手账本 A5", "A5 journal", "stationery", 4500, "0.13"),
    Product("CANDLE-SOY", "大豆香薰蜡烛", "Soy scented candle", "home", 6800, "0.13"),
    Product("PILLOW-LTX", "泰国乳胶枕", "Latex pillow", "home", 39900, "0.13"),
    Product("MOON-GIFT", "中秋月饼礼盒", "Mid-Autumn mooncake box", "perishable", 18800, "0.13"),
    Product("FRUIT-CH2", "智利车厘子 2kg", "Chilean cherries 2 kg", "perishable", 29800, "0.09"),
    Product("SEAL-CUST", "定制篆刻印章", "Custom carved seal", "made_to_order", 8800, "0.13"),
    Product("SOFT-KEY", "正版软件激活码", "Software licence key", "digital_unsealed", 19800,
            "0.13"),
    Product("PAPER-SUB", "《南方周末》季度订阅", "Southern Weekly, 3 months", "newspaper", 7500,
            "0.09"),
    Product("CLASS-TEA", "茶艺体验课", "Tea ceremony class", "service", 19900, "0.06"),
    Product("WARR-1Y", "延长保修 1 年", "Extended warranty, 1 year", "service", 29900, "0.06"),
    Product("LAPTOP-14", "轻薄笔记本电脑 14 英寸", "14-inch ultrabook", "electronics", 699900,
            "0.13"),
    Product("PURIFIER", "空气净化器 Pro", "Air purifier Pro", "appliances", 259900, "0.13"),
    Product("TRAY-PRE", "实木茶盘（预售）", "Solid wood tea tray (pre-sale)", "tableware", 39900,
            "0.13", presale=True),
    Product("TEA-MQ-PRE", "明前龙井新茶（预售）", "First-flush Longjing (pre-sale)", "tea", 59800,
            "0.09", presale=True),
)  # fmt: skip
_BY_SKU = {p.sku: p for p in CATALOGUE}
#: Everyday products for random orders, with how often they are bought.
_EVERYDAY = [p for p in CATALOGUE if not p.presale and p.price < 100000]
_EVERYDAY_WEIGHTS = [1 if p.final_sale or p.category == "service" else 3 for p in _EVERYDAY]

_SURNAMES = (
    ("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"),
    ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"), ("徐", "xu"), ("孙", "sun"),
    ("马", "ma"), ("朱", "zhu"), ("胡", "hu"), ("郭", "guo"), ("林", "lin"), ("何", "he"),
    ("高", "gao"), ("罗", "luo"), ("郑", "zheng"), ("梁", "liang"), ("谢", "xie"), ("宋", "song"),
    ("欧阳", "ouyang"), ("上官", "shangguan"),
)  # fmt: skip
_GIVEN = (
    ("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("磊", "lei"),
    ("小红", "xiaohong"), ("晓东", "xiaodong"), ("子轩", "zixuan"), ("梓涵", "zihan"),
    ("欣怡", "xinyi"), ("浩然", "haoran"), ("思远", "siyuan"), ("雨萱", "yuxuan"),
    ("建国", "jianguo"), ("海燕", "haiyan"), ("志强", "zhiqiang"), ("婷婷", "tingting"),
    ("俊杰", "junjie"), ("一诺", "yinuo"), ("嘉怡", "jiayi"), ("秀英", "xiuying"),
    ("文博", "wenbo"), ("丽娟", "lijuan"),
)  # fmt: skip
_MAIL_DOMAINS = ("qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "outlook.com")
_PHONE_PREFIXES = ("138", "139", "135", "136", "137", "150", "151", "158", "186", "188", "177")
#: country, currency, first names, last names, phone format
_FOREIGN = (
    ("US", "USD", ("Emily", "James", "Olivia", "Michael", "Sophia", "Daniel"),
     ("Carter", "Johnson", "Miller", "Davis", "Walker", "Brooks"), "+1 415 555 01{:02d}"),
    ("DE", "EUR", ("Lukas", "Anna", "Felix", "Lena"), ("Schmidt", "Weber", "Becker", "Wagner"),
     "+49 30 5557 {:04d}"),
    ("FR", "EUR", ("Camille", "Louis", "Chloé", "Hugo"), ("Dubois", "Martin", "Bernard", "Leroy"),
     "+33 1 55 55 {:04d}"),
    ("JP", "JPY", ("Yuki", "Haruto", "Sakura", "Ren"), ("Tanaka", "Sato", "Suzuki", "Takahashi"),
     "+81 3 5555 {:04d}"),
)  # fmt: skip
#: Expats in China: English names paying in CNY.
_EXPAT_FIRST = ("Tom", "Sarah", "David", "Laura")
_EXPAT_LAST = ("Green", "Hughes", "Turner", "Palmer")

#: Rough shelf prices abroad: CNY fen per unit of the currency's major unit.
_PRICE_RATE = {"USD": 720, "EUR": 780}
#: Demo exchange rates for refunds paid in another currency (CNY per major unit).
_FX_TO_CNY = {"USD": Decimal("7.1234"), "EUR": Decimal("7.7120"), "JPY": Decimal("0.0478")}


@dataclass(frozen=True)
class Person:
    customer: Customer
    currency: str
    email_handle: str = ""


def _chinese_person(rng: random.Random) -> Person:
    surname, s_py = rng.choice(_SURNAMES)
    given, g_py = rng.choice(_GIVEN)
    phone = rng.choice(_PHONE_PREFIXES) + f"{rng.randrange(10**8):08d}"
    email = ""
    if rng.random() < 0.6:
        email = f"{s_py}{g_py}{rng.randrange(10, 99)}@{rng.choice(_MAIL_DOMAINS)}"
    return Person(Customer(surname + given, phone, email, "CN"), "CNY")


def _foreign_person(rng: random.Random, index: int, currency: str | None = None) -> Person:
    choices = [f for f in _FOREIGN if currency in (None, f[1])]
    country, currency, firsts, lasts, phone_format = rng.choice(choices)
    first, last = rng.choice(firsts), rng.choice(lasts)
    phone = phone_format.format(rng.randrange(100 if "{:02d}" in phone_format else 10000))
    email = f"{first.lower()}.{last.lower()}{index}@example.com".replace("é", "e")
    return Person(Customer(f"{first} {last}", phone, email, country), currency)


def _expat_person(rng: random.Random, index: int) -> Person:
    first, last = rng.choice(_EXPAT_FIRST), rng.choice(_EXPAT_LAST)
    phone = rng.choice(_PHONE_PREFIXES) + f"{rng.randrange(10**8):08d}"
    email = f"{first.lower()}.{last.lower()}{index}@gmail.com"
    return Person(Customer(f"{first} {last}", phone, email, "CN"), "CNY")


def _people(rng: random.Random, count: int) -> list[Person]:
    """Regular customers: one from each foreign market and twenty Chinese ones for the
    scenarios, then a random mix (mostly Chinese, some expats and foreign customers)."""
    people = [_foreign_person(rng, i, c) for i, c in enumerate(("USD", "EUR", "JPY"))]
    people += [_chinese_person(rng) for _ in range(20)]
    for index in range(len(people), count):
        roll = rng.random()
        if roll < 0.84:
            people.append(_chinese_person(rng))
        elif roll < 0.88:
            people.append(_expat_person(rng, index))
        else:
            people.append(_foreign_person(rng, index))
    return people


# --- building orders --------------------------------------------------------------------------


def _local_price(product: Product, currency: str) -> int:
    """The product's shelf price in ``currency``'s minor units (x.99 abroad, round yen)."""
    if currency == "CNY":
        return product.price
    if currency == "JPY":
        return max(10, div_round_half_up(product.price * 20, 1000) * 10)
    major = max(1, div_round_half_up(product.price, _PRICE_RATE[currency]))
    return major * 100 - 1


def _product_name(product: Product, currency: str) -> str:
    return product.name if currency == "CNY" else product.name_en


_SOURCE_METHODS: dict[str, tuple[PaymentMethod, ...]] = {
    "taobao": (PaymentMethod.ALIPAY,),
    "tmall": (PaymentMethod.ALIPAY, PaymentMethod.UNIONPAY),
    "jd": (PaymentMethod.WECHAT_PAY, PaymentMethod.UNIONPAY, PaymentMethod.CARD),
    "pinduoduo": (PaymentMethod.WECHAT_PAY, PaymentMethod.ALIPAY),
    "wechat_shop": (PaymentMethod.WECHAT_PAY,),
    "store": (PaymentMethod.CASH, PaymentMethod.WECHAT_PAY, PaymentMethod.ALIPAY),
    "wholesale": (PaymentMethod.BANK_TRANSFER,),
    "shopify": (PaymentMethod.CARD, PaymentMethod.PAYPAL),
}
_CN_SOURCES = ("taobao", "tmall", "jd", "pinduoduo", "wechat_shop", "store", "wholesale")
_CN_SOURCE_WEIGHTS = (30, 12, 14, 10, 16, 14, 4)
#: When online orders come in over a day (few at night, most in the evening).
_HOUR_WEIGHTS = (2, 1, 1, 1, 1, 1, 2, 3, 5, 6, 7, 7, 8, 7, 7, 7, 7, 6, 7, 9, 11, 12, 10, 5)


def _bank_account(rng: random.Random, prefix: str = "622202") -> str:
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(18 - len(prefix)))
    return body + luhn.calc_check_digit(body)


def _payment(rng: random.Random, method: PaymentMethod, person: Person, at: datetime) -> Payment:
    c = person.customer
    if method is PaymentMethod.ALIPAY:
        ref = f"{at:%Y%m%d}2200{rng.randrange(10**16):016d}"
        account = mask_email(c.email) if c.email and rng.random() < 0.3 else _mask_phone(c.phone)
    elif method is PaymentMethod.WECHAT_PAY:
        ref = f"42000{rng.randrange(10**5):05d}{at:%Y%m%d}{rng.randrange(10**10):010d}"
        account = f"o6_b****{rng.randrange(16**4):04x}"
    elif method in (PaymentMethod.UNIONPAY, PaymentMethod.CARD):
        ref = f"{rng.randrange(10**12):012d}"
        first = "6222" if method is PaymentMethod.UNIONPAY else rng.choice(("4556", "5425"))
        account = f"{first} **** {rng.randrange(10**4):04d}"
    elif method is PaymentMethod.PAYPAL:
        ref = "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXY") for _ in range(17))
        account = mask_email(c.email)
    elif method is PaymentMethod.BANK_TRANSFER:
        ref = f"BT{at:%Y%m%d}{rng.randrange(10**6):06d}"
        account = f"6222 **** {rng.randrange(10**4):04d}"
    else:
        ref = f"POS-{at:%m%d}-{rng.randrange(10**4):04d}"
        account = ""
    return Payment(method, ref, account)


def _mask_phone(phone: str) -> str:
    return phone[:3] + "****" + phone[-4:] if len(phone) >= 7 else phone


def _discounts(rng: random.Random, currency: str, items: int) -> tuple[Discount, ...]:
    """Coupons, spend-threshold (满减) and member-day promotions the way Chinese shops run them."""
    found: list[Discount] = []
    if currency == "CNY":
        for threshold, off in ((100000, 15000), (50000, 6000), (30000, 3000)):
            if items >= threshold and rng.random() < 0.45:
                desc = f"满{threshold // 100}减{off // 100}"
                found.append(Discount(off, DiscountKind.THRESHOLD, f"MJ{threshold // 100}", desc))
                break
        if rng.random() < 0.2:
            off = rng.choice((500, 1000, 2000))
            if off * 3 <= items:
                found.append(Discount(off, DiscountKind.COUPON, f"Q{off // 100}", "店铺优惠券"))
        if rng.random() < 0.05:
            found.append(
                Discount(
                    div_round_half_up(items * 5, 100), DiscountKind.PROMOTION, "", "会员日 95 折"
                )
            )
    elif rng.random() < 0.15:
        off = 50000 if currency == "JPY" else 500
        if off * 3 <= items:
            found.append(Discount(off, DiscountKind.COUPON, "WELCOME5", "Welcome coupon"))
    return tuple(found)


def _shipping(currency: str, items: int, source: str) -> int:
    if source == "store":
        return 0
    free_from, fee = {
        "CNY": (9900, 800),
        "USD": (9900, 1500),
        "EUR": (9900, 1200),
        "JPY": (15000, 1500),
    }[currency]
    return 0 if items >= free_from else fee


@dataclass
class OrderPlan:
    """An order to create at ``placed_at`` and the refunds to play out on it afterwards."""

    placed_at: datetime
    person: Person
    status: OrderStatus
    source: str
    method: PaymentMethod
    products: list[tuple[Product, int]]
    presale: bool = False
    paid_at: datetime | None = None
    shipped_at: datetime | None = None
    delivered_at: datetime | None = None
    refunds: list[RefundPlan] = field(default_factory=list)
    order_no: str = ""
    line_discount_bp: int = 0
    no_discounts: bool = False


@dataclass
class RefundPlan:
    """A refund story. ``target`` is how far it goes if time allows (the data ends today)."""

    start: datetime
    reason: ReasonCode
    target: RefundStatus
    lines: dict[int, int] | None = None  # line_no -> units; None means everything left
    shipping: bool = False
    goods_return: bool = False
    requester: str = "amy"
    destination: Destination | None = None
    fx_currency: str | None = None
    override: str = ""
    instalments: int = 1
    note: str = ""


def _build_order(rng: random.Random, plan: OrderPlan) -> Order:
    currency = plan.person.currency
    lines = []
    for line_no, (product, qty) in enumerate(plan.products, start=1):
        price = _local_price(product, currency)
        line_discount = 0
        if plan.line_discount_bp and line_no == 1:
            line_discount = div_round_half_up(price * qty * plan.line_discount_bp, 10000)
        lines.append(
            OrderLine(
                line_no=line_no,
                sku=product.sku,
                name=_product_name(product, currency),
                quantity=qty,
                unit_price=price,
                line_discount=line_discount,
                category=product.category,
                tax_rate=Decimal(product.tax_rate),
                final_sale=product.final_sale,
            )
        )
    items = sum(line.after_line_discount for line in lines)
    discounts = () if plan.no_discounts else _discounts(rng, currency, items)
    return Order(
        order_no=plan.order_no,
        currency=currency,
        status=plan.status,
        placed_at=plan.placed_at,
        customer=plan.person.customer,
        payment=_payment(rng, plan.method, plan.person, plan.placed_at),
        lines=tuple(lines),
        discounts=discounts,
        shipping_fee=_shipping(currency, items, plan.source),
        source=plan.source,
        paid_at=plan.paid_at,
        shipped_at=plan.shipped_at,
        delivered_at=plan.delivered_at,
        presale=plan.presale,
        note="门店现场购买" if plan.source == "store" else "",
    )


def _minutes(rng: random.Random, low: int, high: int) -> timedelta:
    return timedelta(minutes=rng.randint(low, high))


def _in_shop_hours(moment: datetime) -> datetime:
    """Move a moment outside 08:30-21:30 to the next opening: staff act in working hours."""
    opening = moment.replace(hour=8, minute=30, second=0)
    if moment.time() < time(8, 30):
        return opening
    if moment.time() > time(21, 30):
        return opening + timedelta(days=1)
    return moment


def _dated(plan: OrderPlan, rng: random.Random, horizon: datetime, *, natural: bool) -> None:
    """Fill the payment, shipping and delivery moments consistent with the status.

    ``natural`` orders (the random year) take the status their dates imply by ``horizon``; the
    scenarios keep the status they ask for, with short fixed lead times.
    """
    status = plan.status
    if status in (OrderStatus.AWAITING_PAYMENT, OrderStatus.CANCELLED):
        return
    plan.paid_at = plan.placed_at + _minutes(rng, 1, 25)
    if plan.source == "store":
        plan.delivered_at = plan.paid_at
        plan.status = OrderStatus.COMPLETED
        return
    if status in (
        OrderStatus.PAID,
        OrderStatus.PRESALE_AWAITING_PRODUCTION,
        OrderStatus.PRESALE_IN_PRODUCTION,
    ):
        return
    if natural:
        lead = timedelta(days=rng.randint(20, 30)) if plan.presale else _minutes(rng, 240, 2880)
        shipped = _in_shop_hours(plan.paid_at + lead)
        delivered = shipped + timedelta(days=rng.randint(1, 4), hours=rng.randint(0, 8))
    else:
        shipped = _in_shop_hours(plan.paid_at + timedelta(days=1))
        delivered = shipped + timedelta(days=2)
    if shipped >= horizon:
        plan.status = OrderStatus.PAID
        return
    plan.shipped_at = shipped
    if delivered >= horizon or status is OrderStatus.IN_TRANSIT:
        plan.status = OrderStatus.IN_TRANSIT
        return
    plan.delivered_at = delivered
    if natural:
        old = delivered < horizon - timedelta(days=12)
        plan.status = OrderStatus.COMPLETED if old else OrderStatus.DELIVERED


# --- the random year --------------------------------------------------------------------------


def _random_products(rng: random.Random, currency: str) -> list[tuple[Product, int]]:
    count = rng.choices((1, 2, 3, 4), weights=(50, 30, 15, 5))[0]
    chosen: list[Product] = []
    while len(chosen) < count:
        product = rng.choices(_EVERYDAY, weights=_EVERYDAY_WEIGHTS)[0]
        if product not in chosen:
            chosen.append(product)
    if rng.random() < 0.03:
        chosen[0] = rng.choice((_BY_SKU["LAPTOP-14"], _BY_SKU["PURIFIER"]))
    result = []
    for product in chosen:
        cheap = product.price < 10000 and product.category not in ("service",)
        if cheap:
            qty = rng.choices((1, 2, 3, 4, 6), weights=(60, 22, 10, 5, 3))[0]
        else:
            qty = rng.choices((1, 2), weights=(85, 15))[0]
        result.append((product, qty))
    return result


def _random_order(rng: random.Random, people: list[Person], horizon: datetime) -> OrderPlan:
    days_ago = rng.randint(1, 365)
    hour = rng.choices(range(24), weights=_HOUR_WEIGHTS)[0]
    placed = datetime.combine(horizon.date() - timedelta(days=days_ago), time(hour))
    placed += _minutes(rng, 0, 59)
    person = rng.choice(people)
    if person.currency == "CNY":
        source = rng.choices(_CN_SOURCES, weights=_CN_SOURCE_WEIGHTS)[0]
    else:
        source = "shopify"
    if source == "store":
        placed = placed.replace(hour=rng.randint(10, 20))
    method = rng.choice(_SOURCE_METHODS[source])
    status = OrderStatus.DELIVERED
    presale = False
    products = _random_products(rng, person.currency)
    if source != "store" and rng.random() < 0.05:
        presale = True
        products = [(rng.choice([p for p in CATALOGUE if p.presale]), 1)]
        if days_ago < 20:
            status = rng.choice(
                (OrderStatus.PRESALE_AWAITING_PRODUCTION, OrderStatus.PRESALE_IN_PRODUCTION)
            )
    elif days_ago <= 1 and rng.random() < 0.25 and source != "store":
        status = OrderStatus.AWAITING_PAYMENT
    elif rng.random() < 0.03:
        status = OrderStatus.CANCELLED
    plan = OrderPlan(
        placed,
        person,
        status,
        source,
        method,
        products,
        presale=presale,
        line_discount_bp=500 if rng.random() < 0.1 else 0,
    )
    _dated(plan, rng, horizon, natural=True)
    _random_refunds(rng, plan)
    return plan


def _eligible_for_no_reason(product: Product) -> bool:
    return not product.final_sale and product.category not in DEFAULT_EXCLUDED_CATEGORIES


def _random_refunds(rng: random.Random, plan: OrderPlan) -> None:
    if plan.status in (
        OrderStatus.AWAITING_PAYMENT,
        OrderStatus.CANCELLED,
        OrderStatus.PRESALE_IN_PRODUCTION,  # needs the supplier and an owner's override
    ):
        return
    delivered = plan.delivered_at
    if delivered is not None:
        if rng.random() > 0.25:
            return
        reason = rng.choices(
            (
                ReasonCode.NO_REASON,
                ReasonCode.QUALITY_PROBLEM,
                ReasonCode.WRONG_ITEM,
                ReasonCode.NOT_AS_DESCRIBED,
                ReasonCode.DAMAGED_IN_TRANSIT,
                ReasonCode.LATE_DELIVERY,
                ReasonCode.DUPLICATE_PAYMENT,
            ),
            weights=(40, 20, 8, 12, 8, 5, 3),
        )[0]
        # A day inside the window (7 or 15 days): a late-evening request moves to the next
        # morning and still falls on its last day at the latest.
        window_hours = 6 * 24 if reason is ReasonCode.NO_REASON else 13 * 24
        start = _in_shop_hours(delivered + timedelta(hours=rng.randint(2, window_hours)))
    else:
        if rng.random() > 0.12:
            return
        reason = ReasonCode.NO_REASON
        since = plan.shipped_at or plan.paid_at or plan.placed_at
        start = _in_shop_hours(since + _minutes(rng, 30, 24 * 60))
    candidates = list(enumerate(plan.products, start=1))
    if reason is ReasonCode.NO_REASON:
        candidates = [(n, (p, q)) for n, (p, q) in candidates if _eligible_for_no_reason(p)]
        if not candidates:
            reason = ReasonCode.QUALITY_PROBLEM
            candidates = list(enumerate(plan.products, start=1))
    everything = reason is ReasonCode.DUPLICATE_PAYMENT or (
        len(candidates) == len(plan.products) and rng.random() < 0.45
    )
    lines = None
    if not everything:
        picked = rng.sample(candidates, k=rng.randint(1, len(candidates)))
        lines = {n: rng.randint(1, q) for n, (_, q) in sorted(picked)}
    shipped = plan.shipped_at is not None or plan.source == "store"
    goods_return = shipped and reason in (
        ReasonCode.NO_REASON,
        ReasonCode.QUALITY_PROBLEM,
        ReasonCode.WRONG_ITEM,
        ReasonCode.NOT_AS_DESCRIBED,
    )
    target = rng.choices(
        (RefundStatus.COMPLETED, RefundStatus.REJECTED, RefundStatus.CANCELLED),
        weights=(80, 11, 9),
    )[0]
    destination = None
    if plan.method is PaymentMethod.CASH:
        destination = Destination(PayoutMethod.CASH)
    elif rng.random() < 0.05:
        destination = Destination(PayoutMethod.STORE_CREDIT)
    plan.refunds.append(
        RefundPlan(
            start=start,
            reason=reason,
            target=target,
            lines=lines,
            shipping=lines is not None and reason in MERCHANT_FAULT_REASONS and rng.random() < 0.5,
            goods_return=goods_return,
            requester="boss" if rng.random() < 0.15 else "amy",
            destination=destination,
            instalments=rng.choice((1, 2, 3)),
        )
    )


# --- the fixed scenarios ----------------------------------------------------------------------


def _p(sku: str, qty: int = 1) -> tuple[Product, int]:
    return (_BY_SKU[sku], qty)


def _scenarios(rng: random.Random, people: list[Person], horizon: datetime) -> list[OrderPlan]:
    """Orders that make sure every status, method and special case is there to look at."""
    chinese = [p for p in people if p.customer.country == "CN" and p.currency == "CNY"]

    def cn(index: int) -> Person:
        return chinese[index % len(chinese)]

    by_currency = {c: next(p for p in people if p.currency == c) for c in ("USD", "EUR", "JPY")}

    def at(days_ago: float, hour: int = 10) -> datetime:  # float-ok: days, not money
        day = (horizon - timedelta(days=days_ago)).date()
        return datetime.combine(day, time(hour, rng.randint(0, 59)))

    S = RefundStatus
    R = ReasonCode
    O = OrderStatus  # noqa: E741
    M = PaymentMethod
    plans: list[OrderPlan] = []

    def add(plan: OrderPlan, *refund_plans: RefundPlan) -> OrderPlan:
        _dated(plan, rng, horizon, natural=False)
        plan.refunds.extend(refund_plans)
        plans.append(plan)
        return plan

    def delivered(plan: OrderPlan, days_after: float) -> datetime:  # float-ok: days
        assert plan.delivered_at is not None
        return _in_shop_hours(plan.delivered_at + timedelta(days=days_after))

    # A large order: the refund is signed by the customer and paid in three instalments.
    big = add(
        OrderPlan(
            at(60),
            cn(0),
            O.COMPLETED,
            "jd",
            M.UNIONPAY,
            [_p("LAPTOP-14"), _p("WARR-1Y")],
            no_discounts=True,
        )
    )
    big.refunds.append(
        RefundPlan(
            delivered(big, 3),
            R.QUALITY_PROBLEM,
            S.COMPLETED,
            goods_return=True,
            instalments=3,
            note="屏幕有坏点，顾客要求整单退款",
        )
    )
    # A refund paid by bank transfer to someone else's account (the customer's husband).
    other = add(
        OrderPlan(
            at(40),
            cn(1),
            O.COMPLETED,
            "wechat_shop",
            M.WECHAT_PAY,
            [_p("POT-ZS-01"), _p("CUP-QC-02", 2)],
        )
    )
    other.refunds.append(
        RefundPlan(
            delivered(other, 4),
            R.NOT_AS_DESCRIBED,
            S.COMPLETED,
            goods_return=True,
            destination=Destination(
                PayoutMethod.BANK_TRANSFER,
                _bank_account(rng),
                "张建国",
                "中国工商银行杭州文三路支行",
            ),
            note="顾客微信已注销，退到其丈夫的工商银行卡",
        )
    )
    # A USD order refunded in CNY at a recorded exchange rate.
    usd = add(
        OrderPlan(
            at(35, 15),
            by_currency["USD"],
            O.COMPLETED,
            "shopify",
            M.CARD,
            [_p("SCARF-SILK", 2), _p("TEA-LJ-250")],
        )
    )
    usd.refunds.append(
        RefundPlan(
            delivered(usd, 2),
            R.DAMAGED_IN_TRANSIT,
            S.COMPLETED,
            lines={1: 1},
            fx_currency="CNY",
            note="Parcel crushed; refund to the customer's CNY account",
        )
    )
    # Two partial refunds of the same line: the cumulative formula returns exactly what was paid.
    tea = add(
        OrderPlan(
            at(50), cn(2), O.COMPLETED, "taobao", M.ALIPAY, [_p("TEA-LJ-250", 3), _p("CUP-QC-02")]
        )
    )
    tea.refunds.append(RefundPlan(delivered(tea, 1), R.QUALITY_PROBLEM, S.COMPLETED, lines={1: 1}))
    tea.refunds.append(
        RefundPlan(delivered(tea, 5), R.QUALITY_PROBLEM, S.COMPLETED, lines={1: 2}, shipping=True)
    )
    # Refunds left open in each state near today.
    req = add(
        OrderPlan(
            at(5), cn(3), O.DELIVERED, "taobao", M.ALIPAY, [_p("EARBUD-BT"), _p("NOTE-A5", 2)]
        )
    )
    req.refunds.append(
        RefundPlan(
            horizon - timedelta(hours=20),
            R.NO_REASON,
            S.REQUESTED,
            lines={1: 1},
            goods_return=True,
            note="七天无理由，包装完好",
        )
    )
    appr = add(OrderPlan(at(6), cn(4), O.DELIVERED, "tmall", M.ALIPAY, [_p("PILLOW-LTX", 2)]))
    appr.refunds.append(
        RefundPlan(
            horizon - timedelta(days=2),
            R.WRONG_ITEM,
            S.APPROVED,
            lines={1: 1},
            goods_return=True,
            note="发错颜色",
        )
    )
    paid = add(OrderPlan(at(8), cn(5), O.DELIVERED, "jd", M.CARD, [_p("PBANK-20K")]))
    paid.refunds.append(
        RefundPlan(
            horizon - timedelta(days=1, hours=6),
            R.QUALITY_PROBLEM,
            S.PAID,
            goods_return=False,
            note="无法充电，已拍视频",
        )
    )
    # Rejected and cancelled requests.
    rej = add(
        OrderPlan(at(30), cn(6), O.COMPLETED, "pinduoduo", M.WECHAT_PAY, [_p("CANDLE-SOY", 2)])
    )
    rej.refunds.append(RefundPlan(delivered(rej, 2), R.NO_REASON, S.REJECTED, goods_return=True))
    canc = add(OrderPlan(at(25), cn(7), O.COMPLETED, "taobao", M.ALIPAY, [_p("SCARF-SILK")]))
    canc.refunds.append(RefundPlan(delivered(canc, 1), R.NO_REASON, S.CANCELLED, goods_return=True))
    # A final-sale item returned without a reason: blocked, the owner overrides it.
    clearance = add(OrderPlan(at(20), cn(8), O.COMPLETED, "store", M.CASH, [_p("TSHIRT-CL", 2)]))
    clearance.refunds.append(
        RefundPlan(
            delivered(clearance, 1),
            R.NO_REASON,
            S.COMPLETED,
            lines={1: 1},
            goods_return=True,
            requester="boss",
            override="老顾客，店主特批退一件",
            destination=Destination(PayoutMethod.CASH),
        )
    )
    # Perishable goods (excluded from no-reason returns) refunded for a quality problem.
    fruit = add(
        OrderPlan(
            at(15),
            cn(9),
            O.COMPLETED,
            "wechat_shop",
            M.WECHAT_PAY,
            [_p("FRUIT-CH2"), _p("MOON-GIFT")],
        )
    )
    fruit.refunds.append(
        RefundPlan(
            delivered(fruit, 0.2),
            R.QUALITY_PROBLEM,
            S.COMPLETED,
            lines={1: 1},
            note="部分车厘子腐烂，顾客已拍照",
        )
    )
    # Pre-sale orders: one waiting for production, one in production (supplier confirmed).
    add(
        OrderPlan(
            at(9),
            cn(10),
            O.PRESALE_AWAITING_PRODUCTION,
            "taobao",
            M.ALIPAY,
            [_p("TEA-MQ-PRE")],
            presale=True,
        ),
        RefundPlan(at(5, 11), R.NO_REASON, S.COMPLETED, note="预售未发货，顾客不想等了"),
    )
    add(
        OrderPlan(
            at(14),
            cn(11),
            O.PRESALE_IN_PRODUCTION,
            "wechat_shop",
            M.WECHAT_PAY,
            [_p("TRAY-PRE")],
            presale=True,
        ),
        RefundPlan(
            at(3, 16),
            R.NO_REASON,
            S.APPROVED,
            requester="boss",
            override="供应商已确认可以取消生产",
        ),
    )
    # Orders in the remaining states and payment methods.
    add(
        OrderPlan(at(1.5), cn(12), O.IN_TRANSIT, "jd", M.WECHAT_PAY, [_p("TEA-PE-357", 2)]),
        RefundPlan(
            horizon - timedelta(hours=14),
            R.NO_REASON,
            S.REQUESTED,
            goods_return=True,
            note="买重了，快递拦截",
        ),
    )
    add(OrderPlan(at(0.6, 14), cn(13), O.PAID, "taobao", M.ALIPAY, [_p("SEAL-CUST")]))
    add(
        OrderPlan(
            horizon - timedelta(hours=5),
            cn(14),
            O.AWAITING_PAYMENT,
            "pinduoduo",
            M.WECHAT_PAY,
            [_p("NOTE-A5", 3)],
        )
    )
    add(OrderPlan(at(45), cn(15), O.CANCELLED, "tmall", M.ALIPAY, [_p("PURIFIER")]))
    add(
        OrderPlan(
            at(70),
            cn(16),
            O.COMPLETED,
            "wholesale",
            M.BANK_TRANSFER,
            [_p("TEA-PE-357", 6), _p("CUP-QC-02", 6)],
        )
    )
    add(OrderPlan(at(80), cn(17), O.COMPLETED, "jd", M.CARD, [_p("SOFT-KEY"), _p("PAPER-SUB")]))
    add(OrderPlan(at(33), cn(18), O.COMPLETED, "store", M.CASH, [_p("CLASS-TEA", 2)]))
    jpy = add(
        OrderPlan(
            at(28),
            by_currency["JPY"],
            O.COMPLETED,
            "shopify",
            M.PAYPAL,
            [_p("TEA-LJ-250", 2), _p("CANDLE-SOY")],
        )
    )
    jpy.refunds.append(
        RefundPlan(delivered(jpy, 3), R.WRONG_ITEM, S.COMPLETED, lines={2: 1}, shipping=True)
    )
    eur = add(
        OrderPlan(at(7, 15), by_currency["EUR"], O.DELIVERED, "shopify", M.CARD, [_p("PURIFIER")])
    )
    eur.refunds.append(
        RefundPlan(
            delivered(eur, 1),
            R.NOT_AS_DESCRIBED,
            S.APPROVED,
            goods_return=True,
            note="Wrong plug type for Europe",
        )
    )
    return plans


# --- playing the story ------------------------------------------------------------------------


class _Clock:
    """The moment the simulation is at; the services read it through ``clock.set_clock``."""

    def __init__(self, start: datetime) -> None:
        self.moment = start

    def __call__(self) -> datetime:
        return self.moment


Story = Iterator[datetime]


#: Why the owner says no, as the customer will read it.
_REJECTIONS: dict[ReasonCode | None, str] = {
    ReasonCode.NO_REASON: "商品已拆封使用，影响二次销售，不符合七天无理由退货条件",
    None: "经核实商品无质量问题，照片显示为使用中的人为损坏",
}


class _Simulation:
    """Runs the stories in time order: a queue of (moment, story), the clock set to each
    moment before the story takes its next step. A step due after ``horizon`` never happens."""

    def __init__(
        self,
        rng: random.Random,
        horizon: datetime,
        cast: dict[str, Actor],
        sim_clock: _Clock,
        on_order: Callable[[], None],
    ) -> None:
        self.rng = rng
        self.horizon = horizon
        self.cast = cast
        self.clock = sim_clock
        self.on_order = on_order
        self._queue: list[tuple[datetime, int, Story]] = []
        self._seq = 0

    def start(self, story: Story) -> None:
        self._push(story)

    def _push(self, story: Story) -> None:
        try:
            moment = next(story)
        except StopIteration:
            return
        if moment >= self.horizon:
            story.close()
            return
        self._seq += 1
        heapq.heappush(self._queue, (moment, self._seq, story))

    def run(self) -> None:
        while self._queue:
            moment, _, story = heapq.heappop(self._queue)
            self.clock.moment = max(moment, self.clock.moment)
            self._push(story)

    # The stories: each yields the moment of its next step, then takes it.

    def order_story(self, plan: OrderPlan) -> Story:
        yield plan.placed_at + _minutes(self.rng, 2, 40)
        orders.create_order(self.cast["amy"], _build_order(self.rng, plan))
        self.on_order()
        for refund_plan in plan.refunds:
            yield from self.refund_story(plan, refund_plan)

    def _pause(self, low_minutes: int, high_minutes: int) -> datetime:
        return _in_shop_hours(self.clock.moment + _minutes(self.rng, low_minutes, high_minutes))

    def refund_story(self, order: OrderPlan, plan: RefundPlan) -> Story:
        yield max(_in_shop_hours(plan.start), self.clock.moment)
        detail = self._request(order, plan)
        boss, amy = self.cast["boss"], self.cast["amy"]
        no = detail.refund_no
        if plan.target is RefundStatus.REQUESTED:
            return
        if plan.target is RefundStatus.CANCELLED:
            yield self._pause(20, 600)
            who = amy if detail.requested_by == "amy" else boss
            refund_decisions.cancel(who, no, "顾客撤回申请")
            return
        yield self._pause(30, 8 * 60)
        if plan.target is RefundStatus.REJECTED:
            refund_decisions.reject(boss, no, _REJECTIONS.get(plan.reason, _REJECTIONS[None]))
            return
        if detail.second_approval_required and detail.requested_by == "boss":
            return  # waits for a second owner the demo shop does not have
        refund_decisions.approve(boss, no, "同意退款")
        if detail.signature_required:
            yield self._pause(60, 2 * 24 * 60)
            refund_goods.record_signature(amy, no)
        if plan.target is RefundStatus.APPROVED:
            return
        if detail.goods_return:
            yield self._pause(2 * 24 * 60, 4 * 24 * 60)
            refund_goods.record_goods_received(amy, no)
        yield from self._pay(detail, plan)

    def _pay(self, detail: RefundDetail, plan: RefundPlan) -> Story:
        boss, amy = self.cast["boss"], self.cast["amy"]
        parts = self._instalments(detail, plan.instalments)
        method = detail.destination_method
        for seq, amount in enumerate(parts, start=1):
            yield self._pause(30, 24 * 60 if seq > 1 else 6 * 60)
            reference = f"RF-{self.clock.moment:%Y%m%d}-{self.rng.randrange(10**6):06d}"
            sending.record_payout(boss, detail.refund_no, reference=reference, amount=amount)
            if plan.target is RefundStatus.PAID:
                return
            if method in (PayoutMethod.CASH.value, PayoutMethod.STORE_CREDIT.value):
                yield self.clock.moment + _minutes(self.rng, 1, 5)
            else:
                yield self._pause(24 * 60, 3 * 24 * 60)
            arrival.confirm_received(amy, detail.refund_no, seq)

    def _instalments(self, detail: RefundDetail, count: int) -> list[int | None]:
        """Large refunds may be paid in parts of round amounts; the last part pays the rest."""
        if not detail.signature_required or count <= 1:
            return [None]
        unit = 10**detail.payout.exponent * 100
        parts: list[int | None] = []
        left = detail.payout.minor
        for _ in range(count - 1):
            part = max(unit, (left // 2) // unit * unit)
            if part >= left:
                break
            parts.append(part)
            left -= part
        return [*parts, None]

    def _request(self, order: OrderPlan, plan: RefundPlan) -> RefundDetail:
        if plan.lines is None:
            selection = Selection(everything_left=True)
        else:
            selection = Selection(dict(plan.lines), shipping=plan.shipping)
        fx = None
        if plan.fx_currency:
            rate = _FX_TO_CNY[order.person.currency]
            fx = FxRate(order.person.currency, plan.fx_currency, rate, self.clock.moment.date())
        request = RefundRequest(
            order.order_no,
            selection,
            plan.reason,
            note=plan.note,
            goods_return=plan.goods_return,
            destination=plan.destination or Destination(),
            fx=fx,
            override_reason=plan.override,
        )
        requester = self.cast[plan.requester]
        # The owner cannot approve their own large request: the clerk takes those.
        if (
            requester.role is Role.OWNER
            and not plan.override
            and refund_requests.quote(request).quote.total.minor
            >= _second_threshold(order.person.currency)
        ):
            requester = self.cast["amy"]
        return refund_requests.request_refund(requester, request)


def _second_threshold(currency: str) -> int:
    policy = shop_settings.get_policy()
    return policy.threshold(policy.second_approval_threshold, currency)


def _assign_order_numbers(plans: list[OrderPlan]) -> None:
    """Numbers grow with time, like a shop system's: MR + date + sequence of the day."""
    per_day: dict[date, int] = {}
    for plan in plans:
        day = plan.placed_at.date()
        per_day[day] = per_day.get(day, 0) + 1
        plan.order_no = f"MR{day:%Y%m%d}{per_day[day]:04d}"


def _users() -> dict[str, Actor]:
    """The three demo users; ones that already exist (same name) are reused."""
    cast: dict[str, Actor] = {}
    owner = m.User.get_or_none(m.User.role == Role.OWNER.value)
    creator = users.get_actor(owner.name) if owner else None
    for name, role, pin, display in DEMO_USERS:
        row = m.User.get_or_none(m.User.name == name)
        if row is not None:
            if row.role != role.value:
                raise Refused(
                    "demo_user_conflict",
                    "User {name} exists with role {role}; the demo needs a fresh database",
                    name=name,
                    role=row.role,
                )
            cast[name] = users.get_actor(name)
            continue
        cast[name] = users.create_user(creator, name, role.value, pin, display)
        creator = creator or cast[name]
    return cast


def require_new_database(first_owner: Actor | None = None) -> None:
    """Refuse the demo unless the database is new: no orders and no users.

    ``first_owner`` is the owner the first-start dialog has just created (the person at the
    computer chose that PIN a moment ago); that one user may be there, nobody else.
    """
    if m.Order.select().exists():
        raise Refused(
            "demo_needs_empty_database",
            "The database already has orders; demo data goes only into an empty database",
        )
    others = m.User.select()
    if first_owner is not None and first_owner.role is Role.OWNER:
        others = others.where(m.User.id != first_owner.id)
    if others.exists():
        raise Refused(
            "demo_needs_new_database",
            "The database already has users; demo data goes only into a new, empty database",
        )


def generate_demo(
    *,
    orders: int = 300,
    seed: int = 7,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
    first_owner: Actor | None = None,
) -> DemoSummary:
    """Fill a new, empty database with a year of sample data ending ``today``.

    Refused on a database that already holds orders or users (see :func:`require_new_database`):
    sample data must never mix with a shop's real records, and its owner boss/1234 must never
    be added to a real shop without anyone signing in. Everything is one transaction, so a
    failure leaves the database as it was. ``progress(done, total)`` is called as orders are
    created, for a progress bar.
    """
    if isinstance(orders, bool) or not isinstance(orders, int):
        raise TypeError("orders must be an int")
    if not MIN_ORDERS <= orders <= MAX_ORDERS:
        raise InvalidInput(
            "demo_size",
            "The demo makes {low} to {high} orders, not {n}",
            low=MIN_ORDERS,
            high=MAX_ORDERS,
            n=orders,
        )
    require_new_database(first_owner)
    day = today or clock.today()
    horizon = datetime.combine(day, time(8, 0))
    first = horizon - timedelta(days=366)
    rng = random.Random(seed)
    saved_clock = clock.get_clock()  # a test's fixed clock comes back afterwards
    sim_clock = _Clock(first)
    clock.set_clock(sim_clock)
    try:
        cast = _users()
        with write_transaction():
            if m.Order.select().exists():
                raise Refused(
                    "demo_needs_empty_database",
                    "The database already has orders; demo data goes only into an empty database",
                )
            _fill(rng, orders, horizon, cast, sim_clock, progress)
    finally:
        clock.set_clock(saved_clock)
    return _summary(seed, tuple(cast), first.date(), day)


def _fill(
    rng: random.Random,
    count: int,
    horizon: datetime,
    cast: dict[str, Actor],
    sim_clock: _Clock,
    progress: Callable[[int, int], None] | None,
) -> None:
    shop_settings.set_shop(cast["boss"], DEMO_SHOP)
    shop_settings.set_policy(cast["boss"], {"return_shipping_deduction": {"CNY": 800}})
    people = _people(rng, max(40, count // 3))
    plans = _scenarios(rng, people, horizon)
    plans += [_random_order(rng, people, horizon) for _ in range(count - len(plans))]
    plans.sort(key=lambda p: p.placed_at)
    _assign_order_numbers(plans)
    done = 0

    def created() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, count)

    sim = _Simulation(rng, horizon, cast, sim_clock, created)
    for plan in plans:
        sim.start(sim.order_story(plan))
    sim.run()


def _summary(seed: int, names: tuple[str, ...], first: date, last: date) -> DemoSummary:
    order_counts = dict(
        m.Order.select(m.Order.status, fn.COUNT(m.Order.id)).group_by(m.Order.status).tuples()
    )
    refund_counts = dict(
        m.Refund.select(m.Refund.status, fn.COUNT(m.Refund.id)).group_by(m.Refund.status).tuples()
    )
    return DemoSummary(
        seed=seed,
        orders=sum(order_counts.values()),
        refunds=sum(refund_counts.values()),
        users=names,
        first_day=first,
        last_day=last,
        orders_by_status={s.value: order_counts.get(s.value, 0) for s in OrderStatus},
        refunds_by_status={s.value: refund_counts.get(s.value, 0) for s in RefundStatus},
    )
