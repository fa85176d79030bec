"""Every slow operation of the reports, the audit check and the exchange print shows the
progress window and the busy cursor while it runs off the GUI thread, cannot be started a second
time meanwhile, and closes both when done. The services are held on an Event, so "slow" needs no
large database."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import closing, exchanges, orders, returned_goods
from merchant_refunds.services.exchanges import ItemOut
from merchant_refunds.ui.common import computer_settings, i18n
from merchant_refunds.ui.common.progress import ProgressWindow
from merchant_refunds.ui.common.tasks import wait_for_tasks
from merchant_refunds.ui.orders import exchange_actions
from merchant_refunds.ui.orders.exchange_actions import ExchangeActions
from merchant_refunds.ui.reports import credit_balances_dialog
from merchant_refunds.ui.reports.closing_dialog import ClosingDialog
from merchant_refunds.ui.reports.credit_balances_dialog import CreditBalancesDialog
from merchant_refunds.ui.reports.reconcile_dialog import ReconcileDialog
from merchant_refunds.ui.reports.reports_view import ReportsView
from merchant_refunds.ui.reports.stock_dialog import StockLedgerDialog
from tests import statement_samples as samples
from tests.factories import tea_order
from tests.ui.helpers import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

LABELS = {
    i18n.ENGLISH: {
        "reconcile": "Reading the statement and matching payouts…",
        "report": "Writing the report…",
        "stock": "Reading the stock ledger…",
        "credit": "Adding up the store-credit balances…",
        "closing": "Adding up the day…",
        "exchange": "Preparing the exchange confirmation…",
        "audit": "Checking the audit trail…",
    },
    i18n.CHINESE: {
        "reconcile": "正在读取对账单并匹配付款…",
        "report": "正在生成报表…",
        "stock": "正在读取库存台账…",
        "credit": "正在汇总店铺余额…",
        "closing": "正在汇总当日数据…",
        "exchange": "正在准备换货确认单…",
        "audit": "正在校验审计记录…",
    },
}


@pytest.fixture(params=[i18n.ENGLISH, i18n.CHINESE])
def language(request) -> Iterator[str]:
    i18n.apply_language(request.param)
    yield request.param
    i18n.apply_language(i18n.ENGLISH)


@pytest.fixture(autouse=True)
def _settle(qtbot, db_path, tmp_path: Path) -> Iterator[None]:
    computer_settings.use_file(tmp_path / "computer.ini")
    yield
    wait_for_tasks()
    computer_settings.use_file(None)


@pytest.fixture
def gate(monkeypatch) -> Iterator[Callable[[object, str], threading.Event]]:
    """``gate(module, name)`` holds that function until the returned Event is set."""
    events: list[threading.Event] = []

    def hold(module: object, name: str) -> threading.Event:
        event = threading.Event()
        real = getattr(module, name)

        def slow(*args: Any, **kwargs: Any) -> Any:
            event.wait(20)
            return real(*args, **kwargs)

        monkeypatch.setattr(module, name, slow)
        events.append(event)
        return event

    yield hold
    for event in events:  # never leave a worker waiting
        event.set()


def _session(make_session, actor, language: str):
    session = make_session(actor)
    session.locale = language if language == i18n.CHINESE else "en"
    return session


def _visible(parent: QWidget) -> list[ProgressWindow]:
    return [w for w in parent.findChildren(ProgressWindow) if w.isVisible()]


def _shows_progress(qtbot, parent: QWidget, label: str) -> None:
    qtbot.waitUntil(lambda: len(_visible(parent)) == 1, timeout=5000)
    assert _visible(parent)[0].labelText() == label
    cursor = QGuiApplication.overrideCursor()
    assert cursor is not None and cursor.shape() == Qt.CursorShape.WaitCursor


def _closes_after(event: threading.Event, parent: QWidget) -> None:
    event.set()
    assert wait_for_tasks()
    assert _visible(parent) == []
    assert QGuiApplication.overrideCursor() is None


def test_reconciling_shows_progress(qtbot, make_session, owner, gate, tmp_path, language):
    from merchant_refunds.imports import statements

    held = gate(statements, "read_statement")
    dialog = ReconcileDialog(_session(make_session, owner, language))
    qtbot.addWidget(dialog)
    dialog.show()
    path = samples.alipay(tmp_path / "alipay.csv", [samples.Refund("2026112600001", "66.00")])
    dialog.file_edit.setText(str(path))
    assert dialog.preview() is not None
    assert dialog.preview() is None and not dialog.preview_button.isEnabled()
    _shows_progress(qtbot, dialog, LABELS[language]["reconcile"])
    _closes_after(held, dialog)
    assert dialog.report is not None and dialog.preview_button.isEnabled()


def test_the_report_pdf_shows_progress(qtbot, make_session, owner, gate, tmp_path, language):
    from merchant_refunds.exports import report_pdf

    held = gate(report_pdf, "write_report")
    view = ReportsView(_session(make_session, owner, language))
    qtbot.addWidget(view)
    view.show()
    assert wait_for_tasks()
    assert view.save_pdf(tmp_path / "report.pdf") is not None
    assert view.save_pdf(tmp_path / "again.pdf") is None and not view.pdf_button.isEnabled()
    _shows_progress(qtbot, view, LABELS[language]["report"])
    _closes_after(held, view)
    assert (tmp_path / "report.pdf").exists() and not (tmp_path / "again.pdf").exists()
    assert view.pdf_button.isEnabled()


def test_the_stock_ledger_reads_off_the_gui_thread(qtbot, make_session, owner, gate, language):
    held = gate(returned_goods, "stock_ledger")
    dialog = StockLedgerDialog(
        _session(make_session, owner, language), date(2026, 11, 1), date(2026, 11, 30)
    )  # the constructor returned while the ledger is still being read
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.save_button.isEnabled()
    _shows_progress(qtbot, dialog, LABELS[language]["stock"])
    _closes_after(held, dialog)
    assert dialog.save_button.isEnabled() and dialog.totals.rowCount() == 0


def test_the_credit_balances_show_progress(
    qtbot, make_session, accountant, gate, tmp_path, language
):
    held = gate(credit_balances_dialog, "export_balances")
    dialog = CreditBalancesDialog(_session(make_session, accountant, language), date(2026, 11, 30))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.save_to(tmp_path / "credit.csv") is not None
    assert dialog.save_to(tmp_path / "again.csv") is None
    _shows_progress(qtbot, dialog, LABELS[language]["credit"])
    _closes_after(held, dialog)
    assert dialog.result_value is not None and (tmp_path / "credit.csv").exists()
    assert not (tmp_path / "again.csv").exists()


def test_the_daily_closing_adds_up_behind_progress(qtbot, make_session, owner, gate, language):
    held = gate(closing, "compute_closing")
    dialog = ClosingDialog(_session(make_session, owner, language))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.preview() is None and not dialog.save_button.isEnabled()
    _shows_progress(qtbot, dialog, LABELS[language]["closing"])
    _closes_after(held, dialog)
    assert dialog.last_result is not None and dialog.save_button.isEnabled()


def test_the_exchange_print_renders_behind_progress(
    qtbot, make_session, clerk, gate, tmp_path, language
):
    order_no = orders.create_order(clerk, tea_order()).order.order_no
    request = exchanges.ExchangeRequest(
        order_no, {1: 1}, (ItemOut("TEA-09", "大红袍", 30000, 1),), ReasonCode.WRONG_ITEM,
        receipt_no="POS-9",
    )  # fmt: skip
    exchange_no = exchanges.record_exchange(clerk, request).exchange_no
    held = gate(exchange_actions, "render_exchange")
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    actions = ExchangeActions(_session(make_session, clerk, language), window)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "exchange.pdf"))
    assert actions.print_to(printer, exchange_no, "a4", "en") is not None
    assert actions.print_to(printer, exchange_no, "a4", "en") is None
    _shows_progress(qtbot, window, LABELS[language]["exchange"])
    _closes_after(held, window)
    assert actions.printed_pages == 1


def test_checking_the_audit_trail_shows_progress(qtbot, make_session, owner, gate, language):
    from merchant_refunds.services import audit_log
    from merchant_refunds.ui.audit.audit_view import AuditView

    held = gate(audit_log, "verify")
    view = AuditView(_session(make_session, owner, language))
    qtbot.addWidget(view)
    view.show()
    assert wait_for_tasks()
    view.verify_button.click()
    assert not view.verify_button.isEnabled()
    _shows_progress(qtbot, view, LABELS[language]["audit"])
    _closes_after(held, view)
    assert view.report is not None and view.verify_button.isEnabled()
