"""Reconcile from the reports view: the accountant previews a statement (nothing changes),
reconciles it, sees both lists and saves them; a clerk has no button; a bad file shows an error
and changes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import orders, refund_decisions, refund_requests
from merchant_refunds.services.payouts import sending
from merchant_refunds.storage import models as m
from merchant_refunds.ui.common import computer_settings
from merchant_refunds.ui.common.tasks import wait_for_tasks
from merchant_refunds.ui.reports.reconcile_dialog import ReconcileDialog
from merchant_refunds.ui.reports.reports_view import ReportsView
from tests import statement_samples as samples
from tests.factories import tea_order
from tests.ui.helpers import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture(autouse=True)
def _settle(qtbot, db_path, tmp_path: Path) -> Iterator[None]:
    computer_settings.use_file(tmp_path / "computer.ini")
    yield
    wait_for_tasks()
    computer_settings.use_file(None)


def _paid(owner, clerk, order_no: str) -> m.Payout:
    orders.create_order(clerk, tea_order(order_no))
    request = refund_requests.RefundRequest(order_no, Selection({1: 1}), ReasonCode.QUALITY_PROBLEM)
    refund_no = refund_requests.request_refund(clerk, request).refund_no
    refund_decisions.approve(owner, refund_no)
    sending.record_payout(owner, refund_no)
    return m.Payout.get(m.Payout.refund == m.Refund.get(m.Refund.refund_no == refund_no))


def _state() -> tuple:
    return tuple(sorted(model.select().tuples(), key=repr) for model in m.ALL_MODELS)


def _statement(tmp_path: Path, payout: m.Payout) -> Path:
    major = f"{payout.amount // 100}.{payout.amount % 100:02d}"
    return samples.alipay(
        tmp_path / "alipay.csv",
        [
            samples.Refund("20261126000000010002", major, order_no="TB3001"),
            samples.Refund("20261126000000010003", "66.00", order_no="ELSEWHERE"),
        ],
    )


def _dialog(qtbot, session) -> ReconcileDialog:
    view = ReportsView(session)
    qtbot.addWidget(view)
    view.show()
    assert view.reconcile_button.isEnabled()
    view.reconcile_button.click()
    dialog = view.reconcile_dialog
    assert isinstance(dialog, ReconcileDialog) and dialog.isVisible()
    return dialog


def test_the_accountant_previews_reconciles_and_saves_the_lists(
    qtbot, make_session, owner, clerk, accountant, tmp_path
):
    arriving = _paid(owner, clerk, "TB3001")
    waiting = _paid(owner, clerk, "TB3002")
    dialog = _dialog(qtbot, make_session(accountant))
    assert not dialog.preview_button.isEnabled() and not dialog.apply_button.isEnabled()
    dialog.file_edit.setText(str(_statement(tmp_path, arriving)))
    before = _state()

    dialog.preview_button.click()
    wait_for_tasks()
    assert "Would mark 1 payouts arrived" in dialog.summary.text()
    assert _state() == before
    assert dialog.unmatched_table.rowCount() == 1
    assert dialog.unmatched_table.item(0, 4).text() == "No payout here"
    assert dialog.missing_table.item(0, 0).text() == waiting.refund.refund_no

    assert dialog.apply_button.isEnabled()
    dialog.apply_button.click()
    wait_for_tasks()
    assert "Marked 1 payouts arrived and completed 1 refunds" in dialog.summary.text()
    assert m.Payout.get_by_id(arriving.id).status == "received"
    assert not dialog.apply_button.isEnabled()  # a new preview first

    saved = dialog.save_list("missing", tmp_path / "missing.xlsx")
    book = openpyxl.load_workbook(saved, read_only=True)
    rows = list(book.active.values)
    book.close()
    assert rows[0][0] == "退款单号"  # the session's language (zh_CN)
    assert rows[1][0] == waiting.refund.refund_no


def test_a_clerk_has_no_reconcile_button(qtbot, make_session, clerk):
    view = ReportsView(make_session(clerk))
    qtbot.addWidget(view)
    assert not view.reconcile_button.isEnabled()
    assert view.open_reconcile() is None


def test_a_bad_file_shows_an_error_and_changes_nothing(
    qtbot, make_session, owner, clerk, accountant, tmp_path, monkeypatch
):
    _paid(owner, clerk, "TB3001")
    shown: list[str] = []
    monkeypatch.setattr(
        "merchant_refunds.ui.reports.reconcile_dialog.show_error",
        lambda parent, error: shown.append(str(error)),
    )
    dialog = _dialog(qtbot, make_session(accountant))
    bad = tmp_path / "bad.csv"
    bad.write_text("hello,world\n")
    dialog.file_edit.setText(str(bad))
    before = _state()
    dialog.preview_button.click()
    wait_for_tasks()
    assert shown and "bad.csv is not a statement" in shown[0]
    assert dialog.report is None and not dialog.apply_button.isEnabled()
    assert _state() == before
