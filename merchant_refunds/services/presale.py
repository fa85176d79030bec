"""The supplier's confirmation for refunds of pre-sale orders already in production.

Such a refund may be requested at once but waits for the supplier: who was asked, when, and the
answer are recorded, and approval is refused until a supplier has agreed (or the owner overrode the
block when the refund was requested).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from merchant_refunds.domain.errors import InvalidInput, NotFound, Refused
from merchant_refunds.domain.lifecycle import RefundStatus, Role
from merchant_refunds.services import audit, clock
from merchant_refunds.services.users import Actor, require_role
from merchant_refunds.storage import models as m
from merchant_refunds.storage.db import write_transaction

PRESALE_FINDING = "presale_in_production"
#: "pending": the supplier was asked and has not answered yet; approval keeps waiting.
ANSWERS = ("agreed", "refused", "pending")


@dataclass(frozen=True)
class SupplierAnswer:
    supplier: str
    asked_on: date
    answer: str
    note: str
    recorded_by: str
    recorded_at: datetime

    def to_dict(self) -> dict[str, Any]:
        return {
            "supplier": self.supplier,
            "asked_on": self.asked_on.isoformat(),
            "answer": self.answer,
            "note": self.note,
            "recorded_by": self.recorded_by,
            "recorded_at": self.recorded_at.isoformat(),
        }


def needs_supplier(refund: m.Refund) -> bool:
    """The request carried the pre-sale finding and no owner override."""
    codes = {f.get("code") for f in json.loads(refund.findings_json or "[]")}
    return PRESALE_FINDING in codes and not refund.override_reason


def supplier_agreed(refund_id: int) -> bool:
    latest = (
        m.SupplierConfirmation.select(m.SupplierConfirmation.answer)
        .where(m.SupplierConfirmation.refund == refund_id)
        .order_by(m.SupplierConfirmation.id.desc())
        .first()
    )
    return latest is not None and latest.answer == "agreed"


def check_supplier_gate(refund: m.Refund) -> None:
    """Refuse approval while a pre-sale refund waits for (or was refused by) the supplier."""
    if needs_supplier(refund) and not supplier_agreed(refund.id):
        raise Refused(
            "supplier_confirmation_required",
            "Refund {refund_no} is for a pre-sale order in production: record the supplier's "
            "agreement before approving it",
            refund_no=refund.refund_no,
        )


def check_supplier_answer(supplier: str, asked_on: date, answer: str) -> str:
    """The supplier as ``record_supplier_confirmation`` stores it, or its refusal of who was
    asked, the day or the answer: checked as they are typed, too."""
    supplier = supplier.strip()
    if not supplier or len(supplier) > 200:
        raise InvalidInput(
            "supplier_required", "Say who at the supplier was asked (up to 200 characters)"
        )
    if answer not in ANSWERS:
        raise InvalidInput(
            "invalid_supplier_answer",
            "The supplier's answer is agreed, refused or pending, not {answer}",
            answer=answer,
        )
    if not isinstance(asked_on, date) or asked_on > clock.today():
        raise InvalidInput(
            "asked_in_future", "The day the supplier was asked cannot be later than today"
        )
    return supplier


def record_supplier_confirmation(
    actor: Actor, refund_no: str, supplier: str, asked_on: date, answer: str, note: str = ""
) -> SupplierAnswer:
    """Record who at the supplier was asked, on which day, and what they answered."""
    require_role(actor, Role.OWNER, Role.CLERK, action="record supplier confirmations")
    supplier = check_supplier_answer(supplier, asked_on, answer)
    with write_transaction():
        row = m.Refund.get_or_none(m.Refund.refund_no == refund_no.strip())
        if row is None:
            raise NotFound("unknown_refund", "No refund {refund_no}", refund_no=refund_no)
        if not needs_supplier(row):
            raise Refused(
                "supplier_not_needed",
                "Refund {refund_no} does not wait for a supplier",
                refund_no=row.refund_no,
            )
        if row.status != RefundStatus.REQUESTED.value:
            raise Refused(
                "supplier_too_late",
                "Refund {refund_no} is already decided",
                refund_no=row.refund_no,
            )
        now = clock.now()
        m.SupplierConfirmation.create(
            refund=row.id,
            supplier=supplier,
            asked_on=asked_on,
            answer=answer,
            note=note.strip(),
            recorded_by=actor.id,
            recorded_at=now,
        )
        audit.record(
            actor.name,
            "refund.supplier",
            "refund",
            row.refund_no,
            None,
            {"supplier": supplier, "asked_on": asked_on.isoformat(), "answer": answer},
        )
    return supplier_answers(row.refund_no)[-1]


def supplier_answers(refund_no: str) -> list[SupplierAnswer]:
    row = m.Refund.get_or_none(m.Refund.refund_no == refund_no.strip())
    if row is None:
        raise NotFound("unknown_refund", "No refund {refund_no}", refund_no=refund_no)
    query = (
        m.SupplierConfirmation.select(m.SupplierConfirmation, m.User.name)
        .join(m.User)
        .where(m.SupplierConfirmation.refund == row.id)
        .order_by(m.SupplierConfirmation.id)
    )
    return [
        SupplierAnswer(c.supplier, c.asked_on, c.answer, c.note, c.recorded_by.name, c.recorded_at)
        for c in query
    ]


def waits_for_supplier(refund_no: str) -> bool:
    """Whether the refund is still requested and its approval waits for the supplier's yes."""
    row = m.Refund.get_or_none(m.Refund.refund_no == refund_no.strip())
    if row is None:
        raise NotFound("unknown_refund", "No refund {refund_no}", refund_no=refund_no)
    return (
        row.status == RefundStatus.REQUESTED.value
        and needs_supplier(row)
        and not supplier_agreed(row.id)
    )
