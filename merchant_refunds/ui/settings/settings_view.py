"""The Settings view: shop profile, refund policy, payment methods, users, language and lock,
and the shop key.

Everything but the language is the shop's and lives in the database; only owners change it (the
pages are read-only for others and the services refuse them too). The language belongs to this
computer's user, so anyone may switch it; it applies at once through ``i18n.apply_language``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from merchant_refunds.services import shop_settings
from merchant_refunds.ui.common import i18n
from merchant_refunds.ui.common.field_errors import FieldWithError
from merchant_refunds.ui.common.live_check import first_problem
from merchant_refunds.ui.common.messages import error_text
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.settings.database_choice import DatabaseBox
from merchant_refunds.ui.settings.settings_accounts import AccountsPage
from merchant_refunds.ui.settings.settings_notices import NoticesPage
from merchant_refunds.ui.settings.settings_page import SettingsPage
from merchant_refunds.ui.settings.settings_payments import PaymentMethodsPage
from merchant_refunds.ui.settings.settings_policy import PolicyPage
from merchant_refunds.ui.settings.settings_rejections import RejectionReasonsPage
from merchant_refunds.ui.settings.settings_shop_key import ShopKeyPage
from merchant_refunds.ui.settings.settings_sku_rules import SkuRulesPage
from merchant_refunds.ui.settings.settings_users import UsersPage
from merchant_refunds.ui.shell.first_start import fill_countries, fill_currencies, phone_error

MAX_IDLE_MINUTES = 240


class ProfilePage(SettingsPage):
    """Name, address, phone, tax number and logo printed on the refund confirmation."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.name = QLineEdit()
        self.name.setObjectName("shopName")
        self.address = QLineEdit()
        self.phone = QLineEdit()
        self.tax_number = QLineEdit()
        self.logo = QLineEdit()
        self.logo_button = QPushButton()
        self.logo_button.clicked.connect(self.choose_logo)
        self.currency = QComboBox()
        fill_currencies(self.currency)
        self.country = QComboBox()
        fill_countries(self.country)
        self.fields = {"name": FieldWithError(self.name), "phone": FieldWithError(self.phone)}
        logo_row = QWidget()
        logo_layout = QHBoxLayout(logo_row)
        logo_layout.setContentsMargins(0, 0, 0, 0)
        logo_layout.addWidget(self.logo, 1)
        logo_layout.addWidget(self.logo_button)
        self.logo_row = logo_row
        self.form = QFormLayout()
        for widget in (
            self.fields["name"],
            self.address,
            self.fields["phone"],
            self.tax_number,
            logo_row,
            self.currency,
            self.country,
        ):
            self.form.addRow(QLabel(), widget)
        self.body.addLayout(self.form)
        self.body.addStretch(1)
        self.retranslate_ui()
        self.load()
        self.apply_role()
        self.start_live_check()

    def editors(self) -> list[QWidget]:
        return [
            self.name,
            self.address,
            self.phone,
            self.tax_number,
            self.logo,
            self.logo_button,
            self.currency,
            self.country,
        ]

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        texts = (
            (self.fields["name"], self.tr("Shop name")),
            (self.address, self.tr("Address")),
            (self.fields["phone"], self.tr("Phone")),
            (self.tax_number, self.tr("Tax number")),
            (self.logo_row, self.tr("Logo (image file)")),
            (self.currency, self.tr("Currency")),
            (self.country, self.tr("Country (for business days)")),
        )
        for widget, text in texts:
            self.form.labelForField(widget).setText(text)
        self.logo_button.setText(self.tr("Choose…"))
        fill_countries(self.country)
        # The currencies' names are in the window's language: filled again, keeping the choice.
        fill_currencies(self.currency, str(self.currency.currentData() or "CNY"))

    def load(self) -> None:
        shop = shop_settings.get_shop()
        self.name.setText(shop["name"])
        self.address.setText(shop["address"])
        self.phone.setText(shop["phone"])
        self.tax_number.setText(shop["tax_number"])
        self.logo.setText(shop.get("logo_path", ""))
        self.currency.setCurrentIndex(max(0, self.currency.findData(shop["currency"])))
        fill_countries(self.country, shop["country"])

    def choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the shop's logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.logo.setText(path)

    def _profile(self) -> dict[str, str]:
        return {
            "name": self.name.text().strip(),
            "address": self.address.text().strip(),
            "phone": self.phone.text().strip(),
            "tax_number": self.tax_number.text().strip(),
            "logo_path": self.logo.text().strip(),
            "currency": str(self.currency.currentData()),
            "country": str(self.country.currentData()),
        }

    def check(self) -> bool:
        """The name, the phone and every text through the first start's and the service's
        own checks, as typed; a logo that is not a file is said in the status line."""
        name_error = "" if self.name.text().strip() else self.tr("Please enter the shop's name.")
        error = first_problem(lambda: shop_settings.check_shop(self._profile()))
        if error is not None and not name_error and "name" in str(error.params.get("what", "")):
            name_error = error_text(error)
            error = None
        self.fields["name"].set_error(name_error)
        self.fields["phone"].set_error(phone_error(self.phone.text()))
        if name_error or phone_error(self.phone.text()):
            return False
        if error is not None:
            return self.general_problem(error)
        logo = self.logo.text().strip()
        if logo and not Path(logo).is_file():
            self._live_problem = self.tr("The logo file does not exist.")
            return False
        return True

    def save(self) -> bool:
        self._live_problem = ""
        if not self.check():
            return False
        shop_settings.set_shop(self.session.actor, self._profile())
        return True


class GeneralPage(SettingsPage):
    """Language (this computer, anyone) and the idle lock time (the shop, owners)."""

    idle_minutes_changed = Signal(int)
    language_changed = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.language = QComboBox()
        self.language.setObjectName("languageBox")
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setObjectName("idleMinutes")
        self.idle_minutes.setRange(0, MAX_IDLE_MINUTES)
        self.language_box = QGroupBox()
        self.language_form = QFormLayout(self.language_box)
        self.language_form.addRow(QLabel(), self.language)
        self.lock_box = QGroupBox()
        self.lock_form = QFormLayout(self.lock_box)
        self.lock_form.addRow(QLabel(), self.idle_minutes)
        self.body.addWidget(self.language_box)
        self.body.addWidget(self.lock_box)
        self.database_box = DatabaseBox()
        self.body.addWidget(self.database_box)
        self.body.addStretch(1)
        self.retranslate_ui()
        self.load()
        self.apply_role()
        self.language.activated.connect(self._language_picked)

    def editors(self) -> list[QWidget]:
        return [self.idle_minutes]

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.language_box.setTitle(self.tr("Language on this computer"))
        self.language_form.labelForField(self.language).setText(self.tr("Language"))
        choice = self.language.currentData() or i18n.saved_choice()
        self.language.clear()
        self.language.addItem(self.tr("Follow the system"), i18n.SYSTEM)
        for code in (i18n.CHINESE, i18n.ENGLISH):
            self.language.addItem(i18n.NATIVE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(choice)))
        self.lock_box.setTitle(self.tr("Screen lock"))
        self.lock_form.labelForField(self.idle_minutes).setText(
            self.tr("Lock the screen after this much time without use")
        )
        self.idle_minutes.setSpecialValueText(self.tr("Never"))
        self.idle_minutes.setSuffix(self.tr(" min"))
        if hasattr(self, "database_box"):
            self.database_box.retranslate_ui()

    def load(self) -> None:
        self.idle_minutes.setValue(shop_settings.get_idle_lock_minutes())
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.saved_choice())))

    def _language_picked(self, _index: int) -> None:
        choice = str(self.language.currentData())
        i18n.save_choice(choice)
        self.session.locale = i18n.apply_language(choice)
        self.language_changed.emit(self.session.locale)

    def save(self) -> bool:
        minutes = shop_settings.set_idle_lock_minutes(self.session.actor, self.idle_minutes.value())
        self.idle_minutes_changed.emit(minutes)
        return True


class SettingsView(QWidget):
    """Tabs of settings pages with a note for anyone who may only look."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsView")
        self.session = session
        self.read_only_note = QLabel()
        self.read_only_note.setObjectName("readOnlyNote")
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setStyleSheet(
            "background: #fff4ce; border: 1px solid #e0c46c; padding: 6px;"
        )
        self.profile_page = ProfilePage(session)
        self.policy_page = PolicyPage(session)
        self.payments_page = PaymentMethodsPage(session)
        self.sku_rules_page = SkuRulesPage(session)
        self.accounts_page = AccountsPage(session)
        self.notices_page = NoticesPage(session)
        self.rejections_page = RejectionReasonsPage(session)
        self.users_page = UsersPage(session)
        self.general_page = GeneralPage(session)
        self.shop_key_page = ShopKeyPage(session)
        self.tabs = QTabWidget()
        for page in self.pages():
            self.tabs.addTab(page, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.tabs)
        self.policy_page.saved.connect(self.payments_page.load)
        self.policy_page.saved.connect(self.sku_rules_page.retranslate_ui)
        self.profile_page.saved.connect(self.policy_page.load)
        self.profile_page.saved.connect(self.policy_page.retranslate_ui)
        session.actor_changed.connect(lambda _actor: self.apply_role())
        self.retranslate_ui()
        self.apply_role()
        for page in self.guarded_pages():
            page.mark_clean()
        # Saving the shop reloads the policy page: what it shows then is what is stored.
        self.profile_page.saved.connect(self.policy_page.mark_clean)

    def guarded_pages(self) -> list[SettingsPage]:
        """The pages whose changes wait for Save: leaving them unsaved asks first."""
        return [self.profile_page, self.policy_page]

    def unsaved_pages(self) -> list[SettingsPage]:
        return [page for page in self.guarded_pages() if page.has_unsaved_changes()]

    def pages(self) -> list[SettingsPage]:
        return [
            self.profile_page,
            self.policy_page,
            self.payments_page,
            self.sku_rules_page,
            self.accounts_page,
            self.notices_page,
            self.rejections_page,
            self.users_page,
            self.general_page,
            self.shop_key_page,
        ]

    def apply_role(self) -> None:
        self.read_only_note.setVisible(not self.session.is_owner())

    def retranslate_ui(self) -> None:
        titles = (
            self.tr("Shop"),
            self.tr("Refund policy"),
            self.tr("Payment methods"),
            self.tr("SKU rules"),
            self.tr("Accounting"),
            self.tr("Notices"),
            self.tr("Rejection reasons"),
            self.tr("Users"),
            self.tr("Language and lock"),
            self.tr("Shop key"),
        )
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        self.read_only_note.setText(
            self.tr(
                "Only the shop owner can change these settings. You can look at them, and choose "
                "the language of this computer."
            )
        )

    def focus_search(self) -> None:
        """Settings have nothing to search; the shortcut moves to the tab bar instead."""
        self.tabs.tabBar().setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
