"""The owner's decision on a request (approve, reject) and withdrawing a refund before money moves
(cancel). Each is one write transaction ending with the refund's audit event.
"""

from __future__ import annotations

from merchant_refunds.domain.errors import InvalidInput, PermissionDenied, Refused
from merchant_refunds.domain.lifecycle import RefundStatus, Role, check_action
from merchant_refunds.domain.text_checks import check_text
from merchant_refunds.services import clock, integrity, presale
from merchant_refunds.services.refund_rows import active_payouts, refund_row, set_status
from merchant_refunds.services.refund_views import RefundDetail, get_refund
from merchant_refunds.services.users import Actor, require_role
from merchant_refunds.storage import models as m
from merchant_refunds.storage.db import write_transaction


def approve(actor: Actor, refund_no: str, note: str = "") -> RefundDetail:
    require_role(actor, Role.OWNER, action="approve refunds")
    with write_transaction():
        row = refund_row(refund_no)
        check_action(RefundStatus(row.status), "approve", row.refund_no)
        integrity.verify_refund(row.refund_no)
        if row.second_approval_required and row.requested_by_id == actor.id:
            raise PermissionDenied(
                "second_person_required",
                "Refund {refund_no} is at or above the second-approval threshold: someone "
                "other than the requester must approve it",
                refund_no=row.refund_no,
            )
        presale.check_supplier_gate(row)
        if (
            m.Approval.select()
            .where((m.Approval.refund == row.id) & (m.Approval.user == actor.id))
            .exists()
        ):
            raise Refused(
                "already_decided",
                "You have already decided on {refund_no}",
                refund_no=row.refund_no,
            )
        now = clock.now()
        m.Approval.create(
            refund=row.id, user=actor.id, decision="approve", reason=note, created_at=now
        )
        set_status(row, actor, "approve", RefundStatus.APPROVED, approved_at=now)
    return get_refund(refund_no)


def reject(actor: Actor, refund_no: str, reason: str) -> RefundDetail:
    require_role(actor, Role.OWNER, action="reject refunds")
    reason = check_text(reason, "reason", 2000, multiline=True).strip()
    if not reason:
        raise InvalidInput(
            "reason_required", "Please give the reason for rejecting; the customer will see it"
        )
    with write_transaction():
        row = refund_row(refund_no)
        check_action(RefundStatus(row.status), "reject", row.refund_no)
        now = clock.now()
        m.Approval.create(
            refund=row.id, user=actor.id, decision="reject", reason=reason, created_at=now
        )
        set_status(
            row, actor, "reject", RefundStatus.REJECTED, rejected_at=now, rejection_reason=reason
        )
    return get_refund(refund_no)


def cancel(actor: Actor, refund_no: str, reason: str = "") -> RefundDetail:
    """Withdraw a request or an approved refund before any money has been sent."""
    require_role(actor, Role.OWNER, Role.CLERK, action="cancel refunds")
    check_text(reason, "reason", 2000, multiline=True)
    with write_transaction():
        row = refund_row(refund_no)
        check_action(RefundStatus(row.status), "cancel", row.refund_no)
        if actor.role is Role.CLERK and (
            row.requested_by_id != actor.id or row.status != RefundStatus.REQUESTED.value
        ):
            raise PermissionDenied(
                "clerk_cancel_own",
                "A clerk can cancel only their own refund requests that are not yet approved",
            )
        if active_payouts(row.id):
            raise Refused(
                "payout_exists",
                "Money has already been sent for {refund_no}",
                refund_no=row.refund_no,
            )
        set_status(
            row,
            actor,
            "cancel",
            RefundStatus.CANCELLED,
            cancelled_at=clock.now(),
            cancel_reason=reason.strip(),
        )
    return get_refund(refund_no)
