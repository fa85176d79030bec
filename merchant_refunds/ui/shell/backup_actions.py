"""File menu: "Back up now" and "Restore from backup…", kept out of the main window's module.

The backup runs off the GUI thread (online copy, safe while in use). The restore, after the owner
typed the PIN again, runs on the GUI thread: it closes and reopens the database, which no view may
be reading at that moment; then the launcher reopens the file and asks who is working, as after
opening another database.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from merchant_refunds.domain.errors import RefundsError
from merchant_refunds.services import backup, users
from merchant_refunds.ui.common.busy import busy_cursor
from merchant_refunds.ui.common.errors import show_error
from merchant_refunds.ui.common.progress import ProgressWindow
from merchant_refunds.ui.common.tasks import run_task, wait_for_tasks
from merchant_refunds.ui.shell.owner_pin import OwnerPinDialog

if TYPE_CHECKING:
    from merchant_refunds.ui.shell.main_window import MainWindow


def back_up_now(window: MainWindow) -> ProgressWindow:
    window.backup_action.setEnabled(False)
    window.statusBar().showMessage(QCoreApplication.translate("BackupActions", "Backing up…"))
    actor, db_path = window.session.actor, window.session.db_path
    progress = ProgressWindow(
        QCoreApplication.translate("BackupActions", "Back up now"),
        QCoreApplication.translate("BackupActions", "Backing up…"),
        window,
    )

    def done(path: Path) -> None:
        progress.finish()
        window.backup_action.setEnabled(True)
        window.statusBar().showMessage(
            QCoreApplication.translate("BackupActions", "Backup saved: %1").replace(
                "%1", str(path)
            ),
            10_000,
        )

    def failed(error: BaseException) -> None:
        progress.finish()
        window.backup_action.setEnabled(True)
        window.statusBar().clearMessage()
        show_error(window, error)

    run_task(lambda: backup.back_up_now(actor, db_path), done, failed, parent=window)
    return progress


def choose_restore(window: MainWindow) -> None:
    db_path = window.session.db_path
    path, _filter = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("BackupActions", "Restore from a backup"),
        str(backup.backup_folder(db_path)),
        QCoreApplication.translate(
            "BackupActions", "Merchant Refunds database (*.sqlite3 *.db);;All files (*)"
        ),
    )
    if not path:
        return
    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("BackupActions", "Restore from a backup"),
        QCoreApplication.translate(
            "BackupActions",
            "Replace the database with the backup %1? Work saved after the backup was made "
            "is not in it; the current database is kept in the backups folder.",
        ).replace("%1", Path(path).name),
    )
    if answer == QMessageBox.StandardButton.Yes:
        restore_from(window, Path(path))


def restore_from(window: MainWindow, source: Path) -> bool:
    """Restore ``source`` after the signed-in owner typed the PIN again; True when done (the
    launcher then reopens and asks for a sign-in)."""
    db_path = window.session.db_path
    actor = window.session.actor
    try:
        backup.check_may_restore(actor)
    except RefundsError as exc:
        show_error(window, exc)
        return False

    def attempt(_name: str, pin: str) -> backup.RestoreResult:
        owner = users.authenticate(actor.name, pin)
        wait_for_tasks()  # no list may be loading while the database is closed and rewritten
        with busy_cursor():  # on the GUI thread by necessity: the cursor says it is working
            return backup.restore_backup(owner, db_path, source)

    ask = OwnerPinDialog(
        attempt,
        QCoreApplication.translate("BackupActions", "Type your PIN to restore %1.").replace(
            "%1", source.name
        ),
        name=actor.name,
        parent=window,
    )
    accepted = ask.exec() == QDialog.DialogCode.Accepted
    result = ask.result_value
    ask.deleteLater()
    if not accepted or not isinstance(result, backup.RestoreResult):
        return False
    window.statusBar().showMessage(
        QCoreApplication.translate("BackupActions", "Restored from %1").replace(
            "%1", result.restored_from.name
        ),
        10_000,
    )
    window.open_database_requested.emit(db_path)
    return True
