"""Issue 13 gaps closed in the reports view: the on-screen report lists single-owner
self-approvals (as the PDF report and the closing do), and the accountant saves the store-credit
balances at a date (account 2241) from the GUI, not only from the command line."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from merchant_refunds.domain.lifecycle import PayoutMethod
from merchant_refunds.services import refund_decisions, store_credit
from merchant_refunds.services.payouts import sending
from merchant_refunds.services.refund_requests import Destination
from merchant_refunds.ui.common import i18n
from merchant_refunds.ui.common.tasks import wait_for_tasks
from merchant_refunds.ui.reports.reports_view import ReportsView
from tests.services.test_approvals import big
from tests.services.test_payouts import small_approved

DAY = date(2026, 11, 26)  # the fixed clock's day


@pytest.mark.parametrize("language", [i18n.ENGLISH, i18n.CHINESE])
def test_the_report_on_screen_lists_the_self_approval(qtbot, make_session, owner, language):
    refund_no = big(owner)
    refund_decisions.self_approve(owner, refund_no, "1234")
    locale = i18n.apply_language(language)
    try:
        session = make_session(owner)
        session.locale = locale
        view = ReportsView(session)
        qtbot.addWidget(view)
        view.set_period(date(2026, 11, 1), DAY)
        with qtbot.waitSignal(view.report_shown, timeout=10_000):
            view.show_button.click()
        text = view.summary.text()
        title = "Single-owner self-approval (1)"
        if language == i18n.CHINESE:
            title = "单一店主自行审批（1 笔）"
        assert title in text
        assert refund_no in text and "boss" in text
    finally:
        i18n.apply_language(i18n.ENGLISH)
        wait_for_tasks()


def test_the_accountant_saves_the_credit_balances_at_a_day(
    qtbot, make_session, owner, clerk, accountant, tmp_path
):
    refund_no = small_approved(owner, clerk, "SC1", dest=Destination(PayoutMethod.STORE_CREDIT))
    sending.record_payout(owner, refund_no)
    key = store_credit.customer_key("13800138000", "", "")
    owed = store_credit.balance(key, "CNY")
    assert owed > 0
    view = ReportsView(make_session(accountant))
    qtbot.addWidget(view)
    assert view.credit_button.isEnabled()
    view.set_period(date(2026, 11, 1), DAY)
    dialog = view.open_credit_balances()
    assert dialog.chosen_day() == DAY
    assert dialog.save_to(tmp_path / "credit.csv") is not None
    assert wait_for_tasks()
    result = dialog.result_value
    assert result is not None and result.rows == 1 and result.totals == {"CNY": owed}
    with (tmp_path / "credit.csv").open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert key in rows[1] and "2241" in rows[1]
    assert "credit.csv" in dialog.outcome.text()
    dialog.close()


def test_a_clerk_cannot_open_the_balances(qtbot, make_session, clerk):
    view = ReportsView(make_session(clerk))
    qtbot.addWidget(view)
    assert not view.credit_button.isEnabled()
