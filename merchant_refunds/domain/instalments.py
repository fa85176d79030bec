"""Splitting a refund into instalments, in minor units, so the parts add up to the cent."""

from __future__ import annotations

from datetime import date, timedelta

from merchant_refunds.domain.errors import InvalidInput


def split_amount(total: int, parts: int) -> list[int]:
    """Equal parts with the remainder on the last: 100.00 in 3 is 33.33, 33.33, 33.34.

    The last one carries the odd cents so the customer's schedule reads as "equal, then the rest",
    and the sum is ``total`` exactly whatever the inputs.
    """
    if isinstance(total, bool) or not isinstance(total, int):
        raise TypeError("total must be an int of minor units")
    if isinstance(parts, bool) or not isinstance(parts, int) or parts < 1:
        raise InvalidInput("invalid_instalments", "The number of instalments must be 1 or more")
    if total < parts:
        raise InvalidInput(
            "instalments_too_small",
            "{total} minor units cannot be split into {parts} instalments",
            total=total,
            parts=parts,
        )
    base = total // parts
    return [base] * (parts - 1) + [total - base * (parts - 1)]


def schedule_dates(first: date, parts: int, every_days: int) -> list[date]:
    """Due dates: ``first``, then one every ``every_days`` calendar days."""
    if (
        isinstance(every_days, bool)
        or not isinstance(every_days, int)
        or not 1 <= every_days <= 366
    ):
        raise InvalidInput("invalid_instalment_interval", "Instalments are 1 to 366 days apart")
    return [first + timedelta(days=every_days * i) for i in range(parts)]
