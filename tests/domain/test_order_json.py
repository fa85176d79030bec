"""The documented JSON order format: round trip, and every bad field reported with its path."""

from __future__ import annotations

import copy
import json
from datetime import datetime
from decimal import Decimal
from typing import Any

import pytest

from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.domain.order import OrderStatus, PaymentMethod
from merchant_refunds.domain.order_json import order_from_dict, order_from_json, order_to_dict
from tests.factories import make_line, make_order, tea_order


def sample() -> dict[str, Any]:
    return {
        "order_no": "JD-2026-0001",
        "source": "jd",
        "currency": "CNY",
        "status": "delivered",
        "placed_at": "2026-11-20T09:30:00",
        "paid_at": "2026-11-20T09:31:00",
        "delivered_at": "2026-11-24T12:00:00",
        "customer": {"name": "王小芳", "phone": "13800138000", "email": "w@example.com"},
        "payment": {"method": "alipay", "reference": "2026112000001", "payer_account": "w@x.cn"},
        "lines": [
            {
                "sku": "TEA-01",
                "name": "龙井茶 250g",
                "quantity": 3,
                "unit_price": "128.00",
                "tax_rate": "0.13",
                "category": "tea",
            },
            {
                "sku": "CUP-02",
                "name": "青瓷茶杯",
                "quantity": 2,
                "unit_price": "45.50",
                "line_discount": "5",
            },
        ],
        "discounts": [{"kind": "threshold", "code": "300-50", "amount": "50.00"}],
        "shipping_fee": "12.00",
    }


def error_path(data: Any) -> str:
    with pytest.raises(InvalidInput) as err:
        order_from_dict(data)
    assert err.value.code == "invalid_order_json"
    assert err.value.exit_code == 2
    return err.value.params["path"]


def test_sample_parses_and_allocates() -> None:
    order = order_from_dict(sample())
    assert order.order_no == "JD-2026-0001"
    assert order.status is OrderStatus.DELIVERED
    assert order.payment.method is PaymentMethod.ALIPAY
    assert [line.line_no for line in order.lines] == [1, 2]
    assert order.lines[0].unit_price == 12800
    assert order.lines[0].tax_rate == Decimal("0.13")
    assert order.lines[1].line_discount == 500
    assert [line.order_discount_share for line in order.lines] == [4085, 915]
    assert order.shipping_fee == 1200
    assert order.delivered_at == datetime(2026, 11, 24, 12, 0)
    assert order.customer.country == "CN"


def test_round_trip_of_a_built_order() -> None:
    for order in (
        tea_order(),
        make_order("J1", [make_line(1, quantity=2, unit_price=1500)], currency="JPY", discount=7),
        make_order(
            "K1",
            [make_line(1, quantity=1, unit_price=12345, final_sale=True, category="perishable")],
            currency="KWD",
            shipping_fee=2500,
            status=OrderStatus.IN_TRANSIT,
            presale=True,
            note="留言",
        ),
    ):
        data = order_to_dict(order)
        assert order_from_dict(data) == order
        text = json.dumps(data, ensure_ascii=False)
        assert order_from_json(text) == order


def test_round_trip_from_json_text_is_stable() -> None:
    order = order_from_dict(sample())
    again = order_from_json(json.dumps(order_to_dict(order)))
    assert again == order
    assert order_to_dict(again) == order_to_dict(order)


def test_json_numbers_are_decimals_not_floats() -> None:
    text = json.dumps(sample()).replace('"128.00"', "128.10").replace('"12.00"', "12")
    order = order_from_json(text)
    assert order.lines[0].unit_price == 12810
    assert order.shipping_fee == 1200


def test_not_json_names_line_and_column() -> None:
    with pytest.raises(InvalidInput) as err:
        order_from_json('{"order_no": ')
    assert err.value.code == "invalid_json"
    assert err.value.params["line"] == 1


def test_a_python_float_is_a_programming_error() -> None:
    data = sample()
    data["shipping_fee"] = 12.0
    with pytest.raises(TypeError):
        order_from_dict(data)


def _set(data: dict[str, Any], path: str, value: Any) -> None:
    """Set (or with ``...`` delete) a dotted/indexed path such as ``lines[0].quantity``."""
    parts = path.replace("[", ".[").split(".")
    target: Any = data
    for part in parts[:-1]:
        target = target[int(part[1:-1])] if part.startswith("[") else target[part]
    last = parts[-1]
    key: Any = int(last[1:-1]) if last.startswith("[") else last
    if value is ...:
        del target[key]
    else:
        target[key] = value


MISSING = ...


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        ("order_no", MISSING, "order_no"),
        ("order_no", "   ", "order_no"),
        ("order_no", "x" * 65, "order_no"),
        ("order_no", 12, "order_no"),
        ("currency", MISSING, "currency"),
        ("currency", "RMB", "currency"),
        ("status", "lost", "status"),
        ("placed_at", MISSING, "placed_at"),
        ("placed_at", "yesterday", "placed_at"),
        ("placed_at", 20261120, "placed_at"),
        ("delivered_at", "2026-13-01", "delivered_at"),
        ("customer", MISSING, "customer"),
        ("customer", "王小芳", "customer"),
        ("customer.name", MISSING, "customer.name"),
        ("customer.name", "", "customer.name"),
        ("customer.phone", 13800138000, "customer.phone"),
        ("customer.country", "CHN", "customer.country"),
        ("payment", MISSING, "payment"),
        ("payment.method", MISSING, "payment.method"),
        ("payment.method", "bitcoin", "payment.method"),
        ("lines", MISSING, "lines"),
        ("lines", [], "lines"),
        ("lines", {"sku": "A"}, "lines"),
        ("lines[1]", "CUP", "lines[1]"),
        ("lines[0].sku", MISSING, "lines[0].sku"),
        ("lines[0].sku", "", "lines[0].sku"),
        ("lines[0].name", MISSING, "lines[0].name"),
        ("lines[0].quantity", MISSING, "lines[0].quantity"),
        ("lines[0].quantity", 0, "lines[0].quantity"),
        ("lines[0].quantity", -2, "lines[0].quantity"),
        ("lines[0].quantity", "1.5", "lines[0].quantity"),
        ("lines[0].quantity", Decimal("2.5"), "lines[0].quantity"),
        ("lines[0].quantity", "two", "lines[0].quantity"),
        ("lines[0].quantity", True, "lines[0].quantity"),
        ("lines[0].quantity", 10**10, "lines[0].quantity"),
        ("lines[1].unit_price", MISSING, "lines[1].unit_price"),
        ("lines[1].unit_price", "45.505", "lines[1].unit_price"),
        ("lines[1].unit_price", "-1", "lines[1].unit_price"),
        ("lines[1].unit_price", "abc", "lines[1].unit_price"),
        ("lines[1].unit_price", True, "lines[1].unit_price"),
        ("lines[1].unit_price", "92233720368547758.08", "lines[1].unit_price"),
        ("lines[1].unit_price", [1], "lines[1].unit_price"),
        ("lines[1].line_discount", "1.001", "lines[1].line_discount"),
        ("lines[0].tax_rate", "13%", "lines[0].tax_rate"),
        ("lines[0].tax_rate", "1", "lines[0].tax_rate"),
        ("lines[0].tax_rate", "-0.1", "lines[0].tax_rate"),
        ("lines[0].tax_rate", "NaN", "lines[0].tax_rate"),
        ("lines[0].line_no", 0, "lines[0].line_no"),
        ("lines[0].line_no", "1", "lines[0].line_no"),
        ("lines[0].final_sale", "yes", "lines[0].final_sale"),
        ("lines[0].category", "c" * 65, "lines[0].category"),
        ("discounts", "50", "discounts"),
        ("discounts[0]", 50, "discounts[0]"),
        ("discounts[0].amount", MISSING, "discounts[0].amount"),
        ("discounts[0].amount", "-5", "discounts[0].amount"),
        ("discounts[0].kind", "gift", "discounts[0].kind"),
        ("shipping_fee", "12.001", "shipping_fee"),
        ("shipping_fee", "-1", "shipping_fee"),
        ("presale", "no", "presale"),
        ("note", "n" * 2001, "note"),
    ],
)
def test_each_bad_field_reports_its_path(path: str, value: Any, expected: str) -> None:
    data = copy.deepcopy(sample())
    _set(data, path, value)
    assert error_path(data) == expected


def test_the_message_starts_with_the_path() -> None:
    data = sample()
    data["lines"][1]["unit_price"] = "45.505"
    with pytest.raises(InvalidInput) as err:
        order_from_dict(data)
    assert err.value.message.startswith("lines[1].unit_price: ")
    assert "2 decimal places" in err.value.message


@pytest.mark.parametrize("data", [None, [], "order", 5])
def test_not_an_object(data: Any) -> None:
    assert error_path(data) == "order"


def test_line_discount_above_the_line_reports_its_path() -> None:
    data = sample()
    data["lines"][1]["line_discount"] = "91.01"  # the line is 2 x 45.50 = 91.00
    assert error_path(data) == "lines[1].line_discount"


def test_duplicate_line_numbers_report_the_second() -> None:
    data = sample()
    data["lines"][0]["line_no"] = 2
    assert error_path(data) == "lines[1].line_no"


def test_discounts_above_the_lines_report_the_discounts() -> None:
    data = sample()
    data["discounts"].append({"amount": "421.00"})  # 50 + 421 > 384 + 86
    assert error_path(data) == "discounts"


def test_a_line_amount_beyond_64_bits_reports_the_line() -> None:
    data = sample()
    data["lines"][0]["unit_price"] = "92233720368547758.00"
    data["lines"][0]["quantity"] = 2
    assert error_path(data).startswith("lines[0]")


@pytest.mark.parametrize(
    ("where", "key", "path"),
    [
        ((), "shiping_fee", "shiping_fee"),
        (("customer",), "phone_no", "customer.phone_no"),
        (("payment",), "ref", "payment.ref"),
        (("lines", 0), "qty", "lines[0].qty"),
    ],
)
def test_a_misspelt_field_is_reported_not_ignored(where, key, path) -> None:
    data = order_to_dict(tea_order())
    target = data
    for step in where:
        target = target[step]
    target[key] = "1"
    with pytest.raises(InvalidInput) as err:
        order_from_dict(data)
    assert err.value.params["path"] == path
