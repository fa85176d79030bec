"""The per-format mappers: header names (never positions) -> ``RawOrder`` per order.

Rows of one order must be consecutive (every platform writes them so); an order number that comes
back later in the file is reported, since merging would need the whole file in memory.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.domain.money import Money, check_currency
from merchant_refunds.domain.order import (
    Customer,
    Discount,
    DiscountKind,
    OrderStatus,
    Payment,
    PaymentMethod,
)
from merchant_refunds.imports import cells
from merchant_refunds.imports.build import AUTO, EXCLUSIVE, INCLUSIVE, RawLine, RawOrder
from merchant_refunds.imports.cells import CellError

SHOPIFY, WOOCOMMERCE, TAOBAO, GENERIC = "shopify", "woocommerce", "taobao", "generic"
FORMATS = (SHOPIFY, WOOCOMMERCE, TAOBAO, GENERIC)


@lru_cache(maxsize=4096)
def norm(header: str) -> str:
    return re.sub(r"[\s_]+", " ", header.strip().lower())


#: Column position per tuple of spellings, or None where the file has none of them (and a
#: mapper's ``Row.plan``, under its name).
Lookup = dict[tuple[str, ...], int | tuple[int, ...] | tuple[str, ...] | None]


class Row:
    """Cells by header name; ``get`` accepts several spellings of one column.

    ``lookup`` caches which column each tuple of spellings names. Why: a mapper asks for some
    twenty columns per order, and normalising each spelling again for every row of a large file
    cost more than reading the cells; the rows of one file share one cache.
    """

    __slots__ = ("cells", "index", "lookup", "number")

    def __init__(
        self,
        index: dict[str, int],
        number: int,
        cells_: list[str],
        lookup: Lookup | None = None,
    ) -> None:
        self.index = index
        self.number = number
        self.cells = cells_
        self.lookup: Lookup = {} if lookup is None else lookup

    def has(self, *names: str) -> bool:
        return any(norm(n) in self.index for n in names)

    def plan(self, name: str, columns: tuple[tuple[str, ...], ...]) -> tuple[int, ...]:
        """Where each of ``columns`` (each a tuple of spellings) is in this file, found once
        per file and kept in the shared cache under ``name``. A column the file lacks points
        at the empty cell ``run`` adds after the last, so a mapper reads every cell as
        ``cells[i]``. Why: called per cell, ``get`` cost as much as parsing the cell."""
        key = ("\x00plan", name)  # no column is named so
        found = self.lookup.get(key)
        if found is None:
            pad = len(self.cells) - 1
            found = tuple(
                next((self.index[norm(n)] for n in names if norm(n) in self.index), pad)
                for names in columns
            )
            self.lookup[key] = found  # type: ignore[assignment]
        return found  # type: ignore[return-value]

    def names(self, name: str, columns: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
        """``col`` of each of ``columns``, found once per file (see ``plan``); "" for a column
        the file lacks."""
        key = ("\x00names", name)
        found = self.lookup.get(key)
        if found is None:
            found = tuple(self.col(*names) if self.has(*names) else "" for names in columns)
            self.lookup[key] = found  # type: ignore[assignment]
        return found  # type: ignore[return-value]

    def col(self, *names: str) -> str:
        for name in names:
            if norm(name) in self.index:
                return name
        return names[0]

    def get(self, *names: str) -> str:
        try:
            i = self.lookup[names]
        except KeyError:
            i = self.lookup[names] = next(
                (self.index[norm(n)] for n in names if norm(n) in self.index), None
            )
        if i is None:
            return ""
        cells_ = self.cells
        return cells_[i] if i < len(cells_) else ""


def _index(headers: list[str]) -> dict[str, int]:
    index: dict[str, int] = {}
    for i, header in enumerate(headers):
        index.setdefault(norm(header), i)
    return index


def missing(headers: list[str], required: list[tuple[str, ...]]) -> list[str]:
    index = _index(headers)
    return [names[0] for names in required if not any(norm(n) in index for n in names)]


def payment_method(text: str) -> PaymentMethod:
    t = text.lower()
    # Cached: a file names the same few methods on every order, and matching some thirty words
    # took longer than any other cell of an order. Only short texts, so a hostile file of huge
    # cells cannot pin memory in the cache.
    return _cached_payment_method(t) if len(t) <= 64 else _match_payment_method(t)


@lru_cache(maxsize=1024)
def _cached_payment_method(t: str) -> PaymentMethod:
    return _match_payment_method(t)


def _match_payment_method(t: str) -> PaymentMethod:
    for words, method in (
        (("alipay", "支付宝"), PaymentMethod.ALIPAY),
        (("wechat", "weixin", "微信"), PaymentMethod.WECHAT_PAY),
        (("paypal",), PaymentMethod.PAYPAL),
        (("unionpay", "银联"), PaymentMethod.UNIONPAY),
        (("bank", "bacs", "transfer", "银行"), PaymentMethod.BANK_TRANSFER),
        (("cash", "cod", "现金"), PaymentMethod.CASH),
        (("store credit", "gift card", "余额"), PaymentMethod.STORE_CREDIT),
        (("card", "stripe", "shopify payments", "visa", "master", "信用卡"), PaymentMethod.CARD),
    ):
        if any(w in t for w in words):
            return method
    return PaymentMethod.OTHER


def at_row(number: int, parse: Callable[[], RawLine]) -> RawLine:
    """Parse one line's row; a problem there names that row, not the order's first."""
    try:
        return parse()
    except CellError as exc:
        exc.row = exc.row or number
        raise


@dataclass(slots=True)
class Group:
    """The consecutive rows of one order (made for every order of a file: not frozen, which
    costs a call per field)."""

    order_no: str
    rows: list[Row]


def groups(
    rows: Iterator[Row], key: Callable[[Row], str], column: str
) -> Iterator[Group | CellError]:
    """Consecutive rows with the same order number; a later repeat is an error."""
    seen: set[str] = set()
    current: Group | None = None
    last_text, last_no = "", ""
    for row in rows:
        text = key(row)
        if text and text == last_text:
            # the same cell as the row before gives the same number; spare parsing it again
            order_no = last_no
        else:
            try:
                order_no = cells.ident(text, column)
            except CellError as exc:
                exc.row = row.number
                yield exc
                continue
            last_text, last_no = text, order_no
        if not order_no:
            yield CellError(column, "{column}: the order number is missing", row.number)
            continue
        if current is not None and order_no == current.order_no:
            current.rows.append(row)
            continue
        if current is not None:
            yield current
        if order_no in seen:
            yield CellError(
                column,
                "Order {order_no} appears again, apart from its earlier rows",
                row.number,
                order_no=order_no,
            )
            current = None
            continue
        seen.add(order_no)
        current = Group(order_no, [row])
    if current is not None:
        yield current


def _customer(name: str, phone: str, email: str, column: str, country: str = "CN") -> Customer:
    name = cells.text(name, column, limit=200) or cells.text(email, column, limit=200)
    if not name:
        raise CellError(column, "{column}: the customer's name is missing")
    return Customer(
        name, cells.ident(phone, "phone", limit=40), cells.text(email, "email", limit=200), country
    )


def _country(text: str, column: str) -> str:
    """The buyer's ISO 3166 country code as Shopify and WooCommerce write it ("US", "DE");
    empty where the file leaves it empty, since guessing the shop's own would be wrong."""
    code = text.strip().upper()
    if code and not (len(code) == 2 and code.isascii() and code.isalpha()):
        raise CellError(
            column,
            "{column}: {value!r} is not a two-letter country code such as US or DE",
            value=text.strip()[:40],
        )
    return code


# --- Shopify ------------------------------------------------------------------------------------

SHOPIFY_REQUIRED = [
    ("Name",),
    ("Created at",),
    ("Currency",),
    ("Lineitem quantity",),
    ("Lineitem name",),
    ("Lineitem price",),
    ("Total",),
    ("Financial Status",),
]


def shopify_status(financial: str, fulfilment: str, cancelled: bool) -> OrderStatus:
    financial, fulfilment = financial.strip().lower(), fulfilment.strip().lower()
    if cancelled or financial == "voided":
        return OrderStatus.CANCELLED
    if financial in ("pending", "authorized", "partially_paid", "expired"):
        return OrderStatus.AWAITING_PAYMENT
    if financial not in ("paid", "refunded", "partially_refunded"):
        raise CellError("Financial Status", "{column}: unknown value {value!r}", value=financial)
    if fulfilment == "fulfilled":
        return OrderStatus.DELIVERED
    if fulfilment in ("partial", "partially_fulfilled"):
        return OrderStatus.IN_TRANSIT
    return OrderStatus.PAID


_SHOPIFY_PLAN = tuple(
    (name,)
    for name in (
        "Currency",
        "Cancelled at",
        "Financial Status",
        "Fulfillment Status",
        "Created at",
        "Billing Name",
        "Shipping Name",
        "Billing Phone",
        "Phone",
        "Email",
        "Payment Method",
        "Payment Reference",
        "Id",
        "Shipping",
        "Taxes",
        "Total",
        "Subtotal",
        "Refunded Amount",
        "Discount Code",
        "Paid at",
        "Fulfilled at",
        "Notes",
        "Discount Amount",
        "Billing Country",
        "Shipping Country",
        "Lineitem quantity",
        "Lineitem price",
        "Lineitem name",
        "Lineitem sku",
        "Lineitem discount",
    )
)


def shopify_order(group: Group) -> RawOrder:
    first = group.rows[0]
    (
        currency_at,
        cancelled_at_at,
        financial_at,
        fulfilment_at,
        created_at,
        billing_name_at,
        shipping_name_at,
        billing_phone_at,
        phone_at,
        email_at,
        method_at,
        reference_at,
        id_at,
        shipping_at,
        taxes_at,
        total_at,
        subtotal_at,
        refunded_at,
        code_at,
        paid_at,
        fulfilled_at,
        notes_at,
        discount_at,
        billing_country_at,
        shipping_country_at,
        *line_at,
    ) = first.plan("shopify", _SHOPIFY_PLAN)
    c = first.cells
    currency = _currency(c[currency_at], "Currency")
    cancelled_at = cells.when(c[cancelled_at_at], "Cancelled at")
    amount = cells.amount
    raw = RawOrder(
        order_no=group.order_no,
        row=first.number,
        source=SHOPIFY,
        currency=currency,
        status=shopify_status(c[financial_at], c[fulfilment_at], bool(cancelled_at)),
        placed_at=cells.when(c[created_at], "Created at", required=True),  # type: ignore[arg-type]
        customer=_customer(
            c[billing_name_at] or c[shipping_name_at],
            c[billing_phone_at] or c[phone_at],
            c[email_at],
            "Billing Name",
            _country(c[billing_country_at] or c[shipping_country_at], "Billing Country"),
        ),
        payment=Payment(
            payment_method(c[method_at]),
            cells.ident(c[reference_at] or c[id_at], "Payment Reference", limit=128),
        ),
        shipping=amount(c[shipping_at], "Shipping", currency),
        tax=amount(c[taxes_at], "Taxes", currency),
        tax_mode=AUTO,
        total=amount(c[total_at], "Total", currency, required=True),
        subtotal=cells.optional_amount(c[subtotal_at], "Subtotal", currency),
        refunded_total=cells.optional_amount(c[refunded_at], "Refunded Amount", currency),
        discount_code=cells.text(c[code_at], "Discount Code", limit=64),
        paid_at=cells.when(c[paid_at], "Paid at"),
        shipped_at=cells.when(c[fulfilled_at], "Fulfilled at"),
        note=cells.text(c[notes_at], "Notes", limit=2000),
        total_column="Total",
    )
    lines = raw.lines
    for row in group.rows:
        try:
            lines.append(_shopify_line(row.cells, row.number, line_at, currency))
        except CellError as exc:  # as ``at_row``, without a closure per line
            exc.row = exc.row or row.number
            raise
    discount = amount(c[discount_at], "Discount Amount", currency)
    line_discounts = sum(line.line_discount for line in lines)
    # Shopify's Discount Amount covers every discount; the per-line ones are part of it.
    raw.order_discount = discount - line_discounts if discount >= line_discounts else discount
    return raw


def _shopify_line(c: list[str], number: int, at: list[int], currency: str) -> RawLine:
    qty_at, price_at, name_at, sku_at, discount_at = at
    qty = cells.quantity(c[qty_at], "Lineitem quantity")
    price = cells.amount(c[price_at], "Lineitem price", currency, required=True)
    name = cells.text(c[name_at], "Lineitem name")
    sku = cells.ident(c[sku_at], "Lineitem sku") or name[:64]
    return RawLine(
        number,
        sku,
        name,
        qty,
        price * qty,
        cells.amount(c[discount_at], "Lineitem discount", currency),
    )


def _currency(text: str, column: str) -> str:
    try:
        return check_currency(text.strip() or "CNY")
    except InvalidInput as exc:
        raise CellError(column, "{column}: {detail}", detail=exc) from None


# --- WooCommerce --------------------------------------------------------------------------------

WOO_REQUIRED = [
    ("order_number", "order_id"),
    ("order_date",),
    ("status",),
    ("order_total",),
]

WOO_STATUS = {
    "pending": OrderStatus.AWAITING_PAYMENT,
    "on-hold": OrderStatus.AWAITING_PAYMENT,
    "processing": OrderStatus.PAID,
    "completed": OrderStatus.DELIVERED,
    "refunded": OrderStatus.DELIVERED,
    "cancelled": OrderStatus.CANCELLED,
    "failed": OrderStatus.CANCELLED,
}


def _woo_items(text: str) -> list[dict[str, str]]:
    """The default layout's ``line_items`` cell: ``key:value|key:value`` per item, ``;`` between."""
    items = []
    for chunk in re.split(r";|\n", text):
        if not chunk.strip():
            continue
        item = {}
        for part in chunk.split("|"):
            key, _sep, value = part.partition(":")
            item[key.strip().lower()] = value.strip()
        items.append(item)
    return items


def woo_order(group: Group) -> RawOrder:
    first = group.rows[0]
    currency = _currency(first.get("order_currency", "currency"), "order_currency")
    status_text = first.get("status").strip().lower().removeprefix("wc-")
    if status_text not in WOO_STATUS:
        raise CellError("status", "{column}: unknown value {value!r}", value=status_text)
    shipping = cells.amount(first.get("shipping_total"), "shipping_total", currency)
    shipping += cells.amount(first.get("shipping_tax_total"), "shipping_tax_total", currency)
    raw = RawOrder(
        order_no=group.order_no,
        row=first.number,
        source=WOOCOMMERCE,
        currency=currency,
        status=WOO_STATUS[status_text],
        placed_at=cells.when(first.get("order_date"), "order_date", required=True),  # type: ignore[arg-type]
        customer=_customer(
            " ".join(
                p for p in (first.get("billing_first_name"), first.get("billing_last_name")) if p
            ),
            first.get("billing_phone"),
            first.get("billing_email"),
            "billing_first_name",
            _country(first.get("billing_country", "shipping_country"), "billing_country"),
        ),
        payment=Payment(
            payment_method(first.get("payment_method")),
            cells.ident(first.get("transaction_id"), "transaction_id", limit=128),
        ),
        order_discount=cells.amount(
            first.get("discount_total", "cart_discount"),
            first.col("discount_total", "cart_discount"),
            currency,
        ),
        shipping=shipping,
        tax_mode=EXCLUSIVE,
        total=cells.amount(first.get("order_total"), "order_total", currency, required=True),
        refunded_total=cells.optional_amount(
            first.get("refunded_total"), "refunded_total", currency
        ),
        per_line_refunds=False,
        paid_at=cells.when(first.get("paid_date", "date_paid"), "paid_date"),
        delivered_at=cells.when(first.get("completed_date", "date_completed"), "completed_date"),
        note=cells.text(first.get("customer_note"), "customer_note", limit=2000),
        total_column="order_total",
    )
    if first.has("item_name"):
        items = [
            (
                row.number,
                {k: row.get(f"item_{k}") for k in _WOO_ITEM_KEYS}
                | {"refunded_qty": row.get("item_refunded_qty", "item_refunded_quantity")},
            )
            for row in group.rows
        ]
    else:
        items = [(first.number, item) for item in _woo_items(first.get("line_items"))]
    for number, item in items:
        raw.lines.append(at_row(number, lambda n=number, i=item: _woo_line(n, i, currency)))
    _woo_fees(first, raw, currency)
    raw.tax = sum(line.tax or 0 for line in raw.lines) + raw.tax
    if raw.refunded_total and all(
        line.refunded_qty in (None, 0, line.quantity) for line in raw.lines
    ):
        raw.per_line_refunds = any(line.refunded_qty for line in raw.lines)
    return raw


_WOO_ITEM_KEYS = ("name", "sku", "quantity", "subtotal", "total_tax", "refunded")


def _woo_fees(first: Row, raw: RawOrder, currency: str) -> None:
    """WooCommerce's fee lines (gift wrap, a payment surcharge …): WooCommerce keeps each as an
    order item of its own, refundable like a product, so a positive fee becomes a line of one
    unit (SKU ``FEE:<name>``). A negative fee is how WooCommerce gives a cart discount by hand:
    it becomes a discount of its own, shared over the lines like the coupons. The fee's tax
    goes with it. ``fee_items`` names each fee; without it ``fee_total`` is one fee, "Fee"."""
    fees = []
    if first.get("fee_items").strip():
        for item in _woo_items(first.get("fee_items")):
            name = cells.text(item.get("name", ""), "fee_items", limit=200) or "Fee"
            total = cells.amount(item.get("total", ""), "fee_items", currency, negative=True)
            tax = cells.amount(
                item.get("total_tax", item.get("tax", "")), "fee_items", currency, negative=True
            )
            fees.append((name, total, tax))
    else:
        total = cells.amount(first.get("fee_total"), "fee_total", currency, negative=True)
        tax = cells.amount(first.get("fee_tax_total"), "fee_tax_total", currency, negative=True)
        if total or tax:
            fees.append(("Fee", total, tax))
    for name, total, tax in fees:
        if total >= 0:
            raw.lines.append(RawLine(first.number, f"FEE:{name}"[:64], name, 1, total, tax=tax))
            continue
        if not raw.discount_parts and raw.order_discount:
            raw.discount_parts.append(
                Discount(raw.order_discount, DiscountKind.COUPON, raw.discount_code[:64])
            )
        raw.discount_parts.append(Discount(-total, DiscountKind.PROMOTION, "", name[:500]))
        raw.order_discount += -total
        raw.tax += tax


def _woo_line(number: int, item: dict[str, str], currency: str) -> RawLine:
    name = cells.text(item.get("name", ""), "item_name")
    refunded_qty = item.get("refunded_qty", "").strip().lstrip("-")
    return RawLine(
        row=number,
        sku=cells.ident(item.get("sku", ""), "item_sku") or name[:64],
        name=name,
        quantity=cells.quantity(item.get("quantity", ""), "item_quantity"),
        gross=cells.amount(item.get("subtotal", ""), "item_subtotal", currency, required=True),
        tax=cells.amount(item.get("total_tax", ""), "item_total_tax", currency),
        refunded_qty=int(refunded_qty) if refunded_qty.isdigit() else None,
    )


# --- Taobao / Tmall -----------------------------------------------------------------------------

TAOBAO_REQUIRED = [
    ("订单编号",),
    ("买家实付金额", "买家实际支付金额"),
    ("订单状态",),
    ("订单创建时间",),
    ("宝贝标题", "标题"),
    ("购买数量", "宝贝数量"),
    ("价格", "单价"),
]


#: Taobao/Tmall's own export is two files joined by 订单编号: the order list (订单报表), one row
#: per order, and the line list (宝贝报表), one row per line.
TAOBAO_ORDER_LIST_REQUIRED = [
    ("订单编号",),
    ("买家实付金额", "买家实际支付金额"),
    ("订单状态",),
    ("订单创建时间",),
]
TAOBAO_LINE_LIST_REQUIRED = [
    ("订单编号",),
    ("标题", "宝贝标题"),
    ("购买数量", "宝贝数量"),
    ("价格", "单价"),
]
ORDER_LIST, LINE_LIST = "order list", "line list"


def taobao_part(headers: list[str]) -> str | None:
    """Which file of Taobao's pair these headers are (``ORDER_LIST`` or ``LINE_LIST``); None
    for the merged form or any other file. Told apart by what only each has: the amount paid
    for the order, or a line's price and quantity."""
    index = _index(headers)
    if "订单编号" not in index:
        return None
    paid = "买家实付金额" in index or "买家实际支付金额" in index
    priced = ("价格" in index or "单价" in index) and ("购买数量" in index or "宝贝数量" in index)
    if paid and not priced:
        return ORDER_LIST
    if priced and not paid:
        return LINE_LIST
    return None


def taobao_status(text: str) -> OrderStatus:
    t = text.strip()
    if "交易关闭" in t or "已关闭" in t:
        return OrderStatus.CANCELLED
    if "交易成功" in t:
        return OrderStatus.COMPLETED
    if "已发货" in t:
        return OrderStatus.IN_TRANSIT
    if "已付款" in t or "等待卖家发货" in t:
        return OrderStatus.PAID
    if "等待买家付款" in t:
        return OrderStatus.AWAITING_PAYMENT
    raise CellError("订单状态", "{column}: unknown value {value!r}", value=t)


def taobao_order(group: Group) -> RawOrder:
    """The merged form: one row per line, the order's columns on (at least) its first row."""
    return _taobao_order(group.order_no, group.rows[0], group.rows, per_line_refunds=True)


def taobao_pair_order(order_no: str, order_row: Row, line_rows: list[Row]) -> RawOrder:
    """The platform's own pair: the order's row of the order list (订单报表) and its rows of the
    line list (宝贝报表). The order list's 退款金额 is the order's; where the line list has its
    own 退款金额 column, the refunds are taken line by line as in the merged form."""
    (per_line_column,) = line_rows[0].names("taobao pair lines", (("退款金额",),))
    per_line = bool(per_line_column)
    raw = _taobao_order(order_no, order_row, line_rows, per_line_refunds=per_line)
    refunded_at, units_at = order_row.plan("taobao pair", _TAOBAO_PAIR_PLAN)
    c = order_row.cells
    if not per_line:
        raw.refunded_total = cells.optional_amount(c[refunded_at], "退款金额", raw.currency)
    listed = c[units_at].strip()
    units = cells.quantity(listed, "宝贝总数量") if listed else None
    counted = sum(line.quantity for line in raw.lines)
    if units is not None and units != counted:
        raise CellError(
            "宝贝总数量",
            "{column} of order {order_no} is {listed}, but its rows in the line list have "
            "{counted} units",
            order_row.number,
            order_no=order_no,
            listed=units,
            counted=counted,
        )
    return raw


_TAOBAO_PAIR_PLAN = (("退款金额",), ("宝贝总数量",))
_PAID = ("买家实付金额", "买家实际支付金额")
_SHIPPING = ("运费", "买家应付邮费")
_DISCOUNT = ("优惠金额", "店铺优惠")
_TAOBAO_PLAN = (
    _PAID,
    _SHIPPING,
    ("订单状态",),
    ("订单创建时间",),
    ("收货人姓名",),
    ("买家会员名",),
    ("联系手机", "联系电话"),
    ("支付单号",),
    ("买家支付宝账号",),
    ("订单付款时间",),
    ("发货时间",),
    ("确认收货时间",),
    ("订单备注",),
    ("买家留言",),
    _DISCOUNT,
    ("总金额",),
)
_TAOBAO_NAMED = (_PAID, _SHIPPING, _DISCOUNT)
_TAOBAO_LINE_PLAN = (
    ("购买数量", "宝贝数量"),
    ("价格", "单价"),
    ("宝贝标题", "标题"),
    ("商家编码", "外部系统编号"),
    ("退款金额",),
)


def _taobao_order(
    order_no: str, first: Row, line_rows: list[Row], *, per_line_refunds: bool
) -> RawOrder:
    (
        paid_at_,
        shipping_at,
        status_at,
        created_at,
        receiver_at,
        buyer_at,
        phone_at,
        payment_no_at,
        alipay_at,
        paid_time_at,
        shipped_at,
        received_at,
        note_at,
        message_at,
        discount_at,
        listed_at,
    ) = first.plan("taobao", _TAOBAO_PLAN)
    c = first.cells
    currency = "CNY"
    paid_column, shipping_column, discount_column = first.names("taobao", _TAOBAO_NAMED)
    paid_column, shipping_column = paid_column or _PAID[0], shipping_column or _SHIPPING[0]
    paid = cells.amount(c[paid_at_], paid_column, currency, required=True)
    shipping = cells.amount(c[shipping_at], shipping_column, currency)
    raw = RawOrder(
        order_no=order_no,
        row=first.number,
        source=TAOBAO,
        currency=currency,
        status=taobao_status(c[status_at]),
        placed_at=cells.when(c[created_at], "订单创建时间", required=True),  # type: ignore[arg-type]
        customer=_customer(c[receiver_at] or c[buyer_at], c[phone_at], "", "买家会员名"),
        payment=Payment(
            PaymentMethod.ALIPAY,
            cells.ident(c[payment_no_at], "支付单号", limit=128),
            cells.ident(c[alipay_at], "买家支付宝账号", limit=128),
        ),
        shipping=shipping,
        tax_mode=INCLUSIVE,
        total=paid,
        per_line_refunds=per_line_refunds,
        paid_at=cells.when(c[paid_time_at], "订单付款时间"),
        shipped_at=cells.when(c[shipped_at], "发货时间"),
        delivered_at=cells.when(c[received_at], "确认收货时间"),
        note=cells.text(c[note_at] or c[message_at], "订单备注", limit=2000),
        total_column=paid_column,
    )
    lines = raw.lines
    line_at = line_rows[0].plan("taobao line", _TAOBAO_LINE_PLAN)
    qty_column, price_column, title_column = (
        name or names[0]
        for name, names in zip(
            line_rows[0].names("taobao line", _TAOBAO_LINE_PLAN[:3]),
            _TAOBAO_LINE_PLAN,
            strict=False,
        )
    )
    for row in line_rows:
        try:
            lines.append(
                _taobao_line(
                    row.cells,
                    row.number,
                    line_at,
                    (qty_column, price_column, title_column),
                    currency,
                    per_line_refunds,
                )
            )
        except CellError as exc:  # as ``at_row``, without a closure per line
            exc.row = exc.row or row.number
            raise
    goods = sum(line.gross for line in lines)
    if discount_column:
        raw.order_discount = cells.amount(c[discount_at], discount_column, currency)
    else:
        listed = cells.optional_amount(c[listed_at], "总金额", currency)
        before = goods + shipping
        if listed is not None and listed != before:
            raise CellError(
                "总金额",
                "{column} is {listed} but 价格 x 购买数量 + 运费 give {computed}",
                listed=str(Money(listed, currency).amount),
                computed=str(Money(before, currency).amount),
            )
        raw.order_discount = max(0, before - paid)
    return raw


def _taobao_line(
    c: list[str],
    number: int,
    at: tuple[int, ...],
    columns: tuple[str, str, str],
    currency: str,
    refunds: bool,
) -> RawLine:
    qty_at, price_at, title_at, sku_at, refunded_at = at
    qty_column, price_column, title_column = columns
    qty = cells.quantity(c[qty_at], qty_column)
    price = cells.amount(c[price_at], price_column, currency, required=True)
    name = cells.text(c[title_at], title_column)
    return RawLine(
        number,
        cells.ident(c[sku_at], "商家编码") or name[:64],
        name,
        qty,
        price * qty,
        refunded=cells.amount(c[refunded_at], "退款金额", currency) if refunds else None,
    )


# --- our own generic template -------------------------------------------------------------------

#: field -> (required, description); the column names of the documented template.
GENERIC_FIELDS: dict[str, tuple[bool, str]] = {
    "order_no": (True, "order number"),
    "placed_at": (True, "order date-time"),
    "customer_name": (True, "customer name"),
    "name": (True, "product name"),
    "quantity": (True, "units"),
    "unit_price": (True, "price per unit, tax included (unless a tax column is given)"),
    "sku": (False, "product code"),
    "currency": (False, "ISO code (CNY if empty)"),
    "status": (False, "paid, delivered, completed, cancelled, …"),
    "customer_phone": (False, "phone"),
    "customer_email": (False, "e-mail"),
    "payment_method": (False, "alipay, wechat_pay, card, …"),
    "payment_reference": (False, "transaction number"),
    "line_discount": (False, "discount on this line"),
    "order_discount": (False, "order-level discount (first row)"),
    "discount_code": (False, "coupon code"),
    "shipping_fee": (False, "shipping paid"),
    "tax": (False, "tax added on top of the prices"),
    "total": (False, "what the customer paid in all"),
    "refunded": (False, "already refunded on the platform"),
    "paid_at": (False, "date paid"),
    "shipped_at": (False, "date shipped"),
    "delivered_at": (False, "date delivered"),
    "note": (False, "note"),
}
GENERIC_REQUIRED = [(k,) for k, (req, _d) in GENERIC_FIELDS.items() if req]

_GENERIC_STATUS = {s.value: s for s in OrderStatus} | {
    "shipped": OrderStatus.IN_TRANSIT,
    "refunded": OrderStatus.COMPLETED,
    "已付款": OrderStatus.PAID,
    "已发货": OrderStatus.IN_TRANSIT,
    "已签收": OrderStatus.DELIVERED,
    "已完成": OrderStatus.COMPLETED,
    "已取消": OrderStatus.CANCELLED,
}


def generic_order(group: Group) -> RawOrder:
    first = group.rows[0]
    currency = _currency(first.get("currency"), "currency")
    status_text = first.get("status").strip().lower() or "paid"
    if status_text not in _GENERIC_STATUS:
        raise CellError("status", "{column}: unknown value {value!r}", value=status_text)
    method = first.get("payment_method").strip().lower()
    total = cells.optional_amount(first.get("total"), "total", currency)
    tax = cells.amount(first.get("tax"), "tax", currency)
    raw = RawOrder(
        order_no=group.order_no,
        row=first.number,
        source=GENERIC,
        currency=currency,
        status=_GENERIC_STATUS[status_text],
        placed_at=cells.when(first.get("placed_at"), "placed_at", required=True),  # type: ignore[arg-type]
        customer=_customer(
            first.get("customer_name"),
            first.get("customer_phone"),
            first.get("customer_email"),
            "customer_name",
        ),
        payment=Payment(
            PaymentMethod(method)
            if method in PaymentMethod._value2member_map_
            else payment_method(method),
            cells.ident(first.get("payment_reference"), "payment_reference", limit=128),
        ),
        order_discount=cells.amount(first.get("order_discount"), "order_discount", currency),
        discount_code=cells.text(first.get("discount_code"), "discount_code", limit=64),
        shipping=cells.amount(first.get("shipping_fee"), "shipping_fee", currency),
        tax=tax,
        tax_mode=EXCLUSIVE if tax else INCLUSIVE,
        total=total,
        refunded_total=cells.optional_amount(first.get("refunded"), "refunded", currency),
        paid_at=cells.when(first.get("paid_at"), "paid_at"),
        shipped_at=cells.when(first.get("shipped_at"), "shipped_at"),
        delivered_at=cells.when(first.get("delivered_at"), "delivered_at"),
        note=cells.text(first.get("note"), "note", limit=2000),
    )
    for row in group.rows:
        raw.lines.append(at_row(row.number, lambda r=row: _generic_line(r, currency)))
    return raw


def _generic_line(row: Row, currency: str) -> RawLine:
    qty = cells.quantity(row.get("quantity"), "quantity")
    name = cells.text(row.get("name"), "name")
    price = cells.amount(row.get("unit_price"), "unit_price", currency, required=True)
    return RawLine(
        row=row.number,
        sku=cells.ident(row.get("sku"), "sku") or name[:64],
        name=name,
        quantity=qty,
        gross=price * qty,
        line_discount=cells.amount(row.get("line_discount"), "line_discount", currency),
    )


@dataclass(frozen=True)
class Format:
    name: str
    required: list[tuple[str, ...]]
    key: tuple[str, ...]
    build: Callable[[Group], RawOrder]


REGISTRY: dict[str, Format] = {
    SHOPIFY: Format(SHOPIFY, SHOPIFY_REQUIRED, ("Name",), shopify_order),
    WOOCOMMERCE: Format(WOOCOMMERCE, WOO_REQUIRED, ("order_number", "order_id"), woo_order),
    TAOBAO: Format(TAOBAO, TAOBAO_REQUIRED, ("订单编号",), taobao_order),
    GENERIC: Format(GENERIC, GENERIC_REQUIRED, ("order_no",), generic_order),
}


def detect(headers: list[str]) -> str | None:
    """The format whose required headers are all present, most specific first."""
    index = _index(headers)
    if "lineitem quantity" in index and "financial status" in index:
        return SHOPIFY
    if ("order number" in index or "order id" in index) and "order total" in index:
        return WOOCOMMERCE
    platform = _platforms.detect(index)
    if platform is not None:
        return platform
    if "订单编号" in index:
        return TAOBAO
    if not missing(headers, GENERIC_REQUIRED):
        return GENERIC
    return None


#: The customer rule every mapper shares, for the platforms' modules.
customer = _customer

# JD, Pinduoduo, Douyin, Youzan and WeChat shop: one module each under imports/platforms/, which
# adds them to REGISTRY and FORMATS when imported.
from merchant_refunds.imports import platforms as _platforms  # noqa: E402
