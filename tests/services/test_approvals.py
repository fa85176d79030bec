"""The two-person rule as a shop sets it (another owner, the accountant, or the only owner with
his PIN), and the owner authorising on the clerk's screen: who may approve or override, what is
recorded, and that a wrong PIN is counted and changes nothing on the refund."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from merchant_refunds.documents.closing import render_closing
from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.errors import InvalidInput, PermissionDenied, Refused
from merchant_refunds.domain.lifecycle import RefundStatus
from merchant_refunds.domain.policy import SELF_APPROVAL_FINDING, ReasonCode, SecondApprover
from merchant_refunds.exports.closing import closing_rows
from merchant_refunds.exports.report_pdf import render_report
from merchant_refunds.services import (
    closing,
    integrity,
    orders,
    refund_decisions,
    refund_requests,
    reporting,
    shop_settings,
    users,
)
from merchant_refunds.services.refund_requests import RefundRequest
from merchant_refunds.storage import models as m
from tests.factories import make_line, make_order, tea_order
from tests.tamper import sql_file


def big(actor: users.Actor, order_no: str = "BIG1") -> str:
    """An owner's request of 600.00 (at or above the 500.00 second-approval threshold)."""
    orders.create_order(actor, make_order(order_no, [make_line(1, quantity=2, unit_price=30000)]))
    request = RefundRequest(order_no, Selection({1: 2}), ReasonCode.QUALITY_PROBLEM)
    refund = refund_requests.request_refund(actor, request)
    assert refund.second_approval_required
    return refund.refund_no


def refund_state(refund_no: str) -> tuple[object, ...]:
    row = m.Refund.get(m.Refund.refund_no == refund_no)
    return (
        row.status,
        row.findings_json,
        m.Approval.select().count(),
        m.Authorisation.select().count(),
    )


def failed_attempts(name: str) -> int:
    return m.User.get(m.User.name == name).failed_attempts


def events(action: str) -> list[m.AuditEvent]:
    return list(m.AuditEvent.select().where(m.AuditEvent.action == action))


# --- the default: never a refund nobody can approve -------------------------------------------


def test_default_one_owner_approves_his_own_request_with_his_pin(owner):
    refund_no = big(owner)
    assert shop_settings.get_policy().second_approver is SecondApprover.OWNER_OR_SELF
    with pytest.raises(PermissionDenied) as plain:
        refund_decisions.approve(owner, refund_no)
    assert plain.value.code == "self_approval_needs_pin"
    before = refund_state(refund_no)
    with pytest.raises(PermissionDenied) as wrong:
        refund_decisions.self_approve(owner, refund_no, "9999")
    assert wrong.value.code == "wrong_pin"
    assert refund_state(refund_no) == before
    assert failed_attempts("boss") == 1
    approved = refund_decisions.self_approve(owner, refund_no, "1234", "I checked the parcel")
    assert approved.status is RefundStatus.APPROVED
    assert approved.self_approved
    assert [(a.user_name, a.self_approval) for a in approved.approvals] == [("boss", True)]
    finding = next(f for f in approved.findings if f["code"] == SELF_APPROVAL_FINDING)
    assert finding["message"] == (
        "Single-owner self-approval: boss approved his own request after re-entering his PIN"
    )
    assert failed_attempts("boss") == 0
    (event,) = events("refund.self_approve")
    assert event.entity_key == refund_no and event.user_name == "boss"
    assert '"route":"self_approval"' in event.after_json


def test_default_two_owners_the_other_one_approves(owner, owner2):
    refund_no = big(owner)
    before = refund_state(refund_no)
    with pytest.raises(PermissionDenied) as own:
        refund_decisions.approve(owner, refund_no)
    assert own.value.code == "second_person_required"
    with pytest.raises(PermissionDenied) as self_:
        refund_decisions.self_approve(owner, refund_no, "1234")
    assert self_.value.code == "second_person_required"
    assert refund_state(refund_no) == before
    assert failed_attempts("boss") == 0  # refused before the PIN was asked for
    approved = refund_decisions.approve(owner2, refund_no)
    assert [(a.user_name, a.self_approval) for a in approved.approvals] == [("partner", False)]
    assert not approved.self_approved
    assert SELF_APPROVAL_FINDING not in [f["code"] for f in approved.findings]


def test_self_approval_is_refused_where_it_is_not_needed(owner, clerk):
    orders.create_order(clerk, tea_order("T1"))
    small = refund_requests.request_refund(
        owner, RefundRequest("T1", Selection({1: 1}), ReasonCode.QUALITY_PROBLEM)
    )
    with pytest.raises(Refused) as caught:
        refund_decisions.self_approve(owner, small.refund_no, "1234")
    assert caught.value.code == "self_approval_not_needed"
    clerks = big(clerk, "BIG2")  # a clerk's large request: the owner is the second person
    approved = refund_decisions.approve(owner, clerks)
    assert approved.status is RefundStatus.APPROVED and not approved.self_approved


def test_wrong_pins_lock_the_owner_out_as_at_sign_in(owner):
    refund_no = big(owner)
    before = refund_state(refund_no)
    for _ in range(users.MAX_ATTEMPTS):
        with pytest.raises(PermissionDenied, match="Wrong PIN"):
            refund_decisions.self_approve(owner, refund_no, "0000")
    with pytest.raises(PermissionDenied) as locked:
        refund_decisions.self_approve(owner, refund_no, "1234")
    assert locked.value.code == "user_locked"
    assert refund_state(refund_no) == before


# --- the other rules ----------------------------------------------------------------------------


def test_accountant_as_second_approver(owner, accountant, clerk):
    refund_no = big(owner)
    with pytest.raises(PermissionDenied) as not_yet:
        refund_decisions.approve(accountant, refund_no)
    assert not_yet.value.code == "role_not_allowed"
    shop_settings.set_policy(owner, {"second_approver": "owner_or_accountant"})
    with pytest.raises(PermissionDenied) as own:
        refund_decisions.approve(owner, refund_no)
    assert own.value.code == "second_person_required"
    assert "another owner or the accountant must approve" in str(own.value)
    approved = refund_decisions.approve(accountant, refund_no, "invoice checked")
    assert [(a.user_name, a.route) for a in approved.approvals] == [("kim", "accountant")]
    orders.create_order(clerk, tea_order("T2"))
    small = refund_requests.request_refund(
        clerk, RefundRequest("T2", Selection({1: 1}), ReasonCode.QUALITY_PROBLEM)
    )
    with pytest.raises(PermissionDenied) as below:
        refund_decisions.approve(accountant, small.refund_no)
    assert below.value.code == "accountant_second_only"


def test_a_rule_that_leaves_nobody_cannot_be_chosen(owner, accountant):
    for rule in ("another_owner",):
        with pytest.raises(Refused) as caught:
            shop_settings.set_policy(owner, {"second_approver": rule})
        assert caught.value.code == "second_approver_missing"
    assert shop_settings.get_policy().second_approver is SecondApprover.OWNER_OR_SELF
    users.set_active(owner, "kim", False)
    with pytest.raises(Refused):
        shop_settings.set_policy(owner, {"second_approver": "owner_or_accountant"})
    with pytest.raises(InvalidInput):
        shop_settings.set_policy(owner, {"second_approver": "anyone"})


def test_strict_rule_with_two_owners_refuses_self_approval(owner, owner2):
    shop_settings.set_policy(owner, {"second_approver": "another_owner"})
    refund_no = big(owner)
    with pytest.raises(PermissionDenied) as caught:
        refund_decisions.self_approve(owner, refund_no, "1234")
    assert caught.value.code == "second_person_required"
    assert refund_decisions.approve(owner2, refund_no).status is RefundStatus.APPROVED


# --- the owner at the clerk's screen ------------------------------------------------------------


def test_owner_approves_on_the_clerks_screen_with_both_names_recorded(owner, clerk):
    refund_no = big(clerk)
    before = refund_state(refund_no)
    with pytest.raises(PermissionDenied, match="Wrong PIN"):
        refund_decisions.approve_at_counter(clerk, refund_no, "boss", "1111")
    with pytest.raises(PermissionDenied) as not_owner:
        refund_decisions.approve_at_counter(clerk, refund_no, "amy", "5678")
    assert not_owner.value.code == "authoriser_not_owner"
    assert refund_state(refund_no) == before
    approved = refund_decisions.approve_at_counter(clerk, refund_no, "boss", "1234", "seen it")
    assert [(a.user_name, a.asked_by) for a in approved.approvals] == [("boss", "amy")]
    (event,) = events("refund.approve")
    assert event.user_name == "boss" and '"asked_by":"amy"' in event.after_json
    assert events("user.authorise") and not events("user.sign_in")


def test_owner_overrides_a_block_on_the_clerks_screen(owner, clerk):
    from datetime import datetime

    orders.create_order(clerk, tea_order("LATE1", delivered_at=datetime(2026, 1, 5, 12, 0)))
    plain = RefundRequest("LATE1", Selection({1: 1}), ReasonCode.NO_REASON)
    with pytest.raises(Refused, match="Blocked by the refund policy"):
        refund_requests.request_refund(clerk, plain)
    request = RefundRequest(
        "LATE1", Selection({1: 1}), ReasonCode.NO_REASON, override_reason="regular customer"
    )
    with pytest.raises(PermissionDenied, match="Wrong PIN"):
        refund_requests.request_refund_authorised(clerk, request, "boss", "4321")
    with pytest.raises(InvalidInput):
        refund_requests.request_refund_authorised(clerk, plain, "boss", "1234")
    assert m.Refund.select().count() == 0
    refund = refund_requests.request_refund_authorised(clerk, request, "boss", "1234")
    assert (refund.requested_by, refund.overridden_by) == ("amy", "boss")
    assert refund.override_reason == "regular customer"
    (event,) = events("refund.request")
    assert event.user_name == "amy" and '"overridden_by":"boss"' in event.after_json
    (auth,) = m.Authorisation.select()
    assert (auth.action, auth.user.name, auth.asked_by.name) == ("override", "boss", "amy")


# --- the closing and an attack ------------------------------------------------------------------


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_the_closing_and_the_report_list_self_approvals(owner, tmp_path):
    refund_no = big(owner)
    refund_decisions.self_approve(owner, refund_no, "1234")
    day = m.Refund.get(m.Refund.refund_no == refund_no).approved_at.date()
    closed = closing.compute_closing(owner, day)
    assert [(s.refund_no, s.owner, s.total) for s in closed.self_approvals] == [
        (refund_no, "boss", 60000)
    ]
    paper = _pdf_text(render_closing(closed, "en"))
    assert "Single-owner self-approvals" in paper and refund_no in paper and "600.00" in paper
    rows = closing_rows(closed, "en")
    assert ("Single-owner self-approvals", refund_no, "CNY", None, 60000, "boss") in rows
    report = reporting.report_data(owner, day, day)
    assert [s.refund_no for s in report.self_approvals] == [refund_no]
    text = _pdf_text(render_report(report, "en"))
    assert "Single-owner self-approvals (PIN re-entered)" in text and refund_no in text
    recorded = closing.record_closing(owner, day)
    assert recorded.self_approvals == closed.self_approvals


def test_no_self_approval_list_without_one(owner, owner2):
    refund_no = big(owner)
    refund_decisions.approve(owner2, refund_no)
    day = m.Refund.get(m.Refund.refund_no == refund_no).approved_at.date()
    closed = closing.compute_closing(owner, day)
    assert closed.self_approvals == ()
    assert "self-approval" not in _pdf_text(render_closing(closed, "en"))


@pytest.mark.tampers
def test_a_faked_second_approver_is_caught_by_check(owner, owner2, accountant, db_path: Path):
    refund_no = big(owner)
    approved = refund_decisions.approve(owner2, refund_no)
    assert approved.status is RefundStatus.APPROVED
    assert integrity.check().ok
    sql_file(db_path, "UPDATE approval SET user_id = ? WHERE user_id = ?", accountant.id, owner2.id)
    found = [d.field for d in integrity.check().differences if d.key == refund_no]
    assert found == ["approvals[1].user"]
    with pytest.raises(Exception, match="does not agree with its audit trail"):
        integrity.verify_refund(refund_no)


@pytest.mark.tampers
def test_a_self_approval_cannot_be_hidden(owner, db_path: Path):
    refund_no = big(owner)
    refund_decisions.self_approve(owner, refund_no, "1234")
    sql_file(db_path, "DELETE FROM authorisation")
    fields = [d.text() for d in integrity.check().differences if d.key == refund_no]
    assert fields and "authorisations" in fields[0]
