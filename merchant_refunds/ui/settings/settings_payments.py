"""Payment methods the shop refunds through, and how many business days money takes to arrive."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHeaderView, QSpinBox, QTableWidget, QWidget

from merchant_refunds.services import shop_settings
from merchant_refunds.services.shop_settings import MAX_ARRIVAL_DAYS, PaymentMethodSetting
from merchant_refunds.ui.common.formatting import payment_method_label
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.settings.settings_page import SettingsPage


class PaymentMethodsPage(SettingsPage):
    """One row per method: enabled, earliest and latest arrival in business days."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.methods = list(shop_settings.get_payment_methods())
        self.table = QTableWidget(len(self.methods), 3)
        self.table.setObjectName("paymentMethodsTable")
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.enabled: dict[str, QCheckBox] = {}
        self.min_days: dict[str, QSpinBox] = {}
        self.max_days: dict[str, QSpinBox] = {}
        for row, method in enumerate(self.methods):
            check = QCheckBox()
            low, high = QSpinBox(), QSpinBox()
            for spin in (low, high):
                spin.setRange(0, MAX_ARRIVAL_DAYS)
            self.enabled[method], self.min_days[method], self.max_days[method] = check, low, high
            self.table.setCellWidget(row, 0, check)
            self.table.setCellWidget(row, 1, low)
            self.table.setCellWidget(row, 2, high)
        self.body.addWidget(self.table)
        self.retranslate_ui()
        self.load()
        self.apply_role()

    def editors(self) -> list[QWidget]:
        return [*self.enabled.values(), *self.min_days.values(), *self.max_days.values()]

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Payment method (tick if the shop uses it)"),
                self.tr("Earliest arrival (business days)"),
                self.tr("Latest arrival (business days)"),
            ]
        )
        for method, check in self.enabled.items():
            check.setText(payment_method_label(method))
        self.table.resizeColumnsToContents()

    def load(self) -> None:
        for method, value in shop_settings.get_payment_methods().items():
            self.enabled[method].setChecked(value.enabled)
            self.min_days[method].setValue(value.min_days)
            self.max_days[method].setValue(value.max_days)

    def save(self) -> bool:
        changes = {
            m: PaymentMethodSetting(
                m, self.enabled[m].isChecked(), self.min_days[m].value(), self.max_days[m].value()
            )
            for m in self.methods
        }
        shop_settings.set_payment_methods(self.session.actor, dict(changes))
        return True
