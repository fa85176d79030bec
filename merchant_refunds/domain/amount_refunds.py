"""Refunds by amount: a price difference (价保/退差价), compensation for a defect the customer
keeps (部分退款/仅退款), goodwill. Money goes back, no units do.

The rules (docs/architecture.md, "Refunds by amount"):

- an amount is refunded on one line, or on the order as a whole; an order's amount is shared over
  its lines by the largest-remainder method, in proportion to what is still refundable on each;
- it is capped by what is left (on the line, on the order's lines); shipping is not touched;
- the line keeps its units: they stay refundable, worth less (``calculation.share_of_left``);
- the tax inside it follows the line's tax rate, half-up to the minor unit, never more than the
  tax left on the line; an amount that takes all that is left takes all the tax left.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from merchant_refunds.domain.allocation import allocate_largest_remainder
from merchant_refunds.domain.calculation import (
    FxRate,
    ItemRefund,
    PriorRefund,
    RefundQuote,
    settle,
    summarize,
    tax_inside,
)
from merchant_refunds.domain.errors import InvalidInput, Refused
from merchant_refunds.domain.money import Money
from merchant_refunds.domain.order import Order
from merchant_refunds.domain.policy import UNITS_ONLY_REASONS, Policy, ReasonCode


class AmountKind(StrEnum):
    """What an amount refund is, as paper, exports and the journal name it."""

    PRICE_DIFFERENCE = "price_difference"
    COMPENSATION = "compensation"
    GOODWILL = "goodwill"


def kind_for(reason: ReasonCode) -> AmountKind:
    """A price adjustment refunds the difference, goodwill is goodwill; every other reason
    (a defect, a late delivery…) that keeps the goods is compensation."""
    if reason is ReasonCode.PRICE_ADJUSTMENT:
        return AmountKind.PRICE_DIFFERENCE
    if reason is ReasonCode.GOODWILL:
        return AmountKind.GOODWILL
    return AmountKind.COMPENSATION


def amounts_left(order: Order, prior: Iterable[PriorRefund]) -> dict[int, int]:
    """What is still refundable per line, in minor units."""
    so_far = summarize(prior)
    return {
        line.line_no: max(0, line.paid - so_far.amount_done(line.line_no, line.paid, line.quantity))
        for line in order.lines
    }


def quote_amount_refund(
    order: Order,
    prior: Iterable[PriorRefund],
    amount: int,
    line_no: int | None,
    reason: ReasonCode,
    policy: Policy,
    *,
    fx: FxRate | None = None,
) -> RefundQuote:
    """The refund of ``amount`` minor units on line ``line_no`` (None: over the whole order)."""
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise TypeError("an amount refund is a whole number of minor units")
    if amount <= 0:
        raise InvalidInput("invalid_refund_amount", "The amount to refund must be more than zero")
    if reason in UNITS_ONLY_REASONS:
        raise InvalidInput(
            "reason_needs_units",
            "A 7-day no-reason return takes the goods back: choose units, not an amount",
            reason=reason.value,
        )
    prior = list(prior)
    so_far = summarize(prior)
    left = amounts_left(order, prior)
    asked = Money(amount, order.currency)
    if line_no is not None:
        line = order.line(line_no)
        if amount > left[line_no]:
            raise Refused(
                "amount_exceeds_line",
                "Line {line} ({sku}): {amount} asked, only {left} left to refund",
                line=line_no,
                sku=line.sku,
                amount=asked,
                left=Money(left[line_no], order.currency),
            )
        shares = {line_no: amount}
    else:
        total_left = sum(left.values())
        if amount > total_left:
            raise Refused(
                "amount_exceeds_order",
                "{amount} asked, only {left} left to refund on the items of order {order_no}",
                amount=asked,
                left=Money(total_left, order.currency),
                order_no=order.order_no,
            )
        numbers = [line.line_no for line in order.lines]
        parts = allocate_largest_remainder(amount, [left[n] for n in numbers])
        shares = dict(zip(numbers, parts, strict=True))
    items = []
    for line in order.lines:
        share = shares.get(line.line_no, 0)
        if share == 0:
            continue
        line_tax = tax_inside(line.paid, line.tax_rate)
        tax_left = max(0, line_tax - so_far.tax_done(line.line_no, line_tax, line.quantity))
        if share == left[line.line_no]:
            tax = tax_left
        else:
            tax = min(tax_inside(share, line.tax_rate), tax_left)
        items.append(
            ItemRefund(
                line.line_no,
                line.sku,
                line.name,
                0,
                so_far.units.get(line.line_no, 0),
                line.quantity,
                share,
                0,
                share,
                tax,
            )
        )
    return settle(
        order,
        reason,
        policy,
        tuple(items),
        0,
        False,
        False,
        goods_return=False,
        fx=fx,
        amount_kind=kind_for(reason).value,
        amount_line=line_no,
    )
