"""Exchanges against the money rules: random sequences of exchanges, unit refunds and refunds by
amount, with some rejected or cancelled along the way, never take more than a line's price, and
once every unit has gone back (exchanged or refunded) the line's takings sum to exactly what was
paid for it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from merchant_refunds.domain.calculation import PriorRefund, Selection, quote_refund, tax_inside
from merchant_refunds.domain.errors import InvalidInput, Refused
from merchant_refunds.domain.exchanges import (
    ItemOut,
    Settlement,
    prior_from_rows,
    quote_exchange,
)
from merchant_refunds.domain.order import Order
from merchant_refunds.domain.policy import ReasonCode
from tests.domain.test_calculation_properties import EXACT, orders_, units_left
from tests.factories import tea_order

FAST = settings(max_examples=150, deadline=None)


def _taken(order: Order, prior: list[PriorRefund]) -> tuple[dict[int, int], dict[int, int]]:
    """Amount and tax per line over the entries (refunds and exchanges) that count."""
    amounts: dict[int, int] = defaultdict(int)
    taxes: dict[int, int] = defaultdict(int)
    for entry in prior:
        if not entry.counts:
            continue
        for line_no, amount in (entry.line_amounts or {}).items():
            amounts[line_no] += amount
        for line_no, tax in (entry.line_taxes or {}).items():
            taxes[line_no] += tax
    return amounts, taxes


@given(order=orders_(max_lines=4, max_qty=12), data=st.data())
@FAST
def test_exchanges_and_refunds_never_exceed_a_line_and_sum_exactly(order, data):
    prior: list[PriorRefund] = []
    for step in range(data.draw(st.integers(1, 14))):
        left = {n: q for n, q in units_left(order, prior).items() if q > 0}
        if not left:
            break
        line_no = data.draw(st.sampled_from(sorted(left)))
        qty = data.draw(st.integers(1, left[line_no]))
        kind = data.draw(st.sampled_from(["exchange", "refund", "amount"]))
        status = data.draw(
            st.sampled_from(["recorded", "requested", "paid", "rejected", "cancelled"])
        )
        if kind == "exchange":
            price = data.draw(st.integers(0, 10**6))
            quote = quote_exchange(
                order,
                prior,
                {line_no: qty},
                [ItemOut("NEW", "new", price, 1)],
                ReasonCode.OTHER,
                EXACT,
            )
            status = "cancelled" if status in ("rejected", "cancelled") else "recorded"
            prior.append(quote.prior(f"EX{step}", status))
            # the difference is what the units back were worth less what went out
            assert quote.difference == quote.back_value - price
            assert quote.settlement is (
                Settlement.REFUND
                if quote.difference > 0
                else Settlement.COLLECTED
                if quote.difference < 0
                else Settlement.EVEN
            )
            # the difference carries the units back's tax less the units out's, the new SKU
            # at the rate of the line it replaces: within a cent of that rate on the difference
            assert quote.difference_tax == quote.back.tax - quote.out_tax
            rate = order.line(line_no).tax_rate
            assert abs(quote.difference_tax - tax_inside(quote.difference, rate)) <= 1
            assert quote.refund_tax == (quote.difference_tax if quote.difference > 0 else 0)
        elif kind == "amount":
            # a refund by amount (the customer keeps the goods) on the same line, when any is left
            left_amount = order.line(line_no).paid - _taken(order, prior)[0][line_no]
            if left_amount <= 0:
                continue
            asked = data.draw(st.integers(1, left_amount))
            selection = Selection(amount=asked, amount_line=line_no)
            refund = quote_refund(order, prior, selection, ReasonCode.QUALITY_PROBLEM, EXACT)
            if status == "recorded":
                status = "approved"
            prior.append(PriorRefund.from_quote(f"RA{step}", status, refund))
        else:
            refund = quote_refund(order, prior, Selection({line_no: qty}), ReasonCode.OTHER, EXACT)
            if status == "recorded":
                status = "approved"
            prior.append(PriorRefund.from_quote(f"RF{step}", status, refund))
        amounts, taxes = _taken(order, prior)
        for line in order.lines:
            assert amounts[line.line_no] <= line.paid
            assert taxes[line.line_no] <= tax_inside(line.paid, line.tax_rate)
    # take back everything that is left, half by exchange, the rest by refund
    units = {n: q for n, q in units_left(order, prior).items() if q > 0}
    exchanged = {n: q for n, q in units.items() if n % 2}
    refunded = {n: q for n, q in units.items() if not n % 2}
    if exchanged:
        out = [ItemOut("NEW", "new", 1, 1)]
        prior.append(
            quote_exchange(order, prior, exchanged, out, ReasonCode.OTHER, EXACT).prior("EXZ")
        )
    if refunded:
        last = quote_refund(order, prior, Selection(refunded), ReasonCode.OTHER, EXACT)
        prior.append(PriorRefund.from_quote("RFZ", "completed", last))
    amounts, taxes = _taken(order, prior)
    for line in order.lines:
        assert amounts[line.line_no] == line.paid
        assert taxes[line.line_no] == tax_inside(line.paid, line.tax_rate)
    with pytest.raises(Refused):
        quote_exchange(order, prior, {1: 1}, [ItemOut("N", "n", 1, 1)], ReasonCode.OTHER, EXACT)


def test_exchanged_units_can_no_longer_be_refunded():
    order = tea_order()
    out = [ItemOut("TEA-01-L", "龙井茶 500g", 25000, 1)]
    exchange = quote_exchange(order, [], {1: 2}, out, ReasonCode.WRONG_ITEM, EXACT)
    prior = [exchange.prior("EX1")]
    with pytest.raises(Refused) as caught:
        quote_refund(order, prior, Selection({1: 2}), ReasonCode.OTHER, EXACT)
    assert caught.value.params["left"] == 1
    # a cancelled exchange gives its units back to the caps
    back = [replace(prior[0], status="cancelled")]
    assert quote_refund(order, back, Selection({1: 3}), ReasonCode.OTHER, EXACT).line_units == {
        1: 3
    }


def test_the_units_back_are_worth_what_a_unit_refund_pays():
    order = tea_order()
    refund = quote_refund(order, [], Selection({1: 1}), ReasonCode.OTHER, EXACT)
    out = [ItemOut("CUP-09", "白瓷杯", 4000, 2)]
    exchange = quote_exchange(order, [], {1: 1}, out, ReasonCode.OTHER, EXACT)
    assert exchange.back_value == refund.items_amount
    assert exchange.difference == refund.items_amount - 8000
    assert exchange.settlement is Settlement.REFUND
    dearer = quote_exchange(
        order, [], {1: 1}, [ItemOut("TEA-99", "大红袍", 50000, 1)], ReasonCode.OTHER, EXACT
    )
    assert dearer.settlement is Settlement.COLLECTED
    assert dearer.difference == refund.items_amount - 50000


def test_stored_rows_give_back_the_same_prior():
    order = tea_order()
    exchange = quote_exchange(
        order, [], {1: 1, 2: 2}, [ItemOut("X", "x", 1, 1)], ReasonCode.OTHER, EXACT
    )
    rows = [(i.line_no, i.quantity, i.amount, i.tax) for i in exchange.back.items]
    assert prior_from_rows("EX1", "recorded", rows) == exchange.prior("EX1")


@pytest.mark.parametrize(
    "item, code",
    [
        (ItemOut("", "x", 1, 1), "exchange_out_sku"),
        (ItemOut("S", " ", 1, 1), "exchange_out_name"),
        (ItemOut("S", "x", -1, 1), "exchange_out_price"),
        (ItemOut("S", "x", 1, 0), "exchange_out_quantity"),
        (ItemOut("S", "x", 1, True), "exchange_out_number"),
    ],
)
def test_a_unit_out_that_is_no_sale_is_refused(item, code):
    with pytest.raises(InvalidInput) as caught:
        quote_exchange(tea_order(), [], {1: 1}, [item], ReasonCode.OTHER, EXACT)
    assert caught.value.code == code


def test_an_exchange_needs_units_both_ways():
    with pytest.raises(InvalidInput) as caught:
        quote_exchange(tea_order(), [], {}, [ItemOut("S", "x", 1, 1)], ReasonCode.OTHER, EXACT)
    assert caught.value.code == "exchange_nothing_back"
    with pytest.raises(InvalidInput) as caught:
        quote_exchange(tea_order(), [], {1: 1}, [], ReasonCode.OTHER, EXACT)
    assert caught.value.code == "exchange_nothing_out"
