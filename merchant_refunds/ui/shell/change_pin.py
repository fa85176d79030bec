"""File → Change my PIN…: the signed-in user chooses a new PIN (issue 15).

The current PIN is asked first: a screen left signed in must not let a passer-by take the
account over. It is checked like any other PIN at this counter (counted guesses, lock-out,
``users.authenticate_here``); the new one, typed twice, follows the shop's PIN rules.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from merchant_refunds.domain.errors import NotFound, RefundsError
from merchant_refunds.services import users
from merchant_refunds.ui.common import messages
from merchant_refunds.ui.common.field_errors import error_label
from merchant_refunds.ui.common.guards import DiscardGuard
from merchant_refunds.ui.common.live_check import LiveCheck
from merchant_refunds.ui.common.screen_fit import keep_title_whole
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.settings.settings_users import PinFields

PIN_PATTERN = r"\d{0,12}"


class ChangePinDialog(DiscardGuard, QDialog):
    """Current PIN, new PIN twice; accepted once the new PIN is saved."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changePinDialog")
        self.session = session
        self.current = QLineEdit()
        self.current.setObjectName("currentPin")
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current.setValidator(QRegularExpressionValidator(PIN_PATTERN, self.current))
        self.pins = PinFields()
        self.pins.edits()[0].setObjectName("newPin")
        self.pins.edits()[1].setObjectName("newPinAgain")
        self.message = error_label("changePinMessage")
        self.form = QFormLayout()
        for widget in (self.current, self.pins.pin, self.pins.again):
            self.form.addRow(QLabel(), widget)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.try_change)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        # The new PIN checked by the shop's rules as it is typed; OK off meanwhile.
        self.live = LiveCheck(self, self.problems, self.ok_button)
        self.live.field("current", self.message, self.current)
        self.pins.watch(self.live)
        self.live.run()
        self.remember_input()

    def problems(self) -> dict[str, RefundsError | str]:
        found: dict[str, RefundsError | str] = {}
        if not self.current.text():
            found["current"] = self.tr("Type your current PIN.")
        found.update(self.pins.problems(self.tr("The two PINs are not the same.")))
        return found

    def input_state(self) -> tuple[object, ...]:
        return (self.current.text(), *(edit.text() for edit in self.pins.edits()))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Change my PIN"))
        keep_title_whole(self)
        labels = [self.tr("Current PIN"), self.tr("New PIN"), self.tr("New PIN again")]
        for row, text in enumerate(labels):
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                label.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def try_change(self) -> None:
        if not self.current.text():
            self.show_message(self.tr("Type your current PIN."))
            self.current.setFocus()
            return
        if not self.pins.check(self.tr("The two PINs are not the same.")):
            return
        me = self.session.actor
        try:
            checked = users.authenticate_here(me.name, self.current.text())
            if checked.id != me.id:  # the name now belongs to someone else: never theirs
                raise NotFound("unknown_user", "No active user called {name}", name=me.name)
            users.change_own_pin(me, self.pins.edits()[0].text())
        except RefundsError as exc:
            self.current.clear()
            self.show_message(messages.error_text(exc))
            self.current.setFocus()
            return
        self.show_message("")
        QMessageBox.information(self, self.windowTitle(), self.tr("Your new PIN is saved."))
        self.accept()
