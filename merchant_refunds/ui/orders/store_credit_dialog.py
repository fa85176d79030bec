"""Order detail → Store credit…: the customer's balance and every movement of the ledger, with
"Use at the counter…" (owners and clerks: a sale rung up in the till, by its receipt number) and
"Pay out in cash…" (owners). Each is one audited service call (``services.store_credit``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from merchant_refunds.domain.errors import InvalidInput, RefundsError, Refused
from merchant_refunds.domain.lifecycle import Role
from merchant_refunds.domain.money import parse_amount
from merchant_refunds.services import store_credit
from merchant_refunds.ui.common import formatting as fmt
from merchant_refunds.ui.common.field_errors import FieldWithError, error_label
from merchant_refunds.ui.common.guards import DiscardGuard
from merchant_refunds.ui.common.live_check import LiveCheck
from merchant_refunds.ui.common.messages import error_text
from merchant_refunds.ui.common.screen_fit import keep_title_whole
from merchant_refunds.ui.common.session import Session

_KINDS = {
    "issued": QT_TRANSLATE_NOOP("StoreCreditDialog", "Issued by a refund"),
    "used": QT_TRANSLATE_NOOP("StoreCreditDialog", "Used at the counter"),
    "cashed_out": QT_TRANSLATE_NOOP("StoreCreditDialog", "Paid out in cash"),
}

#: Errors of the receipt number or note, shown under that field; the rest concern the amount.
_TEXT_ERRORS = frozenset({"receipt_required", "text_too_long", "text_not_allowed"})


def _kind_label(kind: str) -> str:
    """The translated name of a ledger movement; an unknown kind is shown as stored."""
    source = _KINDS.get(kind)
    return QCoreApplication.translate("StoreCreditDialog", source) if source else kind


class StoreCreditDialog(QDialog):
    """One customer's credit in the order's currency; the buttons follow the signed-in role."""

    def __init__(
        self,
        session: Session,
        key: str,
        currency: str,
        customer: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.key, self.currency = session, key, currency
        self.setWindowTitle(self.tr("Store credit · %1").replace("%1", customer))
        self.balance_label = QLabel()
        self.balance_label.setObjectName("creditBalance")
        font = self.balance_label.font()
        font.setBold(True)
        self.balance_label.setFont(font)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("creditLedger")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Movement"),
                self.tr("Amount"),
                self.tr("Balance"),
                self.tr("Refund / receipt / note"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.use_button = QPushButton(self.tr("Use at the counter…"))
        self.use_button.setObjectName("useCredit")
        self.use_button.setToolTip(
            self.tr("Take credit off a sale rung up in the till, with its receipt number")
        )
        self.cash_button = QPushButton(self.tr("Pay out in cash…"))
        self.cash_button.setObjectName("cashOutCredit")
        self.cash_button.setToolTip(self.tr("Give the customer the credit in cash (owner)"))
        self.use_button.clicked.connect(lambda: self._move(cash=False))
        self.cash_button.clicked.connect(lambda: self._move(cash=True))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.cash_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.balance_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(680, 380)
        self.refresh()

    def refresh(self) -> None:
        """Read the ledger again (after a movement)."""
        loc = self.session.locale
        self.balance = store_credit.balance(self.key, self.currency)
        self.balance_label.setText(
            self.tr("Balance: %1").replace("%1", fmt.money_text(self.balance, self.currency, loc))
        )
        entries = [e for e in store_credit.ledger(self.key) if e.currency == self.currency]
        self.table.setRowCount(len(entries))
        for row, e in enumerate(reversed(entries)):  # newest first
            cells = [
                fmt.datetime_text(e.at, loc),
                _kind_label(e.kind),
                fmt.money_text(e.amount, e.currency, loc),
                fmt.money_text(e.balance_after, e.currency, loc),
                e.refund_no or e.note,
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col in (2, 3):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.use_button.setEnabled(self.session.can(Role.OWNER, Role.CLERK) and self.balance > 0)
        self.cash_button.setEnabled(self.session.can(Role.OWNER) and self.balance > 0)

    def _move(self, *, cash: bool) -> None:
        dialog = CreditMovementDialog(
            self.session, self.key, self.currency, self.balance, cash=cash, parent=self
        )
        if dialog.exec():
            self.refresh()
            self.session.notify_changed()


class CreditMovementDialog(DiscardGuard, QDialog):
    """Amount (and the receipt number, or a note for cash): a bad amount or an empty receipt is
    told under its field and nothing is saved; OK records the movement."""

    def __init__(
        self,
        session: Session,
        key: str,
        currency: str,
        balance: int,
        *,
        cash: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.key, self.currency = session, key, currency
        self.balance, self.cash = balance, cash
        self.new_balance: int | None = None
        loc = session.locale
        self.setWindowTitle(
            self.tr("Pay out store credit in cash") if cash else self.tr("Use store credit")
        )
        keep_title_whole(self)
        available = QLabel(
            self.tr("Available: %1").replace("%1", fmt.money_text(balance, currency, loc))
        )
        available.setObjectName("creditAvailable")
        self.amount = QLineEdit()
        self.amount.setObjectName("creditAmount")
        self.amount.setPlaceholderText(self.tr("e.g. 25.00"))
        self.amount_field = FieldWithError(self.amount)
        self.reference = QLineEdit()
        self.reference.setObjectName("creditReceipt" if not cash else "creditNote")
        self.reference.setMaxLength(store_credit.NOTE_LIMIT if cash else store_credit.RECEIPT_LIMIT)
        self.reference_field = FieldWithError(self.reference)
        form = QFormLayout()
        form.addRow(available)
        form.addRow(self.tr("Amount"), self.amount_field)
        form.addRow(self.tr("Note") if cash else self.tr("Receipt number"), self.reference_field)
        self.error = error_label("dialogError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.live = LiveCheck(self, self.problems, ok_button, general=self.error)
        self.live.field("amount", self.amount_field, self.amount)
        self.live.field("reference", self.reference_field, self.reference)
        self.live.run()
        self.remember_input()

    def problems(self) -> dict[str, RefundsError]:
        """What the service would refuse in the amount and text as typed (its own check)."""
        try:
            amount = parse_amount(self.amount.text(), self.currency).minor
        except InvalidInput as exc:
            amount, wrong = None, {"amount": exc}
        else:
            wrong = {}
        try:
            store_credit.check_movement(
                amount if amount is not None else 1,
                self.reference.text(),
                cash=self.cash,
                balance=self.balance if amount is not None else None,
                currency=self.currency,
            )
        except RefundsError as exc:
            field = "reference" if exc.code in _TEXT_ERRORS else "amount"
            wrong.setdefault(field, exc)
        return wrong

    def _save(self) -> None:
        self.error.hide()
        if not self.live.reveal():
            return
        amount = parse_amount(self.amount.text(), self.currency).minor
        text = self.reference.text().strip()
        actor = self.session.actor
        try:
            if self.cash:
                left = store_credit.cash_out(actor, self.key, amount, self.currency, text)
            else:
                left = store_credit.use_credit(actor, self.key, amount, self.currency, text)
        except Refused as exc:  # another counter spent it meanwhile
            self.amount_field.set_error(error_text(exc))
            return
        except RefundsError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.new_balance = left
        self.accept()
