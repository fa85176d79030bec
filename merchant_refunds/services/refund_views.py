"""The refunds as people read them: one refund with its approvals and payouts, and the list and
counts of the refunds screen. Reads only; nothing here writes.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from merchant_refunds.domain.calculation import OPEN_STATUSES
from merchant_refunds.domain.lifecycle import PayoutStatus, RefundStatus
from merchant_refunds.domain.masking import mask_account
from merchant_refunds.domain.money import Money
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services.refund_rows import refund_row
from merchant_refunds.storage import compiled
from merchant_refunds.storage import models as m


@dataclass(frozen=True)
class PayoutInfo:
    seq: int
    method: str
    amount: int
    currency: str
    status: str
    reference: str
    sent_at: datetime | None
    received_at: datetime | None
    due_on: date | None = None
    expected_from: date | None = None
    expected_to: date | None = None
    failure_reason: str = ""
    failed_at: datetime | None = None
    retry_of: int | None = None
    sent_by: str = ""
    confirmed_by: str = ""
    failed_by: str = ""
    account_masked: str = ""


@dataclass(frozen=True)
class ApprovalInfo:
    user_name: str
    decision: str
    reason: str
    at: datetime
    #: Who was signed in where the approver typed his PIN (manager approval at the counter).
    asked_by: str = ""
    #: The shop's only owner approved his own large request after re-entering his PIN.
    self_approval: bool = False
    #: How the two-person rule was met (``ApprovalRoute``), where it was recorded.
    route: str = ""


@dataclass(frozen=True)
class RefundDetail:
    refund_no: str
    order_no: str
    status: RefundStatus
    reason: ReasonCode
    note: str
    currency: str
    total: Money
    payout: Money
    quote: dict[str, Any]
    findings: list[dict[str, Any]]
    override_reason: str
    goods_return: bool
    goods_received_at: datetime | None
    destination_method: str
    destination_masked: str
    second_approval_required: bool
    signature_required: bool
    signed_at: datetime | None
    requested_by: str
    requested_at: datetime
    approvals: list[ApprovalInfo]
    payouts: list[PayoutInfo]
    rejection_reason: str
    #: The owner who overrode a block (the requester, or an owner at the counter).
    overridden_by: str = ""
    #: A refund by amount: ``price_difference``, ``compensation`` or ``goodwill`` ("" for units)
    amount_kind: str = ""
    #: its line, or None for the whole order
    amount_line: int | None = None

    @property
    def self_approved(self) -> bool:
        return any(a.self_approval for a in self.approvals)

    @property
    def paid_so_far(self) -> int:
        """Every payout not failed, scheduled instalments included: what is already committed,
        so what is left to pay is ``payout.minor - paid_so_far``."""
        return sum(p.amount for p in self.payouts if p.status != PayoutStatus.FAILED.value)

    @property
    def paid_out(self) -> int:
        """What has actually left the shop: payouts sent or received (not scheduled, not failed)."""
        moved = (PayoutStatus.SENT.value, PayoutStatus.RECEIVED.value)
        return sum(p.amount for p in self.payouts if p.status in moved)

    @property
    def scheduled(self) -> int:
        """Instalments planned but not sent yet."""
        return sum(p.amount for p in self.payouts if p.status == PayoutStatus.SCHEDULED.value)

    def to_dict(self) -> dict[str, Any]:
        def when(v: date | None) -> str | None:
            return v.isoformat() if v else None

        return {
            "refund_no": self.refund_no,
            "order_no": self.order_no,
            "status": self.status.value,
            "reason": self.reason.value,
            "note": self.note,
            "currency": self.currency,
            "total": str(self.total.amount),
            "total_minor": self.total.minor,
            "payout": {"amount": str(self.payout.amount), "currency": self.payout.currency},
            "quote": self.quote,
            "findings": self.findings,
            "override_reason": self.override_reason,
            "overridden_by": self.overridden_by,
            "goods_return": self.goods_return,
            "goods_received_at": when(self.goods_received_at),
            "destination": {"method": self.destination_method, "account": self.destination_masked},
            "second_approval_required": self.second_approval_required,
            "signature_required": self.signature_required,
            "signed_at": when(self.signed_at),
            "requested_by": self.requested_by,
            "requested_at": when(self.requested_at),
            **(
                {"amount_refund": {"kind": self.amount_kind, "line_no": self.amount_line}}
                if self.amount_kind
                else {}
            ),
            "approvals": [
                {
                    "user": a.user_name,
                    "decision": a.decision,
                    "reason": a.reason,
                    "at": when(a.at),
                    "asked_by": a.asked_by,
                    "self_approval": a.self_approval,
                    "route": a.route,
                }
                for a in self.approvals
            ],
            "payouts": [
                {
                    "seq": p.seq,
                    "method": p.method,
                    "amount_minor": p.amount,
                    "currency": p.currency,
                    "status": p.status,
                    "reference": p.reference,
                    "sent_at": when(p.sent_at),
                    "received_at": when(p.received_at),
                    "due_on": when(p.due_on),
                    "expected_from": when(p.expected_from),
                    "expected_to": when(p.expected_to),
                    "failure_reason": p.failure_reason,
                    "failed_at": when(p.failed_at),
                    "retry_of": p.retry_of,
                    "sent_by": p.sent_by,
                    "confirmed_by": p.confirmed_by,
                    "failed_by": p.failed_by,
                    "account": p.account_masked,
                }
                for p in self.payouts
            ],
            "rejection_reason": self.rejection_reason,
        }


def get_refund(refund_no: str) -> RefundDetail:
    row = refund_row(refund_no)
    return refund_details([row])[0]


def refund_details(
    rows: Sequence[m.Refund],
    order_nos: dict[int, str] | None = None,
    users: dict[int, str] | None = None,
) -> list[RefundDetail]:
    """The details of refund rows already read, in their order: five queries for any number
    (three when the caller knows the order numbers and the user names by id), so a batch of
    papers reads in one go."""
    ids = [row.id for row in rows]
    if users is None:
        users = {u.id: u.name for u in m.User.select(m.User.id, m.User.name)}
    if order_nos is None:
        order_ids = sorted({row.order_id for row in rows})
        order_nos = {}
        for chunk in in_chunks(order_ids):
            order_nos.update(
                (o.id, o.order_no)
                for o in compiled.select_in(
                    m.Order,
                    "refund_details.order_nos",
                    lambda ids: m.Order.select(m.Order.id, m.Order.order_no).where(
                        m.Order.id.in_(ids)
                    ),
                    chunk,
                )
            )
    approvals: dict[int, list[ApprovalInfo]] = {i: [] for i in ids}
    payouts: dict[int, list[PayoutInfo]] = {i: [] for i in ids}
    amounts: dict[int, m.RefundAmount] = {}
    for chunk in in_chunks(ids):
        amounts.update(
            (a.refund_id, a)
            for a in compiled.select_in(
                m.RefundAmount,
                "refund_details.amounts",
                lambda ids: m.RefundAmount.select().where(m.RefundAmount.refund.in_(ids)),
                chunk,
            )
        )
        confirmed = {
            (auth.refund_id, auth.user_id): auth
            for auth in compiled.select_in(
                m.Authorisation,
                "refund_details.authorisations",
                lambda ids: m.Authorisation.select().where(
                    m.Authorisation.refund.in_(ids) & (m.Authorisation.action == "approve")
                ),
                chunk,
            )
        }
        for a in compiled.select_in(
            m.Approval,
            "refund_details.approvals",
            lambda ids: (
                m.Approval.select().where(m.Approval.refund.in_(ids)).order_by(m.Approval.id)
            ),
            chunk,
        ):
            auth = confirmed.get((a.refund_id, a.user_id)) if a.decision == "approve" else None
            approvals[a.refund_id].append(
                ApprovalInfo(
                    users.get(a.user_id, "?"),
                    a.decision,
                    a.reason,
                    a.created_at,
                    asked_by=users.get(auth.asked_by_id, "") if auth and auth.asked_by_id else "",
                    self_approval=bool(auth and auth.self_approval),
                    route=auth.route if auth else "",
                )
            )
        for p in compiled.select_in(
            m.Payout,
            "refund_details.payouts",
            lambda ids: (
                m.Payout.select()
                .where(m.Payout.refund.in_(ids))
                .order_by(m.Payout.refund, m.Payout.seq)
            ),
            chunk,
        ):
            payouts[p.refund_id].append(
                PayoutInfo(
                    p.seq,
                    p.method,
                    p.amount,
                    p.currency,
                    p.status,
                    p.reference,
                    p.sent_at,
                    p.received_at,
                    due_on=p.due_on,
                    expected_from=p.expected_from,
                    expected_to=p.expected_to,
                    failure_reason=p.failure_reason,
                    failed_at=p.failed_at,
                    retry_of=p.retry_of,
                    sent_by=users.get(p.sent_by_id, "") if p.sent_by_id else "",
                    confirmed_by=users.get(p.confirmed_by_id, "") if p.confirmed_by_id else "",
                    failed_by=users.get(p.failed_by_id, "") if p.failed_by_id else "",
                    account_masked=mask_account(p.account),
                )
            )
    return [
        RefundDetail(
            refund_no=row.refund_no,
            order_no=order_nos[row.order_id],
            status=RefundStatus(row.status),
            reason=ReasonCode(row.reason_code),
            note=row.note,
            currency=row.currency,
            total=Money(row.total, row.currency),
            payout=Money(row.payout_amount, row.payout_currency),
            quote=json.loads(row.quote_json),
            findings=json.loads(row.findings_json),
            override_reason=row.override_reason,
            goods_return=row.goods_return,
            goods_received_at=row.goods_received_at,
            destination_method=row.destination_method,
            destination_masked=mask_account(row.destination_account),
            second_approval_required=row.second_approval_required,
            signature_required=row.signature_required,
            signed_at=row.signed_at,
            requested_by=users.get(row.requested_by_id, "?"),
            requested_at=row.requested_at,
            approvals=approvals[row.id],
            payouts=payouts[row.id],
            rejection_reason=row.rejection_reason,
            overridden_by=users.get(row.overridden_by_id, "") if row.overridden_by_id else "",
            amount_kind=amounts[row.id].kind if row.id in amounts else "",
            amount_line=amounts[row.id].line_no if row.id in amounts else None,
        )
        for row in rows
    ]


#: Keys per ``IN (…)``: well under SQLite's and PostgreSQL's limits on bound parameters.
CHUNK = 500


def in_chunks(keys: Sequence[Any]) -> list[Sequence[Any]]:
    return [keys[i : i + CHUNK] for i in range(0, len(keys), CHUNK)]


@dataclass(frozen=True)
class SelfApproval:
    """A single-owner self-approval, for the report and the daily closing."""

    refund_no: str
    owner: str
    currency: str
    total: int
    at: datetime

    def to_dict(self) -> dict[str, Any]:
        return {
            "refund_no": self.refund_no,
            "owner": self.owner,
            "currency": self.currency,
            "total_minor": self.total,
            "at": self.at.isoformat(),
        }


def self_approvals(start: datetime | None, end: datetime) -> list[SelfApproval]:
    """The single-owner self-approvals made from ``start`` (None: the first) until ``end``."""
    auth = m.Authorisation
    query = (
        auth.select(
            m.Refund.refund_no, m.User.name, m.Refund.currency, m.Refund.total, auth.created_at
        )
        .join(m.Refund, on=auth.refund == m.Refund.id)
        .switch(auth)
        .join(m.User, on=auth.user == m.User.id)
        .where((auth.self_approval == True) & (auth.created_at < end))  # noqa: E712
        .order_by(auth.created_at, auth.id)
    )
    if start is not None:
        query = query.where(auth.created_at >= start)
    return [SelfApproval(*row) for row in query.tuples()]


@dataclass(frozen=True)
class RefundSummary:
    refund_no: str
    order_no: str
    status: str
    reason_code: str
    currency: str
    total: int
    requested_at: datetime
    customer_name: str


def list_refunds(
    status: str | None = None, text: str = "", *, limit: int = 50, offset: int = 0
) -> list[RefundSummary]:
    query = m.Refund.select(
        m.Refund.refund_no,
        m.Order.order_no,
        m.Refund.status,
        m.Refund.reason_code,
        m.Refund.currency,
        m.Refund.total,
        m.Refund.requested_at,
        m.Order.customer_name,
    ).join(m.Order)
    if status:
        query = query.where(m.Refund.status == status)
    if text.strip():
        t = text.strip()
        query = query.where(
            m.Refund.refund_no.startswith(t)
            | m.Order.order_no.startswith(t)
            | m.Order.customer_name.startswith(t)
        )
    query = query.order_by(m.Refund.id.desc()).limit(limit).offset(offset)
    return [RefundSummary(*r) for r in query.tuples()]


def count_by_status() -> dict[str, int]:
    from peewee import fn

    rows = m.Refund.select(m.Refund.status, fn.COUNT(m.Refund.id)).group_by(m.Refund.status)
    return {s.value: 0 for s in RefundStatus} | dict(rows.tuples())


def open_statuses() -> Sequence[str]:
    return sorted(OPEN_STATUSES)
