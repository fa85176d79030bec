"""Telling the user what went wrong: expected failures in their words, our bugs logged and reported.

Expected failures (``RefundsError``) get a message box with the translated message and, for
storage trouble, what to do about it. Anything else is a bug: the traceback goes to a log file in
the user log folder and the dialog offers a "Copy details" button, never a raw traceback in the
main text. Dialogs are opened with ``open()`` so a slot that reports an error never blocks (and
tests never hang); pass ``wait=True`` where the caller must not continue before the user reads it.
"""

from __future__ import annotations

import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

import platformdirs
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from merchant_refunds.domain.errors import RefundsError, StorageError
from merchant_refunds.ui.common import messages
from merchant_refunds.ui.common.screen_fit import title_width

APP_NAME = "merchant-refunds"
LOG_FILENAME = "merchant-refunds.log"
MAX_LOG_BYTES = 1_000_000
CONTEXT = "Errors"

#: Dialogs without a parent, kept alive until they close.
_open_dialogs: set[QDialog] = set()


def log_path() -> Path:
    return platformdirs.user_log_path(APP_NAME, appauthor=False) / LOG_FILENAME


def details_text(error: BaseException) -> str:
    lines = traceback.format_exception(type(error), error, error.__traceback__)
    return "".join(lines).rstrip()


def log_exception(error: BaseException) -> Path | None:
    """Append the traceback to the log file; None when even that fails (then stderr has it)."""
    path = log_path()
    entry = f"--- {datetime.now().isoformat(timespec='seconds')}\n{details_text(error)}\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > MAX_LOG_BYTES:
            path.replace(path.with_suffix(".log.1"))
        with path.open("a", encoding="utf-8") as fh:
            fh.write(entry)
    except OSError:
        sys.stderr.write(entry)
        return None
    return path


def storage_hint(error: StorageError) -> str:
    """What the user can do about a storage failure, by its code."""
    if error.code == "db_locked":
        return QCoreApplication.translate(
            "Errors",
            "Nothing was saved. If this keeps happening, check whether another counter is stuck "
            "in a long task.",
        )
    if error.code == "disk_full":
        return QCoreApplication.translate(
            "Errors", "Nothing was saved. Free some space on the disk, then try again."
        )
    if error.code in {"db_corrupt", "db_foreign", "db_is_folder"}:
        return QCoreApplication.translate(
            "Errors", "Open another database file, or restore one of the backup copies."
        )
    if error.code == "db_too_new":
        return QCoreApplication.translate("Errors", "Install the newest Merchant Refunds version.")
    return QCoreApplication.translate(
        "Errors", "Check that the database file is reachable and try again."
    )


def _keep_alive(dialog: QDialog) -> None:
    if dialog.parent() is None:
        _open_dialogs.add(dialog)
        dialog.finished.connect(lambda _result: _open_dialogs.discard(dialog))


def _live_dialogs() -> list[QDialog]:
    """The kept dialogs whose window still exists: one deleted without finishing (closed with
    its application, or by a test's clean-up) is forgotten here instead of raising."""
    gone = {d for d in _open_dialogs if not shiboken6.isValid(d)}
    _open_dialogs.difference_update(gone)
    return list(_open_dialogs)


def _show(dialog: QDialog, wait: bool) -> None:
    if wait:
        dialog.exec()
    else:
        _keep_alive(dialog)
        dialog.open()


def expected_error_box(parent: QWidget | None, error: RefundsError) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("errorDialog")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setText(messages.error_text(error))
    if isinstance(error, StorageError):
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("Errors", "Database problem"))
        box.setInformativeText(storage_hint(error))
    else:
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Errors", "Cannot do that"))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    _widen_to_title(box)
    return box


#: What a message box shows beside its text: the icon and the margins.
MESSAGE_ICON_ROOM = 40


def _widen_to_title(box: QMessageBox) -> None:
    """Make a short message box wide enough for its whole title ("Cannot do that — <app>"):
    window managers cut a title longer than the window ("无法完成··· efunds"). Through the text
    label's style (a spacer item added to the box's layout from Python was freed twice)."""
    width = title_width(box) - MESSAGE_ICON_ROOM
    box.setStyleSheet(f"QLabel#qt_msgbox_label {{ min-width: {width}px; }}")


class UnexpectedErrorDialog(QDialog):
    """A short apology, where the details were logged, and a button that copies them."""

    def __init__(
        self, error: BaseException, logged_to: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unexpectedErrorDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.details = details_text(error)
        self.setWindowTitle(self.tr("Something went wrong"))

        icon = QLabel()
        pixmap = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        icon.setPixmap(pixmap.pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.message_label = QLabel(
            self.tr(
                "The program ran into a problem it did not expect. Nothing you saved before was "
                "lost; the last action may not have finished. Please tell whoever supports the "
                "shop's computer and give them the details."
            )
        )
        self.message_label.setWordWrap(True)
        self.log_label = QLabel()
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if logged_to is not None:
            self.log_label.setText(
                self.tr("The details were saved in %1").replace("%1", str(logged_to))
            )

        self.details_view = QPlainTextEdit(self.details)
        self.details_view.setReadOnly(True)
        self.details_view.setVisible(False)
        self.details_view.setMinimumHeight(160)

        self.toggle_button = QPushButton(self.tr("Show details"))
        self.toggle_button.setCheckable(True)
        self.toggle_button.toggled.connect(self._toggle_details)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.setObjectName("copyDetailsButton")
        self.copy_button.clicked.connect(self.copy_details)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.toggle_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        text_column = QVBoxLayout()
        text_column.addWidget(self.message_label)
        text_column.addWidget(self.log_label)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text_column, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details_view)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))

    def _toggle_details(self, shown: bool) -> None:
        self.details_view.setVisible(shown)
        self.toggle_button.setText(self.tr("Hide details") if shown else self.tr("Show details"))


def _unexpected_dialog_open() -> bool:
    return any(isinstance(d, UnexpectedErrorDialog) and d.isVisible() for d in _live_dialogs())


def show_error(
    parent: QWidget | None, error: BaseException, *, wait: bool = False
) -> QDialog | None:
    """Report ``error`` to the user; returns the dialog (None if one for a bug is already open).

    ``RefundsError``: a warning (critical with a hint for storage trouble). Anything else: logged,
    then a dialog with a copy button. A second bug while that dialog is open is only logged, so a
    failing paint or timer cannot bury the user in dialogs.
    """
    if isinstance(error, RefundsError):
        box = expected_error_box(parent, error)
        _show(box, wait)
        return box
    logged_to = log_exception(error)
    if _unexpected_dialog_open():
        return None
    dialog = UnexpectedErrorDialog(error, logged_to, parent)
    _open_dialogs.add(dialog)
    dialog.finished.connect(lambda _result: _open_dialogs.discard(dialog))
    if wait:
        dialog.exec()
    else:
        dialog.open()
    return dialog


def _excepthook(
    exc_type: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    if issubclass(exc_type, KeyboardInterrupt) or QApplication.instance() is None:
        sys.__excepthook__(exc_type, error, tb)
        return
    if error.__traceback__ is None and tb is not None:
        error = error.with_traceback(tb)
    parent = QApplication.activeWindow()
    show_error(parent, error)


def install_excepthook() -> None:
    """Route uncaught exceptions (also those raised in Qt slots) to :func:`show_error`."""
    sys.excepthook = _excepthook
