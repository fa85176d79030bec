"""Returned goods unit by unit: the inspection written when the goods arrive, the owner's
deduction for diminished value, the stock ledger the inspections feed, and what a refund records
of both (with its return postage) for screens, paper and exports.

Each write is one transaction with its audit event; the rows are parts of the refund's image in
the trail (``row_images``), so ``check`` catches a condition, a deduction or a stock movement
changed behind the program's back.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, TypeVar

import peewee as pw

from merchant_refunds.domain.errors import InvalidInput, NotFound, Refused
from merchant_refunds.domain.inspection import (
    Condition,
    Disposition,
    ReturnedUnit,
    StockKind,
    check_deduction,
    default_disposition,
    unit_values,
)
from merchant_refunds.domain.lifecycle import RefundStatus, Role
from merchant_refunds.domain.money import Money
from merchant_refunds.domain.postage import adjusted
from merchant_refunds.domain.text_checks import check_text
from merchant_refunds.services import audit, clock
from merchant_refunds.services.refund_rows import active_payouts, refund_row, snapshot
from merchant_refunds.services.refund_views import RefundDetail, get_refund, in_chunks
from merchant_refunds.services.shop_settings import get_policy
from merchant_refunds.services.users import Actor, require_role
from merchant_refunds.storage import compiled
from merchant_refunds.storage import models as m
from merchant_refunds.storage.db import write_transaction

M = TypeVar("M", bound=m.BaseModel)

MAX_NOTE = 500


@dataclass(frozen=True)
class UnitCondition:
    """What the person receiving the goods found: a unit (``unit_no`` None: every unit of the
    line), its condition, a note, and where it goes (None: by its condition)."""

    line_no: int
    condition: Condition
    unit_no: int | None = None
    note: str = ""
    disposition: Disposition | None = None


@dataclass(frozen=True)
class InspectedUnit:
    line_no: int
    unit_no: int
    sku: str
    name: str
    value: Money
    condition: Condition
    note: str
    disposition: Disposition
    deduction: Money
    deduction_reason: str
    inspected_by: str
    inspected_at: datetime

    def to_dict(self) -> dict[str, Any]:
        return {
            "line_no": self.line_no,
            "unit_no": self.unit_no,
            "sku": self.sku,
            "name": self.name,
            "value": str(self.value),
            "condition": self.condition.value,
            "note": self.note,
            "disposition": self.disposition.value,
            "deduction": str(self.deduction),
            "deduction_reason": self.deduction_reason,
            "inspected_by": self.inspected_by,
            "inspected_at": self.inspected_at.isoformat(),
        }


@dataclass(frozen=True)
class PostageRecord:
    amount: Money
    receipt: str
    override_reason: str = ""
    overridden_by: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "amount": str(self.amount),
            "receipt": self.receipt,
            "override_reason": self.override_reason,
            "overridden_by": self.overridden_by,
        }


@dataclass(frozen=True)
class GoodsRecord:
    """What a refund records of its returned goods and return postage."""

    units: tuple[InspectedUnit, ...] = ()
    postage: PostageRecord | None = None

    @property
    def deductions(self) -> list[InspectedUnit]:
        return [u for u in self.units if u.deduction.minor]

    def to_dict(self) -> dict[str, Any]:
        return {
            "units": [u.to_dict() for u in self.units],
            "postage": self.postage.to_dict() if self.postage else None,
        }


def _returned_units(row: m.Refund) -> list[tuple[ReturnedUnit, int, str]]:
    """Every unit the refund takes back: (unit, order line id, name), by line then unit."""
    query = (
        m.RefundLine.select(m.RefundLine, m.OrderLine)
        .join(m.OrderLine)
        .where(m.RefundLine.refund == row.id)
        .order_by(m.OrderLine.line_no)
    )
    units = []
    for line in query:
        ol = line.order_line
        for n, value in enumerate(unit_values(line.amount, line.quantity), 1):
            units.append((ReturnedUnit(ol.line_no, n, ol.sku, value), ol.id, ol.name))
    return units


def _choose(
    units: list[tuple[ReturnedUnit, int, str]],
    given: Sequence[UnitCondition],
    default: Condition,
    refund_no: str,
) -> dict[tuple[int, int], UnitCondition]:
    lines = {u.line_no: 0 for u, _, _ in units}
    for u, _, _ in units:
        lines[u.line_no] += 1
    chosen = {
        (u.line_no, u.unit_no): UnitCondition(u.line_no, default, u.unit_no) for u, _, _ in units
    }
    for spec in given:
        if spec.line_no not in lines:
            raise InvalidInput(
                "unit_not_returned",
                "Refund {refund_no} takes back no unit of line {line}",
                refund_no=refund_no,
                line=spec.line_no,
            )
        check_text(spec.note, "note", MAX_NOTE, multiline=True)
        numbers = [spec.unit_no] if spec.unit_no is not None else range(1, lines[spec.line_no] + 1)
        for n in numbers:
            if not 1 <= n <= lines[spec.line_no]:
                raise InvalidInput(
                    "unit_not_returned",
                    "Line {line} has {count} returned units on {refund_no}, not unit {unit}",
                    line=spec.line_no,
                    count=lines[spec.line_no],
                    refund_no=refund_no,
                    unit=n,
                )
            chosen[(spec.line_no, n)] = UnitCondition(
                spec.line_no, spec.condition, n, spec.note.strip(), spec.disposition
            )
    return chosen


def write_inspection(
    actor: Actor,
    row: m.Refund,
    given: Sequence[UnitCondition],
    default: Condition,
    now: datetime,
) -> list[dict[str, Any]]:
    """Write one inspection and one stock movement per returned unit, inside the caller's
    transaction (the receipt of the goods); return them as the audit event shows them."""
    units = _returned_units(row)
    chosen = _choose(units, given, default, row.refund_no)
    shown = []
    for unit, line_id, name in units:
        spec = chosen[(unit.line_no, unit.unit_no)]
        where = spec.disposition or default_disposition(spec.condition)
        m.GoodsInspection.create(
            refund=row.id,
            order_line=line_id,
            unit_no=unit.unit_no,
            condition=spec.condition.value,
            note=spec.note,
            disposition=where.value,
            inspected_by=actor.id,
            inspected_at=now,
        )
        m.StockMovement.create(
            sku=unit.sku,
            name=name,
            kind=where.value,
            quantity=1,
            refund=row.id,
            order_line=line_id,
            unit_no=unit.unit_no,
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
    return shown


def _deduction_reason(reason: str) -> str:
    reason = reason.strip()
    if not reason:
        raise InvalidInput("deduction_reason_required", "Please give the reason for the deduction")
    return check_text(reason, "reason", MAX_NOTE, multiline=True)


def check_deduction_input(refund_no: str, unit: InspectedUnit, amount: int, reason: str) -> None:
    """What ``deduct`` refuses in the typed amount (above zero, within the unit's cap and the
    refund) and reason, read without writing: the GUI checks as the owner types."""
    _deduction_reason(reason)
    row = refund_row(refund_no)
    returned = ReturnedUnit(unit.line_no, unit.unit_no, unit.sku, unit.value.minor)
    check_deduction(amount, returned, get_policy().deduction_max_bp, row.total, row.currency)


def deduct(
    actor: Actor, refund_no: str, line_no: int, unit_no: int, amount: int, reason: str
) -> RefundDetail:
    """The owner deducts ``amount`` (minor units) from one returned unit for diminished value,
    with the reason shown to the customer. Capped by the policy's share of the unit's value and
    by the value itself; only before any money moves and before the customer signs the paper
    (the paper shows the deduction)."""
    require_role(actor, Role.OWNER, action="deduct for diminished value")
    reason = _deduction_reason(reason)
    with write_transaction():
        row = refund_row(refund_no)
        if RefundStatus(row.status) not in (RefundStatus.REQUESTED, RefundStatus.APPROVED):
            raise Refused(
                "invalid_state",
                "Refund {refund_no} is {status}: cannot {action} it",
                refund_no=row.refund_no,
                status=row.status,
                action="deduct from",
            )
        if active_payouts(row.id):
            raise Refused(
                "deduction_after_payout",
                "Money has already been paid on {refund_no}: no deduction can be made now",
                refund_no=row.refund_no,
            )
        if row.signed_at:
            raise Refused(
                "deduction_after_signature",
                "The customer has already signed the confirmation of {refund_no}: a deduction "
                "would change the signed amount",
                refund_no=row.refund_no,
            )
        found = [
            (unit, line_id)
            for unit, line_id, _ in _returned_units(row)
            if (unit.line_no, unit.unit_no) == (line_no, unit_no)
        ]
        inspection = (
            m.GoodsInspection.get_or_none(
                (m.GoodsInspection.refund == row.id)
                & (m.GoodsInspection.order_line == found[0][1])
                & (m.GoodsInspection.unit_no == unit_no)
            )
            if found
            else None
        )
        if inspection is None:
            raise NotFound(
                "unit_not_inspected",
                "Line {line} unit {unit} of {refund_no} has not been received and inspected",
                line=line_no,
                unit=unit_no,
                refund_no=row.refund_no,
            )
        if inspection.deduction:
            raise Refused(
                "already_deducted",
                "A deduction for line {line} unit {unit} is already recorded",
                line=line_no,
                unit=unit_no,
            )
        policy = get_policy()
        check_deduction(amount, found[0][0], policy.deduction_max_bp, row.total, row.currency)
        from merchant_refunds.services.confirmations import quote_from_dict

        before = snapshot(row)
        quote = quote_from_dict(json.loads(row.quote_json))
        new_quote = adjusted(quote, deductions=quote.deductions + amount)
        now = clock.now()
        m.GoodsInspection.update(
            deduction=amount, deduction_reason=reason, deducted_by=actor.id, deducted_at=now
        ).where(m.GoodsInspection.id == inspection.id).execute()
        m.Refund.update(
            total=new_quote.total.minor,
            payout_amount=new_quote.payout.minor,
            quote_json=json.dumps(new_quote.to_dict(), ensure_ascii=False),
            updated_at=now,
        ).where(m.Refund.id == row.id).execute()
        fresh = m.Refund.get_by_id(row.id)
        audit.record(
            actor.name,
            "refund.deduct",
            "refund",
            row.refund_no,
            before,
            {
                **snapshot(fresh),
                "line_no": line_no,
                "unit_no": unit_no,
                "sku": found[0][0].sku,
                "deduction": amount,
                "reason": reason,
            },
        )
    return get_refund(refund_no)


def _names() -> dict[int, str]:
    return {u.id: u.name for u in m.User.select(m.User.id, m.User.name)}


def _rows_of_refunds(model: type[M], key: str, ids: Sequence[int]) -> list[M]:
    """``model``'s rows of these refunds, by a query compiled once (see ``storage.compiled``):
    every paper and refund detail asks, and most refunds have none."""
    return [
        row
        for chunk in in_chunks(ids)
        for row in compiled.select_in(
            model, key, lambda keys: model.select().where(model.refund.in_(keys)), chunk
        )
    ]


def goods_of_refunds(refund_ids: Iterable[int]) -> dict[int, GoodsRecord]:
    """refund id -> what it records of returned goods and postage (for screens and paper)."""
    ids = sorted(set(refund_ids))
    if not ids:
        return {}
    inspected = _rows_of_refunds(m.GoodsInspection, "goods.inspections", ids)
    paid_postage = _rows_of_refunds(m.ReturnPostage, "goods.postage", ids)
    if not inspected and not paid_postage:
        return {}
    names = _names()
    units: dict[int, list[InspectedUnit]] = {}
    if inspected:
        with_units = sorted({g.refund_id for g in inspected})
        currency = dict(
            m.Refund.select(m.Refund.id, m.Refund.currency)
            .where(m.Refund.id.in_(with_units))
            .tuples()
        )
        values: dict[tuple[int, int, int], int] = {}
        for line in m.RefundLine.select().where(m.RefundLine.refund.in_(with_units)):
            for n, value in enumerate(unit_values(line.amount, line.quantity), 1):
                values[(line.refund_id, line.order_line_id, n)] = value
        lines = {
            ln.id: ln
            for ln in m.OrderLine.select(
                m.OrderLine.id, m.OrderLine.line_no, m.OrderLine.sku, m.OrderLine.name
            ).where(m.OrderLine.id.in_(sorted({g.order_line_id for g in inspected})))
        }
        inspected.sort(key=lambda g: (g.refund_id, lines[g.order_line_id].line_no, g.unit_no))
        for g in inspected:
            ccy, line = currency[g.refund_id], lines[g.order_line_id]
            units.setdefault(g.refund_id, []).append(
                InspectedUnit(
                    line_no=line.line_no,
                    unit_no=g.unit_no,
                    sku=line.sku,
                    name=line.name,
                    value=Money(values.get((g.refund_id, g.order_line_id, g.unit_no), 0), ccy),
                    condition=Condition(g.condition),
                    note=g.note,
                    disposition=Disposition(g.disposition),
                    deduction=Money(g.deduction, ccy),
                    deduction_reason=g.deduction_reason,
                    inspected_by=names.get(g.inspected_by_id, ""),
                    inspected_at=g.inspected_at,
                )
            )
    postage = {
        p.refund_id: PostageRecord(
            Money(p.amount, p.currency),
            p.receipt,
            p.override_reason,
            names.get(p.overridden_by_id, "") if p.overridden_by_id else "",
        )
        for p in paid_postage
    }
    return {
        i: GoodsRecord(tuple(units.get(i, ())), postage.get(i))
        for i in ids
        if i in units or i in postage
    }


@dataclass(frozen=True)
class UnitToReceive:
    """A unit the refund takes back, as the receive-goods dialog lists it."""

    line_no: int
    unit_no: int
    sku: str
    name: str
    value: Money


def units_to_receive(refund_no: str) -> list[UnitToReceive]:
    """Every unit the refund takes back, by line then unit (what receiving records)."""
    row = refund_row(refund_no)
    return [
        UnitToReceive(u.line_no, u.unit_no, u.sku, name, Money(u.value, row.currency))
        for u, _, name in _returned_units(row)
    ]


def goods_of(refund_no: str) -> GoodsRecord:
    """What one refund records of returned goods and return postage."""
    row = refund_row(refund_no)
    return goods_of_refunds([row.id]).get(row.id, GoodsRecord())


# --- the stock ledger -------------------------------------------------------------------------


@dataclass(frozen=True)
class StockEntry:
    """One movement: by a refund's received goods (``refund_no``) or by an exchange
    (``exchange_no``: its units back as received, or its units given out, with no line)."""

    at: datetime
    sku: str
    name: str
    kind: StockKind
    quantity: int
    refund_no: str
    line_no: int | None
    unit_no: int | None
    condition: str
    recorded_by: str
    exchange_no: str = ""


@dataclass(frozen=True)
class StockTotal:
    sku: str
    name: str
    returned_to_stock: int = 0
    written_off: int = 0
    exchanged_out: int = 0


@dataclass
class StockLedger:
    entries: list[StockEntry] = field(default_factory=list)

    def totals(self) -> list[StockTotal]:
        """Per SKU: units back in stock, units written off and units given out by exchanges."""
        per: dict[str, dict[str, Any]] = {}
        for e in self.entries:
            t = per.setdefault(
                e.sku,
                {"name": e.name, "returned_to_stock": 0, "written_off": 0, "exchanged_out": 0},
            )
            t[e.kind.value] += e.quantity
        return [StockTotal(sku, **t) for sku, t in sorted(per.items())]


def stock_ledger(
    actor: Actor, *, sku: str = "", since: date | None = None, until: date | None = None
) -> StockLedger:
    """The movements returned goods made, oldest first, for one SKU or all, between two days
    (inclusive); everyone signed in may read it."""
    require_role(actor, Role.OWNER, Role.CLERK, Role.ACCOUNTANT, action="read the stock ledger")
    sm, gi = m.StockMovement, m.GoodsInspection
    query = (
        sm.select(
            sm.created_at,
            sm.sku,
            sm.name,
            sm.kind,
            sm.quantity,
            m.Refund.refund_no,
            m.OrderLine.line_no,
            sm.unit_no,
            gi.condition,
            m.User.name,
        )
        .join(m.Refund, on=(sm.refund == m.Refund.id))
        .switch(sm)
        .join(m.OrderLine, on=(sm.order_line == m.OrderLine.id))
        .switch(sm)
        .join(m.User, on=(sm.created_by == m.User.id))
        .switch(sm)
        .join(
            gi,
            pw.JOIN.LEFT_OUTER,
            on=(
                (gi.refund == sm.refund)
                & (gi.order_line == sm.order_line)
                & (gi.unit_no == sm.unit_no)
            ),
        )
        .order_by(sm.created_at, sm.id)
    )
    if sku.strip():
        query = query.where(sm.sku == sku.strip())
    if since is not None:
        query = query.where(sm.created_at >= datetime.combine(since, time()))
    if until is not None:
        query = query.where(sm.created_at < datetime.combine(until + timedelta(days=1), time()))
    ledger = StockLedger()
    for at, sku_, name, kind, qty, refund_no, line_no, unit_no, condition, by in query.tuples():
        ledger.entries.append(
            StockEntry(
                at,
                sku_,
                name,
                StockKind(kind),
                qty,
                refund_no,
                line_no,
                unit_no,
                condition or "",
                by,
            )
        )
    from merchant_refunds.services.exchange_stock import exchange_stock_entries

    moved = exchange_stock_entries(sku=sku.strip(), since=since, until=until)
    if moved:
        ledger.entries = sorted(ledger.entries + moved, key=lambda e: e.at)
    return ledger
