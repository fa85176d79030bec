"""The daily closing (日结单): a day's refunds and payouts, running totals, and the trail's head.

The owner prints it and keeps it. Its anchor code (the head of the audit trail when the closing
was recorded) and its running totals are a copy of the record outside the database: when the
trail is later cut or rewritten, the code no longer checks out (``audit verify --anchor``), and
when refunds or payouts are deleted, today's totals up to that day fall below the kept ones
(:func:`closing_problems`, which ``check`` runs).

Recording writes one "closing.record" event holding the day, the figures and the head the
figures were read at; the paper then carries the anchor of that event itself, so cutting the
closing out of the trail shows too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

import peewee as pw

from merchant_refunds.domain import closing as rules
from merchant_refunds.domain.closing import Tallies
from merchant_refunds.domain.errors import N_, InvalidInput
from merchant_refunds.domain.lifecycle import Role
from merchant_refunds.domain.money import Money
from merchant_refunds.services import audit, clock, deadlines
from merchant_refunds.services.audit import ChainHead
from merchant_refunds.services.refund_views import SelfApproval, self_approvals
from merchant_refunds.services.users import Actor, require_role
from merchant_refunds.storage import models as m
from merchant_refunds.storage.db import write_transaction

RECORD_ACTION = "closing.record"
ENTITY = "closing"
READER_ROLES = (Role.OWNER, Role.ACCOUNTANT)

_REFUND_COLUMNS = {
    "requested": m.Refund.requested_at,
    "approved": m.Refund.approved_at,
    "rejected": m.Refund.rejected_at,
    "cancelled": m.Refund.cancelled_at,
    "completed": m.Refund.completed_at,
}
_PAYOUT_COLUMNS = {
    "sent": m.Payout.sent_at,
    "failed": m.Payout.failed_at,
    "received": m.Payout.received_at,
}
#: The running totals: refunds completed and payouts received, steps that are never undone.
_GRAND_SOURCES = {
    "refunded": (m.Refund, m.Refund.completed_at, m.Refund.total),
    "paid_out": (m.Payout, m.Payout.received_at, m.Payout.amount),
}


@dataclass(frozen=True)
class Closing:
    """One day's closing. ``head`` is where the trail ended when the figures were read;
    ``recorded`` is the "closing.record" event once the closing is recorded."""

    day: date
    daily: Tallies
    grand: Tallies
    head: ChainHead | None
    made_at: datetime
    made_by: str
    recorded: ChainHead | None = None
    #: Refunds past the law's refund deadline at the end of the day (unpaid, or paid late).
    late_statutory: tuple[deadlines.LateRefund, ...] = ()
    #: Large refunds the shop's only owner approved himself that day (with his PIN).
    self_approvals: tuple[SelfApproval, ...] = ()

    @property
    def anchor(self) -> ChainHead | None:
        """The position the paper pins: the closing's own event once recorded."""
        return self.recorded or self.head

    @property
    def currencies(self) -> list[str]:
        return rules.currencies(self.daily, self.grand)

    def figure(self, group: str, item: str, currency: str) -> rules.Tally:
        source = self.daily if group == "daily" else self.grand
        return source.get(item, {}).get(currency, rules.Tally())

    def to_dict(self) -> dict[str, Any]:
        return {
            "day": self.day.isoformat(),
            "daily": rules.tallies_to_dict(self.daily),
            "grand": rules.tallies_to_dict(self.grand),
            "head": self.head.to_dict() if self.head else None,
            "made_at": self.made_at.isoformat(),
            "made_by": self.made_by,
            "recorded": self.recorded.to_dict() if self.recorded else None,
            "anchor_code": self.anchor.code if self.anchor else None,
            "late_statutory": [r.to_dict() for r in self.late_statutory],
            "self_approvals": [r.to_dict() for r in self.self_approvals],
        }


def _bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time.min)
    return start, start + timedelta(days=1)


def _groups(
    model: type[m.BaseModel],
    column: Any,
    amount: Any,
    currency: Any,
    start: datetime | None,
    end: datetime,
) -> list[tuple[str, int, int]]:
    query = model.select(currency, pw.fn.COUNT(model.id), pw.fn.SUM(amount)).where(
        column.is_null(False) & (column < end)
    )
    if start is not None:
        query = query.where(column >= start)
    return [(ccy, count, total) for ccy, count, total in query.group_by(currency).tuples()]


def _day_figures(day: date) -> Tallies:
    start, end = _bounds(day)
    groups = []
    for item, column in _REFUND_COLUMNS.items():
        rows = _groups(m.Refund, column, m.Refund.total, m.Refund.currency, start, end)
        groups += [(item, *row) for row in rows]
    for item, column in _PAYOUT_COLUMNS.items():
        rows = _groups(m.Payout, column, m.Payout.amount, m.Payout.currency, start, end)
        groups += [(item, *row) for row in rows]
    return rules.from_groups(groups)


def grand_totals(day: date) -> Tallies:
    """Refunds completed and payouts received from the shop's first day to the end of ``day``."""
    _, end = _bounds(day)
    groups = []
    for item, (model, column, amount) in _GRAND_SOURCES.items():
        rows = _groups(model, column, amount, model.currency, None, end)
        groups += [(item, *row) for row in rows]
    return rules.from_groups(groups)


def _check_day(day: date) -> date:
    if day > clock.today():
        raise InvalidInput(
            "closing_future_day", "{day} has not come yet: no closing for it", day=day.isoformat()
        )
    return day


def _read(actor: Actor, day: date) -> Closing:
    return Closing(
        day=day,
        daily=_day_figures(day),
        grand=grand_totals(day),
        head=audit.chain_head(),
        made_at=clock.now(),
        made_by=actor.name,
        late_statutory=tuple(deadlines.late_on(day)),
        self_approvals=tuple(self_approvals(*_bounds(day))),
    )


def compute_closing(actor: Actor, day: date | None = None) -> Closing:
    """The closing of ``day`` (default today) as it stands now, not recorded (owner,
    accountant)."""
    require_role(actor, *READER_ROLES, action="see daily closings")
    return _read(actor, _check_day(day or clock.today()))


def record_closing(actor: Actor, day: date | None = None) -> Closing:
    """Read the closing and record it in the trail, in one transaction: the figures, the head
    they were read at, and (on the returned closing) the anchor of the record itself."""
    require_role(actor, *READER_ROLES, action="record daily closings")
    day = _check_day(day or clock.today())
    with write_transaction():
        closing = _read(actor, day)
        event = audit.record(
            actor.name,
            RECORD_ACTION,
            ENTITY,
            day.isoformat(),
            None,
            {
                "day": day.isoformat(),
                "daily": rules.tallies_to_dict(closing.daily),
                "grand": rules.tallies_to_dict(closing.grand),
                "head": closing.head.to_dict() if closing.head else None,
                "late_statutory": [r.to_dict() for r in closing.late_statutory],
                **(
                    {"self_approvals": [r.to_dict() for r in closing.self_approvals]}
                    if closing.self_approvals
                    else {}
                ),
            },
        )
    return Closing(
        day=closing.day,
        daily=closing.daily,
        grand=closing.grand,
        head=closing.head,
        made_at=closing.made_at,
        made_by=closing.made_by,
        recorded=ChainHead(event.id, event.hash),
        late_statutory=closing.late_statutory,
        self_approvals=closing.self_approvals,
    )


# What ``check`` runs


@dataclass(frozen=True)
class ClosingProblem:
    """One way the records no longer agree with a recorded closing, in words for the owner."""

    code: str
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)

    def to_dict(self) -> dict[str, Any]:
        return {"problem": self.code, "message": self.message, "params": self.params}


_SHORTFALL = N_(
    "The closing of {day} (event {event_id}) recorded {recorded_count} {item} totalling "
    "{recorded} {currency}; the records now show {count} totalling {now} {currency}: refunds "
    "or payouts were deleted"
)
_HEAD_MISSING = N_(
    "The closing of {day} (event {event_id}) recorded the trail's head at event {head_id}, "
    "which is no longer in the trail: the trail was cut"
)
_HEAD_CHANGED = N_(
    "The closing of {day} (event {event_id}) recorded the trail's head at event {head_id}, "
    "which now has another hash: the trail was rewritten"
)
_UNREADABLE = N_("The closing record (event {event_id}) cannot be read: {error}")


def _closing_events() -> pw.ModelSelect:
    return (
        m.AuditEvent.select(m.AuditEvent.id, m.AuditEvent.after_json)
        .where((m.AuditEvent.action == RECORD_ACTION) & (m.AuditEvent.entity == ENTITY))
        .order_by(m.AuditEvent.id)
    )


def _running_totals(days: set[date]) -> dict[date, Tallies]:
    """The running totals at the end of each of ``days``, from one query per source grouped by
    day — not two queries per closing: a shop has a closing for every day it was open."""
    if not days:
        return {}
    _, end = _bounds(max(days))
    rows: list[tuple[date, str, str, int, int]] = []
    for item, (model, column, amount) in _GRAND_SOURCES.items():
        on = pw.fn.DATE(column)
        query = (
            model.select(on, model.currency, pw.fn.COUNT(model.id), pw.fn.SUM(amount))
            .where(column.is_null(False) & (column < end))
            .group_by(on, model.currency)
            .tuples()
        )
        # SQLite gives the day as text, PostgreSQL as a date.
        rows += [(date.fromisoformat(str(d)[:10]), item, ccy, n, t) for d, ccy, n, t in query]
    rows.sort(key=lambda row: row[0])
    out: dict[date, Tallies] = {}
    running: Tallies = {}
    index = 0
    for day in sorted(days):
        added = []
        while index < len(rows) and rows[index][0] <= day:
            added.append(rows[index][1:])
            index += 1
        if added:
            running = rules.combined(running, rules.from_groups(added))
        out[day] = running
    return out


def closing_problems() -> list[ClosingProblem]:
    """Every recorded closing against today's records: the running totals up to its day may
    not be lower than it recorded, and the head it recorded must still be in the trail with
    the same hash. Whether the trail itself verifies is :func:`audit.verify_chain`'s job."""
    problems: list[ClosingProblem] = []
    closings = []
    for event in _closing_events().iterator():
        try:
            data = json.loads(event.after_json)
            day = date.fromisoformat(data["day"])
            recorded = rules.tallies_from_dict(data["grand"])
            head = data.get("head")
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            params = {"event_id": event.id, "error": str(exc)}
            problems.append(ClosingProblem("closing_unreadable", _UNREADABLE, params))
            continue
        closings.append((event.id, day, recorded, head))
    totals_by_day = _running_totals({day for _id, day, _rec, _head in closings})
    for event_id, day, recorded, head in closings:
        base = {"day": day.isoformat(), "event_id": event_id}
        for short in rules.shortfalls(recorded, totals_by_day[day]):
            problems.append(
                ClosingProblem(
                    "closing_totals_lower",
                    _SHORTFALL,
                    base
                    | {
                        "item": short.item,
                        "currency": short.currency,
                        "recorded_count": short.recorded.count,
                        "recorded": str(Money(short.recorded.minor, short.currency).amount),
                        "count": short.current.count,
                        "now": str(Money(short.current.minor, short.currency).amount),
                    },
                )
            )
        if head:
            stored = (
                m.AuditEvent.select(m.AuditEvent.hash)
                .where(m.AuditEvent.id == int(head["event_id"]))
                .first()
            )
            params = base | {"head_id": int(head["event_id"])}
            if stored is None:
                problems.append(ClosingProblem("closing_head_missing", _HEAD_MISSING, params))
            elif stored.hash != head["hash"]:
                problems.append(ClosingProblem("closing_head_changed", _HEAD_CHANGED, params))
    return problems
