"""What the shop must chase today: refunds whose review, payment or legal deadline is past or
near, payouts late, due today or failed, instalments due, and pre-sale refunds waiting for the
supplier; plus the follow-up notes written while chasing. Every row says when it is due and the
rule that set that date."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any, NamedTuple

from merchant_refunds.domain.deadlines import Deadline, DeadlineKind, DeadlinePolicy, rule_text
from merchant_refunds.domain.errors import N_, InvalidInput, NotFound
from merchant_refunds.domain.lifecycle import PayoutStatus, RefundStatus, Role
from merchant_refunds.services import audit, clock, deadlines, shop_settings
from merchant_refunds.services.collector import cycle_collector_paused
from merchant_refunds.services.users import Actor, require_role
from merchant_refunds.storage import models as m
from merchant_refunds.storage.db import write_transaction

MAX_NOTE = 2000


class FollowUpKind(StrEnum):
    STATUTORY = DeadlineKind.STATUTORY.value
    OVERDUE = "overdue"
    DUE_TODAY = "due_today"
    FAILED = "failed"
    REVIEW_DUE = DeadlineKind.REVIEW_DUE.value
    PAYOUT_DUE = DeadlineKind.PAYOUT_DUE.value
    INSTALMENT_DUE = "instalment_due"
    SUPPLIER = "supplier"


#: The rule behind the due date of the kinds that are not deadlines of the refund itself.
PAYOUT_RULES = {
    "overdue": "payout_arrival",
    "due_today": "payout_arrival",
    "failed": "payout_failed",
    "instalment_due": "instalment_schedule",
    "supplier": "presale_supplier",
}
PAYOUT_RULE_TEXTS = {
    "payout_arrival": N_("Expected arrival of the payout"),
    "payout_failed": N_("The payout failed: pay again another way"),
    "instalment_schedule": N_("Date of the instalment in the agreed plan"),
    "presale_supplier": N_("Pre-sale: waiting for the supplier's answer"),
}


class FollowUpItem(NamedTuple):
    """One row of the follow-up list (a named tuple: the list may hold tens of thousands)."""

    kind: FollowUpKind
    refund_no: str
    order_no: str
    customer_name: str
    seq: int | None = None
    method: str = ""
    amount: int = 0
    currency: str = ""
    sent_at: datetime | None = None
    due_on: date | None = None
    expected_from: date | None = None
    expected_to: date | None = None
    days_late: int = 0
    failure_reason: str = ""
    last_note: str = ""
    #: What set ``due_on``: a ``domain.deadlines.Rule`` value or one of ``PAYOUT_RULES``.
    rule: str = ""
    #: Days until ``due_on`` (negative once late); None where nothing is due.
    days_left: int | None = None
    #: Why ``due_on``: an English template (translated in the GUI) and its values.
    rule_template: str = ""
    rule_params: Mapping[str, Any] | None = None

    @property
    def rule_text(self) -> str:
        template = self.rule_template or PAYOUT_RULE_TEXTS.get(self.rule, "")
        return template.format(**(self.rule_params or {}))

    @property
    def late(self) -> bool:
        return self.days_late > 0 or self.kind in (FollowUpKind.OVERDUE, FollowUpKind.FAILED)

    @property
    def urgency(self) -> int:
        """0: the law's limit is past; 1: late; 2: due today; 3: due soon; 4: waiting."""
        return _urgency_key(self)[0]

    def to_dict(self) -> dict[str, Any]:
        def iso(v: date | None) -> str | None:
            return v.isoformat() if v else None

        return {
            "kind": self.kind.value,
            "refund_no": self.refund_no,
            "order_no": self.order_no,
            "customer": self.customer_name,
            "payout": self.seq,
            "method": self.method,
            "amount_minor": self.amount,
            "currency": self.currency,
            "sent_at": iso(self.sent_at),
            "due_on": iso(self.due_on),
            "expected_from": iso(self.expected_from),
            "expected_to": iso(self.expected_to),
            "days_late": self.days_late,
            "days_left": self.days_left,
            "rule": self.rule,
            "rule_text": self.rule_text,
            "urgency": self.urgency,
            "failure_reason": self.failure_reason,
            "last_note": self.last_note,
        }


def _last_notes(refund_ids: set[int]) -> dict[tuple[int, int | None], str]:
    if not refund_ids:
        return {}
    notes: dict[tuple[int, int | None], str] = {}
    query = (
        m.FollowUpNote.select()
        .where(m.FollowUpNote.refund.in_(list(refund_ids)))
        .order_by(m.FollowUpNote.id)
    )
    for note in query:
        notes[(note.refund_id, note.payout_seq)] = note.text
        notes[(note.refund_id, None)] = note.text
    return notes


def _retried(refund_id: int, seq: int) -> bool:
    return (
        m.Payout.select()
        .where(
            (m.Payout.refund == refund_id)
            & (m.Payout.retry_of == seq)
            & (m.Payout.status != PayoutStatus.FAILED.value)
        )
        .exists()
    )


_KIND_OF = {kind.value: FollowUpKind(kind.value) for kind in DeadlineKind}


def _deadline_item(
    info: deadlines.RefundDeadline,
    deadline: Deadline,
    now: datetime,
    policy: DeadlinePolicy,
    note: str,
) -> FollowUpItem:
    template, params = rule_text(deadline, policy)
    left = (deadline.due_on - now.date()).days
    # Positional, in the fields' order: the list may hold tens of thousands of these.
    return FollowUpItem(
        _KIND_OF[deadline.kind.value],
        info.refund_no,
        info.order_no,
        info.customer_name,
        None,
        "",
        info.amount,
        info.currency,
        None,
        deadline.due_on,
        None,
        None,
        max(1, -left) if now >= deadline.due_by else 0,
        "",
        note,
        deadline.rule.value,
        left,
        template,
        params,
    )


def _day(value: datetime | date | None) -> date | None:
    return value.date() if isinstance(value, datetime) else value


def list_followup(on: date | None = None) -> list[FollowUpItem]:
    """Everything needing attention on ``on`` (today), the most urgent first: the law's limits
    passed, then whatever is late (longest first), due today, due soon, and refunds waiting."""
    with cycle_collector_paused():
        return _list_followup(on)


def _list_followup(on: date | None) -> list[FollowUpItem]:
    now = clock.now()
    if on is not None and on != now.date():
        now = datetime.combine(on, now.time())
    today = now.date()
    open_refunds = (RefundStatus.APPROVED.value, RefundStatus.PAID.value)
    base = (
        m.Payout.select(m.Payout, m.Refund, m.Order)
        .join(m.Refund)
        .join(m.Order)
        .where(m.Refund.status.in_(open_refunds))
    )
    sent = base.where(
        (m.Payout.status == PayoutStatus.SENT.value)
        & m.Payout.expected_to.is_null(False)
        & (m.Payout.expected_to <= today)
    )
    failed = base.where(m.Payout.status == PayoutStatus.FAILED.value)
    due = base.where((m.Payout.status == PayoutStatus.SCHEDULED.value) & (m.Payout.due_on <= today))
    rows: list[tuple[FollowUpKind, m.Payout]] = []
    for p in sent:
        kind = FollowUpKind.OVERDUE if p.expected_to < today else FollowUpKind.DUE_TODAY
        rows.append((kind, p))
    rows.extend((FollowUpKind.FAILED, p) for p in failed if not _retried(p.refund_id, p.seq))
    rows.extend((FollowUpKind.INSTALMENT_DUE, p) for p in due)
    found = deadlines.scan(now)
    notes = _last_notes({p.refund_id for _, p in rows})
    refund_notes = _open_refund_notes()
    items = [
        FollowUpItem(
            kind,
            p.refund.refund_no,
            p.refund.order.order_no,
            p.refund.order.customer_name,
            p.seq,
            p.method,
            p.amount,
            p.currency,
            p.sent_at,
            _due_on(kind, p),
            p.expected_from,
            p.expected_to,
            _days_late(kind, p, today),
            p.failure_reason,
            notes.get((p.refund_id, p.seq), ""),
            PAYOUT_RULES[kind.value],
            _days_left(kind, p, today),
        )
        for kind, p in rows
    ]
    items.extend(
        FollowUpItem(
            FollowUpKind.SUPPLIER,
            r.refund_no,
            r.order_no,
            r.customer_name,
            amount=r.amount,
            currency=r.currency,
            last_note=refund_notes.get(r.refund_id, ""),
            rule=PAYOUT_RULES["supplier"],
        )
        for r in found.waiting
    )
    policy = shop_settings.get_policy().deadlines()
    items.extend(
        _deadline_item(info, deadline, now, policy, refund_notes.get(info.refund_id, ""))
        for info, deadline in found.due
    )
    items.sort(key=_urgency_key)
    return items


_KIND_ORDER = {kind: index for index, kind in enumerate(FollowUpKind)}
_LATE_KINDS = (FollowUpKind.OVERDUE, FollowUpKind.FAILED)


def _urgency_key(item: FollowUpItem) -> tuple[Any, ...]:
    """Urgency (``FollowUpItem.urgency``) and the rest of the list's order, without the
    properties' calls: the list may hold tens of thousands of rows."""
    kind = item.kind
    if kind is FollowUpKind.SUPPLIER:
        urgency = 4
    elif item.days_late > 0 or kind in _LATE_KINDS:
        urgency = 0 if kind is FollowUpKind.STATUTORY else 1
    else:
        urgency = 2 if (item.days_left or 0) <= 0 else 3
    return (
        urgency,
        -item.days_late,
        item.due_on or date.max,
        _KIND_ORDER[kind],
        item.refund_no,
        item.seq or 0,
    )


def _due_on(kind: FollowUpKind, payout: m.Payout) -> date | None:
    """The day a payout row is about: the instalment's date, the last day of the expected
    arrival, or the day it failed."""
    if kind is FollowUpKind.FAILED:
        return _day(payout.failed_at)
    if kind is FollowUpKind.INSTALMENT_DUE:
        return payout.due_on
    return payout.expected_to


def _days_late(kind: FollowUpKind, payout: m.Payout, today: date) -> int:
    """Days past the expected arrival, or past an instalment's date."""
    if kind is FollowUpKind.OVERDUE:
        return (today - payout.expected_to).days
    if kind is FollowUpKind.INSTALMENT_DUE and payout.due_on is not None:
        return max(0, (today - payout.due_on).days)
    return 0


def _days_left(kind: FollowUpKind, payout: m.Payout, today: date) -> int | None:
    due = _due_on(kind, payout)
    return None if due is None else (due - today).days


def _open_refund_notes() -> dict[int, str]:
    """refund id -> its newest follow-up note, for every open refund that has one. Read from
    the notes' side (few) joined to their refunds: a subquery of the open refunds' ids built a
    list of 50,000 before looking at a single note."""
    query = (
        m.FollowUpNote.select(m.FollowUpNote.refund, m.FollowUpNote.text)
        .join(m.Refund, on=(m.FollowUpNote.refund == m.Refund.id))
        .where(m.Refund.status.in_(deadlines.OPEN))
        .order_by(m.FollowUpNote.id)
        .tuples()
    )
    return dict(query)


def attention_count(on: date | None = None) -> int:
    return len(list_followup(on))


@dataclass(frozen=True)
class NoteInfo:
    at: datetime
    by: str
    payout_seq: int | None
    text: str


def check_note(text: str) -> str:
    """A follow-up note as ``add_note`` stores it (stripped), or its refusal: checked as the
    note is typed, too."""
    text = text.strip()
    if not text:
        raise InvalidInput("note_required", "The note is empty")
    if len(text) > MAX_NOTE:
        raise InvalidInput("note_too_long", "The note is longer than 2000 characters")
    return text


def add_note(actor: Actor, refund_no: str, text: str, payout_seq: int | None = None) -> NoteInfo:
    """Write down what was done while chasing (called the bank, customer says not yet…)."""
    require_role(actor, Role.OWNER, Role.CLERK, action="add follow-up notes")
    text = check_note(text)
    with write_transaction():
        row = m.Refund.get_or_none(m.Refund.refund_no == refund_no.strip())
        if row is None:
            raise NotFound("unknown_refund", "No refund {refund_no}", refund_no=refund_no)
        if (
            payout_seq is not None
            and not m.Payout.select()
            .where((m.Payout.refund == row.id) & (m.Payout.seq == payout_seq))
            .exists()
        ):
            raise NotFound(
                "unknown_payout",
                "Refund {refund_no} has no payout {seq}",
                refund_no=row.refund_no,
                seq=payout_seq,
            )
        now = clock.now()
        m.FollowUpNote.create(
            refund=row.id, payout_seq=payout_seq, text=text, created_by=actor.id, created_at=now
        )
        audit.record(
            actor.name,
            "refund.followup_note",
            "refund",
            row.refund_no,
            None,
            {"payout": payout_seq, "text": text},
        )
    return NoteInfo(now, actor.name, payout_seq, text)


def notes_for(refund_no: str) -> list[NoteInfo]:
    row = m.Refund.get_or_none(m.Refund.refund_no == refund_no.strip())
    if row is None:
        raise NotFound("unknown_refund", "No refund {refund_no}", refund_no=refund_no)
    query = (
        m.FollowUpNote.select(m.FollowUpNote, m.User)
        .join(m.User)
        .where(m.FollowUpNote.refund == row.id)
        .order_by(m.FollowUpNote.id)
    )
    return [NoteInfo(n.created_at, n.created_by.name, n.payout_seq, n.text) for n in query]


@dataclass(frozen=True)
class Reminder:
    """What the owner is told at start and on the timer: how much is late, and how much of it
    is past the law's limit."""

    late: int
    statutory_late: int
    due_soon: int
    items: tuple[FollowUpItem, ...]

    @property
    def anything(self) -> bool:
        return bool(self.late or self.due_soon)

    def to_dict(self) -> dict[str, Any]:
        return {
            "late": self.late,
            "statutory_late": self.statutory_late,
            "due_soon": self.due_soon,
        }


def reminder(on: date | None = None) -> Reminder:
    """The follow-up list summed up for a reminder (refunds waiting for a supplier are not
    reminded of: nothing is due from the shop)."""
    return summarize(list_followup(on))


def summarize(listed: list[FollowUpItem]) -> Reminder:
    """How many refunds are late, how many of them past the law's limit, and how many are only
    due soon (a refund with several rows counts once); what waits on the supplier is left out."""
    items = tuple(i for i in listed if i.kind is not FollowUpKind.SUPPLIER)
    late = {i.refund_no for i in items if i.late}
    statutory = {i.refund_no for i in items if i.late and i.kind is FollowUpKind.STATUTORY}
    soon = {i.refund_no for i in items} - late
    return Reminder(late=len(late), statutory_late=len(statutory), due_soon=len(soon), items=items)
