"""Exchanges as screens, the command line and paper show them: reading only.

Apart from ``services.exchanges`` (recording and cancelling, with the refund, review and stock
services they use), so that the order detail, which lists an order's exchanges, loads only
this: the Orders view paints its first rows without the rest (docs/performance.md, "GUI first
rows"). ``services.exchanges`` offers the same names.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import peewee as pw

from merchant_refunds.domain.errors import NotFound
from merchant_refunds.domain.exchanges import Settlement
from merchant_refunds.domain.money import Money
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services.orders import order_row as order_row_of
from merchant_refunds.storage import models as m


@dataclass(frozen=True)
class ExchangeDetail:
    """An exchange as screens, the command line and paper show it."""

    exchange_no: str
    order_no: str
    status: str
    reason: ReasonCode
    note: str
    currency: str
    back: list[dict[str, Any]]
    out: list[dict[str, Any]]
    back_value: Money
    out_value: Money
    difference: Money
    settlement: Settlement
    receipt_no: str
    refund_no: str
    recorded_by: str
    recorded_at: datetime
    cancelled_at: datetime | None
    cancel_reason: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "exchange_no": self.exchange_no,
            "order_no": self.order_no,
            "status": self.status,
            "reason": self.reason.value,
            "note": self.note,
            "currency": self.currency,
            "back": self.back,
            "out": self.out,
            "back_value": self.back_value.minor,
            "out_value": self.out_value.minor,
            "difference": self.difference.minor,
            "settlement": self.settlement.value,
            "receipt_no": self.receipt_no,
            "refund_no": self.refund_no,
            "recorded_by": self.recorded_by,
            "recorded_at": self.recorded_at.isoformat(),
            "cancelled_at": self.cancelled_at.isoformat() if self.cancelled_at else None,
            "cancel_reason": self.cancel_reason,
        }


def exchange_row(exchange_no: str) -> m.Exchange:
    """The stored exchange; NotFound for an unknown number."""
    row = m.Exchange.get_or_none(m.Exchange.exchange_no == exchange_no.strip())
    if row is None:
        raise NotFound("unknown_exchange", "No exchange {exchange_no}", exchange_no=exchange_no)
    return row


def _detail(
    row: m.Exchange, order_no: str, users: dict[int, str], refund_no: str
) -> ExchangeDetail:
    lines = list(
        m.ExchangeLine.select(m.ExchangeLine, m.OrderLine.line_no)
        .join(m.OrderLine, pw.JOIN.LEFT_OUTER)
        .where(m.ExchangeLine.exchange == row.id)
        .order_by(m.ExchangeLine.id)
        .objects()
    )
    back = [
        {
            "line_no": line.line_no,
            "sku": line.sku,
            "name": line.name,
            "quantity": line.quantity,
            "amount": line.amount,
            "tax": line.tax,
        }
        for line in lines
        if line.direction == "back"
    ]
    out = [
        {
            "sku": line.sku,
            "name": line.name,
            "quantity": line.quantity,
            "unit_price": line.unit_price,
            "amount": line.amount,
            "tax": line.tax,
        }
        for line in lines
        if line.direction == "out"
    ]
    money = lambda minor: Money(minor, row.currency)  # noqa: E731
    return ExchangeDetail(
        exchange_no=row.exchange_no,
        order_no=order_no,
        status=row.status,
        reason=ReasonCode(row.reason_code),
        note=row.note,
        currency=row.currency,
        back=back,
        out=out,
        back_value=money(row.back_value),
        out_value=money(row.out_value),
        difference=money(row.difference),
        settlement=Settlement(row.settlement),
        receipt_no=row.receipt_no,
        refund_no=refund_no,
        recorded_by=users.get(row.recorded_by_id, ""),
        recorded_at=row.recorded_at,
        cancelled_at=row.cancelled_at,
        cancel_reason=row.cancel_reason,
    )


def _user_names() -> dict[int, str]:
    return dict(m.User.select(m.User.id, m.User.name).tuples())


def get_exchange(exchange_no: str) -> ExchangeDetail:
    """One exchange in full; NotFound for an unknown number."""
    row = exchange_row(exchange_no)
    order_no = m.Order.get_by_id(row.order_id).order_no
    refund_no = m.Refund.get_by_id(row.refund_id).refund_no if row.refund_id else ""
    return _detail(row, order_no, _user_names(), refund_no)


def exchanges_of_order(order_no: str) -> list[ExchangeDetail]:
    """The order's exchanges, oldest first."""
    order_row = order_row_of(order_no)
    names = _user_names()
    rows = m.Exchange.select().where(m.Exchange.order == order_row.id).order_by(m.Exchange.id)
    refunds = dict(
        m.Refund.select(m.Refund.id, m.Refund.refund_no)
        .where(m.Refund.order == order_row.id)
        .tuples()
    )
    return [_detail(r, order_row.order_no, names, refunds.get(r.refund_id, "")) for r in rows]
