"""The owner's "Extend deadline…": a new last day for the shop's own limit and the reason.

The service checks everything (owner only, later than the current day, at most 90 days ahead, a
reason); a refusal is shown under the field it concerns and the dialog stays open. The law's
deadline is never moved: the dialog says so.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from merchant_refunds.domain.deadlines import Deadline
from merchant_refunds.domain.errors import RefundsError
from merchant_refunds.services import clock, deadlines
from merchant_refunds.ui.common import formatting as fmt
from merchant_refunds.ui.common.deadline_texts import kind_label
from merchant_refunds.ui.common.field_errors import FieldWithError, error_label
from merchant_refunds.ui.common.guards import DiscardGuard
from merchant_refunds.ui.common.live_check import GENERAL, LiveCheck, first_problem
from merchant_refunds.ui.common.messages import error_text
from merchant_refunds.ui.common.screen_fit import keep_title_whole
from merchant_refunds.ui.common.session import Session

#: Which field a refusal of ``services.deadlines.extend`` belongs under.
FIELD_OF_ERROR = {
    "extension_not_later": "until",
    "extension_too_far": "until",
    "extension_reason_required": "reason",
    "reason_too_long": "reason",
}


class ExtendDeadlineDialog(DiscardGuard, QDialog):
    """``extended`` holds the refund's new deadline once OK succeeded."""

    def __init__(
        self,
        session: Session,
        refund_no: str,
        current: Deadline | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("extendDeadlineDialog")
        self.setWindowTitle(self.tr("Extend deadline"))
        keep_title_whole(self)
        self.session = session
        self.refund_no = refund_no
        self.extended: Deadline | None = None
        self.current = current
        start = (current.due_on if current else clock.today()) + timedelta(days=1)
        self.until = QDateEdit(QDate(start.year, start.month, start.day))
        self.until.setObjectName("extendUntil")
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd")
        self.reason = QLineEdit()
        self.reason.setObjectName("extendReason")
        self.reason.setMaxLength(500)
        self.reason.setPlaceholderText(
            self.tr("e.g. the customer asked for time; goods at customs")
        )
        self.fields = {"until": FieldWithError(self.until), "reason": FieldWithError(self.reason)}
        intro = QLabel()
        intro.setWordWrap(True)
        if current is not None:
            intro.setText(
                self.tr("Refund %1 · %2 · last day %3")
                .replace("%1", refund_no)
                .replace("%2", kind_label(current.kind.value))
                .replace("%3", fmt.date_text(current.due_on, session.locale))
            )
        else:
            intro.setText(self.tr("Refund %1").replace("%1", refund_no))
        law = QLabel(
            self.tr("The legal deadline cannot be extended; this moves only the shop's own.")
        )
        law.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("New last day"), self.fields["until"])
        form.addRow(self.tr("Reason"), self.fields["reason"])
        self.error = error_label("dialogError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(law)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())
        # The service's own check of the date and the reason, as they are typed.
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.live = LiveCheck(self, self.problems, ok_button, general=self.error)
        self.live.field("until", self.fields["until"], self.until)
        self.live.field("reason", self.fields["reason"], self.reason)
        self.live.run()
        self.remember_input()

    def problems(self) -> dict[str, RefundsError]:
        """What ``deadlines.extend`` would refuse in the date and reason as typed."""
        error = first_problem(
            lambda: deadlines.check_extension(
                self.current,
                self.until.date().toPython(),  # type: ignore[arg-type]
                self.reason.text(),
            )
        )
        if error is None:
            return {}
        return {FIELD_OF_ERROR.get(error.code, GENERAL): error}

    def set_until(self, day: date) -> None:
        self.until.setDate(QDate(day.year, day.month, day.day))

    def field_error(self, name: str) -> str:
        return self.fields[name].error()

    def submit(self) -> None:
        """Extend through the service; stay open with the refusal under its field."""
        if not self.live.reveal():
            return
        for wrapped in self.fields.values():
            wrapped.set_error("")
        self.error.hide()
        try:
            self.extended = deadlines.extend(
                self.session.actor,
                self.refund_no,
                self.until.date().toPython(),  # type: ignore[arg-type]
                self.reason.text(),
            )
        except RefundsError as error:
            name = FIELD_OF_ERROR.get(error.code)
            if name is not None:
                self.fields[name].set_error(error_text(error))
            else:
                self.error.setText(error_text(error))
                self.error.show()
            return
        self.accept()
