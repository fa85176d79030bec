"""The refund amount: one pure function from order, earlier refunds, selection and policy.

A partial refund of k more units out of n on a line, r already refunded, is
``round(paid*(r+k)/n) - round(paid*r/n)``: however the units are split over refunds, the sum for
the line is exactly what was paid for it.

A refund by amount (``domain.amount_refunds``) lowers what is left on a line without taking units.
Once a line has one, a unit refund takes its share of what is left over the units left,
``round(left*k/u)``, and the last units take exactly what is left: any mix of amount and unit
refunds sums to exactly what was paid for the line (docs/architecture.md, money rules).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from merchant_refunds.domain.errors import InvalidInput, Refused
from merchant_refunds.domain.money import Money, check_currency, div_round_half_up, exponent
from merchant_refunds.domain.order import Order
from merchant_refunds.domain.policy import (
    AMOUNT_ONLY_REASONS,
    MERCHANT_FAULT_REASONS,
    FeeBearer,
    Policy,
    ReasonCode,
    ShippingRule,
)

#: Refunds in these states no longer count against what can still be refunded.
NON_COUNTING_STATUSES = frozenset({"rejected", "cancelled"})
#: Refunds in these states are still open (not decided, or not yet paid).
OPEN_STATUSES = frozenset({"requested", "approved"})


@dataclass(frozen=True)
class PriorRefund:
    """An earlier refund of the same order, as far as the caps need to know.

    ``line_amounts`` and ``line_taxes`` are what that refund really took per line. They matter
    once a refund in the middle of a sequence is rejected or cancelled: the later refunds were
    computed with its units counted, so only the amounts actually taken keep the sum exact. Where
    they are not given, the cumulative formula stands in for them.
    """

    refund_no: str
    status: str
    line_units: Mapping[int, int]
    shipping: int = 0
    line_amounts: Mapping[int, int] | None = None
    line_taxes: Mapping[int, int] | None = None

    @property
    def counts(self) -> bool:
        return self.status not in NON_COUNTING_STATUSES

    @classmethod
    def from_quote(cls, refund_no: str, status: str, quote: RefundQuote) -> PriorRefund:
        return cls(
            refund_no,
            status,
            quote.line_units,
            quote.shipping,
            {i.line_no: i.amount for i in quote.items},
            {i.line_no: i.tax for i in quote.items},
        )


@dataclass(frozen=True)
class RefundedSoFar:
    units: dict[int, int]
    shipping: int
    open_units: dict[int, int]
    #: amount and tax already taken per line; a line missing here falls back to the formula
    amounts: dict[int, int] = field(default_factory=dict)
    taxes: dict[int, int] = field(default_factory=dict)
    #: what refunds by amount (no units) took per line: their value comes off the units left
    reduced: dict[int, int] = field(default_factory=dict)

    def amount_done(self, line_no: int, paid: int, total_units: int) -> int:
        if line_no in self.amounts:
            return self.amounts[line_no]
        return cumulative_share(paid, self.units.get(line_no, 0), total_units)

    def tax_done(self, line_no: int, tax: int, total_units: int) -> int:
        if line_no in self.taxes:
            return self.taxes[line_no]
        return cumulative_share(tax, self.units.get(line_no, 0), total_units)


def summarize(prior: Iterable[PriorRefund]) -> RefundedSoFar:
    units: dict[int, int] = {}
    open_units: dict[int, int] = {}
    amounts: dict[int, int] = {}
    taxes: dict[int, int] = {}
    unknown_amounts: set[int] = set()
    unknown_taxes: set[int] = set()
    reduced: dict[int, int] = {}
    shipping = 0
    for refund in prior:
        if not refund.counts:
            continue
        shipping += refund.shipping
        for line_no, qty in refund.line_units.items():
            units[line_no] = units.get(line_no, 0) + qty
            if qty == 0 and refund.line_amounts and refund.line_amounts.get(line_no, 0) > 0:
                reduced[line_no] = reduced.get(line_no, 0) + refund.line_amounts[line_no]
            if refund.status in OPEN_STATUSES:
                open_units[line_no] = open_units.get(line_no, 0) + qty
            for given, known, unknown in (
                (refund.line_amounts, amounts, unknown_amounts),
                (refund.line_taxes, taxes, unknown_taxes),
            ):
                if given is None or line_no not in given:
                    unknown.add(line_no)
                else:
                    known[line_no] = known.get(line_no, 0) + given[line_no]
    for line_no in unknown_amounts:
        amounts.pop(line_no, None)
    for line_no in unknown_taxes:
        taxes.pop(line_no, None)
    return RefundedSoFar(units, shipping, open_units, amounts, taxes, reduced)


def cumulative_share(amount: int, done: int, total_units: int) -> int:
    """The part of ``amount`` that belongs to the first ``done`` of ``total_units`` units."""
    return div_round_half_up(amount * done, total_units)


def line_amount_for(amount: int, already: int, more: int, total_units: int) -> int:
    """Amount of ``more`` units after ``already``: the cumulative formula (money rules in
    docs/architecture.md)."""
    return cumulative_share(amount, already + more, total_units) - cumulative_share(
        amount, already, total_units
    )


def share_of_left(left: int, more: int, units_left: int) -> int:
    """The part of what is ``left`` on a line that ``more`` of its ``units_left`` units take:
    all of it for the last units, so the line sums to exactly what was paid."""
    if left <= 0 or units_left <= 0:
        return 0
    if more >= units_left:
        return left
    return div_round_half_up(left * more, units_left)


def tax_inside(amount: int, rate: Decimal) -> int:
    """Tax contained in a tax-inclusive amount, rounded half-up to the minor unit."""
    if rate == 0:
        return 0
    num, den = rate.as_integer_ratio()
    # amount * rate / (1 + rate) with rate = num/den  ->  amount * num / (den + num)
    return div_round_half_up(amount * num, den + num)


@dataclass(frozen=True)
class Selection:
    """What the customer wants back: units per line number, shipping, or everything left."""

    lines: Mapping[int, int] = field(default_factory=dict)
    shipping: bool = False
    everything_left: bool = False
    #: a refund by amount (minor units) instead of units: of ``amount_line``, or of the whole
    #: order when that is None (``domain.amount_refunds``)
    amount: int | None = None
    amount_line: int | None = None


@dataclass(frozen=True)
class FxRate:
    """Units of ``quote`` currency for one unit of ``base``, with the day it was taken."""

    base: str
    quote: str
    rate: Decimal
    as_of: date

    def __post_init__(self) -> None:
        if not isinstance(self.rate, Decimal):
            raise TypeError("an exchange rate must be a Decimal")
        if not self.rate.is_finite() or self.rate <= 0:
            raise InvalidInput("invalid_fx_rate", "The exchange rate must be a positive number")
        object.__setattr__(self, "base", check_currency(self.base))
        object.__setattr__(self, "quote", check_currency(self.quote))

    def convert(self, money: Money) -> Money:
        """Convert at this rate, rounding half-up once, in the target's minor unit."""
        if money.currency != self.base:
            raise InvalidInput(
                "currency_mismatch", "Cannot combine {a} with {b}", a=money.currency, b=self.base
            )
        num, den = self.rate.as_integer_ratio()
        scaled = money.minor * num * 10 ** exponent(self.quote)
        return Money(div_round_half_up(scaled, den * 10**money.exponent), self.quote)


@dataclass(frozen=True)
class ItemRefund:
    line_no: int
    sku: str
    name: str
    quantity: int
    already_refunded: int
    line_quantity: int
    gross: int
    discount: int
    amount: int
    tax: int
    #: the part of ``discount`` that earlier refunds by amount already paid back of these
    #: units' value (``gross - discount == amount`` always holds)
    reduced: int = 0


class BreakdownKind(StrEnum):
    ITEMS = "items"
    DISCOUNT = "discount"
    REDUCED = "reduced"
    AMOUNT = "amount"
    SHIPPING = "shipping"
    RESTOCKING_FEE = "restocking_fee"
    RETURN_SHIPPING = "return_shipping"
    CROSS_BORDER_FEE = "cross_border_fee"
    DEDUCTION = "deduction"
    RETURN_POSTAGE = "return_postage"
    TOTAL = "total"
    CONVERSION = "conversion"


@dataclass(frozen=True)
class BreakdownRow:
    kind: BreakdownKind
    label: str
    amount: Money
    detail: str = ""


@dataclass(frozen=True)
class RefundQuote:
    """The computed refund. ``total`` is in the order's currency; ``payout`` in the payout's."""

    order_no: str
    currency: str
    reason: ReasonCode
    items: tuple[ItemRefund, ...]
    shipping: int
    shipping_requested: bool
    restocking_fee: int
    return_shipping: int
    cross_border_fee: int
    cross_border_fee_bearer: FeeBearer
    fx: FxRate | None
    payout: Money
    empties_order: bool
    goods_return: bool
    #: set on a refund by amount: what kind it is, its line (None: the whole order), the amount
    amount_kind: str | None = None
    amount_line: int | None = None
    #: Added after the quote (domain.postage): the customer's return postage paid back, and the
    #: owner's deductions for diminished value of returned units (domain.inspection).
    return_postage: int = 0
    deductions: int = 0

    @property
    def is_amount(self) -> bool:
        return self.amount_kind is not None

    @property
    def items_reduced(self) -> int:
        return sum(i.reduced for i in self.items)

    @property
    def items_gross(self) -> int:
        return sum(i.gross for i in self.items)

    @property
    def items_discount(self) -> int:
        return sum(i.discount for i in self.items)

    @property
    def items_amount(self) -> int:
        return sum(i.amount for i in self.items)

    @property
    def tax(self) -> int:
        return sum(i.tax for i in self.items)

    @property
    def refunded_gross(self) -> int:
        """What this refund takes off what remains refundable (before the shop's deductions)."""
        return self.items_amount + self.shipping

    @property
    def customer_fee(self) -> int:
        return self.cross_border_fee if self.cross_border_fee_bearer is FeeBearer.CUSTOMER else 0

    @property
    def total(self) -> Money:
        return Money(
            self.refunded_gross
            - self.restocking_fee
            - self.return_shipping
            - self.customer_fee
            - self.deductions
            + self.return_postage,
            self.currency,
        )

    @property
    def line_units(self) -> dict[int, int]:
        return {i.line_no: i.quantity for i in self.items}

    def breakdown(self) -> list[BreakdownRow]:
        """Line-by-line rows that add up to the total, for screens and paper."""
        m = lambda minor: Money(minor, self.currency)  # noqa: E731
        if self.amount_kind is not None:
            rows = [
                BreakdownRow(
                    BreakdownKind.AMOUNT,
                    f"{i.name} ({i.sku})",
                    m(i.amount),
                    f"{self.amount_kind.replace('_', ' ')}, line {i.line_no}",
                )
                for i in self.items
            ]
        else:
            rows = [
                BreakdownRow(
                    BreakdownKind.ITEMS,
                    f"{i.name} ({i.sku}) × {i.quantity}",
                    m(i.gross),
                    f"line {i.line_no}",
                )
                for i in self.items
            ]
        if self.items_discount - self.items_reduced:
            rows.append(
                BreakdownRow(
                    BreakdownKind.DISCOUNT,
                    "Discount share",
                    m(-(self.items_discount - self.items_reduced)),
                )
            )
        if self.items_reduced:
            rows.append(
                BreakdownRow(
                    BreakdownKind.REDUCED,
                    "Already refunded by amount",
                    m(-self.items_reduced),
                )
            )
        if self.shipping or self.shipping_requested:
            rows.append(BreakdownRow(BreakdownKind.SHIPPING, "Shipping", m(self.shipping)))
        if self.restocking_fee:
            rows.append(
                BreakdownRow(
                    BreakdownKind.RESTOCKING_FEE, "Restocking fee", m(-self.restocking_fee)
                )
            )
        if self.return_shipping:
            rows.append(
                BreakdownRow(
                    BreakdownKind.RETURN_SHIPPING,
                    "Return shipping deduction",
                    m(-self.return_shipping),
                )
            )
        if self.cross_border_fee:
            detail = f"borne by {self.cross_border_fee_bearer.value}"
            amount = -self.customer_fee if self.customer_fee else 0
            rows.append(
                BreakdownRow(BreakdownKind.CROSS_BORDER_FEE, "Cross-border fee", m(amount), detail)
            )
        if self.deductions:
            rows.append(
                BreakdownRow(
                    BreakdownKind.DEDUCTION, "Deduction for diminished value", m(-self.deductions)
                )
            )
        if self.return_postage:
            rows.append(
                BreakdownRow(
                    BreakdownKind.RETURN_POSTAGE, "Return postage paid back", m(self.return_postage)
                )
            )
        rows.append(
            BreakdownRow(
                BreakdownKind.TOTAL, "Refund total", self.total, f"tax included {m(self.tax)}"
            )
        )
        if self.fx is not None:
            rows.append(
                BreakdownRow(
                    BreakdownKind.CONVERSION,
                    f"Paid in {self.payout.currency}",
                    self.payout,
                    f"rate {self.fx.rate} on {self.fx.as_of.isoformat()}",
                )
            )
        return rows

    def to_dict(self) -> dict[str, Any]:
        return {
            "order_no": self.order_no,
            "currency": self.currency,
            "reason": self.reason.value,
            "goods_return": self.goods_return,
            "items": [
                {
                    "line_no": i.line_no,
                    "sku": i.sku,
                    "name": i.name,
                    "quantity": i.quantity,
                    "already_refunded": i.already_refunded,
                    "line_quantity": i.line_quantity,
                    "gross": i.gross,
                    "discount": i.discount,
                    "amount": i.amount,
                    "tax": i.tax,
                    **({"reduced": i.reduced} if i.reduced else {}),
                }
                for i in self.items
            ],
            "items_amount": self.items_amount,
            "shipping": self.shipping,
            "restocking_fee": self.restocking_fee,
            "return_shipping": self.return_shipping,
            "cross_border_fee": self.cross_border_fee,
            "cross_border_fee_bearer": self.cross_border_fee_bearer.value,
            "total": self.total.minor,
            "payout": {"amount": self.payout.minor, "currency": self.payout.currency},
            "fx": None
            if self.fx is None
            else {
                "base": self.fx.base,
                "quote": self.fx.quote,
                "rate": str(self.fx.rate),
                "as_of": self.fx.as_of.isoformat(),
            },
            "empties_order": self.empties_order,
            **(
                {"amount_refund": {"kind": self.amount_kind, "line_no": self.amount_line}}
                if self.amount_kind is not None
                else {}
            ),
            **({"return_postage": self.return_postage} if self.return_postage else {}),
            **({"deductions": self.deductions} if self.deductions else {}),
        }


def remaining_units(order: Order, so_far: RefundedSoFar) -> dict[int, int]:
    return {line.line_no: line.quantity - so_far.units.get(line.line_no, 0) for line in order.lines}


def shipping_allowed(policy: Policy, reason: ReasonCode, empties_order: bool) -> bool:
    rule = policy.shipping_rule
    if rule is ShippingRule.ALWAYS:
        return True
    if rule is ShippingRule.WHEN_ORDER_EMPTIED:
        return empties_order
    if rule is ShippingRule.MERCHANT_FAULT_ONLY:
        return reason in MERCHANT_FAULT_REASONS
    return False


def quote_refund(
    order: Order,
    prior: Iterable[PriorRefund],
    selection: Selection,
    reason: ReasonCode,
    policy: Policy,
    *,
    goods_return: bool = False,
    fx: FxRate | None = None,
) -> RefundQuote:
    """Compute the refund for ``selection``; raise if it asks for more than remains."""
    if selection.amount is not None:
        from merchant_refunds.domain.amount_refunds import quote_amount_refund

        if selection.lines or selection.shipping or selection.everything_left:
            raise InvalidInput(
                "amount_with_units",
                "A refund by amount takes no units and no shipping: refund those separately",
            )
        if goods_return:
            raise InvalidInput(
                "amount_with_goods",
                "With a refund by amount the customer keeps the goods: none come back",
            )
        return quote_amount_refund(
            order, prior, selection.amount, selection.amount_line, reason, policy, fx=fx
        )
    if reason in AMOUNT_ONLY_REASONS:
        raise InvalidInput(
            "reason_needs_amount",
            "This reason pays back an amount, not whole units: give the amount to refund",
            reason=reason.value,
        )
    so_far = summarize(prior)
    left = remaining_units(order, so_far)
    wanted: dict[int, int] = {}
    if selection.everything_left:
        wanted = {n: q for n, q in left.items() if q > 0}
    for line_no, qty in selection.lines.items():
        line = order.line(line_no)
        if isinstance(qty, bool) or not isinstance(qty, int):
            raise InvalidInput(
                "invalid_quantity",
                "Line {line} ({sku}): the quantity must be a whole number",
                line=line_no,
                sku=line.sku,
            )
        if qty <= 0:
            raise InvalidInput(
                "invalid_quantity",
                "Line {line} ({sku}): the quantity must be at least 1",
                line=line_no,
                sku=line.sku,
            )
        if selection.everything_left:
            continue
        wanted[line_no] = qty
    for line_no, qty in wanted.items():
        if qty > left[line_no]:
            line = order.line(line_no)
            raise Refused(
                "exceeds_remaining",
                "Line {line} ({sku}): {wanted} units asked, only {left} left to refund",
                line=line_no,
                sku=line.sku,
                wanted=qty,
                left=left[line_no],
            )
    items = []
    for line in order.lines:
        qty = wanted.get(line.line_no, 0)
        if qty == 0:
            continue
        r = so_far.units.get(line.line_no, 0)
        n = line.quantity
        gross = line_amount_for(line.gross, r, qty, n)
        amount_done = so_far.amount_done(line.line_no, line.paid, n)
        line_tax = tax_inside(line.paid, line.tax_rate)
        tax_done = so_far.tax_done(line.line_no, line_tax, n)
        reduced = 0
        if so_far.reduced.get(line.line_no):
            # Refunds by amount shrank the units' value: these units take their share of what
            # is left on the line, and the last ones all of it.
            amount = share_of_left(line.paid - amount_done, qty, n - r)
            tax = share_of_left(line_tax - tax_done, qty, n - r)
            full = line_amount_for(line.paid, r, qty, n)
            reduced = max(0, min(full, gross) - amount)
        else:
            # What the first r + qty units are worth, less what earlier refunds really took:
            # equal to the cumulative formula when nothing was withdrawn in between, and exact
            # at the last unit.
            amount = max(0, cumulative_share(line.paid, r + qty, n) - amount_done)
            tax = max(0, cumulative_share(line_tax, r + qty, n) - tax_done)
        items.append(
            ItemRefund(
                line.line_no,
                line.sku,
                line.name,
                qty,
                r,
                n,
                gross,
                gross - amount,
                amount,
                tax,
                reduced,
            )
        )
    empties = all(left[n] - wanted.get(n, 0) == 0 for n in left)
    shipping_left = order.shipping_fee - so_far.shipping
    want_shipping = selection.shipping or selection.everything_left
    shipping = 0
    if want_shipping and shipping_left > 0 and shipping_allowed(policy, reason, empties):
        shipping = shipping_left
    if not wanted and not want_shipping:
        raise InvalidInput(
            "empty_selection", "Choose at least one unit, the shipping, or everything left"
        )
    if not items and shipping == 0:
        if want_shipping and shipping_left > 0:
            raise Refused(
                "shipping_not_refundable",
                "Shipping is not refundable for this reason under the shop's policy",
            )
        raise Refused(
            "nothing_to_refund",
            "Nothing is left to refund on order {order_no}",
            order_no=order.order_no,
        )
    return settle(
        order,
        reason,
        policy,
        tuple(items),
        shipping,
        want_shipping,
        empties,
        goods_return=goods_return,
        fx=fx,
    )


def settle(
    order: Order,
    reason: ReasonCode,
    policy: Policy,
    items: tuple[ItemRefund, ...],
    shipping: int,
    want_shipping: bool,
    empties: bool,
    *,
    goods_return: bool,
    fx: FxRate | None,
    amount_kind: str | None = None,
    amount_line: int | None = None,
) -> RefundQuote:
    """The shop's deductions, the cross-border fee and the conversion on top of what the refund
    takes: the same for a refund of units and one by amount."""
    items_amount = sum(i.amount for i in items)
    customer_fault = reason not in MERCHANT_FAULT_REASONS
    restocking = 0
    return_shipping = 0
    if goods_return and customer_fault:
        restocking = div_round_half_up(items_amount * policy.restocking_fee_bp, 10000)
        return_shipping = policy.return_shipping_deduction.get(order.currency, 0)
    deductible = items_amount + shipping
    restocking = min(restocking, deductible)
    return_shipping = min(return_shipping, deductible - restocking)
    net = deductible - restocking - return_shipping
    cross_fee = 0
    payout = Money(net, order.currency)
    if fx is not None:
        if fx.base != order.currency:
            raise InvalidInput(
                "fx_base_mismatch",
                "The exchange rate must convert from {currency}",
                currency=order.currency,
            )
        if fx.quote != order.currency:
            cross_fee = div_round_half_up(net * policy.cross_border_fee_bp, 10000)
            after_fee = net - (
                cross_fee if policy.cross_border_fee_bearer is FeeBearer.CUSTOMER else 0
            )
            payout = fx.convert(Money(after_fee, order.currency))
        else:
            fx = None
    return RefundQuote(
        order_no=order.order_no,
        currency=order.currency,
        reason=reason,
        items=items,
        shipping=shipping,
        shipping_requested=want_shipping,
        restocking_fee=restocking,
        return_shipping=return_shipping,
        cross_border_fee=cross_fee,
        cross_border_fee_bearer=policy.cross_border_fee_bearer,
        fx=fx,
        payout=payout,
        empties_order=empties,
        goods_return=goods_return,
        amount_kind=amount_kind,
        amount_line=amount_line,
    )


def refundable_summary(order: Order, prior: Iterable[PriorRefund]) -> dict[str, Any]:
    """What is still refundable per line and for shipping, in minor units."""
    so_far = summarize(prior)
    lines = []
    total_left = 0
    for line in order.lines:
        r = so_far.units.get(line.line_no, 0)
        amount_left = max(0, line.paid - so_far.amount_done(line.line_no, line.paid, line.quantity))
        total_left += amount_left
        lines.append(
            {
                "line_no": line.line_no,
                "sku": line.sku,
                "name": line.name,
                "quantity": line.quantity,
                "refunded_units": r,
                "units_left": line.quantity - r,
                "paid": line.paid,
                "amount_left": amount_left,
            }
        )
    shipping_left = order.shipping_fee - so_far.shipping
    return {
        "lines": lines,
        "shipping_left": shipping_left,
        "total_left": total_left + shipping_left,
    }
