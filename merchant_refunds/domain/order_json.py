"""The documented JSON order format (docs/order-format.md): parse into an ``Order``, and back.

Amounts are written in major units as strings ("128.00") or JSON numbers, and must not have more
decimals than the currency allows. Every problem is reported with the path of the field.

The text itself is read by ``load_json_object``, which refuses what the standard library would
accept or choke on: ``NaN``/``Infinity``, a field given twice, numbers of more than
``MAX_NUMBER_DIGITS`` digits, nesting deeper than ``MAX_JSON_DEPTH`` (``json`` recurses once per
level and 100,000 brackets would end in ``RecursionError``) and files over ``MAX_ORDER_JSON``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from merchant_refunds.domain.errors import InvalidInput, RefundsError
from merchant_refunds.domain.money import (
    CURRENCY_EXPONENTS,
    MAX_MINOR,
    check_currency,
    parse_amount,
)
from merchant_refunds.domain.order import (
    Customer,
    Discount,
    DiscountKind,
    Order,
    OrderLine,
    OrderStatus,
    Payment,
    PaymentMethod,
    validate_and_allocate,
)


def _err(path: str, problem: str) -> InvalidInput:
    return InvalidInput("invalid_order_json", "{path}: {problem}", path=path, problem=problem)


def _get(data: Mapping[str, Any], key: str, path: str, *, required: bool = True) -> Any:
    if key not in data or data[key] is None:
        if required:
            raise _err(f"{path}{key}", "is required")
        return None
    return data[key]


def _text(
    data: Mapping[str, Any],
    key: str,
    path: str,
    *,
    required: bool = False,
    default: str = "",
    limit: int = 500,
) -> str:
    value = _get(data, key, path, required=required)
    if value is None:
        return default
    if not isinstance(value, str):
        raise _err(f"{path}{key}", "must be text")
    if required and not value.strip():
        raise _err(f"{path}{key}", "must not be empty")
    if len(value) > limit:
        raise _err(f"{path}{key}", f"is longer than {limit} characters")
    return value


def _amount(
    data: Mapping[str, Any], key: str, path: str, currency: str, *, required: bool = False
) -> int:
    value = _get(data, key, path, required=required)
    if value is None:
        return 0
    if isinstance(value, bool):
        raise _err(f"{path}{key}", "must be an amount")
    if isinstance(value, float):
        raise TypeError("load JSON with load_json_object; floats are never money")
    text = str(value) if isinstance(value, int | Decimal) else value
    if not isinstance(text, str):
        raise _err(f"{path}{key}", "must be an amount")
    try:
        return parse_amount(text, currency).minor
    except RefundsError as exc:
        raise _err(f"{path}{key}", exc.message) from None


def _when(
    data: Mapping[str, Any], key: str, path: str, *, required: bool = False
) -> datetime | None:
    value = _get(data, key, path, required=required)
    if value is None:
        return None
    if not isinstance(value, str):
        raise _err(f"{path}{key}", "must be a date-time text such as 2026-03-01T14:30:00")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise _err(f"{path}{key}", f"is not a date-time: {value!r}") from None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone().replace(tzinfo=None)
    return parsed


def _enum(enum: type, data: Mapping[str, Any], key: str, path: str, default: Any = None) -> Any:
    value = _get(data, key, path, required=default is None)
    if value is None:
        return default
    try:
        return enum(value)
    except ValueError:
        choices = ", ".join(e.value for e in enum)
        raise _err(f"{path}{key}", f"{value!r} is not one of: {choices}") from None


_ORDER_KEYS = frozenset(
    {
        "order_no",
        "source",
        "currency",
        "status",
        "placed_at",
        "paid_at",
        "shipped_at",
        "delivered_at",
        "presale",
        "customer",
        "payment",
        "lines",
        "discounts",
        "shipping_fee",
        "note",
    }
)
_CUSTOMER_KEYS = frozenset({"name", "phone", "email", "country"})
_PAYMENT_KEYS = frozenset({"method", "reference", "payer_account"})
_LINE_KEYS = frozenset(
    {
        "line_no",
        "sku",
        "name",
        "category",
        "quantity",
        "unit_price",
        "line_discount",
        "tax_rate",
        "final_sale",
    }
)
_DISCOUNT_KEYS = frozenset({"kind", "code", "amount", "description"})


def _known_keys(data: Mapping[str, Any], allowed: frozenset[str], path: str) -> None:
    """A misspelt field ("shiping_fee") must not silently become a missing one."""
    unknown = sorted(str(key) for key in data if key not in allowed)
    if unknown:
        raise _err(f"{path}{unknown[0]}", "is not a field of the order format")


def order_from_dict(data: Any) -> Order:
    """Parse and validate one order; discounts are allocated to lines on the way."""
    if not isinstance(data, Mapping):
        raise _err("order", "must be a JSON object")
    _known_keys(data, _ORDER_KEYS, "")
    currency_raw = _text(data, "currency", "", required=True)
    try:
        currency = check_currency(currency_raw)
    except RefundsError as exc:
        raise _err("currency", exc.message) from None
    customer_data = _get(data, "customer", "")
    if not isinstance(customer_data, Mapping):
        raise _err("customer", "must be an object")
    _known_keys(customer_data, _CUSTOMER_KEYS, "customer.")
    payment_data = _get(data, "payment", "")
    if not isinstance(payment_data, Mapping):
        raise _err("payment", "must be an object")
    _known_keys(payment_data, _PAYMENT_KEYS, "payment.")
    lines_data = _get(data, "lines", "")
    if not isinstance(lines_data, list) or not lines_data:
        raise _err("lines", "must be a non-empty list")
    lines = []
    seen_line_nos: set[int] = set()
    for index, raw in enumerate(lines_data):
        path = f"lines[{index}]."
        if not isinstance(raw, Mapping):
            raise _err(f"lines[{index}]", "must be an object")
        _known_keys(raw, _LINE_KEYS, path)
        qty = _get(raw, "quantity", path)
        if isinstance(qty, bool) or not isinstance(qty, int | Decimal | str):
            raise _err(f"{path}quantity", "must be a whole number")
        try:
            qty_dec = Decimal(str(qty).strip())
        except InvalidOperation:
            raise _err(f"{path}quantity", "must be a whole number") from None
        if qty_dec != qty_dec.to_integral_value():
            raise _err(f"{path}quantity", "must be a whole number")
        if qty_dec <= 0:
            raise _err(f"{path}quantity", "must be at least 1")
        if qty_dec > 10**9:
            raise _err(f"{path}quantity", "is too large")
        rate_raw = raw.get("tax_rate", "0")
        try:
            if isinstance(rate_raw, bool | float):
                raise InvalidOperation
            rate = Decimal(str(rate_raw))
        except InvalidOperation:
            raise _err(f"{path}tax_rate", "must be a number such as 0.13") from None
        if not rate.is_finite() or rate < 0 or rate >= 1:
            raise _err(f"{path}tax_rate", "must be from 0 to below 1 (0.13 for 13%)")
        line_no = raw.get("line_no", index + 1)
        if isinstance(line_no, bool) or not isinstance(line_no, int) or line_no < 1:
            raise _err(f"{path}line_no", "must be a whole number >= 1")
        if line_no in seen_line_nos:
            raise _err(f"{path}line_no", f"line number {line_no} appears twice")
        seen_line_nos.add(line_no)
        final_sale = raw.get("final_sale", False)
        if not isinstance(final_sale, bool):
            raise _err(f"{path}final_sale", "must be true or false")
        line = OrderLine(
            line_no=line_no,
            sku=_text(raw, "sku", path, required=True, limit=64),
            name=_text(raw, "name", path, required=True),
            quantity=int(qty_dec),
            unit_price=_amount(raw, "unit_price", path, currency, required=True),
            line_discount=_amount(raw, "line_discount", path, currency),
            category=_text(raw, "category", path, limit=64),
            tax_rate=rate,
            final_sale=final_sale,
        )
        if line.gross > MAX_MINOR:
            raise _err(f"lines[{index}]", "quantity x unit price is too large to store")
        if line.line_discount > line.gross:
            raise _err(f"{path}line_discount", "is more than the line amount")
        lines.append(line)
    discounts = []
    discounts_data = data.get("discounts") or []
    if not isinstance(discounts_data, list):
        raise _err("discounts", "must be a list")
    for index, raw in enumerate(discounts_data):
        path = f"discounts[{index}]."
        if not isinstance(raw, Mapping):
            raise _err(f"discounts[{index}]", "must be an object")
        _known_keys(raw, _DISCOUNT_KEYS, path)
        discounts.append(
            Discount(
                amount=_amount(raw, "amount", path, currency, required=True),
                kind=_enum(DiscountKind, raw, "kind", path, DiscountKind.COUPON),
                code=_text(raw, "code", path, limit=64),
                description=_text(raw, "description", path),
            )
        )
    if sum(d.amount for d in discounts) > sum(line.after_line_discount for line in lines):
        raise _err("discounts", "add up to more than the lines after their own discounts")
    presale = data.get("presale", False)
    if not isinstance(presale, bool):
        raise _err("presale", "must be true or false")
    order = Order(
        order_no=_text(data, "order_no", "", required=True, limit=64).strip(),
        currency=currency,
        status=_enum(OrderStatus, data, "status", "", OrderStatus.PAID),
        placed_at=_when(data, "placed_at", "", required=True),  # type: ignore[arg-type]
        customer=Customer(
            name=_text(customer_data, "name", "customer.", required=True, limit=200),
            phone=_text(customer_data, "phone", "customer.", limit=40),
            email=_text(customer_data, "email", "customer.", limit=200),
            country=_text(customer_data, "country", "customer.", default="CN", limit=2).upper(),
        ),
        payment=Payment(
            method=_enum(PaymentMethod, payment_data, "method", "payment."),
            reference=_text(payment_data, "reference", "payment.", limit=128),
            payer_account=_text(payment_data, "payer_account", "payment.", limit=128),
        ),
        lines=tuple(lines),
        discounts=tuple(discounts),
        shipping_fee=_amount(data, "shipping_fee", "", currency),
        source=_text(data, "source", "", default="manual", limit=32),
        paid_at=_when(data, "paid_at", ""),
        shipped_at=_when(data, "shipped_at", ""),
        delivered_at=_when(data, "delivered_at", ""),
        presale=presale,
        note=_text(data, "note", "", limit=2000),
    )
    try:
        return validate_and_allocate(order)
    except InvalidInput as exc:  # anything the field checks above did not catch
        raise _err("order", exc.message) from None


#: An order file larger than this is refused unread; a real order is a few KiB.
MAX_ORDER_JSON = 1 << 20
#: The format is three levels deep; deeper nesting is refused before the parser sees it.
MAX_JSON_DEPTH = 32
#: Longer numbers are refused (Python's own limit for a whole number is 4,300 digits).
MAX_NUMBER_DIGITS = 40

_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)
_BRACKET = re.compile(r"[\[\]{}]")


def _check_depth(text: str) -> None:
    """Refuse deep nesting by counting brackets outside strings, before ``json`` recurses."""
    depth = 0
    for bracket in _BRACKET.findall(_STRING.sub("", text)):
        depth = depth + 1 if bracket in "[{" else depth - 1
        if depth > MAX_JSON_DEPTH:
            raise InvalidInput(
                "invalid_json",
                "Not valid for an order: the JSON is nested more than {limit} levels deep",
                limit=MAX_JSON_DEPTH,
            )


def _number(text: str) -> Decimal | int:
    if len(text) > MAX_NUMBER_DIGITS:
        raise InvalidInput(
            "invalid_json",
            "Not valid for an order: a number in the JSON has more than {limit} characters",
            limit=MAX_NUMBER_DIGITS,
        )
    return int(text) if text.lstrip("-").isdigit() else Decimal(text)


def _constant(name: str) -> Any:
    raise InvalidInput(
        "invalid_json",
        'Not valid JSON: {name} is not a number; write amounts as text such as "128.00"',
        name=name,
    )


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            raise InvalidInput(
                "invalid_json", "Not valid for an order: the field {key} is given twice", key=key
            )
        data[key] = value
    return data


def load_json_object(text: str | bytes) -> dict[str, Any]:
    """The JSON object in ``text`` (bytes must be UTF-8; a BOM is allowed), numbers as ``int``
    or ``Decimal`` (never ``float``), or ``InvalidInput`` with one line saying what is wrong."""
    if len(text) > MAX_ORDER_JSON:
        raise InvalidInput(
            "invalid_json",
            "Not valid for an order: the JSON is larger than {limit} bytes",
            limit=MAX_ORDER_JSON,
        )
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InvalidInput(
                "invalid_json",
                "Not valid JSON: the text is not UTF-8 (byte {position}); save it as UTF-8",
                position=exc.start + 1,
            ) from None
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise InvalidInput("invalid_json", "Not valid JSON: the order is empty")
    _check_depth(text)
    try:
        data = json.loads(
            text,
            parse_float=_number,
            parse_int=_number,
            parse_constant=_constant,
            object_pairs_hook=_unique_keys,
        )
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            "invalid_json",
            "Not valid JSON (line {line}, column {col}): {msg}",
            line=exc.lineno,
            col=exc.colno,
            msg=exc.msg,
        ) from None
    except RecursionError:  # nesting the bracket count missed (it should not happen)
        raise InvalidInput(
            "invalid_json",
            "Not valid for an order: the JSON is nested more than {limit} levels deep",
            limit=MAX_JSON_DEPTH,
        ) from None
    if not isinstance(data, dict):
        raise _err("order", "must be a JSON object")
    return data


def order_from_json(text: str | bytes) -> Order:
    """Parse an order file's text (see ``load_json_object`` for what is refused)."""
    return order_from_dict(load_json_object(text))


def major_units(order: Order, minor: int) -> str:
    """Major units as exact text: what ``str(Money(minor, currency).amount)`` gives, without
    building a Money for every amount of every order."""
    return str(Decimal(minor).scaleb(-CURRENCY_EXPONENTS[order.currency]))


def order_to_dict(order: Order) -> dict[str, Any]:
    """The same format back, so an exported order can be imported again unchanged."""

    def when(value: datetime | None) -> str | None:
        return value.isoformat() if value else None

    return {
        "order_no": order.order_no,
        "source": order.source,
        "currency": order.currency,
        "status": order.status.value,
        "placed_at": when(order.placed_at),
        "paid_at": when(order.paid_at),
        "shipped_at": when(order.shipped_at),
        "delivered_at": when(order.delivered_at),
        "presale": order.presale,
        "customer": {
            "name": order.customer.name,
            "phone": order.customer.phone,
            "email": order.customer.email,
            "country": order.customer.country,
        },
        "payment": {
            "method": order.payment.method.value,
            "reference": order.payment.reference,
            "payer_account": order.payment.payer_account,
        },
        "lines": [
            {
                "line_no": line.line_no,
                "sku": line.sku,
                "name": line.name,
                "category": line.category,
                "quantity": line.quantity,
                "unit_price": major_units(order, line.unit_price),
                "line_discount": major_units(order, line.line_discount),
                "tax_rate": str(line.tax_rate),
                "final_sale": line.final_sale,
            }
            for line in order.lines
        ],
        "discounts": [
            {
                "kind": d.kind.value,
                "code": d.code,
                "amount": major_units(order, d.amount),
                "description": d.description,
            }
            for d in order.discounts
        ],
        "shipping_fee": major_units(order, order.shipping_fee),
        "note": order.note,
    }
