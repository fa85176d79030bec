"""The daily closing from the reports view, and checking its code in the audit view."""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import audit, orders, refund_decisions, refund_requests
from merchant_refunds.services.payouts import arrival, sending
from merchant_refunds.storage import models as m
from merchant_refunds.ui.audit.audit_view import AuditView
from merchant_refunds.ui.common import computer_settings
from merchant_refunds.ui.common.tasks import wait_for_tasks
from merchant_refunds.ui.reports.closing_dialog import ClosingDialog
from merchant_refunds.ui.reports.reports_view import ReportsView
from tests.factories import tea_order
from tests.tamper import unguard
from tests.ui.helpers import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture(autouse=True)
def _settle(qtbot, db_path, tmp_path: Path) -> Iterator[None]:
    computer_settings.use_file(tmp_path / "computer.ini")
    yield
    wait_for_tasks()
    computer_settings.use_file(None)


def _completed_refund(owner, clerk) -> str:
    orders.create_order(clerk, tea_order("TB2001"))
    request = refund_requests.RefundRequest("TB2001", Selection({1: 1}), ReasonCode.QUALITY_PROBLEM)
    refund_no = refund_requests.request_refund(clerk, request).refund_no
    refund_decisions.approve(owner, refund_no)
    sending.record_payout(owner, refund_no)
    arrival.confirm_received(owner, refund_no)
    return refund_no


def _closings() -> int:
    return m.AuditEvent.select().where(m.AuditEvent.action == "closing.record").count()


def _open(qtbot, session) -> ClosingDialog:
    view = ReportsView(session)
    qtbot.addWidget(view)
    view.show()
    assert view.closing_button.isEnabled()
    view.closing_button.click()
    dialog = view.closing_dialog
    assert isinstance(dialog, ClosingDialog) and dialog.isVisible()
    assert wait_for_tasks()  # the day's figures are added up off the GUI thread
    return dialog


def test_the_reports_action_previews_then_saves_a_recorded_closing(
    qtbot, make_session, owner, clerk, tmp_path, monkeypatch
):
    _completed_refund(owner, clerk)
    dialog = _open(qtbot, make_session(owner))
    assert "Total refunded (completed)" in dialog.figures.text()
    assert "114.38" in dialog.figures.text()

    assert dialog.preview() is not None
    assert wait_for_tasks()
    preview = dialog.preview_dialog
    assert preview is not None and preview.isVisible()
    out = tmp_path / "preview.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    preview.paintRequested.emit(printer)
    assert len(PdfReader(out).pages) == 1
    assert _closings() == 0  # a preview is only a look
    preview.close()

    target = tmp_path / "closing"
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *_args: (str(target), "PDF files (*.pdf)")),
    )
    dialog.save_button.click()
    assert wait_for_tasks()
    saved = tmp_path / "closing.pdf"  # .pdf added to a name typed without it
    assert dialog.saved_to == saved and _closings() == 1
    head = audit.chain_head()
    assert head is not None and dialog.last_result is not None
    assert dialog.last_result.recorded == head  # the paper pins the closing's own record
    assert head.code in dialog.anchor_label.text()
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(saved.read_bytes())).pages)
    assert head.code in text and "Daily Closing" in text and "日结单" in text


def test_printing_records_the_closing_then_paints_it(qtbot, make_session, owner, clerk, tmp_path):
    _completed_refund(owner, clerk)
    dialog = _open(qtbot, make_session(owner))
    dialog.lang_box.setCurrentIndex(dialog.lang_box.findData("en"))
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    assert dialog.print_to(printer) is not None
    assert wait_for_tasks()
    assert dialog.printed_pages == 1
    assert _closings() == 1 and printer.docName() == "Daily closing 2026-11-26"
    assert len(PdfReader(out).pages) == 1


def test_a_clerk_has_no_closing(qtbot, make_session, clerk):
    view = ReportsView(make_session(clerk))
    qtbot.addWidget(view)
    view.show()
    assert not view.closing_button.isEnabled()
    assert view.open_closing() is None


@pytest.mark.tampers
def test_the_audit_view_checks_a_closing_code(qtbot, make_session, owner, clerk, db_path):
    _completed_refund(owner, clerk)
    dialog = _open(qtbot, make_session(owner))
    assert dialog.save_to(db_path.parent / "c.pdf") is not None
    assert wait_for_tasks() and dialog.saved_to == db_path.parent / "c.pdf"
    anchor = audit.chain_head()
    assert anchor is not None
    view = AuditView(make_session(owner))
    qtbot.addWidget(view)
    view.show()
    view.anchor_field.setText(anchor.code.lower())
    with qtbot.waitSignal(view.code_checked, timeout=10_000) as checked:
        view.anchor_button.click()
    assert checked.args == [True] and "The code holds" in view.anchor_result.text()

    with sqlite3.connect(db_path) as con:
        unguard(con)
        con.execute("DELETE FROM audit_event WHERE id >= ?", (anchor.event_id - 1,))
    con.close()
    with qtbot.waitSignal(view.code_checked, timeout=10_000) as checked:
        view.anchor_button.click()
    assert checked.args == [False]
    assert "no longer in the audit trail" in view.anchor_result.text()

    view.anchor_field.setText("A12-nonsense")
    with qtbot.waitSignal(view.code_checked, timeout=10_000) as checked:
        view.anchor_field.returnPressed.emit()
    assert checked.args == [False] and "Not an anchor code" in view.anchor_result.text()
