"""The stock ledger of returned goods in Reports: per SKU what came back into stock and what was
written off over the period, each movement below, and the ledger saved as CSV or XLSX."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from merchant_refunds.domain.errors import RefundsError
from merchant_refunds.services import returned_goods
from merchant_refunds.services.returned_goods import StockLedger
from merchant_refunds.ui.common import formatting as fmt
from merchant_refunds.ui.common.errors import show_error
from merchant_refunds.ui.common.save_paths import checked_save_path
from merchant_refunds.ui.common.session import Session


def _table(heads: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(heads))
    table.setHorizontalHeaderLabels(heads)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))


class StockLedgerDialog(QDialog):
    """Read with the period of the Reports view; everyone signed in may read it."""

    def __init__(
        self, session: Session, start: date, end: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.start, self.end = start, end
        self.setWindowTitle(self.tr("Returned goods: stock ledger"))
        self.period = QLabel(
            self.tr("%1 to %2")
            .replace("%1", fmt.date_text(start, session.locale))
            .replace("%2", fmt.date_text(end, session.locale))
        )
        self.totals = _table(
            [
                self.tr("SKU"),
                self.tr("Product"),
                self.tr("Back in stock"),
                self.tr("Written off"),
                self.tr("Exchanged out"),
            ]
        )
        self.totals.setObjectName("stockTotals")
        self.entries = _table(
            [
                self.tr("When"),
                self.tr("SKU"),
                self.tr("Movement"),
                self.tr("Refund or exchange"),
                self.tr("Condition"),
            ]
        )
        self.entries.setObjectName("stockEntries")
        self.save_button = QPushButton(self.tr("Save as CSV or XLSX…"))
        self.save_button.clicked.connect(self.choose_file)
        self.saved = QLabel()
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.period)
        layout.addWidget(self.totals, 1)
        layout.addWidget(self.entries, 2)
        layout.addLayout(buttons)
        self.resize(760, 520)
        self.ledger = StockLedger()
        self.load()

    def load(self) -> None:
        try:
            self.ledger = returned_goods.stock_ledger(
                self.session.actor, since=self.start, until=self.end
            )
        except RefundsError as error:
            show_error(self, error)
            return
        loc = self.session.locale
        _fill(
            self.totals,
            [
                [
                    t.sku,
                    t.name,
                    str(t.returned_to_stock),
                    str(t.written_off),
                    str(t.exchanged_out),
                ]
                for t in self.ledger.totals()
            ],
        )
        _fill(
            self.entries,
            [
                [
                    fmt.datetime_text(e.at, loc),
                    e.sku,
                    fmt.disposition_label(e.kind.value),
                    e.refund_no or e.exchange_no,
                    fmt.condition_label(e.condition) if e.condition else "",
                ]
                for e in self.ledger.entries
            ],
        )

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the stock ledger"),
            f"stock-ledger-{self.start}-{self.end}.csv",
            "CSV (*.csv);;Excel (*.xlsx)",
        )
        if path:
            self.save(Path(path))

    def save(self, path: Path) -> Path | None:
        """Write the period's ledger (XLSX by the file's suffix, else CSV) in the UI language."""
        from merchant_refunds.exports.stock import export_stock

        target = checked_save_path(self, path)
        if target is None:
            return None
        fmt_ = "xlsx" if target.suffix.lower() == ".xlsx" else "csv"
        lang = "zh" if self.session.locale.startswith("zh") else "en"
        try:
            result = export_stock(
                self.session.actor, target, since=self.start, until=self.end, fmt=fmt_, lang=lang
            )
        except RefundsError as error:
            show_error(self, error)
            return None
        self.saved.setText(
            self.tr("%n movement(s) saved to %1", "", result.rows).replace("%1", str(result.path))
        )
        return result.path
