"""The export dialog: what, which rows, which file; the export runs off the GUI thread.

A progress bar follows the pages written; Cancel stops the worker between pages and the file is
never created (the exports write a temporary file and rename it only when complete).
"""

from __future__ import annotations

import threading
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from merchant_refunds.domain.lifecycle import PayoutMethod, PayoutStatus, RefundStatus
from merchant_refunds.exports.run import ExportResult, export_file
from merchant_refunds.exports.sinks import ExportCancelled
from merchant_refunds.services.reporting import ExportFilter
from merchant_refunds.ui.common import formatting as fmt
from merchant_refunds.ui.common.errors import show_error
from merchant_refunds.ui.common.save_paths import checked_save_path
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.common.tasks import Task, run_task

#: (machine name, English source text in the "ExportDialog" context)
DATASETS = [
    ("refunds", QT_TRANSLATE_NOOP("ExportDialog", "Refunds")),
    ("lines", QT_TRANSLATE_NOOP("ExportDialog", "Refund lines")),
    ("payouts", QT_TRANSLATE_NOOP("ExportDialog", "Payouts")),
    ("audit", QT_TRANSLATE_NOOP("ExportDialog", "Audit events")),
    ("journal", QT_TRANSLATE_NOOP("ExportDialog", "Journal (double entry)")),
    ("exchanges", QT_TRANSLATE_NOOP("ExportDialog", "Exchanges")),
]
DATE_BASES = [
    ("request", QT_TRANSLATE_NOOP("ExportDialog", "Request date")),
    ("approval", QT_TRANSLATE_NOOP("ExportDialog", "Approval date")),
    ("payout", QT_TRANSLATE_NOOP("ExportDialog", "Payout date")),
    ("receipt", QT_TRANSLATE_NOOP("ExportDialog", "Receipt date")),
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


class ExportDialog(QDialog):
    """``start()`` begins the export to ``path_edit``; ``result`` holds what was written."""

    def __init__(self, session: Session, start: date, end: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.task: Task | None = None
        #: Set by Cancel; the worker checks it between pages (see ``cancel``).
        self._stop = threading.Event()
        self.result: ExportResult | None = None
        self.error: BaseException | None = None
        self.setWindowTitle(self.tr("Export"))

        self.dataset = QComboBox()
        for key, text in DATASETS:
            self.dataset.addItem(_tr(text), key)
        self.date_from = QDateEdit(QDate(start.year, start.month, start.day))
        self.date_to = QDateEdit(QDate(end.year, end.month, end.day))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.by = QComboBox()
        for key, text in DATE_BASES:
            self.by.addItem(_tr(text), key)
        self.status = QComboBox()
        self.status.addItem(self.tr("Any"), "")
        for s in RefundStatus:
            self.status.addItem(fmt.refund_status_label(s.value), s.value)
        for s in PayoutStatus:
            self.status.addItem(fmt.payout_status_label(s.value), s.value)
        self.method = QComboBox()
        self.method.addItem(self.tr("Any"), "")
        for p in PayoutMethod:
            self.method.addItem(fmt.payout_method_label(p.value), p.value)
        self.currency = QComboBox()
        self.currency.addItem(self.tr("Any"), "")
        fmt.add_currencies(self.currency)
        self.format = QComboBox()
        self.format.addItem("Excel (XLSX)", "xlsx")
        self.format.addItem("CSV", "csv")
        self.delimiter = QComboBox()
        self.delimiter.addItem(self.tr("Comma"), ",")
        self.delimiter.addItem(self.tr("Semicolon"), ";")
        self.delimiter.addItem(self.tr("Tab"), "tab")
        self.machine = QCheckBox(self.tr("Machine-readable column names (for scripts)"))
        self.lang = QComboBox()
        self.lang.addItem("中文", "zh")
        self.lang.addItem("English", "en")
        self.lang.setCurrentIndex(0 if session.locale.startswith("zh") else 1)
        self.path_edit = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_file)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("What"), self.dataset)
        form.addRow(self.tr("From"), self.date_from)
        form.addRow(self.tr("To"), self.date_to)
        form.addRow(self.tr("Dates by"), self.by)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Payout method"), self.method)
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("CSV delimiter"), self.delimiter)
        form.addRow(self.tr("Column language"), self.lang)
        form.addRow("", self.machine)
        form.addRow(self.tr("File"), path_row)

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status_label = QLabel()
        self.status_label.setObjectName("exportStatus")
        self.status_label.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._format_changed()

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)

    def _format_changed(self) -> None:
        self.delimiter.setEnabled(self.format.currentData() == "csv")

    def choose_file(self) -> None:
        suffix = self.format.currentData()
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), f"{self.dataset.currentData()}.{suffix}", f"*.{suffix}"
        )
        if path:
            self.path_edit.setText(path)

    def export_filter(self) -> ExportFilter:
        return ExportFilter(
            self.date_from.date().toPython(),
            self.date_to.date().toPython(),
            self.by.currentData(),
            self.status.currentData() or None,
            self.method.currentData() or None,
            self.currency.currentData() or None,
        )

    def start(self) -> None:
        path = self.path_edit.text().strip()
        if not path:
            self.status_label.setText(self.tr("Choose a file to export to."))
            return
        target = checked_save_path(self, path)
        if target is None:
            self.status_label.setText(self.tr("Choose a file to export to."))
            return
        actor, flt = self.session.actor, self.export_filter()
        dataset, fmt_, delim = (
            self.dataset.currentData(),
            self.format.currentData(),
            self.delimiter.currentData(),
        )
        machine, lang = self.machine.isChecked(), self.lang.currentData()
        stop = self._stop = threading.Event()

        def work(task: Task) -> ExportResult:
            return export_file(
                actor,
                dataset,
                flt,
                target,
                fmt=fmt_,
                delimiter=delim,
                machine_headers=machine,
                lang=lang,
                progress=task.report,
                cancelled=lambda: stop.is_set() or task.cancelled,
            )

        self.result, self.error = None, None
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.status_label.setText(self.tr("Exporting…"))
        self.task = run_task(
            work,
            self._done,
            self._failed,
            self,
            pass_task=True,
            on_progress=self._progress,
        )

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    def _done(self, result: ExportResult) -> None:
        self.task = None
        self.result = result
        self.start_button.setEnabled(True)
        self.cancel_button.setEnabled(True)
        self.progress.setVisible(False)
        self.status_label.setText(
            self.tr("%n row(s) written to {path}", "", result.rows).format(path=result.path)
        )

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self.error = error
        self.start_button.setEnabled(True)
        self.cancel_button.setEnabled(True)
        self.progress.setVisible(False)
        if isinstance(error, ExportCancelled):
            self.status_label.setText(self.tr("Export cancelled; no file was written."))
            return
        self.status_label.setText(self.tr("The export failed; no file was written."))
        show_error(self, error)

    def cancel(self) -> None:
        """Stop a running export, or close the dialog.

        Why not ``Task.cancel``: that drops the worker's answer, and the dialog would have to claim
        "no file was written" before the worker has removed its temporary file, or even when it
        had already finished (an XLSX is written out when it closes). Instead the worker is asked
        to stop and the dialog waits for what really happened: ``ExportCancelled`` or a result.
        """
        if self.task is not None and not self.task.done:
            self._stop.set()
            self.cancel_button.setEnabled(False)
            self.status_label.setText(self.tr("Cancelling…"))
            return
        self.reject()

    def reject(self) -> None:
        """Closing the dialog (Esc, the window's close button) also stops a running export."""
        if self.task is not None and not self.task.done:
            self._stop.set()
        super().reject()
