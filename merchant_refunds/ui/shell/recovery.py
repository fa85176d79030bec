"""The dialog shown when the start-up check finds the database damaged: it offers the newest
backup that passes its own check, and never lets the program crash on a broken file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QWidget

from merchant_refunds.domain.errors import RefundsError
from merchant_refunds.services import backup
from merchant_refunds.ui.common.errors import show_error
from merchant_refunds.ui.shell.owner_pin import OwnerPinDialog


class RecoveryDialog(QMessageBox):
    """ "The database is damaged — restore the backup of <date>?" with Restore and Quit."""

    def __init__(
        self,
        db_path: Path,
        problems: list[str],
        found: backup.BackupFile,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("Database damaged"))
        self.setText(
            self.tr("The database %1 is damaged and cannot be used safely.").replace(
                "%1", str(db_path)
            )
        )
        self.setInformativeText(
            self.tr(
                "The newest good backup is from %1. Restore it? Work done after that time "
                "must be entered again. The damaged file is kept in the backups folder."
            ).replace("%1", found.taken_at.strftime("%Y-%m-%d %H:%M"))
        )
        self.setDetailedText("\n".join(problems))
        self.restore_button: QPushButton = self.addButton(
            self.tr("Restore the backup"), QMessageBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("restoreBackup")
        self.quit_button: QPushButton = self.addButton(
            self.tr("Quit"), QMessageBox.ButtonRole.RejectRole
        )
        self.quit_button.setObjectName("quitRecovery")
        self.setDefaultButton(self.restore_button)

    def wants_restore(self) -> bool:
        return self.clickedButton() is self.restore_button


def offer_recovery(db_path: Path, error: RefundsError, problems: list[str]) -> bool:
    """Ask to restore the newest good backup; True when the database is usable again.

    Nobody can sign in to a damaged file, so the owner's name and PIN are checked against the
    users in the backup. Without a good backup only the error is shown (and the caller ends the
    program).
    """
    try:
        found = backup.newest_good_backup(db_path)
    except (OSError, RefundsError):
        found = None
    if found is None:
        show_error(None, error, wait=True)
        return False
    dialog = RecoveryDialog(db_path, problems, found)
    dialog.exec()
    restore = dialog.wants_restore()
    dialog.deleteLater()
    if not restore:
        return False
    ask = OwnerPinDialog(
        lambda name, pin: backup.recover_from_backup(db_path, found.path, name, pin),
        QCoreApplication.translate(
            "RecoveryDialog",
            "Type the name and PIN of an owner as they were when the backup of %1 was made.",
        ).replace("%1", found.taken_at.strftime("%Y-%m-%d %H:%M")),
    )
    accepted = ask.exec() == QDialog.DialogCode.Accepted
    ask.deleteLater()
    return accepted
