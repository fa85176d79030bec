"""The stock ledger of returned goods in Reports: per SKU what came back into stock and what was
written off over the period, each movement below, and the ledger saved as CSV or XLSX. Reading and
saving run off the GUI thread behind a progress window: a year of a large shop is many rows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

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

from merchant_refunds.services import returned_goods
from merchant_refunds.services.returned_goods import StockLedger
from merchant_refunds.ui.common import formatting as fmt
from merchant_refunds.ui.common.errors import show_error
from merchant_refunds.ui.common.progress import run_with_progress
from merchant_refunds.ui.common.save_paths import checked_save_path
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.common.tasks import Task

if TYPE_CHECKING:
    from merchant_refunds.exports.stock import StockExport


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
        self.saved_path: Path | None = None
        self._task: Task | None = None
        self.load()

    def _start(
        self, label: str, work: Callable[[], Any], on_done: Callable[[Any], None]
    ) -> Task | None:
        """One read or save at a time; Save waits while either runs."""
        if self._task is not None:
            return None

        def done(result: object) -> None:
            self._ended()
            on_done(result)

        def failed(error: BaseException) -> None:
            self._ended()
            show_error(self, error)

        self.save_button.setEnabled(False)
        self._task = run_with_progress(self, self.windowTitle(), label, work, done, failed)
        return self._task

    def _ended(self) -> None:
        self._task = None
        self.save_button.setEnabled(True)

    def load(self) -> Task | None:
        """Read the period's ledger off the GUI thread; the tables fill when it arrives."""
        actor, start, end = self.session.actor, self.start, self.end
        return self._start(
            self.tr("Reading the stock ledger…"),
            lambda: returned_goods.stock_ledger(actor, since=start, until=end),
            self._show,
        )

    def _show(self, ledger: StockLedger) -> None:
        self.ledger = ledger
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

    def save(self, path: Path) -> Task | None:
        """Write the period's ledger (XLSX by the file's suffix, else CSV) in the UI language, off
        the GUI thread; ``saved_path`` is set once it is written."""
        from merchant_refunds.exports.stock import export_stock

        if self._task is not None:
            return None
        target = checked_save_path(self, path)
        if target is None:
            return None
        fmt_ = "xlsx" if target.suffix.lower() == ".xlsx" else "csv"
        lang = "zh" if self.session.locale.startswith("zh") else "en"
        actor, start, end = self.session.actor, self.start, self.end
        return self._start(
            self.tr("Saving the stock ledger…"),
            lambda: export_stock(actor, target, since=start, until=end, fmt=fmt_, lang=lang),
            self._saved,
        )

    def _saved(self, result: StockExport) -> None:
        self.saved_path = result.path
        self.saved.setText(
            self.tr("%n movement(s) saved to %1", "", result.rows).replace("%1", str(result.path))
        )
