"""The demo shop's world: its users and profile, what it sells, who buys, how they pay, the
coupons and shipping fees. Fixed data and small random draws from it; nothing here writes."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from stdnum import luhn

from merchant_refunds.domain.lifecycle import Role
from merchant_refunds.domain.masking import mask_email
from merchant_refunds.domain.money import div_round_half_up
from merchant_refunds.domain.order import (
    Customer,
    Discount,
    DiscountKind,
    Payment,
    PaymentMethod,
)

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
BY_SKU = {p.sku: p for p in CATALOGUE}
#: Everyday products for random orders, with how often they are bought.
EVERYDAY = [p for p in CATALOGUE if not p.presale and p.price < 100000]
EVERYDAY_WEIGHTS = [1 if p.final_sale or p.category == "service" else 3 for p in EVERYDAY]

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
FX_TO_CNY = {"USD": Decimal("7.1234"), "EUR": Decimal("7.7120"), "JPY": Decimal("0.0478")}


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


def random_people(rng: random.Random, count: int) -> list[Person]:
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


def local_price(product: Product, currency: str) -> int:
    """The product's shelf price in ``currency``'s minor units (x.99 abroad, round yen)."""
    if currency == "CNY":
        return product.price
    if currency == "JPY":
        return max(10, div_round_half_up(product.price * 20, 1000) * 10)
    major = max(1, div_round_half_up(product.price, _PRICE_RATE[currency]))
    return major * 100 - 1


def product_name(product: Product, currency: str) -> str:
    return product.name if currency == "CNY" else product.name_en


SOURCE_METHODS: dict[str, tuple[PaymentMethod, ...]] = {
    "taobao": (PaymentMethod.ALIPAY,),
    "tmall": (PaymentMethod.ALIPAY, PaymentMethod.UNIONPAY),
    "jd": (PaymentMethod.WECHAT_PAY, PaymentMethod.UNIONPAY, PaymentMethod.CARD),
    "pinduoduo": (PaymentMethod.WECHAT_PAY, PaymentMethod.ALIPAY),
    "wechat_shop": (PaymentMethod.WECHAT_PAY,),
    "store": (PaymentMethod.CASH, PaymentMethod.WECHAT_PAY, PaymentMethod.ALIPAY),
    "wholesale": (PaymentMethod.BANK_TRANSFER,),
    "shopify": (PaymentMethod.CARD, PaymentMethod.PAYPAL),
}
CN_SOURCES = ("taobao", "tmall", "jd", "pinduoduo", "wechat_shop", "store", "wholesale")
CN_SOURCE_WEIGHTS = (30, 12, 14, 10, 16, 14, 4)
#: When online orders come in over a day (few at night, most in the evening).
HOUR_WEIGHTS = (2, 1, 1, 1, 1, 1, 2, 3, 5, 6, 7, 7, 8, 7, 7, 7, 7, 6, 7, 9, 11, 12, 10, 5)


def random_bank_account(rng: random.Random, prefix: str = "622202") -> str:
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(18 - len(prefix)))
    return body + luhn.calc_check_digit(body)


def random_payment(
    rng: random.Random, method: PaymentMethod, person: Person, at: datetime
) -> Payment:
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


def random_discounts(rng: random.Random, currency: str, items: int) -> tuple[Discount, ...]:
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


def order_shipping_fee(currency: str, items: int, source: str) -> int:
    if source == "store":
        return 0
    free_from, fee = {
        "CNY": (9900, 800),
        "USD": (9900, 1500),
        "EUR": (9900, 1200),
        "JPY": (15000, 1500),
    }[currency]
    return 0 if items >= free_from else fee
