"""Printing refund confirmations from the refunds view: preview, print, save as PDF, batches.

PDFs are read back with pypdf. What a printer receives is painted by Qt from the rendered
confirmation, so it is checked through a PDF-file printer: its pages, paper size and job title.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QFileDialog, QPushButton

from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import audit, confirmations, orders, refund_requests
from merchant_refunds.ui.common import computer_settings
from merchant_refunds.ui.common.tasks import wait_for_tasks
from merchant_refunds.ui.refunds import print_actions
from merchant_refunds.ui.refunds.print_actions import ConfirmationPreviewDialog
from merchant_refunds.ui.refunds.refunds_view import RefundsView
from tests.factories import tea_order
from tests.ui.helpers import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

RECEIPT_WIDTH_PT = 80 / 25.4 * 72


@pytest.fixture(autouse=True)
def _settle(qtbot, db_path, tmp_path: Path) -> Iterator[None]:
    computer_settings.use_file(tmp_path / "computer.ini")
    yield
    wait_for_tasks()
    computer_settings.use_file(None)


def _refund(actor, order_no: str) -> str:
    orders.create_order(actor, tea_order(order_no))
    request = refund_requests.RefundRequest(
        order_no, Selection({1: 1}, shipping=True), ReasonCode.QUALITY_PROBLEM
    )
    return refund_requests.request_refund(actor, request).refund_no


def _view(qtbot, session, refund_no: str | None = None) -> RefundsView:
    view = RefundsView(session)
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.show()
    if refund_no is not None:
        qtbot.waitUntil(lambda: view.detail.title.text().startswith(f"Refund {refund_no}"))
    return view


def _text(pdf: bytes | Path) -> str:
    data = pdf.read_bytes() if isinstance(pdf, Path) else pdf
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _save_as(monkeypatch: pytest.MonkeyPatch, chosen: Path) -> list[str]:
    """Answer the save dialog with ``chosen``; return the folders it was opened in."""
    asked: list[str] = []

    def fake(_parent, _caption, start, _filter):
        asked.append(start)
        return str(chosen), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return asked


def _prints(refund_no: str) -> int:
    return sum(e.action == "refund.print" for e in audit.events_for("refund", refund_no))


def test_preview_paints_the_pages_and_is_not_a_print(qtbot, make_session, clerk, tmp_path):
    refund_no = _refund(clerk, "TB1001")
    view = _view(qtbot, make_session(clerk), refund_no)
    assert view.print_bar.options.lang() == "zh"  # the session's locale
    dialog = view.print_bar.preview()
    assert isinstance(dialog, ConfirmationPreviewDialog) and dialog.isVisible()
    dialog.grab().save(str(tmp_path / "preview.png"))

    out = tmp_path / "preview.pdf"
    dialog.paintRequested.emit(_pdf_printer(out))
    printed = PdfReader(out)
    rendered = PdfReader(io.BytesIO(dialog.pdfs[0]))
    assert len(printed.pages) == len(rendered.pages) == dialog.page_count >= 1
    assert printed.metadata.title == f"退款确认单 {refund_no}"
    assert len(printed.pages[0].images) == 1  # the confirmation page, painted
    assert round(float(printed.pages[0].mediabox.width)) == 595  # A4
    assert refund_no in _text(dialog.pdfs[0])
    assert "副本" not in _text(dialog.pdfs[0])
    assert confirmations.print_count(refund_no) == 0  # previewing prints nothing
    dialog.close()

    # Once printed, the preview shows what a reprint will be: a copy.
    confirmations.record_print(clerk, refund_no)
    dialog = view.print_bar.preview()
    dialog.options.set_lang("en")
    out = tmp_path / "reprint.pdf"
    dialog.paintRequested.emit(_pdf_printer(out))
    assert PdfReader(out).metadata.title == f"Refund Confirmation {refund_no} COPY"
    assert "COPY" in _text(dialog.pdfs[0])
    assert refund_no in _text(dialog.pdfs[0])
    dialog.close()


def test_receipt_layout_prints_on_an_80_mm_roll(qtbot, make_session, clerk, tmp_path):
    refund_no = _refund(clerk, "TB1001")
    view = _view(qtbot, make_session(clerk), refund_no)
    view.print_bar.options.set_layout("receipt80")
    dialog = view.print_bar.preview()
    out = tmp_path / "receipt.pdf"
    dialog.paintRequested.emit(_pdf_printer(out))
    page = PdfReader(out).pages[0]
    assert float(page.mediabox.width) == pytest.approx(RECEIPT_WIDTH_PT, abs=1)
    assert float(page.mediabox.height) > 2 * RECEIPT_WIDTH_PT  # a long strip, not a sheet
    dialog.close()


def test_save_as_pdf_writes_the_file_counts_it_and_remembers_the_folder(
    qtbot, make_session, clerk, tmp_path, monkeypatch
):
    refund_no = _refund(clerk, "TB1001")
    view = _view(qtbot, make_session(clerk), refund_no)
    folder = tmp_path / "papers"
    folder.mkdir()
    _save_as(monkeypatch, folder / "first")  # no extension typed: .pdf is added
    qtbot.mouseClick(view.print_bar.save_button, Qt.MouseButton.LeftButton)
    first = folder / "first.pdf"
    assert refund_no in _text(first)
    assert "副本" not in _text(first)
    assert _prints(refund_no) == 1
    qtbot.waitUntil(lambda: "Confirmation printed" in view.detail.text())

    asked = _save_as(monkeypatch, folder / "again.pdf")
    qtbot.mouseClick(view.print_bar.save_button, Qt.MouseButton.LeftButton)
    assert asked == [str(folder / f"{refund_no}.pdf")]  # opened in the last folder
    assert "副本" in _text(folder / "again.pdf")
    assert _prints(refund_no) == 2
    assert sorted(p.name for p in folder.iterdir()) == ["again.pdf", "first.pdf"]  # no temp files


def test_a_failed_save_says_so_and_counts_nothing(
    qtbot, make_session, clerk, tmp_path, monkeypatch
):
    refund_no = _refund(clerk, "TB1001")
    view = _view(qtbot, make_session(clerk), refund_no)
    _save_as(monkeypatch, tmp_path / "missing-folder" / "x.pdf")
    qtbot.mouseClick(view.print_bar.save_button, Qt.MouseButton.LeftButton)
    box = view.print_bar.message_box
    assert box is not None and box.isVisible()
    assert box.text() == f"Could not save {tmp_path / 'missing-folder' / 'x.pdf'}"
    assert _prints(refund_no) == 0
    box.close()


def test_no_printer_says_save_as_pdf_instead(qtbot, make_session, clerk, monkeypatch):
    refund_no = _refund(clerk, "TB1001")
    view = _view(qtbot, make_session(clerk), refund_no)
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: []))
    qtbot.mouseClick(view.print_bar.print_button, Qt.MouseButton.LeftButton)
    box = view.print_bar.message_box
    assert box is not None and box.isVisible()
    assert box.text() == "No printer is set up; save as PDF instead"
    assert view.print_bar.print_dialog is None
    assert _prints(refund_no) == 0
    box.close()


def test_printing_sends_one_job_and_counts_each_refund(qtbot, make_session, clerk, tmp_path):
    first = _refund(clerk, "TB1001")
    second = _refund(clerk, "TB1002")
    view = _view(qtbot, make_session(clerk), second)
    out = tmp_path / "job.pdf"
    # What happens once the print dialog is accepted, with a PDF-file printer chosen.
    view.print_bar.print_to(_pdf_printer(out), [second], "a4", "en")
    assert confirmations.print_count(second) == 1
    assert PdfReader(out).metadata.title == f"Refund Confirmation {second}"

    out = tmp_path / "batch-job.pdf"
    view.print_bar.print_to(_pdf_printer(out), [second, first], "a4", "en")
    qtbot.waitUntil(lambda: confirmations.print_count(first) == 1)
    assert confirmations.print_count(second) == 2
    assert len(PdfReader(out).pages) == 2
    assert PdfReader(out).metadata.title == f"Refund Confirmation {second} (+1) COPY"


def test_batch_save_of_three_refunds_makes_one_pdf(
    qtbot, make_session, clerk, tmp_path, monkeypatch
):
    numbers = [_refund(clerk, f"TB100{i}") for i in range(1, 4)]
    view = _view(qtbot, make_session(clerk), numbers[-1])
    assert not view.batch_bar.save_button.isEnabled() or view.selected_refund_nos()
    view.table.selectAll()
    assert sorted(view.selected_refund_nos()) == sorted(numbers)
    assert view.batch_bar.save_button.isEnabled()
    target = tmp_path / "batch.pdf"
    _save_as(monkeypatch, target)
    qtbot.mouseClick(view.batch_bar.save_button, Qt.MouseButton.LeftButton)
    assert view.print_bar.progress is not None
    qtbot.waitUntil(lambda: target.exists() and view.print_bar.progress is None)
    text = _text(target)
    for number in numbers:
        assert number in text
        assert confirmations.print_count(number) == 1
    assert len(PdfReader(target).pages) == 3
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []


def test_a_cancelled_batch_leaves_no_file_and_counts_nothing(
    qtbot, make_session, clerk, tmp_path, monkeypatch
):
    numbers = [_refund(clerk, f"TB100{i}") for i in range(1, 4)]
    view = _view(qtbot, make_session(clerk), numbers[-1])
    view.table.selectAll()
    target = tmp_path / "cancelled.pdf"
    _save_as(monkeypatch, target)
    progress_seen: list[int] = []

    def cancel_on_first_progress(done: int, _total: int) -> None:
        progress_seen.append(done)
        cancel_button = view.print_bar.progress.findChild(QPushButton)
        qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)

    qtbot.mouseClick(view.batch_bar.save_button, Qt.MouseButton.LeftButton)
    task = view.print_bar.batch_task
    task.progress.connect(cancel_on_first_progress)
    qtbot.waitUntil(lambda: task.done)
    wait_for_tasks()
    assert task.cancelled
    assert progress_seen == [1]  # stopped after the first confirmation
    assert not target.exists()
    assert list(tmp_path.glob("*.part")) == []
    assert all(confirmations.print_count(n) == 0 for n in numbers)


def test_print_selected_without_printer_says_so(qtbot, make_session, clerk, monkeypatch):
    numbers = [_refund(clerk, f"TB100{i}") for i in range(1, 3)]
    view = _view(qtbot, make_session(clerk), numbers[-1])
    view.table.selectAll()
    monkeypatch.setattr(print_actions.QPrinterInfo, "availablePrinters", staticmethod(list))
    qtbot.mouseClick(view.batch_bar.print_button, Qt.MouseButton.LeftButton)
    assert view.print_bar.message_box.text() == "No printer is set up; save as PDF instead"
    view.print_bar.message_box.close()


class _FakePrinterInfo:
    def __init__(self, name: str) -> None:
        self._name = name

    def printerName(self) -> str:
        return self._name


class _NamedPdfPrinter(QPrinter):
    """A PDF-file printer that answers with a shop printer's name, as if chosen in the dialog."""

    def printerName(self) -> str:
        return "Counter"


def test_the_printer_used_is_remembered_and_preselected_next_time(
    qtbot, make_session, clerk, tmp_path, monkeypatch
):
    refund_no = _refund(clerk, "TB1001")
    view = _view(qtbot, make_session(clerk), refund_no)
    printer = _NamedPdfPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "counter.pdf"))
    view.print_bar.print_to(printer, [refund_no], "a4", "zh")
    assert computer_settings.computer_settings().value(print_actions.SETTINGS_PRINTER) == "Counter"
    assert _prints(refund_no) == 1

    monkeypatch.setattr(
        QPrinterInfo,
        "availablePrinters",
        staticmethod(lambda: [_FakePrinterInfo("Office"), _FakePrinterInfo("Counter")]),
    )
    chosen: list[str] = []
    monkeypatch.setattr(QPrinter, "setPrinterName", lambda _self, name: chosen.append(name))
    dialog = view.print_bar.print_refunds([refund_no])
    assert dialog is not None and dialog.isVisible()
    assert chosen == ["Counter"]
    dialog.reject()
    assert _prints(refund_no) == 1  # cancelled: nothing more printed or counted

    # A remembered printer that was removed is not forced on the dialog.
    computer_settings.computer_settings().setValue(print_actions.SETTINGS_PRINTER, "Gone")
    chosen.clear()
    view.print_bar.print_refunds([refund_no]).reject()
    assert chosen == []


def test_print_from_the_preview_goes_through_the_counted_print(
    qtbot, make_session, clerk, monkeypatch
):
    refund_no = _refund(clerk, "TB1001")
    view = _view(qtbot, make_session(clerk), refund_no)
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: []))
    dialog = view.print_bar.preview()
    dialog.options.set_layout("letter")
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert view.print_bar.options.layout_key() == "letter"  # the preview's choice carries over
    assert view.print_bar.message_box.text() == "No printer is set up; save as PDF instead"
    view.print_bar.message_box.close()
