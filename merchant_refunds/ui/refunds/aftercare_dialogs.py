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
from merchant_refunds.ui.common.field_errors import error_label
from merchant_refunds.ui.common.messages import error_text
from merchant_refunds.ui.common.session import Session

MIN_DIALOG_WIDTH = 360


class _ServiceDialog(QDialog):
    """OK calls ``store()``; a refusal is shown inside the dialog, which stays open."""

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

    def store(self) -> None:
        raise NotImplementedError

    def _store_and_accept(self) -> None:
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
        self.form.addRow(self.tr("Comment"), self.comment)

    def store(self) -> None:
        feedback.record_feedback(
            self.session.actor, self.refund_no, self.rating.value(), self.comment.toPlainText()
        )


class SupplierAnswerDialog(_ServiceDialog):
    """Who at the supplier was asked about a pre-sale refund in production, when, and the answer."""

    def __init__(self, session: Session, refund_no: str, parent: QWidget | None = None) -> None:
        super().__init__(session, refund_no, parent)
        self.setWindowTitle(self.tr("Supplier's answer for %1").replace("%1", refund_no))
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
        self.form.addRow(self.tr("Asked"), self.supplier)
        self.form.addRow(self.tr("On"), self.asked_on)
        self.form.addRow(self.tr("Answer"), self.answer)
        self.form.addRow(self.tr("Note"), self.note)

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
