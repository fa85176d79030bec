"""Refunds already made on the selling platform, before the order reached this shop's system.

They are recorded beside the order so that the caps count them: what remains refundable here is
what was paid minus what the platform already gave back. Each one becomes a completed
``PriorRefund``; the cap arithmetic in ``calculation`` needs no special case.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from merchant_refunds.domain.allocation import allocate_largest_remainder
from merchant_refunds.domain.calculation import PriorRefund
from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.domain.order import Order

#: The status an external refund counts with: money already gone.
EXTERNAL_STATUS = "completed"


@dataclass(frozen=True)
class ExternalRefundLine:
    line_no: int
    quantity: int
    amount: int


@dataclass(frozen=True)
class ExternalRefund:
    """What the platform refunded: per line (units where known, else 0) and for shipping."""

    reference: str
    lines: tuple[ExternalRefundLine, ...]
    shipping: int = 0
    refunded_at: datetime | None = None

    @property
    def total(self) -> int:
        return self.shipping + sum(line.amount for line in self.lines)

    def prior(self) -> PriorRefund:
        """The refund as the caps see it: a completed refund of these units and amounts (the
        tax share follows the units, since platforms rarely say how much tax they gave back)."""
        return PriorRefund(
            self.reference,
            EXTERNAL_STATUS,
            {line.line_no: line.quantity for line in self.lines},
            self.shipping,
            {line.line_no: line.amount for line in self.lines},
        )

    def to_dict(self) -> dict[str, object]:
        return {
            "reference": self.reference,
            "shipping": self.shipping,
            "refunded_at": self.refunded_at.isoformat() if self.refunded_at else None,
            "lines": [[ln.line_no, ln.quantity, ln.amount] for ln in self.lines],
        }


def _bad(message: str, **params: object) -> InvalidInput:
    return InvalidInput("invalid_external_refund", message, **params)


def external_refund_for(
    order: Order,
    total: int | None,
    per_line: Mapping[int, tuple[int, int | None]] | None = None,
    *,
    reference: str = "",
    refunded_at: datetime | None = None,
) -> ExternalRefund | None:
    """Spread a platform refund over the order; ``order`` must already be allocated.

    ``per_line`` maps line number -> (amount, units or None) where the file says which lines were
    refunded; the rest of ``total`` is then shipping. Without it the amount is shared over the lines
    in proportion to what was paid for each (largest remainder), and only what exceeds the lines
    goes to shipping. A line refunded in full counts all its units. Anything that would refund
    more than was paid is an error, never trimmed.
    """
    reference = reference or f"EXT-{order.order_no}"
    amounts: dict[int, int] = {}
    units: dict[int, int | None] = {}
    if per_line:
        for line_no, (amount, qty) in per_line.items():
            if amount or qty:
                amounts[line_no], units[line_no] = amount, qty
        shipping = (total - sum(amounts.values())) if total is not None else 0
    else:
        if not total:
            return None
        if total > order.total_paid:
            raise _bad(
                "The platform refunded {refunded}, more than was paid ({paid})",
                refunded=order.money(total),
                paid=order.money(order.total_paid),
            )
        items = order.items_paid
        on_lines = min(total, items)
        weights = [line.paid for line in order.lines]
        shares = allocate_largest_remainder(on_lines, weights) if items else [0] * len(weights)
        amounts = {line.line_no: s for line, s in zip(order.lines, shares, strict=True) if s}
        units = dict.fromkeys(amounts)
        shipping = total - on_lines
    if shipping < 0 or shipping > order.shipping_fee:
        raise _bad(
            "The refunded amount ({refunded}) does not match the refunded lines and shipping",
            refunded=order.money(total or 0),
        )
    lines = []
    for line_no in sorted(amounts):
        line = order.line(line_no)
        amount, qty = amounts[line_no], units[line_no]
        if amount < 0 or amount > line.paid:
            raise _bad(
                "Line {line} ({sku}): refunded {refunded}, but {paid} was paid",
                line=line_no,
                sku=line.sku,
                refunded=order.money(amount),
                paid=order.money(line.paid),
            )
        if qty is None:
            qty = line.quantity if amount == line.paid else 0
        if qty < 0 or qty > line.quantity:
            raise _bad(
                "Line {line} ({sku}): {qty} units refunded out of {quantity}",
                line=line_no,
                sku=line.sku,
                qty=qty,
                quantity=line.quantity,
            )
        lines.append(ExternalRefundLine(line_no, qty, amount))
    refund = ExternalRefund(reference, tuple(lines), shipping, refunded_at)
    return refund if refund.total or any(ln.quantity for ln in lines) else None
