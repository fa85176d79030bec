"""The owner at the clerk's screen (manager override of a block, approval of a request), the only
owner approving his own large request with his PIN, and the second-approver setting; in both
languages, driven through the real widgets."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.policy import ReasonCode, SecondApprover
from merchant_refunds.services import orders, refund_requests, refund_views, shop_settings, users
from merchant_refunds.storage import models as m
from merchant_refunds.ui.common import i18n
from merchant_refunds.ui.common.tasks import wait_for_tasks
from merchant_refunds.ui.refunds.refund_dialog import RefundDialog
from merchant_refunds.ui.refunds.refunds_view import RefundsView
from merchant_refunds.ui.reports.closing_dialog import ClosingDialog
from merchant_refunds.ui.settings.settings_policy import PolicyPage
from tests.factories import FIXED_NOW, make_line, make_order
from tests.ui.helpers import OFFSCREEN_NOISE, answer_yes

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
LEFT = Qt.MouseButton.LeftButton
SHOWN = {
    i18n.ENGLISH: {
        "ask": "Ask the owner…",
        "ask_title": "Ask the owner",
        "wrong": "Wrong PIN for boss",
        "ask_approve": "Ask the owner to approve…",
        "self": "Approve with my PIN…",
        "self_done": "Single-owner self-approval (PIN re-entered)",
        "closing": "Single-owner self-approval (1)",
        "counter": "(at amy's counter, with his PIN)",
        "rule": "Another owner; the only owner with his PIN",
        "nobody": "Nobody could approve a large refund that an owner requested",
    },
    i18n.CHINESE: {
        "ask": "请店主授权…",
        "ask_title": "请店主授权",
        "wrong": "boss 的 PIN 码不正确",
        "ask_approve": "请店主批准…",
        "self": "输入 PIN 码批准…",
        "self_done": "单一店主自行审批（已重新输入 PIN 码）",
        "closing": "单一店主自行审批（1 笔）",
        "counter": "（在 amy 的柜台，输入 PIN 码）",
        "rule": "另一位店主；仅有一位店主时由其输入 PIN 码",
        "nobody": "店主本人申请的大额退款将无人可以批准",
    },
}


@pytest.fixture(params=[i18n.ENGLISH, i18n.CHINESE])
def language(request) -> Iterator[str]:
    i18n.apply_language(request.param)
    yield request.param
    i18n.apply_language(i18n.ENGLISH)


@pytest.fixture(autouse=True)
def _settle(qtbot, db_path) -> Iterator[None]:
    yield
    wait_for_tasks()


def _final_sale_order(actor) -> None:
    lines = [make_line(1, "SALE-1", 1, 9900, name="清仓围巾", final_sale=True)]
    orders.create_order(actor, make_order("FS1", lines))


def _big(actor, requester) -> str:
    orders.create_order(actor, make_order("BIG1", [make_line(1, quantity=2, unit_price=30000)]))
    request = refund_requests.RefundRequest("BIG1", Selection({1: 2}), ReasonCode.QUALITY_PROBLEM)
    return refund_requests.request_refund(requester, request).refund_no


def _view(qtbot, session) -> RefundsView:
    view = RefundsView(session)
    qtbot.addWidget(view)
    view.resize(1300, 650)
    view.show()
    return view


def test_the_owner_overrides_a_block_on_the_clerks_screen(
    qtbot, make_session, owner, clerk, language
):
    shown = SHOWN[language]
    _final_sale_order(clerk)
    dialog = RefundDialog(make_session(clerk), "FS1")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reason.setCurrentIndex(dialog.reason.findData(ReasonCode.NO_REASON.value))
    dialog.spins[1].setValue(1)
    qtbot.waitUntil(lambda: dialog.ask_owner_button.isVisibleTo(dialog))
    assert dialog.ask_owner_button.text() == shown["ask"]
    assert not dialog.submit_button.isEnabled()
    assert not dialog.ask_owner_button.isEnabled()  # not without a reason
    qtbot.keyClicks(dialog.override_edit, "regular customer")
    assert dialog.ask_owner_button.isEnabled()
    qtbot.mouseClick(dialog.ask_owner_button, LEFT)
    pin = dialog.owner_dialog
    assert pin is not None and pin.windowTitle() == shown["ask_title"]
    qtbot.keyClicks(pin.name_edit, "boss")
    qtbot.keyClicks(pin.pin_edit, "9999")
    qtbot.mouseClick(pin.ok_button, LEFT)
    assert pin.message_label.text() == shown["wrong"]
    assert pin.isVisible() and pin.pin_edit.text() == ""
    assert m.Refund.select().count() == 0
    qtbot.keyClicks(pin.pin_edit, "1234")
    with qtbot.waitSignal(dialog.refund_created):
        qtbot.mouseClick(pin.ok_button, LEFT)
    stored = refund_views.get_refund(dialog.refund.refund_no)
    assert (stored.requested_by, stored.overridden_by) == ("amy", "boss")
    assert stored.override_reason == "regular customer"


def test_the_owner_approves_on_the_clerks_screen(qtbot, make_session, owner, clerk, language):
    shown = SHOWN[language]
    refund_no = _big(clerk, clerk)
    view = _view(qtbot, make_session(clerk))
    qtbot.waitUntil(lambda: view.detail.refund is not None)
    assert "approve" not in view.visible_actions()
    button = view.buttons["ask_owner"]
    assert button.isVisible() and button.text() == shown["ask_approve"]
    qtbot.mouseClick(button, LEFT)
    pin = view.action_dialog
    qtbot.keyClicks(pin.name_edit, "boss")
    qtbot.keyClicks(pin.pin_edit, "1234")
    qtbot.mouseClick(pin.ok_button, LEFT)
    approved = refund_views.get_refund(refund_no)
    assert [(a.user_name, a.asked_by) for a in approved.approvals] == [("boss", "amy")]
    view.show_status("approved")
    qtbot.waitUntil(lambda: shown["counter"] in view.detail.text())


def test_the_only_owner_approves_his_own_request_with_his_pin(qtbot, make_session, owner, language):
    shown = SHOWN[language]
    refund_no = _big(owner, owner)
    view = _view(qtbot, make_session(owner))
    qtbot.waitUntil(lambda: view.detail.refund is not None)
    button = view.buttons["approve"]
    assert button.isEnabled() and button.text() == shown["self"]
    qtbot.mouseClick(button, LEFT)
    pin = view.action_dialog
    assert pin.name_edit.text() == "boss" and pin.name_edit.isReadOnly()
    qtbot.keyClicks(pin.pin_edit, "0000")
    qtbot.mouseClick(pin.ok_button, LEFT)
    assert pin.message_label.isVisibleTo(pin)
    assert refund_views.get_refund(refund_no).status.value == "requested"
    assert m.User.get(m.User.name == "boss").failed_attempts == 1
    qtbot.keyClicks(pin.pin_edit, "1234")
    qtbot.mouseClick(pin.ok_button, LEFT)
    assert refund_views.get_refund(refund_no).self_approved
    view.show_status("approved")
    qtbot.waitUntil(lambda: shown["self_done"] in view.detail.text())
    closing = ClosingDialog(make_session(owner))
    qtbot.addWidget(closing)
    closing.set_day(FIXED_NOW.date())
    assert wait_for_tasks()
    assert shown["closing"] in closing.figures.text()
    assert refund_no in closing.figures.text()


def test_the_accountant_approves_where_the_rule_names_him(qtbot, make_session, owner, accountant):
    shop_settings.set_policy(owner, {"second_approver": "owner_or_accountant"})
    refund_no = _big(owner, owner)
    view = _view(qtbot, make_session(accountant))
    qtbot.waitUntil(lambda: view.detail.refund is not None)
    assert view.visible_actions() == ["approve"]
    qtbot.mouseClick(view.buttons["approve"], LEFT)
    assert refund_views.get_refund(refund_no).status.value == "requested"  # asked first
    answer_yes(view.question_box)
    approved = refund_views.get_refund(refund_no)
    assert [(a.user_name, a.route) for a in approved.approvals] == [("kim", "accountant")]


def test_with_two_owners_the_requester_cannot_approve_his_own(qtbot, make_session, owner, owner2):
    _big(owner, owner)
    view = _view(qtbot, make_session(owner))
    qtbot.waitUntil(lambda: view.detail.refund is not None)
    button = view.buttons["approve"]
    assert button.text() == "Approve" and not button.isEnabled()


def test_the_second_approver_setting(qtbot, make_session, owner, accountant, language):
    shown = SHOWN[language]
    page = PolicyPage(make_session(owner))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    combo = page.second_approver
    assert combo.currentText() == shown["rule"]
    combo.setCurrentIndex(combo.findData(SecondApprover.ANOTHER_OWNER.value))
    qtbot.mouseClick(page.save_button, LEFT)
    assert shown["nobody"] in page.status_label.text()
    assert shop_settings.get_policy().second_approver is SecondApprover.OWNER_OR_SELF
    combo.setCurrentIndex(combo.findData(SecondApprover.OWNER_OR_ACCOUNTANT.value))
    qtbot.mouseClick(page.save_button, LEFT)
    assert shop_settings.get_policy().second_approver is SecondApprover.OWNER_OR_ACCOUNTANT
    clerk_page = PolicyPage(make_session(users.get_actor("kim")))
    qtbot.addWidget(clerk_page)
    assert not clerk_page.second_approver.isEnabled()
