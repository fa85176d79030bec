"""Order services: store (once, allocated, audited), look up, search; bad input changes nothing."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.errors import InvalidInput, NotFound, PermissionDenied, Refused
from merchant_refunds.domain.order import Customer
from merchant_refunds.domain.order_json import order_to_dict
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import audit, orders, queries, refund_decisions, refund_requests
from merchant_refunds.services.orders import OrderFilter
from merchant_refunds.storage import models as m
from tests.factories import make_line, make_order, tea_order


def counts() -> tuple[int, ...]:
    return tuple(t.select().count() for t in (m.Order, m.OrderLine, m.OrderDiscount, m.AuditEvent))


def test_create_stores_the_allocation_and_audits(clerk):
    before = m.AuditEvent.select().count()
    detail = orders.create_order(clerk, tea_order("TB1"))
    assert detail.order == tea_order("TB1")
    rows = list(m.OrderLine.select().order_by(m.OrderLine.line_no))
    assert [r.order_discount_share for r in rows] == [4085, 915]
    assert m.Order.get(m.Order.order_no == "TB1").total_paid == 43200 - 1200 + 1200
    assert detail.refundable["total_left"] == detail.order.total_paid
    assert detail.refunds == []
    (event,) = audit.events_for("order", "TB1")
    assert event.action == "order.create" and event.user_name == "amy"
    assert m.AuditEvent.select().count() == before + 1


def test_duplicate_order_number_is_refused(clerk):
    orders.create_order(clerk, tea_order("DUP1"))
    before = counts()
    with pytest.raises(Refused) as err:
        orders.create_order(clerk, tea_order("DUP1"))
    assert err.value.code == "order_exists"
    assert counts() == before


def test_an_accountant_cannot_add_orders(accountant):
    before = counts()
    with pytest.raises(PermissionDenied):
        orders.create_order(accountant, tea_order("ACC1"))
    assert counts() == before


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d.pop("lines"),
        lambda d: d["lines"][0].update(quantity=0),
        lambda d: d["lines"][0].update(quantity="1.5"),
        lambda d: d["lines"][0].update(unit_price="1.234"),
        lambda d: d["lines"][0].update(unit_price="92233720368547758.08"),
        lambda d: d.update(currency="XYZ"),
        lambda d: d["customer"].update(name=""),
        lambda d: d.update(shipping_fee="-1"),
    ],
)
def test_bad_json_orders_change_nothing(clerk, mutate):
    data = order_to_dict(tea_order("J1"))
    mutate(data)
    before = counts()
    with pytest.raises(InvalidInput) as err:
        orders.add_order_json(clerk, json.dumps(data, ensure_ascii=False))
    assert err.value.code == "invalid_order_json"
    assert counts() == before


def test_add_order_json(clerk):
    text = json.dumps(order_to_dict(tea_order("J2")), ensure_ascii=False)
    detail = orders.add_order_json(clerk, text)
    assert detail.order.total_paid == tea_order().total_paid
    with pytest.raises(InvalidInput) as err:
        orders.add_order_json(clerk, "{not json")
    assert err.value.code == "invalid_json"


def test_get_order_shows_what_is_still_refundable(owner, clerk):
    orders.create_order(clerk, tea_order("TB2"))
    refund = refund_requests.request_refund(
        clerk,
        refund_requests.RefundRequest(
            "TB2", Selection({1: 1}, shipping=True), ReasonCode.QUALITY_PROBLEM
        ),
    )
    detail = orders.get_order(" TB2 ")
    assert detail.refundable["total_left"] == 43200 - 12638
    assert detail.refundable["shipping_left"] == 0
    assert [r.refund_no for r in detail.refunds] == [refund.refund_no]
    refund_decisions.reject(owner, refund.refund_no, "wrong order")
    assert orders.get_order("TB2").refundable["total_left"] == 43200


def test_unknown_order(db_path):
    with pytest.raises(NotFound) as err:
        orders.get_order("NOPE")
    assert err.value.exit_code == 4


@pytest.fixture
def shop(clerk):
    people = [
        ("JD-1001", "王小芳", "13800138000", datetime(2026, 1, 5)),
        ("JD-1002", "李雷", "13911112222", datetime(2026, 3, 9)),
        ("TB-2001", "韩梅梅", "13700007777", datetime(2026, 6, 1)),
        ("TB-2002", "Wang Fang", "+85291234567", datetime(2026, 9, 30)),
    ]
    for order_no, name, phone, placed in people:
        orders.create_order(
            clerk,
            make_order(
                order_no,
                [make_line(1, unit_price=1000)],
                customer=Customer(name, phone),
                placed_at=placed,
                source="jd" if order_no.startswith("JD") else "taobao",
            ),
        )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("JD", ["JD-1002", "JD-1001"]),
        ("JD-100", ["JD-1002", "JD-1001"]),
        ("2001", ["TB-2001"]),
        ("王小", ["JD-1001"]),
        ("小芳", []),  # documented: under three characters only the start matches
        ("王", ["JD-1001"]),
        ("韩梅梅", ["TB-2001"]),
        ("1111", ["JD-1002"]),
        ("139", ["JD-1002"]),
        ("Fang", ["TB-2002"]),
        ("Wa", ["TB-2002"]),
        ("+852", ["TB-2002"]),
        ('"', []),
        ("zzz", []),
        ("JD-1001", ["JD-1001"]),  # a whole order number
        ("13911112222", ["JD-1002"]),  # a whole phone
        ("jd-1001", ["JD-1001"]),  # not an exact number (case): found as a substring
    ],
)
def test_search(shop, text, expected):
    assert [o.order_no for o in orders.search_orders(text)] == expected
    assert orders.count_orders(text) == len(expected)


def test_search_filters_and_paging(shop):
    assert orders.count_orders("") == 4
    page = orders.search_orders("", limit=2, offset=1)
    assert [o.order_no for o in page] == ["TB-2001", "JD-1002"]
    flt = OrderFilter(source="jd", placed_from=date(2026, 3, 1), placed_to=date(2026, 3, 9))
    assert [o.order_no for o in orders.search_orders(flt)] == ["JD-1002"]
    assert orders.count_orders(OrderFilter(status="delivered", payment_method="alipay")) == 4
    assert orders.count_orders(OrderFilter(status="cancelled")) == 0
    summary = orders.search_orders("TB-2002")[0]
    assert summary.total_paid == 1000 and summary.currency == "CNY"


@pytest.fixture
def look_alikes(clerk):
    """Numbers and phones that contain each other, as repeat customers and imports make them."""
    for order_no, phone in [
        ("TB-7001", "13800138000"),
        ("TB-7001-2", "13900000000"),
        ("SO-1", "+8613800138000"),
        ("SO-2", "13800138000"),
    ]:
        order = make_order(order_no, [make_line(1)], customer=Customer("Li Lei", phone))
        orders.create_order(clerk, order)


def _found(flt: OrderFilter | str) -> list[str]:
    return [o.order_no for o in orders.search_orders(flt)]


def test_a_whole_order_number_or_phone_finds_exactly_those_orders(look_alikes):
    assert _found("TB-7001") == ["TB-7001"]
    assert _found(" TB-7001-2 ") == ["TB-7001-2"]
    assert _found("13800138000") == ["SO-2", "TB-7001"]  # that customer's orders, newest first
    assert orders.count_orders("13800138000") == 2
    assert _found("+8613800138000") == ["SO-1"]
    # The Orders screen's lists go through the same filter.
    ids = queries.order_ids(OrderFilter(text="TB-7001"))
    assert [r.order_no for r in queries.order_rows(list(ids))] == ["TB-7001"]


def test_part_of_a_number_or_phone_still_matches_anywhere(look_alikes):
    assert _found("TB-700") == ["TB-7001-2", "TB-7001"]
    assert _found("3800138000") == ["SO-2", "SO-1", "TB-7001"]
    assert _found("tb-7001") == ["TB-7001-2", "TB-7001"]  # case differs: not the exact number
    assert _found("Li Lei") == ["SO-2", "SO-1", "TB-7001-2", "TB-7001"]


def test_other_filters_apply_to_the_exact_match(look_alikes):
    assert _found(OrderFilter(text="13800138000", status="delivered")) == ["SO-2", "TB-7001"]
    assert _found(OrderFilter(text="13800138000", status="cancelled")) == []


def test_a_whole_number_or_phone_pages_and_rows_as_the_general_query(look_alikes):
    """The exact lookup's own page query returns the very rows, types and order the general
    one does (the Orders screen's), and pages the same way."""
    for text in ("TB-7001", "13800138000", "+8613800138000"):
        ids = queries.order_ids(OrderFilter(text=text))
        assert orders.search_orders(text) == queries.order_rows(list(ids))
    assert isinstance(orders.search_orders("TB-7001")[0].placed_at, datetime)
    assert _found_page("13800138000", limit=1, offset=0) == ["SO-2"]
    assert _found_page("13800138000", limit=1, offset=1) == ["TB-7001"]
    assert _found_page("13800138000", limit=5, offset=2) == []


def _found_page(text: str, *, limit: int, offset: int) -> list[str]:
    return [o.order_no for o in orders.search_orders(text, limit=limit, offset=offset)]
