"""The owner's reminder: a bar at the top of the main window saying what is late.

Owners learned of a late refund when the customer complained. While an owner is signed in, the
main window asks ``services.followup.reminder`` at start and every ``REMINDER_MINUTES`` (off the
GUI thread) and shows how many refunds are late and how many are past the law's limit, with a
button to the follow-up list. It is not a dialog: work goes on, and the bar hides when nothing
is late. The same tick sends the owner's e-mail digest once a day when it is switched on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

if TYPE_CHECKING:  # loaded by the main window's first reminder, after its first paint
    from merchant_refunds.services.followup import Reminder
    from merchant_refunds.services.notices.owner_digest import DigestResult

REMINDER_MINUTES = 15
BAR_STYLE = (
    "QFrame#reminderBar { background: #fdecea; border: 1px solid #e0a8a8; border-radius: 4px; }"
    " QLabel#reminderText { color: #8b0000; font-weight: bold; }"
)


@dataclass(frozen=True)
class ReminderCheck:
    """What one tick found: the reminder, and the digest's result when one was tried."""

    reminder: Reminder
    digest: DigestResult | None = None
    digest_error: BaseException | None = None


class ReminderBar(QFrame):
    """Hidden until ``show_reminder`` is given something late; ``open_followup`` on the button."""

    open_followup = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBar")
        self.setStyleSheet(BAR_STYLE)
        self.text = QLabel()
        self.text.setObjectName("reminderText")
        self.text.setWordWrap(True)
        self.button = QPushButton()
        self.button.setObjectName("reminderOpen")
        self.button.clicked.connect(self.open_followup)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.late_refunds = 0
        self.statutory_refunds = 0
        self.retranslate_ui()
        self.hide()

    def show_reminder(self, reminder: Reminder | None) -> None:
        """Count refunds, not rows: a refund late for its payment and for the law is one."""
        from merchant_refunds.services.followup import FollowUpKind

        items = reminder.items if reminder is not None else ()
        self.late_refunds = len({i.refund_no for i in items if i.late})
        self.statutory_refunds = len(
            {i.refund_no for i in items if i.late and i.kind is FollowUpKind.STATUTORY}
        )
        self.retranslate_ui()
        self.setVisible(self.late_refunds > 0)

    def retranslate_ui(self) -> None:
        text = self.tr("%n refund(s) late", "", self.late_refunds)
        if self.statutory_refunds:
            text += " · " + self.tr("%n past the legal refund deadline", "", self.statutory_refunds)
        self.text.setText(text)
        self.button.setText(self.tr("Open follow-up"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
