"""Largest-remainder allocation of order-level discounts, and its use when an order is stored."""

from __future__ import annotations

from datetime import datetime
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from merchant_refunds.domain.allocation import allocate_largest_remainder
from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.domain.order import (
    Customer,
    Discount,
    Order,
    OrderStatus,
    Payment,
    PaymentMethod,
    validate_and_allocate,
)
from tests.factories import make_line, make_order, tea_order


def test_examples() -> None:
    assert allocate_largest_remainder(100, [1, 1, 1]) == [34, 33, 33]
    assert allocate_largest_remainder(2, [1, 1, 1]) == [1, 1, 0]
    assert allocate_largest_remainder(5000, [38400, 8600]) == [4085, 915]
    assert allocate_largest_remainder(0, [3, 4]) == [0, 0]
    assert allocate_largest_remainder(7, [0, 10, 0]) == [0, 7, 0]
    assert allocate_largest_remainder(10, [5]) == [10]
    assert allocate_largest_remainder(0, []) == []


def test_ties_go_to_the_earlier_weight() -> None:
    assert allocate_largest_remainder(1, [5, 5]) == [1, 0]
    assert allocate_largest_remainder(2, [5, 5, 10]) == [1, 0, 1]
    assert allocate_largest_remainder(1, [5, 5, 10]) == [0, 0, 1]
    # the larger remainder wins over position
    assert allocate_largest_remainder(1, [1, 2]) == [0, 1]


@pytest.mark.parametrize(
    ("total", "weights"),
    [(-1, [1]), (1, [-1, 2]), (5, []), (5, [0, 0])],
)
def test_refuses_bad_arguments(total: int, weights: list[int]) -> None:
    with pytest.raises(ValueError):
        allocate_largest_remainder(total, weights)


@settings(max_examples=200, deadline=None)
@given(
    weights=st.lists(st.integers(0, 10**12), min_size=1, max_size=30).filter(lambda w: sum(w) > 0),
    data=st.data(),
)
def test_parts_sum_exactly_and_stay_within_one_unit(weights: list[int], data) -> None:
    total = data.draw(st.integers(0, 2 * sum(weights)))
    parts = allocate_largest_remainder(total, weights)
    assert sum(parts) == total
    assert len(parts) == len(weights)
    weight_sum = sum(weights)
    for part, weight in zip(parts, weights, strict=True):
        exact = Fraction(total * weight, weight_sum)
        assert exact - 1 < part < exact + 1
        assert part >= 0
        if weight == 0:
            assert part == 0
        if total <= weight_sum:  # a discount never takes a line below zero
            assert part <= weight


@settings(max_examples=200, deadline=None)
@given(
    lines=st.lists(
        st.tuples(st.integers(1, 1000), st.integers(0, 10**6), st.integers(0, 100)),
        min_size=1,
        max_size=30,
    ),
    coupons=st.lists(st.integers(1, 10**7), max_size=3),
    currency=st.sampled_from(["JPY", "CNY", "KWD"]),
)
def test_order_allocation_sums_to_the_discounts(lines, coupons, currency) -> None:
    order_lines = [
        make_line(i + 1, quantity=q, unit_price=p, line_discount=(q * p * pct) // 100)
        for i, (q, p, pct) in enumerate(lines)
    ]
    room = sum(line.after_line_discount for line in order_lines)
    discounts = []
    for amount in coupons:
        if sum(discounts) + amount <= room:
            discounts.append(amount)
    order = validate_and_allocate(
        Order(
            "A1",
            currency,
            OrderStatus.PAID,
            datetime(2026, 11, 1),
            Customer("顾客"),
            Payment(PaymentMethod.CARD),
            tuple(order_lines),
            tuple(Discount(a) for a in discounts),
        )
    )
    shares = [line.order_discount_share for line in order.lines]
    assert sum(shares) == sum(discounts) == order.order_discount_total
    for line in order.lines:
        assert 0 <= line.order_discount_share <= line.after_line_discount
        assert line.paid >= 0
        assert line.discount_total == line.line_discount + line.order_discount_share
    assert order.items_paid == room - sum(discounts)


def test_tea_order_allocation_is_stored_with_the_lines() -> None:
    order = tea_order()
    # 384.00 and 86.00 share 50.00: 40.85 and 9.15
    assert [line.order_discount_share for line in order.lines] == [4085, 915]
    assert order.items_paid == 38400 + 8600 - 5000
    assert order.total_paid == order.items_paid + 1200


def test_allocation_runs_once() -> None:
    order = tea_order()
    again = validate_and_allocate(order)
    assert again == order


def test_discounts_above_the_lines_are_refused() -> None:
    with pytest.raises(InvalidInput) as err:
        make_order(lines=[make_line(quantity=1, unit_price=1000)], discount=1001)
    assert err.value.code == "invalid_discount"
    assert "10.01" in err.value.message
    order = make_order(lines=[make_line(quantity=1, unit_price=1000)], discount=1000)
    assert order.items_paid == 0


def test_a_free_order_with_no_discount_allocates_nothing() -> None:
    order = make_order(lines=[make_line(1, unit_price=0), make_line(2, unit_price=0)])
    assert [line.order_discount_share for line in order.lines] == [0, 0]


def _reference(total: int, weights: list[int]) -> list[int]:
    """Largest remainder as first written: (-remainder, index) tuples sorted."""
    weight_sum = sum(weights)
    floors, remainders = [], []
    for index, weight in enumerate(weights):
        q, r = divmod(total * weight, weight_sum)
        floors.append(q)
        remainders.append((-r, index))
    for _, index in sorted(remainders)[: total - sum(floors)]:
        floors[index] += 1
    return floors


@given(
    st.integers(min_value=1, max_value=10**12),
    st.lists(st.integers(min_value=0, max_value=10**9), min_size=1, max_size=12).filter(any),
)
def test_the_faster_ranking_gives_the_same_shares_as_the_tuple_sort(
    total: int, weights: list[int]
) -> None:
    """Ties (equal remainders) must still go to the earlier line, exactly as before."""
    assert allocate_largest_remainder(total, weights) == _reference(total, weights)
