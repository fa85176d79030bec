"""Store-credit balances at a date, for the accountant: what the shop owes each customer in
credit (account 2241 by default), saved as CSV or XLSX — the GUI's face of
``merchant-refunds store-credit balances``. The ledger is replayed off the GUI thread behind a
progress window."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from merchant_refunds.domain.money import Money
from merchant_refunds.exports.store_credit import BalancesResult, export_balances
from merchant_refunds.ui.common.errors import show_error
from merchant_refunds.ui.common.progress import run_with_progress
from merchant_refunds.ui.common.save_paths import checked_save_path
from merchant_refunds.ui.common.screen_fit import keep_title_whole
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.common.tasks import Task


class CreditBalancesDialog(QDialog):
    """Pick the day and the format; Save asks where, writes the file and says what it holds."""

    def __init__(self, session: Session, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.result_value: BalancesResult | None = None
        self._task: Task | None = None
        self.setWindowTitle(self.tr("Store-credit balances"))
        keep_title_whole(self)
        hint = QLabel(
            self.tr(
                "Every customer's store credit at the end of the day, rebuilt from the ledger: "
                "what the shop owes in credit (the journal's store-credit account)."
            )
        )
        hint.setWordWrap(True)
        self.day = QDateEdit(QDate(day.year, day.month, day.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.format = QComboBox()
        self.format.addItem("CSV", "csv")
        self.format.addItem("Excel (XLSX)", "xlsx")
        self.outcome = QLabel()
        self.outcome.setObjectName("creditBalancesOutcome")
        self.outcome.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("At the end of"), self.day)
        form.addRow(self.tr("Format"), self.format)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        save = self.save_button = buttons.addButton(
            self.tr("Save…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        save.clicked.connect(self.choose)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addWidget(buttons)

    def chosen_day(self) -> date:
        return self.day.date().toPython()

    def choose(self) -> None:
        fmt = str(self.format.currentData())
        name = f"store-credit-{self.chosen_day().isoformat()}.{fmt}"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the balances"), os.path.join(os.path.expanduser("~"), name)
        )
        if chosen:
            self.save_to(Path(chosen))

    def save_to(self, path: Path) -> Task | None:
        """Write the balances off the GUI thread; ``result_value`` is set once written. A second
        save waits until the first is done."""
        if self._task is not None:
            return None
        target = checked_save_path(self, path, database=self.session.db_path)
        if target is None:
            return None
        lang = "zh" if self.session.locale.startswith("zh") else "en"
        actor, day, fmt = self.session.actor, self.chosen_day(), str(self.format.currentData())

        def failed(error: BaseException) -> None:
            self._ended()
            show_error(self, error)

        self.save_button.setEnabled(False)
        self._task = run_with_progress(
            self,
            self.windowTitle(),
            self.tr("Adding up the store-credit balances…"),
            lambda: export_balances(actor, day, target, fmt=fmt, lang=lang),
            self._saved,
            failed,
        )
        return self._task

    def _ended(self) -> None:
        self._task = None
        self.save_button.setEnabled(True)

    def _saved(self, result: BalancesResult) -> None:
        self._ended()
        totals = ", ".join(str(Money(v, c)) for c, v in sorted(result.totals.items())) or "0"
        self.outcome.setText(
            self.tr("Saved %1: %2 balances, owed in total %3")
            .replace("%1", str(result.path))
            .replace("%2", str(result.rows))
            .replace("%3", totals)
        )
        self.result_value = result
