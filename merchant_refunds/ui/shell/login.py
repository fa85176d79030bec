"""Who is working: pick a user, type the PIN. Used at start, for "Switch user" and as lock screen.

The dialog asks the services (``users.authenticate``) and shows their message under the PIN field
(wrong PIN, locked after too many tries) instead of a pop-up, so the user can simply type again.
In lock mode it cannot be cancelled: only a correct PIN, the same or another user's, dismisses it.

A right PIN that is shorter than the shop now requires (the owner raised the minimum) does not
let the user in yet: the dialog asks for a new PIN, twice, and lets them in once it is saved.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from merchant_refunds.domain.errors import RefundsError
from merchant_refunds.services import users
from merchant_refunds.services.users import Actor
from merchant_refunds.ui.common import messages
from merchant_refunds.ui.common.computer_settings import computer_settings
from merchant_refunds.ui.common.field_errors import error_label
from merchant_refunds.ui.common.screen_fit import keep_title_whole
from merchant_refunds.ui.settings.settings_users import PinFields

PIN_PATTERN = r"\d{0,12}"
LAST_USER_KEY = "login/last_user"


class LoginDialog(QDialog):
    """``actor`` holds the signed-in user once the dialog is accepted."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        locked: bool = False,
        preselect: str | None = None,
        shop_name: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.locked = locked
        self.actor: Actor | None = None
        self._shop_name = shop_name

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.user_box = QComboBox()
        self.user_box.setObjectName("userBox")
        self.pin_edit = QLineEdit()
        self.pin_edit.setObjectName("pinEdit")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setValidator(QRegularExpressionValidator(PIN_PATTERN, self.pin_edit))
        self.message_label = error_label("loginMessage")
        self.notice_label = QLabel()
        self.notice_label.setObjectName("newPinNotice")
        self.notice_label.setWordWrap(True)
        self.notice_label.hide()
        self.new_pins = PinFields()
        # Signed in with a PIN that is too short: let in once a new PIN is saved.
        self._pending: Actor | None = None

        buttons = QDialogButtonBox.StandardButton.Ok
        if not locked:
            buttons |= QDialogButtonBox.StandardButton.Cancel
        self.buttons = QDialogButtonBox(buttons)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self.form.addRow(QLabel(), self.user_box)
        self.form.addRow(QLabel(), self.pin_edit)
        self.form.addRow(QLabel(), self.new_pins.pin)
        self.form.addRow(QLabel(), self.new_pins.again)
        self._show_new_pin_rows(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.notice_label)
        layout.addLayout(self.form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)

        self.pin_edit.textChanged.connect(lambda _text: self.message_label.hide())
        for edit in self.new_pins.edits():
            edit.textChanged.connect(lambda _text: self.message_label.hide())
        self.user_box.currentIndexChanged.connect(self._user_changed)
        self._fill_users(preselect)
        self.retranslate_ui()
        self.pin_edit.setFocus()
        self.setMinimumWidth(360)
        keep_title_whole(self)

    def _fill_users(self, preselect: str | None) -> None:
        self.user_box.clear()
        for info in users.list_users(active_only=True):
            self.user_box.addItem(info.display_name, info.name)
        preselect = preselect or str(computer_settings().value(LAST_USER_KEY, ""))
        if preselect:
            index = self.user_box.findData(preselect)
            if index >= 0:
                self.user_box.setCurrentIndex(index)

    def retranslate_ui(self) -> None:
        if self.locked:
            self.setWindowTitle(self.tr("Screen locked"))
            self.heading.setText(self.tr("The screen was locked. Type a PIN to continue."))
        else:
            self.setWindowTitle(self.tr("Who is working?"))
            heading = self.tr("Who is working?")
            self.heading.setText(f"{self._shop_name} — {heading}" if self._shop_name else heading)
        keep_title_whole(self)
        self.form.labelForField(self.user_box).setText(self.tr("User"))
        self.form.labelForField(self.pin_edit).setText(self.tr("PIN"))
        self.form.labelForField(self.new_pins.pin).setText(self.tr("New PIN"))
        self.form.labelForField(self.new_pins.again).setText(self.tr("New PIN again"))
        if self._pending is not None:
            self.ok_button.setText(self.tr("Save PIN"))
            self.notice_label.setText(
                self.tr(
                    "Your PIN is shorter than this shop now requires (at least %1 digits). "
                    "Choose a new PIN to continue."
                ).replace("%1", str(users.pin_minimum()))
            )
        else:
            self.ok_button.setText(self.tr("Unlock") if self.locked else self.tr("Sign in"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def selected_user(self) -> str:
        return str(self.user_box.currentData() or "")

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.show()

    def _show_new_pin_rows(self, show: bool) -> None:
        for widget in (self.new_pins.pin, self.new_pins.again):
            self.form.setRowVisible(widget, show)
        self.form.setRowVisible(self.pin_edit, not show)
        self.notice_label.setVisible(show)

    def _user_changed(self) -> None:
        """Choosing another user drops a pending new PIN, so a locked screen never traps the
        next person behind someone who walked away from it."""
        self.pin_edit.clear()
        if self._pending is not None:
            self._pending = None
            for edit in self.new_pins.edits():
                edit.clear()
            self._show_new_pin_rows(False)
            self.message_label.hide()
            self.retranslate_ui()

    def try_login(self) -> None:
        if self._pending is not None:
            self._save_new_pin(self._pending)
            return
        name = self.selected_user()
        if not name:
            self.show_message(self.tr("Choose a user first."))
            return
        if not self.pin_edit.text():
            self.show_message(self.tr("Type your PIN."))
            return
        try:
            result = users.sign_in(name, self.pin_edit.text())
        except RefundsError as exc:
            self.pin_edit.clear()
            self.show_message(messages.error_text(exc))
            self.pin_edit.setFocus()
            return
        computer_settings().setValue(LAST_USER_KEY, name)
        self.pin_edit.clear()
        if result.pin_too_short:
            self._pending = result.actor
            self._show_new_pin_rows(True)
            self.retranslate_ui()
            self.new_pins.edits()[0].setFocus()
            return
        self.actor = result.actor
        self.accept()

    def _save_new_pin(self, actor: Actor) -> None:
        if not self.new_pins.check(self.tr("The two PINs are not the same.")):
            return
        try:
            users.change_own_pin(actor, self.new_pins.edits()[0].text())
        except RefundsError as exc:
            self.show_message(messages.error_text(exc))
            return
        self.actor = actor
        self.accept()

    def reject(self) -> None:
        if not self.locked:
            super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.locked and event.key() == Qt.Key.Key_Escape:
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.locked and self.actor is None:
            event.ignore()
            return
        super().closeEvent(event)


class IdleWatcher(QObject):
    """Emits ``idle`` after a stretch without keyboard or mouse input anywhere in the app."""

    idle = Signal()

    _ACTIVITY = frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
            QEvent.Type.TouchBegin,
        }
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)

    def set_interval_ms(self, ms: int) -> None:
        """0 switches the lock off."""
        self._timer.stop()
        if ms > 0:
            self._timer.setInterval(ms)
            self._timer.start()

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(minutes * 60_000)

    def is_active(self) -> bool:
        return self._timer.isActive()

    def interval_ms(self) -> int:
        return self._timer.interval()

    def restart(self) -> None:
        if self._timer.interval() > 0:
            self._timer.start()

    def pause(self) -> None:
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False
