"""Dialogs for what happens around a refund's money: the customer's feedback afterwards, and
the supplier's answer that a pre-sale refund in production waits for."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from merchant_refunds.domain.errors import RefundsError
from merchant_refunds.services import clock, feedback, presale
from merchant_refunds.ui.common.field_errors import FieldWithError, error_label
from merchant_refunds.ui.common.guards import DiscardGuard
from merchant_refunds.ui.common.live_check import LiveCheck, first_problem
from merchant_refunds.ui.common.messages import error_text
from merchant_refunds.ui.common.screen_fit import keep_title_whole
from merchant_refunds.ui.common.session import Session

MIN_DIALOG_WIDTH = 360


class _ServiceDialog(DiscardGuard, QDialog):
    """OK calls ``store()``; a refusal is shown inside the dialog, which stays open. Fields are
    checked as they are typed by the service's own check (``problems``), OK off meanwhile."""

    def __init__(self, session: Session, refund_no: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.session = session
        self.refund_no = refund_no
        self.form = QFormLayout()
        self.error = error_label("dialogError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._store_and_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        # room for a supplier's name and contact, and for a refusal on two lines at most
        self.setMinimumWidth(MIN_DIALOG_WIDTH)
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.live = LiveCheck(self, self.problems, ok_button, general=self.error)

    def start_checking(self, fields: dict[str, QWidget]) -> None:
        """Check ``fields`` (name: input, already in the form) from now on, as they change."""
        for name, widget in fields.items():
            self.live.field(name, self.wrapped[name], widget)
        self.live.run()
        self.remember_input()

    def wrap(self, name: str, widget: QWidget) -> FieldWithError:
        """``widget`` with its own error line, for the form."""
        if not hasattr(self, "wrapped"):
            self.wrapped: dict[str, FieldWithError] = {}
        self.wrapped[name] = FieldWithError(widget)
        return self.wrapped[name]

    def problems(self) -> dict[str, RefundsError]:
        return {}

    def store(self) -> None:
        raise NotImplementedError

    def _store_and_accept(self) -> None:
        if not self.live.reveal():
            return
        try:
            self.store()
        except RefundsError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.accept()


class FeedbackDialog(_ServiceDialog):
    """The customer's rating (1 to 5) and comment, once the money has been paid."""

    def __init__(self, session: Session, refund_no: str, parent: QWidget | None = None) -> None:
        super().__init__(session, refund_no, parent)
        self.setWindowTitle(self.tr("Customer feedback for %1").replace("%1", refund_no))
        keep_title_whole(self)
        self.rating = QSpinBox()
        self.rating.setRange(1, 5)
        self.rating.setSuffix(self.tr(" of 5"))
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(self.tr("What the customer said"))
        current = feedback.get_feedback(refund_no)
        self.rating.setValue(current.rating if current else 5)
        if current:
            self.comment.setPlainText(current.comment)
        self.form.addRow(self.tr("Rating"), self.rating)
        self.form.addRow(self.tr("Comment"), self.wrap("comment", self.comment))
        self.start_checking({"comment": self.comment})

    def problems(self) -> dict[str, RefundsError]:
        error = first_problem(
            lambda: feedback.check_feedback(self.rating.value(), self.comment.toPlainText())
        )
        return {"comment": error} if error is not None else {}

    def store(self) -> None:
        feedback.record_feedback(
            self.session.actor, self.refund_no, self.rating.value(), self.comment.toPlainText()
        )


class SupplierAnswerDialog(_ServiceDialog):
    """Who at the supplier was asked about a pre-sale refund in production, when, and the answer."""

    def __init__(self, session: Session, refund_no: str, parent: QWidget | None = None) -> None:
        super().__init__(session, refund_no, parent)
        self.setWindowTitle(self.tr("Supplier's answer for %1").replace("%1", refund_no))
        keep_title_whole(self)
        self.supplier = QLineEdit()
        self.supplier.setPlaceholderText(self.tr("Supplier and contact person"))
        today = clock.today()
        self.asked_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.asked_on.setCalendarPopup(True)
        self.answer = QComboBox()
        self.answer.addItem(self.tr("Agreed to take the order back"), "agreed")
        self.answer.addItem(self.tr("Refused"), "refused")
        self.answer.addItem(self.tr("No answer yet"), "pending")
        self.note = QLineEdit()
        self.form.addRow(self.tr("Asked"), self.wrap("supplier", self.supplier))
        self.form.addRow(self.tr("On"), self.wrap("asked_on", self.asked_on))
        self.form.addRow(self.tr("Answer"), self.answer)
        self.form.addRow(self.tr("Note"), self.note)
        self.start_checking({"supplier": self.supplier, "asked_on": self.asked_on})

    def problems(self) -> dict[str, RefundsError]:
        error = first_problem(
            lambda: presale.check_supplier_answer(
                self.supplier.text(), self.asked_date(), str(self.answer.currentData())
            )
        )
        if error is None:
            return {}
        return {"asked_on" if error.code == "asked_in_future" else "supplier": error}

    def asked_date(self) -> date:
        value = self.asked_on.date()
        return date(value.year(), value.month(), value.day())

    def store(self) -> None:
        presale.record_supplier_confirmation(
            self.session.actor,
            self.refund_no,
            self.supplier.text(),
            self.asked_date(),
            str(self.answer.currentData()),
            self.note.text(),
        )
