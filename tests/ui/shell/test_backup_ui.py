"""Backups in the GUI: the start-up check and its recovery dialog, the automatic backups, and the
File menu's "Back up now" and "Restore from backup…"."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import backup, orders, refund_requests, refund_views, users
from merchant_refunds.services.users import Actor
from merchant_refunds.ui.common import computer_settings
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.settings import database_choice
from merchant_refunds.ui.settings.database_choice import DatabaseBox
from merchant_refunds.ui.shell import backup_actions, launch
from merchant_refunds.ui.shell.main_window import MainWindow
from merchant_refunds.ui.shell.owner_pin import OwnerPinDialog
from merchant_refunds.ui.shell.recovery import RecoveryDialog
from tests import holder_worker
from tests.factories import tea_order
from tests.tamper import sql_file
from tests.ui.helpers import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture(autouse=True)
def _computer_settings(tmp_path: Path) -> Iterator[None]:
    computer_settings.use_file(tmp_path / "computer.ini")
    yield
    computer_settings.use_file(None)


def _refund(actor: Actor, order_no: str) -> str:
    orders.create_order(actor, tea_order(order_no))
    request = refund_requests.RefundRequest(order_no, Selection({1: 1}), ReasonCode.QUALITY_PROBLEM)
    return refund_requests.request_refund(actor, request).refund_no


def _answer_pin(pins: list[tuple[str, str]], seen: list[str]) -> None:
    """Type each (name, PIN) into the owner's PIN dialog in turn, noting what it says."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, OwnerPinDialog):
            QTimer.singleShot(10, answer)
            return
        if not pins:
            dialog.reject()
            return
        name, pin = pins.pop(0)
        if not dialog.name_edit.isReadOnly():
            dialog.name_edit.setText(name)
        dialog.pin_edit.setText(pin)
        dialog.ok_button.click()
        if dialog.message_label.isVisibleTo(dialog):
            seen.append(dialog.message_label.text())
            QTimer.singleShot(0, answer)

    QTimer.singleShot(0, answer)


def _answer_recovery(
    button: str, seen: list[str], pins: list[tuple[str, str]] | None = None
) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RecoveryDialog):
            # The start-up check runs first (off the GUI thread, behind its progress dialog).
            QTimer.singleShot(20, answer)
            return
        seen.extend([dialog.text(), dialog.informativeText()])
        if pins is not None:
            _answer_pin(pins, seen)
        getattr(dialog, button).click()

    QTimer.singleShot(0, answer)


def _damage(db_path: Path) -> None:
    launch.close_database()
    db_path.write_bytes(b"\x00 not a database any more " * 400)
    Path(f"{db_path}-wal").unlink(missing_ok=True)


def test_a_damaged_database_at_start_offers_the_newest_good_backup(
    qtbot: QtBot, db_path: Path, owner: Actor
) -> None:
    refund_no = _refund(owner, "GUI1")
    good = backup.back_up_now(owner, db_path)
    _damage(db_path)
    seen: list[str] = []
    # The PIN is checked against the backup's users: a wrong one is refused, then the right one.
    _answer_recovery("restore_button", seen, [("boss", "9999"), ("boss", "1234")])

    assert launch.open_checked_database(db_path) == db_path

    assert seen[0] == f"The database {db_path} is damaged and cannot be used safely."
    assert good.name not in seen[1] and "The newest good backup is from" in seen[1]
    assert seen[2:] == ["Wrong PIN for boss"]
    assert refund_views.get_refund(refund_no).refund_no == refund_no
    assert backup.health_check(db_path).ok


def test_cancelling_the_owner_pin_leaves_the_damaged_file_alone(
    qtbot: QtBot, db_path: Path, owner: Actor, clerk: Actor
) -> None:
    backup.back_up_now(owner, db_path)
    _damage(db_path)
    damaged = db_path.read_bytes()
    seen: list[str] = []
    _answer_recovery("restore_button", seen, [("amy", "5678")])
    assert launch.open_checked_database(db_path) is None
    assert seen[2:] == ["A Clerk cannot restore a backup"]
    assert db_path.read_bytes() == damaged


def test_quitting_the_recovery_dialog_leaves_the_file_alone(
    qtbot: QtBot, db_path: Path, owner: Actor
) -> None:
    backup.back_up_now(owner, db_path)
    _damage(db_path)
    damaged = db_path.read_bytes()
    _answer_recovery("quit_button", [])
    assert launch.open_checked_database(db_path) is None
    assert db_path.read_bytes() == damaged


def test_a_broken_audit_chain_at_start_opens_the_recovery_dialog(
    qtbot: QtBot, db_path: Path, owner: Actor
) -> None:
    _refund(owner, "GUI1")
    backup.back_up_now(owner, db_path)
    launch.close_database()
    sql_file(db_path, "UPDATE audit_event SET after_json = '{}' WHERE id = 2")
    seen: list[str] = []
    _answer_recovery("restore_button", seen, [("boss", "1234")])
    assert launch.open_checked_database(db_path) == db_path
    assert seen and backup.health_check(db_path).ok


def test_without_a_good_backup_the_error_is_explained(qtbot: QtBot, db_path: Path) -> None:
    _damage(db_path)
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().accept())
    assert launch.open_checked_database(db_path) is None


def test_start_and_close_take_automatic_backups(
    qtbot: QtBot, db_path: Path, owner: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    launch.close_database()
    taken: list[Path] = []
    real = backup.automatic_backup
    monkeypatch.setattr(backup, "automatic_backup", lambda path: taken.append(real(path)))
    monkeypatch.setattr(launch.Shell, "sign_in", lambda self, demo=False: None)
    assert launch.run_gui(str(db_path)) == 0
    assert len(taken) == 2 and taken[0] != taken[1]
    assert [b.label for b in backup.list_backups(db_path)] == ["auto"]


@pytest.fixture
def window(
    qtbot: QtBot, owner: Actor, make_session: Callable[[Actor], Session]
) -> Iterator[MainWindow]:
    win = MainWindow(make_session(owner))
    qtbot.addWidget(win)
    win.show()
    yield win


def test_file_menu_backs_up_now(qtbot: QtBot, window: MainWindow) -> None:
    names = [a.objectName() for a in window.file_menu.actions()]
    assert {"backUpNow", "restoreBackup"} <= set(names)
    assert window.backup_action.text() == "&Back up now"
    assert window.restore_action.text() == "&Restore from backup…"
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: window.backup_action.isEnabled(), timeout=5000)
    (made,) = backup.list_backups(window.session.db_path)
    assert made.label == "manual"
    assert window.statusBar().currentMessage() == f"Backup saved: {made.path}"


def test_restore_from_a_backup_reopens_the_database(
    qtbot: QtBot, window: MainWindow, owner: Actor
) -> None:
    first = _refund(owner, "GUI1")
    good = backup.back_up_now(owner, window.session.db_path)
    _refund(owner, "GUI2")
    seen: list[str] = []
    _answer_pin([("boss", "1111"), ("boss", "1234")], seen)
    with qtbot.waitSignal(window.open_database_requested) as signal:
        assert backup_actions.restore_from(window, good)
    assert seen == ["Wrong PIN for boss"]
    assert signal.args == [window.session.db_path]
    assert [r.refund_no for r in refund_views.list_refunds()] == [first]


def test_a_restore_while_another_window_has_the_file_open_names_it(
    qtbot: QtBot, window: MainWindow, owner: Actor, clerk: Actor
) -> None:
    db_path = window.session.db_path
    refund_no = _refund(owner, "GUI1")
    good = backup.back_up_now(owner, db_path)
    holder = holder_worker.start(db_path)
    try:
        seen: list[str] = []
        _answer_pin([("boss", "1234")], seen)
        assert not backup_actions.restore_from(window, good)
        (message,) = seen
        assert message.startswith("The database is still open elsewhere: amy on ")
        assert f"process {holder.pid}" in message and message.endswith("then restore")
        # The refused restore closed nothing: this window goes on working.
        _refund(owner, "GUI2")
    finally:
        assert holder_worker.stop(holder) == 0
    assert refund_no in [r.refund_no for r in refund_views.list_refunds()]
    assert [b.label for b in backup.list_backups(db_path)] == ["manual"]


def test_a_refused_restore_is_explained(
    qtbot: QtBot, owner: Actor, clerk: Actor, make_session: Callable[[Actor], Session]
) -> None:
    win = MainWindow(make_session(clerk))
    qtbot.addWidget(win)
    good = backup.back_up_now(owner, win.session.db_path)
    seen: list[str] = []

    def read() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(0, read)
    assert not backup_actions.restore_from(win, good)
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert seen == ["A Clerk cannot restore a backup"]


def test_on_a_postgresql_server_the_app_starts_without_file_backups(
    qtbot: QtBot, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = launch.open_checked_database(pg_url)
    assert opened is not None and not isinstance(opened, Path)
    boss = users.create_user(None, "boss", "owner", "1234")
    win = MainWindow(Session(boss, opened))
    qtbot.addWidget(win)
    assert not win.backup_action.isEnabled() and not win.restore_action.isEnabled()
    assert win.db_label.text() == f"Database: {opened}" and "@127.0.0.1" in win.db_label.text()
    launch.close_database()
    monkeypatch.setattr(launch.Shell, "sign_in", lambda self, demo=False: None)
    assert launch.run_gui(pg_url) == 0


def test_the_database_chosen_in_the_settings_opens_at_the_next_start(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    box = DatabaseBox()
    qtbot.addWidget(box)
    chosen = tmp_path / "counter" / "shop.sqlite3"
    box.target.setText(f"  {chosen}  ")
    box.save_button.click()
    assert database_choice.saved_target() == str(chosen)
    assert box.note.text() == "Saved: restart Merchant Refunds to use it."
    opened: list[object] = []
    monkeypatch.setattr(launch.Shell, "sign_in", lambda self, demo=False: opened.append(self))
    assert launch.run_gui(None) == 0
    assert chosen.is_file() and opened[0].db_path == chosen
    # --db still wins over the saved choice.
    other = tmp_path / "other.sqlite3"
    assert launch.run_gui(str(other)) == 0
    assert opened[1].db_path == other
