"""The small window where an owner confirms a decision with his name and PIN: on a clerk's screen
(manager override, as POS systems do: the clerk stays signed in) or, for the shop's only owner,
approving his own large request. The service given as ``submit`` checks the PIN (counted and
locked out as at sign-in); a wrong PIN is shown here and the window stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

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
from merchant_refunds.ui.common.field_errors import error_label
from merchant_refunds.ui.common.messages import error_text


class OwnerPinDialog(QDialog):
    """``submit(name, pin)`` runs the service; its result is kept in ``result`` on success.

    ``owner_name`` fixes the name (the signed-in owner re-entering his own PIN)."""

    def __init__(
        self,
        title: str,
        explanation: str,
        submit: Callable[[str, str], Any],
        owner_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._submit = submit
        self.result_value: Any = None
        text = QLabel(explanation)
        text.setWordWrap(True)
        self.name_edit = QLineEdit(owner_name)
        self.name_edit.setObjectName("ownerName")
        self.name_edit.setReadOnly(bool(owner_name))
        self.pin_edit = QLineEdit()
        self.pin_edit.setObjectName("ownerPin")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(12)
        form = QFormLayout()
        form.addRow(self.tr("Owner"), self.name_edit)
        form.addRow(self.tr("PIN"), self.pin_edit)
        self.message = error_label("ownerPinError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Authorise"))
        self.buttons.accepted.connect(self.authorise)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._update)
        self.pin_edit.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        (self.pin_edit if owner_name else self.name_edit).setFocus()
        self._update()

    def _update(self) -> None:
        ready = bool(self.name_edit.text().strip()) and bool(self.pin_edit.text())
        self.ok_button.setEnabled(ready)

    def authorise(self) -> None:
        """Run the service; a refusal (wrong PIN, locked, not an owner) stays in this window,
        with the PIN cleared for the next try."""
        if not self.ok_button.isEnabled():
            return
        try:
            self.result_value = self._submit(self.name_edit.text().strip(), self.pin_edit.text())
        except RefundsError as error:
            self.message.setText(error_text(error))
            self.message.show()
            self.pin_edit.clear()
            self.pin_edit.setFocus()
            return
        self.accept()
