"""Returned goods in the refund detail: receiving them unit by unit (condition, where the unit
goes, a note) and the owner's deduction for a unit's diminished value, with its reason."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from merchant_refunds.domain.errors import InvalidInput, RefundsError
from merchant_refunds.domain.inspection import Condition, Disposition, default_disposition
from merchant_refunds.domain.money import parse_amount
from merchant_refunds.services.refund_views import RefundDetail
from merchant_refunds.services.returned_goods import InspectedUnit, UnitCondition, UnitToReceive
from merchant_refunds.ui.common import formatting as fmt
from merchant_refunds.ui.common.field_errors import FieldWithError, error_label
from merchant_refunds.ui.common.guards import DiscardGuard
from merchant_refunds.ui.common.live_check import LiveCheck, first_problem
from merchant_refunds.ui.common.messages import error_text
from merchant_refunds.ui.common.screen_fit import keep_title_whole

UNIT, CONDITION, STOCK, NOTE = range(4)
#: Refusals of a deduction's reason (the rest concern the amount).
_REASON_CODES = ("deduction_reason_required", "text_")


class ReceiveGoodsDialog(QDialog):
    """One row per returned unit: its condition (resaleable by default), where it goes (by the
    condition unless changed) and a note. OK runs ``submit(units)``; a refusal stays shown."""

    def __init__(
        self,
        units: list[UnitToReceive],
        submit: Callable[[list[UnitCondition]], RefundDetail],
        locale: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Receive returned goods"))
        self.units = units
        self.submit = submit
        self.result_value: RefundDetail | None = None
        self.table = QTableWidget(len(units), 4)
        self.table.setObjectName("unitsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Unit"), self.tr("Condition"), self.tr("Stock"), self.tr("Note")]
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        self.conditions: list[QComboBox] = []
        self.stocks: list[QComboBox] = []
        self.notes: list[QLineEdit] = []
        for row, unit in enumerate(units):
            label = f"{unit.name} ({unit.sku}) #{unit.unit_no} · "
            label += fmt.money_text(unit.value, locale=locale)
            item = QTableWidgetItem(label)
            self.table.setItem(row, UNIT, item)
            condition = QComboBox()
            for c in Condition:
                condition.addItem(fmt.condition_label(c.value), c.value)
            stock = QComboBox()
            for d in Disposition:
                stock.addItem(fmt.disposition_label(d.value), d.value)
            note = QLineEdit()
            note.setMaxLength(500)
            condition.currentIndexChanged.connect(
                lambda _i, c=condition, s=stock: s.setCurrentIndex(
                    s.findData(default_disposition(Condition(c.currentData())).value)
                )
            )
            self.table.setCellWidget(row, CONDITION, condition)
            self.table.setCellWidget(row, STOCK, stock)
            self.table.setCellWidget(row, NOTE, note)
            self.conditions.append(condition)
            self.stocks.append(stock)
            self.notes.append(note)
        self.table.resizeColumnsToContents()
        hint = QLabel(
            self.tr(
                "Record each unit as it came back. Resaleable and opened units go back into "
                "stock, damaged ones and those with parts missing are written off, unless you "
                "choose otherwise."
            )
        )
        hint.setWordWrap(True)
        self.error = error_label("dialogError")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(720, 120 + 32 * max(3, len(units)))

    def set_unit(self, row: int, condition: Condition, note: str = "") -> None:
        """Fill one row (as a person would with the mouse and keyboard)."""
        self.conditions[row].setCurrentIndex(self.conditions[row].findData(condition.value))
        self.notes[row].setText(note)

    def chosen(self) -> list[UnitCondition]:
        return [
            UnitCondition(
                unit.line_no,
                Condition(self.conditions[row].currentData()),
                unit.unit_no,
                self.notes[row].text().strip(),
                Disposition(self.stocks[row].currentData()),
            )
            for row, unit in enumerate(self.units)
        ]

    def _submit(self) -> None:
        try:
            self.result_value = self.submit(self.chosen())
        except RefundsError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return
        self.accept()


class DeductionDialog(DiscardGuard, QDialog):
    """The owner picks an inspected unit, the amount and the reason the customer will read.
    ``check(unit, amount, reason)`` is the service's own check, run as they are typed."""

    def __init__(
        self,
        units: list[InspectedUnit],
        currency: str,
        submit: Callable[[InspectedUnit, int, str], RefundDetail],
        locale: str,
        parent: QWidget | None = None,
        *,
        check: Callable[[InspectedUnit, int, str], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Deduct for diminished value"))
        keep_title_whole(self)
        self.check = check
        self.currency = currency
        self.submit = submit
        self.result_value: RefundDetail | None = None
        self.units = [u for u in units if not u.deduction.minor]
        self.unit = QComboBox()
        self.unit.setObjectName("deductionUnit")
        for u in self.units:
            self.unit.addItem(
                f"{u.name} ({u.sku}) #{u.unit_no} · {fmt.condition_label(u.condition.value)} · "
                + fmt.money_text(u.value, locale=locale)
            )
        self.amount = QLineEdit()
        self.amount.setObjectName("deductionAmount")
        self.amount.setPlaceholderText("0.00")
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("deductionReason")
        self.reason.setPlaceholderText(self.tr("Shown to the customer on the confirmation"))
        hint = QLabel(
            self.tr(
                "For handling beyond what was needed to try the goods (EU 2011/83 Art. 14(2); "
                "goods not 完好 under the 7-day rule). At most the policy's share of the unit's "
                "value; only before money is paid and the paper is signed."
            )
        )
        hint.setWordWrap(True)
        self.error = error_label("dialogError")
        form = QFormLayout()
        form.addRow(self.tr("Unit"), self.unit)
        self.fields = {"amount": FieldWithError(self.amount), "reason": FieldWithError(self.reason)}
        form.addRow(self.tr("Amount (%1)").replace("%1", currency), self.fields["amount"])
        form.addRow(self.tr("Reason"), self.fields["reason"])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.live = LiveCheck(self, self.problems, ok_button, general=self.error)
        self.live.field("amount", self.fields["amount"], self.amount)
        self.live.field("reason", self.fields["reason"], self.reason)
        self.live.watch(self.unit)
        self.live.run()
        self.remember_input()

    def problems(self) -> dict[str, RefundsError]:
        """The amount and reason as typed, through the service's own check of a deduction."""
        if not self.units:
            return {}
        try:
            amount = parse_amount(self.amount.text() or "0", self.currency).minor
        except InvalidInput as error:
            return {"amount": error}
        if self.check is None:
            return {}
        unit = self.units[max(0, self.unit.currentIndex())]
        error = first_problem(lambda: self.check(unit, amount, self.reason.toPlainText()))
        if error is None:
            return {}
        return {"reason" if error.code.startswith(_REASON_CODES) else "amount": error}

    def _submit(self) -> None:
        if self.units and not self.live.reveal():
            return
        try:
            if not self.units:
                raise InvalidInput("nothing_to_deduct", "Every returned unit already has one")
            amount = parse_amount(self.amount.text() or "0", self.currency).minor
            unit = self.units[self.unit.currentIndex()]
            self.result_value = self.submit(unit, amount, self.reason.toPlainText())
        except RefundsError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return
        self.accept()
