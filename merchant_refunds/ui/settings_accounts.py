"""The accounts the journal export books refunds to: a code and a name per role of the money."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QTableWidget, QWidget

from merchant_refunds.services import settings
from merchant_refunds.ui.session import Session
from merchant_refunds.ui.settings_page import SettingsPage

#: What each journal account is for, in the accountant's words.
ACCOUNT_ROLES = {
    "sales_returns": QT_TRANSLATE_NOOP("AccountsPage", "Sales returns (revenue reversed)"),
    "output_vat": QT_TRANSLATE_NOOP("AccountsPage", "Output VAT in the refund"),
    "deductions_income": QT_TRANSLATE_NOOP("AccountsPage", "Deductions the shop keeps"),
    "fee_expense": QT_TRANSLATE_NOOP("AccountsPage", "Cross-border fee borne by the shop"),
    "store_credit": QT_TRANSLATE_NOOP("AccountsPage", "Store credit owed to customers"),
    "clearing.alipay": QT_TRANSLATE_NOOP("AccountsPage", "Alipay clearing"),
    "clearing.wechat_pay": QT_TRANSLATE_NOOP("AccountsPage", "WeChat Pay clearing"),
    "clearing.unionpay": QT_TRANSLATE_NOOP("AccountsPage", "UnionPay clearing"),
    "clearing.card": QT_TRANSLATE_NOOP("AccountsPage", "Card acquiring clearing"),
    "clearing.paypal": QT_TRANSLATE_NOOP("AccountsPage", "PayPal clearing"),
    "clearing.other": QT_TRANSLATE_NOOP("AccountsPage", "Other payment channels"),
    "clearing.bank_transfer": QT_TRANSLATE_NOOP("AccountsPage", "Bank account"),
    "clearing.cash": QT_TRANSLATE_NOOP("AccountsPage", "Cash"),
}


class AccountsPage(SettingsPage):
    """One row per journal account: what it is for, its code and its name (owners change them)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.keys = list(settings.get_journal_accounts())
        self.table = QTableWidget(len(self.keys), 3)
        self.table.setObjectName("journalAccountsTable")
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.codes: dict[str, QLineEdit] = {}
        self.names: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        for row, key in enumerate(self.keys):
            label, code, name = QLabel(), QLineEdit(), QLineEdit()
            code.setObjectName(f"code_{key}")
            code.setMaxLength(20)
            name.setMaxLength(200)
            self.labels[key], self.codes[key], self.names[key] = label, code, name
            self.table.setCellWidget(row, 0, label)
            self.table.setCellWidget(row, 1, code)
            self.table.setCellWidget(row, 2, name)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.body.addWidget(self.hint)
        self.body.addWidget(self.table)
        self.retranslate_ui()
        self.load()
        self.apply_role()

    def editors(self) -> list[QWidget]:
        return [*self.codes.values(), *self.names.values()]

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.hint.setText(
            self.tr(
                "The journal export books every payout to these accounts; debits always equal "
                "credits. Codes are digits, as in your chart of accounts."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Used for"), self.tr("Account code"), self.tr("Account name")]
        )
        for key, label in self.labels.items():
            source = ACCOUNT_ROLES.get(key)
            label.setText(QCoreApplication.translate("AccountsPage", source) if source else key)
        self.table.resizeColumnToContents(0)

    def load(self) -> None:
        for key, (code, name) in settings.get_journal_accounts().items():
            self.codes[key].setText(code)
            self.names[key].setText(name)

    def save(self) -> bool:
        changes = {key: (self.codes[key].text(), self.names[key].text()) for key in self.keys}
        settings.set_journal_accounts(self.session.actor, changes)
        return True
