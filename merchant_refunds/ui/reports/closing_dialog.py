"""The daily closing (日结单) from the reports view: pick a day, see the figures, save or print.

A preview is only a look: it records nothing and says so on the page. Saving or printing records
the closing in the audit trail first, so the paper the owner keeps carries the anchor code of
that record. Printing and saving use the confirmation's helpers (the PDF painted into the
printer, the file written atomically, the last folder remembered). Adding up, recording and
rendering run off the GUI thread behind a progress window; only the painting into a printer or the
preview happens on it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from merchant_refunds.domain.closing import GRAND_ITEMS, PAYOUT_ITEMS, REFUND_ITEMS
from merchant_refunds.domain.errors import RefundsError
from merchant_refunds.services import clock, closing, shop_settings
from merchant_refunds.services.closing import Closing
from merchant_refunds.ui.common import formatting as fmt
from merchant_refunds.ui.common.errors import show_error
from merchant_refunds.ui.common.pdf_paint import paint_pdfs, write_atomic
from merchant_refunds.ui.common.progress import run_with_progress
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.common.tasks import Task
from merchant_refunds.ui.refunds.print_actions import (
    default_lang,
    pdf_path,
    remember_folder,
    remembered_folder,
)
from merchant_refunds.ui.reports.self_approvals import self_approvals_html


def render_closing_pdf(result: Closing, lang: str) -> bytes:
    # Imported on first use: ReportLab would add to every start of the window.
    from merchant_refunds.documents.closing import render_closing

    return render_closing(result, lang, shop_settings.get_shop().get("name", ""))


class ClosingDialog(QDialog):
    """``last_result`` is the closing shown or recorded last; ``saved_to`` the file written.
    The last message or preview opened is kept in an attribute, so tests can drive it."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closingDialog")
        self.setWindowTitle(self.tr("Daily closing"))
        self.session = session
        self.last_result: Closing | None = None
        self.saved_to: Path | None = None
        self.preview_dialog: QPrintPreviewDialog | None = None
        self._preview_printer: QPrinter | None = None
        self._print_printer: QPrinter | None = None
        self.message_box: QMessageBox | None = None
        self.printed_pages: int | None = None
        self._task: Task | None = None
        self._figures_task: Task | None = None
        today = clock.today()
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setObjectName("closingDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        self.lang_box = QComboBox()
        self.lang_box.setObjectName("closingLanguage")
        self.lang_box.addItem(self.tr("Chinese"), "zh")
        self.lang_box.addItem(self.tr("English"), "en")
        self.lang_box.setCurrentIndex(max(0, self.lang_box.findData(default_lang(session.locale))))
        self.figures = QLabel()
        self.figures.setObjectName("closingFigures")
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.figures.setWordWrap(True)
        self.anchor_label = QLabel()
        self.anchor_label.setObjectName("closingAnchor")
        self.anchor_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.anchor_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.anchor_label.setFont(font)
        self.preview_button = QPushButton(self.tr("Preview…"))
        self.preview_button.setObjectName("closingPreview")
        self.preview_button.clicked.connect(self.preview)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("closingSave")
        self.save_button.clicked.connect(self.choose_file)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("closingPrint")
        self.print_button.clicked.connect(self.ask_print)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Day")))
        top.addWidget(self.day)
        top.addWidget(QLabel(self.tr("Language")))
        top.addWidget(self.lang_box)
        top.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for button in (self.preview_button, self.save_button, self.print_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        hint = QLabel(
            self.tr(
                "Saving or printing records the closing in the audit trail; keep the paper. "
                "Its anchor code shows later whether the records were cut or rewritten."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.figures)
        layout.addWidget(self.anchor_label)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.day.dateChanged.connect(lambda _d: self.show_figures())
        self.resize(560, 420)
        self.show_figures()

    def chosen_day(self) -> date:
        return self.day.date().toPython()  # type: ignore[no-any-return]

    def set_day(self, day: date) -> None:
        self.day.setDate(QDate(day.year, day.month, day.day))

    def lang(self) -> str:
        return str(self.lang_box.currentData())

    def _money(self, minor: int, currency: str) -> str:
        return fmt.money_text(minor, currency, self.session.locale)

    def _busy(self) -> bool:
        return self._task is not None or self._figures_task is not None

    def _update_buttons(self) -> None:
        idle = not self._busy()
        for button in (self.preview_button, self.save_button, self.print_button):
            button.setEnabled(idle)

    def _run(
        self,
        label: str,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Task | None:
        """One preview, save or print at a time, off the GUI thread behind a progress window."""
        if self._busy():
            return None

        def done(result: object) -> None:
            self._task = None
            self._update_buttons()
            on_done(result)

        def failed(error: BaseException) -> None:
            self._task = None
            self._update_buttons()
            if on_error is not None and not isinstance(error, RefundsError):
                on_error(error)
            else:
                show_error(self, error)

        self._task = run_with_progress(self, self.tr("Daily closing"), label, work, done, failed)
        self._update_buttons()
        return self._task

    def show_figures(self) -> Task:
        """The day's closing as it stands, not recorded, read off the GUI thread; a newer day
        replaces a read still running."""
        if self._figures_task is not None:
            self._figures_task.cancel()
        actor, day = self.session.actor, self.chosen_day()

        def done(result: Closing) -> None:
            self._figures_task = None
            self._update_buttons()
            self._show(result)

        def failed(error: BaseException) -> None:
            self._figures_task = None
            self._update_buttons()
            self.figures.setText("")
            show_error(self, error)

        task = run_with_progress(
            self,
            self.tr("Daily closing"),
            self.tr("Adding up the day…"),
            lambda: closing.compute_closing(actor, day),
            done,
            failed,
        )
        self._figures_task = task
        self._update_buttons()
        return task

    def _label(self, item: str) -> str:
        return {
            "requested": self.tr("Requested"),
            "approved": self.tr("Approved"),
            "rejected": self.tr("Rejected"),
            "cancelled": self.tr("Cancelled"),
            "completed": self.tr("Completed"),
            "sent": self.tr("Payouts sent"),
            "failed": self.tr("Payouts failed"),
            "received": self.tr("Payouts received"),
            "refunded": self.tr("Total refunded (completed)"),
            "paid_out": self.tr("Total paid out (received)"),
        }[item]

    def _show(self, result: Closing) -> None:
        self.last_result = result
        rows = []
        for group, items in (("daily", REFUND_ITEMS + PAYOUT_ITEMS), ("grand", GRAND_ITEMS)):
            for item in items:
                for ccy in result.currencies:
                    tally = result.figure(group, item, ccy)
                    if tally.count or group == "grand":
                        rows.append(
                            f"<tr><td>{self._label(item)}</td><td align='right'>{tally.count}"
                            f"</td><td align='right'>{self._money(tally.minor, ccy)}</td></tr>"
                        )
        nothing = self.tr("No refunds or payouts yet.")
        body = "".join(rows) or f"<tr><td>{nothing}</td></tr>"
        self.figures.setText(
            f"<table cellspacing='0' cellpadding='3'>{body}</table>"
            + self._late_html(result)
            + self_approvals_html(result.self_approvals, self.session.locale)
        )
        # Only a recorded closing has a code worth copying: a preview's is not in the trail.
        recorded = result.recorded
        text = self.tr("Anchor code: %1").replace("%1", recorded.code) if recorded else ""
        self.anchor_label.setText(text)

    def late_lines(self, result: Closing) -> list[str]:
        """The refunds past the law's last day at the end of the day, one line each."""
        loc = self.session.locale
        lines = []
        for late in result.late_statutory:
            if late.paid_at is not None:
                state = self.tr("paid late %1").replace("%1", fmt.datetime_text(late.paid_at, loc))
            else:
                state = self.tr("not paid yet")
            lines.append(
                self.tr("%1 · legal last day %2 · %3")
                .replace("%1", late.refund_no)
                .replace("%2", fmt.date_text(late.due_on, loc))
                .replace("%3", state)
            )
        return lines

    def _late_html(self, result: Closing) -> str:
        lines = self.late_lines(result)
        if not lines:
            return ""
        title = self.tr("Past the legal refund deadline (%n)", "", len(lines))
        items = "".join(f"<li>{escape(line)}</li>" for line in lines)
        return f"<p style='color:#8b0000'><b>{escape(title)}</b></p><ul>{items}</ul>"

    # preview

    def preview(self) -> Task | None:
        """Qt's print preview of the closing as it stands (``preview_dialog``); it records
        nothing. Adding up and rendering run off the GUI thread."""
        actor, day, lang = self.session.actor, self.chosen_day(), self.lang()

        def work() -> tuple[Closing, bytes]:
            result = closing.compute_closing(actor, day)
            return result, render_closing_pdf(result, lang)

        return self._run(self.tr("Preparing the preview…"), work, self._open_preview)

    def _open_preview(self, made: tuple[Closing, bytes]) -> None:
        result, pdf = made
        self._show(result)
        # The dialog does not own its printer: it must live as long as the dialog does.
        self._preview_printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintPreviewDialog(self._preview_printer, self)
        dialog.setObjectName("closingPreviewDialog")
        dialog.setWindowTitle(self.tr("Daily closing %1").replace("%1", str(result.day)))
        dialog.paintRequested.connect(lambda printer: paint_pdfs(printer, [pdf], "a4"))
        self.preview_dialog = dialog
        dialog.open()

    # record, then save or print

    def _recording(self) -> Callable[[], tuple[Closing, bytes]]:
        """The work of recording the chosen day's closing and rendering its PDF."""
        actor, day, lang = self.session.actor, self.chosen_day(), self.lang()

        def work() -> tuple[Closing, bytes]:
            result = closing.record_closing(actor, day)
            return result, render_closing_pdf(result, lang)

        return work

    def choose_file(self) -> Task | None:
        suggested = f"closing-{self.chosen_day().isoformat()}.pdf"
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the daily closing"),
            os.path.join(remembered_folder(), suggested),
            self.tr("PDF files (*.pdf)"),
        )
        if not chosen:
            return None
        path = pdf_path(chosen)
        remember_folder(path)
        return self.save_to(path)

    def save_to(self, path: Path) -> Task | None:
        """Record the closing and write its PDF to ``path`` off the GUI thread; ``saved_to`` is
        set once written."""
        if not path.parent.is_dir():
            self._say(
                self.tr("Could not save %1").replace("%1", str(path)),
                self.tr("The folder does not exist."),
            )
            return None
        record = self._recording()

        def work() -> Closing:
            result, pdf = record()
            write_atomic(path, pdf)
            return result

        def saved(result: Closing) -> None:
            self._show(result)
            self.saved_to = path

        def failed(error: BaseException) -> None:
            text = error.strerror if isinstance(error, OSError) else None
            self._say(self.tr("Could not save %1").replace("%1", str(path)), text or str(error))

        return self._run(self.tr("Recording and saving the closing…"), work, saved, failed)

    def ask_print(self) -> QPrintDialog | None:
        printer = self._print_printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("closingPrintDialog")
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.open()
        return dialog

    def print_to(self, printer: QPrinter) -> Task | None:
        """Record the closing off the GUI thread, then paint it into ``printer``;
        ``printed_pages`` is the pages painted (0: not printed)."""
        self.printed_pages = None
        return self._run(
            self.tr("Recording the closing…"),
            self._recording(),
            lambda recorded: self._paint(printer, recorded),
        )

    def _paint(self, printer: QPrinter, recorded: tuple[Closing, bytes]) -> None:
        self._show(recorded[0])
        printer.setDocName(self.tr("Daily closing %1").replace("%1", str(recorded[0].day)))
        pages = self.printed_pages = paint_pdfs(printer, [recorded[1]], "a4")
        if pages == 0:
            self._say(
                self.tr("The printer %1 is not available").replace("%1", printer.printerName()),
                self.tr("The closing is recorded; save it as PDF and print that file."),
            )

    def _say(self, text: str, informative: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Daily closing"), text)
        box.setInformativeText(informative)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()
