"""Exchanges (换货): units of an order come back, other units go out, and the difference is
settled as a refund, as money collected from the customer, or not at all when it is zero.

The units back are worth what a unit refund of them would pay (``quote_refund``, before the
shop's deductions: an exchange charges no restocking fee), so an exchange takes from a line
exactly what refunding those units would have taken. Exchanged units then count as returned for
the caps: an exchange enters the refund engine as a :class:`PriorRefund` with its units, amounts
and taxes per line, and no sequence of exchanges and refunds can take more than a line's price.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from merchant_refunds.domain.calculation import (
    PriorRefund,
    RefundQuote,
    Selection,
    quote_refund,
    tax_inside,
)
from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.domain.money import Money
from merchant_refunds.domain.order import Order
from merchant_refunds.domain.policy import Policy, ReasonCode

#: The ``PriorRefund`` status of an exchange that stands; a cancelled one no longer counts.
RECORDED = "recorded"
CANCELLED = "cancelled"
#: Longest SKU and name of a unit given out (the columns' sizes).
SKU_MAX = 64
NAME_MAX = 500


class Settlement(StrEnum):
    """How the difference between the units back and the units out is settled."""

    REFUND = "refund"  # the units back are worth more: the shop refunds the difference
    COLLECTED = "collected"  # the units out cost more: the customer pays the difference
    EVEN = "even"  # same value: no money moves


@dataclass(frozen=True)
class ItemOut:
    """Units given to the customer, at the unit price agreed (minor units, tax included)."""

    sku: str
    name: str
    unit_price: int
    quantity: int

    @property
    def amount(self) -> int:
        return self.unit_price * self.quantity


def check_item_out(item: ItemOut) -> None:
    """Refuse a unit out that could not be a sale: no SKU or name, a price below zero, or a
    quantity that is not a whole number of at least one."""
    if not item.sku.strip() or len(item.sku) > SKU_MAX:
        raise InvalidInput(
            "exchange_out_sku", "Each unit given out needs a SKU of at most 64 characters"
        )
    if not item.name.strip() or len(item.name) > NAME_MAX:
        raise InvalidInput(
            "exchange_out_name",
            "Unit given out {sku}: a name of at most 500 characters is needed",
            sku=item.sku,
        )
    for value in (item.unit_price, item.quantity):
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidInput(
                "exchange_out_number",
                "Unit given out {sku}: the price and quantity must be whole numbers",
                sku=item.sku,
            )
    if item.unit_price < 0:
        raise InvalidInput(
            "exchange_out_price",
            "Unit given out {sku}: the price cannot be below zero",
            sku=item.sku,
        )
    if item.quantity < 1:
        raise InvalidInput(
            "exchange_out_quantity",
            "Unit given out {sku}: the quantity must be at least 1",
            sku=item.sku,
        )


@dataclass(frozen=True)
class ExchangeQuote:
    """The exchange computed: what comes back (as a unit refund would pay it), what goes out,
    and the difference. ``difference`` is positive when the shop owes the customer."""

    order_no: str
    currency: str
    reason: ReasonCode
    back: RefundQuote
    out: tuple[ItemOut, ...]
    #: The tax inside each unit out's amount, in ``out``'s order (see :func:`out_tax_rate`).
    out_taxes: tuple[int, ...] = ()

    @property
    def out_tax(self) -> int:
        return sum(self.out_taxes)

    @property
    def difference_tax(self) -> int:
        """The tax inside the difference, signed as the difference: the tax of the units back
        less the tax of the units out (each at its own rate), exact in minor units."""
        return self.back.tax - self.out_tax

    @property
    def back_value(self) -> int:
        return self.back.items_amount

    @property
    def out_value(self) -> int:
        return sum(i.amount for i in self.out)

    @property
    def difference(self) -> int:
        return self.back_value - self.out_value

    @property
    def settlement(self) -> Settlement:
        if self.difference > 0:
            return Settlement.REFUND
        if self.difference < 0:
            return Settlement.COLLECTED
        return Settlement.EVEN

    @property
    def refund_tax(self) -> int:
        """Tax inside the difference refunded (0 unless the shop refunds one)."""
        return self.difference_tax if self.difference > 0 else 0

    @property
    def collected_tax(self) -> int:
        """Tax inside the difference the customer pays (0 unless one is collected)."""
        return -self.difference_tax if self.difference < 0 else 0

    def money(self, minor: int) -> Money:
        return Money(minor, self.currency)

    def line_units(self) -> dict[int, int]:
        return self.back.line_units

    def prior(self, exchange_no: str, status: str = RECORDED) -> PriorRefund:
        """The exchange as the caps see it: its units back taken at the value they were given."""
        return PriorRefund(
            exchange_no,
            status,
            self.back.line_units,
            0,
            {i.line_no: i.amount for i in self.back.items},
            {i.line_no: i.tax for i in self.back.items},
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "order_no": self.order_no,
            "currency": self.currency,
            "reason": self.reason.value,
            "back": [
                {
                    "line_no": i.line_no,
                    "sku": i.sku,
                    "name": i.name,
                    "quantity": i.quantity,
                    "amount": i.amount,
                    "tax": i.tax,
                }
                for i in self.back.items
            ],
            "out": [
                {
                    "sku": i.sku,
                    "name": i.name,
                    "unit_price": i.unit_price,
                    "quantity": i.quantity,
                    **({"tax": self.out_taxes[n]} if self.out_taxes else {}),
                }
                for n, i in enumerate(self.out)
            ],
            "back_value": self.back_value,
            "out_value": self.out_value,
            "difference": self.difference,
            "settlement": self.settlement.value,
        }


def out_tax_rate(order: Order, back: Mapping[int, int], item: ItemOut) -> Decimal:
    """The tax rate of a unit given out: that of the order's line of the same SKU; else that of
    the line it replaces (the units back; where they come from lines of several rates, the
    line giving back the most units, the first on a tie); else the order's (its first line's)."""
    sku = item.sku.strip()
    for line in order.lines:
        if line.sku == sku:
            return line.tax_rate
    lines = {line.line_no: line for line in order.lines}
    replaced = sorted(
        (n for n, q in back.items() if q > 0 and n in lines), key=lambda n: (-back[n], n)
    )
    if replaced:
        return lines[replaced[0]].tax_rate
    return order.lines[0].tax_rate if order.lines else Decimal("0")


def quote_exchange(
    order: Order,
    prior: Iterable[PriorRefund],
    back: Mapping[int, int],
    out: Sequence[ItemOut],
    reason: ReasonCode,
    policy: Policy,
) -> ExchangeQuote:
    """Compute an exchange; raise where it asks for more units back than are left to refund
    (exchanged and refunded units alike) or gives nothing out (that is a refund)."""
    if not back:
        raise InvalidInput("exchange_nothing_back", "Choose at least one unit the customer returns")
    if not out:
        raise InvalidInput(
            "exchange_nothing_out",
            "Choose at least one unit given out; without any this is a refund",
        )
    for item in out:
        check_item_out(item)
    back_quote = quote_refund(order, prior, Selection(dict(back)), reason, policy)
    taxes = tuple(tax_inside(i.amount, out_tax_rate(order, back, i)) for i in out)
    return ExchangeQuote(order.order_no, order.currency, reason, back_quote, tuple(out), taxes)


def prior_from_rows(
    exchange_no: str, status: str, lines: Iterable[tuple[int, int, int, int]]
) -> PriorRefund:
    """An exchange as stored, for the caps: ``lines`` are (line_no, quantity, amount, tax) of
    the units back."""
    units: dict[int, int] = {}
    amounts: dict[int, int] = {}
    taxes: dict[int, int] = {}
    for line_no, quantity, amount, tax in lines:
        units[line_no] = units.get(line_no, 0) + quantity
        amounts[line_no] = amounts.get(line_no, 0) + amount
        taxes[line_no] = taxes.get(line_no, 0) + tax
    return PriorRefund(exchange_no, status, units, 0, amounts, taxes)
