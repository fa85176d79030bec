"""Setting what an order's file did not say: the delivery date, a line's category, final sale.

Never money: amounts, quantities, discounts and platform refunds stay as stored, so an order
with refunds keeps exactly what the refunds were computed from. Each edit is one transaction
with its event, and the event pins the order's new fingerprint (``row_images.order_image``), so
``check`` still finds the rows agreeing with the trail.

Who may: the clerk at the counter sees the parcel arrive or the customer say when it came, so a
clerk may give an order that has none its delivery date. Changing a date already set, or a
line's category or final-sale flag, decides which returns the policy refuses: owner only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from merchant_refunds.domain.errors import InvalidInput, NotFound, Refused
from merchant_refunds.domain.lifecycle import Role
from merchant_refunds.domain.order import Order, OrderLine, OrderStatus
from merchant_refunds.domain.text_checks import check_text
from merchant_refunds.services import audit, clock
from merchant_refunds.services.orders import OrderDetail, get_order
from merchant_refunds.services.users import Actor, require_role
from merchant_refunds.storage import models as m
from merchant_refunds.storage import order_repo
from merchant_refunds.storage.db import write_transaction

#: Statuses an order moves on from once it is known to be delivered.
_NOT_YET_DELIVERED = frozenset({OrderStatus.PAID, OrderStatus.IN_TRANSIT})
#: Statuses in which an order was never delivered.
_NEVER_DELIVERED = frozenset(
    {
        OrderStatus.AWAITING_PAYMENT,
        OrderStatus.CANCELLED,
        OrderStatus.PRESALE_AWAITING_PRODUCTION,
        OrderStatus.PRESALE_IN_PRODUCTION,
    }
)


@dataclass(frozen=True)
class OrderEdit:
    """What to change. Lines are named by SKU (every line with it) or ``#n`` (line n)."""

    delivered_on: date | None = None
    categories: Mapping[str, str] = field(default_factory=dict)
    final_sale: Mapping[str, bool] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return self.delivered_on is None and not self.categories and not self.final_sale


def _lines_named(order: Order, ref: str) -> list[OrderLine]:
    ref = ref.strip()
    if ref.startswith("#") and ref[1:].isdigit():
        return [order.line(int(ref[1:]))]
    found = order.lines_by_sku(ref)
    if not found:
        raise InvalidInput(
            "unknown_sku",
            "Order {order_no} has no line with SKU {sku}",
            order_no=order.order_no,
            sku=ref,
        )
    return found


def check_category(category: str) -> str:
    """A line's category as ``set_order`` stores it, or its refusal (too long, control
    characters): checked as it is typed, too."""
    return check_text(category.strip(), "category", 64)


def _line_changes(order: Order, edit: OrderEdit) -> dict[int, dict[str, Any]]:
    """line number -> the fields that change (category, final_sale), only real changes."""
    wanted: dict[int, dict[str, Any]] = {}
    for ref, category in edit.categories.items():
        check_category(category)
        for line in _lines_named(order, ref):
            wanted.setdefault(line.line_no, {})["category"] = category.strip()
    for ref, final in edit.final_sale.items():
        for line in _lines_named(order, ref):
            wanted.setdefault(line.line_no, {})["final_sale"] = bool(final)
    changes: dict[int, dict[str, Any]] = {}
    for line_no, fields in wanted.items():
        line = order.line(line_no)
        real = {k: v for k, v in fields.items() if getattr(line, k) != v}
        if real:
            changes[line_no] = real
    return changes


def _delivered_at(order: Order, day: date) -> datetime:
    if order.status in _NEVER_DELIVERED:
        raise Refused(
            "order_not_delivered",
            "Order {order_no} is {status}; it cannot have been delivered",
            order_no=order.order_no,
            status=order.status.value,
        )
    today = clock.now().date()
    if day > today:
        raise InvalidInput(
            "invalid_delivered", "The delivery date {date} is in the future", date=day.isoformat()
        )
    placed = order.placed_at.date()
    if day < placed:
        raise InvalidInput(
            "invalid_delivered",
            "The delivery date {date} is before the order was placed ({placed})",
            date=day.isoformat(),
            placed=placed.isoformat(),
        )
    return datetime.combine(day, time.min)


def set_order(actor: Actor, order_no: str, edit: OrderEdit) -> OrderDetail:
    """Change an order's delivery date, lines' categories or final-sale flags (see module)."""
    require_role(actor, Role.OWNER, Role.CLERK, action="edit orders")
    if edit.empty:
        raise InvalidInput("nothing_to_change", "Nothing to change")
    with write_transaction():
        found = order_repo.find_order(order_no.strip())
        if found is None:
            raise NotFound("unknown_order", "No order {order_no}", order_no=order_no)
        order_id, order = found
        before: dict[str, Any] = {}
        after: dict[str, Any] = {}
        header: dict[str, Any] = {}
        if edit.delivered_on is not None:
            when = _delivered_at(order, edit.delivered_on)
            if when != order.delivered_at:
                if order.delivered_at is not None:
                    require_role(actor, Role.OWNER, action="change a delivery date already set")
                header["delivered_at"] = when
                before["delivered_at"] = _iso(order.delivered_at)
                after["delivered_at"] = _iso(when)
                if order.status in _NOT_YET_DELIVERED:
                    header["status"] = OrderStatus.DELIVERED.value
                    before["status"], after["status"] = order.status.value, header["status"]
        lines = _line_changes(order, edit)
        if lines:
            require_role(actor, Role.OWNER, action="change a line's category or final sale")
            before["lines"] = {
                str(n): {k: getattr(order.line(n), k) for k in fields}
                for n, fields in lines.items()
            }
            after["lines"] = {str(n): fields for n, fields in lines.items()}
        if not before:  # already so: nothing to write, nothing to record
            return get_order(order.order_no)
        if header:
            m.Order.update(**header).where(m.Order.id == order_id).execute()
        for line_no, fields in lines.items():
            m.OrderLine.update(**fields).where(
                (m.OrderLine.order == order_id) & (m.OrderLine.line_no == line_no)
            ).execute()
        audit.record(actor.name, "order.edit", "order", order.order_no, before, after)
    return get_order(order.order_no)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None
