"""Asking an owner's name and PIN: before a restore, and at the counter (the owner authorising
on a clerk's screen, or the only owner approving his own large request). The check itself is the
service's (passed in as ``attempt``); a refusal (wrong PIN, not an owner, the database open
elsewhere) is shown under the fields so the owner can type again or cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from merchant_refunds.domain.errors import RefundsError
from merchant_refunds.ui.common import messages
from merchant_refunds.ui.common.field_errors import error_label
from merchant_refunds.ui.shell.login import PIN_PATTERN


class OwnerPinDialog(QDialog):
    """``result_value`` holds what ``attempt(name, pin)`` returned once the dialog is accepted."""

    def __init__(
        self,
        attempt: Callable[[str, str], object],
        explanation: str,
        *,
        name: str = "",
        parent: QWidget | None = None,
        title: str = "",
        ok_text: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ownerPinDialog")
        self.setWindowTitle(title or self.tr("Restore from a backup"))
        self._attempt = attempt
        self.result_value: object = None
        self.explanation = QLabel(explanation)
        self.explanation.setWordWrap(True)
        self.name_edit = QLineEdit(name)
        self.name_edit.setObjectName("ownerName")
        self.name_edit.setReadOnly(bool(name))
        self.pin_edit = QLineEdit()
        self.pin_edit.setObjectName("ownerPin")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setValidator(QRegularExpressionValidator(PIN_PATTERN, self.pin_edit))
        self.message_label = error_label("ownerPinMessage")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text or self.tr("Restore"))
        self.buttons.accepted.connect(self.try_restore)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Owner"), self.name_edit)
        form.addRow(self.tr("PIN"), self.pin_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.pin_edit.textChanged.connect(lambda _text: self.message_label.hide())
        (self.pin_edit if name else self.name_edit).setFocus()
        self.setMinimumWidth(380)

    def try_restore(self) -> None:
        name = self.name_edit.text().strip()
        if not name or not self.pin_edit.text():
            self.message_label.setText(self.tr("Type the owner's name and PIN."))
            self.message_label.show()
            return
        try:
            self.result_value = self._attempt(name, self.pin_edit.text())
        except RefundsError as exc:
            self.pin_edit.clear()
            self.message_label.setText(messages.error_text(exc))
            self.message_label.show()
            self.pin_edit.setFocus()
            return
        self.accept()
