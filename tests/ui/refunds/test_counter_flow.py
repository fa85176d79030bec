"""The counter in one pass (issue 15, problems 1–3): what a clerk and an owner see at the counter.

Submit → a success line and the confirmation in print preview with Print and the signature pad one
button away; money never moves on one click (the question names the amount and the payee, and
Enter answers "go back"); typed input is not thrown away without asking; the fields say what is
wrong while they are typed; an unpaid order offers no refund; a second dialog on the same order
follows the first one's saved refund.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication

from merchant_refunds.domain.order import OrderStatus
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import orders, refund_decisions, refund_views, shop_settings
from merchant_refunds.ui.common import i18n
from merchant_refunds.ui.common.tasks import wait_for_tasks
from merchant_refunds.ui.orders.orders_view import OrdersView
from merchant_refunds.ui.refunds.refund_dialog import RefundDialog
from merchant_refunds.ui.refunds.refunds_view import RefundsView
from tests.factories import make_line, make_order, tea_order
from tests.ui.helpers import OFFSCREEN_NOISE, answer_yes, column_texts
from tests.ui.refunds.test_aftercare import _png
from tests.ui.refunds.test_refunds_view import _request

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
LEFT = Qt.MouseButton.LeftButton

SHOWN = {
    i18n.ENGLISH: {
        "banner": "Refund {no} was saved: ¥126.38, Waiting for approval. Print the confirmation "
        "for the customer to sign.",
        "sign": "Customer signs…",
        "discard": "Discard your input?",
        "back": "Go back",
        "unpaid": "Order TB9 has not been paid; there is nothing to refund",
        "approve": "Approve refund {no} of ¥126.38 to 王小芳 (Refund to original payment)?",
        "too_many": "At most 3 instalments; pay the rest now",
    },
    i18n.CHINESE: {
        "banner": "退款 {no} 已保存：¥126.38，待审批。请打印确认单交顾客签字。",
        "sign": "顾客签字…",
        "discard": "放弃已填写的内容？",
        "back": "返回",
        "unpaid": "订单 TB9 尚未付款，没有可退的金额",
        "approve": "批准退款 {no}：¥126.38，退给 王小芳 (原路退回)？",
        "too_many": "最多分 3 期退款，本次请付清剩余金额",
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


def _orders_view(qtbot, session, order_no: str) -> OrdersView:
    view = OrdersView(session)
    qtbot.addWidget(view)
    view.resize(1200, 640)
    view.show()
    qtbot.keyClicks(view.search, order_no)
    qtbot.waitUntil(lambda: column_texts(view.model, 0) == [order_no])
    qtbot.waitUntil(lambda: view.detail.detail is not None)
    return view


def _fill(qtbot, dialog: RefundDialog) -> None:
    dialog.reason.setCurrentIndex(dialog.reason.findData(ReasonCode.QUALITY_PROBLEM.value))
    qtbot.keyClick(dialog.spins[1], Qt.Key.Key_Up)
    dialog.shipping.setChecked(True)
    qtbot.waitUntil(lambda: dialog.submit_button.isEnabled())


def _question_buttons(box) -> tuple[str, str, bool]:
    yes = box.findChild(QAbstractButton, "yesButton")
    no = box.findChild(QAbstractButton, "noButton")
    return yes.text(), no.text(), box.defaultButton() is no


def test_submit_opens_the_confirmation_with_print_and_the_signature_pad(
    qtbot, make_session, clerk, language
) -> None:
    shown = SHOWN[language]
    orders.create_order(clerk, tea_order("TB1001"))
    view = _orders_view(qtbot, make_session(clerk), "TB1001")
    dialog = view.new_refund_for_selected()
    _fill(qtbot, dialog)
    qtbot.mouseClick(dialog.submit_button, LEFT)
    refund_no = dialog.refund.refund_no
    preview = view.after_request
    assert preview is not None and preview.isVisible()
    assert preview.banner.text() == shown["banner"].format(no=refund_no)
    assert preview.print_button.isVisible() and preview.print_button.isEnabled()
    assert preview.page_count >= 1 or preview.pdfs  # the paper is rendered
    assert preview.sign_button.text() == shown["sign"]
    qtbot.mouseClick(preview.sign_button, LEFT)
    pad = view.print_bar.signature_dialog
    assert pad is not None and pad.isVisible()
    assert pad.refund_no == refund_no
    assert pad.tabs.currentIndex() == 1  # straight to signing on screen
    assert refund_views.get_refund(refund_no).status.value == "requested"


def test_cancel_or_esc_in_a_filled_dialog_asks_before_discarding(
    qtbot, make_session, clerk, language
) -> None:
    shown = SHOWN[language]
    orders.create_order(clerk, tea_order("TB1001"))
    session = make_session(clerk)
    empty = RefundDialog(session, "TB1001")
    qtbot.addWidget(empty)
    empty.show()
    qtbot.keyClick(empty, Qt.Key.Key_Escape)
    assert not empty.isVisible()  # nothing typed: nothing to lose, no question

    dialog = RefundDialog(session, "TB1001")
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    box = dialog.question_box
    assert dialog.isVisible() and box is not None and box.isVisible()
    assert box.windowTitle() == shown["discard"]
    _yes, no_text, safe_default = _question_buttons(box)
    assert no_text == shown["back"] and safe_default
    box.findChild(QAbstractButton, "noButton").click()
    assert dialog.isVisible() and dialog.spins[1].value() == 1  # kept as typed
    dialog.buttons.rejected.emit()  # Cancel
    answer_yes(dialog.question_box)
    assert not dialog.isVisible()
    assert refund_views.list_refunds() == []


def test_an_unpaid_order_offers_no_refund_and_says_why(qtbot, make_session, clerk, language):
    shown = SHOWN[language]
    orders.create_order(clerk, tea_order("TB9", status=OrderStatus.AWAITING_PAYMENT))
    view = _orders_view(qtbot, make_session(clerk), "TB9")
    assert not view.detail.refund_button.isEnabled()
    assert view.detail.refund_button.toolTip() == shown["unpaid"]
    assert view.detail.blocked_note.isVisible()
    assert view.detail.blocked_note.text() == shown["unpaid"]
    assert view.new_refund_for_selected() is None  # Ctrl+N: no dialog quoting an amount
    assert view.refund_dialog is None


def test_a_second_dialog_on_the_same_order_follows_the_first_ones_refund(
    qtbot, make_session, clerk
) -> None:
    orders.create_order(clerk, tea_order("TB1001"))
    session = make_session(clerk)
    first = RefundDialog(session, "TB1001")
    second = RefundDialog(session, "TB1001")
    for dialog in (first, second):
        qtbot.addWidget(dialog)
        dialog.show()
    second.reason.setCurrentIndex(second.reason.findData(ReasonCode.QUALITY_PROBLEM.value))
    second.everything_left.setChecked(True)
    qtbot.waitUntil(lambda: second.total_label.text() == "Refund total: ¥432.00")
    assert second.spins[1].maximum() == 3
    _fill(qtbot, first)
    qtbot.mouseClick(first.submit_button, LEFT)
    assert first.refund is not None
    # The second one now offers only what is left and quotes it.
    assert second.spins[1].maximum() == 2
    assert "of 2" in second.spins[1].suffix()
    assert second.lines_table.item(0, 3).text() == "1"
    assert second.total_label.text() == "Refund total: ¥305.62"
    assert "¥305.62" in second.header_label.text()


def test_approve_asks_with_amount_and_payee_and_enter_goes_back(
    qtbot, make_session, clerk, owner, language
) -> None:
    shown = SHOWN[language]
    orders.create_order(clerk, tea_order("TB1001"))
    refund_no = _request(clerk, "TB1001")
    view = RefundsView(make_session(owner))
    qtbot.addWidget(view)
    view.resize(1200, 640)
    view.show()
    qtbot.waitUntil(lambda: view.detail.refund is not None)
    assert view.buttons["approve"].toolTip() == "Ctrl+Shift+A"
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.table.setFocus()
    qtbot.keyClick(
        view.table,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: view.question_box is not None)  # the button animates its click
    box = view.question_box
    assert box.isVisible()
    assert box.text() == shown["approve"].format(no=refund_no)
    assert _question_buttons(box)[2]  # "go back" is the default
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert refund_views.get_refund(refund_no).status.value == "requested"
    qtbot.mouseClick(view.buttons["approve"], LEFT)
    answer_yes(view.question_box)
    assert refund_views.get_refund(refund_no).status.value == "approved"


def test_payout_fields_say_what_is_wrong_as_they_are_typed(
    qtbot, make_session, clerk, owner, language
) -> None:
    shown = SHOWN[language]
    shop_settings.set_policy(owner, {"instalments_allowed": True, "max_instalments": 3})
    orders.create_order(clerk, make_order("BIG1", [make_line(1, "TV-1", 1, 300001, name="电视")]))
    refund_no = _request(clerk, "BIG1")
    refund_decisions.approve(owner, refund_no)
    from merchant_refunds.services import signatures

    signatures.attach_signature_file(clerk, refund_no, "signed.png", _png())
    view = RefundsView(make_session(owner))
    qtbot.addWidget(view)
    view.resize(1200, 640)
    view.show()
    view.show_status("approved")
    qtbot.waitUntil(
        lambda: view.detail.refund is not None and view.detail.refund.status.value == "approved"
    )
    qtbot.mouseClick(view.buttons["pay"], LEFT)
    dialog = view.action_dialog
    assert dialog.ok_button.isEnabled()
    dialog.instalments.setValue(6)
    assert dialog.field_error("instalments") == shown["too_many"]
    assert not dialog.ok_button.isEnabled()
    dialog.instalments.setValue(3)
    assert dialog.field_error("instalments") == ""
    assert dialog.ok_button.isEnabled()
    dialog.instalments.setValue(1)
    dialog.amount.setText("3000.02")
    assert dialog.field_error("amount") != "" and not dialog.ok_button.isEnabled()
    dialog.amount.setText("3000.01")
    dialog.reference.setText("x" * 129)
    assert dialog.field_error("reference") != "" and not dialog.ok_button.isEnabled()
    dialog.reference.setText("ALI-1")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert "¥3,000.01" in dialog.question_box.text()
    assert refund_views.get_refund(refund_no).payouts == []
    answer_yes(dialog.question_box)
    assert refund_views.get_refund(refund_no).status.value == "paid"
    QApplication.processEvents()
