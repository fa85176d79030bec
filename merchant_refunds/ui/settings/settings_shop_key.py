"""The settings' "Shop key" page: whether the trail is keyed and this computer has the key, the
recovery key for the owner, and entering the key on this computer.

Seeing the key is the owner's (the button is not offered to others, and the service refuses them
and records every look); anyone may enter a key, since it is checked against this shop's first.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from merchant_refunds.domain.errors import RefundsError
from merchant_refunds.services import shop_keys
from merchant_refunds.ui.common import messages
from merchant_refunds.ui.common.field_errors import ERROR_STYLE
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.settings.settings_page import SettingsPage
from merchant_refunds.ui.settings.shop_key import EnterKeyDialog, RecoveryKeyDialog


class ShopKeyPage(SettingsPage):
    """``recovery_dialog`` and ``enter_dialog`` are the dialogs opened last (for tests)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.recovery_dialog: RecoveryKeyDialog | None = None
        self.enter_dialog: EnterKeyDialog | None = None
        self.box = QGroupBox()
        self.state_label = QLabel()
        self.state_label.setObjectName("keyState")
        self.state_label.setWordWrap(True)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.owner_note = QLabel()
        self.owner_note.setObjectName("keyOwnerNote")
        self.owner_note.setWordWrap(True)
        self.show_button = QPushButton()
        self.show_button.setObjectName("showRecoveryKey")
        self.enter_button = QPushButton()
        self.enter_button.setObjectName("enterRecoveryKey")
        self.show_button.clicked.connect(self.show_key)
        self.enter_button.clicked.connect(self.enter_key)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.enter_button)
        buttons.addStretch(1)
        inner = QVBoxLayout(self.box)
        inner.addWidget(self.state_label)
        inner.addWidget(self.about)
        inner.addWidget(self.owner_note)
        inner.addLayout(buttons)
        self.body.addWidget(self.box)
        self.body.addStretch(1)
        self.status = shop_keys.status()
        self.retranslate_ui()
        self.apply_role()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.box.setTitle(self.tr("Shop key"))
        self.about.setText(
            self.tr(
                "The shop key protects the audit trail: without it nobody can rewrite the records "
                "unnoticed. It is kept on this computer (in the system keyring, or in a file only "
                "you can read), not in the database. The recovery sheet brings it to a new "
                "computer or a second counter."
            )
        )
        self.owner_note.setText(self.tr("Only the shop owner can see the recovery key."))
        self.show_button.setText(self.tr("Show recovery key…"))
        self.enter_button.setText(self.tr("Enter recovery key…"))
        self._show_state()

    def state_text(self) -> str:
        """The key's state in words."""
        status = self.status
        if not status.keyed:
            return self.tr(
                "The audit trail is not protected by a shop key yet; it gets one at the next "
                "change."
            )
        if status.present:
            return self.tr(
                "The audit trail is protected by the shop key %1. This computer has the key."
            ).replace("%1", status.key_id)
        return self.tr(
            "The audit trail is protected by the shop key %1, but this computer does not have "
            "it. Nothing can be saved until the key is entered from the recovery sheet."
        ).replace("%1", status.key_id)

    def _show_state(self) -> None:
        missing = self.status.keyed and not self.status.present
        self.state_label.setStyleSheet(ERROR_STYLE if missing else "")
        self.state_label.setText(self.state_text())

    def load(self) -> None:
        self.status = shop_keys.status()
        self._show_state()

    def apply_role(self) -> None:
        owner = self.session.is_owner()
        self.save_button.hide()  # nothing here is saved with the page's button
        self.show_button.setVisible(owner)
        self.owner_note.setVisible(not owner)

    def show_key(self) -> RecoveryKeyDialog | None:
        """The recovery key for an owner; anyone else gets the service's refusal in words."""
        self.set_status("")
        try:
            sheet = shop_keys.recovery_sheet(self.session.actor)
        except RefundsError as error:
            self.set_status(messages.error_text(error), error=True)
            return None
        self.load()  # a trail not keyed yet got its key just now
        dialog = RecoveryKeyDialog(sheet, parent=self)
        self.recovery_dialog = dialog
        dialog.open()
        return dialog

    def enter_key(self) -> EnterKeyDialog:
        self.set_status("")
        dialog = EnterKeyDialog(self)
        dialog.finished.connect(lambda _result: self._entered(dialog))
        self.enter_dialog = dialog
        dialog.open()
        return dialog

    def _entered(self, dialog: EnterKeyDialog) -> None:
        self.load()
        if dialog.status is not None:
            self.set_status(self.tr("The shop key is saved on this computer."))
            self.session.notify_changed()
