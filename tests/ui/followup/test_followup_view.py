"""The follow-up view: an overdue payout appears, is confirmed, disappears; the count follows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from merchant_refunds.domain.lifecycle import PayoutMethod
from merchant_refunds.services import clock, orders, refund_decisions, refund_requests, refund_views
from merchant_refunds.services.notices import notice_log
from merchant_refunds.services.payouts import sending
from merchant_refunds.services.refund_requests import Destination, RefundRequest
from merchant_refunds.ui.common import computer_settings
from merchant_refunds.ui.common.tasks import wait_for_tasks
from merchant_refunds.ui.followup.followup_view import FollowUpView
from merchant_refunds.ui.shell.main_window import MainWindow
from merchant_refunds.ui.shell.navigation import EXTRA_VIEWS
from tests.factories import FIXED_NOW, tea_order
from tests.services.test_services_refunds import Q, req
from tests.ui.helpers import OFFSCREEN_NOISE, answer_yes

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def _computer_settings(tmp_path: Path) -> Iterator[None]:
    computer_settings.use_file(tmp_path / "computer.ini")
    yield
    computer_settings.use_file(None)


def overdue_refund(owner, clerk, order_no: str = "OD1") -> str:
    """A bank transfer sent ten days before today (1–3 business days): now overdue."""
    orders.create_order(clerk, tea_order(order_no))
    dest = Destination(PayoutMethod.BANK_TRANSFER, "6222020200112233446", "王小芳", "工商银行")
    refund = refund_requests.request_refund(
        clerk, RefundRequest(order_no, req(order_no).selection, Q, destination=dest)
    )
    refund_decisions.approve(owner, refund.refund_no)
    clock.set_clock(lambda: FIXED_NOW - timedelta(days=10))
    try:
        sending.record_payout(owner, refund.refund_no, reference="B1")
    finally:
        clock.set_clock(lambda: FIXED_NOW)
    return refund.refund_no


def texts(view: FollowUpView, column: int) -> list[str]:
    return view.column_texts(column)


def test_the_count_shows_at_start_without_opening_the_view(qtbot, make_session, owner, clerk):
    """The views not shown at the start are built after the Orders list (issue 16); the
    follow-up count must still appear by itself."""
    overdue_refund(owner, clerk)
    window = MainWindow(make_session(clerk))
    qtbot.addWidget(window)
    window.show()
    row = 2 + [entry.key for entry in EXTRA_VIEWS].index("followup")
    qtbot.waitUntil(lambda: window.nav.item(row).text().endswith("(1)"), timeout=5000)
    assert window.current_view() is window.orders_view


def test_an_overdue_payout_appears_is_confirmed_and_disappears(qtbot, make_session, owner, clerk):
    no = overdue_refund(owner, clerk)
    window = MainWindow(make_session(clerk))
    qtbot.addWidget(window)
    view = window.extra_views["followup"]
    assert isinstance(view, FollowUpView)
    row = window.views.index(view)
    qtbot.waitUntil(lambda: window.nav.item(row).text().endswith("(1)"))
    assert texts(view, 0) == ["Overdue"] and texts(view, 1) == [no]
    # 1–3 business days after Monday 16 November.
    assert texts(view, 5) == ["2026年11月17日 – 2026年11月19日 · 7 days late"]
    assert view.select_refund(no)
    assert view.buttons["confirm"].isEnabled()
    qtbot.mouseClick(view.buttons["confirm"], LEFT)
    assert "received" in view.question_box.text() and no in view.question_box.text()
    with qtbot.waitSignal(view.attention_changed) as signal:
        answer_yes(view.question_box)
    assert signal.args == [0]
    assert view.model.rowCount() == 0
    assert not window.nav.item(row).text().endswith(")")
    assert refund_views.get_refund(no).payouts[0].status == "received"


def test_mark_failed_and_note_and_notice_from_the_view(qtbot, make_session, owner, clerk):
    no = overdue_refund(owner, clerk)
    view = FollowUpView(make_session(clerk))
    qtbot.addWidget(view)
    assert wait_for_tasks()  # the list is read off the GUI thread
    view.select_refund(no)
    dialog = view.add_note()
    assert dialog is not None
    dialog.text_edit.setPlainText("银行说明天到")
    dialog.buttons.accepted.emit()
    assert wait_for_tasks()
    assert texts(view, 6) == ["银行说明天到"]
    view.select_refund(no)
    info = view.prepare_notice()
    assert info is not None and info.event == "overdue" and info.status == "unsent"
    assert QApplication.clipboard().text() == info.text
    assert [n.channel for n in notice_log.notices_for(no)] == ["clipboard"]
    view.select_refund(no)
    dialog = view.mark_failed()
    assert dialog is not None
    assert not dialog.ok_button.isEnabled()  # a reason is required
    dialog.text_edit.setPlainText("户名不符")
    dialog.buttons.accepted.emit()
    assert wait_for_tasks()
    assert texts(view, 0) == ["Failed"] and texts(view, 6) == ["户名不符"]
    assert refund_views.get_refund(no).status.value == "approved"
