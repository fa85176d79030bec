"""The shop key in the GUI: the recovery key for the owner to keep on paper, and entering it on a
computer that does not have it (a second counter, a new computer, after a disk failure).

Everything goes through ``services.shop_keys``: seeing the key needs an owner (and is recorded),
entering it is checked against this shop's key before it is kept. A database whose trail is keyed
cannot be written without the key, not even by signing in, so the launcher asks for it before
the start-up check and the sign-in (``ask_for_missing_key``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from merchant_refunds.domain.errors import InvalidInput, RefundsError
from merchant_refunds.services import clock, shop_keys, shop_settings
from merchant_refunds.services.shop_keys import RecoverySheet
from merchant_refunds.ui.common import messages
from merchant_refunds.ui.common.errors import show_error
from merchant_refunds.ui.common.field_errors import FieldWithError

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

# The launcher asks for a missing key before every start (``ask_for_missing_key``); printing and
# saving the sheet load their modules when the owner asks for them.

GROUPS_PER_LINE = 7
NOTE_STYLE = "background: #fff4ce; border: 1px solid #e0c46c; padding: 6px;"
SUCCESS_STYLE = "color: #2e7d32;"


def key_font(point_size: int = 18) -> QFont:
    """A fixed-width font, so each group of four lines up and 0/O are told apart."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(point_size)
    return font


def key_lines(recovery_text: str) -> str:
    """The key on two lines of seven groups: readable without scrolling on a small screen."""
    groups = recovery_text.split("-")
    return "\n".join(
        "-".join(groups[i : i + GROUPS_PER_LINE]) for i in range(0, len(groups), GROUPS_PER_LINE)
    )


def render_sheet_pdf(sheet: RecoverySheet) -> bytes:
    # Imported on first use: ReportLab would add to every start of the window.
    from merchant_refunds.documents.recovery_sheet import render_recovery_sheet

    return render_recovery_sheet(
        sheet, shop_settings.get_shop().get("name", ""), clock.now().date()
    )


class RecoveryKeyDialog(QDialog):
    """The recovery key, selectable, with the sheet to save as PDF or print. ``first_start``
    words it for the owner who has just set the shop up. ``saved_to`` is the file written last;
    the last message box is kept in ``message_box`` so tests can read it."""

    def __init__(
        self, sheet: RecoverySheet, *, first_start: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryKeyDialog")
        self.sheet = sheet
        self.first_start = first_start
        self.saved_to: Path | None = None
        self.message_box: QMessageBox | None = None
        self._pdf: bytes | None = None
        self.intro = QLabel()
        self.intro.setObjectName("recoveryIntro")
        self.intro.setWordWrap(True)
        self.key_label = QLabel(key_lines(sheet.recovery_text))
        self.key_label.setObjectName("recoveryKeyText")
        self.key_label.setFont(key_font())
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.key_label.setStyleSheet("border: 1px solid #999; padding: 10px; background: white;")
        self.key_id_label = QLabel()
        self.key_id_label.setObjectName("recoveryKeyId")
        self.key_id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setStyleSheet(NOTE_STYLE)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveSheetButton")
        self.print_button = QPushButton()
        self.print_button.setObjectName("printSheetButton")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.choose_file)
        self.print_button.clicked.connect(self.ask_print)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.key_label)
        layout.addWidget(self.key_id_label)
        layout.addWidget(self.advice)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.setMinimumWidth(560)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Shop key recovery sheet"))
        if self.first_start:
            intro = self.tr(
                "The shop is set up. Its records are protected by a shop key that is kept on "
                "this computer, not in the database. Write this recovery key on paper, or print "
                "the sheet now, and keep the paper away from the computer."
            )
        else:
            intro = self.tr(
                "This is the shop's recovery key. Keep it on paper, away from the computer."
            )
        self.intro.setText(intro)
        self.key_id_label.setText(self.tr("Key id: %1").replace("%1", self.sheet.key_id))
        self.advice.setText(
            self.tr(
                "You need it on a new computer, on a second counter on the same server, and "
                "after a disk failure. Anyone who has it and the database file can rewrite the "
                "records: keep it like the key to a safe."
            )
        )
        self.save_button.setText(self.tr("Save as PDF…"))
        self.print_button.setText(self.tr("Print…"))

    def pdf(self) -> bytes | None:
        """The sheet, rendered once; None after telling why it could not be."""
        if self._pdf is None:
            try:
                self._pdf = render_sheet_pdf(self.sheet)
            except RefundsError as error:
                show_error(self, error)
                return None
        return self._pdf

    # save as PDF

    def choose_file(self) -> Path | None:
        from merchant_refunds.ui.common.save_paths import checked_save_path
        from merchant_refunds.ui.refunds.print_actions import (
            pdf_path,
            remember_folder,
            remembered_folder,
        )

        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the recovery sheet"),
            os.path.join(remembered_folder(), f"recovery-sheet-{self.sheet.key_id}.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if not chosen:
            return None
        path = checked_save_path(self, pdf_path(chosen))
        if path is None:
            return None
        remember_folder(path)
        return self.save_to(path)

    def save_to(self, path: Path) -> Path | None:
        """Write the sheet to ``path`` (already checked); the file is the owner's to print."""
        from merchant_refunds.ui.common.pdf_paint import write_atomic

        pdf = self.pdf()
        if pdf is None:
            return None
        try:
            write_atomic(path, pdf)
        except OSError as error:
            self._say(
                QMessageBox.Icon.Warning,
                self.tr("Could not save %1").replace("%1", str(path)),
                error.strerror or str(error),
            )
            return None
        self.saved_to = path
        self._say(
            QMessageBox.Icon.Information,
            self.tr("Saved the recovery sheet to %1").replace("%1", str(path)),
            self.tr("Print it, keep the paper away from the computer, then delete the file."),
        )
        return path

    # print

    def ask_print(self) -> QPrintDialog:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("recoverySheetPrintDialog")
        dialog.accepted.connect(lambda: self.print_to(printer))
        self.print_dialog = dialog
        dialog.open()
        return dialog

    def print_to(self, printer: QPrinter) -> int:
        """Send the sheet to ``printer``; the pages painted (0: not printed, and said so)."""
        from merchant_refunds.ui.common.pdf_paint import paint_pdfs

        pdf = self.pdf()
        if pdf is None:
            return 0
        printer.setDocName(self.tr("Shop key recovery sheet"))
        pages = paint_pdfs(printer, [pdf], "a4")
        if pages == 0:
            self._say(
                QMessageBox.Icon.Warning,
                self.tr("The printer %1 is not available").replace("%1", printer.printerName()),
                self.tr("Check that it is switched on and connected, or save as PDF instead."),
            )
        return pages

    def _say(self, icon: QMessageBox.Icon, text: str, informative: str) -> None:
        box = QMessageBox(icon, self.windowTitle(), text, parent=self)
        box.setInformativeText(informative)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()


class EnterKeyDialog(QDialog):
    """One field for the recovery key; a typo or another shop's key is told under the field,
    success in words above the buttons (the dialog then only closes)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enterKeyDialog")
        self.status: shop_keys.KeyStatus | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.field_label = QLabel()
        self.key_edit = QLineEdit()
        self.key_edit.setObjectName("recoveryKeyEdit")
        self.key_edit.setFont(key_font(13))
        self.key_edit.setPlaceholderText("XXXX-XXXX-XXXX-…")
        self.field = FieldWithError(self.key_edit)
        self.field_label.setBuddy(self.key_edit)
        self.result_label = QLabel()
        self.result_label.setObjectName("enterKeyResult")
        self.result_label.setWordWrap(True)
        self.result_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        self.key_edit.textEdited.connect(lambda _text: self.field.set_error(""))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.field_label)
        layout.addWidget(self.field)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.setMinimumWidth(620)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Enter recovery key"))
        self.intro.setText(
            self.tr(
                "Type the recovery key from the shop's recovery sheet: 14 groups of four letters "
                "and digits. Dashes, spaces and small letters do not matter."
            )
        )
        self.field_label.setText(self.tr("Recovery key"))
        if self.status is None:
            self.ok_button.setText(self.tr("Save the key on this computer"))

    def try_save(self) -> None:
        """Keep the typed key; close with Accepted once the result has been read."""
        if self.status is not None:
            self.accept()
            return
        text = self.key_edit.text()
        if not text.strip():
            self.field.set_error(self.tr("Type the recovery key from the sheet."))
            return
        try:
            status = shop_keys.import_key(text)
        except InvalidInput as error:
            self.field.set_error(messages.error_text(error))
            self.key_edit.setFocus()
            return
        except RefundsError as error:
            show_error(self, error)
            return
        self.status = status
        self.field.set_error("")
        self.key_edit.setReadOnly(True)
        self.result_label.setStyleSheet(SUCCESS_STYLE)
        self.result_label.setText(
            self.tr(
                "The shop key is saved on this computer (key id %1). Changes can be saved again."
            ).replace("%1", status.key_id)
        )
        self.result_label.show()
        self.cancel_button.hide()
        self.ok_button.setText(self.tr("Close"))


def missing_key_text() -> tuple[str, str]:
    """What the missing-key message says: the headline and what it means for the user."""
    return (
        QCoreApplication.translate(
            "ShopKey", "This computer does not have the shop key of this database."
        ),
        QCoreApplication.translate(
            "ShopKey",
            "The shop's records are protected by a key that is kept outside the database. It "
            "is not on this computer (a new computer, a second counter, or after a disk "
            "failure). Nothing can be saved, not even a sign-in, until the key is entered from "
            "the recovery sheet.",
        ),
    )


def key_is_missing() -> bool:
    """The trail is keyed, but this computer has no key (or not this shop's)."""
    status = shop_keys.status()
    return status.keyed and not status.present


def ask_for_missing_key(parent: QWidget | None = None) -> bool:
    """Where the key is missing, say so and offer to enter it; True once this computer has it
    (at once where it had it already), False when the user quits instead."""
    while key_is_missing():
        headline, detail = missing_key_text()
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("ShopKey", "Shop key missing"),
            headline,
            parent=parent,
        )
        box.setObjectName("missingKeyBox")
        box.setInformativeText(detail)
        enter = box.addButton(
            QCoreApplication.translate("ShopKey", "Enter recovery key…"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(
            QCoreApplication.translate("ShopKey", "Quit"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(enter)
        box.exec()
        if box.clickedButton() is not enter:
            return False
        EnterKeyDialog(parent).exec()
    return True
