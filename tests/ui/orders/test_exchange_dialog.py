"""The exchange dialog, driven as a clerk would: choose the units back, type the units given, see
the difference and how it is settled change as you type, record it; in English and in Chinese."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import exchanges, orders, refund_requests, refund_views
from merchant_refunds.services.users import Actor
from merchant_refunds.storage import models as m
from merchant_refunds.ui.common import formatting as fmt
from merchant_refunds.ui.common import i18n
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.common.tasks import wait_for_tasks
from merchant_refunds.ui.orders.exchange_dialog import OUT_PRICE, ExchangeDialog
from merchant_refunds.ui.orders.orders_view import OrdersView
from tests.factories import tea_order
from tests.ui.helpers import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def _settle(qtbot: QtBot, db_path: object) -> Iterator[None]:
    yield
    wait_for_tasks()
    i18n.apply_language(i18n.ENGLISH)


@pytest.fixture
def order(clerk: Actor) -> str:
    return orders.create_order(clerk, tea_order()).order.order_no


def _unit_value(order: str) -> int:
    request = refund_requests.RefundRequest(order, Selection({1: 1}), ReasonCode.WRONG_ITEM)
    return refund_requests.quote(request).quote.items_amount


def _dialog(qtbot: QtBot, session: Session, order: str) -> ExchangeDialog:
    dialog = ExchangeDialog(session, order)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _fill(qtbot: QtBot, dialog: ExchangeDialog, price: str) -> None:
    dialog.reason.setCurrentIndex(dialog.reason.findData(ReasonCode.WRONG_ITEM.value))
    dialog.back_spins[1].setValue(1)
    dialog.add_out_row("TEA-02", "碧螺春 250g", price, "1")
    qtbot.waitUntil(lambda: not dialog._requote_timer.isActive())


def test_a_cheaper_item_shows_and_records_a_refund_of_the_difference(
    qtbot: QtBot, clerk: Actor, order: str, make_session: Callable[[Actor], Session]
) -> None:
    session = make_session(clerk)
    session.locale = "en"
    value = _unit_value(order)
    dialog = _dialog(qtbot, session, order)
    assert not dialog.submit_button.isEnabled()
    assert dialog.message_label.text() == "Choose a reason to see the difference."
    _fill(qtbot, dialog, "90.00")
    money = fmt.money_text(value - 9000, "CNY", "en")
    assert dialog.difference_label.text() == f"Refund to the customer: {money}"
    assert dialog.back_value_label.text() == fmt.money_text(value, "CNY", "en")
    assert dialog.method.isEnabled() and not dialog.receipt.isEnabled()
    # the difference follows the price as it is typed
    dialog.out_table.item(0, OUT_PRICE).setText("100.00")
    qtbot.waitUntil(lambda: not dialog._requote_timer.isActive())
    money = fmt.money_text(value - 10000, "CNY", "en")
    assert dialog.difference_label.text() == f"Refund to the customer: {money}"
    dialog.out_table.item(0, OUT_PRICE).setText("1.234")
    qtbot.waitUntil(lambda: not dialog._requote_timer.isActive())
    assert "decimal places" in dialog.message_label.text()
    assert not dialog.submit_button.isEnabled()
    dialog.out_table.item(0, OUT_PRICE).setText("100.00")
    qtbot.waitUntil(lambda: dialog.submit_button.isEnabled())
    with qtbot.waitSignal(dialog.exchange_recorded, timeout=3000):
        qtbot.mouseClick(dialog.submit_button, LEFT)
    recorded = dialog.exchange
    assert recorded is not None and recorded.difference.minor == value - 10000
    assert refund_views.get_refund(recorded.refund_no).total.minor == value - 10000


def test_in_chinese_a_dearer_item_needs_the_receipt(
    qtbot: QtBot, clerk: Actor, order: str, make_session: Callable[[Actor], Session]
) -> None:
    i18n.apply_language(i18n.CHINESE)
    session = make_session(clerk)
    session.locale = i18n.CHINESE
    value = _unit_value(order)
    dialog = _dialog(qtbot, session, order)
    assert dialog.submit_button.text() == "办理换货"
    _fill(qtbot, dialog, "300.00")
    money = fmt.money_text(30000 - value, "CNY", session.locale)
    assert dialog.difference_label.text() == f"顾客补差价：{money}"
    assert dialog.receipt.isEnabled() and not dialog.method.isEnabled()
    assert not dialog.submit_button.isEnabled()  # no receipt yet
    dialog.receipt.setText("POS-7781")
    assert dialog.submit_button.isEnabled()
    with qtbot.waitSignal(dialog.exchange_recorded, timeout=3000):
        qtbot.mouseClick(dialog.submit_button, LEFT)
    (row,) = m.Exchange.select()
    assert row.receipt_no == "POS-7781" and row.settlement == "collected"


def test_the_order_view_offers_exchange_to_clerks_not_accountants(
    qtbot: QtBot,
    clerk: Actor,
    accountant: Actor,
    order: str,
    make_session: Callable[[Actor], Session],
) -> None:
    view = OrdersView(make_session(clerk))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: order in view.detail.title.text())
    assert view.detail.exchange_button.isEnabled()
    assert view.detail.exchange_button.text() == "Exchange…"
    qtbot.mouseClick(view.detail.exchange_button, LEFT)
    assert view.exchange_dialog is not None and view.exchange_dialog.isVisible()
    view.exchange_dialog.reject()
    reader = OrdersView(make_session(accountant))
    qtbot.addWidget(reader)
    reader.show()
    qtbot.waitUntil(lambda: order in reader.detail.title.text())
    assert not reader.detail.exchange_button.isEnabled()
    assert exchanges.exchanges_of_order(order) == []


@pytest.mark.parametrize(
    ("language", "words"),
    [(i18n.ENGLISH, "difference paid by the customer"), (i18n.CHINESE, "顾客补差价")],
)
def test_the_order_detail_lists_its_exchanges(
    qtbot: QtBot,
    clerk: Actor,
    order: str,
    make_session: Callable[[Actor], Session],
    language: str,
    words: str,
) -> None:
    from merchant_refunds.domain.exchanges import ItemOut

    request = exchanges.ExchangeRequest(
        order, {1: 1}, (ItemOut("TEA-09", "大红袍", 30000, 1),), ReasonCode.WRONG_ITEM,
        receipt_no="POS-9",
    )  # fmt: skip
    done = exchanges.record_exchange(clerk, request)
    i18n.apply_language(language)
    session = make_session(clerk)
    session.locale = language if language == i18n.CHINESE else "en"
    view = OrdersView(session)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: order in view.detail.title.text())
    shown = view.detail.browser.toPlainText()
    money = fmt.money_text(-done.difference.minor, "CNY", session.locale)
    assert done.exchange_no in shown and f"{words} {money}" in shown and "POS-9" in shown
