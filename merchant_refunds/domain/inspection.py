"""Returned goods, unit by unit: the condition found on receipt, where the unit goes (back into
stock or written off) and the owner's deduction for diminished value.

A deduction (EU 2011/83 Art. 14(2): the consumer is liable for diminished value from handling
beyond what is needed to establish the goods' nature; the 完好 rule of China's 7-day returns) is
capped twice: by the policy's share of the unit's value and by the unit's value itself, where a
unit's value is its share of what the refund pays for its line (the cumulative formula, so the
units of a line add up to the line exactly).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from merchant_refunds.domain.calculation import cumulative_share
from merchant_refunds.domain.errors import InvalidInput, Refused
from merchant_refunds.domain.money import Money, div_round_half_up


class Condition(StrEnum):
    """What a returned unit looks like when it arrives."""

    RESALEABLE = "resaleable"
    OPENED = "opened"
    DAMAGED = "damaged"
    MISSING_PARTS = "missing_parts"


class Disposition(StrEnum):
    """Where a returned unit goes: a movement in the stock ledger of its SKU."""

    RETURNED_TO_STOCK = "returned_to_stock"
    WRITTEN_OFF = "written_off"


class StockKind(StrEnum):
    """A movement in the stock ledger of a SKU: a returned unit put back or written off, or
    units given out by an exchange."""

    RETURNED_TO_STOCK = "returned_to_stock"
    WRITTEN_OFF = "written_off"
    EXCHANGED_OUT = "exchanged_out"


def parse_condition(value: str) -> Condition:
    try:
        return Condition(value.strip().lower().replace("-", "_"))
    except ValueError:
        raise InvalidInput(
            "unknown_condition",
            "Unknown condition: {condition} (one of: {choices})",
            condition=value,
            choices=", ".join(c.value for c in Condition),
        ) from None


def parse_disposition(value: str) -> Disposition:
    try:
        return Disposition(value.strip().lower().replace("-", "_"))
    except ValueError:
        raise InvalidInput(
            "unknown_disposition",
            "Unknown stock movement: {value} (one of: {choices})",
            value=value,
            choices=", ".join(d.value for d in Disposition),
        ) from None


def default_disposition(condition: Condition) -> Disposition:
    """A resaleable or merely opened unit goes back on the shelf; a damaged one or one with
    parts missing is written off (the owner may decide otherwise unit by unit)."""
    if condition in (Condition.RESALEABLE, Condition.OPENED):
        return Disposition.RETURNED_TO_STOCK
    return Disposition.WRITTEN_OFF


def unit_values(line_amount: int, quantity: int) -> list[int]:
    """What the refund pays for each of ``quantity`` units of one line, in order; they add up to
    ``line_amount`` exactly."""
    if quantity <= 0:
        return []
    return [
        cumulative_share(line_amount, n + 1, quantity) - cumulative_share(line_amount, n, quantity)
        for n in range(quantity)
    ]


def deduction_cap(unit_value: int, max_bp: int) -> int:
    """The most that may be deducted from one unit: the policy's share of its value, never more
    than the value."""
    return min(unit_value, div_round_half_up(unit_value * max_bp, 10000))


@dataclass(frozen=True)
class ReturnedUnit:
    """One unit a refund takes back: which line, which of the refund's units of it, its value."""

    line_no: int
    unit_no: int
    sku: str
    value: int


def check_deduction(
    amount: int, unit: ReturnedUnit, max_bp: int, refund_total: int, currency: str
) -> None:
    """Refuse a deduction that is not a positive amount, that exceeds the unit's cap, or that
    would leave the refund below zero (``refund_total``: the refund as it stands before it)."""
    if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
        raise InvalidInput("invalid_deduction", "A deduction must be an amount above zero")
    cap = deduction_cap(unit.value, max_bp)
    if amount > cap:
        raise Refused(
            "deduction_above_cap",
            "Line {line} ({sku}) unit {unit}: at most {cap} may be deducted (unit value {value})",
            line=unit.line_no,
            sku=unit.sku,
            unit=unit.unit_no,
            cap=Money(cap, currency),
            value=Money(unit.value, currency),
        )
    if amount > refund_total:
        raise Refused(
            "deduction_above_refund",
            "The deduction {amount} is more than what is left of the refund ({total})",
            amount=Money(amount, currency),
            total=Money(refund_total, currency),
        )
