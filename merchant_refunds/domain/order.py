"""Orders as the refund engine sees them: what was bought, what was paid for each line."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from merchant_refunds.domain.allocation import allocate_largest_remainder
from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.domain.money import MAX_MINOR, Money, check_currency, require_minor
from merchant_refunds.domain.text_checks import check_text, text_problem


class OrderStatus(StrEnum):
    AWAITING_PAYMENT = "awaiting_payment"
    PAID = "paid"
    PRESALE_AWAITING_PRODUCTION = "presale_awaiting_production"
    PRESALE_IN_PRODUCTION = "presale_in_production"
    IN_TRANSIT = "in_transit"
    DELIVERED = "delivered"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class PaymentMethod(StrEnum):
    ALIPAY = "alipay"
    WECHAT_PAY = "wechat_pay"
    UNIONPAY = "unionpay"
    CARD = "card"
    PAYPAL = "paypal"
    BANK_TRANSFER = "bank_transfer"
    CASH = "cash"
    STORE_CREDIT = "store_credit"
    OTHER = "other"


class DiscountKind(StrEnum):
    """Who granted an order-level reduction. Platforms' exports keep the shop's own discounts
    apart from the platform's (which the platform funds); both lowered what the customer paid,
    so both are shared over the lines alike, and each is kept with its own kind."""

    COUPON = "coupon"
    THRESHOLD = "threshold"
    PROMOTION = "promotion"
    SHOP = "shop"
    PLATFORM = "platform"


#: Categories that a no-reason return excludes by default (PRC consumer law, art. 25).
DEFAULT_EXCLUDED_CATEGORIES = frozenset(
    {"made_to_order", "perishable", "digital_unsealed", "newspaper"}
)


@dataclass(frozen=True)
class Customer:
    name: str
    phone: str = ""
    email: str = ""
    country: str = "CN"


@dataclass(frozen=True)
class Payment:
    method: PaymentMethod
    reference: str = ""
    payer_account: str = ""


@dataclass(frozen=True)
class OrderLine:
    """One product line. Prices are tax-inclusive minor units of the order's currency."""

    line_no: int
    sku: str
    name: str
    quantity: int
    unit_price: int
    line_discount: int = 0
    category: str = ""
    tax_rate: Decimal = Decimal("0")
    final_sale: bool = False
    order_discount_share: int = 0

    @property
    def gross(self) -> int:
        return self.unit_price * self.quantity

    @property
    def after_line_discount(self) -> int:
        return self.gross - self.line_discount

    @property
    def paid(self) -> int:
        """What the customer really paid for the whole line, after every discount."""
        return self.gross - self.line_discount - self.order_discount_share

    @property
    def discount_total(self) -> int:
        return self.line_discount + self.order_discount_share


@dataclass(frozen=True)
class Discount:
    """An order-level reduction (coupon, spend-threshold, promotion) shared over the lines."""

    amount: int
    kind: DiscountKind = DiscountKind.COUPON
    code: str = ""
    description: str = ""


@dataclass(frozen=True)
class Order:
    order_no: str
    currency: str
    status: OrderStatus
    placed_at: datetime
    customer: Customer
    payment: Payment
    lines: tuple[OrderLine, ...]
    discounts: tuple[Discount, ...] = ()
    shipping_fee: int = 0
    source: str = "manual"
    paid_at: datetime | None = None
    shipped_at: datetime | None = None
    delivered_at: datetime | None = None
    presale: bool = False
    note: str = ""

    @property
    def items_paid(self) -> int:
        return sum(line.paid for line in self.lines)

    @property
    def total_paid(self) -> int:
        return self.items_paid + self.shipping_fee

    @property
    def order_discount_total(self) -> int:
        return sum(d.amount for d in self.discounts)

    def money(self, minor: int) -> Money:
        return Money(minor, self.currency)

    def line(self, line_no: int) -> OrderLine:
        for line in self.lines:
            if line.line_no == line_no:
                return line
        raise InvalidInput(
            "unknown_line",
            "Order {order_no} has no line {line}",
            order_no=self.order_no,
            line=line_no,
        )

    def lines_by_sku(self, sku: str) -> list[OrderLine]:
        return [line for line in self.lines if line.sku == sku]

    @property
    def delivered_on(self) -> date | None:
        return self.delivered_at.date() if self.delivered_at else None


def _bad(field_name: str, message: str, **params: object) -> InvalidInput:
    return InvalidInput(f"invalid_{field_name}", message, **params)


_NOTE_LIMIT = 2000


def _texts_fine(order: Order) -> bool:
    """Whether every text is plainly acceptable, judged in one pass: no text too long for its
    column (the limits of ``_check_texts``, which words the errors) and none with a character
    ``text_problem`` could object to. Why: twenty separate checks per order were a tenth of a
    bulk import's parsing."""
    c, p = order.customer, order.payment
    try:
        if not (
            len(order.order_no) <= 64
            and len(order.source) <= 32
            and len(c.name) <= 200
            and len(c.phone) <= 40
            and len(c.email) <= 200
            and len(c.country) <= 2
            and len(p.reference) <= 128
            and len(p.payer_account) <= 128
        ):
            return False
        parts = [order.order_no, order.source, c.name, c.phone, c.email, c.country]
        parts += (p.reference, p.payer_account)
        for line in order.lines:
            sku, name, category = line.sku, line.name, line.category
            if len(sku) > 64 or len(name) > 500 or len(category) > 64:
                return False
            parts += (sku, name, category)
        for d in order.discounts:
            if len(d.code) > 64 or len(d.description) > 500:
                return False
            parts += (d.code, d.description)
        joined = "".join(parts)
    except TypeError:  # not text: ``_check_texts`` says which
        return False
    return (
        text_problem(joined) is None
        and isinstance(order.note, str)
        and len(order.note) <= _NOTE_LIMIT
        and (not order.note or text_problem(order.note, multiline=True) is None)
    )


def _check_texts(order: Order) -> None:
    """Every text of the order fits its column and holds no control characters."""
    if _texts_fine(order):
        return
    check_text(order.order_no, "order number", 64)
    check_text(order.customer.name, "customer's name", 200)
    check_text(order.customer.phone, "customer's phone", 40)
    check_text(order.customer.email, "customer's e-mail", 200)
    check_text(order.customer.country, "customer's country", 2)
    check_text(order.payment.reference, "payment reference", 128)
    check_text(order.payment.payer_account, "payer account", 128)
    check_text(order.source, "order source", 32)
    check_text(order.note, "order note", _NOTE_LIMIT, multiline=True)
    for line in order.lines:
        check_text(line.sku, f"SKU of line {line.line_no}", 64)
        check_text(line.name, f"name of line {line.line_no}", 500)
        check_text(line.category, f"category of line {line.line_no}", 64)
    for discount in order.discounts:
        check_text(discount.code, "discount code", 64)
        check_text(discount.description, "discount description", 500)


def _with_share(line: OrderLine, share: int) -> OrderLine:
    """``replace(line, order_discount_share=share)``, built directly: several times faster."""
    return OrderLine(
        line.line_no,
        line.sku,
        line.name,
        line.quantity,
        line.unit_price,
        line.line_discount,
        line.category,
        line.tax_rate,
        line.final_sale,
        share,
    )


def _line_bad(line: OrderLine, field_name: str, message: str) -> InvalidInput:
    return _bad(field_name, message, line=line.line_no, sku=line.sku)


def _line_plainly_fine(line: OrderLine) -> bool:
    """One test for what almost every line is; ``_check_line`` goes through the rules one by
    one (for the message) only when this fails. Why: checked one by one, the rules were a good
    part of validating each order of a bulk import."""
    qty, price, own = line.quantity, line.unit_price, line.line_discount
    return bool(
        type(qty) is int
        and type(price) is int
        and type(own) is int
        and qty > 0
        and price >= 0
        and 0 <= own <= price * qty <= MAX_MINOR
        and type(line.tax_rate) is Decimal
        and 0 <= line.tax_rate < 1
        and line.sku.strip()
    )


def _check_line(line: OrderLine) -> None:
    """A line's rules one by one, for the message that names the first one it breaks."""
    if not line.sku.strip():
        raise _line_bad(line, "sku", "Line {line} has no SKU")
    if isinstance(line.quantity, bool) or not isinstance(line.quantity, int):
        raise _line_bad(
            line, "quantity", "Line {line} ({sku}): the quantity must be a whole number"
        )
    if line.quantity <= 0:
        raise _line_bad(line, "quantity", "Line {line} ({sku}): the quantity must be at least 1")
    require_minor(line.unit_price, "unit price")
    require_minor(line.line_discount, "line discount")
    if line.unit_price < 0:
        raise _line_bad(line, "price", "Line {line} ({sku}): the unit price cannot be negative")
    if line.line_discount < 0 or line.line_discount > line.gross:
        raise _line_bad(
            line,
            "discount",
            "Line {line} ({sku}): the discount must be between 0 and the line amount",
        )
    require_minor(line.gross, "line amount")
    if not isinstance(line.tax_rate, Decimal):
        raise TypeError("tax_rate must be a Decimal")
    if line.tax_rate < 0 or line.tax_rate >= 1:
        raise _line_bad(line, "tax_rate", "Line {line} ({sku}): the tax rate must be from 0 to 1")


def discount_shares(weights: Sequence[int], total_discount: int) -> list[int]:
    """Each line's share of the order-level discounts, given each line's amount after its own
    discount: largest remainder, so the shares sum exactly to ``total_discount`` (which must
    not exceed the weights' sum; ``validate_and_allocate`` refuses more)."""
    if not sum(weights):
        return [0] * len(weights)
    return allocate_largest_remainder(total_discount, weights)


def validate_and_allocate(order: Order) -> Order:
    """Check an incoming order and allocate its order-level discounts to lines, once.

    Returns a new ``Order`` whose lines carry ``order_discount_share``; the shares sum exactly to
    the order-level discounts (largest remainder over each line's amount after its own discount).
    """
    if not order.order_no or not order.order_no.strip():
        raise _bad("order_no", "The order number is missing")
    if len(order.order_no) > 64:
        raise _bad("order_no", "The order number is longer than 64 characters")
    check_currency(order.currency)
    if not order.customer.name.strip():
        raise _bad("customer", "The customer's name is missing")
    _check_texts(order)
    if not order.lines:
        raise _bad("lines", "Order {order_no} has no lines", order_no=order.order_no)
    require_minor(order.shipping_fee, "shipping fee")
    if order.shipping_fee < 0:
        raise _bad("shipping", "The shipping fee cannot be negative")
    seen: set[int] = set()
    weights = []
    for line in order.lines:
        if line.line_no in seen:
            raise _line_bad(line, "lines", "Line number {line} appears twice")
        seen.add(line.line_no)
        if not _line_plainly_fine(line):
            _check_line(line)
        weights.append(line.unit_price * line.quantity - line.line_discount)
    for discount in order.discounts:
        require_minor(discount.amount, "discount")
        if discount.amount < 0:
            raise _bad("discount", "An order discount cannot be negative")
    total_discount = order.order_discount_total
    if total_discount > sum(weights):
        raise _bad(
            "discount",
            "The order discounts ({discount}) exceed the amount of the lines ({lines})",
            discount=order.money(total_discount),
            lines=order.money(sum(weights)),
        )
    shares = discount_shares(weights, total_discount)
    # A line already carrying its share is kept as it is (copying frozen dataclasses is the
    # costliest step of a bulk import, which therefore builds its lines with their shares).
    lines = tuple(
        line if line.order_discount_share == share else _with_share(line, share)
        for line, share in zip(order.lines, shares, strict=True)
    )
    # what the lines paid: their amounts after their own discounts, less their shares
    require_minor(sum(weights) - sum(shares) + order.shipping_fee, "order total")
    return order if lines == order.lines else replace(order, lines=lines)
