"""Print preview, print and save as PDF of refund confirmations, for one refund or a batch.

Every print and every saved file is counted with ``record_print`` after it succeeded, so the next
one says COPY (副本) and the audit trail shows how many papers exist; a preview is not a print.
Computer settings (the printer, the last folder, the paper) live in ``QSettings``. A batch is
rendered off the GUI thread with progress and cancel; it is written to a temporary file renamed
into place only when complete, so a cancelled or failed batch leaves nothing behind.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtPrintSupport import (
    QPrintDialog,
    QPrinter,
    QPrinterInfo,
    QPrintPreviewDialog,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from merchant_refunds.domain.errors import RefundsError
from merchant_refunds.services import confirmations, signatures
from merchant_refunds.services.refund_views import RefundDetail
from merchant_refunds.services.signatures import SignatureInfo, SignatureKind
from merchant_refunds.ui.common.busy import busy_cursor
from merchant_refunds.ui.common.computer_settings import computer_settings
from merchant_refunds.ui.common.errors import show_error
from merchant_refunds.ui.common.pdf_paint import paint_pdfs, write_atomic
from merchant_refunds.ui.common.save_paths import checked_save_path
from merchant_refunds.ui.common.screen_fit import resize_to_fit
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.common.tasks import Task, run_task
from merchant_refunds.ui.refunds.signature_dialog import SignatureDialog

SETTINGS_PRINTER = "printing/printer"
SETTINGS_FOLDER = "printing/last_folder"
SETTINGS_LAYOUT = "printing/layout"
LAYOUTS = ("a4", "letter", "receipt80")
LANGS = ("zh", "en")


def default_lang(locale: str) -> str:
    """The paper's language defaults to the screen's: Chinese for zh_*, English otherwise."""
    return "zh" if locale.lower().startswith("zh") else "en"


def warm_up() -> None:
    """Load ReportLab and the CJK font ahead of the first preview (about 3 s on a
    busy machine, which the first print preview waited for). It reads nothing from the database,
    so it can never meet a restore or a sign-out halfway; a font the shop names in its profile is
    registered by the first preview itself (under 0.1 s)."""
    from merchant_refunds.documents import confirmation, fonts  # noqa: F401 - the import is the work

    fonts.find_font()


_warming: list[Task] = []


def start_warm_up(parent: QObject) -> None:
    """Run :func:`warm_up` off the GUI thread, once per program, when a print is near: a refund
    dialog (whose submit opens the preview) or the Refunds view is opened. Not at start-up:
    ReportLab and a CJK font hold ~50 MB that a window only browsing orders never needs."""
    if not _warming:
        _warming.append(run_task(warm_up, lambda _none: None, _warm_up_failed, parent=parent))


def _warm_up_failed(error: BaseException) -> None:
    """A font or file problem shows when the paper is made; anything else is our bug."""
    if not isinstance(error, RefundsError | OSError):
        raise error


def render_for_print(refund_no: str, layout: str, lang: str) -> bytes:
    """The PDF as the next print will be: marked COPY when one was printed before."""
    # Imported on first print: ReportLab would add ~0.15 s to every start of the window.
    from merchant_refunds.documents.confirmation import render_confirmation

    copy = confirmations.print_count(refund_no) > 0
    return render_confirmation(refund_no, layout, lang, copy)


def document_name(refund_nos: Sequence[str], lang: str, copy: bool) -> str:
    """The print job's name (and the PDF title): 退款确认单 RF… 副本, in the paper's language."""
    from merchant_refunds.documents import texts  # the package loads ReportLab: only on printing

    words = texts.LABELS[texts.norm_lang(lang)]
    name = f"{words['title']} {refund_nos[0]}"
    if len(refund_nos) > 1:
        name += f" (+{len(refund_nos) - 1})"
    return f"{name} {words['copy']}" if copy else name


def remembered_folder() -> str:
    folder = str(computer_settings().value(SETTINGS_FOLDER, "") or "")
    return folder if folder and os.path.isdir(folder) else os.path.expanduser("~")


def remember_folder(path: Path) -> None:
    computer_settings().setValue(SETTINGS_FOLDER, str(path.parent))


def pdf_path(chosen: str) -> Path:
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


class _Cancelled(Exception):
    """Raised from the batch's progress callback to stop rendering once the clerk cancelled."""


class ConfirmationOptions(QWidget):
    """Paper (A4, Letter, 80 mm receipt) and language of the confirmation."""

    changed = Signal()

    def __init__(self, layout: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_box = QComboBox()
        self.layout_box.setObjectName("paperLayout")
        for label, key in (
            (self.tr("A4"), "a4"),
            (self.tr("Letter"), "letter"),
            (self.tr("80 mm receipt"), "receipt80"),
        ):
            self.layout_box.addItem(label, key)
        self.lang_box = QComboBox()
        self.lang_box.setObjectName("paperLanguage")
        self.lang_box.addItem(self.tr("Chinese"), "zh")
        self.lang_box.addItem(self.tr("English"), "en")
        self.set_layout(layout)
        self.set_lang(lang)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Paper")))
        row.addWidget(self.layout_box)
        row.addWidget(QLabel(self.tr("Language")))
        row.addWidget(self.lang_box)
        self.layout_box.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.lang_box.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def layout_key(self) -> str:
        return str(self.layout_box.currentData())

    def lang(self) -> str:
        return str(self.lang_box.currentData())

    def set_layout(self, layout: str) -> None:
        self.layout_box.setCurrentIndex(max(0, self.layout_box.findData(layout)))

    def set_lang(self, lang: str) -> None:
        self.lang_box.setCurrentIndex(max(0, self.lang_box.findData(lang)))


class ConfirmationPreviewDialog(QPrintPreviewDialog):
    """Qt's print preview over the confirmation PDF, with the paper and language to choose.

    Qt's own print and page-setup buttons are replaced by one that asks for a real print
    (``print_requested``), so every print goes through the counted path.
    """

    print_requested = Signal(str, str)

    def __init__(
        self, refund_nos: Sequence[str], layout: str, lang: str, parent: QWidget | None = None
    ) -> None:
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        super().__init__(self.printer, parent)
        self.setObjectName("confirmationPreview")
        self.refund_nos = list(refund_nos)
        self.copy = False
        self.pdfs: list[bytes] = []
        self.options = ConfirmationOptions(layout, lang)
        self.page_count = 0
        self._render()
        toolbar = self.findChild(QToolBar)
        for action in toolbar.actions():
            if action.text() in (
                QCoreApplication.translate("QPrintPreviewDialog", "Print"),
                QCoreApplication.translate("QPrintPreviewDialog", "Page setup"),
            ):
                action.setVisible(False)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("previewPrintButton")
        self.print_button.clicked.connect(self._ask_print)
        options_row = QWidget()
        row = QHBoxLayout(options_row)
        row.setContentsMargins(8, 2, 8, 2)
        row.addWidget(self.options)
        row.addStretch(1)
        self.sign_button = QPushButton(self.tr("Customer signs…"))
        self.sign_button.setObjectName("previewSignButton")
        self.sign_button.hide()  # offered right after a request (``offer_signature``)
        row.addWidget(self.sign_button)
        row.addWidget(self.print_button)
        self.banner = QLabel()
        self.banner.setObjectName("previewBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background: #e8f5e9; border: 1px solid #81c784; padding: 6px; color: #1b5e20;"
        )
        self.banner.hide()
        dialog_layout = self.layout()
        if isinstance(dialog_layout, QBoxLayout):
            dialog_layout.insertWidget(0, options_row)
            dialog_layout.insertWidget(0, self.banner)
        else:
            toolbar.addWidget(options_row)
        self.preview_widget = self.findChild(QPrintPreviewWidget)
        self.paintRequested.connect(self.paint)
        self.options.changed.connect(self._options_changed)
        self.setWindowTitle(self.tr("Print preview: %1").replace("%1", ", ".join(self.refund_nos)))
        resize_to_fit(self, 820, 900)

    def show_banner(self, text: str | Callable[[], str]) -> None:
        """A line above the paper: what just happened (the request was saved). A function
        gives the text again in the language picked while the preview is open."""
        self._banner_text = text if callable(text) else (lambda: text)
        self.banner.setText(self._banner_text())
        self.banner.show()

    def retranslate_ui(self) -> None:
        """The texts this dialog sets itself, in the language now in effect."""
        self.print_button.setText(self.tr("Print…"))
        self.sign_button.setText(self.tr("Customer signs…"))
        self.setWindowTitle(self.tr("Print preview: %1").replace("%1", ", ".join(self.refund_nos)))
        banner_text = getattr(self, "_banner_text", None)
        if banner_text is not None:
            self.banner.setText(banner_text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "sign_button"):
            self.retranslate_ui()
        super().changeEvent(event)

    def offer_signature(self, open_pad: Callable[[], object]) -> None:
        """The signature pad one button away from the printed paper."""
        self.sign_button.clicked.connect(open_pad)
        self.sign_button.show()
        self.print_button.setDefault(True)

    def _render(self) -> None:
        from merchant_refunds.documents.confirmation import render_batch

        batch = render_batch(self.refund_nos, self.options.layout_key(), self.options.lang())
        self.copy = any(batch.copies)
        self.pdfs = [batch.pdf]

    def paint(self, printer: QPrinter) -> int:
        """Draw the pages into ``printer`` (the preview's, or any other for tests)."""
        printer.setDocName(document_name(self.refund_nos, self.options.lang(), self.copy))
        self.page_count = paint_pdfs(printer, self.pdfs, self.options.layout_key())
        return self.page_count

    def _options_changed(self) -> None:
        try:
            self._render()
        except RefundsError as error:
            show_error(self, error)
            return
        self.preview_widget.updatePreview()

    def _ask_print(self) -> None:
        self.print_requested.emit(self.options.layout_key(), self.options.lang())
        self.accept()


class PrintBar(QWidget):
    """The confirmation buttons under a refund's detail, and the batch work for several refunds.

    ``printed`` fires with the refund numbers whose prints were counted (the view refreshes).
    The last dialog or message opened is kept in an attribute, so tests can drive it.
    """

    printed = Signal(list)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = str(computer_settings().value(SETTINGS_LAYOUT, "a4") or "a4")
        self.options = ConfirmationOptions(layout, default_lang(session.locale))
        self.options.changed.connect(
            lambda: computer_settings().setValue(SETTINGS_LAYOUT, self.options.layout_key())
        )
        self.refund_no: str | None = None
        self.signatures: list[SignatureInfo] = []
        self.preview_dialog: ConfirmationPreviewDialog | None = None
        self.print_dialog: QPrintDialog | None = None
        self.message_box: QMessageBox | None = None
        self.progress: QProgressDialog | None = None
        self.batch_task: Task | None = None
        self.signature_dialog: QDialog | None = None

        self.preview_button = QPushButton(self.tr("Print preview…"))
        self.preview_button.setObjectName("previewButton")
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printButton")
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("savePdfButton")
        self.signed_copy_button = QPushButton(self.tr("Save signed copy…"))
        self.signed_copy_button.setObjectName("signedCopyButton")
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(lambda: self.print_refunds(self._current()))
        self.save_button.clicked.connect(lambda: self.save_refunds(self._current()))
        self.signed_copy_button.clicked.connect(self.save_signed_copy)
        buttons = QHBoxLayout()
        for button in (
            self.preview_button,
            self.print_button,
            self.save_button,
            self.signed_copy_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        options = QHBoxLayout()
        options.addWidget(self.options)
        options.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(options)
        column.addLayout(buttons)
        self.set_refund(None)

    # state

    def set_refund(self, refund_no: str | None, signatures: Sequence[SignatureInfo] = ()) -> None:
        """The refund the single-refund buttons act on (None: nothing shown)."""
        self.refund_no = refund_no
        self.signatures = list(signatures)
        for button in (self.preview_button, self.print_button, self.save_button):
            button.setEnabled(refund_no is not None)
        self.signed_copy_button.setVisible(bool(self.signatures))

    def _current(self) -> list[str]:
        return [self.refund_no] if self.refund_no else []

    def _warn(self, title: str, text: str, informative: str = "") -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok)
        box.setParent(self.window(), box.windowFlags())
        box.setObjectName("printMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if informative:
            box.setInformativeText(informative)
        self.message_box = box
        box.open()
        return box

    def _count_prints(self, refund_nos: Sequence[str], layout: str, lang: str) -> None:
        """The papers exist now: count each one, so the next print of it says COPY."""
        try:
            confirmations.record_prints(self.session.actor, refund_nos, layout=layout, lang=lang)
        except RefundsError as error:
            show_error(self, error)
        self.printed.emit(list(refund_nos))
        self.session.notify_changed()

    # preview

    def preview(self) -> ConfirmationPreviewDialog | None:
        """Open the preview of the shown refund; nothing is counted until it is printed."""
        if not self.refund_no:
            return None
        try:
            with busy_cursor():  # the PDF is rendered before the preview can show
                dialog = ConfirmationPreviewDialog(
                    [self.refund_no], self.options.layout_key(), self.options.lang(), self.window()
                )
        except RefundsError as error:
            show_error(self, error)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        refund_nos = list(dialog.refund_nos)

        def print_from_preview(layout: str, lang: str) -> None:
            self.options.set_layout(layout)
            self.options.set_lang(lang)
            self.print_refunds(refund_nos)

        dialog.print_requested.connect(print_from_preview)
        self.preview_dialog = dialog
        dialog.open()
        return dialog

    def preview_after_request(
        self, refund: RefundDetail, banner: str | Callable[[], str]
    ) -> ConfirmationPreviewDialog | None:
        """Right after a request is saved: its confirmation in preview with Print, what was
        saved said above it, and the signature pad one button away."""
        self.set_refund(refund.refund_no)
        dialog = self.preview()
        if dialog is None:
            return None
        dialog.show_banner(banner)

        def open_pad() -> SignatureDialog:
            pad = SignatureDialog(
                self.session,
                refund.refund_no,
                dialog.options.layout_key(),
                dialog.options.lang(),
                dialog,
            )
            pad.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            pad.tabs.setCurrentIndex(1)  # the customer is at the counter: sign on screen
            pad.signed.connect(lambda _no: self.session.notify_changed())
            self.signature_dialog = pad
            pad.open()
            return pad

        dialog.offer_signature(open_pad)
        return dialog

    # print

    def print_refunds(self, refund_nos: Sequence[str]) -> QPrintDialog | None:
        """Ask for the printer (the last one used preselected), then print and count."""
        refund_nos = list(refund_nos)
        if not refund_nos:
            return None
        available = QPrinterInfo.availablePrinters()
        if not available:
            self._warn(
                self.tr("Print"),
                self.tr("No printer is set up; save as PDF instead"),
                self.tr(
                    "Add a printer in the computer's settings, or use Save as PDF and print "
                    "the file elsewhere."
                ),
            )
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        remembered = str(computer_settings().value(SETTINGS_PRINTER, "") or "")
        if remembered in {info.printerName() for info in available}:
            printer.setPrinterName(remembered)
        dialog = QPrintDialog(printer, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout, lang = self.options.layout_key(), self.options.lang()
        dialog.accepted.connect(lambda: self.print_to(printer, refund_nos, layout, lang))
        self.print_dialog = dialog
        QDialog.open(dialog)  # QPrintDialog.open() only has the (receiver, slot) overload
        return dialog

    def print_to(
        self, printer: QPrinter, refund_nos: Sequence[str], layout: str, lang: str
    ) -> None:
        """Send the confirmations to ``printer`` as one job (the print dialog's choice)."""
        refund_nos = list(refund_nos)
        if printer.printerName():
            computer_settings().setValue(SETTINGS_PRINTER, printer.printerName())
        if len(refund_nos) == 1:
            try:
                pdfs = [render_for_print(refund_nos[0], layout, lang)]
            except RefundsError as error:
                show_error(self, error)
                return
            self._paint(printer, refund_nos, pdfs, layout, lang)
            return
        self._run_batch(
            refund_nos,
            layout,
            lang,
            lambda task: self._render_all(task, refund_nos, layout, lang),
            lambda pdfs: self._paint(printer, refund_nos, pdfs, layout, lang),
        )

    def _paint(
        self, printer: QPrinter, refund_nos: list[str], pdfs: list[bytes], layout: str, lang: str
    ) -> None:
        copy = any(confirmations.print_count(no) > 0 for no in refund_nos)
        printer.setDocName(document_name(refund_nos, lang, copy))
        if paint_pdfs(printer, pdfs, layout) == 0:
            self._warn(
                self.tr("Print"),
                self.tr("The printer %1 is not available").replace("%1", printer.printerName()),
                self.tr("Check that it is switched on and connected, or save as PDF instead."),
            )
            return
        self._count_prints(refund_nos, layout, lang)

    # save as PDF

    def _ask_save_path(self, suggested: str) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window(),
            self.tr("Save confirmation as PDF"),
            os.path.join(remembered_folder(), suggested),
            self.tr("PDF files (*.pdf)"),
        )
        if not chosen:
            return None
        path = checked_save_path(self, pdf_path(chosen))
        if path is not None:
            remember_folder(path)
        return path

    def save_refunds(self, refund_nos: Sequence[str]) -> Path | None:
        """Save one confirmation, or several in one PDF (in the background); count each."""
        refund_nos = list(refund_nos)
        if not refund_nos:
            return None
        suggested = (
            f"{refund_nos[0]}.pdf"
            if len(refund_nos) == 1
            else f"{refund_nos[0]}+{len(refund_nos) - 1}.pdf"
        )
        path = self._ask_save_path(suggested)
        if path is None:
            return None
        layout, lang = self.options.layout_key(), self.options.lang()
        if len(refund_nos) == 1:
            try:
                data = render_for_print(refund_nos[0], layout, lang)
            except RefundsError as error:
                show_error(self, error)
                return None
            if not self._write(path, data):
                return None
            self._count_prints(refund_nos, layout, lang)
            return path
        self._save_batch(path, refund_nos, layout, lang)
        return path

    def _write(self, path: Path, data: bytes) -> bool:
        try:
            write_atomic(path, data)
        except OSError as error:
            self._cannot_save(path, error)
            return False
        return True

    def _cannot_save(self, path: Path, error: OSError) -> None:
        self._warn(
            self.tr("Save as PDF"),
            self.tr("Could not save %1").replace("%1", str(path)),
            error.strerror or str(error),
        )

    def _save_batch(self, path: Path, refund_nos: list[str], layout: str, lang: str) -> None:
        part = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")

        def work(task: Task) -> Path | None:
            pdfs = self._render_all(task, refund_nos, layout, lang)
            if pdfs is None:
                return None
            try:
                with open(part, "wb") as fh:
                    fh.write(pdfs[0])  # the whole batch is one PDF
                    fh.flush()
                    os.fsync(fh.fileno())
            except BaseException:
                part.unlink(missing_ok=True)
                raise
            if task.cancelled:
                part.unlink(missing_ok=True)
                return None
            return part

        def done(written: Path | None) -> None:
            if written is None:
                return
            try:
                os.replace(written, path)
            except OSError as error:
                self._cannot_save(path, error)
                return
            self._count_prints(refund_nos, layout, lang)

        def failed(error: BaseException) -> None:
            if isinstance(error, OSError):
                self._cannot_save(path, error)
            else:
                show_error(self, error)

        task = self._run_batch(refund_nos, layout, lang, work, done, failed)
        # Whatever happens (done, failed, cancelled after the worker wrote it), no part file stays.
        task.finished.connect(lambda: part.unlink(missing_ok=True))

    # the batch

    @staticmethod
    def _render_all(
        task: Task, refund_nos: list[str], layout: str, lang: str
    ) -> list[bytes] | None:
        """Render every confirmation into one PDF on the worker thread; None once cancelled."""
        from merchant_refunds.documents.confirmation import render_batch

        def progress(done: int, total: int) -> None:
            if task.cancelled:
                raise _Cancelled
            task.report(done, total)

        try:
            pdf = render_batch(refund_nos, layout, lang, progress=progress).pdf
        except _Cancelled:
            return None
        return None if task.cancelled else [pdf]

    def _run_batch(
        self,
        refund_nos: list[str],
        layout: str,
        lang: str,
        work: Callable[[Task], object],
        on_done: Callable[[object], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Task:
        progress = QProgressDialog(
            self.tr("Preparing %1 confirmations…").replace("%1", str(len(refund_nos))),
            self.tr("Cancel"),
            0,
            len(refund_nos),
            self.window(),
        )
        progress.setObjectName("batchProgress")
        progress.setWindowTitle(self.tr("Confirmations"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)
        self.progress = progress

        def report(done: int, _total: int) -> None:
            if not progress.wasCanceled():
                progress.setValue(done)

        def finish_progress() -> None:
            progress.close()
            progress.deleteLater()
            if self.progress is progress:
                self.progress = None

        task = run_task(
            work,
            on_done,
            on_error or (lambda error: show_error(self, error)),
            parent=self,
            pass_task=True,
            on_progress=report,
        )
        progress.canceled.connect(task.cancel)
        task.finished.connect(finish_progress)
        self.batch_task = task
        return task

    # the signed copy

    def save_signed_copy(self) -> Path | None:
        """Save the best proof on file: the signed PDF, else the newest scan, else the drawing."""
        if not self.signatures:
            return None
        order = {SignatureKind.SIGNED_PDF: 0, SignatureKind.SCAN: 1, SignatureKind.PAD: 2}
        best = min(reversed(self.signatures), key=lambda s: order[s.kind])
        suffix = Path(best.file_name).suffix or ".pdf"
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window(),
            self.tr("Save signed confirmation"),
            os.path.join(remembered_folder(), best.file_name),
            self.tr("Signed confirmation (*%1)").replace("%1", suffix),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if not path.suffix:
            path = path.with_name(path.name + suffix)
        if checked_save_path(self, path) is None:
            return None
        remember_folder(path)
        try:
            data = signatures.signature_bytes(best.id)
        except RefundsError as error:
            show_error(self, error)
            return None
        return path if self._write(path, data) else None


class BatchPrintBar(QWidget):
    """Print or save the refunds selected in the list; ``selected`` names them."""

    def __init__(
        self, print_bar: PrintBar, selected: Callable[[], list[str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._selected = selected
        self.print_button = QPushButton(self.tr("Print selected…"))
        self.print_button.setObjectName("printSelectedButton")
        self.save_button = QPushButton(self.tr("Save selected as PDF…"))
        self.save_button.setObjectName("saveSelectedButton")
        self.print_button.clicked.connect(lambda: print_bar.print_refunds(self._selected()))
        self.save_button.clicked.connect(lambda: print_bar.save_refunds(self._selected()))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        self.update_buttons()

    def update_buttons(self) -> None:
        """Enabled while at least one refund is selected; the text says how many."""
        count = len(self._selected())
        for button in (self.print_button, self.save_button):
            button.setEnabled(count > 0)
        self.print_button.setToolTip(self.tr("%Ln refund(s) selected", "", count))
        self.save_button.setToolTip(self.print_button.toolTip())


def preview_refund(
    session: Session, refund_no: str, parent: QWidget
) -> ConfirmationPreviewDialog | None:
    """Ctrl+P outside the Refunds view (a follow-up row, an order with refunds): the refund's
    confirmation in the same preview, through one hidden print bar kept by the window, so the
    layout and language chosen last are used and a print from the preview is counted."""
    window = parent.window()
    bar = window.findChild(PrintBar, "sharedPrintBar")
    if bar is None:
        bar = PrintBar(session, window)
        bar.setObjectName("sharedPrintBar")
        bar.hide()
    bar.set_refund(refund_no)
    return bar.preview()
