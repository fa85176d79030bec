"""Receiving returned goods unit by unit and the owner's deduction, in the refund detail, in
English and in Chinese: what a clerk and an owner click, and what the panel then shows."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.inspection import Condition
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.domain.postage import ReturnPostage
from merchant_refunds.services import orders, refund_requests, refund_views, returned_goods
from merchant_refunds.ui.common import i18n
from merchant_refunds.ui.common.tasks import wait_for_tasks
from merchant_refunds.ui.refunds.refunds_view import RefundsView
from tests.factories import make_line, make_order
from tests.ui.helpers import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

WORDS = {
    i18n.ENGLISH: {
        "waiting": "Waiting for approval",
        "damaged": "Damaged",
        "written_off": "Written off",
        "returned": "Returned to stock",
        "postage": "Return postage paid back",
        "deduction": "Deduction for diminished value",
    },
    i18n.CHINESE: {
        "waiting": "待审批",
        "damaged": "损坏",
        "written_off": "报损",
        "returned": "退回入库",
        "postage": "退货运费补偿",
        "deduction": "商品折损扣款",
    },
}


@pytest.fixture(autouse=True)
def _settle(qtbot, db_path) -> Iterator[None]:
    yield
    wait_for_tasks()


@pytest.fixture(params=[i18n.ENGLISH, i18n.CHINESE])
def language(request) -> Iterator[str]:
    locale = i18n.apply_language(request.param)
    yield request.param, locale
    i18n.apply_language(i18n.ENGLISH)


def _view(qtbot, session) -> RefundsView:
    view = RefundsView(session)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    return view


@pytest.fixture
def refund_no(clerk) -> str:
    lines = [make_line(1, "SHOE-42", 2, 10000, name="跑鞋")]
    orders.create_order(clerk, make_order("G1", lines))
    request = refund_requests.RefundRequest(
        "G1",
        Selection({1: 2}),
        ReasonCode.QUALITY_PROBLEM,
        goods_return=True,
        return_postage=ReturnPostage(1200, "SF5566"),
    )
    return refund_requests.request_refund(clerk, request).refund_no


def test_receive_unit_by_unit_then_the_owner_deducts(
    qtbot, make_session, clerk, owner, refund_no, language
):
    lang, locale = language
    words = WORDS[lang]
    session = make_session(clerk)
    session.locale = locale
    view = _view(qtbot, session)
    qtbot.waitUntil(lambda: view.detail.refund is not None or view.model.rowCount() > 0)
    view.open_refund(refund_no)
    qtbot.waitUntil(lambda: view.detail.refund is not None)
    qtbot.waitUntil(lambda: words["postage"] in view.detail.text())
    assert "SF5566" in view.detail.text()
    assert "receive_goods" in view.visible_actions()
    assert "deduct" not in view.visible_actions()  # a clerk never deducts
    qtbot.mouseClick(view.buttons["receive_goods"], Qt.MouseButton.LeftButton)
    dialog = view.action_dialog
    assert dialog.table.rowCount() == 2
    dialog.set_unit(1, Condition.DAMAGED, "sole torn")
    assert dialog.stocks[1].currentText() == words["written_off"]  # follows the condition
    assert dialog.stocks[0].currentText() == words["returned"]
    dialog._submit()
    qtbot.waitUntil(lambda: words["damaged"] in view.detail.text())
    assert "sole torn" in view.detail.text()
    assert refund_views.get_refund(refund_no).goods_received_at is not None
    units = returned_goods.goods_of(refund_no).units
    assert [u.condition for u in units] == [Condition.RESALEABLE, Condition.DAMAGED]

    owner_session = make_session(owner)
    owner_session.locale = locale
    owner_view = _view(qtbot, owner_session)
    owner_view.open_refund(refund_no)
    qtbot.waitUntil(lambda: "deduct" in owner_view.visible_actions())
    qtbot.mouseClick(owner_view.buttons["deduct"], Qt.MouseButton.LeftButton)
    deduction = owner_view.action_dialog
    deduction.unit.setCurrentIndex(1)
    qtbot.keyClicks(deduction.amount, "60.00")
    deduction.reason.setPlainText("鞋底磨损")  # typed with an input method
    # above the cap: said under the amount as it is typed, OK off, the dialog stays open
    assert "50" in deduction.fields["amount"].error()
    assert not deduction.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    deduction._submit()
    assert deduction.isVisible()
    deduction.amount.setText("30.00")
    deduction._submit()
    qtbot.waitUntil(lambda: "鞋底磨损" in owner_view.detail.text())
    assert words["deduction"] in owner_view.detail.text()
    assert refund_views.get_refund(refund_no).total.minor == 20000 + 1200 - 3000


def test_the_refund_dialog_pays_back_return_postage_on_its_own_line(
    qtbot, make_session, clerk, language
):
    from merchant_refunds.ui.refunds.refund_dialog import RefundDialog
    from tests.factories import tea_order

    lang, locale = language
    orders.create_order(clerk, tea_order("TB1001"))
    session = make_session(clerk)
    session.locale = locale
    dialog = RefundDialog(session, "TB1001")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.postage_override.isVisibleTo(dialog)  # an owner's decision
    dialog.reason.setCurrentIndex(dialog.reason.findData(ReasonCode.QUALITY_PROBLEM.value))
    qtbot.keyClick(dialog.spins[1], Qt.Key.Key_Up)
    dialog.goods_back.setChecked(True)
    qtbot.keyClicks(dialog.postage, "12.00")
    qtbot.keyClicks(dialog.postage_receipt, "SF3344")
    table = dialog.breakdown
    rows = lambda: [  # noqa: E731
        (table.item(r, 0).text(), table.item(r, 2).text()) for r in range(table.rowCount())
    ]
    qtbot.waitUntil(
        lambda: any(t == WORDS[lang]["postage"] and a.endswith("¥12.00") for t, a in rows())
    )
    qtbot.waitUntil(lambda: "126.38" in dialog.total_label.text())  # 114.38 + 12.00
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.refund is not None)
    postage = returned_goods.goods_of(dialog.refund.refund_no).postage
    assert postage is not None and postage.receipt == "SF3344"
    assert dialog.refund.total.minor == 12638


def test_the_owner_sets_the_postage_cap_and_the_deduction_share_in_settings(
    qtbot, make_session, owner, language
):
    from merchant_refunds.services import shop_settings
    from merchant_refunds.ui.settings.settings_view import SettingsView

    lang, _locale = language
    view = SettingsView(make_session(owner))
    qtbot.addWidget(view)
    view.show()
    page = view.policy_page
    assert page.amount_edits["return_postage_max"].text() == "30.00"  # the default
    assert page.deduction_max.text() == "50"
    label = page.money_form.labelForField(page.fields["return_postage_max"]).text()
    assert label.startswith(
        {"en": "Return postage paid back, at most", "zh_CN": "退货运费补偿上限"}[lang]
    )
    page.amount_edits["return_postage_max"].setText("25")
    page.deduction_max.setText("30")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    policy = shop_settings.get_policy()
    assert policy.return_postage_max["CNY"] == 2500
    assert policy.return_postage_max["USD"] == 1500  # other currencies kept
    assert policy.deduction_max_bp == 3000


def test_reports_show_the_stock_ledger_and_save_it(
    qtbot, make_session, clerk, owner, refund_no, language, tmp_path
):
    import csv
    from datetime import date

    from merchant_refunds.services import refund_goods
    from merchant_refunds.services.returned_goods import UnitCondition
    from merchant_refunds.ui.reports.reports_view import ReportsView

    lang, locale = language
    refund_goods.record_goods_received(clerk, refund_no, [UnitCondition(1, Condition.DAMAGED, 2)])
    session = make_session(owner)
    session.locale = locale
    view = ReportsView(session)
    qtbot.addWidget(view)
    view.set_period(date(2026, 11, 1), date(2026, 11, 30))
    qtbot.mouseClick(view.stock_button, Qt.MouseButton.LeftButton)
    dialog = view.stock_dialog
    assert wait_for_tasks()
    totals = dialog.totals
    assert [totals.item(0, c).text() for c in range(4)] == ["SHOE-42", "跑鞋", "1", "1"]
    movements = [dialog.entries.item(r, 2).text() for r in range(dialog.entries.rowCount())]
    assert movements == [WORDS[lang]["returned"], WORDS[lang]["written_off"]]
    assert dialog.save(tmp_path / "stock.csv") is not None
    assert wait_for_tasks()
    saved = dialog.saved_path
    assert saved is not None
    with saved.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert len(rows) == 3 and rows[2][3] == WORDS[lang]["written_off"]
    dialog.close()
