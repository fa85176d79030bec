"""Import orders from a platform's export: choose the file (or Taobao/Tmall's two: the order list
and the line list), see the detected format and a preview
(new, unchanged, changed, failing orders with row, column and reason), map the columns of an
unknown file, then confirm. Detection, preview and import run off the GUI thread with progress
and cancel; an import is all or nothing, so cancelling leaves the database as it was, unless
"import the good orders" is ticked: then the failing ones are left out and listed, and the list
can be saved (in the user's language) to fix the file with."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from merchant_refunds.domain.errors import RefundsError
from merchant_refunds.exports.import_problems import write_problems
from merchant_refunds.imports import formats
from merchant_refunds.imports.run import Detection, detect_file, import_file, preview_file
from merchant_refunds.services import order_import
from merchant_refunds.services.order_import import ImportRefused, ImportReport
from merchant_refunds.ui.common.errors import show_error
from merchant_refunds.ui.common.formatting import source_label
from merchant_refunds.ui.common.messages import error_text, translate_template
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.common.tasks import Task, run_task


class ImportDialog(QDialog):
    """Preview first; the Import button only works on a preview without failures."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.session = session
        self.detection: Detection | None = None
        self.paths: list[Path] = []
        self.report: ImportReport | None = None
        self.task: Task | None = None
        self._mapping_active = False
        self.resize(860, 560)

        self.file_edit = QLineEdit(objectName="importFile", readOnly=True)
        self.choose_button = QPushButton(objectName="chooseFile")
        self.choose_button.clicked.connect(self.choose_file)
        self.format_label = QLabel(objectName="formatLabel")
        self.format_combo = QComboBox(objectName="formatCombo")
        self.format_combo.addItem("", None)
        for name in formats.FORMATS:
            self.format_combo.addItem(name, name)
        self.format_combo.currentIndexChanged.connect(self._format_changed)

        self.mapping_table = QTableWidget(0, 2, objectName="mappingTable")
        self.mapping_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.remember_box = QCheckBox(objectName="rememberMapping", checked=True)
        self.source_edit = QLineEdit(objectName="sourceName")
        self.mapping_box = QWidget(objectName="mappingBox")
        mapping_layout = QVBoxLayout(self.mapping_box)
        mapping_layout.setContentsMargins(0, 0, 0, 0)
        self.mapping_label = QLabel()
        mapping_layout.addWidget(self.mapping_label)
        mapping_layout.addWidget(self.mapping_table)
        remember_row = QHBoxLayout()
        remember_row.addWidget(self.remember_box)
        remember_row.addWidget(self.source_edit)
        mapping_layout.addLayout(remember_row)
        self.mapping_box.hide()

        self.counts_label = QLabel(objectName="importCounts")
        self.problems_table = QTableWidget(0, 4, objectName="problemsTable")
        self.problems_table.horizontalHeader().setStretchLastSection(True)
        self.problems_table.verticalHeader().hide()  # the file's row is the first column
        self.problems_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_table.setWordWrap(False)
        self.skip_box = QCheckBox(objectName="skipFailing")
        self.skip_box.toggled.connect(lambda _on: self._update_import_button())
        self.save_problems_button = QPushButton(objectName="saveProblems", enabled=False)
        self.save_problems_button.clicked.connect(self.save_problems)
        self.message_label = QLabel(objectName="importMessage", wordWrap=True)
        self.progress = QProgressBar(objectName="importProgress", maximum=1000)
        self.progress.hide()

        self.preview_button = QPushButton(objectName="previewButton", enabled=False)
        self.preview_button.clicked.connect(self.start_preview)
        self.import_button = QPushButton(objectName="importButton", enabled=False)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button = QPushButton(objectName="cancelTask", enabled=False)
        self.cancel_button.clicked.connect(self.cancel_task)
        self.close_button = QPushButton(objectName="closeButton")
        self.close_button.clicked.connect(self.reject)

        file_row = QHBoxLayout()
        self.file_label = QLabel()
        file_row.addWidget(self.file_label)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        format_row = QHBoxLayout()
        format_row.addWidget(self.format_label, 1)
        self.override_label = QLabel()
        format_row.addWidget(self.override_label)
        format_row.addWidget(self.format_combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        for button in (
            self.preview_button,
            self.import_button,
            self.cancel_button,
            self.close_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addLayout(format_row)
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.problems_table, 1)
        problems_row = QHBoxLayout()
        problems_row.addWidget(self.skip_box, 1)
        problems_row.addWidget(self.save_problems_button)
        layout.addLayout(problems_row)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import orders"))
        self.file_label.setText(self.tr("File:"))
        self.choose_button.setText(self.tr("Choose…"))
        self.override_label.setText(self.tr("Format:"))
        self.format_combo.setItemText(0, self.tr("Detected"))
        for index in range(1, self.format_combo.count()):
            self.format_combo.setItemText(
                index, self._format_name(self.format_combo.itemData(index))
            )
        self.mapping_label.setText(
            self.tr("This file's format is not known. Choose which column holds each field:")
        )
        self.mapping_table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Column")])
        self.remember_box.setText(self.tr("Remember this mapping for files from"))
        self.source_edit.setPlaceholderText(self.tr("source name, e.g. JD.com"))
        self.problems_table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Order"), self.tr("Problem")]
        )
        self.skip_box.setText(
            self.tr("Import the good orders and leave out the failing or conflicting ones")
        )
        self.save_problems_button.setText(self.tr("Save list…"))
        self.preview_button.setText(self.tr("&Preview"))
        self.import_button.setText(self.tr("&Import"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.close_button.setText(self.tr("Close"))
        self._show_detection()
        self._show_report()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # choosing the file

    def choose_file(self) -> None:
        """One export, or two chosen together: Taobao/Tmall's order list and its line list."""
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose an order export (for Taobao/Tmall, its order list and line list)"),
            "",
            self.tr("Order exports (*.csv *.txt *.xlsx);;All files (*)"),
        )
        if paths:
            self.set_files([Path(p) for p in paths])

    def set_file(self, path: Path) -> None:
        self.set_files([path])

    def set_files(self, paths: list[Path]) -> None:
        """Detect the chosen file(s); more than two, or two that are not Taobao's pair, are
        refused with the reason under the buttons."""
        self.paths = list(paths)
        self.file_edit.setText(" + ".join(str(p) for p in self.paths))
        self.detection = None
        self.report = None
        self._show_report()
        chosen = self.paths[0] if len(self.paths) == 1 else list(self.paths)
        self._start(lambda: detect_file(chosen), self._detected, with_task=False)

    def _detected(self, detection: Detection) -> None:
        self._finish_task()
        self.detection = detection
        self.paths = list(detection.paths)  # Taobao's pair: the order list first
        self._fill_mapping()
        self._show_detection()
        self.preview_button.setEnabled(True)

    def _chosen_format(self) -> str | None:
        override = self.format_combo.currentData()
        if override:
            return str(override)
        return self.detection.format if self.detection else None

    def _format_changed(self) -> None:
        self._fill_mapping()
        self._show_detection()

    def _fill_mapping(self) -> None:
        d = self.detection
        # An unknown file, or one whose mapping was saved last time (shown to check it).
        show = d is not None and (d.format is None or d.saved_mapping is not None)
        self._mapping_active = show
        self.mapping_box.setVisible(bool(show))
        if not show or d is None:
            return
        self.mapping_table.setRowCount(len(formats.GENERIC_FIELDS))
        saved = d.saved_mapping or {}
        for row, (name, (required, help_text)) in enumerate(formats.GENERIC_FIELDS.items()):
            item = QTableWidgetItem(f"{name}{' *' if required else ''} — {help_text}")
            self.mapping_table.setItem(row, 0, item)
            combo = QComboBox()
            combo.addItem("", "")
            for header in d.headers:
                combo.addItem(header, header)
            chosen = saved.get(name) or (name if name in d.headers else "")
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            self.mapping_table.setCellWidget(row, 1, combo)

    def mapping(self) -> dict[str, str] | None:
        if not self._mapping_active:
            return None
        result = {}
        for row, name in enumerate(formats.GENERIC_FIELDS):
            combo = self.mapping_table.cellWidget(row, 1)
            if isinstance(combo, QComboBox) and combo.currentData():
                result[name] = str(combo.currentData())
        return result

    def set_mapping(self, mapping: dict[str, str]) -> None:
        for row, name in enumerate(formats.GENERIC_FIELDS):
            combo = self.mapping_table.cellWidget(row, 1)
            if isinstance(combo, QComboBox):
                combo.setCurrentIndex(max(0, combo.findData(mapping.get(name, ""))))

    def _format_name(self, fmt: str) -> str:
        """A format as the shop knows it: the platform's own name, or our template's."""
        names = {
            formats.SHOPIFY: "Shopify",
            formats.WOOCOMMERCE: "WooCommerce",
            formats.TAOBAO: self.tr("Taobao / Tmall"),
            formats.GENERIC: self.tr("Generic template"),
        }
        return names.get(fmt) or source_label(fmt)

    def _show_detection(self) -> None:
        d = self.detection
        if d is None:
            self.format_label.setText(self.tr("Detected format: —"))
            return
        name = (
            self._format_name(d.format) if d.format else self.tr("unknown (map the columns below)")
        )
        if len(d.paths) == 2:
            name = self.tr("Taobao / Tmall, order list and line list")
        self.format_label.setText(
            self.tr("Detected format: %1 · %2 · %3 columns")
            .replace("%1", name)
            .replace("%2", d.encoding)
            .replace("%3", str(len(d.headers)))
        )

    # preview and import

    def _files(self) -> Path | list[Path]:
        return self.paths[0] if len(self.paths) == 1 else list(self.paths)

    def start_preview(self) -> None:
        path, fmt, mapping = self._files(), self._chosen_format(), self.mapping()
        if mapping is not None:
            fmt = formats.GENERIC
        self.report = None
        self._show_report()
        self._start(
            lambda task: preview_file(
                path, fmt, mapping, progress=task.report, cancelled=lambda: task.cancelled
            ),
            self._previewed,
        )

    def _previewed(self, report: ImportReport) -> None:
        self._finish_task()
        self.report = report
        self._show_report()

    def start_import(self) -> None:
        if self.report is None or not (self.report.ok or self.skip_box.isChecked()):
            return
        skip = self.skip_box.isChecked()
        path, fmt, mapping = self._files(), self.report.format, self.mapping()
        actor = self.session.actor
        remember = mapping is not None and self.remember_box.isChecked() and self.detection
        headers = self.detection.headers if self.detection else []
        source = self.source_edit.text().strip() or self.paths[0].stem

        def work(task: Task) -> ImportReport:
            if remember and mapping is not None:
                order_import.save_mapping(actor, headers, mapping, source)
            return import_file(
                actor,
                path,
                fmt,
                mapping,
                progress=task.report,
                cancelled=lambda: task.cancelled,
                skip_failing=skip,
            )

        self._start(work, self._imported)

    def _imported(self, report: ImportReport) -> None:
        self._finish_task()
        self.report = report
        self._show_report()
        self.session.notify_changed()

    def _start(self, func: object, on_done: object, *, with_task: bool = True) -> None:
        for button in (self.preview_button, self.import_button, self.choose_button):
            button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.progress.show()
        self.message_label.clear()
        self.task = run_task(
            func,  # type: ignore[arg-type]
            on_done,  # type: ignore[arg-type]
            self._failed,
            parent=self,
            pass_task=with_task,
            on_progress=self._progress,
        )

    def _progress(self, done: int, total: int) -> None:
        self.progress.setValue(done * 1000 // max(total, 1))

    def _finish_task(self) -> None:
        self.task = None
        self.progress.hide()
        self.cancel_button.setEnabled(False)
        self.choose_button.setEnabled(True)
        self.preview_button.setEnabled(self.detection is not None)
        self._update_import_button()

    def _failed(self, error: BaseException) -> None:
        self._finish_task()
        if isinstance(error, ImportRefused):
            self.report = error.report
            self._show_report()
            self.import_button.setEnabled(False)
        if isinstance(error, RefundsError):
            self.message_label.setText(error_text(error))
            return
        show_error(self, error)

    def cancel_task(self) -> None:
        """Stop the running step; an import in progress is rolled back by its transaction."""
        if self.task is not None:
            self.task.cancel()
        self._finish_task()
        self.message_label.setText(self.tr("Cancelled. Nothing was imported."))

    def _update_import_button(self) -> None:
        r = self.report
        allowed = r is not None and (r.ok or self.skip_box.isChecked())
        self.import_button.setEnabled(
            r is not None and r.dry_run and allowed and (r.new + r.changed + r.linked) > 0
        )
        self.save_problems_button.setEnabled(r is not None and bool(r.problems))

    def _reason(self, problem: order_import.Problem) -> str:
        """A problem's reason in the user's language."""
        if problem.template:
            return translate_template(problem.template, problem.params)
        return problem.reason

    def save_problems(self) -> None:
        if self.report is None or not self.report.problems:
            return
        stem = (self.paths[0].stem if self.paths else "") or "orders"
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the orders left out"),
            f"{stem}-problems.csv",
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.save_problems_to(Path(path))

    def save_problems_to(self, path: Path) -> None:
        """Write the list as shown: the reasons and headers in the user's language."""
        assert self.report is not None
        lang = "zh" if self.session.locale.startswith("zh") else "en"
        try:
            write_problems(self.report, path, lang=lang, reason=self._reason)
        except RefundsError as exc:
            self.message_label.setText(error_text(exc))
            return
        self.message_label.setText(self.tr("Saved the list to %1").replace("%1", str(path)))

    def _show_report(self) -> None:
        r = self.report
        if r is None:
            self.counts_label.setText("")
            self.problems_table.setRowCount(0)
            self._update_import_button()
            return
        text = (
            self.tr("New: %1 · Unchanged: %2 · Changed: %3 · Failing: %4 · Conflicts: %5")
            .replace("%1", str(r.new))
            .replace("%2", str(r.unchanged))
            .replace("%3", str(r.changed))
            .replace("%4", str(r.failed))
            .replace("%5", str(r.conflicts))
        )
        if r.linked:
            text += self.tr(" · Platform refunds made here: %1").replace("%1", str(r.linked))
        if r.imported:
            text = self.tr("Imported. %1").replace("%1", text)
        if r.imported and r.skipped_failing:
            text += "\n" + self.tr(
                "The good orders were imported; the %1 listed below were left out."
            ).replace("%1", str(r.failed + r.conflicts))
        self.counts_label.setText(text)
        self.problems_table.setRowCount(len(r.problems))
        for row, p in enumerate(r.problems):
            reason = self._reason(p)
            for col, value in enumerate((str(p.row), p.column, p.order_no, reason)):
                self.problems_table.setItem(row, col, QTableWidgetItem(value))
        for col in range(3):  # row, column and order fit their texts; the reason takes the rest
            self.problems_table.resizeColumnToContents(col)
        self._update_import_button()
