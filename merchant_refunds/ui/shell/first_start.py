"""The set-up a brand-new database asks for once: the shop's profile and its owner's sign-in.

Every field is checked where it is typed and its message shown under it; nothing is written until
all of them are right. The profile is saved first (``set_shop`` accepts no actor only while there
are no users), then the owner is created, which ends the set-up for good. The owner then sees
the shop's recovery key once, to keep on paper (``RecoveryKeyDialog``).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from merchant_refunds.domain.errors import InvalidInput, RefundsError
from merchant_refunds.services import shop_keys, shop_settings, users
from merchant_refunds.services.users import Actor
from merchant_refunds.ui.common import formatting as fmt
from merchant_refunds.ui.common import i18n, messages
from merchant_refunds.ui.common.errors import show_error
from merchant_refunds.ui.common.field_errors import FieldWithError
from merchant_refunds.ui.settings.shop_key import RecoveryKeyDialog

COUNTRY_CONTEXT = "Countries"
#: Countries with a public-holiday calendar for business days; the shop's country picks one.
COUNTRIES: dict[str, str] = {
    "CN": QT_TRANSLATE_NOOP("Countries", "China (mainland)"),
    "HK": QT_TRANSLATE_NOOP("Countries", "Hong Kong"),
    "TW": QT_TRANSLATE_NOOP("Countries", "Taiwan"),
    "SG": QT_TRANSLATE_NOOP("Countries", "Singapore"),
    "JP": QT_TRANSLATE_NOOP("Countries", "Japan"),
    "KR": QT_TRANSLATE_NOOP("Countries", "South Korea"),
    "US": QT_TRANSLATE_NOOP("Countries", "United States"),
    "CA": QT_TRANSLATE_NOOP("Countries", "Canada"),
    "GB": QT_TRANSLATE_NOOP("Countries", "United Kingdom"),
    "DE": QT_TRANSLATE_NOOP("Countries", "Germany"),
    "FR": QT_TRANSLATE_NOOP("Countries", "France"),
    "AU": QT_TRANSLATE_NOOP("Countries", "Australia"),
    "KW": QT_TRANSLATE_NOOP("Countries", "Kuwait"),
}
PHONE = re.compile(r"^[0-9+()\- ]{3,40}$")


def fill_countries(box: QComboBox, current: str | None = None) -> None:
    """(Re)fill ``box`` with translated country names, keeping or setting the selected code."""
    code = current or box.currentData() or "CN"
    box.clear()
    for key, name in COUNTRIES.items():
        box.addItem(f"{QCoreApplication.translate(COUNTRY_CONTEXT, name)} ({key})", key)
    box.setCurrentIndex(max(0, box.findData(code)))


def fill_currencies(box: QComboBox, current: str = "CNY") -> None:
    box.clear()
    fmt.add_currencies(box, current)
    box.setCurrentIndex(max(0, box.findData(current)))


def phone_error(text: str) -> str:
    """Empty when ``text`` is an acceptable phone number (or empty: the phone is optional)."""
    if not text.strip() or PHONE.match(text.strip()):
        return ""
    return QCoreApplication.translate(
        "FirstStartDialog", "A phone number has digits, spaces and + - ( ) only."
    )


class FirstStartDialog(QDialog):
    """Accepted once the shop and its owner exist; ``actor`` is the owner, signed in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartDialog")
        self.actor: Actor | None = None
        self.wants_demo = False
        self.key_dialog: RecoveryKeyDialog | None = None

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setMinimumWidth(460)  # the dialog's width: its height follows the fields
        self.shop_name = QLineEdit()
        self.address = QLineEdit()
        self.phone = QLineEdit()
        self.currency = QComboBox()
        fill_currencies(self.currency)
        self.country = QComboBox()
        fill_countries(self.country, "CN")
        self.language = QComboBox()
        for code in (i18n.CHINESE, i18n.ENGLISH):
            self.language.addItem(i18n.NATIVE_NAMES[code], code)
        self.language.setCurrentIndex(
            self.language.findData(i18n.effective_language(i18n.saved_choice()))
        )
        self.user_name = QLineEdit()
        self.display_name = QLineEdit()
        self.pin = QLineEdit()
        self.pin_again = QLineEdit()
        for edit in (self.pin, self.pin_again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setValidator(QRegularExpressionValidator(r"\d{0,12}", edit))
        self.demo = QCheckBox()
        self.demo.setObjectName("demoCheck")

        self.fields = {
            name: FieldWithError(widget)
            for name, widget in (
                ("shop_name", self.shop_name),
                ("phone", self.phone),
                ("user_name", self.user_name),
                ("pin", self.pin),
                ("pin_again", self.pin_again),
            )
        }
        self.shop_box = QGroupBox()
        self.shop_form = QFormLayout(self.shop_box)
        self.shop_form.addRow(QLabel(), self.fields["shop_name"])
        self.shop_form.addRow(QLabel(), self.address)
        self.shop_form.addRow(QLabel(), self.fields["phone"])
        self.shop_form.addRow(QLabel(), self.currency)
        self.shop_form.addRow(QLabel(), self.country)
        self.shop_form.addRow(QLabel(), self.language)
        self.owner_box = QGroupBox()
        self.owner_form = QFormLayout(self.owner_box)
        self.owner_form.addRow(QLabel(), self.display_name)
        self.owner_form.addRow(QLabel(), self.fields["user_name"])
        self.owner_form.addRow(QLabel(), self.fields["pin"])
        self.owner_form.addRow(QLabel(), self.fields["pin_again"])

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.try_finish)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.shop_box)
        layout.addWidget(self.owner_box)
        layout.addWidget(self.demo)
        layout.addWidget(self.buttons)
        # The dialog follows its content: a field's message makes room for itself (the shop
        # name was squeezed to a sliver) and gives it back once the field is right.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)

        for name, field in self.fields.items():
            edit = field.field
            assert isinstance(edit, QLineEdit)
            edit.textEdited.connect(lambda _t, f=field: f.set_error(""))
            edit.editingFinished.connect(lambda n=name: self._check_one(n))
        self.language.currentIndexChanged.connect(self._language_picked)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Set up Merchant Refunds"))
        self.intro.setText(
            self.tr(
                "Welcome! Tell us about the shop and choose the owner's PIN. "
                "You can change all of this later in Settings."
            )
        )
        self.shop_box.setTitle(self.tr("Shop"))
        self.owner_box.setTitle(self.tr("Owner"))
        labels = (
            (self.shop_form, self.fields["shop_name"], self.tr("Shop name")),
            (self.shop_form, self.address, self.tr("Address")),
            (self.shop_form, self.fields["phone"], self.tr("Phone")),
            (self.shop_form, self.currency, self.tr("Currency")),
            (self.shop_form, self.country, self.tr("Country")),
            (self.shop_form, self.language, self.tr("Language")),
            (self.owner_form, self.display_name, self.tr("Your name")),
            (self.owner_form, self.fields["user_name"], self.tr("Sign-in name")),
            (self.owner_form, self.fields["pin"], self.tr("PIN (4 to 12 digits)")),
            (self.owner_form, self.fields["pin_again"], self.tr("PIN again")),
        )
        for form, field, text in labels:
            form.labelForField(field).setText(text)
        self.user_name.setPlaceholderText(self.tr("for example: wang"))
        self.demo.setText(self.tr("Fill in demo orders so I can try things out first"))
        self.ok_button.setText(self.tr("Start"))
        fill_countries(self.country)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _language_picked(self, _index: int) -> None:
        i18n.apply_language(str(self.language.currentData()))

    def _field_error(self, name: str) -> str:
        if name == "shop_name":
            return "" if self.shop_name.text().strip() else self.tr("Please enter the shop's name.")
        if name == "phone":
            return phone_error(self.phone.text())
        try:
            if name == "user_name":
                users.validate_user_name(self.user_name.text())
            elif name == "pin":
                users.validate_pin(self.pin.text())
            elif name == "pin_again" and self.pin_again.text() != self.pin.text():
                return self.tr("The two PINs are not the same.")
        except InvalidInput as exc:
            return messages.error_text(exc)
        return ""

    def _check_one(self, name: str) -> None:
        # Typing the second PIN is not finished while the first is still being typed.
        if name == "pin_again" and not self.pin_again.text():
            return
        self.fields[name].set_error(self._field_error(name))

    def validate(self) -> bool:
        """Show every field's message; focus the first wrong field. True when all are right."""
        first_bad: FieldWithError | None = None
        for name, field in self.fields.items():
            error = self._field_error(name)
            field.set_error(error)
            if error and first_bad is None:
                first_bad = field
        if first_bad is not None:
            first_bad.field.setFocus()
        return first_bad is None

    def try_finish(self) -> None:
        if not self.validate():
            return
        language = str(self.language.currentData())
        name = self.user_name.text().strip()
        try:
            shop_settings.set_shop(
                None,
                {
                    "name": self.shop_name.text().strip(),
                    "address": self.address.text().strip(),
                    "phone": self.phone.text().strip(),
                    "currency": str(self.currency.currentData()),
                    "country": str(self.country.currentData()),
                    "language": language,
                },
            )
            self.actor = users.create_user(
                None, name, "owner", self.pin.text(), self.display_name.text().strip() or name
            )
        except RefundsError as exc:
            show_error(self, exc)
            return
        i18n.save_choice(language)
        self.wants_demo = self.demo.isChecked()
        self.show_recovery_key()

    def show_recovery_key(self) -> None:
        """Once, right after the owner exists: the recovery key to keep on paper. Set-up is
        finished (accepted) when the owner closes it."""
        assert self.actor is not None
        try:
            sheet = shop_keys.recovery_sheet(self.actor)
        except RefundsError as exc:
            show_error(self, exc, wait=True)
            self.accept()
            return
        dialog = RecoveryKeyDialog(sheet, first_start=True, parent=self)
        dialog.finished.connect(lambda _result: self.accept())
        self.key_dialog = dialog
        dialog.open()
