"""What every settings page shares: owner-only editing, a Save button and a status line.

Pages disable their editors for anyone but an owner (the services refuse them anyway) and react
to a switch of user. ``save()`` returns False after showing field messages; a ``RefundsError``
from a service lands in the status line, so nothing fails silently. Texts written here use the
"SettingsPage" context explicitly: ``self.tr`` in a base class looks them up under the subclass.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from merchant_refunds.domain.errors import RefundsError, StorageError
from merchant_refunds.ui.common import messages
from merchant_refunds.ui.common.errors import show_error
from merchant_refunds.ui.common.field_errors import ERROR_STYLE
from merchant_refunds.ui.common.guards import widget_state
from merchant_refunds.ui.common.live_check import on_input_changed
from merchant_refunds.ui.common.session import Session


class SettingsPage(QWidget):
    """Subclasses build their editors into ``self.body``, list them in ``editors()``."""

    saved = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.body = QVBoxLayout()
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(self.on_save_clicked)
        self.status_label = QLabel()
        self.status_label.setObjectName("saveStatus")
        self.status_label.setWordWrap(True)
        footer = QHBoxLayout()
        footer.addWidget(self.status_label, 1)
        footer.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.body, 1)
        layout.addLayout(footer)
        session.actor_changed.connect(lambda _actor: self.apply_role())
        self._clean: tuple[object, ...] | None = None
        #: What ``check`` found that belongs to no one field (see ``general_problem``).
        self._live_problem = ""
        self._live_shown = False
        self._live_started = False

    def mark_clean(self) -> None:
        """What the editors show now is what is stored (after loading or saving)."""
        self._clean = widget_state(self.editors())

    def has_unsaved_changes(self) -> bool:
        """True when an owner changed an editor since it was loaded or saved."""
        return (
            self._clean is not None
            and self.session.is_owner()
            and widget_state(self.editors()) != self._clean
        )

    def editors(self) -> list[QWidget]:
        return []

    def load(self) -> None:
        """Fill the editors from the services."""

    def save(self) -> bool:
        """Check the editors and call the service; False when a field shows a message."""
        return True

    def check(self) -> bool:
        """Show under each editor what the services would refuse in it as typed, saving
        nothing; False while anything is wrong. Pages with rules override it."""
        return True

    def start_live_check(self) -> None:
        """From now on every change of an editor is checked at once, and Save stays off
        while a field shows a message (call at the end of the page's set-up)."""
        on_input_changed(self.editors(), self.live_check)
        self._live_started = True
        self.live_check()

    def live_check(self, *_args: object) -> bool:
        self._live_problem = ""
        ok = self.check()
        self.save_button.setEnabled(ok)
        if not ok:
            text = self._live_problem or QCoreApplication.translate(
                "SettingsPage", "Please correct the fields marked in red."
            )
            self.set_status(text, error=True)
            self._live_shown = True
        elif self._live_shown:
            self.set_status("")
            self._live_shown = False
        return ok

    def general_problem(self, error: RefundsError) -> bool:
        """In ``check``: a refusal that belongs to no one field goes in the status line."""
        self._live_problem = messages.error_text(error)
        return False

    def retranslate_ui(self) -> None:
        self.save_button.setText(QCoreApplication.translate("SettingsPage", "Save"))

    def apply_role(self) -> None:
        owner = self.session.is_owner()
        for widget in self.editors():
            widget.setEnabled(owner)
        self.save_button.setVisible(owner)

    def set_status(self, text: str, *, error: bool = False) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE if error else "")
        self.status_label.setText(text)

    def on_save_clicked(self) -> None:
        self.set_status("")
        try:
            ok = self.save()
        except StorageError as exc:
            show_error(self, exc)
            return
        except RefundsError as exc:
            self.set_status(messages.error_text(exc), error=True)
            return
        if not ok:
            self.set_status(
                self._live_problem
                or QCoreApplication.translate(
                    "SettingsPage", "Please correct the fields marked in red."
                ),
                error=True,
            )
            return
        self.set_status(QCoreApplication.translate("SettingsPage", "Saved."))
        self.session.notify_changed()
        self.saved.emit()
        self.load()
        self.mark_clean()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            # The editors' texts change with the language (a spin box's " days", a pick-list's
            # names), not what they hold: a page saved before the switch is still saved after.
            clean = self._clean is not None and widget_state(self.editors()) == self._clean
            self.retranslate_ui()
            if clean:
                self.mark_clean()
            if self._live_started:  # its messages in the new language too
                self.live_check()
        super().changeEvent(event)
