"""The counter's keys beyond the Refunds view: Ctrl+P wherever a refund is selected (a follow-up
row, an order with refunds), and the main window's questions before money moves in Chinese."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from merchant_refunds.domain.order import OrderStatus
from merchant_refunds.services import orders, refund_views
from merchant_refunds.services.users import Actor
from merchant_refunds.ui.common import computer_settings, i18n
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.common.tasks import wait_for_tasks
from merchant_refunds.ui.refunds.print_actions import PrintBar
from merchant_refunds.ui.shell.main_window import ORDERS, REFUNDS, MainWindow
from tests.factories import tea_order
from tests.ui.helpers import OFFSCREEN_NOISE, answer_yes
from tests.ui.refunds.test_refunds_view import _request

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
FOLLOWUP = 2
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(autouse=True)
def _computer_settings(tmp_path: Path) -> Iterator[None]:
    computer_settings.use_file(tmp_path / "computer.ini")
    yield
    wait_for_tasks()
    computer_settings.use_file(None)
    i18n.apply_language(i18n.ENGLISH)


def _window(qtbot: QtBot, session: Session) -> MainWindow:
    win = MainWindow(session)
    qtbot.addWidget(win)
    win.resize(1280, 760)
    win.show()
    return win


def _shared_preview(window: MainWindow) -> object:
    bar = window.findChild(PrintBar, "sharedPrintBar")
    assert bar is not None
    return bar.preview_dialog


def test_ctrl_p_previews_the_refund_of_a_follow_up_row(
    qtbot: QtBot, owner: Actor, clerk: Actor, make_session: Callable[[Actor], Session]
) -> None:
    orders.create_order(
        clerk, tea_order("PRE1", status=OrderStatus.PRESALE_IN_PRODUCTION, presale=True)
    )
    refund_no = _request(clerk, "PRE1")  # waits for the supplier: a follow-up row
    window = _window(qtbot, make_session(owner))
    window.show_view(FOLLOWUP)
    view = window.view_at(FOLLOWUP)
    assert wait_for_tasks()
    qtbot.waitUntil(lambda: view.select_refund(refund_no))
    window.print_action.trigger()
    preview = _shared_preview(window)
    assert preview is not None and preview.isVisible()
    assert preview.refund_nos == [refund_no]
    preview.close()


def test_ctrl_p_previews_the_latest_refund_of_the_order_shown(
    qtbot: QtBot, owner: Actor, clerk: Actor, make_session: Callable[[Actor], Session]
) -> None:
    orders.create_order(clerk, tea_order("TB1001"))
    orders.create_order(clerk, tea_order("TB1002"))
    refund_no = _request(clerk, "TB1001")
    window = _window(qtbot, make_session(owner))
    view = window.orders_view
    view.search.setText("TB1002")  # no refund yet: nothing to print, and the window says so
    qtbot.waitUntil(lambda: "TB1002" in view.detail.title.text())
    assert not view.detail.print_button.isEnabled()
    window.print_action.trigger()
    assert window.statusBar().currentMessage().startswith("Nothing to print here")

    view.search.setText("TB1001")
    qtbot.waitUntil(lambda: "TB1001" in view.detail.title.text())
    assert view.detail.print_button.isEnabled()
    assert view.detail.print_button.toolTip() == (
        f"The confirmation of refund {refund_no} in print preview (Ctrl+P)"
    )
    assert window.stack.currentIndex() == ORDERS
    window.print_action.trigger()
    preview = _shared_preview(window)
    assert preview is not None and preview.isVisible()
    assert preview.refund_nos == [refund_no]
    preview.close()


def _key(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    """Ctrl+Shift+``key`` typed in the Refunds list, the main window active."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.refunds_view.table.setFocus()
    qtbot.keyClick(window.refunds_view.table, key, CTRL_SHIFT)


def _show(qtbot: QtBot, view: object, status: str) -> None:
    view.show_status(status)
    qtbot.waitUntil(
        lambda: view.detail.refund is not None and view.detail.refund.status.value == status
    )


def test_the_main_windows_questions_before_money_moves_in_chinese(
    qtbot: QtBot, owner: Actor, clerk: Actor, make_session: Callable[[Actor], Session]
) -> None:
    i18n.apply_language(i18n.CHINESE)
    orders.create_order(clerk, tea_order("TB1001"))
    refund_no = _request(clerk, "TB1001")
    window = _window(qtbot, make_session(owner))
    window.show_view(REFUNDS)
    view = window.refunds_view
    qtbot.waitUntil(lambda: view.detail.refund is not None)

    def status() -> str:
        return refund_views.get_refund(refund_no).status.value

    # Ctrl+Shift+A: approve asks, naming amount and payee, in Chinese
    view.question_box = None
    _key(qtbot, window, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: view.question_box is not None)
    assert view.question_box.text() == (f"批准退款 {refund_no}：¥126.38，退给 王小芳 (原路退回)？")
    assert "返回" in [b.text() for b in view.question_box.buttons()]
    answer_yes(view.question_box)
    qtbot.waitUntil(lambda: status() == "approved")

    # Ctrl+Shift+P: the payout dialog, then the question with amount, payee and method
    _show(qtbot, view, "approved")
    _key(qtbot, window, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: view.action_dialog is not None and view.action_dialog.isVisible())
    dialog = view.action_dialog
    dialog.question_box = None
    dialog.buttons.accepted.emit()
    box = dialog.question_box
    assert box is not None and box.isVisible()
    assert box.text().startswith(f"为退款 {refund_no} 通过")
    assert "王小芳" in box.text() and "¥126.38" in box.text()
    assert status() == "approved"  # asked, nothing paid yet
    answer_yes(box)
    qtbot.waitUntil(lambda: status() == "paid")

    # Ctrl+Shift+R: confirm received asks, in Chinese
    _show(qtbot, view, "paid")
    view.question_box = None
    _key(qtbot, window, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: view.question_box is not None)
    assert view.question_box.text() == (
        f"确认 王小芳 (原路退回) 已收到退款 {refund_no} 的 ¥126.38？"
    )
    answer_yes(view.question_box)
    qtbot.waitUntil(lambda: status() == "completed")
