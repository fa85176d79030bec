"""Statement reconciliation: a provider's statement against the payouts recorded here.

The matching rules are ``domain.reconciliation``'s. A matched payout that was sent is marked
arrived as ``payouts.arrival.confirm_received`` does it — status received, when and by whom, a
``payout.received`` event on its refund, and the refund completed once all its payouts have
arrived — with the statement row (file, format, row number, provider reference, amount) in the
event. A statement of 100,000 rows is applied in bulk: the refunds are checked against their
trail, the rows changed and the events chained a chunk at a time, all in one transaction, so a
failure anywhere leaves nothing changed.

Re-running on the same statement changes nothing: a payout already marked arrived by the same
row (its ``payout.received`` event names it) is reported as already matched.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import orjson

from merchant_refunds.domain.errors import Refused
from merchant_refunds.domain.lifecycle import PayoutStatus, RefundStatus, Role
from merchant_refunds.domain.reconciliation import (
    OFF_STATEMENT_METHODS,
    Match,
    MatchKind,
    Outcome,
    PayoutCandidate,
    Statement,
    match,
)
from merchant_refunds.services import audit, clock, integrity, row_images
from merchant_refunds.services.row_images import in_values
from merchant_refunds.services.users import Actor, require_role
from merchant_refunds.storage import import_repo
from merchant_refunds.storage import models as m
from merchant_refunds.storage.db import write_transaction

#: Rows per query and per batch of events.
CHUNK = 500
RECEIVED_ACTION = "payout.received"
STATEMENT_ACTION = "statement.reconciled"


@dataclass(frozen=True)
class MatchedLine:
    """A statement row and the payout it matched, and what reconciling did to it."""

    row: int
    provider_ref: str
    amount: int
    currency: str
    on: date | None
    refund_no: str
    seq: int
    order_no: str
    how: MatchKind
    outcome: Outcome

    def to_dict(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "provider_ref": self.provider_ref,
            "amount": self.amount,
            "currency": self.currency,
            "date": self.on.isoformat() if self.on else None,
            "refund_no": self.refund_no,
            "seq": self.seq,
            "order_no": self.order_no,
            "matched_by": self.how.value,
            "outcome": self.outcome.value,
        }


@dataclass(frozen=True)
class UnmatchedLine:
    """A statement refund row with no payout here."""

    row: int
    provider_ref: str
    amount: int
    currency: str
    on: date | None
    references: tuple[str, ...]
    description: str
    why: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "provider_ref": self.provider_ref,
            "amount": self.amount,
            "currency": self.currency,
            "date": self.on.isoformat() if self.on else None,
            "references": list(self.references),
            "description": self.description,
            "why": self.why,
        }


@dataclass(frozen=True)
class MissingPayout:
    """A payout sent here, due within the statement's period, that the statement does not show."""

    refund_no: str
    seq: int
    order_no: str
    method: str
    reference: str
    amount: int
    currency: str
    sent_at: datetime | None
    expected_to: date | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "refund_no": self.refund_no,
            "seq": self.seq,
            "order_no": self.order_no,
            "method": self.method,
            "reference": self.reference,
            "amount": self.amount,
            "currency": self.currency,
            "sent_at": self.sent_at.isoformat() if self.sent_at else None,
            "expected_to": self.expected_to.isoformat() if self.expected_to else None,
        }


@dataclass
class ReconcileReport:
    file_name: str
    format: str
    encoding: str
    file_sha256: str
    rows_read: int
    refund_rows: int
    period_from: date | None
    period_to: date | None
    dry_run: bool
    matched: list[MatchedLine] = field(default_factory=list)
    unmatched: list[UnmatchedLine] = field(default_factory=list)
    missing: list[MissingPayout] = field(default_factory=list)
    completed_refunds: int = 0

    def count(self, outcome: Outcome) -> int:
        return sum(1 for line in self.matched if line.outcome is outcome)

    @property
    def arrived(self) -> int:
        return self.count(Outcome.ARRIVED)

    @property
    def changed(self) -> bool:
        return not self.dry_run and self.arrived > 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file_name,
            "format": self.format,
            "encoding": self.encoding,
            "sha256": self.file_sha256,
            "rows_read": self.rows_read,
            "refund_rows": self.refund_rows,
            "period_from": self.period_from.isoformat() if self.period_from else None,
            "period_to": self.period_to.isoformat() if self.period_to else None,
            "dry_run": self.dry_run,
            "arrived": self.arrived,
            "already_matched": self.count(Outcome.ALREADY_MATCHED),
            "already_received": self.count(Outcome.ALREADY_RECEIVED),
            "completed_refunds": self.completed_refunds,
            "matched": [line.to_dict() for line in self.matched],
            "unmatched": [line.to_dict() for line in self.unmatched],
            "missing": [p.to_dict() for p in self.missing],
        }


def statement_key(statement: Statement, key: str) -> str:
    """A row's identity across runs: the format and the row's own key on its statement."""
    return f"{statement.format}:{key}"


# --- reading the payouts ----------------------------------------------------------------------


def _candidates() -> list[PayoutCandidate]:
    """Every payout sent or arrived by a route that shows on a statement, in one query."""
    query = (
        m.Payout.select(
            m.Payout.id,
            m.Refund.refund_no,
            m.Payout.seq,
            m.Order.order_no,
            m.Order.payment_reference,
            m.Payout.reference,
            m.Payout.method,
            m.Order.payment_method,
            m.Payout.amount,
            m.Payout.currency,
            m.Payout.status,
            m.Payout.sent_at,
            m.Payout.expected_to,
        )
        .join(m.Refund, on=m.Payout.refund == m.Refund.id)
        .join(m.Order, on=m.Refund.order == m.Order.id)
        .where(
            m.Payout.status.in_([PayoutStatus.SENT.value, PayoutStatus.RECEIVED.value])
            & m.Payout.method.not_in(sorted(OFF_STATEMENT_METHODS))
        )
        .tuples()
    )
    sent_at, expected_to = m.Payout.sent_at, m.Payout.expected_to
    return [
        PayoutCandidate(
            *values[:11],
            sent_at=sent_at.python_value(values[11]),
            expected_to=expected_to.python_value(values[12]),
        )
        for values in query
    ]


def _statement_keys(refund_nos: list[str]) -> dict[tuple[str, int], str]:
    """(refund_no, seq) -> the statement key that marked the payout arrived, from the trail."""
    found: dict[tuple[str, int], str] = {}
    for start in range(0, len(refund_nos), CHUNK):
        part = refund_nos[start : start + CHUNK]
        # The action is compared here, not in SQL: given both, SQLite searches the action's
        # index, every payout.received event of the shop for each chunk.
        query = (
            m.AuditEvent.select(
                m.AuditEvent.entity_key, m.AuditEvent.action, m.AuditEvent.after_json
            )
            .where((m.AuditEvent.entity == "refund") & in_values(m.AuditEvent.entity_key, part))
            .tuples()
        )
        for refund_no, action, after_json in query:
            if action != RECEIVED_ACTION:
                continue
            after = orjson.loads(after_json) if after_json else None
            statement = after.get("statement") if isinstance(after, dict) else None
            if isinstance(statement, dict) and "key" in statement:
                found[(refund_no, int(after.get("seq", 0)))] = str(statement["key"])
    return found


# --- checking and writing in bulk -------------------------------------------------------------


def _checked_images(refund_nos: list[str]) -> dict[str, dict[str, Any]]:
    """The refunds' images as their rows stand, each checked as ``integrity.verify_refund``
    checks it, in bulk: every event of the refund is intact and the event after it links to it,
    and its newest image is the rows. A refund the bulk check cannot vouch for (its last event
    is the chain's newest, or something differs) is checked alone, which names what is wrong."""
    marker = audit.keyed_from()
    key = audit.current_key() if marker is not None else None
    if marker is not None and key is None:
        raise audit.key_missing_error()
    images: dict[str, dict[str, Any]] = {}
    for start in range(0, len(refund_nos), CHUNK):
        part = refund_nos[start : start + CHUNK]
        current = row_images.refund_images(in_values(m.Refund.refund_no, part))
        images.update(current)
        if marker is None:
            continue  # not keyed yet: nothing to check against (as verify_refund)
        events = list(
            m.AuditEvent.select()
            .where(
                (m.AuditEvent.entity == "refund")
                & in_values(m.AuditEvent.entity_key, part)
                & (m.AuditEvent.id >= marker.id)
                & (m.AuditEvent.rows_json != "")
            )
            .order_by(m.AuditEvent.id)
        )
        following = dict(
            m.AuditEvent.select(m.AuditEvent.id, m.AuditEvent.prev_hash)
            .where(in_values(m.AuditEvent.id, [e.id + 1 for e in events]))
            .tuples()
        )
        newest: dict[str, m.AuditEvent] = {}
        doubtful: set[str] = set()
        for event in events:
            newest[event.entity_key] = event
            linked = following.get(event.id + 1)
            if linked != event.hash or not audit.event_intact(event, key, marker.id):
                doubtful.add(event.entity_key)
        for refund_no in part:
            event = newest.get(refund_no)
            if event is None or refund_no in doubtful:
                integrity.verify_refund(refund_no)
                continue
            recorded = orjson.loads(event.rows_json).get("refund", {}).get(refund_no)
            if recorded != current.get(refund_no):
                integrity.verify_refund(refund_no)
    return images


def _statement_detail(statement: Statement, found: Match) -> dict[str, Any]:
    row = found.row
    return {
        "file": statement.file_name,
        "format": statement.format,
        "sha256": statement.file_sha256,
        "row": row.row,
        "provider_ref": row.provider_ref,
        "amount": row.amount,
        "currency": row.currency,
        "date": row.on.isoformat() if row.on else None,
        "matched_by": found.how.value,
        "key": statement_key(statement, row.key),
    }


def _apply(
    actor: Actor,
    statement: Statement,
    arriving: list[Match],
    images: dict[str, dict[str, Any]],
) -> int:
    """Mark ``arriving`` received and complete the refunds they finish, each change with the
    event ``confirm_received`` writes; returns how many refunds were completed. Runs inside the
    caller's write transaction.

    The events' images are the checked ``images`` with the same changes made to them as to the
    rows (status, when, by whom), not read again: one read of 100,000 refunds is most of the
    work. ``integrity.check`` compares them with the rows like any other event."""
    now = clock.now()
    when = now.isoformat()
    ids = [found.payout.id for found in arriving]
    for start in range(0, len(ids), CHUNK):
        part = ids[start : start + CHUNK]
        changed = (
            m.Payout.update(
                status=PayoutStatus.RECEIVED.value, received_at=now, confirmed_by=actor.id
            )
            .where(in_values(m.Payout.id, part) & (m.Payout.status == PayoutStatus.SENT.value))
            .execute()
        )
        if changed != len(part):
            raise Refused(
                "reconcile_changed_meanwhile",
                "Payouts changed while the statement was being matched; please run it again",
            )
    by_refund: dict[str, list[Match]] = defaultdict(list)
    for found in arriving:
        by_refund[found.payout.refund_no].append(found)
    batch = audit.EventBatch(actor.name)
    finished: list[str] = []
    for refund_no, found_here in by_refund.items():
        image = images[refund_no]
        seqs = {found.payout.seq for found in found_here}
        for payout in image["payouts"]:
            if payout["seq"] in seqs:
                payout.update(
                    status=PayoutStatus.RECEIVED.value, received_at=when, confirmed_by=actor.id
                )
        rows = {"refund": {refund_no: image}}
        for found in sorted(found_here, key=lambda f: f.payout.seq):
            seq = found.payout.seq
            batch.add(
                RECEIVED_ACTION,
                "refund",
                refund_no,
                {"seq": seq, "status": PayoutStatus.SENT.value},
                {
                    "seq": seq,
                    "status": PayoutStatus.RECEIVED.value,
                    "statement": _statement_detail(statement, found),
                },
                rows=rows,
                at=now,
            )
        refund = image["refund"]
        if refund["status"] == RefundStatus.PAID.value and all(
            p["status"] in (PayoutStatus.RECEIVED.value, PayoutStatus.FAILED.value)
            for p in image["payouts"]
        ):
            finished.append(refund_no)
        if len(batch.rows) >= CHUNK:
            import_repo.insert_audit_rows(batch.take())
    import_repo.insert_audit_rows(batch.take())
    for start in range(0, len(finished), CHUNK):
        part = finished[start : start + CHUNK]
        m.Refund.update(
            status=RefundStatus.COMPLETED.value, completed_at=now, updated_at=now
        ).where(in_values(m.Refund.refund_no, part)).execute()
        for refund_no in part:
            refund = images[refund_no]["refund"]
            before = {
                "status": refund["status"],
                "total": refund["total"],
                "currency": refund["currency"],
                "completed_at": refund["completed_at"],
            }
            refund.update(status=RefundStatus.COMPLETED.value, completed_at=when)
            after = {**before, "status": RefundStatus.COMPLETED.value, "completed_at": when}
            batch.add(
                "refund.complete",
                "refund",
                refund_no,
                before,
                after,
                rows={"refund": {refund_no: images[refund_no]}},
                at=now,
            )
        import_repo.insert_audit_rows(batch.take())
    return len(finished)


# --- the action -------------------------------------------------------------------------------


def _report(statement: Statement, dry_run: bool) -> ReconcileReport:
    return ReconcileReport(
        statement.file_name,
        statement.format,
        statement.encoding,
        statement.file_sha256,
        statement.rows_read,
        len(statement.rows),
        statement.period_from,
        statement.period_to,
        dry_run,
    )


def reconcile(actor: Actor, statement: Statement, *, dry_run: bool = False) -> ReconcileReport:
    """Match ``statement`` to the payouts here and, unless ``dry_run``, mark the matched sent
    payouts arrived. Owners and accountants; all or nothing, in one transaction."""
    require_role(actor, Role.OWNER, Role.ACCOUNTANT, action="reconcile statements")
    report = _report(statement, dry_run)
    if dry_run:
        _fill(report, statement, match(statement, _candidates()))
        return report
    with write_transaction():
        result = match(statement, _candidates())
        arriving = _fill(report, statement, result)
        if arriving:
            images = _checked_images(sorted({f.payout.refund_no for f in arriving}))
            report.completed_refunds = _apply(actor, statement, arriving, images)
            audit.record(
                actor.name,
                STATEMENT_ACTION,
                "statement",
                statement.file_sha256[:32],
                None,
                {
                    "file": statement.file_name,
                    "format": statement.format,
                    "rows": statement.rows_read,
                    "refund_rows": len(statement.rows),
                    "arrived": report.arrived,
                    "unmatched": len(report.unmatched),
                    "missing": len(report.missing),
                },
            )
    return report


def _fill(report: ReconcileReport, statement: Statement, result: Any) -> list[Match]:
    """Put the matching's result into ``report``; returns the matches that arrive now."""
    received = sorted({f.payout.refund_no for f in result.matches if f.payout.status != "sent"})
    keys = _statement_keys(received) if received else {}
    arriving: list[Match] = []
    for found in result.matches:
        payout, row = found.payout, found.row
        if payout.status == PayoutStatus.SENT.value:
            outcome = Outcome.ARRIVED
            arriving.append(found)
        elif keys.get((payout.refund_no, payout.seq)) == statement_key(statement, row.key):
            outcome = Outcome.ALREADY_MATCHED
        else:
            outcome = Outcome.ALREADY_RECEIVED
        report.matched.append(
            MatchedLine(
                row.row,
                row.provider_ref,
                row.amount,
                row.currency,
                row.on,
                payout.refund_no,
                payout.seq,
                payout.order_no,
                found.how,
                outcome,
            )
        )
    report.unmatched = [
        UnmatchedLine(
            u.row.row,
            u.row.provider_ref,
            u.row.amount,
            u.row.currency,
            u.row.on,
            u.row.references,
            u.row.description,
            u.why.value,
        )
        for u in result.unmatched
    ]
    report.missing = [
        MissingPayout(
            p.refund_no,
            p.seq,
            p.order_no,
            p.method,
            p.reference,
            p.amount,
            p.currency,
            p.sent_at,
            p.expected_to,
        )
        for p in result.missing
    ]
    return arriving
