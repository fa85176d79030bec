"""The exchange dialog (换货): units back from the order's lines, units out typed in (SKU, name,
price agreed, quantity), and the difference shown live with how it will be settled.

The values are never typed: every change asks :func:`services.exchanges.quote` again and shows
what the units back are worth (what a unit refund of them would pay), what the units out cost and
the difference. Recording sends the difference the clerk saw, so an exchange that changed
meanwhile (another counter refunded the same units) is refused instead of settling another sum.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
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
from merchant_refunds.domain.exchanges import ItemOut, Settlement
from merchant_refunds.domain.lifecycle import PayoutMethod
from merchant_refunds.domain.money import parse_amount
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import exchanges, orders
from merchant_refunds.services.exchanges import ExchangeDetail, ExchangeRequest, ExchangeResult
from merchant_refunds.services.refund_requests import Destination
from merchant_refunds.ui.common import formatting as fmt
from merchant_refunds.ui.common.errors import show_error
from merchant_refunds.ui.common.field_errors import error_label
from merchant_refunds.ui.common.guards import DiscardGuard, form_state
from merchant_refunds.ui.common.messages import error_text, finding_text
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.refunds.refund_dialog import BANK_ERRORS

#: Where a refund of the difference may go from this dialog; a bank transfer asks for the
#: account, checked as the refund dialog checks it.
DIFFERENCE_METHODS = (
    PayoutMethod.ORIGINAL_ROUTE,
    PayoutMethod.BANK_TRANSFER,
    PayoutMethod.STORE_CREDIT,
    PayoutMethod.CASH,
)
#: Columns of the units-out table.
OUT_SKU, OUT_NAME, OUT_PRICE, OUT_QTY = range(4)


class ExchangeDialog(DiscardGuard, QDialog):
    """Opened from an order; ``exchange_recorded`` carries the exchange once it is saved."""

    exchange_recorded = Signal(object)

    def __init__(self, session: Session, order_no: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.locale = session.locale
        self.detail = orders.get_order(order_no)
        self.order = self.detail.order
        self.result: ExchangeResult | None = None
        self.exchange: ExchangeDetail | None = None
        self._shown_difference: int | None = None
        self.setWindowTitle(self.tr("Exchange for order %1").replace("%1", self.order.order_no))
        self.resize(900, 640)

        self._requote_timer = QTimer(self)
        self._requote_timer.setSingleShot(True)
        self._requote_timer.setInterval(0)
        self._requote_timer.timeout.connect(self.requote)

        header = QLabel(
            self.tr("Order %1 · %2")
            .replace("%1", self.order.order_no)
            .replace("%2", self.order.customer.name)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self._back_box(), 1)
        layout.addWidget(self._out_box(), 1)
        layout.addWidget(self._settlement_box())
        self.message_label = error_label("exchangeMessage")
        layout.addWidget(self.message_label)
        self.buttons = QDialogButtonBox()
        self.submit_button = QPushButton(self.tr("Record exchange"))
        self.submit_button.setDefault(True)
        self.buttons.addButton(self.submit_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.requote()
        self.remember_input()

    def input_state(self) -> tuple[object, ...]:
        """The choices and every cell of the units given, to tell whether anything was typed."""
        table = self.out_table
        cells = tuple(
            table.item(r, c).text() if table.item(r, c) else ""
            for r in range(table.rowCount())
            for c in range(table.columnCount())
        )
        return (*form_state(self, skip=(table,)), cells)

    # building the form

    def _back_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Units the customer returns"))
        heads = [self.tr("SKU"), self.tr("Item"), self.tr("Left"), self.tr("Back")]
        lines = self.detail.refundable["lines"]
        table = QTableWidget(len(lines), len(heads))
        table.setHorizontalHeaderLabels(heads)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.back_spins: dict[int, QSpinBox] = {}
        for row, line in enumerate(lines):
            for col, text in enumerate((line["sku"], line["name"], str(line["units_left"]))):
                table.setItem(row, col, QTableWidgetItem(text))
            spin = QSpinBox()
            spin.setRange(0, line["units_left"])
            spin.setEnabled(line["units_left"] > 0)
            spin.valueChanged.connect(self._changed)
            table.setCellWidget(row, 3, spin)
            self.back_spins[line["line_no"]] = spin
        self.back_table = table
        inner = QVBoxLayout(box)
        inner.addWidget(table)
        return box

    def _out_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Units given to the customer (price as agreed, tax included)"))
        heads = [self.tr("SKU"), self.tr("Name"), self.tr("Unit price"), self.tr("Quantity")]
        self.out_table = QTableWidget(0, len(heads))
        self.out_table.setHorizontalHeaderLabels(heads)
        self.out_table.verticalHeader().hide()
        self.out_table.horizontalHeader().setSectionResizeMode(
            OUT_NAME, QHeaderView.ResizeMode.Stretch
        )
        self.out_table.itemChanged.connect(self._changed)
        self.add_button = QPushButton(self.tr("Add item"))
        self.remove_button = QPushButton(self.tr("Remove item"))
        self.add_button.clicked.connect(lambda: self.add_out_row())
        self.remove_button.clicked.connect(self.remove_out_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        inner = QVBoxLayout(box)
        inner.addWidget(self.out_table)
        inner.addLayout(buttons)
        return box

    def _settlement_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Difference"))
        self.reason = QComboBox()
        self.reason.addItem(self.tr("Choose…"), None)
        for reason in ReasonCode:
            self.reason.addItem(fmt.reason_label(reason), reason.value)
        self.reason.currentIndexChanged.connect(self._changed)
        self.back_value_label = QLabel()
        self.out_value_label = QLabel()
        self.difference_label = QLabel()
        self.difference_label.setObjectName("exchangeDifference")
        font = self.difference_label.font()
        font.setBold(True)
        self.difference_label.setFont(font)
        self.findings_label = QLabel()
        self.findings_label.setWordWrap(True)
        self.method = QComboBox()
        self.method.setObjectName("exchangeMethod")
        for method in DIFFERENCE_METHODS:
            self.method.addItem(fmt.payout_method_label(method), method.value)
        self.holder = QLineEdit()
        self.holder.setObjectName("exchangeHolder")
        self.bank = QLineEdit()
        self.bank.setObjectName("exchangeBank")
        self.account = QLineEdit()
        self.account.setObjectName("exchangeAccount")
        self.account.setPlaceholderText(self.tr("Card or account number, or IBAN"))
        self.bank_error = error_label("exchangeBankError")
        self.method.currentIndexChanged.connect(self._method_changed)
        for edit in (self.holder, self.bank, self.account):
            edit.textChanged.connect(self._changed)
        self.receipt = QLineEdit()
        self.receipt.setPlaceholderText(self.tr("Receipt number of the payment taken"))
        self.receipt.textChanged.connect(self._update_submit)
        self.note = QLineEdit()
        self.override = QLineEdit()
        self.override.setPlaceholderText(
            self.tr("Owner only: why the policy's block is overridden")
        )
        self.override.textChanged.connect(self._update_submit)
        form = QFormLayout(box)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Units back are worth"), self.back_value_label)
        form.addRow(self.tr("Units out cost"), self.out_value_label)
        form.addRow(self.tr("Settled"), self.difference_label)
        form.addRow(self.tr("Refund to"), self.method)
        form.addRow(self.tr("Account holder"), self.holder)
        form.addRow(self.tr("Bank"), self.bank)
        form.addRow(self.tr("Account"), self.account)
        form.addRow("", self.bank_error)
        form.addRow(self.tr("Receipt no."), self.receipt)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.tr("Override"), self.override)
        form.addRow(self.findings_label)
        self._settlement_form = form
        self._method_changed()
        return box

    def _is_bank(self) -> bool:
        return self.method.currentData() == PayoutMethod.BANK_TRANSFER.value

    def _method_changed(self, *_args: object) -> None:
        """The account rows show only for a bank transfer."""
        for widget in (self.holder, self.bank, self.account):
            self._settlement_form.setRowVisible(widget, self._is_bank())
        self._changed()

    def _destination(self) -> Destination:
        method = PayoutMethod(self.method.currentData())
        if method is not PayoutMethod.BANK_TRANSFER:
            return Destination(method)
        return Destination(method, self.account.text(), self.holder.text(), self.bank.text())

    # the units out

    def add_out_row(self, sku: str = "", name: str = "", price: str = "", qty: str = "1") -> int:
        """A new row of units given out (empty, or filled by a test or a later scan)."""
        row = self.out_table.rowCount()
        self.out_table.blockSignals(True)
        self.out_table.insertRow(row)
        for col, text in enumerate((sku, name, price, qty)):
            item = QTableWidgetItem(text)
            if col in (OUT_PRICE, OUT_QTY):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.out_table.setItem(row, col, item)
        self.out_table.blockSignals(False)
        self._changed()
        return row

    def remove_out_row(self) -> None:
        row = self.out_table.currentRow()
        if row < 0:
            row = self.out_table.rowCount() - 1
        if row >= 0:
            self.out_table.removeRow(row)
            self._changed()

    def _cell(self, row: int, col: int) -> str:
        item = self.out_table.item(row, col)
        return item.text().strip() if item is not None else ""

    def _items_out(self) -> tuple[ItemOut, ...]:
        """The typed rows; a price or quantity that is not one raises ``InvalidInput``."""
        items = []
        for row in range(self.out_table.rowCount()):
            sku, name = self._cell(row, OUT_SKU), self._cell(row, OUT_NAME)
            price, qty = self._cell(row, OUT_PRICE), self._cell(row, OUT_QTY)
            if not (sku or name or price):
                continue  # a row added and left empty
            if not qty.isdigit():
                raise InvalidInput(
                    "exchange_out_quantity",
                    "Unit given out {sku}: the quantity must be at least 1",
                    sku=sku,
                )
            minor = parse_amount(price, self.order.currency).minor if price else -1
            items.append(ItemOut(sku, name, minor, int(qty)))
        return tuple(items)

    # quoting

    def _changed(self, *_args: object) -> None:
        self._requote_timer.start()

    def build_request(self) -> ExchangeRequest | None:
        """The request as the form stands; None while no reason is chosen."""
        reason = self.reason.currentData()
        if reason is None:
            return None
        back = {no: spin.value() for no, spin in self.back_spins.items() if spin.value()}
        return ExchangeRequest(
            self.order.order_no,
            back,
            self._items_out(),
            ReasonCode(reason),
            note=self.note.text().strip(),
            destination=self._destination(),
            receipt_no=self.receipt.text().strip(),
            override_reason=self.override.text().strip(),
        )

    def requote(self) -> None:
        """Ask the engine again and show the values and the difference (on every change)."""
        self._requote_timer.stop()
        self.result = None
        self.message_label.hide()
        self.bank_error.setText("")
        try:
            request = self.build_request()
            if request is None:
                self._show_message(self.tr("Choose a reason to see the difference."))
            elif not request.back or not request.out:
                self._show_message(self.tr("Choose the units back and add the units given."))
            else:
                self.result = self._quote(replace(request, receipt_no=""))
        except RefundsError as error:
            self._show_message(error_text(error))
        self._show_result()

    def _quote(self, request: ExchangeRequest) -> ExchangeResult:
        """The quote; an account that does not pass its checks is said beside the account
        fields, and the values are still shown (they do not depend on the account)."""
        try:
            return exchanges.quote(request)
        except RefundsError as error:
            if error.code not in BANK_ERRORS:
                raise
            self.bank_error.setText(error_text(error))
        return exchanges.quote(replace(request, destination=Destination()))

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.show()

    def _money(self, minor: int) -> str:
        return fmt.money_text(minor, self.order.currency, self.locale)

    def _show_result(self) -> None:
        result = self.result
        if result is None:
            self._shown_difference = None
            for label in (self.back_value_label, self.out_value_label, self.difference_label):
                label.setText("")
            self.findings_label.setText("")
            self._update_submit()
            return
        q = result.quote
        self._shown_difference = q.difference
        self.back_value_label.setText(self._money(q.back_value))
        self.out_value_label.setText(self._money(q.out_value))
        if q.settlement is Settlement.REFUND:
            text = self.tr("Refund to the customer: %1")
        elif q.settlement is Settlement.COLLECTED:
            text = self.tr("The customer pays: %1")
        else:
            text = self.tr("Even: no money changes hands (%1)")
        self.difference_label.setText(text.replace("%1", self._money(abs(q.difference))))
        self.findings_label.setText("\n".join(finding_text(f) for f in result.findings))
        self._update_submit()

    def _update_submit(self, *_args: object) -> None:
        result = self.result
        settlement = result.quote.settlement if result is not None else None
        self.method.setEnabled(settlement is Settlement.REFUND)
        bank_wrong = settlement is Settlement.REFUND and bool(self.bank_error.text())
        self.bank_error.setVisible(bank_wrong and self._is_bank())
        self.receipt.setEnabled(settlement is Settlement.COLLECTED)
        owner = self.session.is_owner()
        self.override.setEnabled(owner and result is not None and bool(result.blocking))
        ok = result is not None
        if ok and settlement is Settlement.COLLECTED and not self.receipt.text().strip():
            ok = False
        if bank_wrong:
            ok = False
        if ok and result is not None and result.blocking:
            ok = owner and bool(self.override.text().strip())
        self.submit_button.setEnabled(ok)

    # recording

    def submit(self) -> None:
        """Record the exchange with the difference on screen; errors are explained."""
        if self._requote_timer.isActive():
            self.requote()
        if self.result is None or not self.submit_button.isEnabled():
            return
        try:
            request = self.build_request()
            if request is None:
                return
            if self.result.quote.settlement is not Settlement.COLLECTED:
                request = replace(request, receipt_no="")
            if not self.result.blocking:
                request = replace(request, override_reason="")
            exchange = exchanges.record_exchange(
                self.session.actor, request, expected_difference=self._shown_difference
            )
        except RefundsError as error:
            show_error(self, error)
            if error.code == "exchange_changed":
                self.requote()
            return
        self.exchange = exchange
        self.exchange_recorded.emit(exchange)
        self.session.notify_changed()
        self.accept()
