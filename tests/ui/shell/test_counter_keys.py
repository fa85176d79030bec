"""The main window at the counter (issue 15, problems 2, 4 and 10): keys for the views, refresh and
print; a clerk does not see Reports and Audit at all; quitting or leaving Settings never throws
typed input away without asking."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import orders, shop_settings
from merchant_refunds.services.users import Actor
from merchant_refunds.ui.common import computer_settings, i18n
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.common.tasks import wait_for_tasks
from merchant_refunds.ui.shell.main_window import ORDERS, REFUNDS, SETTINGS, MainWindow
from tests.factories import tea_order
from tests.ui.helpers import OFFSCREEN_NOISE, column_texts

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


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
    win.show()
    return win


def _answer_when_asked(window: MainWindow, yes: bool, seen: list[str]) -> None:
    """Answer the blocking question the window is about to ask."""

    def answer() -> None:
        boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
        if not boxes:
            QTimer.singleShot(10, answer)
            return
        seen.append(boxes[0].text())
        boxes[0].findChild(QAbstractButton, "yesButton" if yes else "noButton").click()

    QTimer.singleShot(0, answer)


def test_view_keys_refresh_and_print_are_in_the_menus(
    qtbot: QtBot, owner: Actor, make_session: Callable[[Actor], Session]
) -> None:
    window = _window(qtbot, make_session(owner))
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Help"]
    shown = [(a.text(), a.shortcut().toString()) for a in window.view_menu.actions() if a.text()]
    assert shown == [
        ("Orders", "Ctrl+1"),
        ("Refunds", "Ctrl+2"),
        ("Follow-up", "Ctrl+3"),
        ("Reports", "Ctrl+4"),
        ("Audit trail", "Ctrl+5"),
        ("Settings", "Ctrl+6"),
        ("&Refresh", "F5"),
    ]
    assert window.print_action.shortcut() == QKeySequence("Ctrl+P")
    assert window.print_action in window.file_menu.actions()
    assert window.nav.item(REFUNDS).toolTip() == "Refunds (Ctrl+2)"
    window.view_actions[SETTINGS].trigger()
    assert window.stack.currentWidget() is window.settings_view
    window.view_actions[REFUNDS].trigger()
    assert window.stack.currentWidget() is window.refunds_view
    with qtbot.waitSignal(window.session.data_changed):
        window.refresh_action.trigger()
    assert window.statusBar().currentMessage() == "Refreshed."


def test_ctrl_p_previews_the_refund_shown(
    qtbot: QtBot, owner: Actor, clerk: Actor, make_session: Callable[[Actor], Session]
) -> None:
    from tests.ui.refunds.test_refunds_view import _request

    orders.create_order(clerk, tea_order("TB1001"))
    refund_no = _request(clerk, "TB1001")
    window = _window(qtbot, make_session(owner))
    window.show_view(REFUNDS)
    view = window.refunds_view
    qtbot.waitUntil(lambda: view.print_bar.refund_no == refund_no)
    window.print_action.trigger()
    preview = view.print_bar.preview_dialog
    assert preview is not None and preview.isVisible()
    assert preview.refund_nos == [refund_no]


def test_a_clerk_does_not_see_reports_and_audit(
    qtbot: QtBot, owner: Actor, clerk: Actor, make_session: Callable[[Actor], Session]
) -> None:
    session = make_session(clerk)
    window = _window(qtbot, session)
    visible = [
        window.nav.item(row).text()
        for row in range(window.nav.count())
        if not window.nav.item(row).isHidden()
    ]
    assert visible == ["Orders", "Refunds", "Follow-up", "Settings"]
    shown = [a.text() for a in window.view_menu.actions() if a.isVisible() and a.text()]
    assert shown == ["Orders", "Refunds", "Follow-up", "Settings", "&Refresh"]
    window.view_actions[3].trigger()  # Ctrl+4 does not open Reports either
    assert window.stack.currentIndex() == ORDERS
    session.set_actor(owner)
    assert not window.nav.item(3).isHidden() and not window.nav.item(4).isHidden()
    window.show_view(4)
    session.set_actor(clerk)  # a clerk takes over while Audit is open: back to Orders
    assert window.nav.item(4).isHidden()
    assert window.stack.currentIndex() == ORDERS


def test_leaving_settings_with_an_unsaved_policy_change_asks(
    qtbot: QtBot, owner: Actor, make_session: Callable[[Actor], Session]
) -> None:
    window = _window(qtbot, make_session(owner))
    window.show_view(SETTINGS)
    policy = window.settings_view.policy_page
    policy.restocking.setText("7.5")
    seen: list[str] = []
    _answer_when_asked(window, yes=False, seen=seen)
    window.show_view(ORDERS)
    assert seen == ["Refund policy: your changes are not saved. Leave and lose them?"]
    assert window.stack.currentIndex() == SETTINGS
    assert policy.restocking.text() == "7.5"
    _answer_when_asked(window, yes=True, seen=seen)
    window.show_view(ORDERS)
    assert window.stack.currentIndex() == ORDERS
    assert policy.restocking.text() == "0"  # what is stored
    assert shop_settings.get_policy().restocking_fee_bp == 0
    # Saved changes leave without a question.
    window.show_view(SETTINGS)
    policy.restocking.setText("2")
    policy.save_button.click()
    window.show_view(ORDERS)
    assert window.stack.currentIndex() == ORDERS
    assert len(seen) == 2


def test_quitting_with_a_filled_refund_dialog_asks(
    qtbot: QtBot, clerk: Actor, make_session: Callable[[Actor], Session]
) -> None:
    orders.create_order(clerk, tea_order("TB1001"))
    window = _window(qtbot, make_session(clerk))
    view = window.orders_view
    view.search.setText("TB1001")
    qtbot.waitUntil(lambda: column_texts(view.model, 0) == ["TB1001"])
    qtbot.waitUntil(lambda: view.detail.detail is not None)
    dialog = view.new_refund_for_selected()
    dialog.reason.setCurrentIndex(dialog.reason.findData(ReasonCode.QUALITY_PROBLEM.value))
    dialog.note.setPlainText("杯子有裂纹")
    seen: list[str] = []
    _answer_when_asked(window, yes=False, seen=seen)
    assert not window.close()
    assert seen == ["A window still holds input that is not saved. Quit and lose it?"]
    assert window.isVisible() and dialog.isVisible()
    _answer_when_asked(window, yes=True, seen=seen)
    assert window.close()
    QApplication.processEvents()
    assert not window.isVisible()
