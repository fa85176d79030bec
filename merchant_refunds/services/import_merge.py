"""What a re-imported order keeps of the stored one, and platform refunds that are ours.

Two steps of ``order_import._decide`` for an order already in the database:

- ``keep_shop_values``: what the shop set and the file does not say (a delivery date from
  ``orders set``, a category or final-sale flag) stays; a re-import never undoes an edit the
  trail recorded.
- ``link_platform_refund``: a refund made here is often carried out on the platform too (the
  money goes back through the platform), and the next export then shows it as a platform refund.
  When the file's extra platform refund is exactly what refunds made here took (the same amount
  and, where the file says, the same units per line), it is that refund again: it is linked to
  it, in the trail, and not counted a second time, instead of being a conflict.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import combinations
from typing import TYPE_CHECKING, Any

from merchant_refunds.domain.external import ExternalRefund
from merchant_refunds.domain.order import Order, OrderStatus
from merchant_refunds.storage import models as m
from merchant_refunds.storage import order_repo

if TYPE_CHECKING:
    from merchant_refunds.services.order_import import ImportedOrder

#: Refund statuses whose money has gone (or is approved to go) back: what a platform can mirror.
MIRRORED = frozenset({"approved", "paid", "completed"})
#: Orders with more refunds here than this are not searched for a combination.
MAX_COMBINED = 12
_BEFORE_DELIVERY = frozenset(
    {OrderStatus.PAID, OrderStatus.IN_TRANSIT, OrderStatus.AWAITING_PAYMENT}
)


def keep_shop_values(stored: Order, item: ImportedOrder) -> ImportedOrder:
    """``item`` with what the stored order has and the file does not say: its delivery date
    (and the delivered status that came with it), and each line's category and final-sale flag
    where the file gave none (a rule's value gives way to what the shop already stored). Lines
    are matched by number and SKU."""
    ruled: frozenset[int] = getattr(item, "ruled", frozenset())
    order = item.order
    changes: dict[str, Any] = {}
    if order.delivered_at is None and stored.delivered_at is not None:
        changes["delivered_at"] = stored.delivered_at
        if order.status in _BEFORE_DELIVERY and stored.status not in _BEFORE_DELIVERY:
            changes["status"] = stored.status
    by_no = {line.line_no: line for line in stored.lines}
    lines = []
    for line in order.lines:
        old = by_no.get(line.line_no)
        if old is None or old.sku != line.sku or not (old.category or old.final_sale):
            lines.append(line)
            continue
        from_file = line.line_no not in ruled
        category = line.category if from_file and line.category else old.category
        final = (line.final_sale and from_file) or old.final_sale
        lines.append(replace(line, category=category, final_sale=final))
    if tuple(lines) != order.lines:
        changes["lines"] = tuple(lines)
    if not changes:
        return item
    return replace(item, order=replace(order, **changes))


@dataclass(frozen=True)
class Link:
    """A platform refund in the file that is the refunds ``refund_nos`` made here."""

    refund_nos: tuple[str, ...]
    reference: str
    amount: int

    def to_dict(self, order: Order) -> dict[str, Any]:
        return {
            "refunds": list(self.refund_nos),
            "platform_reference": self.reference,
            "amount": str(order.money(self.amount)),
        }


def _units(refunds: Sequence[ExternalRefund]) -> dict[int, int]:
    out: dict[int, int] = {}
    for refund in refunds:
        for line in refund.lines:
            out[line.line_no] = out.get(line.line_no, 0) + line.quantity
    return out


def link_platform_refund(
    order_id: int,
    stored: Order,
    externals: list[ExternalRefund],
    item: ImportedOrder,
    money_part: Callable[[Order, list[ExternalRefund]], Any],
) -> tuple[ImportedOrder, Link] | None:
    """When the file differs from the stored order only by a platform refund that refunds made
    here account for: the item as it is to be stored (the stored platform refunds, not the
    file's) and the link; else None (a real conflict)."""
    new = item.external
    if new is None or len(externals) > 1:
        return None
    kept = replace(item, external=externals[0] if externals else None)
    if money_part(stored, externals) != money_part(kept.order, externals):
        return None
    delta = new.total - sum(e.total for e in externals)
    if delta <= 0:
        return None
    old_units, new_units = _units(externals), _units([new])
    delta_units = {
        n: new_units.get(n, 0) - old_units.get(n, 0) for n in set(old_units) | set(new_units)
    }
    units_given = any(delta_units.values())
    local = [r for r in order_repo.order_refunds(order_id) if r.status in MIRRORED]
    if not local or len(local) > MAX_COMBINED:
        return None
    for size in range(1, len(local) + 1):
        for chosen in combinations(local, size):
            if sum(r.total for r in chosen) != delta:
                continue
            if units_given:
                units: dict[int, int] = {}
                for refund in chosen:
                    for line_no, qty in refund.prior.line_units.items():
                        units[line_no] = units.get(line_no, 0) + qty
                if any(units.get(n, 0) != q for n, q in delta_units.items()) or any(
                    delta_units.get(n, 0) != q for n, q in units.items()
                ):
                    continue
            return kept, Link(tuple(r.refund_no for r in chosen), new.reference, delta)
    return None


def update_line_flags(order_id: int, before: dict[str, Any] | None, order: Order) -> None:
    """Store the lines' categories and final-sale flags that differ from ``before`` (the stored
    order as ``order_to_dict`` gave it) on an order whose money stays as it is. Inside the
    import's write transaction."""
    old = {ln["line_no"]: ln for ln in (before or {}).get("order", {}).get("lines", [])}
    for line in order.lines:
        was = old.get(line.line_no)
        if was is not None and (was["category"], was["final_sale"]) == (
            line.category,
            line.final_sale,
        ):
            continue
        m.OrderLine.update(category=line.category, final_sale=line.final_sale).where(
            (m.OrderLine.order == order_id) & (m.OrderLine.line_no == line.line_no)
        ).execute()
