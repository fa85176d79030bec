"""The plans the demo plays out: the fixed scenarios (every order status and payment method, every
refund state) and random orders with their refund stories, dated within the shop's year."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from decimal import Decimal

from merchant_refunds.demo.catalogue import (
    BY_SKU,
    CATALOGUE,
    CN_SOURCE_WEIGHTS,
    CN_SOURCES,
    EVERYDAY,
    EVERYDAY_WEIGHTS,
    HOUR_WEIGHTS,
    SOURCE_METHODS,
    Person,
    Product,
    local_price,
    order_shipping_fee,
    product_name,
    random_bank_account,
    random_discounts,
    random_payment,
)
from merchant_refunds.domain.lifecycle import PayoutMethod, RefundStatus
from merchant_refunds.domain.money import div_round_half_up
from merchant_refunds.domain.order import (
    DEFAULT_EXCLUDED_CATEGORIES,
    Order,
    OrderLine,
    OrderStatus,
    PaymentMethod,
)
from merchant_refunds.domain.policy import MERCHANT_FAULT_REASONS, ReasonCode
from merchant_refunds.services.refund_requests import Destination


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


def build_order(rng: random.Random, plan: OrderPlan) -> Order:
    currency = plan.person.currency
    lines = []
    for line_no, (product, qty) in enumerate(plan.products, start=1):
        price = local_price(product, currency)
        line_discount = 0
        if plan.line_discount_bp and line_no == 1:
            line_discount = div_round_half_up(price * qty * plan.line_discount_bp, 10000)
        lines.append(
            OrderLine(
                line_no=line_no,
                sku=product.sku,
                name=product_name(product, currency),
                quantity=qty,
                unit_price=price,
                line_discount=line_discount,
                category=product.category,
                tax_rate=Decimal(product.tax_rate),
                final_sale=product.final_sale,
            )
        )
    items = sum(line.after_line_discount for line in lines)
    discounts = () if plan.no_discounts else random_discounts(rng, currency, items)
    return Order(
        order_no=plan.order_no,
        currency=currency,
        status=plan.status,
        placed_at=plan.placed_at,
        customer=plan.person.customer,
        payment=random_payment(rng, plan.method, plan.person, plan.placed_at),
        lines=tuple(lines),
        discounts=discounts,
        shipping_fee=order_shipping_fee(currency, items, plan.source),
        source=plan.source,
        paid_at=plan.paid_at,
        shipped_at=plan.shipped_at,
        delivered_at=plan.delivered_at,
        presale=plan.presale,
        note="门店现场购买" if plan.source == "store" else "",
    )


def random_minutes(rng: random.Random, low: int, high: int) -> timedelta:
    return timedelta(minutes=rng.randint(low, high))


def in_shop_hours(moment: datetime) -> datetime:
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
    plan.paid_at = plan.placed_at + random_minutes(rng, 1, 25)
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
        lead = (
            timedelta(days=rng.randint(20, 30)) if plan.presale else random_minutes(rng, 240, 2880)
        )
        shipped = in_shop_hours(plan.paid_at + lead)
        delivered = shipped + timedelta(days=rng.randint(1, 4), hours=rng.randint(0, 8))
    else:
        shipped = in_shop_hours(plan.paid_at + timedelta(days=1))
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
        product = rng.choices(EVERYDAY, weights=EVERYDAY_WEIGHTS)[0]
        if product not in chosen:
            chosen.append(product)
    if rng.random() < 0.03:
        chosen[0] = rng.choice((BY_SKU["LAPTOP-14"], BY_SKU["PURIFIER"]))
    result = []
    for product in chosen:
        cheap = product.price < 10000 and product.category not in ("service",)
        if cheap:
            qty = rng.choices((1, 2, 3, 4, 6), weights=(60, 22, 10, 5, 3))[0]
        else:
            qty = rng.choices((1, 2), weights=(85, 15))[0]
        result.append((product, qty))
    return result


def random_order(rng: random.Random, people: list[Person], horizon: datetime) -> OrderPlan:
    days_ago = rng.randint(1, 365)
    hour = rng.choices(range(24), weights=HOUR_WEIGHTS)[0]
    placed = datetime.combine(horizon.date() - timedelta(days=days_ago), time(hour))
    placed += random_minutes(rng, 0, 59)
    person = rng.choice(people)
    if person.currency == "CNY":
        source = rng.choices(CN_SOURCES, weights=CN_SOURCE_WEIGHTS)[0]
    else:
        source = "shopify"
    if source == "store":
        placed = placed.replace(hour=rng.randint(10, 20))
    method = rng.choice(SOURCE_METHODS[source])
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
        start = in_shop_hours(delivered + timedelta(hours=rng.randint(2, window_hours)))
    else:
        if rng.random() > 0.12:
            return
        reason = ReasonCode.NO_REASON
        since = plan.shipped_at or plan.paid_at or plan.placed_at
        start = in_shop_hours(since + random_minutes(rng, 30, 24 * 60))
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
    return (BY_SKU[sku], qty)


def fixed_scenarios(rng: random.Random, people: list[Person], horizon: datetime) -> list[OrderPlan]:
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
        return in_shop_hours(plan.delivered_at + timedelta(days=days_after))

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
                random_bank_account(rng),
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
