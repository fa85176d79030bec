"""Order detail → Edit…: a clerk gives a delivery date; the owner sets categories and final sale."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from merchant_refunds.domain.order import OrderStatus
from merchant_refunds.services import audit, orders
from merchant_refunds.services.users import Actor
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.common.tasks import wait_for_tasks
from merchant_refunds.ui.orders.order_edit_dialog import FINAL_SALE, OrderEditDialog
from merchant_refunds.ui.orders.orders_view import OrdersView
from tests.factories import tea_order
from tests.ui.helpers import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def _settle(qtbot: QtBot, db_path: object) -> Iterator[None]:
    yield
    wait_for_tasks()


def _dialog(qtbot: QtBot, session: Session, order_no: str) -> OrderEditDialog:
    dialog = OrderEditDialog(session, orders.get_order(order_no))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _ok(qtbot: QtBot, dialog: OrderEditDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)


def test_the_detail_offers_edit_to_those_who_refund(
    qtbot: QtBot, clerk: Actor, make_session: Callable[[Actor], Session]
) -> None:
    orders.create_order(clerk, tea_order("TB1001"))
    view = OrdersView(make_session(clerk))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: "TB1001" in view.detail.title.text())
    assert view.detail.edit_button.isEnabled()
    assert view.detail.edit_button.text() == "Edit…"


def test_a_clerk_gives_a_delivery_date_but_cannot_touch_categories(
    qtbot: QtBot, clerk: Actor, make_session: Callable[[Actor], Session]
) -> None:
    order = tea_order("TB1001", status=OrderStatus.PAID, delivered_at=None)
    orders.create_order(clerk, order)
    dialog = _dialog(qtbot, make_session(clerk), "TB1001")
    assert not dialog.delivered.isChecked() and not dialog.delivered_on.isEnabled()
    final = dialog.table.item(0, FINAL_SALE)
    assert not final.flags() & Qt.ItemFlag.ItemIsUserCheckable  # the owner's to change
    qtbot.mouseClick(dialog.delivered, LEFT)
    assert dialog.delivered_on.isEnabled()
    dialog.delivered_on.setDate(QDate(2026, 11, 23))
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        _ok(qtbot, dialog)
    stored = orders.get_order("TB1001").order
    assert stored.delivered_on == date(2026, 11, 23)
    assert stored.status is OrderStatus.DELIVERED
    assert audit.events_for("order", "TB1001")[-1].user_name == "amy"

    # once set, the clerk sees the date but cannot change it
    again = _dialog(qtbot, make_session(clerk), "TB1001")
    assert again.delivered.isChecked() and not again.delivered_on.isEnabled()


def test_the_owner_sets_a_category_and_final_sale_and_a_bad_date_is_told(
    qtbot: QtBot, owner: Actor, make_session: Callable[[Actor], Session]
) -> None:
    orders.create_order(owner, tea_order("TB1001"))
    dialog = _dialog(qtbot, make_session(owner), "TB1001")
    box = dialog.categories[1]
    box.setCurrentIndex(box.findText("Fresh and perishable goods"))
    dialog.table.item(0, FINAL_SALE).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        _ok(qtbot, dialog)
    lines = orders.get_order("TB1001").order.lines
    assert [(ln.category, ln.final_sale) for ln in lines] == [("tea", True), ("perishable", False)]
    assert dialog.result_detail is not None

    cancelled = tea_order("TB1002", status=OrderStatus.CANCELLED, delivered_at=None)
    orders.create_order(owner, cancelled)
    refused = _dialog(qtbot, make_session(owner), "TB1002")
    qtbot.mouseClick(refused.delivered, LEFT)
    _ok(qtbot, refused)
    assert refused.isVisible()
    assert "cannot have been delivered" in refused.error.text()
    assert orders.get_order("TB1002").order.delivered_at is None
