"""Users of the shop: add, change role, reset a PIN, deactivate (never delete: history names them),
and the shortest PIN the shop accepts.

The dialogs call the services themselves and keep open on a wrong field, so an owner can fix
what they typed; the page refreshes when a dialog is accepted.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from merchant_refunds.domain.errors import InvalidInput, RefundsError
from merchant_refunds.domain.lifecycle import Role
from merchant_refunds.services import shop_settings, users
from merchant_refunds.services.users import UserInfo
from merchant_refunds.ui.common import messages
from merchant_refunds.ui.common.errors import show_error
from merchant_refunds.ui.common.field_errors import FieldWithError
from merchant_refunds.ui.common.formatting import role_label
from merchant_refunds.ui.common.guards import DiscardGuard
from merchant_refunds.ui.common.live_check import LiveCheck, first_problem
from merchant_refunds.ui.common.screen_fit import keep_title_whole
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.settings.settings_page import SettingsPage

#: Room for the services' messages under the name and PIN fields.
MIN_DIALOG_WIDTH = 440


def _pin_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setValidator(QRegularExpressionValidator(r"\d{0,12}", edit))
    return edit


def fill_roles(box: QComboBox, current: str | None = None) -> None:
    selected = current or box.currentData() or Role.CLERK.value
    box.clear()
    for role in Role:
        box.addItem(role_label(role.value), role.value)
    box.setCurrentIndex(max(0, box.findData(selected)))


class PinFields:
    """A PIN typed twice, with the service's rules and a mismatch message."""

    def __init__(self) -> None:
        self.pin = FieldWithError(_pin_edit())
        self.again = FieldWithError(_pin_edit())

    def edits(self) -> tuple[QLineEdit, QLineEdit]:
        pin, again = self.pin.field, self.again.field
        assert isinstance(pin, QLineEdit) and isinstance(again, QLineEdit)
        return pin, again

    def problems(self, mismatch_text: str) -> dict[str, RefundsError | str]:
        """The service's refusal of the PIN, or the second one not matching it."""
        pin, again = self.edits()
        error = first_problem(lambda: users.validate_pin(pin.text()))
        if error is not None:
            return {"pin": error}
        return {"again": mismatch_text} if again.text() != pin.text() else {}

    def watch(self, live: LiveCheck) -> None:
        pin, again = self.edits()
        live.field("pin", self.pin, pin)
        live.field("again", self.again, again)

    def check(self, mismatch_text: str) -> bool:
        pin, again = self.edits()
        try:
            users.validate_pin(pin.text())
            self.pin.set_error("")
        except InvalidInput as exc:
            self.pin.set_error(messages.error_text(exc))
            return False
        self.again.set_error("" if again.text() == pin.text() else mismatch_text)
        return again.text() == pin.text()


class AddUserDialog(DiscardGuard, QDialog):
    """Name, role and first PIN of a new user; ``users.create_user`` checks the rest."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addUserDialog")
        self.session = session
        self.display_name = QLineEdit()
        self.display_name.setObjectName("displayName")
        self.user_name = FieldWithError(QLineEdit())
        self.user_name.field.setObjectName("userName")
        self.role = QComboBox()
        fill_roles(self.role)
        self.pins = PinFields()
        self.form = QFormLayout()
        for widget in (
            self.display_name,
            self.user_name,
            self.role,
            self.pins.pin,
            self.pins.again,
        ):
            self.form.addRow(QLabel(), widget)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.try_add)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # Wide enough for a message under a field on one line.
        self.setMinimumWidth(MIN_DIALOG_WIDTH)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.live = LiveCheck(self, self.problems, self.ok_button)
        self.live.field("user_name", self.user_name, self.user_name.field)
        self.pins.watch(self.live)
        self.live.run()
        self.remember_input()

    def problems(self) -> dict[str, RefundsError | str]:
        """The services' own checks of the sign-in name and PIN, as they are typed."""
        edit = self.user_name.field
        assert isinstance(edit, QLineEdit)
        error = first_problem(lambda: users.validate_user_name(edit.text()))
        found: dict[str, RefundsError | str] = {"user_name": error} if error else {}
        found.update(self.pins.problems(self.tr("The two PINs are not the same.")))
        return found

    def input_state(self) -> tuple[object, ...]:
        return (
            self.display_name.text(),
            self.user_name.field.text(),  # type: ignore[attr-defined]
            self.role.currentIndex(),
            *(edit.text() for edit in self.pins.edits()),
        )

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Add a user"))
        keep_title_whole(self)
        texts = (
            (self.display_name, self.tr("Name")),
            (self.user_name, self.tr("Sign-in name")),
            (self.role, self.tr("Role")),
            (
                self.pins.pin,
                self.tr("PIN (%1 to 12 digits)").replace("%1", str(users.pin_minimum())),
            ),
            (self.pins.again, self.tr("PIN again")),
        )
        for widget, text in texts:
            self.form.labelForField(widget).setText(text)
        fill_roles(self.role)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def try_add(self) -> None:
        self.live.reveal()
        edit = self.user_name.field
        assert isinstance(edit, QLineEdit)
        ok = True
        try:
            users.validate_user_name(edit.text())
            self.user_name.set_error("")
        except InvalidInput as exc:
            self.user_name.set_error(messages.error_text(exc))
            ok = False
        ok = self.pins.check(self.tr("The two PINs are not the same.")) and ok
        if not ok:
            return
        try:
            users.create_user(
                self.session.actor,
                edit.text().strip(),
                str(self.role.currentData()),
                self.pins.edits()[0].text(),
                self.display_name.text().strip(),
            )
        except RefundsError as exc:
            show_error(self, exc)
            return
        self.accept()


class ResetPinDialog(DiscardGuard, QDialog):
    """A new PIN for a user who forgot theirs (this also lifts a lock-out)."""

    def __init__(self, session: Session, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resetPinDialog")
        self.session = session
        self.user = user
        self.pins = PinFields()
        self.form = QFormLayout()
        self.form.addRow(QLabel(), self.pins.pin)
        self.form.addRow(QLabel(), self.pins.again)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.try_reset)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # Wide enough for a message under a field on one line.
        self.setMinimumWidth(MIN_DIALOG_WIDTH)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("New PIN for %1").replace("%1", user.display_name))
        keep_title_whole(self)
        self.form.labelForField(self.pins.pin).setText(self.tr("New PIN"))
        self.form.labelForField(self.pins.again).setText(self.tr("New PIN again"))
        self.live = LiveCheck(
            self,
            lambda: self.pins.problems(self.tr("The two PINs are not the same.")),
            self.ok_button,
        )
        self.pins.watch(self.live)
        self.live.run()
        self.remember_input()

    def input_state(self) -> tuple[object, ...]:
        return tuple(edit.text() for edit in self.pins.edits())

    def try_reset(self) -> None:
        self.live.reveal()
        if not self.pins.check(self.tr("The two PINs are not the same.")):
            return
        try:
            users.reset_pin(self.session.actor, self.user.name, self.pins.edits()[0].text())
        except RefundsError as exc:
            show_error(self, exc)
            return
        self.accept()


class UsersPage(SettingsPage):
    """The user list with the owner's actions for the selected user."""

    COLUMNS = 4

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.users: list[UserInfo] = []
        self.dialog: QDialog | None = None
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("usersTable")
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.pin_min_label = QLabel()
        self.pin_min = QSpinBox()
        self.pin_min.setObjectName("pinMinDigits")
        self.pin_min.setRange(users.PIN_MIN_DIGITS, users.PIN_MAX_DIGITS)
        self.pin_min_button = QPushButton()
        self.pin_min_button.setObjectName("pinMinButton")
        self.pin_min_button.clicked.connect(self.change_pin_minimum)
        self.pin_min_hint = QLabel()
        self.pin_min_hint.setWordWrap(True)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addUserButton")
        self.role_box = QComboBox()
        self.role_button = QPushButton()
        self.pin_button = QPushButton()
        self.active_button = QPushButton()
        self.active_button.setObjectName("activeButton")
        self.add_button.clicked.connect(self.open_add_dialog)
        self.role_button.clicked.connect(self.change_role)
        self.pin_button.clicked.connect(self.open_pin_dialog)
        self.active_button.clicked.connect(self.toggle_active)
        actions = QHBoxLayout()
        for widget in (self.add_button, self.role_box, self.role_button, self.pin_button):
            actions.addWidget(widget)
        actions.addWidget(self.active_button)
        actions.addStretch(1)
        pin_rule = QHBoxLayout()
        for widget in (self.pin_min_label, self.pin_min, self.pin_min_button):
            pin_rule.addWidget(widget)
        pin_rule.addStretch(1)
        self.body.addWidget(self.table)
        self.body.addLayout(actions)
        self.body.addLayout(pin_rule)
        self.body.addWidget(self.pin_min_hint)
        self.save_button.hide()
        self.retranslate_ui()
        self.load()
        self.apply_role()

    def apply_role(self) -> None:
        super().apply_role()
        self.save_button.hide()
        self._selection_changed()

    def editors(self) -> list[QWidget]:
        return [self.add_button, self.pin_min, self.pin_min_button]

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Sign-in name"), self.tr("Role"), self.tr("State")]
        )
        self.add_button.setText(self.tr("Add user…"))
        self.role_button.setText(self.tr("Change role"))
        self.pin_button.setText(self.tr("Reset PIN…"))
        self.pin_min_label.setText(self.tr("Shortest PIN"))
        self.pin_min.setSuffix(self.tr(" digits"))
        self.pin_min_button.setText(self.tr("Apply"))
        self.pin_min_hint.setText(
            self.tr(
                "New and changed PINs need at least this many digits. Users whose PIN is "
                "shorter are asked for a new one when they next sign in."
            )
        )
        fill_roles(self.role_box)
        self.load()

    def _state_text(self, info: UserInfo) -> str:
        if not info.active:
            return self.tr("Deactivated")
        return self.tr("Locked (too many wrong PINs)") if info.locked else self.tr("Active")

    def load(self) -> None:
        self.pin_min.setValue(shop_settings.get_pin_min_digits())
        selected = self.selected_user()
        self.users = users.list_users()
        self.table.setRowCount(len(self.users))
        for row, info in enumerate(self.users):
            cells = (
                info.display_name,
                info.name,
                role_label(info.role.value),
                self._state_text(info),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, info.name)
                self.table.setItem(row, column, item)
        if selected is not None:
            self.select_user(selected.name)
        self._selection_changed()

    def select_user(self, name: str) -> None:
        for row, info in enumerate(self.users):
            if info.name == name:
                self.table.selectRow(row)

    def selected_user(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.users):
            return None
        return self.users[rows[0].row()]

    def _selection_changed(self) -> None:
        info = self.selected_user()
        can_edit = self.session.is_owner() and info is not None
        for widget in (self.role_box, self.role_button, self.pin_button, self.active_button):
            widget.setEnabled(can_edit)
        if info is not None:
            self.role_box.setCurrentIndex(self.role_box.findData(info.role.value))
        active = info is None or info.active
        self.active_button.setText(self.tr("Deactivate") if active else self.tr("Reactivate"))

    def _run(self, action: str) -> None:
        self.set_status(action)
        self.session.notify_changed()
        self.load()

    def open_add_dialog(self) -> None:
        self.dialog = AddUserDialog(self.session, self)
        self.dialog.accepted.connect(lambda: self._run(self.tr("User added.")))
        self.dialog.open()

    def open_pin_dialog(self) -> None:
        info = self.selected_user()
        if info is None:
            return
        self.dialog = ResetPinDialog(self.session, info, self)
        self.dialog.accepted.connect(lambda: self._run(self.tr("PIN changed.")))
        self.dialog.open()

    def change_pin_minimum(self) -> None:
        try:
            shop_settings.set_pin_min_digits(self.session.actor, self.pin_min.value())
        except RefundsError as exc:
            self.set_status(messages.error_text(exc), error=True)
            return
        self._run(self.tr("Shortest PIN changed."))

    def change_role(self) -> None:
        info = self.selected_user()
        if info is None:
            return
        try:
            users.set_role(self.session.actor, info.name, str(self.role_box.currentData()))
        except RefundsError as exc:
            self.set_status(messages.error_text(exc), error=True)
            return
        self._run(self.tr("Role changed."))

    def toggle_active(self) -> None:
        info = self.selected_user()
        if info is None:
            return
        try:
            users.set_active(self.session.actor, info.name, not info.active)
        except RefundsError as exc:
            self.set_status(messages.error_text(exc), error=True)
            return
        self._run(self.tr("User deactivated.") if info.active else self.tr("User reactivated."))
