"""A live language switch reaches the counter's texts that are set once: why an order cannot be
refunded, the Refunds actions' tooltips, the preview's banner and sign button after a request,
the empty state, and the messages under fields being checked as they are typed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from merchant_refunds.domain.order import OrderStatus
from merchant_refunds.services import orders, refund_decisions, refund_views
from merchant_refunds.ui.common import i18n
from merchant_refunds.ui.common.tasks import wait_for_tasks
from merchant_refunds.ui.orders.orders_view import OrdersView
from merchant_refunds.ui.refunds.deadline_dialog import ExtendDeadlineDialog
from merchant_refunds.ui.refunds.refunds_view import RefundsView
from tests.factories import make_line, make_order, tea_order
from tests.ui.helpers import OFFSCREEN_NOISE, column_texts
from tests.ui.refunds.test_refunds_view import _request

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture(autouse=True)
def _settle(qtbot: QtBot, db_path: object) -> Iterator[None]:
    yield
    wait_for_tasks()
    i18n.apply_language(i18n.ENGLISH)


def _orders_view(qtbot: QtBot, session: object, order_no: str | None = None) -> OrdersView:
    view = OrdersView(session)
    qtbot.addWidget(view)
    view.resize(1200, 640)
    view.show()
    if order_no is not None:
        qtbot.keyClicks(view.search, order_no)
        qtbot.waitUntil(lambda: column_texts(view.model, 0) == [order_no])
        qtbot.waitUntil(lambda: view.detail.detail is not None)
    return view


def test_the_blocked_order_note_and_tooltips_follow_the_language(qtbot, make_session, clerk):
    orders.create_order(clerk, tea_order("TB9", status=OrderStatus.AWAITING_PAYMENT))
    view = _orders_view(qtbot, make_session(clerk), "TB9")
    note = view.detail.blocked_note
    assert note.text() == "Order TB9 has not been paid; there is nothing to refund"
    i18n.apply_language(i18n.CHINESE)
    qtbot.waitUntil(lambda: note.text() == "订单 TB9 尚未付款，没有可退的金额")
    assert view.detail.refund_button.toolTip() == note.text()
    assert view.detail.print_button.text() != "Print preview…"
    i18n.apply_language(i18n.ENGLISH)
    qtbot.waitUntil(
        lambda: note.text() == "Order TB9 has not been paid; there is nothing to refund"
    )


def test_the_empty_state_follows_the_language(qtbot, make_session, owner):
    view = _orders_view(qtbot, make_session(owner))
    qtbot.waitUntil(view.showing_empty_state)
    assert view.empty_title.text() == "No orders yet"
    i18n.apply_language(i18n.CHINESE)
    qtbot.waitUntil(lambda: view.empty_title.text() == "还没有订单")
    assert view.empty_new_button.text() != "New order…"


def test_the_refunds_tooltips_follow_the_language(qtbot, make_session, clerk, owner):
    orders.create_order(clerk, make_order("BIG1", [make_line(1, "TV-1", 1, 300001, name="电视")]))
    refund_no = _request(clerk, "BIG1")
    refund_decisions.approve(owner, refund_no)
    view = RefundsView(make_session(owner))
    qtbot.addWidget(view)
    view.resize(1200, 640)
    view.show()
    view.show_status("approved")
    qtbot.waitUntil(lambda: view.detail.refund is not None)
    pay = view.buttons["pay"]
    assert pay.toolTip() == "The customer must sign the confirmation first."
    i18n.apply_language(i18n.CHINESE)
    qtbot.waitUntil(lambda: pay.toolTip() == "须先由客户在退款确认单上签字确认。")
    assert refund_views.get_refund(refund_no).status.value == "approved"


def test_the_preview_banner_and_sign_button_follow_the_language(qtbot, make_session, clerk):
    orders.create_order(clerk, tea_order("TB1001"))
    view = _orders_view(qtbot, make_session(clerk), "TB1001")
    refund_no = _request(clerk, "TB1001")
    preview = view.show_requested(refund_views.get_refund(refund_no))
    assert preview is not None and preview.isVisible()
    assert preview.banner.text().startswith(f"Refund {refund_no} was saved: ¥126.38")
    assert preview.sign_button.text() == "Customer signs…"
    i18n.apply_language(i18n.CHINESE)
    qtbot.waitUntil(lambda: preview.sign_button.text() == "顾客签字…")
    assert preview.banner.text() == (
        f"退款 {refund_no} 已保存：¥126.38，待审批。请打印确认单交顾客签字。"
    )
    assert preview.print_button.text() == "打印…"
    preview.close()


def test_messages_under_fields_follow_the_language(qtbot, make_session, owner, clerk):
    from merchant_refunds.services import deadlines

    orders.create_order(clerk, tea_order("TB1001"))
    refund_no = _request(clerk, "TB1001")
    current = next(d for d in deadlines.for_refund(refund_no).deadlines if not d.statutory)
    dialog = ExtendDeadlineDialog(make_session(owner), refund_no, current)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reason.setText("x")
    dialog.reason.clear()
    assert dialog.field_error("reason") == "Say why the deadline is extended"
    i18n.apply_language(i18n.CHINESE)
    qtbot.waitUntil(lambda: dialog.field_error("reason") == "请说明延长期限的原因")
    assert deadlines.for_refund(refund_no).extensions == []  # checking saved nothing
