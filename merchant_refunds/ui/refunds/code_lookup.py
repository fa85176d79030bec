"""Finding a refund from the code on its paper: typed, or read by a barcode/QR scanner.

A scanner set up as a keyboard types ``RF…-XXXXXXXX`` and presses Enter, so a line edit that acts
on Enter serves both. The verification code tells whether the paper matches the record; a paper
that does not is worth a clear warning (a forgery, or a record changed since it was printed), yet
the clerk may still want to open the refund by its number to compare.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QMessageBox, QWidget

from merchant_refunds.domain.errors import RefundsError
from merchant_refunds.services import confirmations
from merchant_refunds.services.confirmations import VerifyResult, VerifyStatus
from merchant_refunds.ui.common.errors import show_error
from merchant_refunds.ui.common.messages import translate_template

OK_STYLE = "color: #2e7d32;"
BAD_STYLE = "color: #c62828;"
NOTE_STYLE = "color: palette(mid);"


class CodeLookup(QWidget):
    """``open_refund(refund_no, status)`` asks the refunds view to show that refund."""

    open_refund = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit()
        self.field.setObjectName("codeLookup")
        self.field.setPlaceholderText(self.tr("Code on the paper"))
        self.field.setToolTip(
            self.tr(
                "The refund number and verification code printed under the QR code, "
                "e.g. RF20261126-0001-ABCD2345. Press Enter to look it up."
            )
        )
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(200)
        self.status_label = QLabel()
        self.status_label.setObjectName("codeLookupStatus")
        self.message_box: QMessageBox | None = None
        self.last_result: VerifyResult | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field)
        row.addWidget(self.status_label)
        self.field.returnPressed.connect(self.look_up)
        self.field.textEdited.connect(lambda _text: self.status_label.clear())

    def focus(self) -> None:
        self.field.setFocus()
        self.field.selectAll()

    def look_up(self) -> VerifyResult | None:
        """Check the code in the field and act on the answer; the field is then ready to
        take the next scan (its text selected, so new input replaces it)."""
        text = self.field.text().strip()
        if not text:
            return None
        try:
            result = confirmations.verify_code(text)
        except RefundsError as error:
            show_error(self, error)
            return None
        self.last_result = result
        self.field.selectAll()
        status = result.refund.status.value if result.refund is not None else ""
        if result.status is VerifyStatus.MATCH:
            self._status(self.tr("✓ Matches"), OK_STYLE, self.tr("The paper matches the record"))
            self.open_refund.emit(result.refund_no, status)
        elif result.status is VerifyStatus.NO_CODE:
            self._status(
                self.tr("No code"), NOTE_STYLE, self.tr("Opened by number; no code was given")
            )
            self.open_refund.emit(result.refund_no, status)
        elif result.status is VerifyStatus.MISMATCH:
            self._status(
                self.tr("✗ No match"), BAD_STYLE, self.tr("This paper does not match the record")
            )
            self._mismatch(result, status)
        elif result.status is VerifyStatus.TRAIL_CHANGED:
            changed = self.tr("The records were changed after this paper was printed")
            self._status(self.tr("✗ Trail changed"), BAD_STYLE, changed)
            self._mismatch(result, status, changed)
        elif result.status is VerifyStatus.NOT_FOUND:
            self._status("", NOTE_STYLE)
            self._message(
                self.tr("Refund not found"),
                self.tr("There is no refund %1.").replace("%1", result.refund_no),
                self.tr("Check the number on the paper; it may belong to another shop."),
            )
        else:
            self._status("", NOTE_STYLE)
            self._message(
                self.tr("Not a refund code"), translate_template(result.template, result.params)
            )
        return result

    def _status(self, text: str, style: str, explained: str = "") -> None:
        self.status_label.setStyleSheet(style)
        self.status_label.setText(text)
        self.status_label.setToolTip(explained)

    def _box(self, title: str, text: str, informative: str) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton
        )
        box.setParent(self.window(), box.windowFlags())
        box.setObjectName("codeLookupMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if informative:
            box.setInformativeText(informative)
        self.message_box = box
        return box

    def _message(self, title: str, text: str, informative: str = "") -> QMessageBox:
        box = self._box(title, text, informative)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.open()
        return box

    def _mismatch(self, result: VerifyResult, status: str, headline: str = "") -> QMessageBox:
        """Warn first; the refund opens only if the clerk asks for it by its number."""
        box = self._box(
            self.tr("Check this paper"),
            headline or self.tr("This paper does not match the record"),
            translate_template(result.template, result.params)
            + "\n\n"
            + self.tr("You can still open refund %1 to compare it with the paper.").replace(
                "%1", result.refund_no
            ),
        )
        box.setIcon(QMessageBox.Icon.Critical)
        open_button = box.addButton(
            self.tr("Open refund %1").replace("%1", result.refund_no),
            QMessageBox.ButtonRole.AcceptRole,
        )
        open_button.setObjectName("openAnyway")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        refund_no = result.refund_no
        open_button.clicked.connect(lambda: self.open_refund.emit(refund_no, status))
        box.open()
        return box
