"""The accounts the journal export books refunds to: a code and a name per role of the money.

The accountant's chart of accounts decides the codes, so the owner types them here. The service
(``shop_settings.check_journal_account_code`` / ``_name``) is the one judge of what is valid; this
page asks it field by field so each message sits under the field that caused it, and saves nothing
while any field is wrong.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QLineEdit, QScrollArea, QWidget

from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.services import shop_settings
from merchant_refunds.ui.common import messages
from merchant_refunds.ui.common.field_errors import FieldWithError
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.settings.settings_page import SettingsPage

#: What each journal account is for, in the accountant's words.
ACCOUNT_ROLES = {
    "sales_returns": QT_TRANSLATE_NOOP("AccountsPage", "Sales returns (revenue reversed)"),
    "output_vat": QT_TRANSLATE_NOOP("AccountsPage", "Output VAT in the refund"),
    "deductions_income": QT_TRANSLATE_NOOP("AccountsPage", "Deductions the shop keeps"),
    "fee_expense": QT_TRANSLATE_NOOP("AccountsPage", "Cross-border fee borne by the shop"),
    "postage_expense": QT_TRANSLATE_NOOP(
        "AccountsPage", "Customers' return postage paid back by the shop"
    ),
    "fx_differences": QT_TRANSLATE_NOOP(
        "AccountsPage", "Exchange differences (foreign refunds, request vs payout)"
    ),
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
CODE, NAME = "code", "name"


class AccountsPage(SettingsPage):
    """One row per journal account: what it is for, its code and its name (owners change them)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.keys = list(shop_settings.get_journal_accounts())
        self.codes: dict[str, QLineEdit] = {}
        self.names: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        self.fields: dict[tuple[str, str], FieldWithError] = {}
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(2, 1)
        self.headers = [QLabel(), QLabel(), QLabel()]
        for column, header in enumerate(self.headers):
            header.setStyleSheet("font-weight: bold;")
            self.grid.addWidget(header, 0, column)
        defaults = shop_settings.DEFAULT_JOURNAL_ACCOUNTS
        for row, key in enumerate(self.keys, start=1):
            label, code, name = QLabel(), QLineEdit(), QLineEdit()
            label.setObjectName(f"role_{key}")
            code.setObjectName(f"code_{key}")
            name.setObjectName(f"name_{key}")
            code.setMaxLength(20)
            code.setPlaceholderText(defaults[key][0])
            name.setMaxLength(shop_settings.JOURNAL_ACCOUNT_NAME_LIMIT)
            self.labels[key], self.codes[key], self.names[key] = label, code, name
            for part, edit in ((CODE, code), (NAME, name)):
                wrapped = FieldWithError(edit)
                self.fields[key, part] = wrapped
                edit.textEdited.connect(lambda _t, w=wrapped: w.set_error(""))
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(self.fields[key, CODE], row, 1)
            self.grid.addWidget(self.fields[key, NAME], row, 2)
        self.grid.setRowStretch(len(self.keys) + 1, 1)
        inner = QWidget()
        inner.setLayout(self.grid)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("journalAccounts")
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(inner)
        self.body.addWidget(self.hint)
        self.body.addWidget(self.scroll, 1)
        self.retranslate_ui()
        self.load()
        self.apply_role()
        self.start_live_check()

    def check(self) -> bool:
        """Every code and name through the service's own checks, as typed."""
        results = [self._checked(key, part) for key in self.keys for part in (CODE, NAME)]
        return all(value is not None for value in results)

    def editors(self) -> list[QWidget]:
        return [*self.codes.values(), *self.names.values()]

    def field_error(self, key: str, part: str = CODE) -> str:
        """The message shown under the code (or name) of account ``key``; empty when none."""
        return self.fields[key, part].error()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.hint.setText(
            self.tr(
                "The journal export books every payout to these accounts; debits always equal "
                "credits. Codes are digits, as in your chart of accounts."
            )
        )
        for header, text in zip(
            self.headers,
            (self.tr("Used for"), self.tr("Account code"), self.tr("Account name")),
            strict=True,
        ):
            header.setText(text)
        for key, label in self.labels.items():
            source = ACCOUNT_ROLES.get(key)
            label.setText(QCoreApplication.translate("AccountsPage", source) if source else key)

    def load(self) -> None:
        for key, (code, name) in shop_settings.get_journal_accounts().items():
            self.codes[key].setText(code)
            self.names[key].setText(name)
        for wrapped in self.fields.values():
            wrapped.set_error("")

    def _checked(self, key: str, part: str) -> str | None:
        """The service's verdict on one field: its cleaned value, or None with the message shown."""
        edit = self.codes[key] if part == CODE else self.names[key]
        check = (
            shop_settings.check_journal_account_code
            if part == CODE
            else shop_settings.check_journal_account_name
        )
        try:
            value = check(edit.text())
        except InvalidInput as exc:
            self.fields[key, part].set_error(messages.error_text(exc))
            return None
        self.fields[key, part].set_error("")
        return value

    def save(self) -> bool:
        """Every field checked first; only the accounts that changed go to the (audited) service."""
        current = shop_settings.get_journal_accounts()
        changes: dict[str, tuple[str, str]] = {}
        ok = True
        for key in self.keys:
            code, name = self._checked(key, CODE), self._checked(key, NAME)
            if code is None or name is None:
                ok = False
            elif (code, name) != current[key]:
                changes[key] = (code, name)
        if not ok:
            first = next(w for w in self.fields.values() if w.error())
            self.scroll.ensureWidgetVisible(first)
            first.setFocus()
            return False
        if changes:
            shop_settings.set_journal_accounts(self.session.actor, changes)
        return True
