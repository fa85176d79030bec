"""The refund quote: selection checks, the cumulative formula, tax, breakdown and conversion."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from merchant_refunds.domain.calculation import (
    BreakdownKind,
    FxRate,
    PriorRefund,
    Selection,
    cumulative_share,
    line_amount_for,
    quote_refund,
    refundable_summary,
    summarize,
    tax_inside,
)
from merchant_refunds.domain.errors import InvalidInput, Refused
from merchant_refunds.domain.money import Money
from merchant_refunds.domain.policy import FeeBearer, Policy, ReasonCode, ShippingRule
from tests.factories import make_line, make_order, tea_order

ALWAYS = Policy(shipping_rule=ShippingRule.ALWAYS)
Q = ReasonCode.QUALITY_PROBLEM


def test_one_tea_of_three_is_the_paid_price() -> None:
    order = tea_order()
    quote = quote_refund(order, [], Selection({1: 1}), Q, ALWAYS)
    (item,) = quote.items
    assert (item.gross, item.discount, item.amount) == (12800, 1362, 11438)
    assert item.already_refunded == 0 and item.line_quantity == 3
    assert quote.total == Money(11438, "CNY")
    # 13% tax inside 343.15 paid for the line is 39.48; one third rounds to 13.16
    assert tax_inside(order.lines[0].paid, Decimal("0.13")) == 3948
    assert item.tax == 1316


def test_cumulative_formula_over_three_steps() -> None:
    order = tea_order()
    paid = order.lines[0].paid  # 34315
    amounts = []
    prior: list[PriorRefund] = []
    for step in range(3):
        quote = quote_refund(order, prior, Selection({1: 1}), Q, ALWAYS)
        amounts.append(quote.items_amount)
        prior.append(PriorRefund.from_quote(f"R{step}", "paid", quote))
    assert amounts == [11438, 11439, 11438]
    assert sum(amounts) == paid
    assert amounts[1] == line_amount_for(paid, 1, 1, 3)
    assert cumulative_share(paid, 3, 3) == paid


def test_units_only_prior_refunds_use_the_formula() -> None:
    order = tea_order()
    quote = quote_refund(order, [PriorRefund("R1", "paid", {1: 2})], Selection({1: 1}), Q, ALWAYS)
    assert quote.items_amount == 34315 - cumulative_share(34315, 2, 3)


def test_rejected_and_cancelled_refunds_do_not_count() -> None:
    order = tea_order()
    prior = [
        PriorRefund("R1", "rejected", {1: 3}, 1200),
        PriorRefund("R2", "cancelled", {1: 3, 2: 2}),
    ]
    quote = quote_refund(order, prior, Selection(everything_left=True), Q, ALWAYS)
    assert quote.total.minor == order.total_paid
    so_far = summarize(prior)
    assert so_far.units == {} and so_far.shipping == 0


def test_open_units_are_only_requested_and_approved() -> None:
    prior = [
        PriorRefund("R1", "requested", {1: 1}),
        PriorRefund("R2", "approved", {1: 1, 2: 1}),
        PriorRefund("R3", "paid", {2: 1}),
        PriorRefund("R4", "rejected", {2: 5}),
    ]
    so_far = summarize(prior)
    assert so_far.open_units == {1: 2, 2: 1}
    assert so_far.units == {1: 2, 2: 2}


@pytest.mark.parametrize("qty", [0, -1, 1.5, 1.0, True, Decimal("1"), "1"])
def test_bad_quantities_are_invalid_input(qty) -> None:
    with pytest.raises(InvalidInput) as err:
        quote_refund(tea_order(), [], Selection({1: qty}), Q, ALWAYS)
    assert err.value.code == "invalid_quantity"


def test_unknown_line_is_invalid_input() -> None:
    with pytest.raises(InvalidInput) as err:
        quote_refund(tea_order(), [], Selection({9: 1}), Q, ALWAYS)
    assert err.value.code == "unknown_line"
    assert "9" in err.value.message


def test_more_units_than_remain_is_refused() -> None:
    order = tea_order()
    with pytest.raises(Refused) as err:
        quote_refund(order, [], Selection({1: 4}), Q, ALWAYS)
    assert err.value.code == "exceeds_remaining"
    with pytest.raises(Refused) as err:
        quote_refund(order, [PriorRefund("R1", "approved", {1: 2})], Selection({1: 2}), Q, ALWAYS)
    assert err.value.params["left"] == 1


def test_nothing_left_is_refused() -> None:
    order = tea_order()
    done = [PriorRefund("R1", "completed", {1: 3, 2: 2}, 1200)]
    for selection in (Selection(everything_left=True), Selection(shipping=True)):
        with pytest.raises(Refused) as err:
            quote_refund(order, done, selection, Q, ALWAYS)
        assert err.value.code == "nothing_to_refund"


def test_shipping_only() -> None:
    order = tea_order()
    quote = quote_refund(order, [], Selection(shipping=True), Q, ALWAYS)
    assert quote.items == ()
    assert quote.shipping == 1200
    assert quote.total.minor == 1200
    assert not quote.empties_order
    again = quote_refund(
        order, [PriorRefund("R1", "paid", {}, 1200)], Selection({2: 1}, True), Q, ALWAYS
    )
    assert again.shipping == 0


def test_everything_left_ignores_explicit_units_but_checks_them() -> None:
    order = tea_order()
    quote = quote_refund(order, [], Selection({1: 1}, everything_left=True), Q, ALWAYS)
    assert quote.line_units == {1: 3, 2: 2}
    assert quote.empties_order
    assert quote.total.minor == order.total_paid
    with pytest.raises(InvalidInput):
        quote_refund(order, [], Selection({1: 0}, everything_left=True), Q, ALWAYS)


def test_tax_inside() -> None:
    assert tax_inside(11300, Decimal("0.13")) == 1300
    assert tax_inside(10600, Decimal("0.06")) == 600
    assert tax_inside(100, Decimal("0")) == 0
    assert tax_inside(1, Decimal("0.13")) == 0
    assert tax_inside(5, Decimal("0.25")) == 1  # 5 * 0.25 / 1.25 = 1 exactly
    assert tax_inside(113, Decimal("0.13")) == 13


def test_breakdown_adds_up_to_the_total() -> None:
    policy = Policy(
        shipping_rule=ShippingRule.ALWAYS,
        restocking_fee_bp=1000,
        return_shipping_deduction={"CNY": 800},
        cross_border_fee_bp=150,
        cross_border_fee_bearer=FeeBearer.CUSTOMER,
    )
    fx = FxRate("CNY", "USD", Decimal("0.1385"), date(2026, 11, 25))
    quote = quote_refund(
        tea_order(),
        [],
        Selection({1: 2, 2: 1}, shipping=True),
        ReasonCode.NO_REASON,
        policy,
        goods_return=True,
        fx=fx,
    )
    rows = quote.breakdown()
    kinds = [r.kind for r in rows]
    assert kinds == [
        BreakdownKind.ITEMS,
        BreakdownKind.ITEMS,
        BreakdownKind.DISCOUNT,
        BreakdownKind.SHIPPING,
        BreakdownKind.RESTOCKING_FEE,
        BreakdownKind.RETURN_SHIPPING,
        BreakdownKind.CROSS_BORDER_FEE,
        BreakdownKind.TOTAL,
        BreakdownKind.CONVERSION,
    ]
    summed = sum((r.amount.minor for r in rows[:-2]), 0)
    assert summed == quote.total.minor == rows[-2].amount.minor
    assert rows[-1].amount == quote.payout
    assert rows[-1].amount.currency == "USD"
    assert "0.1385" in rows[-1].detail and "2026-11-25" in rows[-1].detail


def test_quote_to_dict_carries_the_numbers() -> None:
    quote = quote_refund(tea_order(), [], Selection({1: 1}, shipping=True), Q, ALWAYS)
    data = quote.to_dict()
    assert data["total"] == quote.total.minor == 11438 + 1200
    assert data["items"][0]["amount"] == 11438
    assert data["payout"] == {"amount": 12638, "currency": "CNY"}
    assert data["fx"] is None
    assert data["reason"] == "quality_problem"


def test_fx_must_start_from_the_order_currency() -> None:
    fx = FxRate("USD", "CNY", Decimal("7.1"), date(2026, 11, 25))
    with pytest.raises(InvalidInput) as err:
        quote_refund(tea_order(), [], Selection({1: 1}), Q, ALWAYS, fx=fx)
    assert err.value.code == "fx_base_mismatch"


def test_fx_into_the_same_currency_is_no_conversion() -> None:
    fx = FxRate("CNY", "CNY", Decimal("1"), date(2026, 11, 25))
    policy = Policy(cross_border_fee_bp=200)
    quote = quote_refund(tea_order(), [], Selection({1: 1}), Q, policy, fx=fx)
    assert quote.fx is None
    assert quote.cross_border_fee == 0
    assert quote.payout == quote.total


def test_refundable_summary() -> None:
    order = tea_order()
    summary = refundable_summary(order, [PriorRefund("R1", "paid", {1: 1}, 1200)])
    assert summary["shipping_left"] == 0
    first = summary["lines"][0]
    assert (first["refunded_units"], first["units_left"], first["amount_left"]) == (1, 2, 22877)
    assert summary["total_left"] == 22877 + (2 * 4550 - 500 - 915)


def test_jpy_and_kwd_orders() -> None:
    jpy = make_order(currency="JPY", lines=[make_line(quantity=3, unit_price=1000)], discount=100)
    amounts = []
    prior: list[PriorRefund] = []
    for i in range(3):
        quote = quote_refund(jpy, prior, Selection({1: 1}), Q, ALWAYS)
        amounts.append(quote.items_amount)
        prior.append(PriorRefund.from_quote(f"J{i}", "paid", quote))
    assert amounts == [967, 966, 967]
    kwd = make_order(currency="KWD", lines=[make_line(quantity=7, unit_price=1005)])
    quote = quote_refund(kwd, [], Selection({1: 3}), Q, ALWAYS)
    assert quote.total == Money(3015, "KWD")


def test_an_empty_selection_says_so_rather_than_nothing_left() -> None:
    order = tea_order()
    with pytest.raises(InvalidInput) as err:
        quote_refund(order, [], Selection(), ReasonCode.QUALITY_PROBLEM, Policy())
    assert err.value.code == "empty_selection"
