"""Exchange rates per day, entered by the accountant, for booking foreign refunds in the journal.

The table shows every rate entered; the row below adds one (currency, day, rate). The service
judges the input (``fx_rates.set_day_rate``); its message shows under the rate field and nothing
is saved while it is wrong.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
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

from merchant_refunds.domain.errors import RefundsError
from merchant_refunds.services import clock, fx_rates
from merchant_refunds.ui.common import formatting as fmt
from merchant_refunds.ui.common import messages
from merchant_refunds.ui.common.field_errors import FieldWithError
from merchant_refunds.ui.common.session import Session


class RatesDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.home = fx_rates.home_currency()
        self.setWindowTitle(self.tr("Exchange rates"))
        self.explain = QLabel(
            self.tr(
                "Refunds in other currencies are booked in %1 in the journal. Enter how many %1 "
                "one unit was worth on a day; a day without a rate takes the newest of the 7 days "
                "before it."
            ).replace("%1", self.home)
        )
        self.explain.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("ratesTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Currency"), self.tr("Day"), self.tr("Rate in %1").replace("%1", self.home)]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self.tr("No exchange rates entered yet."))
        self.currency = QComboBox()
        fmt.add_currencies(self.currency)
        home_index = self.currency.findData(self.home)
        if home_index >= 0:
            self.currency.removeItem(home_index)
        self.day = QDateEdit(QDate(clock.today()))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.rate = QLineEdit()
        self.rate.setObjectName("rateInput")
        self.rate.setPlaceholderText(self.tr("e.g. 0.0478"))
        self.rate_field = FieldWithError(self.rate)
        self.add_button = QPushButton(self.tr("Add rate"))
        self.add_button.setObjectName("addRate")
        self.add_button.clicked.connect(self.add_rate)
        self.rate.returnPressed.connect(self.add_rate)
        entry = QHBoxLayout()
        entry.addWidget(self.currency, 2)
        entry.addWidget(self.day)
        entry.addWidget(self.rate_field, 2)
        entry.addWidget(self.add_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(entry)
        layout.addWidget(buttons)
        self.resize(620, 460)
        self.reload()

    def reload(self) -> None:
        rates = fx_rates.day_rates()
        rates.sort(key=lambda r: (r.day, r.currency), reverse=True)
        self.table.setRowCount(len(rates))
        loc = self.session.locale
        for row, rate in enumerate(rates):
            cells = [
                fmt.currency_label(rate.currency),
                fmt.date_text(rate.day, loc),
                str(rate.rate),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setVisible(bool(rates))
        self.empty.setVisible(not rates)

    def add_rate(self) -> bool:
        self.rate_field.set_error("")
        try:
            fx_rates.set_day_rate(
                self.session.actor,
                self.currency.currentData(),
                self.day.date().toPython(),
                self.rate.text(),
            )
        except RefundsError as error:
            self.rate_field.set_error(messages.error_text(error))
            return False
        self.rate.clear()
        self.reload()
        return True
