"""Property tests of return postage and deductions for diminished value over random orders and
refund sequences (with rejections and cancellations between): what the refunds take off each
line, the shipping and the order never exceeds what was paid; each refund's total is exactly its
parts (taken, less the shop's deductions, plus the postage); the postage never exceeds the
policy's cap; and refunding every unit still returns each line to the cent before deductions."""

from __future__ import annotations

from collections import defaultdict

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from merchant_refunds.domain.calculation import PriorRefund, RefundQuote, Selection, quote_refund
from merchant_refunds.domain.errors import Refused
from merchant_refunds.domain.inspection import ReturnedUnit, check_deduction, unit_values
from merchant_refunds.domain.order import Order
from merchant_refunds.domain.policy import Policy, ReasonCode, ShippingRule
from merchant_refunds.domain.postage import (
    ReturnPostage,
    adjusted,
    check_return_postage,
    postage_cap,
)
from tests.domain.test_calculation_properties import orders_, units_left

CAP = {"JPY": 1500, "CNY": 3000, "KWD": 5000}
FAST = settings(max_examples=150, deadline=None)


def policy(bp: int) -> Policy:
    return Policy(shipping_rule=ShippingRule.ALWAYS, return_postage_max=CAP, deduction_max_bp=bp)


def _deduct(quote: RefundQuote, draw, bp: int) -> tuple[RefundQuote, int]:
    """Deduct a random amount from random units, each within its cap and the refund."""
    taken = 0
    for item in quote.items:
        for n, value in enumerate(unit_values(item.amount, item.quantity), 1):
            if not draw(st.booleans()):
                continue
            amount = draw(st.integers(1, max(1, value)))
            unit = ReturnedUnit(item.line_no, n, item.sku, value)
            left = adjusted(quote, deductions=taken).total.minor
            try:
                check_deduction(amount, unit, bp, left, quote.currency)
            except Refused:
                continue
            taken += amount
    return adjusted(quote, deductions=taken), taken


@FAST
@given(order=orders_(max_lines=5, max_qty=6), bp=st.integers(0, 10000), data=st.data())
def test_postage_and_deductions_never_break_the_caps_and_sum_exactly(
    order: Order, bp: int, data
) -> None:
    pol = policy(bp)
    prior: list[PriorRefund] = []
    quotes: dict[str, RefundQuote] = {}
    postage_paid = 0
    for step in range(data.draw(st.integers(1, 6))):
        left = units_left(order, prior)
        choices = {n: q for n, q in left.items() if q > 0}
        if not choices:
            break
        picked = data.draw(st.sampled_from(sorted(choices)))
        qty = data.draw(st.integers(1, choices[picked]))
        reason = data.draw(st.sampled_from([ReasonCode.QUALITY_PROBLEM, ReasonCode.NO_REASON]))
        quote = quote_refund(
            order, prior, Selection({picked: qty}, shipping=data.draw(st.booleans())), reason, pol,
            goods_return=True,
        )  # fmt: skip
        postage = data.draw(st.integers(0, CAP[order.currency] + 10))
        if postage:
            try:
                check_return_postage(
                    ReturnPostage(postage, "SF1"), reason, pol, order.currency, True
                )
            except Refused:
                postage = 0  # above the cap, or the shop is not at fault: not paid back
        assert postage <= postage_cap(pol, order.currency)
        quote = adjusted(quote, return_postage=postage)
        quote, deducted = _deduct(quote, data.draw, bp)
        # the total is exactly its parts, never below zero
        assert quote.total.minor == (
            quote.refunded_gross
            - quote.restocking_fee
            - quote.return_shipping
            - quote.customer_fee
            - deducted
            + postage
        )
        assert quote.total.minor >= 0 and quote.payout.minor == quote.total.minor
        status = data.draw(st.sampled_from(["requested", "paid", "rejected", "cancelled"]))
        no = f"R{step}"
        quotes[no] = quote
        prior.append(PriorRefund.from_quote(no, status, quote))
        if status not in ("rejected", "cancelled"):
            postage_paid += postage
        counting = [p for p in prior if p.counts]
        per_line: dict[int, int] = defaultdict(int)
        shipping = taken = paid_out = 0
        for p in counting:
            q = quotes[p.refund_no]
            for item in q.items:
                per_line[item.line_no] += item.amount
            shipping += q.shipping
            taken += q.refunded_gross
            paid_out += q.total.minor
        for line in order.lines:
            assert per_line[line.line_no] <= line.paid
        assert shipping <= order.shipping_fee
        assert taken <= order.total_paid
        assert paid_out <= order.total_paid + postage_paid
        assert postage_paid <= CAP[order.currency] * len(counting)
    # what is left, refunded in one go, returns every line exactly (before deductions)
    left = units_left(order, prior)
    if any(left.values()):
        last = quote_refund(
            order, prior, Selection(everything_left=True), ReasonCode.QUALITY_PROBLEM, pol
        )
        prior.append(PriorRefund.from_quote("LAST", "requested", last))
        quotes["LAST"] = last
    per_line = defaultdict(int)
    for p in prior:
        if p.counts:
            for item in quotes[p.refund_no].items:
                per_line[item.line_no] += item.amount
    for line in order.lines:
        assert per_line[line.line_no] == line.paid


@pytest.mark.parametrize("amount", [0, -1])
def test_no_postage_of_nothing(amount: int) -> None:
    from merchant_refunds.domain.errors import InvalidInput

    with pytest.raises(InvalidInput):
        check_return_postage(
            ReturnPostage(amount, "SF"), ReasonCode.QUALITY_PROBLEM, policy(0), "CNY", True
        )
