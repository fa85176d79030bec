"""Small dialogs the refund actions need: a reason (reject, cancel) and a payout.

They only collect input; the refunds view calls the service and reports its answer. Both open
with ``open()`` and report through ``accepted``, so nothing blocks the event loop.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.domain.instalments import split_amount
from merchant_refunds.domain.lifecycle import PayoutMethod
from merchant_refunds.domain.money import Money, parse_amount
from merchant_refunds.services.refunds import PayoutInfo, RefundDetail
from merchant_refunds.ui import formatting as fmt
from merchant_refunds.ui.messages import error_text


class ReasonDialog(QDialog):
    """Asks for a reason; with ``required`` the OK button stays off until something is written."""

    def __init__(
        self, title: str, prompt: str, required: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.required = required
        self.text_edit = QPlainTextEdit()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text_edit.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(self.text_edit)
        layout.addWidget(self.buttons)
        self._update()

    def reason(self) -> str:
        return self.text_edit.toPlainText().strip()

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.reason()) or not self.required)


class PayoutDialog(QDialog):
    """Method, reference and amount of one payout; the amount defaults to what is left to pay."""

    def __init__(self, refund: RefundDetail, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record payout for %1").replace("%1", refund.refund_no))
        self.currency = refund.payout.currency
        self.left = refund.payout.minor - refund.paid_so_far
        self.method = QComboBox()
        for method in PayoutMethod:
            self.method.addItem(fmt.payout_method_label(method), method.value)
        self.method.setCurrentIndex(max(0, self.method.findData(refund.destination_method)))
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Transaction or transfer number"))
        self.amount = QLineEdit(f"{Money(self.left, self.currency).amount}")
        self.amount_error = QLabel()
        self.amount_error.setStyleSheet("color: #c62828;")
        self.amount_error.hide()
        hint = QLabel(
            self.tr(
                "Left to pay: %1. A smaller amount is an instalment (large refunds only)."
            ).replace("%1", fmt.money_text(self.left, self.currency, locale))
        )
        hint.setWordWrap(True)
        self.locale = locale
        self.instalments = QSpinBox()
        self.instalments.setObjectName("instalments")
        self.instalments.setRange(1, 12)
        self.instalments.setSpecialValueText(self.tr("Pay in one go"))
        self.instalments.setSuffix(self.tr(" instalments"))
        self.plan = QLabel()
        self.plan.setObjectName("instalmentPlan")
        self.plan.setWordWrap(True)
        self.instalments.valueChanged.connect(self._show_plan)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._check_and_accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Reference"), self.reference)
        form.addRow(self.tr("Amount (%1)").replace("%1", self.currency), self.amount)
        form.addRow("", self.amount_error)
        if refund.signature_required:
            # Large refunds only: the services refuse instalments for any other.
            form.addRow(self.tr("Instalments"), self.instalments)
            form.addRow("", self.plan)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)

    def instalment_count(self) -> int:
        return self.instalments.value()

    def _show_plan(self, parts: int) -> None:
        """The amounts the instalments will have: they add up exactly to what is left."""
        self.amount.setEnabled(parts <= 1)
        if parts <= 1:
            self.plan.setText("")
            return
        amounts = split_amount(self.left, parts)
        self.plan.setText(
            " + ".join(fmt.money_text(a, self.currency, self.locale) for a in amounts)
            + " = "
            + fmt.money_text(sum(amounts), self.currency, self.locale)
        )

    def amount_minor(self) -> int:
        """The typed amount in minor units; raises ``InvalidInput`` when it is not one."""
        return parse_amount(self.amount.text(), self.currency).minor

    def _check_and_accept(self) -> None:
        if self.instalment_count() > 1:
            self.accept()
            return
        try:
            self.amount_minor()
        except InvalidInput as error:
            self.amount_error.setText(error_text(error))
            self.amount_error.show()
            return
        self.accept()


class RetryDialog(QDialog):
    """Pay a failed payout again, by the same or another method; the failed one stays on record."""

    def __init__(
        self, refund: RefundDetail, failed: PayoutInfo, locale: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.seq = failed.seq
        self.setWindowTitle(self.tr("Pay failed payout #%1 again").replace("%1", str(failed.seq)))
        self.method = QComboBox()
        for method in PayoutMethod:
            self.method.addItem(fmt.payout_method_label(method), method.value)
        self.method.setCurrentIndex(max(0, self.method.findData(failed.method)))
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Transaction or transfer number"))
        why = QLabel(
            self.tr("%1 failed: %2")
            .replace("%1", fmt.money_text(failed.amount, failed.currency, locale))
            .replace("%2", failed.failure_reason)
        )
        why.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Reference"), self.reference)
        layout = QVBoxLayout(self)
        layout.addWidget(why)
        layout.addLayout(form)
        layout.addWidget(buttons)
