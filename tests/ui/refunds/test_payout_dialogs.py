"""The payout and retry dialogs with bank details and instalment intervals, and the supplier's
answer recorded from the follow-up view: what the user types, sees under the fields, and what
the services then hold."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt

from merchant_refunds.domain.order import OrderStatus
from merchant_refunds.services import (
    clock,
    orders,
    presale,
    refund_decisions,
    refund_views,
    signatures,
)
from merchant_refunds.services.payouts import failures, sending
from merchant_refunds.storage import models as m
from merchant_refunds.ui.common.tasks import wait_for_tasks
from merchant_refunds.ui.followup.followup_view import FollowUpView
from merchant_refunds.ui.refunds.refunds_view import RefundsView
from tests.factories import make_line, make_order, tea_order
from tests.ui.helpers import OFFSCREEN_NOISE, press_ok
from tests.ui.refunds.test_aftercare import _png
from tests.ui.refunds.test_refunds_view import _request, _shown

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
LEFT = Qt.MouseButton.LeftButton
GOOD_CARD = "6222020200112233446"


@pytest.fixture(autouse=True)
def _settle(qtbot, db_path) -> Iterator[None]:
    yield
    wait_for_tasks()


def _view(qtbot, session) -> RefundsView:
    view = RefundsView(session)
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    return view


def _approved(clerk, owner, order_no: str = "TB1001") -> str:
    orders.create_order(clerk, tea_order(order_no))
    refund_no = _request(clerk, order_no)
    refund_decisions.approve(owner, refund_no)
    return refund_no


def _large_signed(clerk, owner, order_no: str, minor: int) -> str:
    orders.create_order(clerk, make_order(order_no, [make_line(1, "TV-1", 1, minor, name="电视")]))
    refund_no = _request(clerk, order_no)
    refund_decisions.approve(owner, refund_no)
    signatures.attach_signature_file(clerk, refund_no, "signed.png", _png())
    return refund_no


def _open_pay(qtbot, view: RefundsView, refund_no: str):
    view.show_status("approved")
    _shown(qtbot, view, refund_no, "Approved")
    qtbot.mouseClick(view.buttons["pay"], LEFT)
    return view.action_dialog


def test_bank_transfer_with_a_bad_account_shows_the_message_under_the_field(
    qtbot, make_session, clerk, owner
):
    refund_no = _approved(clerk, owner)
    view = _view(qtbot, make_session(owner))
    dialog = _open_pay(qtbot, view, refund_no)
    assert not dialog.account.isVisibleTo(dialog)  # original route: no bank fields
    dialog.method.setCurrentIndex(dialog.method.findData("bank_transfer"))
    assert dialog.account.isVisibleTo(dialog)

    press_ok(dialog)  # nothing typed: each empty field says so
    missing = "A bank transfer needs the account holder, the bank and the account number"
    assert [dialog.field_error(n) for n in ("holder", "bank", "account")] == [missing] * 3

    dialog.holder.setText("王小芳")
    dialog.bank.setText("工商银行")
    dialog.account.setText("12345")
    press_ok(dialog)
    assert dialog.isVisible()
    assert dialog.field_error("account") == "A bank card or account number is 12 to 19 digits"
    assert dialog.field_error("holder") == ""
    assert refund_views.get_refund(refund_no).payouts == []

    dialog.account.setText("6222 0202 0011 2233 445")  # one digit off: the Luhn check fails
    press_ok(dialog)
    assert dialog.field_error("account").startswith("The card number ")
    assert dialog.field_error("account").endswith("fails its check digit")
    assert refund_views.get_refund(refund_no).payouts == []

    dialog.account.setText(GOOD_CARD)
    press_ok(dialog)
    qtbot.waitUntil(lambda: view.detail.title.text() == f"Refund {refund_no} · Paid out")
    payout = refund_views.get_refund(refund_no).payouts[0]
    assert (payout.method, payout.status) == ("bank_transfer", "sent")
    assert payout.account_masked.endswith("3446") and GOOD_CARD not in payout.account_masked
    stored = m.Payout.get(m.Payout.seq == 1)
    assert (stored.holder, stored.bank, stored.account) == ("王小芳", "工商银行", GOOD_CARD)


def test_instalments_every_two_weeks_add_up_to_the_refund(qtbot, make_session, clerk, owner):
    refund_no = _large_signed(clerk, owner, "BIG3", 300001)
    view = _view(qtbot, make_session(owner))
    dialog = _open_pay(qtbot, view, refund_no)
    assert not dialog.every.isVisibleTo(dialog)
    dialog.instalments.setValue(3)
    assert dialog.every.isVisibleTo(dialog)
    dialog.every.setValue(14)
    assert dialog.plan.text() == "2 × ¥1,000.00 + ¥1,000.01 = ¥3,000.01"
    # the plan is never cut off: the dialog is as tall as its contents need
    assert dialog.height() >= dialog.sizeHint().height()
    assert dialog.plan.width() >= dialog.plan.fontMetrics().horizontalAdvance(dialog.plan.text())
    press_ok(dialog)
    qtbot.waitUntil(lambda: len(refund_views.get_refund(refund_no).payouts) == 3)
    paid = refund_views.get_refund(refund_no).payouts
    assert sum(p.amount for p in paid) == refund_views.get_refund(refund_no).payout.minor == 300001
    today = clock.today()
    assert [p.due_on for p in paid] == [today + timedelta(days=d) for d in (0, 14, 28)]


def test_too_many_instalments_are_refused_under_the_field(qtbot, make_session, clerk, owner):
    refund_no = _large_signed(clerk, owner, "BIG4", 300000)
    view = _view(qtbot, make_session(owner))
    dialog = _open_pay(qtbot, view, refund_no)
    dialog.instalments.setValue(12)
    press_ok(dialog)
    assert dialog.isVisible()
    assert dialog.field_error("instalments").startswith("At most ")
    assert refund_views.get_refund(refund_no).payouts == []


def test_failed_payout_is_retried_by_bank_transfer(qtbot, make_session, clerk, owner):
    refund_no = _approved(clerk, owner)
    sending.record_payout(owner, refund_no, reference="ALI-1")
    failures.mark_failed(owner, refund_no, 1, "account closed")
    view = _view(qtbot, make_session(owner))
    view.show_status("approved")
    _shown(qtbot, view, refund_no, "Approved")
    qtbot.mouseClick(view.buttons["retry"], LEFT)
    retry = view.action_dialog
    retry.reference.setText("R" * 129)  # said while typed; OK stays off
    assert retry.field_error("reference") == "The reference is longer than 128 characters"
    assert not retry.ok_button.isEnabled()
    retry.reference.setText("")
    assert retry.field_error("reference") == "" and retry.ok_button.isEnabled()
    retry.method.setCurrentIndex(retry.method.findData("bank_transfer"))
    retry.holder.setText("王小芳")
    retry.bank.setText("工商银行")
    retry.account.setText("1234")
    press_ok(retry)
    assert retry.field_error("account") == "A bank card or account number is 12 to 19 digits"
    assert len(refund_views.get_refund(refund_no).payouts) == 1
    retry.account.setText(GOOD_CARD)
    press_ok(retry)
    qtbot.waitUntil(lambda: len(refund_views.get_refund(refund_no).payouts) == 2)
    first, second = refund_views.get_refund(refund_no).payouts
    assert (first.status, first.failure_reason) == ("failed", "account closed")
    assert (second.method, second.status, second.retry_of) == ("bank_transfer", "sent", 1)


def test_supplier_answer_from_the_followup_view(qtbot, make_session, clerk, owner):
    orders.create_order(
        clerk, tea_order("PRE2", status=OrderStatus.PRESALE_IN_PRODUCTION, presale=True)
    )
    refund_no = _request(clerk, "PRE2")
    view = FollowUpView(make_session(clerk))
    qtbot.addWidget(view)
    view.show()
    assert wait_for_tasks()  # the list is read off the GUI thread
    assert view.select_refund(refund_no)
    assert view.buttons["supplier"].isEnabled()
    assert not view.buttons["confirm"].isEnabled()

    dialog = view.record_supplier_answer()
    assert dialog is not None
    dialog.supplier.setText("Factory Li")
    dialog.asked_on.setDate(QDate(2026, 11, 25))
    dialog.answer.setCurrentIndex(dialog.answer.findData("pending"))
    dialog.note.setText("will call back")
    press_ok(dialog)
    assert not dialog.isVisible()
    assert wait_for_tasks()
    assert view.select_refund(refund_no)  # still waiting: no answer yet
    assert presale.waits_for_supplier(refund_no)

    dialog = view.record_supplier_answer()
    assert dialog is not None
    dialog.supplier.setText("Factory Li")
    dialog.answer.setCurrentIndex(dialog.answer.findData("agreed"))
    press_ok(dialog)
    assert wait_for_tasks()
    assert not view.select_refund(refund_no)  # off the list
    assert [a.answer for a in presale.supplier_answers(refund_no)] == ["pending", "agreed"]
    assert refund_decisions.approve(owner, refund_no).status.value == "approved"


def test_pending_supplier_answer_is_shown_in_the_detail(qtbot, make_session, clerk):
    orders.create_order(
        clerk, tea_order("PRE3", status=OrderStatus.PRESALE_IN_PRODUCTION, presale=True)
    )
    refund_no = _request(clerk, "PRE3")
    presale.record_supplier_confirmation(
        clerk, refund_no, "Factory Li", clock.today(), "pending", "will call back"
    )
    view = _view(qtbot, make_session(clerk))
    _shown(qtbot, view, refund_no, "Waiting for approval")
    assert "no answer yet · will call back" in view.detail.text()
    assert "supplier" in view.visible_actions()
