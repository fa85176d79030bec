"""The reports view, driven like a user would."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from merchant_refunds.demo import generator
from merchant_refunds.services import users
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.common.tasks import wait_for_tasks
from merchant_refunds.ui.reports.reports_view import ReportsView

TODAY = date(2026, 11, 26)


def _demo_session(make_session: Callable[[users.Actor], Session], name: str) -> Session:
    generator.generate_demo(orders=40, seed=5, today=TODAY)
    return make_session(users.get_actor(name))


def test_reports_view_shows_totals_and_charts(
    qtbot: QtBot, make_session: Callable[[users.Actor], Session], tmp_path: Path
) -> None:
    view = ReportsView(_demo_session(make_session, "kim"))
    qtbot.addWidget(view)
    view.set_period(date(2025, 11, 1), TODAY)
    with qtbot.waitSignal(view.report_shown, timeout=10_000):
        view.show_button.click()
    assert view.data is not None and view.data.by_currency
    assert "CNY" in view.summary.text()
    month_bars = view.chart_bars("month")
    assert month_bars and all(value >= 0 for _l, value, _t in month_bars)
    assert sum(v for _l, v, _t in month_bars) == view.data.by_currency["CNY"].minor
    pdf = tmp_path / "report.pdf"
    view.save_pdf(pdf)
    assert wait_for_tasks()
    assert pdf.read_bytes().startswith(b"%PDF")


def test_reports_view_refuses_clerks(
    qtbot: QtBot, make_session: Callable[[users.Actor], Session]
) -> None:
    view = ReportsView(_demo_session(make_session, "amy"))
    qtbot.addWidget(view)
    view.show()
    assert not view.show_button.isEnabled() and not view.export_button.isEnabled()
    assert not view.notice.isHidden()
    assert view.data is None


def test_accountant_enters_an_exchange_rate_and_a_bad_one_is_shown_under_the_field(
    qtbot: QtBot, make_session: Callable[[users.Actor], Session]
) -> None:
    from merchant_refunds.services import fx_rates
    from merchant_refunds.ui.common import i18n

    view = ReportsView(_demo_session(make_session, "kim"))
    qtbot.addWidget(view)
    before = len(fx_rates.day_rates())
    dialog = view.open_rates()
    assert dialog.table.rowCount() == before > 0  # the demo's weekly rates
    dialog.currency.setCurrentIndex(dialog.currency.findData("CHF"))
    dialog.rate.setText("-1")
    assert not dialog.add_rate()
    assert "positive number" in dialog.rate_field.error()
    assert len(fx_rates.day_rates()) == before
    dialog.rate.setText("8.0321")
    assert dialog.add_rate()
    assert dialog.rate_field.error() == ""
    assert dialog.table.rowCount() == before + 1
    assert any(r.currency == "CHF" and str(r.rate) == "8.0321" for r in fx_rates.day_rates())
    assert dialog.currency.findData("CNY") == -1  # the home currency needs no rate
    dialog.close()
    i18n.apply_language(i18n.CHINESE)
    try:
        zh = view.open_rates()
        assert zh.windowTitle() == "汇率"
        assert zh.currency.itemText(zh.currency.findData("CHF")).startswith("CHF · 瑞士法郎")
        zh.rate.setText("abc")
        assert not zh.add_rate()
        assert "汇率" in zh.rate_field.error()
        zh.close()
    finally:
        i18n.apply_language(i18n.ENGLISH)


def test_clerks_cannot_open_exchange_rates(
    qtbot: QtBot, make_session: Callable[[users.Actor], Session]
) -> None:
    view = ReportsView(_demo_session(make_session, "amy"))
    qtbot.addWidget(view)
    assert not view.rates_button.isEnabled()
