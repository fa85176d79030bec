"""The paged lists' queries (services.queries): which ids match, in what order, and the rows of a
page, as the Orders and Refunds screens show them."""

from __future__ import annotations

import pytest

from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.order import Customer
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import (
    orders,
    queries,
    refund_decisions,
    refund_requests,
    refund_views,
)
from merchant_refunds.services.orders import OrderFilter
from merchant_refunds.services.users import Actor
from tests.factories import make_line, make_order


@pytest.fixture
def shop(owner: Actor) -> dict[str, int]:
    """Three orders entered in this order; their ids by order number."""
    for order_no, name, price, source in [
        ("Q-300", "王小芳", 30000, "manual"),
        ("Q-100", "Zhang Wei", 10000, "shopify"),
        ("Q-200", "Anna", 20000, "manual"),
    ]:
        order = make_order(
            order_no,
            [make_line(1, unit_price=price)],
            customer=Customer(name, "13800138000", "c@example.com"),
            source=source,
        )
        orders.create_order(owner, order)
    rows = queries.order_rows(list(queries.order_ids(OrderFilter())))
    return {r.order_no: r.id for r in rows}


def _numbers(ids: object) -> list[str]:
    return [r.order_no for r in queries.order_rows(list(ids))]


def test_orders_sort_by_each_column_either_way(shop: dict[str, int]) -> None:
    assert _numbers(queries.order_ids(OrderFilter())) == ["Q-200", "Q-100", "Q-300"]
    assert _numbers(queries.order_ids(OrderFilter(), "placed", descending=False)) == [
        "Q-300",
        "Q-100",
        "Q-200",
    ]
    assert _numbers(queries.order_ids(OrderFilter(), "total", descending=False)) == [
        "Q-100",
        "Q-200",
        "Q-300",
    ]
    assert _numbers(queries.order_ids(OrderFilter(), "order_no")) == ["Q-300", "Q-200", "Q-100"]
    assert _numbers(queries.order_ids(OrderFilter(), "customer", descending=False))[0] == "Q-200"


def test_the_first_page_is_the_newest_orders(shop: dict[str, int]) -> None:
    assert _numbers(queries.order_ids(OrderFilter(), limit=2)) == ["Q-200", "Q-100"]
    assert _numbers(queries.order_ids(OrderFilter(text="Q-"), limit=1)) == ["Q-200"]


def test_a_page_keeps_the_order_asked_for_and_skips_missing_orders(shop: dict[str, int]) -> None:
    page = queries.order_rows([shop["Q-100"], 999_999, shop["Q-300"]])
    assert [(r.order_no, r.customer_name, r.total_paid) for r in page] == [
        ("Q-100", "Zhang Wei", 10000),
        ("Q-300", "王小芳", 30000),
    ]
    assert queries.order_rows([]) == []


def test_the_source_filter_lists_each_source_once(shop: dict[str, int]) -> None:
    assert queries.order_sources() == ["manual", "shopify"]
    assert _numbers(queries.order_ids(OrderFilter(source="shopify"))) == ["Q-100"]


def test_refunds_filter_by_status_and_by_what_their_numbers_start_with(
    shop: dict[str, int], owner: Actor
) -> None:
    made = {}
    for order_no in ("Q-100", "Q-200", "Q-300"):
        request = refund_requests.RefundRequest(
            order_no, Selection({1: 1}), ReasonCode.QUALITY_PROBLEM
        )
        made[order_no] = refund_requests.request_refund(owner, request).refund_no
    refund_decisions.reject(owner, made["Q-200"], "not ours")

    def listed(status: str | None = None, text: str = "") -> list[tuple[str, str, str]]:
        page = queries.refund_rows(list(queries.refund_ids(status, text)))
        return [(r.order_no, r.status, r.customer_name) for r in page]

    everything = listed()
    assert [order_no for order_no, _, _ in everything] == ["Q-300", "Q-200", "Q-100"]
    assert listed(status="rejected") == [("Q-200", "rejected", "Anna")]
    assert listed(text="Q-1") == [("Q-100", everything[2][1], "Zhang Wei")]
    assert listed(text=" 王 ") == [("Q-300", everything[0][1], "王小芳")]
    assert listed(text=made["Q-300"]) == [everything[0]]
    assert listed(status="rejected", text="Q-1") == []
    assert queries.refund_rows([]) == []
    # The lists and the paged queries agree.
    assert [r.order_no for r in refund_views.list_refunds(text="Q-")] == ["Q-300", "Q-200", "Q-100"]
