"""The refund dialog's amount mode: a price difference or compensation typed as an amount, on a
line or over the order, in English and Chinese; the detail panel names it afterwards."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import orders, refund_views
from merchant_refunds.storage import models as m
from merchant_refunds.ui.common import i18n
from merchant_refunds.ui.common.tasks import wait_for_tasks
from merchant_refunds.ui.refunds.refund_detail import RefundDetailPanel
from merchant_refunds.ui.refunds.refund_dialog import RefundDialog
from tests.factories import tea_order
from tests.ui.helpers import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

SHOWN = {
    i18n.ENGLISH: {
        "mode": "Refund an amount instead of units",
        "type": "Type the amount to refund.",
        "row": "line 1, Price difference",
        "total": "Refund total: ¥30.00",
        "too_much": "Line 1 (TEA-01): 400.00 CNY asked, only 343.15 CNY left to refund",
        "detail": "Price difference on line 1, no units taken",
        "order": "Whole order (shared by what is left)",
    },
    i18n.CHINESE: {
        "mode": "按金额退款（不退商品）",
        "type": "请输入退款金额。",
        "row": "第 1 行，退差价",
        "total": "退款金额：¥30.00",
        "too_much": "第 1 行（TEA-01）：申请退款 400.00 CNY，仅剩 343.15 CNY 可退",
        "detail": "退差价（第 1 行），不退商品件数",
        "order": "整个订单（按各行剩余可退金额分摊）",
    },
}


@pytest.fixture(params=[i18n.ENGLISH, i18n.CHINESE])
def language(request, qapp) -> Iterator[str]:
    i18n.apply_language(request.param)
    yield request.param
    i18n.apply_language(i18n.ENGLISH)


@pytest.fixture(autouse=True)
def _settle(qtbot, db_path) -> Iterator[None]:
    yield
    wait_for_tasks()


def _open(qtbot, session, order_no: str) -> RefundDialog:
    dialog = RefundDialog(session, order_no)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _choose(combo, value: object) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_a_price_difference_on_a_line_is_quoted_and_requested(
    qtbot, make_session, clerk, language
) -> None:
    words = SHOWN[language]
    orders.create_order(clerk, tea_order("TB1001"))
    dialog = _open(qtbot, make_session(clerk), "TB1001")
    assert dialog.by_amount.text() == words["mode"]
    assert not dialog.amount_edit.isEnabled()
    assert dialog.amount_line.itemText(0) == words["order"]
    _choose(dialog.reason, ReasonCode.PRICE_ADJUSTMENT.value)
    qtbot.mouseClick(dialog.by_amount, Qt.MouseButton.LeftButton)
    assert dialog.amount_edit.isEnabled()
    assert not dialog.spins[1].isEnabled() and not dialog.shipping.isEnabled()
    assert not dialog.goods_back.isEnabled()
    qtbot.waitUntil(lambda: dialog.message_label.text() == words["type"])
    assert not dialog.submit_button.isEnabled()

    _choose(dialog.amount_line, 1)
    qtbot.keyClicks(dialog.amount_edit, "400")
    qtbot.waitUntil(lambda: dialog.message_label.text() == words["too_much"])
    assert not dialog.submit_button.isEnabled()

    dialog.amount_edit.setText("30")
    qtbot.waitUntil(lambda: dialog.total_label.text() == words["total"])
    table = dialog.breakdown
    first = (table.item(0, 0).text(), table.item(0, 1).text())
    assert first == ("龙井茶 250g (TEA-01)", words["row"])
    assert dialog.submit_button.isEnabled()
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    assert dialog.refund is not None
    detail = refund_views.get_refund(dialog.refund.refund_no)
    assert (detail.amount_kind, detail.amount_line, detail.total.minor) == (
        "price_difference",
        1,
        3000,
    )
    assert [(x.quantity, x.amount) for x in m.RefundLine.select()] == [(0, 3000)]

    panel = RefundDetailPanel("zh_CN")
    qtbot.addWidget(panel)
    panel.show_refund(detail, [])
    assert words["detail"] in panel.text()


def test_a_unit_reason_under_amount_mode_is_explained(qtbot, make_session, clerk) -> None:
    orders.create_order(clerk, tea_order("TB1002"))
    dialog = _open(qtbot, make_session(clerk), "TB1002")
    _choose(dialog.reason, ReasonCode.NO_REASON.value)
    qtbot.mouseClick(dialog.by_amount, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.amount_edit, "12.5")
    qtbot.waitUntil(
        lambda: (
            dialog.message_label.text()
            == "A 7-day no-reason return takes the goods back: choose units, not an amount"
        )
    )
    assert not dialog.submit_button.isEnabled()
    dialog.amount_edit.setText("12.555")
    qtbot.waitUntil(lambda: "at most 2 decimal places" in dialog.message_label.text())
    qtbot.mouseClick(dialog.by_amount, Qt.MouseButton.LeftButton)  # back to units
    assert dialog.spins[1].isEnabled()
    _choose(dialog.reason, ReasonCode.QUALITY_PROBLEM.value)
    qtbot.keyClick(dialog.spins[1], Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: dialog.total_label.text() == "Refund total: ¥114.38")
