"""The refund dialog: pick what comes back and why, see the amount the engine computes, submit.

The amount is never typed: every change asks :func:`services.refund_requests.quote` again (a
handful of small reads, a few milliseconds) and shows its breakdown, total in figures and words,
and the review's findings. Submitting sends the total the clerk saw, so a refund that changed
meanwhile (another counter refunded the same units) is refused instead of paying a different
amount.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from merchant_refunds.domain.calculation import BreakdownKind, FxRate, Selection
from merchant_refunds.domain.errors import InvalidInput, RefundsError
from merchant_refunds.domain.lifecycle import PayoutMethod, Role
from merchant_refunds.domain.money import Money, parse_amount
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.domain.postage import ReturnPostage
from merchant_refunds.domain.text_checks import check_text
from merchant_refunds.services import orders, refund_requests
from merchant_refunds.services.refund_requests import Destination, QuoteResult, RefundRequest
from merchant_refunds.services.refund_views import RefundDetail
from merchant_refunds.ui.common import formatting as fmt
from merchant_refunds.ui.common.errors import show_error
from merchant_refunds.ui.common.field_errors import error_label
from merchant_refunds.ui.common.findings_list import FindingsList
from merchant_refunds.ui.common.guards import ask, discard_text, form_state
from merchant_refunds.ui.common.messages import error_text
from merchant_refunds.ui.common.screen_fit import resize_to_fit
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.refunds.evidence import FileChooser
from merchant_refunds.ui.refunds.print_actions import start_warm_up
from merchant_refunds.ui.shell.owner_pin import OwnerPinDialog

#: The longest note the services accept (``refund_requests``), checked as it is typed.
MAX_NOTE = 2000
#: Error codes that belong to the bank-account fields rather than to the refund as a whole.
BANK_ERRORS = frozenset(
    {"bank_details_missing", "invalid_iban", "invalid_account", "invalid_account_checksum"}
)


class RefundDialog(QDialog):
    """Opened from an order; ``refund_created`` carries the new refund after a successful submit."""

    refund_created = Signal(object)

    def __init__(self, session: Session, order_no: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        start_warm_up(self)  # its submit opens the confirmation's print preview
        self.session = session
        self.locale = session.locale
        self.detail = orders.get_order(order_no)
        self.order = self.detail.order
        self.result: QuoteResult | None = None
        self.refund: RefundDetail | None = None
        self._shown_total: int | None = None
        self.owner_dialog: OwnerPinDialog | None = None
        self.question_box: QMessageBox | None = None
        self.header_label: QLabel | None = None
        self._closing = False
        self.setWindowTitle(self.tr("Refund for order %1").replace("%1", self.order.order_no))
        resize_to_fit(self, 1040, 660)

        self._requote_timer = QTimer(self)
        self._requote_timer.setSingleShot(True)
        self._requote_timer.setInterval(0)
        self._requote_timer.timeout.connect(self.requote)

        left = QVBoxLayout()
        left.addWidget(self._header())
        left.addWidget(self._lines_table(), 1)
        left.addLayout(self._what_row())
        left.addLayout(self._amount_row())
        left.addWidget(self._details_box())
        left.addWidget(self._payout_box())

        right = QVBoxLayout()
        right.addWidget(self._breakdown_box(), 1)
        right.addWidget(self._findings_box())

        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        self.message_label = error_label()
        self.buttons = QDialogButtonBox()
        self.submit_button = QPushButton(self.tr("Request refund"))
        self.submit_button.setDefault(True)
        self.buttons.addButton(self.submit_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self._update_payout_fields()
        self.requote()
        self._untouched = self._input_state()
        # Another dialog (or another counter) saved a refund on this order: the units and
        # amounts left change, and this one must not keep quoting the old ones.
        session.data_changed.connect(self.refresh_order)

    # what was typed, and throwing it away

    def _input_state(self) -> tuple[object, ...]:
        return form_state(self, skip=(self.findings, self.breakdown))

    def has_unsaved_input(self) -> bool:
        """True once something was chosen or typed and the request is not saved."""
        return self.refund is None and self._input_state() != self._untouched

    def reject(self) -> None:
        """Cancel, Esc or the window's close button: ask before the clerk's input is lost."""
        if self._closing or not self.has_unsaved_input():
            super().reject()
            return
        if self.question_box is not None and self.question_box.isVisible():
            return
        title, text, yes_text = discard_text()
        self.question_box = ask(self, title, text, yes_text, self.discard)

    def discard(self) -> None:
        """Close without asking (the clerk said so, or the main window is closing)."""
        self._closing = True
        super().reject()

    def refresh_order(self) -> None:
        """Read the order again and show what is left now; the clerk's choices stay."""
        if self.refund is not None or not self.isVisible():
            return
        try:
            detail = orders.get_order(self.order.order_no)
        except RefundsError:
            return
        if detail.refundable == self.detail.refundable:
            return
        untouched = not self.has_unsaved_input()
        self.detail = detail
        self.order = detail.order
        self._header()
        lines = {line["line_no"]: line for line in detail.refundable["lines"]}
        for row, (line_no, spin) in enumerate(self.spins.items()):
            line = lines.get(line_no)
            if line is None:
                continue
            spin.blockSignals(True)
            spin.setRange(0, line["units_left"])
            spin.setSuffix(self.tr(" of %1").replace("%1", str(line["units_left"])))
            spin.setEnabled(line["units_left"] > 0 and not self.everything_left.isChecked())
            spin.blockSignals(False)
            item = self.lines_table.item(row, 3)
            if item is not None:
                item.setText(str(line["refunded_units"]))
        shipping_left = detail.refundable["shipping_left"]
        self.shipping.setText(
            self.tr("Shipping (%1 left)").replace(
                "%1", fmt.money_text(shipping_left, self.order.currency, self.locale)
            )
        )
        self.shipping.setEnabled(shipping_left > 0)
        if shipping_left <= 0:
            self.shipping.setChecked(False)
        self.requote()
        if untouched:
            self._untouched = self._input_state()

    # building the form

    def _header(self) -> QLabel:
        order = self.order
        text = (
            self.tr("Order %1 · %2 · paid %3 · still refundable %4")
            .replace("%1", order.order_no)
            .replace("%2", order.customer.name)
            .replace("%3", fmt.money_text(order.total_paid, order.currency, self.locale))
            .replace(
                "%4",
                fmt.money_text(self.detail.refundable["total_left"], order.currency, self.locale),
            )
        )
        if getattr(self, "header_label", None) is not None:
            self.header_label.setText(text)
            return self.header_label
        label = QLabel(text)
        label.setObjectName("refundHeader")
        label.setWordWrap(True)
        self.header_label = label
        return label

    def _lines_table(self) -> QTableWidget:
        heads = [
            self.tr("SKU"),
            self.tr("Item"),
            self.tr("Bought"),
            self.tr("Refunded"),
            self.tr("Paid for line"),
            self.tr("Refund units"),
        ]
        lines = self.detail.refundable["lines"]
        table = QTableWidget(len(lines), len(heads))
        table.setHorizontalHeaderLabels(heads)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.spins: dict[int, QSpinBox] = {}
        for row, line in enumerate(lines):
            order_line = self.order.line(line["line_no"])
            name = line["name"] + (self.tr(" (final sale)") if order_line.final_sale else "")
            paid = fmt.money_text(line["paid"], self.order.currency, self.locale)
            cells = [line["sku"], name, str(line["quantity"]), str(line["refunded_units"]), paid]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (2, 3, 4):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)
            spin = QSpinBox()
            spin.setRange(0, line["units_left"])
            spin.setSuffix(self.tr(" of %1").replace("%1", str(line["units_left"])))
            spin.setEnabled(line["units_left"] > 0)
            spin.valueChanged.connect(self._changed)
            table.setCellWidget(row, 5, spin)
            self.spins[line["line_no"]] = spin
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.lines_table = table
        return table

    def _what_row(self) -> QHBoxLayout:
        self.everything_left = QCheckBox(self.tr("Everything left"))
        shipping_left = self.detail.refundable["shipping_left"]
        self.shipping = QCheckBox(
            self.tr("Shipping (%1 left)").replace(
                "%1", fmt.money_text(shipping_left, self.order.currency, self.locale)
            )
        )
        self.shipping.setEnabled(shipping_left > 0)
        self.everything_left.toggled.connect(self._everything_toggled)
        self.shipping.toggled.connect(self._changed)
        row = QHBoxLayout()
        row.addWidget(self.everything_left)
        row.addWidget(self.shipping)
        row.addStretch(1)
        return row

    def _amount_row(self) -> QHBoxLayout:
        """The "amount" mode: a price difference, compensation or goodwill, no units taken."""
        self.by_amount = QCheckBox(self.tr("Refund an amount instead of units"))
        self.by_amount.setObjectName("byAmount")
        self.amount_edit = QLineEdit()
        self.amount_edit.setObjectName("refundAmount")
        self.amount_edit.setPlaceholderText(self.tr("Amount, e.g. 10.00"))
        self.amount_line = QComboBox()
        self.amount_line.setObjectName("amountLine")
        self.amount_line.addItem(self.tr("Whole order (shared by what is left)"), None)
        for line in self.detail.refundable["lines"]:
            self.amount_line.addItem(
                self.tr("Line %1: %2 (%3 left)")
                .replace("%1", str(line["line_no"]))
                .replace("%2", line["name"])
                .replace(
                    "%3", fmt.money_text(line["amount_left"], self.order.currency, self.locale)
                ),
                line["line_no"],
            )
        self.by_amount.toggled.connect(self._amount_toggled)
        self.amount_edit.textChanged.connect(self._changed)
        self.amount_line.currentIndexChanged.connect(self._changed)
        row = QHBoxLayout()
        row.addWidget(self.by_amount)
        row.addWidget(self.amount_edit)
        row.addWidget(self.amount_line, 1)
        self._amount_toggled(False)
        return row

    def _amount_toggled(self, checked: bool) -> None:
        self.amount_edit.setEnabled(checked)
        self.amount_line.setEnabled(checked)
        for spin in self.spins.values():
            spin.setEnabled(not checked and spin.maximum() > 0)
        self.everything_left.setEnabled(not checked)
        self.shipping.setEnabled(not checked and self.detail.refundable["shipping_left"] > 0)
        if checked:
            self.everything_left.setChecked(False)
            self.shipping.setChecked(False)
        if hasattr(self, "goods_back"):
            self.goods_back.setEnabled(not checked)
            if checked:
                self.goods_back.setChecked(False)
        self._changed()

    def _details_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Why"))
        form = QFormLayout(box)
        self.reason = QComboBox()
        self.reason.addItem(self.tr("Choose a reason…"), None)
        for reason in ReasonCode:
            self.reason.addItem(fmt.reason_label(reason), reason.value)
        self.reason.currentIndexChanged.connect(self._changed)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("What the customer said, what you saw"))
        self.note.setFixedHeight(56)
        self.note_error = error_label("noteError")
        self.note.textChanged.connect(self._update_submit)
        self.goods_back = QCheckBox(self.tr("The goods come back"))
        self.goods_back.toggled.connect(self._changed)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Note"), self.note)
        form.addRow("", self.note_error)
        form.addRow("", self.goods_back)
        self._postage_fields(form)
        self.evidence = FileChooser()
        form.addRow(self.tr("Photos, files"), self.evidence)
        return box

    def _postage_fields(self, form: QFormLayout) -> None:
        """The customer's return postage paid back (its own line), against its receipt; an
        owner may pay it back where the shop is not at fault, with a reason."""
        self.postage = QLineEdit()
        self.postage.setObjectName("returnPostage")
        self.postage.setPlaceholderText("0.00")
        self.postage.setMaximumWidth(90)
        self.postage_receipt = QLineEdit()
        self.postage_receipt.setObjectName("postageReceipt")
        self.postage_receipt.setMaxLength(64)
        self.postage_receipt.setPlaceholderText(self.tr("Receipt or tracking number"))
        self.postage_override = QLineEdit()
        self.postage_override.setObjectName("postageOverride")
        self.postage_override.setPlaceholderText(
            self.tr("Owner: why it is paid back though the shop is not at fault")
        )
        self.postage_override.setVisible(self.session.actor.role is Role.OWNER)
        self.postage_error = error_label()
        row = QHBoxLayout()
        row.addWidget(self.postage)
        row.addWidget(self.postage_receipt, 1)
        for widget in (self.postage, self.postage_receipt, self.postage_override):
            widget.textChanged.connect(self._changed)
        form.addRow(self.tr("Return postage paid back"), row)
        form.addRow("", self.postage_override)
        form.addRow("", self.postage_error)

    def _postage_or_none(self) -> ReturnPostage | None:
        """The postage typed, or None; a malformed amount is shown under the field."""
        self.postage_error.hide()
        text = self.postage.text().strip()
        if not text:
            return None
        try:
            amount = parse_amount(text, self.order.currency).minor
        except RefundsError as error:
            self.postage_error.setText(error_text(error))
            self.postage_error.show()
            return None
        return ReturnPostage(
            amount, self.postage_receipt.text(), self.postage_override.text().strip()
        )

    def _payout_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Where the money goes"))
        form = QFormLayout(box)
        self.payout_method = QComboBox()
        for method in PayoutMethod:
            self.payout_method.addItem(fmt.payout_method_label(method), method.value)
        self.holder = QLineEdit()
        self.bank = QLineEdit()
        self.account = QLineEdit()
        self.account.setPlaceholderText(self.tr("Card or account number, or IBAN"))
        self.bank_error = error_label()
        self.payout_currency = QComboBox()
        fmt.add_currencies(self.payout_currency, self.order.currency)
        self.payout_currency.setCurrentIndex(self.payout_currency.findData(self.order.currency))
        self.fx_rate = QLineEdit()
        self.fx_rate.setPlaceholderText(self.tr("e.g. 0.1389"))
        self.fx_date = QDateEdit(QDate.currentDate())
        self.fx_date.setCalendarPopup(True)
        self.fx_date.setDisplayFormat("yyyy-MM-dd")
        self.fx_error = error_label()
        form.addRow(self.tr("Pay back by"), self.payout_method)
        form.addRow(self.tr("Account holder"), self.holder)
        form.addRow(self.tr("Bank"), self.bank)
        form.addRow(self.tr("Account"), self.account)
        form.addRow("", self.bank_error)
        form.addRow(self.tr("Pay in currency"), self.payout_currency)
        form.addRow(
            self.tr("Exchange rate (1 %1 =)").replace("%1", self.order.currency), self.fx_rate
        )
        form.addRow(self.tr("Rate date"), self.fx_date)
        form.addRow("", self.fx_error)
        self._payout_form = form
        self.payout_method.currentIndexChanged.connect(self._update_payout_fields)
        self.payout_currency.currentIndexChanged.connect(self._update_payout_fields)
        for edit in (self.holder, self.bank, self.account, self.fx_rate):
            edit.textChanged.connect(self._changed)
        self.fx_date.dateChanged.connect(self._changed)
        return box

    def _breakdown_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Refund amount"))
        layout = QVBoxLayout(box)
        self.breakdown = QTableWidget(0, 3)
        self.breakdown.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("Detail"), self.tr("Amount")]
        )
        self.breakdown.verticalHeader().hide()
        self.breakdown.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.breakdown.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.breakdown.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.total_label = QLabel()
        self.total_label.setObjectName("refundTotal")
        font = self.total_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.total_label.setFont(font)
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.words_label = QLabel()
        self.words_label.setObjectName("refundWords")
        self.words_label.setWordWrap(True)
        self.words_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.words_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.breakdown, 1)
        layout.addWidget(self.total_label)
        layout.addWidget(self.words_label)
        return box

    def _findings_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Review"))
        layout = QVBoxLayout(box)
        self.findings = FindingsList()
        self.findings.setMaximumHeight(150)
        self.override_label = QLabel(self.tr("Override the block because (required, recorded):"))
        self.override_edit = QLineEdit()
        self.override_edit.setPlaceholderText(self.tr("Why the refund is right despite the block"))
        self.override_edit.textChanged.connect(self._update_submit)
        self.owner_only_label = QLabel(
            self.tr(
                "This refund is blocked. Only the owner can override a block: give the reason, "
                "then ask the owner to authorise it here with his name and PIN."
            )
        )
        self.owner_only_label.setWordWrap(True)
        self.owner_only_label.setStyleSheet("color: #c62828;")
        self.ask_owner_button = QPushButton(self.tr("Ask the owner…"))
        self.ask_owner_button.setObjectName("askOwnerButton")
        self.ask_owner_button.clicked.connect(self.ask_owner)
        layout.addWidget(self.findings)
        layout.addWidget(self.owner_only_label)
        layout.addWidget(self.override_label)
        layout.addWidget(self.override_edit)
        layout.addWidget(self.ask_owner_button)
        return box

    # reacting to changes

    def _changed(self, *_args: object) -> None:
        self._requote_timer.start()

    def _everything_toggled(self, checked: bool) -> None:
        for spin in self.spins.values():
            if checked:
                spin.setValue(spin.maximum())
            spin.setEnabled(not checked and spin.maximum() > 0)
        if checked and self.shipping.isEnabled():
            self.shipping.setChecked(True)
        self._changed()

    def _update_payout_fields(self) -> None:
        bank = self.payout_method.currentData() == PayoutMethod.BANK_TRANSFER.value
        for widget in (self.holder, self.bank, self.account):
            self._payout_form.setRowVisible(widget, bank)
        foreign = self.payout_currency.currentData() != self.order.currency
        self._payout_form.setRowVisible(self.fx_rate, foreign)
        self._payout_form.setRowVisible(self.fx_date, foreign)
        self._changed()

    def _selection(self) -> Selection:
        if self.by_amount.isChecked():
            text = self.amount_edit.text().strip()
            minor = parse_amount(text, self.order.currency).minor if text else None
            return Selection(amount=minor, amount_line=self.amount_line.currentData())
        if self.everything_left.isChecked():
            return Selection(shipping=self.shipping.isChecked(), everything_left=True)
        units = {line_no: spin.value() for line_no, spin in self.spins.items() if spin.value()}
        return Selection(units, shipping=self.shipping.isChecked())

    def _destination(self) -> Destination:
        method = PayoutMethod(self.payout_method.currentData())
        if method is not PayoutMethod.BANK_TRANSFER:
            return Destination(method)
        return Destination(method, self.account.text(), self.holder.text(), self.bank.text())

    def _fx(self) -> FxRate | None:
        """The typed rate when paying in another currency; raises ``RefundsError`` if unusable."""
        target = self.payout_currency.currentData()
        if target == self.order.currency:
            return None
        return refund_requests.parse_fx(
            self.order.currency,
            target,
            self.fx_rate.text(),
            self.fx_date.date().toString(Qt.DateFormat.ISODate),
        )

    def build_request(self) -> RefundRequest | None:
        """The request the form describes, or None while something needed is missing."""
        reason = self.reason.currentData()
        if reason is None:
            return None
        try:
            selection = self._selection()
        except RefundsError as error:
            self._show_message(error_text(error))
            return None
        return RefundRequest(
            order_no=self.order.order_no,
            selection=selection,
            reason=ReasonCode(reason),
            note=self.note.toPlainText().strip(),
            goods_return=self.goods_back.isChecked(),
            destination=self._destination(),
            fx=self._fx_or_none(),
            override_reason=self.override_edit.text().strip(),
            evidence=tuple(self.evidence.files()),
            return_postage=self._postage_or_none(),
        )

    def _fx_or_none(self) -> FxRate | None:
        self.fx_error.hide()
        try:
            return self._fx()
        except RefundsError as error:
            self.fx_error.setText(error_text(error))
            self.fx_error.show()
            return None

    def requote(self) -> None:
        """Ask the engine again and show the result: called on every change (coalesced)."""
        self._requote_timer.stop()
        self.result = None
        self.bank_error.hide()
        self.message_label.hide()
        request = self.build_request()
        if request is None:
            if self.message_label.isHidden():
                self._show_message(self.tr("Choose a reason to see the refund amount."))
        elif self.by_amount.isChecked():
            if request.selection.amount is None:
                self._show_message(self.tr("Type the amount to refund."))
            else:
                self.result = self._quote(request)
        elif not (
            request.selection.lines
            or request.selection.shipping
            or request.selection.everything_left
        ):
            self._show_message(self.tr("Choose the units to refund, or shipping."))
        else:
            self.result = self._quote(request)
        self._show_result()

    def _quote(self, request: RefundRequest) -> QuoteResult | None:
        try:
            return refund_requests.quote(request)
        except RefundsError as error:
            if error.code not in BANK_ERRORS:
                self._show_message(error_text(error))
                return None
            self.bank_error.setText(error_text(error))
            self.bank_error.show()
        try:  # the amount does not depend on the account: still show it while it is fixed
            return refund_requests.quote(_with_destination(request, Destination()))
        except RefundsError as error:
            self._show_message(error_text(error))
            return None

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.show()

    def _show_result(self) -> None:
        self.breakdown.setRowCount(0)
        self.findings.clear()
        result = self.result
        if result is None:
            self._shown_total = None
            self.total_label.setText("")
            self.words_label.setText("")
            self._update_submit()
            return
        quote = result.quote
        items = iter(quote.items)
        for row in quote.breakdown():
            if row.kind is BreakdownKind.AMOUNT:
                item = next(items)
                detail = (
                    self.tr("line %1, %2")
                    .replace("%1", str(item.line_no))
                    .replace("%2", fmt.amount_kind_label(quote.amount_kind or ""))
                )
            elif row.kind is BreakdownKind.ITEMS:
                item = next(items)
                detail = (
                    self.tr("line %1, %2 of %3 units")
                    .replace("%1", str(item.line_no))
                    .replace("%2", str(item.quantity))
                    .replace("%3", str(item.line_quantity))
                )
            else:
                detail = self._row_detail(row.kind)
            self._add_breakdown_row(row.kind, row.label, detail, row.amount)
        self._shown_total = quote.total.minor
        self.total_label.setText(
            self.tr("Refund total: %1").replace(
                "%1", fmt.money_text(quote.total, locale=self.locale)
            )
        )
        words = fmt.words_text(quote.total, self.locale)
        if quote.fx is not None:
            words += " · " + self.tr("paid as %1").replace(
                "%1", fmt.money_text(quote.payout, locale=self.locale)
            )
        self.words_label.setText(words)
        for finding in result.findings:
            self.findings.add(finding)
        self._update_submit()

    def _row_detail(self, kind: BreakdownKind) -> str:
        quote = self.result.quote if self.result else None
        if quote is None:
            return ""
        if kind is BreakdownKind.TOTAL:
            return self.tr("tax included %1").replace(
                "%1", fmt.money_text(quote.tax, quote.currency, self.locale)
            )
        if kind is BreakdownKind.CONVERSION and quote.fx is not None:
            return (
                self.tr("rate %1 on %2")
                .replace("%1", str(quote.fx.rate))
                .replace("%2", fmt.date_text(quote.fx.as_of, self.locale))
            )
        if kind is BreakdownKind.CROSS_BORDER_FEE:
            if quote.customer_fee:
                return self.tr("borne by the customer")
            return self.tr("borne by the shop")
        return ""

    def _add_breakdown_row(
        self, kind: BreakdownKind, label: str, detail: str, amount: Money
    ) -> None:
        row = self.breakdown.rowCount()
        self.breakdown.insertRow(row)
        own = (BreakdownKind.ITEMS, BreakdownKind.AMOUNT)
        text = label if kind in own else fmt.breakdown_label(kind)
        money = fmt.money_text(amount, locale=self.locale)
        items = [QTableWidgetItem(text), QTableWidgetItem(detail), QTableWidgetItem(money)]
        items[2].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if kind is BreakdownKind.TOTAL:
            font = items[0].font()
            font.setBold(True)
            for item in items:
                item.setFont(font)
        for column, item in enumerate(items):
            self.breakdown.setItem(row, column, item)

    def _text_problem(self) -> str:
        """A note or reason the services would refuse (too long, control characters), said
        while it is typed, with the services' own words."""
        texts = (
            (self.note.toPlainText().strip(), "note"),
            (self.override_edit.text().strip(), "override reason"),
        )
        try:
            for text, what in texts:
                if len(text) > MAX_NOTE:
                    raise InvalidInput("note_too_long", "The note is longer than 2000 characters")
                check_text(text, what, MAX_NOTE, multiline=True)
        except RefundsError as error:
            return error_text(error)
        return ""

    def _update_submit(self) -> None:
        problem = self._text_problem()
        self.note_error.setText(problem)
        self.note_error.setVisible(bool(problem))
        result = self.result
        blocks = result.blocking if result else []
        overridable = bool(blocks) and all(f.overridable for f in blocks)
        owner = self.session.is_owner()
        self.override_label.setVisible(overridable)
        self.override_edit.setVisible(overridable)
        self.owner_only_label.setVisible(bool(blocks) and not owner and overridable)
        self.ask_owner_button.setVisible(not owner and overridable)
        self.ask_owner_button.setEnabled(
            result is not None
            and self.bank_error.isHidden()
            and self.fx_error.isHidden()
            and bool(self.override_edit.text().strip())
        )
        ok = (
            result is not None
            and self.bank_error.isHidden()
            and self.fx_error.isHidden()
            and (not blocks or (overridable and owner and bool(self.override_edit.text().strip())))
        )
        self.submit_button.setEnabled(ok and not problem)
        if problem:
            self.ask_owner_button.setEnabled(False)

    # submitting

    def submit(self) -> None:
        """Create the request with the total on screen; errors are explained, nothing is lost."""
        if self._requote_timer.isActive():
            self.requote()
        request = self.build_request()
        if request is None or self.result is None or not self.submit_button.isEnabled():
            return
        if not self.session.is_owner():
            request = replace(request, override_reason="")  # an override goes through the owner
        try:
            refund = refund_requests.request_refund(
                self.session.actor, request, expected_total=self._shown_total
            )
        except RefundsError as error:
            show_error(self, error)
            if error.code == "quote_changed":
                self.requote()
            return
        self._created(refund)

    def ask_owner(self) -> OwnerPinDialog | None:
        """Manager override: the owner types his name and PIN on this screen; the request is
        saved as asked by the person signed in and overridden by the owner."""
        if self._requote_timer.isActive():
            self.requote()
        request = self.build_request()
        if request is None or self.result is None or not self.ask_owner_button.isEnabled():
            return None
        actor, total = self.session.actor, self._shown_total
        reason = request.override_reason
        dialog = OwnerPinDialog(
            lambda name, pin: refund_requests.request_refund_authorised(
                actor, request, name, pin, expected_total=total
            ),
            self.tr(
                "The owner overrides the block here with his name and PIN; you stay signed in, "
                "and the refund records both names. Reason: %1"
            ).replace("%1", reason),
            parent=self,
            title=self.tr("Ask the owner"),
            ok_text=self.tr("Authorise"),
        )
        dialog.accepted.connect(lambda: self._created(dialog.result_value))
        self.owner_dialog = dialog
        dialog.open()
        return dialog

    def _created(self, refund: RefundDetail) -> None:
        self.refund = refund
        self.refund_created.emit(refund)
        self.session.notify_changed()
        self.accept()


def _with_destination(request: RefundRequest, destination: Destination) -> RefundRequest:
    return replace(request, destination=destination)
