"""The whole refund once through the real widgets, as the shop works it at one computer.

A clerk refunds one tea of three (with the order's discount share) and the shipping; the clerk
cannot approve; the owner signs in and approves and pays; the clerk confirms the money arrived.
The refunds list and the order's detail show each new state.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from merchant_refunds.domain.errors import PermissionDenied
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import audit, orders, refund_decisions, refund_views
from merchant_refunds.ui.common.tasks import wait_for_tasks
from merchant_refunds.ui.orders.orders_view import OrdersView
from merchant_refunds.ui.refunds.refunds_view import RefundsView
from tests.factories import tea_order
from tests.ui.helpers import OFFSCREEN_NOISE, answer_yes, column_texts, press_ok

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture(autouse=True)
def _settle(qtbot, db_path) -> Iterator[None]:
    yield
    wait_for_tasks()


def test_clerk_requests_owner_approves_and_pays_clerk_confirms(qtbot, make_session, clerk, owner):
    orders.create_order(clerk, tea_order("TB1001"))
    orders.create_order(clerk, tea_order("TB1002"))
    session = make_session(clerk)
    orders_view = OrdersView(session)
    refunds_view = RefundsView(session)
    for view in (orders_view, refunds_view):
        qtbot.addWidget(view)
        view.resize(1200, 640)
        view.show()

    # The clerk finds the order and opens the refund dialog (Ctrl+N).
    qtbot.keyClicks(orders_view.search, "TB1001")
    qtbot.waitUntil(lambda: column_texts(orders_view.model, 0) == ["TB1001"])
    qtbot.waitUntil(lambda: orders_view.detail.refund_button.isEnabled())
    qtbot.mouseClick(orders_view.detail.refund_button, Qt.MouseButton.LeftButton)
    dialog = orders_view.refund_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reason.setCurrentIndex(dialog.reason.findData(ReasonCode.QUALITY_PROBLEM.value))
    qtbot.keyClick(dialog.spins[1], Qt.Key.Key_Up)
    qtbot.mouseClick(dialog.shipping, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.total_label.text() == "Refund total: ¥126.38")
    assert dialog.breakdown.item(1, 2).text() == "-¥13.62"  # the tea's share of the discount
    assert dialog.words_label.text() == "壹佰贰拾陆元叁角捌分"
    with qtbot.waitSignal(dialog.refund_created):
        qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    refund_no = dialog.refund.refund_no

    # The refunds list shows it waiting; the clerk has no approve button and cannot approve.
    qtbot.waitUntil(lambda: refunds_view.tabs.tabText(0) == "Waiting for approval (1)")
    qtbot.waitUntil(lambda: refunds_view.detail.title.text().startswith(f"Refund {refund_no}"))
    assert "approve" not in refunds_view.visible_actions()
    with pytest.raises(PermissionDenied):
        refund_decisions.approve(clerk, refund_no)

    # The owner signs in at the same computer and approves.
    session.set_actor(owner)
    assert refunds_view.visible_actions() == ["approve", "reject", "cancel", "extend"]
    qtbot.mouseClick(refunds_view.buttons["approve"], Qt.MouseButton.LeftButton)
    # One click moves nothing: the question names the amount and who gets it.
    assert refunds_view.question_box.text() == (
        f"Approve refund {refund_no} of ¥126.38 to 王小芳 (Refund to original payment)?"
    )
    answer_yes(refunds_view.question_box)
    qtbot.waitUntil(lambda: refunds_view.detail.title.text() == f"Refund {refund_no} · Approved")
    assert refunds_view.tabs.tabText(1) == "Approved (1)"
    assert "boss approved on 2026年11月26日 10:00" in refunds_view.detail.text()

    # ...and records the payout: the amount defaults to the whole rest.
    qtbot.mouseClick(refunds_view.buttons["pay"], Qt.MouseButton.LeftButton)
    pay_dialog = refunds_view.action_dialog
    assert pay_dialog.amount.text() == "126.38"
    qtbot.keyClicks(pay_dialog.reference, "ALI-20261126-1")
    press_ok(pay_dialog)
    qtbot.waitUntil(lambda: refunds_view.detail.title.text() == f"Refund {refund_no} · Paid out")
    assert "ALI-20261126-1" in refunds_view.detail.text()

    # The clerk confirms the customer received the money.
    session.set_actor(clerk)
    assert refunds_view.visible_actions() == ["confirm", "feedback"]
    qtbot.mouseClick(refunds_view.buttons["confirm"], Qt.MouseButton.LeftButton)
    assert refunds_view.question_box.text() == (
        f"Confirm that 王小芳 (Refund to original payment) received ¥126.38 for refund {refund_no}?"
    )
    answer_yes(refunds_view.question_box)
    qtbot.waitUntil(lambda: refunds_view.detail.title.text() == f"Refund {refund_no} · Completed")
    assert refunds_view.visible_actions() == ["feedback"]
    timeline = refunds_view.detail.text()
    for step in ("Refund requested", "Approved", "Payout sent", "Payout received by the customer"):
        assert step in timeline
    assert refunds_view.tabs.tabText(3) == "Completed (1)"
    assert column_texts(refunds_view.model, 3) == ["Completed"]

    # The order's detail shows the refund completed and what is still refundable.
    qtbot.waitUntil(lambda: "Completed" in orders_view.detail.browser.toPlainText())
    order_text = orders_view.detail.browser.toPlainText()
    assert refund_no in order_text
    assert "¥305.62" in order_text  # 432.00 - 126.38
    assert refund_views.get_refund(refund_no).status.value == "completed"
    assert audit.verify_chain().ok
