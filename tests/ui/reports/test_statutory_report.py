"""The law's refund deadline looked back on: the share paid in time per month in the reports
view, and the refunds past it in the daily closing; in English and Chinese."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from merchant_refunds.domain.order import Customer
from merchant_refunds.services import orders, refund_decisions, refund_goods, refund_requests
from merchant_refunds.services.payouts import sending
from merchant_refunds.ui.common import computer_settings, i18n
from merchant_refunds.ui.common.tasks import wait_for_tasks
from merchant_refunds.ui.reports.closing_dialog import ClosingDialog
from merchant_refunds.ui.reports.reports_view import ReportsView
from tests.factories import FIXED_NOW, tea_order
from tests.services.test_services_refunds import req
from tests.ui.followup.test_deadlines_ui import at
from tests.ui.helpers import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture(autouse=True)
def _settle(qtbot, db_path, tmp_path: Path) -> Iterator[None]:
    computer_settings.use_file(tmp_path / "computer.ini")
    yield
    wait_for_tasks()
    computer_settings.use_file(None)


@pytest.fixture(params=[i18n.ENGLISH, i18n.CHINESE])
def language(request) -> Iterator[str]:
    i18n.apply_language(request.param)
    yield request.param
    i18n.apply_language(i18n.ENGLISH)


def returned(owner, clerk, order_no: str) -> str:
    customer = Customer("王小芳", "13800138000", "wxf@example.com", "CN")
    orders.create_order(clerk, tea_order(order_no, customer=customer))
    refund = refund_requests.request_refund(clerk, req(order_no, goods_return=True)).refund_no
    refund_decisions.approve(owner, refund)
    refund_goods.record_goods_received(clerk, refund)
    return refund


def one_late_one_in_time(owner, clerk) -> str:
    """Goods back on 26 November (legal last day 3 December): one paid on the 29th, one not."""
    late = returned(owner, clerk, "R1")
    in_time = returned(owner, clerk, "R2")
    at(FIXED_NOW + timedelta(days=3))
    sending.record_payout(owner, in_time)
    at(FIXED_NOW + timedelta(days=9))
    return late


def test_reports_show_the_share_paid_within_the_legal_limit(
    qtbot, make_session, owner, clerk, language
):
    one_late_one_in_time(owner, clerk)
    view = ReportsView(make_session(owner))
    qtbot.addWidget(view)
    view.set_period(date(2026, 11, 1), date(2026, 12, 31))
    with qtbot.waitSignal(view.report_shown, timeout=10_000):
        view.refresh()
    assert view.statutory_rows == [("2026-12", "1", "1", "50.0%")]
    title, head = {
        i18n.ENGLISH: ("Paid within the legal refund deadline", "Share in time"),
        i18n.CHINESE: ("在法定退款期限内付款", "按时比例"),
    }[language]
    assert title in view.statutory_title.text()
    assert head in view.statutory.text() and "50.0%" in view.statutory.text()

    view.set_period(date(2026, 11, 1), date(2026, 11, 30))
    with qtbot.waitSignal(view.report_shown, timeout=10_000):
        view.refresh()
    assert view.statutory_rows == []
    empty = {
        i18n.ENGLISH: "No refund's legal deadline fell in this period.",
        i18n.CHINESE: "本期间没有退款的法定期限到期。",
    }[language]
    assert view.statutory.text() == empty


def test_daily_closing_lists_the_refunds_past_the_legal_deadline(
    qtbot, make_session, owner, clerk, language
):
    late = one_late_one_in_time(owner, clerk)
    dialog = ClosingDialog(make_session(owner))
    qtbot.addWidget(dialog)
    dialog.set_day(date(2026, 12, 4))  # the first day ending past the last day
    assert wait_for_tasks()
    result = dialog.last_result
    assert result is not None and [r.refund_no for r in result.late_statutory] == [late]
    line = {
        i18n.ENGLISH: f"{late} · legal last day 2026年12月3日 · not paid yet",
        i18n.CHINESE: f"{late} · 法定最后期限2026年12月3日 · 尚未付款",
    }[language]
    assert dialog.late_lines(result) == [line]
    assert line in dialog.figures.text()
    dialog.set_day(date(2026, 12, 3))  # the last day itself: still in time
    assert wait_for_tasks()
    assert dialog.last_result is not None and dialog.last_result.late_statutory == ()
    assert line not in dialog.figures.text()


def test_the_report_pdf_carries_the_share_paid_in_time(
    qtbot, make_session, owner, clerk, tmp_path: Path, language
):
    import io

    from pypdf import PdfReader

    one_late_one_in_time(owner, clerk)
    session = make_session(owner)
    session.locale = "en" if language == i18n.ENGLISH else "zh_CN"  # the report's language
    view = ReportsView(session)
    qtbot.addWidget(view)
    view.set_period(date(2026, 11, 1), date(2026, 12, 31))
    target = tmp_path / "report.pdf"
    task = view.save_pdf(target)
    assert task is not None
    qtbot.waitUntil(lambda: target.exists(), timeout=20_000)
    assert wait_for_tasks()
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    text = "".join(page.extract_text() for page in reader.pages)
    if language == i18n.CHINESE:
        assert "在法定退款期限内付款" in text and "按时比例" in text
    else:
        assert "Paid within the legal refund deadline" in text and "Share in time" in text
    assert "2026-12" in text and "50.0%" in text
