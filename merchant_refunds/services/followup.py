"""What the shop must chase today: payouts late, due today or failed, instalments due, and
pre-sale refunds waiting for the supplier; plus the follow-up notes written while chasing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from merchant_refunds.domain.errors import InvalidInput, NotFound
from merchant_refunds.domain.lifecycle import PayoutStatus, RefundStatus, Role
from merchant_refunds.services import audit, clock, presale
from merchant_refunds.services.users import Actor, require_role
from merchant_refunds.storage import models as m
from merchant_refunds.storage.db import write_transaction

MAX_NOTE = 2000


class FollowUpKind(StrEnum):
    OVERDUE = "overdue"
    DUE_TODAY = "due_today"
    FAILED = "failed"
    INSTALMENT_DUE = "instalment_due"
    SUPPLIER = "supplier"


@dataclass(frozen=True)
class FollowUpItem:
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


def list_followup(on: date | None = None) -> list[FollowUpItem]:
    """Everything needing attention on ``on`` (today), the most urgent kinds first."""
    today = on or clock.today()
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
    waiting = [
        r
        for r in m.Refund.select(m.Refund, m.Order)
        .join(m.Order)
        .where(m.Refund.status == RefundStatus.REQUESTED.value)
        .where(m.Refund.findings_json.contains(presale.PRESALE_FINDING))
        if presale.needs_supplier(r) and not presale.supplier_agreed(r.id)
    ]
    notes = _last_notes({p.refund_id for _, p in rows} | {r.id for r in waiting})
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
            p.due_on,
            p.expected_from,
            p.expected_to,
            (today - p.expected_to).days if kind is FollowUpKind.OVERDUE else 0,
            p.failure_reason,
            notes.get((p.refund_id, p.seq), ""),
        )
        for kind, p in rows
    ]
    items.extend(
        FollowUpItem(
            FollowUpKind.SUPPLIER,
            r.refund_no,
            r.order.order_no,
            r.order.customer_name,
            amount=r.total,
            currency=r.currency,
            last_note=notes.get((r.id, None), ""),
        )
        for r in waiting
    )
    order = list(FollowUpKind)
    items.sort(key=lambda i: (order.index(i.kind), -i.days_late, i.refund_no, i.seq or 0))
    return items


def attention_count(on: date | None = None) -> int:
    return len(list_followup(on))


@dataclass(frozen=True)
class NoteInfo:
    at: datetime
    by: str
    payout_seq: int | None
    text: str


def add_note(actor: Actor, refund_no: str, text: str, payout_seq: int | None = None) -> NoteInfo:
    """Write down what was done while chasing (called the bank, customer says not yet…)."""
    require_role(actor, Role.OWNER, Role.CLERK, action="add follow-up notes")
    text = text.strip()
    if not text:
        raise InvalidInput("note_required", "The note is empty")
    if len(text) > MAX_NOTE:
        raise InvalidInput("note_too_long", "The note is longer than 2000 characters")
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
