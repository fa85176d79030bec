"""What exchanges move in the stock ledger: the units given out leave stock when the exchange is
recorded ("exchanged out"), and the units back go through the returned goods' inspection when
they are received: a condition and a note per unit, back into stock or written off.

Each write is one transaction with its audit event; the rows are part of the exchange's image in
the trail (``row_images``), so ``check`` catches a movement changed behind the program's back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

import peewee as pw

from merchant_refunds.domain.errors import InvalidInput, Refused
from merchant_refunds.domain.exchanges import CANCELLED, ExchangeQuote
from merchant_refunds.domain.inspection import (
    Condition,
    Disposition,
    StockKind,
    default_disposition,
    unit_values,
)
from merchant_refunds.domain.lifecycle import Role
from merchant_refunds.domain.money import Money
from merchant_refunds.domain.text_checks import check_text
from merchant_refunds.services import audit, clock
from merchant_refunds.services.exchange_views import exchange_row
from merchant_refunds.services.returned_goods import (
    MAX_NOTE,
    StockEntry,
    UnitCondition,
    UnitToReceive,
)
from merchant_refunds.services.users import Actor, require_role
from merchant_refunds.storage import models as m
from merchant_refunds.storage.db import lock_row, write_transaction

RECEIVE_ACTION = "exchange.receive"


@dataclass(frozen=True)
class ExchangeUnit:
    """A unit back of an exchange: which line, which of the exchange's units of it, and, once
    received, its condition and where it went."""

    line_no: int
    unit_no: int
    sku: str
    name: str
    condition: str = ""
    note: str = ""
    disposition: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "line_no": self.line_no,
            "unit_no": self.unit_no,
            "sku": self.sku,
            "name": self.name,
            "condition": self.condition,
            "note": self.note,
            "disposition": self.disposition,
        }


def write_out_movements(actor: Actor, row: m.Exchange, quote: ExchangeQuote, now: datetime) -> None:
    """The units given out leave stock, inside the caller's transaction (the exchange's)."""
    rows = [
        {
            "exchange": row.id,
            "order_line": None,
            "sku": item.sku.strip(),
            "name": item.name.strip(),
            "kind": StockKind.EXCHANGED_OUT.value,
            "quantity": item.quantity,
            "unit_no": 0,
            "condition": "",
            "note": "",
            "created_by": actor.id,
            "created_at": now,
        }
        for item in quote.out
    ]
    if rows:
        m.ExchangeStock.insert_many(rows).execute()


def reverse_movements(actor: Actor, row: m.Exchange, reason: str, now: datetime) -> None:
    """An exchange cancelled: each stock movement it made is answered by one of the same kind
    and opposite quantity, inside the caller's transaction (the cancellation's), so the ledger
    nets it to nothing and still shows what happened and when."""
    es = m.ExchangeStock
    made = list(es.select().where(es.exchange == row.id).order_by(es.id))
    rows = [
        {
            "exchange": row.id,
            "order_line": move.order_line_id,
            "sku": move.sku,
            "name": move.name,
            "kind": move.kind,
            "quantity": -move.quantity,
            "unit_no": move.unit_no,
            "condition": move.condition,
            "note": reason,
            "created_by": actor.id,
            "created_at": now,
        }
        for move in made
        if move.quantity > 0
    ]
    if rows:
        es.insert_many(rows).execute()


def _back_units(row: m.Exchange) -> list[tuple[ExchangeUnit, int]]:
    """Every unit the exchange takes back, by line then unit, with its order line's id."""
    query = (
        m.ExchangeLine.select(m.ExchangeLine, m.OrderLine)
        .join(m.OrderLine)
        .where((m.ExchangeLine.exchange == row.id) & (m.ExchangeLine.direction == "back"))
        .order_by(m.OrderLine.line_no, m.ExchangeLine.id)
    )
    units: list[tuple[ExchangeUnit, int]] = []
    seen: dict[int, int] = {}
    for line in query:
        ol = line.order_line
        for _ in range(line.quantity):
            seen[ol.line_no] = seen.get(ol.line_no, 0) + 1
            units.append((ExchangeUnit(ol.line_no, seen[ol.line_no], ol.sku, ol.name), ol.id))
    return units


def exchange_units(exchange_no: str) -> list[ExchangeUnit]:
    """The exchange's units back, with what their receipt recorded (empty before it)."""
    row = exchange_row(exchange_no)
    found = {
        (r.order_line_id, r.unit_no): r
        for r in m.ExchangeStock.select().where(
            (m.ExchangeStock.exchange == row.id) & m.ExchangeStock.order_line.is_null(False)
        )
    }
    result = []
    for unit, line_id in _back_units(row):
        got = found.get((line_id, unit.unit_no))
        if got is None:
            result.append(unit)
        else:
            result.append(
                ExchangeUnit(
                    unit.line_no,
                    unit.unit_no,
                    unit.sku,
                    unit.name,
                    got.condition,
                    got.note,
                    got.kind,
                )
            )
    return result


def units_to_receive(exchange_no: str) -> list[UnitToReceive]:
    """Every unit the exchange takes back, each valued at its share of what the exchange gave
    for its line (as the receive-goods dialog lists them); empty once they were received."""
    row = exchange_row(exchange_no)
    if any(u.condition for u in exchange_units(row.exchange_no)):
        return []
    values: dict[int, list[int]] = {}
    for line in m.ExchangeLine.select().where(
        (m.ExchangeLine.exchange == row.id) & (m.ExchangeLine.direction == "back")
    ):
        values.setdefault(line.order_line_id, []).extend(unit_values(line.amount, line.quantity))
    return [
        UnitToReceive(
            unit.line_no,
            unit.unit_no,
            unit.sku,
            unit.name,
            Money(values[line_id][unit.unit_no - 1], row.currency),
        )
        for unit, line_id in _back_units(row)
    ]


def _choose(
    units: list[tuple[ExchangeUnit, int]],
    given: Sequence[UnitCondition],
    default: Condition,
    exchange_no: str,
) -> dict[tuple[int, int], UnitCondition]:
    counts: dict[int, int] = {}
    for unit, _ in units:
        counts[unit.line_no] = counts.get(unit.line_no, 0) + 1
    chosen = {
        (u.line_no, u.unit_no): UnitCondition(u.line_no, default, u.unit_no) for u, _ in units
    }
    for spec in given:
        check_text(spec.note, "note", MAX_NOTE, multiline=True)
        count = counts.get(spec.line_no, 0)
        numbers = [spec.unit_no] if spec.unit_no is not None else range(1, count + 1)
        if not count or any(not 1 <= n <= count for n in numbers):
            raise InvalidInput(
                "exchange_unit_unknown",
                "Exchange {exchange_no} takes back {count} units of line {line}, not unit {unit}",
                exchange_no=exchange_no,
                count=count,
                line=spec.line_no,
                unit=spec.unit_no or 1,
            )
        for n in numbers:
            chosen[(spec.line_no, n)] = UnitCondition(
                spec.line_no, spec.condition, n, spec.note.strip(), spec.disposition
            )
    return chosen


def receive_exchange_goods(
    actor: Actor,
    exchange_no: str,
    given: Sequence[UnitCondition] = (),
    default: Condition = Condition.RESALEABLE,
) -> list[ExchangeUnit]:
    """Record the exchange's units back as received (owner or clerk): a condition and note per
    unit (``given``; the others ``default``), each back into stock or written off (by its
    condition unless chosen), one movement per unit in the stock ledger. Once per exchange."""
    require_role(actor, Role.OWNER, Role.CLERK, action="receive exchanged goods")
    with write_transaction():
        row = exchange_row(exchange_no)
        lock_row(m.Order, row.order_id)
        row = m.Exchange.get_by_id(row.id)
        if row.status == CANCELLED:
            raise Refused(
                "exchange_cancelled",
                "Exchange {exchange_no} is already cancelled",
                exchange_no=row.exchange_no,
            )
        received = (
            m.ExchangeStock.select()
            .where((m.ExchangeStock.exchange == row.id) & m.ExchangeStock.order_line.is_null(False))
            .exists()
        )
        if received:
            raise Refused(
                "exchange_goods_received",
                "The goods of exchange {exchange_no} have already been received",
                exchange_no=row.exchange_no,
            )
        units = _back_units(row)
        chosen = _choose(units, given, default, row.exchange_no)
        now = clock.now()
        shown = []
        for unit, line_id in units:
            spec = chosen[(unit.line_no, unit.unit_no)]
            where: Disposition = spec.disposition or default_disposition(spec.condition)
            m.ExchangeStock.create(
                exchange=row.id,
                order_line=line_id,
                sku=unit.sku,
                name=unit.name,
                kind=where.value,
                quantity=1,
                unit_no=unit.unit_no,
                condition=spec.condition.value,
                note=spec.note,
                created_by=actor.id,
                created_at=now,
            )
            shown.append(
                {
                    "line_no": unit.line_no,
                    "unit_no": unit.unit_no,
                    "sku": unit.sku,
                    "condition": spec.condition.value,
                    "disposition": where.value,
                }
            )
        audit.record(
            actor.name, RECEIVE_ACTION, "exchange", row.exchange_no, None, {"units": shown}
        )
    return exchange_units(row.exchange_no)


def exchange_stock_entries(
    *, sku: str = "", since: date | None = None, until: date | None = None
) -> list[StockEntry]:
    """The exchanges' movements for the stock ledger (its caller checks the reader's role)."""
    es = m.ExchangeStock
    query = (
        es.select(
            es.created_at,
            es.sku,
            es.name,
            es.kind,
            es.quantity,
            m.Exchange.exchange_no,
            m.OrderLine.line_no,
            es.unit_no,
            es.condition,
            m.User.name,
        )
        .join(m.Exchange, on=(es.exchange == m.Exchange.id))
        .switch(es)
        .join(m.OrderLine, pw.JOIN.LEFT_OUTER, on=(es.order_line == m.OrderLine.id))
        .switch(es)
        .join(m.User, on=(es.created_by == m.User.id))
        .order_by(es.created_at, es.id)
    )
    if sku:
        query = query.where(es.sku == sku)
    if since is not None:
        query = query.where(es.created_at >= datetime.combine(since, time()))
    if until is not None:
        query = query.where(es.created_at < datetime.combine(until + timedelta(days=1), time()))
    return [
        StockEntry(
            at,
            sku_,
            name,
            StockKind(kind),
            qty,
            "",
            line_no,
            unit_no or None,
            condition,
            by,
            exchange_no,
        )
        for at, sku_, name, kind, qty, exchange_no, line_no, unit_no, condition, by in (
            query.tuples()
        )
    ]
