"""The sums of a daily closing (日结单), and the rule that its running totals never go down.

Pure Python: the service hands in the database's counts and sums per step and currency, and
gets them arranged per item and currency. Money is never added across
currencies and is always integer minor units.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

#: What happened to refunds on the day, in the order the closing lists them.
REFUND_ITEMS = ("requested", "approved", "rejected", "cancelled", "completed")
#: What happened to payouts on the day.
PAYOUT_ITEMS = ("sent", "failed", "received")
#: Running totals since the shop began. Each counts a step that is never undone (a completed
#: refund stays completed, a received payout stays received), so none of them can go down
#: unless rows are deleted behind the program's back.
GRAND_ITEMS = ("refunded", "paid_out")


@dataclass(frozen=True)
class Tally:
    """How many, and how much in minor units, of one item in one currency."""

    count: int = 0
    minor: int = 0

    def to_dict(self) -> dict[str, int]:
        return {"count": self.count, "minor": self.minor}


#: item -> currency -> tally
Tallies = dict[str, dict[str, Tally]]


def from_groups(groups: Iterable[tuple[str, str, int, int]]) -> Tallies:
    """Tallies from ``(item, currency, count, minor)`` groups (the database's GROUP BY rows);
    groups of the same item and currency add up."""
    out: Tallies = {}
    for item, currency, count, minor in groups:
        if not count:
            continue
        per_currency = out.setdefault(item, {})
        was = per_currency.get(currency, Tally())
        per_currency[currency] = Tally(was.count + int(count), was.minor + int(minor or 0))
    return out


def combined(*groups: Mapping[str, Mapping[str, Tally]]) -> Tallies:
    """Several tallies added up per item and currency (a running total carried forward)."""
    return from_groups(
        (item, ccy, tally.count, tally.minor)
        for group in groups
        for item, per_currency in group.items()
        for ccy, tally in per_currency.items()
    )


def tallies_to_dict(tallies: Mapping[str, Mapping[str, Tally]]) -> dict[str, Any]:
    """JSON form, sorted, as kept in the "closing.record" audit event."""
    return {
        item: {ccy: tallies[item][ccy].to_dict() for ccy in sorted(tallies[item])}
        for item in sorted(tallies)
    }


def tallies_from_dict(data: Mapping[str, Any]) -> Tallies:
    return {
        item: {ccy: Tally(int(v["count"]), int(v["minor"])) for ccy, v in per.items()}
        for item, per in data.items()
    }


@dataclass(frozen=True)
class Shortfall:
    """A running total that is now lower than a closing recorded: rows were deleted."""

    item: str
    currency: str
    recorded: Tally
    current: Tally


def shortfalls(recorded: Mapping[str, Mapping[str, Tally]], current: Tallies) -> list[Shortfall]:
    """Every item and currency whose count or sum is now below what was recorded."""
    found = []
    for item in sorted(recorded):
        for ccy in sorted(recorded[item]):
            was = recorded[item][ccy]
            now = current.get(item, {}).get(ccy, Tally())
            if now.count < was.count or now.minor < was.minor:
                found.append(Shortfall(item, ccy, was, now))
    return found


def currencies(*groups: Mapping[str, Mapping[str, Tally]]) -> list[str]:
    """Every currency that appears in any of the groups, sorted."""
    return sorted({ccy for group in groups for per in group.values() for ccy in per})
