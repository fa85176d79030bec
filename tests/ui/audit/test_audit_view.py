"""The audit trail view, driven like a user would."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from merchant_refunds.demo import generator
from merchant_refunds.services import audit, users
from merchant_refunds.storage.db import current_database
from merchant_refunds.ui.audit.audit_view import AuditView
from merchant_refunds.ui.common import formatting as fmt
from merchant_refunds.ui.common import i18n
from merchant_refunds.ui.common.session import Session
from tests.tamper import sql

TODAY = date(2026, 11, 26)


def _demo_session(make_session: Callable[[users.Actor], Session], name: str) -> Session:
    generator.generate_demo(orders=40, seed=5, today=TODAY)
    return make_session(users.get_actor(name))


def test_audit_view_filters_and_verifies(
    qtbot: QtBot, make_session: Callable[[users.Actor], Session]
) -> None:
    view = AuditView(_demo_session(make_session, "kim"))
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.results_shown, timeout=10_000) as shown:
        view.show()
    everything = shown.args[0]
    assert everything > 20

    index = view.action.findData("payout.send")
    with qtbot.waitSignal(view.results_shown, timeout=10_000) as shown:
        view.action.setCurrentIndex(index)
    assert 0 < shown.args[0] < everything
    view.table.selectRow(0)
    fields = {row[0] for row in view.diff_rows()}
    assert {"Amount", "Method"} <= fields

    with qtbot.waitSignal(view.verified, timeout=10_000):
        view.verify_button.click()
    assert "intact" in view.result_label.text()

    victim = (
        current_database()
        .execute_sql("SELECT id FROM audit_event ORDER BY id LIMIT 1 OFFSET 10")
        .fetchone()[0]
    )
    sql("UPDATE audit_event SET after_json = '{\"total\": 1}' WHERE id = ?", victim)
    with qtbot.waitSignal(view.verified, timeout=10_000):
        view.verify_button.click()
    text = view.result_label.text()
    assert f"event {victim}" in text and "content was changed" in text


def test_audit_view_says_what_it_could_not_check_without_the_shop_key(
    qtbot: QtBot,
    make_session: Callable[[users.Actor], Session],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    view = AuditView(_demo_session(make_session, "kim"))
    qtbot.addWidget(view)
    view.show()
    monkeypatch.setenv("MERCHANT_REFUNDS_KEY_DIR", str(tmp_path / "another-computer"))
    audit.forget_key()
    with qtbot.waitSignal(view.verified, timeout=10_000):
        view.verify_button.click()
    text = view.result_label.text()
    assert "could not be checked" in text and "shop key" in text
    assert "intact" not in text


def test_audit_view_refuses_clerks(
    qtbot: QtBot, make_session: Callable[[users.Actor], Session]
) -> None:
    view = AuditView(_demo_session(make_session, "amy"))
    qtbot.addWidget(view)
    view.show()
    assert not view.verify_button.isEnabled()
    assert view.model.rowCount() == 0


def test_audit_columns_fit_a_chinese_date_an_action_and_a_refund_number(
    qtbot: QtBot, make_session: Callable[[users.Actor], Session]
) -> None:
    i18n.apply_language(i18n.CHINESE)
    try:
        view = AuditView(_demo_session(make_session, "kim"))  # zh_CN session
        qtbot.addWidget(view)
        metrics = view.table.fontMetrics()
        when = fmt.datetime_text(datetime(2026, 12, 28, 23, 59), view.session.locale)
        widest_label = max(
            (fmt.audit_action_label(a) for a in fmt.audit_actions()), key=metrics.horizontalAdvance
        )
        assert "年" in when and widest_label != "Customer notice marked unsent"
        for column, text in ((1, when), (3, widest_label), (4, "RF202612280001")):
            assert view.table.columnWidth(column) > metrics.horizontalAdvance(text), column
    finally:
        i18n.apply_language(i18n.ENGLISH)
