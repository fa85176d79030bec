"""Refunds by amount (price difference, compensation, goodwill) mixed with refunds of units.

The money rules in docs/architecture.md: an amount lowers what is left on a line without taking
units; later units take their share of what is left, the last ones all of it; whatever the mix,
with rejections and cancellations between, a line, the shipping and the order sum to exactly what
was paid and never more.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from datetime import datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from merchant_refunds.domain.amount_refunds import AmountKind, amounts_left, quote_amount_refund
from merchant_refunds.domain.calculation import (
    PriorRefund,
    RefundQuote,
    Selection,
    quote_refund,
    refundable_summary,
    tax_inside,
)
from merchant_refunds.domain.errors import InvalidInput, Refused
from merchant_refunds.domain.order import (
    Customer,
    Order,
    OrderLine,
    OrderStatus,
    Payment,
    PaymentMethod,
    validate_and_allocate,
)
from merchant_refunds.domain.policy import ReasonCode
from tests.domain.test_calculation_properties import (
    COUNTING,
    EXACT,
    FAST,
    OPEN,
    WITHDRAWN,
    orders_,
    units_left,
)

AMOUNT_REASONS = [
    ReasonCode.PRICE_ADJUSTMENT,
    ReasonCode.COMPENSATION,
    ReasonCode.GOODWILL,
    ReasonCode.QUALITY_PROBLEM,
]


def _order(*lines: OrderLine, shipping: int = 0) -> Order:
    return validate_and_allocate(
        Order(
            "A1",
            "CNY",
            OrderStatus.DELIVERED,
            datetime(2026, 11, 20),
            Customer("顾客"),
            Payment(PaymentMethod.ALIPAY),
            lines,
            shipping_fee=shipping,
            delivered_at=datetime(2026, 11, 22),
        )
    )


def _sums(prior: list[PriorRefund], quotes: dict[str, RefundQuote]):
    amounts: dict[int, int] = defaultdict(int)
    taxes: dict[int, int] = defaultdict(int)
    unit_gross: dict[int, int] = defaultdict(int)
    shipping = total = 0
    for refund in prior:
        if not refund.counts:
            continue
        quote = quotes[refund.refund_no]
        for item in quote.items:
            amounts[item.line_no] += item.amount
            taxes[item.line_no] += item.tax
            if not quote.is_amount:
                unit_gross[item.line_no] += item.gross
        shipping += quote.shipping
        total += quote.total.minor
    return amounts, taxes, unit_gross, shipping, total


def _check_caps(order: Order, prior, quotes) -> None:
    amounts, taxes, unit_gross, shipping, total = _sums(prior, quotes)
    for line in order.lines:
        assert 0 <= amounts[line.line_no] <= line.paid
        assert 0 <= taxes[line.line_no] <= tax_inside(line.paid, line.tax_rate)
        assert unit_gross[line.line_no] <= line.gross
    assert 0 <= shipping <= order.shipping_fee
    assert 0 <= total <= order.total_paid


@FAST
@given(order=orders_(max_lines=6, max_qty=50), data=st.data())
def test_amount_and_unit_refunds_mixed_sum_exactly_to_what_was_paid(order: Order, data) -> None:
    prior: list[PriorRefund] = []
    quotes: dict[str, RefundQuote] = {}
    numbers = (f"R{i}" for i in itertools.count(1))
    for _ in range(data.draw(st.integers(0, 10), label="steps")):
        action = data.draw(
            st.sampled_from(["units", "line_amount", "order_amount", "withdraw", "overask"])
        )
        left_units = units_left(order, prior)
        left_money = amounts_left(order, prior)
        open_ones = [i for i, p in enumerate(prior) if p.status in OPEN]
        if action == "withdraw" and open_ones:
            index = data.draw(st.sampled_from(open_ones))
            old = prior[index]
            before = refundable_summary(order, prior)["total_left"]
            prior[index] = PriorRefund(
                old.refund_no,
                data.draw(st.sampled_from(WITHDRAWN)),
                old.line_units,
                old.shipping,
                old.line_amounts,
                old.line_taxes,
            )
            after = refundable_summary(order, prior)["total_left"]
            assert after == before + quotes[old.refund_no].total.minor
            continue
        if action == "overask":
            line = data.draw(st.sampled_from(order.lines))
            snapshot = list(prior)
            extra = data.draw(st.integers(1, 1000))
            with pytest.raises(Refused) as err:
                quote_amount_refund(
                    order,
                    prior,
                    left_money[line.line_no] + extra,
                    line.line_no,
                    ReasonCode.COMPENSATION,
                    EXACT,
                )
            assert err.value.code == "amount_exceeds_line"
            with pytest.raises(Refused) as err:
                quote_amount_refund(
                    order, prior, sum(left_money.values()) + extra, None, ReasonCode.GOODWILL, EXACT
                )
            assert err.value.code == "amount_exceeds_order"
            assert prior == snapshot
            continue
        quote: RefundQuote | None = None
        reason = data.draw(st.sampled_from(AMOUNT_REASONS))
        if action == "units":
            candidates = [n for n, q in left_units.items() if q > 0]
            if not candidates:
                continue
            chosen = data.draw(st.lists(st.sampled_from(candidates), min_size=1, unique=True))
            selection = Selection(
                {n: data.draw(st.integers(1, left_units[n])) for n in chosen},
                shipping=data.draw(st.booleans()),
            )
            quote = quote_refund(order, prior, selection, ReasonCode.QUALITY_PROBLEM, EXACT)
        elif action == "line_amount":
            candidates = [n for n, a in left_money.items() if a > 0]
            if not candidates:
                continue
            line_no = data.draw(st.sampled_from(candidates))
            amount = data.draw(st.integers(1, left_money[line_no]))
            quote = quote_refund(
                order, prior, Selection(amount=amount, amount_line=line_no), reason, EXACT
            )
            assert [i.line_no for i in quote.items] == [line_no]
        elif action == "order_amount":
            total_left = sum(left_money.values())
            if total_left == 0:
                continue
            amount = data.draw(st.integers(1, total_left))
            quote = quote_refund(order, prior, Selection(amount=amount), reason, EXACT)
            # shared by what is left on each line: no line gets more than is left on it
            for item in quote.items:
                assert item.amount <= left_money[item.line_no]
        if quote is None:
            continue
        for item in quote.items:
            assert item.gross == item.amount + item.discount
            assert 0 <= item.reduced <= max(item.discount, 0)
        if quote.is_amount:
            assert quote.total.minor == quote.items_amount
            assert all(i.quantity == 0 for i in quote.items)
            assert quote.shipping == 0
        refund_no = next(numbers)
        quotes[refund_no] = quote
        prior.append(PriorRefund.from_quote(refund_no, data.draw(st.sampled_from(COUNTING)), quote))
        # the units stay: an amount takes none
        assert units_left(order, prior) == {
            n: q - (quote.line_units.get(n, 0)) for n, q in left_units.items()
        }
        _check_caps(order, prior, quotes)

    # Refund every unit left, then any money left on lines with no units (an amount refund
    # withdrawn after the last units went): the order is then refunded exactly.
    if any(units_left(order, prior).values()) or refundable_summary(order, prior)["shipping_left"]:
        final = quote_refund(
            order, prior, Selection(everything_left=True), ReasonCode.QUALITY_PROBLEM, EXACT
        )
        quotes["FINAL"] = final
        prior.append(PriorRefund.from_quote("FINAL", "paid", final))
    rest = sum(amounts_left(order, prior).values())
    if rest:
        last = quote_amount_refund(order, prior, rest, None, ReasonCode.GOODWILL, EXACT)
        quotes["REST"] = last
        prior.append(PriorRefund.from_quote("REST", "completed", last))
    amounts, taxes, unit_gross, shipping, total = _sums(prior, quotes)
    for line in order.lines:
        assert amounts[line.line_no] == line.paid
        assert taxes[line.line_no] == tax_inside(line.paid, line.tax_rate)
        assert unit_gross[line.line_no] == line.gross
    assert shipping == order.shipping_fee
    assert total == order.total_paid
    assert refundable_summary(order, prior)["total_left"] == 0


@FAST
@given(order=orders_(max_lines=8, max_qty=20), data=st.data())
def test_an_order_amount_is_shared_by_what_is_left_on_each_line(order: Order, data) -> None:
    total_left = sum(amounts_left(order, []).values())
    if total_left == 0:
        return
    amount = data.draw(st.integers(1, total_left))
    quote = quote_refund(order, [], Selection(amount=amount), ReasonCode.GOODWILL, EXACT)
    assert quote.items_amount == amount
    for item in quote.items:
        line = order.line(item.line_no)
        exact = Decimal(amount) * line.paid / total_left
        assert abs(item.amount - exact) < 1  # largest remainder: within one minor unit
        assert (
            item.tax
            == min(tax_inside(item.amount, line.tax_rate), tax_inside(line.paid, line.tax_rate))
            or item.amount == line.paid
        )


def test_a_price_difference_shrinks_the_units_and_the_last_unit_takes_what_is_left() -> None:
    """3 units at 100.00 (13% VAT inside); the price drops by 10.00 each: 30.00 back as a price
    difference, then the customer returns the units one at a time."""
    order = _order(OrderLine(1, "TEA", "Tea", 3, 10000, tax_rate=Decimal("0.13")))
    diff = quote_refund(
        order, [], Selection(amount=3000, amount_line=1), ReasonCode.PRICE_ADJUSTMENT, EXACT
    )
    assert diff.amount_kind == AmountKind.PRICE_DIFFERENCE
    assert diff.total.minor == 3000
    assert diff.items[0].tax == 345  # 30.00 × 13/113 = 3.4513…
    assert diff.items[0].quantity == 0
    prior = [PriorRefund.from_quote("D", "paid", diff)]
    assert refundable_summary(order, prior)["lines"][0]["units_left"] == 3
    first = quote_refund(order, prior, Selection({1: 1}), ReasonCode.NO_REASON, EXACT)
    assert first.items_amount == 9000
    assert first.items[0].reduced == 1000
    assert (first.items[0].gross, first.items[0].discount) == (10000, 1000)
    assert [r.label for r in first.breakdown() if r.kind.value == "reduced"] == [
        "Already refunded by amount"
    ]
    prior.append(PriorRefund.from_quote("U1", "paid", first))
    rest = quote_refund(order, prior, Selection({1: 2}), ReasonCode.NO_REASON, EXACT)
    assert rest.items_amount == 18000
    assert diff.total.minor + first.items_amount + rest.items_amount == 30000
    taxes = diff.items[0].tax + first.items[0].tax + rest.items[0].tax
    assert taxes == tax_inside(30000, Decimal("0.13"))


def test_an_amount_is_capped_by_what_is_left_and_needs_the_right_reason() -> None:
    order = _order(OrderLine(1, "A", "a", 2, 5000), OrderLine(2, "B", "b", 1, 1000), shipping=800)
    with pytest.raises(Refused) as err:
        quote_refund(
            order, [], Selection(amount=10001, amount_line=1), ReasonCode.COMPENSATION, EXACT
        )
    assert err.value.code == "amount_exceeds_line"
    assert "only 100.00 CNY left" in err.value.message
    # the shipping is not part of an order's amount
    with pytest.raises(Refused) as err:
        quote_refund(order, [], Selection(amount=11001), ReasonCode.GOODWILL, EXACT)
    assert err.value.code == "amount_exceeds_order"
    with pytest.raises(InvalidInput) as err:
        quote_refund(order, [], Selection({1: 1}), ReasonCode.PRICE_ADJUSTMENT, EXACT)
    assert err.value.code == "reason_needs_amount"
    with pytest.raises(InvalidInput) as err:
        quote_refund(order, [], Selection(amount=100), ReasonCode.NO_REASON, EXACT)
    assert err.value.code == "reason_needs_units"
    with pytest.raises(InvalidInput) as err:
        quote_refund(
            order, [], Selection(amount=100), ReasonCode.COMPENSATION, EXACT, goods_return=True
        )
    assert err.value.code == "amount_with_goods"
    with pytest.raises(InvalidInput) as err:
        quote_refund(order, [], Selection(amount=0), ReasonCode.GOODWILL, EXACT)
    assert err.value.code == "invalid_refund_amount"
    whole = quote_refund(order, [], Selection(amount=11000), ReasonCode.GOODWILL, EXACT)
    assert {i.line_no: i.amount for i in whole.items} == {1: 10000, 2: 1000}
    assert whole.amount_kind == AmountKind.GOODWILL
    # every unit still refundable, worth nothing more
    prior = [PriorRefund.from_quote("G", "approved", whole)]
    units = quote_refund(order, prior, Selection({1: 2}), ReasonCode.QUALITY_PROBLEM, EXACT)
    assert units.items_amount == 0


def test_a_cancelled_amount_refund_gives_its_value_back_to_the_units() -> None:
    order = _order(OrderLine(1, "A", "a", 2, 5000))
    comp = quote_refund(
        order, [], Selection(amount=2000, amount_line=1), ReasonCode.COMPENSATION, EXACT
    )
    one = quote_refund(
        order,
        [PriorRefund.from_quote("C", "requested", comp)],
        Selection({1: 1}),
        ReasonCode.QUALITY_PROBLEM,
        EXACT,
    )
    assert one.items_amount == 4000
    prior = [
        PriorRefund.from_quote("C", "cancelled", comp),
        PriorRefund.from_quote("U", "paid", one),
    ]
    last = quote_refund(order, prior, Selection({1: 1}), ReasonCode.QUALITY_PROBLEM, EXACT)
    assert one.items_amount + last.items_amount == 10000
