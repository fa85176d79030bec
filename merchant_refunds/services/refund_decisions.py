"""The owner's decision on a request (approve, reject) and withdrawing a refund before money moves
(cancel). Each is one write transaction ending with the refund's audit event.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from merchant_refunds.domain.errors import InvalidInput, PermissionDenied, Refused
from merchant_refunds.domain.lifecycle import RefundStatus, Role, check_action
from merchant_refunds.domain.policy import (
    ApprovalRoute,
    SecondApprover,
    approval_route,
    self_approval_finding,
)
from merchant_refunds.domain.text_checks import check_text
from merchant_refunds.services import (
    attachments,
    clock,
    integrity,
    presale,
    rejection_templates,
    users,
)
from merchant_refunds.services.refund_rows import active_payouts, refund_row, set_status
from merchant_refunds.services.refund_views import RefundDetail, get_refund
from merchant_refunds.services.shop_settings import get_policy
from merchant_refunds.services.users import Actor, require_role
from merchant_refunds.storage import models as m
from merchant_refunds.storage.db import write_transaction

#: The longest reason or remark a rejection or cancellation keeps.
MAX_REASON = 2000


def approve(actor: Actor, refund_no: str, note: str = "") -> RefundDetail:
    """Approve as the person signed in. At or above the second-approval threshold the shop's
    rule (``Policy.second_approver``) says who may: another owner, the accountant, or the only
    owner himself through ``self_approve``."""
    policy = get_policy()
    allowed = [Role.OWNER]
    if policy.second_approver is SecondApprover.OWNER_OR_ACCOUNTANT:
        allowed.append(Role.ACCOUNTANT)
    require_role(actor, *allowed, action="approve refunds")
    check_text(note, "note", 2000, multiline=True)
    return _approve(actor, refund_no, note, asked_by=None, pin_confirmed=False)


def self_approve(actor: Actor, refund_no: str, pin: str, note: str = "") -> RefundDetail:
    """The shop's only owner approves a large refund he requested himself, after re-entering
    his PIN (counted and locked out as a sign-in). Recorded as a single-owner self-approval
    finding that the trail, the refund, the report and the daily closing show."""
    require_role(actor, Role.OWNER, action="approve refunds")
    check_text(note, "note", 2000, multiline=True)
    _check_may_self_approve(actor, refund_no)
    confirmed = users.authenticate_here(actor.name, pin)
    if confirmed.id != actor.id:
        raise PermissionDenied("wrong_pin", "Wrong PIN for {name}", name=actor.name)
    return _approve(confirmed, refund_no, note, asked_by=None, pin_confirmed=True)


def approve_at_counter(
    actor: Actor, refund_no: str, owner_name: str, pin: str, note: str = ""
) -> RefundDetail:
    """An owner approves on the screen of the person signed in (``actor``, who asked) by typing
    his name and PIN: the approval records both names."""
    require_role(actor, Role.OWNER, Role.CLERK, action="ask the owner to approve")
    check_text(note, "note", 2000, multiline=True)
    refund_row(refund_no)
    owner = users.authenticate_here(owner_name, pin)
    require_owner(owner)
    asked_by = None if owner.id == actor.id else actor
    return _approve(owner, refund_no, note, asked_by=asked_by, pin_confirmed=True)


def require_owner(person: Actor) -> None:
    """The person authorising at the counter must be an owner."""
    if person.role is not Role.OWNER:
        raise PermissionDenied(
            "authoriser_not_owner",
            "{name} is not an owner: only an owner can authorise at the counter",
            name=person.name,
        )


def _check_may_self_approve(actor: Actor, refund_no: str) -> None:
    """Refuse before the PIN is asked for when a self-approval is not what this refund needs."""
    row = refund_row(refund_no)
    check_action(RefundStatus(row.status), "approve", row.refund_no)
    if not (row.second_approval_required and row.requested_by_id == actor.id):
        raise Refused(
            "self_approval_not_needed",
            "Refund {refund_no} does not need a self-approval: approve it as usual",
            refund_no=row.refund_no,
        )
    approval_route(
        get_policy(),
        second_required=True,
        requester_id=actor.id,
        requester_is_owner=True,
        approver_id=actor.id,
        approver_role=actor.role,
        active_owners=_active_owners(),
        pin_confirmed=True,
    )


def self_approval_allowed() -> bool:
    """Whether the shop's rule lets its only owner approve his own large request with his PIN
    (for the screens: which button to offer)."""
    return get_policy().second_approver is SecondApprover.OWNER_OR_SELF and _active_owners() == 1


def accountant_may_approve() -> bool:
    """Whether the shop's rule names the accountant as second approver."""
    return get_policy().second_approver is SecondApprover.OWNER_OR_ACCOUNTANT


def _active_owners() -> int:
    return (
        m.User.select()
        .where((m.User.role == Role.OWNER.value) & (m.User.active == True))  # noqa: E712
        .count()
    )


def _approve(
    approver: Actor, refund_no: str, note: str, *, asked_by: Actor | None, pin_confirmed: bool
) -> RefundDetail:
    with write_transaction():
        row = refund_row(refund_no)
        check_action(RefundStatus(row.status), "approve", row.refund_no)
        integrity.verify_refund(row.refund_no)
        requester = m.User.get_by_id(row.requested_by_id)
        route = approval_route(
            get_policy(),
            second_required=row.second_approval_required,
            requester_id=row.requested_by_id,
            requester_is_owner=requester.role == Role.OWNER.value,
            approver_id=approver.id,
            approver_role=approver.role,
            active_owners=_active_owners(),
            pin_confirmed=pin_confirmed,
        )
        presale.check_supplier_gate(row)
        if (
            m.Approval.select()
            .where((m.Approval.refund == row.id) & (m.Approval.user == approver.id))
            .exists()
        ):
            raise Refused(
                "already_decided",
                "You have already decided on {refund_no}",
                refund_no=row.refund_no,
            )
        now = clock.now()
        m.Approval.create(
            refund=row.id, user=approver.id, decision="approve", reason=note, created_at=now
        )
        changes: dict[str, object] = {"approved_at": now}
        self_approval = route is ApprovalRoute.SELF_APPROVAL
        if pin_confirmed or asked_by is not None or route is ApprovalRoute.ACCOUNTANT:
            m.Authorisation.create(
                refund=row.id,
                action="approve",
                user=approver.id,
                asked_by=asked_by.id if asked_by else None,
                self_approval=self_approval,
                route=route.value,
                created_at=now,
            )
        if self_approval:
            findings = json.loads(row.findings_json)
            findings.append(self_approval_finding(approver.name).to_dict())
            changes["findings_json"] = json.dumps(findings, ensure_ascii=False)
        extra = {"route": route.value}
        if asked_by is not None:
            extra["asked_by"] = asked_by.name
        set_status(
            row,
            approver,
            "self_approve" if self_approval else "approve",
            RefundStatus.APPROVED,
            extra=extra,
            **changes,
        )
    return get_refund(refund_no)


def rejection_text(remark: str, template: str = "", lang: str = "zh") -> str:
    """The reason the customer will read (the template's text in ``lang`` and the remark), or
    the refusal ``reject`` would give: checked as the owner types, too."""
    reason = rejection_templates.compose(template, check_reason(remark).strip(), lang)
    if not reason:
        raise InvalidInput(
            "reason_required", "Please give the reason for rejecting; the customer will see it"
        )
    return reason


def reject(
    actor: Actor,
    refund_no: str,
    reason: str = "",
    *,
    template: str = "",
    lang: str = "zh",
    files: Sequence[tuple[str, bytes]] = (),
) -> RefundDetail:
    """Reject with a reason the customer will see: the shop's ``template`` (its text in
    ``lang``) and/or the owner's own words, and optionally the evidence behind it (photos,
    files), all in one transaction: a refused file leaves the refund as it was."""
    require_role(actor, Role.OWNER, action="reject refunds")
    reason = rejection_text(reason, template, lang)
    checked = [attachments.check_file(name, data) for name, data in files]
    with write_transaction():
        row = refund_row(refund_no)
        check_action(RefundStatus(row.status), "reject", row.refund_no)
        now = clock.now()
        m.Approval.create(
            refund=row.id, user=actor.id, decision="reject", reason=reason, created_at=now
        )
        set_status(
            row,
            actor,
            "reject",
            RefundStatus.REJECTED,
            extra={"template": template} if template else None,
            rejected_at=now,
            rejection_reason=reason,
        )
        if checked:
            attachments.store_checked(actor, row, attachments.Stage.REJECTION, checked)
    return get_refund(refund_no)


def check_reason(reason: str) -> str:
    """A reason or remark typed for a rejection or cancellation, or its refusal (too long,
    control characters): checked as it is typed, too."""
    return check_text(reason, "reason", MAX_REASON, multiline=True)


def cancel(actor: Actor, refund_no: str, reason: str = "") -> RefundDetail:
    """Withdraw a request or an approved refund before any money has been sent."""
    require_role(actor, Role.OWNER, Role.CLERK, action="cancel refunds")
    check_reason(reason)
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
