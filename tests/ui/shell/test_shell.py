"""The shell: first start, sign-in, main window, idle lock, errors, start-up failures."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from merchant_refunds.domain.errors import StorageError
from merchant_refunds.services import audit, orders, sample_data, shop_keys, shop_settings, users
from merchant_refunds.services.users import Actor
from merchant_refunds.ui.common import computer_settings, errors, i18n
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.shell import launch
from merchant_refunds.ui.shell.first_start import FirstStartDialog
from merchant_refunds.ui.shell.login import LoginDialog
from merchant_refunds.ui.shell.main_window import SETTINGS, MainWindow
from tests.factories import tea_order
from tests.ui.helpers import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def _computer_settings(tmp_path: Path) -> Iterator[None]:
    computer_settings.use_file(tmp_path / "computer.ini")
    yield
    computer_settings.use_file(None)
    i18n.apply_language(i18n.ENGLISH)


def _errors(widget: QWidget) -> list[str]:
    return [
        label.text()
        for label in widget.findChildren(QWidget, "fieldError")
        if label.isVisibleTo(widget)
    ]


def _fill_first_start(dlg: FirstStartDialog, qtbot: QtBot, pin: str, again: str) -> None:
    dlg.language.setCurrentIndex(dlg.language.findData(i18n.ENGLISH))
    dlg.shop_name.setText("小满生活馆")  # QTest types ASCII only
    qtbot.keyClicks(dlg.phone, "+86 21 5555 0101")
    dlg.display_name.setText("陈老板")
    qtbot.keyClicks(dlg.user_name, "chen")
    qtbot.keyClicks(dlg.pin, pin)
    qtbot.keyClicks(dlg.pin_again, again)


# first start


def test_first_start_shows_field_messages_and_creates_nothing(qtbot: QtBot, db_path: Path) -> None:
    dlg = FirstStartDialog()
    qtbot.addWidget(dlg)
    dlg.show()
    _fill_first_start(dlg, qtbot, pin="12", again="13")
    dlg.shop_name.clear()
    qtbot.mouseClick(dlg.ok_button, LEFT)

    shown = _errors(dlg)
    assert "Please enter the shop's name." in shown
    assert "A PIN is 4 to 12 digits" in shown
    assert "The two PINs are not the same." in shown
    assert dlg.isVisible()
    assert not users.has_users()

    qtbot.keyClicks(dlg.shop_name, "Xiaoman")
    dlg.pin.clear()
    qtbot.keyClicks(dlg.pin, "2468")
    qtbot.mouseClick(dlg.ok_button, LEFT)
    assert _errors(dlg) == ["The two PINs are not the same."]
    assert not users.has_users()


def test_first_start_creates_owner_and_shop(qtbot: QtBot, db_path: Path) -> None:
    dlg = FirstStartDialog()
    qtbot.addWidget(dlg)
    dlg.show()
    _fill_first_start(dlg, qtbot, pin="2468", again="2468")
    dlg.currency.setCurrentIndex(dlg.currency.findData("HKD"))
    dlg.country.setCurrentIndex(dlg.country.findData("HK"))
    dlg.demo.setChecked(True)
    qtbot.mouseClick(dlg.ok_button, LEFT)

    # The owner sees the recovery key once, to keep on paper; set-up ends when it is closed.
    key_dialog = dlg.key_dialog
    assert key_dialog is not None and key_dialog.isVisible()
    sheet = shop_keys.recovery_sheet(users.authenticate("chen", "2468"))
    assert key_dialog.key_label.text().replace("\n", "-") == sheet.recovery_text
    assert "keep the paper away from the computer" in key_dialog.intro.text()
    assert key_dialog.save_button.text() == "Save as PDF…"
    assert key_dialog.print_button.text() == "Print…"
    assert dlg.result() != QDialog.DialogCode.Accepted
    key_dialog.reject()
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.actor is not None and dlg.actor.name == "chen"
    assert dlg.wants_demo
    assert [(u.name, u.role.value, u.display_name) for u in users.list_users()] == [
        ("chen", "owner", "陈老板")
    ]
    shop = shop_settings.get_shop()
    assert (shop["name"], shop["currency"], shop["country"]) == ("小满生活馆", "HKD", "HK")
    assert [e.action for e in audit.events_for("setting", "shop")] == ["settings.shop"]


# sign-in


def test_login_wrong_pin_shows_the_services_message(qtbot: QtBot, clerk: Actor) -> None:
    dlg = LoginDialog(shop_name="小满生活馆")
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.user_box.setCurrentIndex(dlg.user_box.findData("amy"))
    qtbot.keyClicks(dlg.pin_edit, "0000")
    qtbot.mouseClick(dlg.ok_button, LEFT)

    assert dlg.message_label.isVisible()
    assert dlg.message_label.text() == "Wrong PIN for amy"
    assert dlg.pin_edit.text() == ""
    assert dlg.isVisible()

    qtbot.keyClicks(dlg.pin_edit, "5678")
    qtbot.mouseClick(dlg.ok_button, LEFT)
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.actor == clerk


def test_a_pin_shorter_than_the_shops_minimum_is_replaced_at_sign_in(
    qtbot: QtBot, owner: Actor, clerk: Actor
) -> None:
    shop_settings.set_pin_min_digits(owner, 6)
    dlg = LoginDialog(locked=True, preselect="amy")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.keyClicks(dlg.pin_edit, "5678")
    qtbot.mouseClick(dlg.ok_button, LEFT)

    assert dlg.isVisible() and dlg.actor is None  # not in yet
    assert dlg.notice_label.isVisible()
    assert dlg.notice_label.text() == (
        "Your PIN is shorter than this shop now requires (at least 6 digits). "
        "Choose a new PIN to continue."
    )
    assert not dlg.pin_edit.isVisible()
    assert dlg.ok_button.text() == "Save PIN"
    new, again = dlg.new_pins.edits()
    qtbot.keyClicks(new, "12345")
    qtbot.keyClicks(again, "12345")
    qtbot.mouseClick(dlg.ok_button, LEFT)
    assert _errors(dlg) == ["This shop's PINs have at least 6 digits"]
    dlg.reject()  # a locked screen cannot be left this way either
    assert dlg.isVisible()

    new.clear()
    again.clear()
    qtbot.keyClicks(new, "246810")
    qtbot.keyClicks(again, "246810")
    qtbot.mouseClick(dlg.ok_button, LEFT)
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.actor == clerk
    assert [e.action for e in audit.events_for("user", "amy")][-1] == "user.change_pin"
    assert users.sign_in("amy", "246810") == users.SignIn(clerk, pin_too_short=False)


def test_another_user_can_unlock_while_a_new_pin_is_pending(
    qtbot: QtBot, owner: Actor, clerk: Actor
) -> None:
    shop_settings.set_pin_min_digits(owner, 6)
    dlg = LoginDialog(locked=True, preselect="amy")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.keyClicks(dlg.pin_edit, "5678")
    qtbot.mouseClick(dlg.ok_button, LEFT)
    assert dlg.notice_label.isVisible()

    dlg.user_box.setCurrentIndex(dlg.user_box.findData("boss"))  # amy walked away
    assert not dlg.notice_label.isVisible() and dlg.pin_edit.isVisible()
    assert dlg.ok_button.text() == "Unlock"
    qtbot.keyClicks(dlg.pin_edit, "1234")  # also short: the owner is asked in turn
    qtbot.mouseClick(dlg.ok_button, LEFT)
    assert dlg.notice_label.isVisible() and dlg.actor is None
    assert users.sign_in("amy", "5678").pin_too_short  # amy's PIN was left as it was


def test_login_after_five_wrong_pins_says_locked(qtbot: QtBot, clerk: Actor) -> None:
    dlg = LoginDialog()
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.user_box.setCurrentIndex(dlg.user_box.findData("amy"))
    for _ in range(users.MAX_ATTEMPTS + 1):
        qtbot.keyClicks(dlg.pin_edit, "0000")
        qtbot.mouseClick(dlg.ok_button, LEFT)
    assert dlg.message_label.text().startswith("Too many wrong PINs: amy is locked until")


def test_lock_screen_cannot_be_cancelled(qtbot: QtBot, owner: Actor) -> None:
    dlg = LoginDialog(locked=True, preselect="boss")
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.buttons.button(dlg.buttons.StandardButton.Cancel) is None
    dlg.reject()
    dlg.close()
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert dlg.isVisible()
    assert dlg.ok_button.text() == "Unlock"


# main window


@pytest.fixture
def window(
    qtbot: QtBot, owner: Actor, make_session: Callable[[Actor], Session]
) -> Iterator[MainWindow]:
    win = MainWindow(make_session(owner))
    qtbot.addWidget(win)
    win.show()
    yield win


def test_status_bar_menus_and_shortcuts(window: MainWindow, db_path: Path) -> None:
    assert window.user_label.text() == "User: 店主"
    assert window.role_label.text() == "Role: Owner"
    assert window.db_label.text() == f"Database: {db_path}"
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Edit", "&View", "&Help"]
    assert window.find_action.shortcut() == QKeySequence("Ctrl+F")
    assert window.new_refund_action.shortcut() == QKeySequence("Ctrl+N")
    names = [window.nav.item(i).text() for i in range(window.nav.count())]
    # Views from navigation.EXTRA_VIEWS sit between Refunds and Settings.
    assert [names[0], names[1], names[-1]] == ["Orders", "Refunds", "Settings"]

    window.orders_view.search.setText("x")
    window.find_action.trigger()
    assert window.orders_view.search.selectedText() == "x"
    window.show_view(SETTINGS)
    assert window.stack.currentWidget() is window.settings_view


def test_ctrl_n_opens_a_refund_from_the_selected_order(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    monkeypatch.setattr(
        window.orders_view, "new_refund_for_selected", lambda: calls.append("refund")
    )
    window.show_view(SETTINGS)
    window.new_refund_action.trigger()
    assert calls == ["refund"]
    assert window.stack.currentWidget() is window.orders_view


def test_idle_lock_then_another_user_unlocks(
    qtbot: QtBot, window: MainWindow, clerk: Actor
) -> None:
    window.idle.set_interval_ms(50)
    qtbot.waitUntil(window.is_locked, timeout=3000)

    dialog = window.login_dialog
    assert dialog is not None and dialog.isVisible() and dialog.locked
    assert window.central.currentWidget() is window.lock_page
    assert dialog.selected_user() == "boss"

    dialog.user_box.setCurrentIndex(dialog.user_box.findData("amy"))
    qtbot.keyClicks(dialog.pin_edit, "5678")
    qtbot.mouseClick(dialog.ok_button, LEFT)

    assert not window.is_locked()
    assert window.central.currentWidget() is window.work_area
    assert window.session.actor == clerk
    assert window.role_label.text() == "Role: Clerk"
    assert window.settings_view.read_only_note.isVisibleTo(window.settings_view)
    assert window.idle.is_active()


def test_typing_restarts_the_idle_countdown_once_the_orders_are_shown(
    qtbot: QtBot, owner: Actor, clerk: Actor, make_session: Callable[[Actor], Session]
) -> None:
    """The idle lock watches the program's input from the first painted rows on (not before:
    docs/performance.md, "GUI first rows"); typing then keeps the lock away."""
    orders.create_order(clerk, tea_order("T0001"))
    win = MainWindow(make_session(owner))
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.orders_view.first_rows_painted, timeout=5000):
        win.show()
    win.idle.set_interval_ms(600_000)
    qtbot.waitUntil(lambda: win.idle._timer.remainingTime() <= 599_000, timeout=5000)
    qtbot.keyClick(win.orders_view.search, Qt.Key.Key_T)
    assert win.idle._timer.remainingTime() > 599_000  # started again by the key press


def test_idle_minutes_come_from_the_shop_settings(
    qtbot: QtBot, owner: Actor, make_session: Callable[[Actor], Session]
) -> None:
    shop_settings.set_idle_lock_minutes(owner, 3)
    win = MainWindow(make_session(owner))
    qtbot.addWidget(win)
    assert win.idle.interval_ms() == 3 * 60_000
    shop_settings.set_idle_lock_minutes(owner, 0)
    win.settings_view.general_page.idle_minutes.setValue(0)
    qtbot.mouseClick(win.settings_view.general_page.save_button, LEFT)
    assert not win.idle.is_active()


def test_switch_user_keeps_the_window(qtbot: QtBot, window: MainWindow, clerk: Actor) -> None:
    window.switch_action.trigger()
    dialog = window.login_dialog
    assert dialog is not None and not dialog.locked
    dialog.user_box.setCurrentIndex(dialog.user_box.findData("amy"))
    qtbot.keyClicks(dialog.pin_edit, "5678")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert window.user_label.text() == "User: 店员小李"


class _PlainView(QWidget):
    """Stands in for the orders and refunds views, whose filter rows are wider than the 800 px
    offscreen screen (a window wider than the screen cannot have its size restored there)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def focus_search(self) -> None:
        pass


def test_window_size_view_and_splitters_are_remembered(
    qtbot: QtBot,
    owner: Actor,
    make_session: Callable[[Actor], Session],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("merchant_refunds.ui.orders.orders_view.OrdersView", _PlainView)
    monkeypatch.setattr("merchant_refunds.ui.refunds.refunds_view.RefundsView", _PlainView)
    first = MainWindow(make_session(owner))
    qtbot.addWidget(first)
    first.show()
    # A size every view fits in beside the navigation: the views not shown yet are built
    # later, and a window or splitter too small for one of them is widened to it then.
    first.resize(790, 590)
    first.splitter.setSizes([180, 610])
    first.show_view(SETTINGS)
    wanted, size = first.splitter.sizes(), first.size()
    first.close()

    second = MainWindow(make_session(owner))
    qtbot.addWidget(second)
    second.show()
    assert second.size() == size
    assert second.splitter.sizes() == wanted
    assert second.stack.currentWidget() is second.settings_view


def test_save_a_copy_of_the_database(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "usb" / "copy.sqlite3"
    window.save_copy(target)
    qtbot.waitUntil(lambda: window.copy_action.isEnabled(), timeout=5000)
    assert target.stat().st_size > 0
    assert window.statusBar().currentMessage() == f"Copy saved: {target}"
    assert [e.action for e in audit.events_for("database", str(window.session.db_path))] == [
        "database.copy"
    ]


# errors


def test_unexpected_error_is_logged_and_offers_copy(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    errors.install_excepthook()
    try:
        {}["missing"]
    except KeyError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)

    dialog = next(
        d
        for d in errors._live_dialogs()
        if isinstance(d, errors.UnexpectedErrorDialog) and d.isVisible()
    )
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert "Traceback" not in dialog.message_label.text()
    assert not dialog.details_view.isVisible()
    qtbot.mouseClick(dialog.copy_button, LEFT)
    assert dialog.copy_button.text() == "Copied"
    copied = QGuiApplication.clipboard().text()
    assert "KeyError: 'missing'" in copied and "Traceback" in copied

    log = errors.log_path()
    assert str(log) in dialog.log_label.text()
    assert "KeyError: 'missing'" in log.read_text(encoding="utf-8")
    dialog.close()


def test_expected_storage_error_explains_what_to_do(qtbot: QtBot) -> None:
    box = errors.show_error(None, StorageError("disk_full", "The disk is full; nothing was saved"))
    assert isinstance(box, QMessageBox)
    qtbot.addWidget(box)
    assert box.icon() == QMessageBox.Icon.Critical
    assert box.text() == "The disk is full; nothing was saved"
    assert "Free some space" in box.informativeText()
    box.close()


def test_damaged_database_file_gives_a_clear_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    garbage = tmp_path / "shop.sqlite3"
    garbage.write_bytes(b"this is not a database at all, just some text " * 200)
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.extend([box.text(), box.informativeText()])
        box.accept()

    QTimer.singleShot(0, read_and_close)
    assert launch.open_database_or_explain(garbage) is None
    assert seen == [
        f"{garbage} is damaged or is not a Merchant Refunds database",
        "Open another database file, or restore one of the backup copies.",
    ]


def test_run_gui_on_a_damaged_file_returns_the_storage_exit_code(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    garbage = tmp_path / "broken.sqlite3"
    garbage.write_bytes(b"\x00garbage" * 1000)
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().accept())
    assert launch.run_gui(str(garbage)) == StorageError.exit_code


def test_new_database_runs_first_start_then_the_demo(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[str] = []

    def fake_demo(*, progress: Callable[[int, int], None], first_owner: Actor) -> None:
        progress(1, 2)
        sample_data.require_new_database(first_owner)  # the owner just made may fill, nobody else
        made.append(first_owner.name)

    monkeypatch.setattr("merchant_refunds.demo.generator.generate_demo", fake_demo)

    def set_up() -> None:
        dlg = QApplication.activeModalWidget()
        assert isinstance(dlg, FirstStartDialog)
        _fill_first_start(dlg, qtbot, pin="2468", again="2468")
        dlg.demo.setChecked(True)
        qtbot.mouseClick(dlg.ok_button, LEFT)
        assert dlg.key_dialog is not None
        dlg.key_dialog.reject()  # the recovery key, shown once

    QTimer.singleShot(0, set_up)
    actor = launch.Shell(db_path, i18n.ENGLISH).sign_in()
    assert actor is not None and actor.name == "chen"
    assert made == ["chen"]


def test_open_another_database_signs_in_there(
    qtbot: QtBot, owner: Actor, db_path: Path, tmp_path: Path
) -> None:
    other = tmp_path / "branch.sqlite3"
    launch.initialise(other)
    users.create_user(None, "lin", "owner", "4321", "林店长")
    launch.open_database(db_path)
    shell = launch.Shell(db_path, i18n.ENGLISH)
    first = shell.show_window(owner)  # deletes itself on close, as in the application

    def sign_in() -> None:
        dlg = QApplication.activeModalWidget()
        assert isinstance(dlg, LoginDialog)
        qtbot.keyClicks(dlg.pin_edit, "4321")
        qtbot.mouseClick(dlg.ok_button, LEFT)

    QTimer.singleShot(0, sign_in)
    first.open_database_requested.emit(other)
    second = shell.window
    assert second is not None and second is not first
    qtbot.addWidget(second)
    assert second.db_label.text() == f"Database: {other}"
    assert second.user_label.text() == "User: 林店长"
    qtbot.waitUntil(lambda: not shiboken6.isValid(first))


def test_a_closed_window_starts_no_reminder_or_digest(
    qtbot: QtBot, owner: Actor, make_session: Callable[[Actor], Session], monkeypatch
) -> None:
    """The day's digest waits for the first Orders rows; a window closed before then must not
    send it (nor read the reminder again) when the first reminder read comes in."""
    from merchant_refunds.services import followup
    from merchant_refunds.ui.common.tasks import wait_for_tasks

    reads: list[int] = []
    real = followup.reminder
    monkeypatch.setattr(followup, "reminder", lambda *a, **k: reads.append(1) or real(*a, **k))
    win = MainWindow(make_session(owner))
    qtbot.addWidget(win)
    win.close()
    assert wait_for_tasks()
    QApplication.processEvents()
    assert wait_for_tasks()
    assert reads == [1]
