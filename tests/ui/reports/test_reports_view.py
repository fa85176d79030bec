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
