"""Due dates of open refunds, read in bulk; owners' extensions; how often the law's limit held.

The rules are the domain's (``domain.deadlines``); this module reads the dates they count from.
The follow-up list reads every open refund on each refresh, so the read is one query of plain
columns (dates as ISO text, parsed in C) rather than model objects.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, NamedTuple

import peewee as pw

from merchant_refunds.domain import deadlines as rules
from merchant_refunds.domain.deadlines import Deadline, DeadlinePolicy, RefundTimes, Step
from merchant_refunds.domain.errors import InvalidInput, NotFound
from merchant_refunds.domain.lifecycle import RefundStatus, Role
from merchant_refunds.services import audit, clock, presale, shop_settings
from merchant_refunds.services.users import Actor, require_role
from merchant_refunds.storage import models as m
from merchant_refunds.storage.db import write_transaction

OPEN = (RefundStatus.REQUESTED.value, RefundStatus.APPROVED.value)
MAX_REASON = 500


class RefundDeadline(NamedTuple):
    """One open refund and the deadline of its next step (or None where it waits for the
    supplier and nothing is due from the shop)."""

    refund_id: int
    refund_no: str
    order_no: str
    customer_name: str
    amount: int
    currency: str
    status: RefundStatus
    deadline: Deadline | None


def _when(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _text(field: pw.Field) -> pw.Node:
    """The column as ISO text: parsing ``datetime.fromisoformat`` in C is ~30x faster than the
    ORM's format guessing, which matters for tens of thousands of open refunds."""
    return pw.Cast(field, "TEXT")


#: The request carried the pre-sale finding and no owner override (``presale.needs_supplier``).
_PRESALE = m.Refund.findings_json.contains(presale.PRESALE_FINDING) & (
    m.Refund.override_reason == ""
)
_COLUMNS = (
    m.Refund.id,
    m.Refund.refund_no,
    m.Refund.status,
    _text(m.Refund.requested_at),
    _text(m.Refund.approved_at),
    m.Refund.goods_return,
    _text(m.Refund.goods_received_at),
    _text(m.Refund.paid_at),
    m.Refund.total,
    m.Refund.currency,
    _PRESALE,
    m.Order.order_no,
    m.Order.customer_name,
    m.Order.customer_country,
    m.Order.payment_method,
)


def _extensions(refund_ids: Iterable[int] | None) -> dict[int, dict[Step, date]]:
    """refund id -> step -> the newest extension's last day."""
    query = m.DeadlineExtension.select(
        m.DeadlineExtension.refund, m.DeadlineExtension.step, _text(m.DeadlineExtension.until)
    ).order_by(m.DeadlineExtension.id)
    if refund_ids is not None:
        query = query.where(m.DeadlineExtension.refund.in_(list(refund_ids)))
    found: dict[int, dict[Step, date]] = {}
    for refund_id, step, until in query.tuples():
        found.setdefault(refund_id, {})[Step(step)] = date.fromisoformat(str(until)[:10])
    return found


def _agreements(refund_ids: list[int]) -> dict[int, datetime | None]:
    """refund id -> when the supplier agreed (None: not, or the newest answer is not "agreed")."""
    if not refund_ids:
        return {}
    query = (
        m.SupplierConfirmation.select(
            m.SupplierConfirmation.refund,
            m.SupplierConfirmation.answer,
            _text(m.SupplierConfirmation.recorded_at),
        )
        .where(m.SupplierConfirmation.refund.in_(refund_ids))
        .order_by(m.SupplierConfirmation.id)
    )
    latest: dict[int, datetime | None] = {}
    for refund_id, answer, at in query.tuples():
        latest[refund_id] = _when(at) if answer == "agreed" else None
    return latest


_STATUS = {status.value: status for status in RefundStatus}


def _rows(where: Any) -> list[tuple[Any, ...]]:
    """The columns of the refunds ``where`` selects, straight from the driver's cursor: the
    ORM's row handling would double the follow-up list's time with 50,000 open refunds."""
    sql, params = m.Refund.select(*_COLUMNS).join(m.Order).where(where).sql()
    return m.database.execute_sql(sql, params).fetchall()


def _times(where: Any) -> Iterator[tuple[tuple[Any, ...], RefundTimes]]:
    """(row, times) of the refunds ``where`` selects."""
    policy = shop_settings.get_policy()
    rows = _rows(where)
    agreed = _agreements([r[0] for r in rows if r[10]])
    extended = _extensions({r[0] for r in rows} if len(rows) < 500 else None)
    goods_first = policy.require_goods_before_payout
    # An order whose file gave no country is taken to be sold where the shop is.
    home = shop_settings.get_shop()["country"]
    # The dates come as ISO text from both databases (see ``_text``).
    parse = datetime.fromisoformat
    for row in rows:
        (refund_id, _no, status, requested, approved, goods, received, paid) = row[:8]
        yield (
            row,
            RefundTimes(
                _STATUS[status],
                parse(requested),
                row[13] or home,
                row[14] or "",
                bool(goods),
                parse(received) if received else None,
                parse(approved) if approved else None,
                parse(paid) if paid else None,
                bool(row[10]),
                agreed.get(refund_id),
                extended.get(refund_id),
                goods_first,
            ),
        )


def _policy() -> tuple[DeadlinePolicy, str]:
    return shop_settings.get_policy().deadlines(), shop_settings.get_shop()["country"]


@dataclass(frozen=True)
class Scan:
    """Open refunds read once for the follow-up list: the deadlines late or due soon, and the
    pre-sale refunds waiting for the supplier (no deadline of the shop's runs for them)."""

    due: list[tuple[RefundDeadline, Deadline]]
    waiting: list[RefundDeadline]


def _info(row: tuple[Any, ...], status: RefundStatus, deadline: Deadline | None) -> RefundDeadline:
    return RefundDeadline(row[0], row[1], row[11], row[12], row[8], row[9], status, deadline)


def _candidates(horizon: datetime, policy: DeadlinePolicy) -> Any:
    """Open refunds that may have a deadline due by ``horizon``, or wait for the supplier."""
    cut = rules.cutoffs(horizon, policy)
    requested = m.Refund.status == RefundStatus.REQUESTED.value
    approved = m.Refund.status == RefundStatus.APPROVED.value
    may_requested = _PRESALE
    may_approved = pw.Value(False)
    starts = [c for c in (cut.review_requested, cut.statutory_requested) if c is not None]
    if starts:
        # The date first: most rows pass it, and the text search is then not made.
        may_requested = (m.Refund.requested_at <= max(starts)) | may_requested
    if cut.payout_approved is not None:
        may_approved = may_approved | (m.Refund.approved_at <= cut.payout_approved)
    if cut.statutory_requested is not None:
        may_approved = may_approved | (m.Refund.requested_at <= cut.statutory_requested)
    return (requested & may_requested) | (approved & may_approved)


def scan(now: datetime | None = None) -> Scan:
    """The open refunds' deadlines late or within the owner's horizon, and the refunds waiting
    for the supplier. A refund shows its law's deadline when that is due soon, and the shop's
    own only when that comes first. The database reads only refunds whose dates allow a
    deadline by the horizon (:func:`domain.deadlines.cutoffs`)."""
    now = now or clock.now()
    policy, country = _policy()
    due: list[tuple[RefundDeadline, Deadline]] = []
    waiting: list[RefundDeadline] = []
    horizon = rules.due_soon_horizon(now, policy)
    for row, times in _times(_candidates(horizon, policy)):
        found = rules.open_deadlines(times, policy, country)
        if not found:
            if times.waits_for_supplier and times.supplier_agreed_at is None:
                waiting.append(_info(row, times.status, None))
            continue
        if found[0].due_by > horizon:
            continue
        info = _info(row, times.status, found[0])
        if len(found) == 1:
            due.append((info, found[0]))
            continue
        # Two: the shop's own shows only when it comes before the law's.
        first, second = found
        due.append((info, first))
        if second.due_by <= horizon and second.statutory:
            due.append((info, second))
    return Scan(due, waiting)


def countdowns(refund_nos: Iterable[str]) -> dict[str, Deadline]:
    """refund number -> the deadline of its next step, for the refunds shown on a page."""
    numbers = list(refund_nos)
    if not numbers:
        return {}
    policy, country = _policy()
    now = clock.now()
    out = {}
    for row, times in _times(m.Refund.refund_no.in_(numbers) & m.Refund.status.in_(OPEN)):
        deadline = rules.next_deadline(times, policy, country, now)
        if deadline is not None:
            out[row[1]] = deadline
    return out


@dataclass(frozen=True)
class Extension:
    step: Step
    until: date
    reason: str
    by: str
    at: datetime


@dataclass(frozen=True)
class RefundDeadlines:
    """What the refund's detail shows: the deadlines ahead, the law's limit and whether it held,
    and the owner's extensions."""

    deadlines: list[Deadline]
    statutory: Deadline | None
    outcome: rules.StatutoryOutcome | None
    extensions: list[Extension]


def for_refund(refund_no: str, now: datetime | None = None) -> RefundDeadlines:
    now = now or clock.now()
    policy, country = _policy()
    found = list(_times(m.Refund.refund_no == refund_no.strip()))
    if not found:
        raise NotFound("unknown_refund", "No refund {refund_no}", refund_no=refund_no)
    row, times = found[0]
    outcome = rules.statutory_outcome(times, policy, now)
    query = (
        m.DeadlineExtension.select(m.DeadlineExtension, m.User)
        .join(m.User)
        .where(m.DeadlineExtension.refund == row[0])
        .order_by(m.DeadlineExtension.id)
    )
    extensions = [
        Extension(Step(e.step), e.until, e.reason, e.extended_by.name, e.extended_at) for e in query
    ]
    return RefundDeadlines(
        rules.open_deadlines(times, policy, country),
        outcome[0] if outcome else None,
        outcome[1] if outcome else None,
        extensions,
    )


def check_extension(current: Deadline | None, until: date, reason: str) -> None:
    """What ``extend`` refuses in the typed date and reason, checked without writing (the GUI
    asks as the owner types); ``current`` is the deadline shown, None when it is not known."""
    reason = reason.strip()
    if len(reason) > MAX_REASON:
        raise InvalidInput("reason_too_long", "The reason is longer than 500 characters")
    if current is not None:
        rules.check_extension(current, until, reason, clock.today())


def extend(actor: Actor, refund_no: str, until: date, reason: str) -> Deadline:
    """Move the shop's own limit of the refund's current step to ``until``, saying why (the
    customer asked for time, the goods are held at customs…). The law's limits do not move."""
    require_role(actor, Role.OWNER, action="extend a refund's deadline")
    reason = reason.strip()
    check_extension(None, until, reason)
    with write_transaction():
        policy, country = _policy()
        found = list(_times(m.Refund.refund_no == refund_no.strip()))
        if not found:
            raise NotFound("unknown_refund", "No refund {refund_no}", refund_no=refund_no)
        row, times = found[0]
        own = [
            d
            for d in rules.open_deadlines(times, policy, country)
            if d.kind is not rules.DeadlineKind.STATUTORY
        ]
        if not own:
            raise InvalidInput(
                "no_deadline_to_extend",
                "Refund {refund_no} has no deadline of the shop's own to extend",
                refund_no=row[1],
            )
        current = own[0]
        rules.check_extension(current, until, reason, clock.today())
        step = Step.REVIEW if current.kind is rules.DeadlineKind.REVIEW_DUE else Step.PAYOUT
        m.DeadlineExtension.create(
            refund=row[0],
            step=step.value,
            until=until,
            reason=reason,
            extended_by=actor.id,
            extended_at=clock.now(),
        )
        audit.record(
            actor.name,
            "refund.deadline_extended",
            "refund",
            row[1],
            {"step": step.value, "due_on": current.due_on.isoformat()},
            {"step": step.value, "due_on": until.isoformat(), "reason": reason},
        )
    after = [d for d in for_refund(refund_no).deadlines if not d.statutory]
    return after[0]


# --- the law's limit, looked back on ---------------------------------------------------------


@dataclass(frozen=True)
class StatutoryMonth:
    """Refunds whose legal last day fell in a month: how many were paid in time."""

    month: str  # YYYY-MM
    met: int
    missed: int

    @property
    def total(self) -> int:
        return self.met + self.missed

    @property
    def share_percent(self) -> Decimal | None:
        """Paid in time, in per cent with one decimal (None: nothing due that month)."""
        if not self.total:
            return None
        return (Decimal(self.met * 100) / self.total).quantize(Decimal("0.1"), ROUND_HALF_UP)

    def to_dict(self) -> dict[str, Any]:
        share = self.share_percent
        return {
            "month": self.month,
            "met": self.met,
            "missed": self.missed,
            "total": self.total,
            "share_percent": str(share) if share is not None else None,
        }


def statutory_outcomes(
    start: date | None = None, end: date | None = None, now: datetime | None = None
) -> list[tuple[str, Deadline, rules.StatutoryOutcome]]:
    """(refund number, the law's deadline, outcome) of every refund under a legal limit whose
    last day falls between ``start`` and ``end`` (inclusive; None: open-ended)."""
    now = now or clock.now()
    policy, _country = _policy()
    where = m.Refund.status.not_in((RefundStatus.REJECTED.value, RefundStatus.CANCELLED.value))
    out = []
    for row, times in _times(where):
        result = rules.statutory_outcome(times, policy, now)
        if result is None:
            continue
        deadline, outcome = result
        if (start and deadline.due_on < start) or (end and deadline.due_on > end):
            continue
        out.append((row[1], deadline, outcome))
    return out


def statutory_by_month(
    start: date | None = None, end: date | None = None, now: datetime | None = None
) -> list[StatutoryMonth]:
    """Per month of the legal last day: refunds paid in time and refunds late (paid late or
    still unpaid after it); those still in time are not counted yet."""
    months: dict[str, list[int]] = {}
    for _no, deadline, outcome in statutory_outcomes(start, end, now):
        if outcome is rules.StatutoryOutcome.OPEN:
            continue
        tally = months.setdefault(deadline.due_on.strftime("%Y-%m"), [0, 0])
        tally[0 if outcome is rules.StatutoryOutcome.MET else 1] += 1
    return [StatutoryMonth(k, v[0], v[1]) for k, v in sorted(months.items())]


def pay_by(refund_no: str) -> date | None:
    """The last day the customer can be told the money will be sent: the earliest of the
    shop's payment limit and the law's, while the refund is not paid yet."""
    due = [
        d.due_on
        for d in for_refund(refund_no).deadlines
        if d.kind is not rules.DeadlineKind.REVIEW_DUE
    ]
    return min(due) if due else None


@dataclass(frozen=True)
class LateRefund:
    """A refund past the law's last day at the end of a day: still unpaid, or paid late that day."""

    refund_no: str
    due_on: date
    rule: rules.Rule
    paid_at: datetime | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "refund_no": self.refund_no,
            "due_on": self.due_on.isoformat(),
            "rule": self.rule.value,
            "paid_at": self.paid_at.isoformat() if self.paid_at else None,
        }


def late_on(day: date) -> list[LateRefund]:
    """What the daily closing of ``day`` lists under the law's limits."""
    start = datetime.combine(day, datetime.min.time())
    end = min(datetime.combine(day, datetime.max.time()), max(clock.now(), start))
    policy, _country = _policy()
    where = m.Refund.status.not_in((RefundStatus.REJECTED.value, RefundStatus.CANCELLED.value))
    out = []
    # Refunds paid before the day cannot be late on it: the database leaves them out.
    unpaid_then = m.Refund.paid_at.is_null() | (m.Refund.paid_at >= start)
    for row, times in _times(where & (m.Refund.requested_at <= end) & unpaid_then):
        deadline = rules.statutory_deadline(times, policy)
        if deadline is None or deadline.due_by > end:
            continue
        paid = times.paid_at
        if paid is not None and (paid < deadline.due_by or paid < start):
            continue
        shown = paid if paid is not None and paid <= end else None
        out.append(LateRefund(row[1], deadline.due_on, deadline.rule, shown))
    out.sort(key=lambda r: (r.due_on, r.refund_no))
    return out
