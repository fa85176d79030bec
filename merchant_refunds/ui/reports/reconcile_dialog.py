"""Reconcile a payment statement from the reports view (owner and accountant).

The accountant picks the provider's export, looks at what it would do (a preview changes nothing),
then reconciles: matched payouts are marked arrived by the service, with the statement row in the
audit trail. The statement's refunds with no payout here and the payouts it does not show are
listed, and each list can be saved as CSV or XLSX. Reading and matching run off the GUI thread,
behind a progress window (100,000 statement rows take some twenty seconds).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from merchant_refunds.domain.errors import RefundsError
from merchant_refunds.domain.lifecycle import Role
from merchant_refunds.services.reconciliation import ReconcileReport
from merchant_refunds.ui.common import formatting as fmt
from merchant_refunds.ui.common.errors import show_error
from merchant_refunds.ui.common.progress import run_with_progress
from merchant_refunds.ui.common.save_paths import checked_save_path
from merchant_refunds.ui.common.screen_fit import resize_to_fit
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.common.tasks import Task

#: Rows of each list shown in the dialog; the saved lists hold them all.
SHOWN_ROWS = 2000


class ReconcileDialog(QDialog):
    """``report`` is the last preview or reconciliation; ``saved_to`` the last list written."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reconcileDialog")
        self.setWindowTitle(self.tr("Reconcile a payment statement"))
        resize_to_fit(self, 900, 600)
        self.session = session
        self.report: ReconcileReport | None = None
        self.saved_to: Path | None = None
        self._task: Task | None = None
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("statementFile")
        self.file_edit.setPlaceholderText(self.tr("The provider's statement (CSV)"))
        self.file_edit.textChanged.connect(self._changed)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_file)
        self.format_box = QComboBox()
        self.format_box.setObjectName("statementFormat")
        for label, value in (
            (self.tr("Detect from the file"), None),
            (self.tr("Alipay account statement"), "alipay"),
            (self.tr("WeChat Pay bill"), "wechat"),
            ("Stripe", "stripe"),
            ("PayPal", "paypal"),
            (self.tr("Bank statement"), "bank"),
        ):
            self.format_box.addItem(label, value)
        self.format_box.currentIndexChanged.connect(self._changed)
        self.mapping_edit = QLineEdit()
        self.mapping_edit.setObjectName("bankMapping")
        self.mapping_edit.setPlaceholderText(
            '{"date": "…", "debit": "…", "reference": "…", "description": "…"}'
        )
        self.mapping_edit.textChanged.connect(self._changed)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setObjectName("reconcilePreview")
        self.preview_button.clicked.connect(self.preview)
        self.apply_button = QPushButton(self.tr("Reconcile"))
        self.apply_button.setObjectName("reconcileApply")
        self.apply_button.clicked.connect(self.apply)
        self.unmatched_button = QPushButton(self.tr("Save unmatched…"))
        self.unmatched_button.setObjectName("saveUnmatched")
        self.unmatched_button.clicked.connect(lambda: self.choose_list("unmatched"))
        self.missing_button = QPushButton(self.tr("Save missing…"))
        self.missing_button.setObjectName("saveMissing")
        self.missing_button.clicked.connect(lambda: self.choose_list("missing"))
        self.summary = QLabel()
        self.summary.setObjectName("reconcileSummary")
        self.summary.setWordWrap(True)
        self.unmatched_table = QTableWidget(0, 5)
        self.unmatched_table.setObjectName("unmatchedTable")
        self.unmatched_table.setHorizontalHeaderLabels(
            [
                self.tr("Row"),
                self.tr("Date"),
                self.tr("Provider reference"),
                self.tr("Amount"),
                self.tr("Why"),
            ]
        )
        self.missing_table = QTableWidget(0, 5)
        self.missing_table.setObjectName("missingTable")
        self.missing_table.setHorizontalHeaderLabels(
            [
                self.tr("Refund"),
                self.tr("Payout"),
                self.tr("Sent"),
                self.tr("Expected by"),
                self.tr("Amount"),
            ]
        )
        for table in (self.unmatched_table, self.missing_table):
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.unmatched_label = QLabel()
        self.missing_label = QLabel()

        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("Statement")))
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(choose)
        file_row.addWidget(self.format_box)
        mapping_row = QHBoxLayout()
        self.mapping_label = QLabel(self.tr("Bank columns (JSON)"))
        mapping_row.addWidget(self.mapping_label)
        mapping_row.addWidget(self.mapping_edit, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for button in (
            self.preview_button,
            self.apply_button,
            self.unmatched_button,
            self.missing_button,
        ):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addLayout(mapping_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.unmatched_label)
        layout.addWidget(self.unmatched_table, 1)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.missing_table, 1)
        layout.addWidget(buttons)
        self._changed()

    # --- state ------------------------------------------------------------------------------

    def allowed(self) -> bool:
        return self.session.can(Role.OWNER, Role.ACCOUNTANT)

    def _changed(self) -> None:
        """A new file or format: the old preview no longer holds, so reconcile waits for one."""
        self.report = None
        self._update()

    def _update(self) -> None:
        is_bank = self.format_box.currentData() == "bank"
        self.mapping_edit.setVisible(is_bank)
        self.mapping_label.setVisible(is_bank)
        busy = self._task is not None
        ready = self.allowed() and bool(self.file_edit.text().strip()) and not busy
        self.preview_button.setEnabled(ready)
        previewed = self.report is not None and self.report.dry_run
        self.apply_button.setEnabled(ready and previewed and self.report.arrived > 0)
        has = self.report is not None and not busy
        self.unmatched_button.setEnabled(has and bool(self.report.unmatched))
        self.missing_button.setEnabled(has and bool(self.report.missing))

    # --- actions ----------------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a statement"), "", self.tr("Statements (*.csv *.txt)")
        )
        if path:
            self.file_edit.setText(path)

    def preview(self) -> Task | None:
        """What reconciling would do; nothing is written."""
        return self._run(dry_run=True)

    def apply(self) -> Task | None:
        """Reconcile for real (after a preview of the same file)."""
        return self._run(dry_run=False)

    def _run(self, *, dry_run: bool) -> Task | None:
        if not self.allowed() or self._task is not None:
            return None
        actor = self.session.actor
        path = self.file_edit.text().strip()
        fmt_code = self.format_box.currentData()
        mapping_text = self.mapping_edit.text().strip() if fmt_code == "bank" else ""

        def work() -> ReconcileReport:
            from merchant_refunds.imports.statements import BankMapping, read_statement
            from merchant_refunds.services.reconciliation import reconcile

            mapping = BankMapping.parse(mapping_text) if fmt_code == "bank" else None
            statement = read_statement(path, fmt_code, mapping)
            return reconcile(actor, statement, dry_run=dry_run)

        label = (
            self.tr("Reading the statement and matching payouts…")
            if dry_run
            else self.tr("Reconciling the statement…")
        )
        self._task = run_with_progress(
            self, self.windowTitle(), label, work, self._done, self._failed
        )
        self._update()
        return self._task

    def _done(self, report: ReconcileReport) -> None:
        self._task = None
        self.report = report
        self._show(report)
        self._update()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self.report = None
        self._update()
        show_error(self, error)

    def _show(self, report: ReconcileReport) -> None:
        period = (
            self.tr("{start} to {end}").format(start=report.period_from, end=report.period_to)
            if report.period_from and report.period_to
            else self.tr("unknown period")
        )
        head = self.tr("{file}: {rows} rows, {refunds} refunds, {period}.").format(
            file=report.file_name, rows=report.rows_read, refunds=report.refund_rows, period=period
        )
        if report.dry_run:
            body = self.tr(
                "Would mark {n} payouts arrived; {matched} already matched, {received} already "
                "received. Nothing has been changed yet."
            )
        else:
            body = self.tr(
                "Marked {n} payouts arrived and completed {completed} refunds; {matched} already "
                "matched, {received} already received."
            )
        d = report.to_dict()
        self.summary.setText(
            head
            + " "
            + body.format(
                n=report.arrived,
                matched=d["already_matched"],
                received=d["already_received"],
                completed=report.completed_refunds,
            )
        )
        self.unmatched_label.setText(
            self.tr("Statement refunds with no payout here: {n}").format(n=len(report.unmatched))
        )
        self.missing_label.setText(
            self.tr("Payouts the statement does not show: {n}").format(n=len(report.missing))
        )
        why = {
            "no_payout": self.tr("No payout here"),
            "amount_differs": self.tr("Reference found, amount differs"),
            "ambiguous": self.tr("Several payouts of this amount"),
        }
        self._fill(
            self.unmatched_table,
            [
                [
                    str(u.row),
                    str(u.on or ""),
                    u.provider_ref,
                    fmt.money_text(u.amount, u.currency, self.session.locale),
                    why.get(u.why, u.why),
                ]
                for u in report.unmatched[:SHOWN_ROWS]
            ],
        )
        self._fill(
            self.missing_table,
            [
                [
                    p.refund_no,
                    str(p.seq),
                    f"{p.sent_at:%Y-%m-%d}" if p.sent_at else "",
                    str(p.expected_to or ""),
                    fmt.money_text(p.amount, p.currency, self.session.locale),
                ]
                for p in report.missing[:SHOWN_ROWS]
            ],
        )

    @staticmethod
    def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                table.setItem(r, c, QTableWidgetItem(text))
        table.resizeColumnsToContents()

    def choose_list(self, which: str) -> None:
        if self.report is None:
            return
        name = f"{which}-{Path(self.report.file_name).stem}.xlsx"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save list"), name, "Excel (*.xlsx);;CSV (*.csv)"
        )
        if path:
            self.save_list(which, Path(path))

    def save_list(self, which: str, path: Path) -> Path | None:
        """Write one list (``unmatched`` or ``missing``) in the session's language."""
        if self.report is None or checked_save_path(self, path) is None:
            return None
        from merchant_refunds.exports.reconciliation import write_list

        lang = "zh" if self.session.locale.startswith("zh") else "en"
        try:
            self.saved_to = write_list(self.report, which, path, lang)
        except RefundsError as error:
            show_error(self, error)
            return None
        self.summary.setText(
            self.summary.text() + " " + self.tr("Saved to {path}").format(path=path)
        )
        return self.saved_to
