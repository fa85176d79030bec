"""Hostile input typed into the new order dialog.

The user sees a clear error, the dialog stays open with what was typed, and nothing is stored.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from merchant_refunds.services import orders
from merchant_refunds.ui.common.tasks import wait_for_tasks
from merchant_refunds.ui.orders.new_order_dialog import NewOrderDialog
from tests.ui.helpers import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

RLO = "invoice\u202egnp.exe"


@pytest.fixture(autouse=True)
def _settle(qtbot: QtBot, db_path: object) -> Iterator[None]:
    yield
    wait_for_tasks()


def _error_boxes(widget: object) -> list[str]:
    return [box.text() for box in widget.findChildren(QMessageBox) if box.isVisible()]


def _order_dialog(qtbot: QtBot, session: object) -> NewOrderDialog:
    dialog = NewOrderDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.order_no.setText("M1")
    dialog.set_line(0, sku="TEA-9", name="白茶", qty="1", price="12.00")
    return dialog


@pytest.mark.parametrize(
    ("customer", "message"),
    [
        (RLO, "The customer's name contains a text-direction control character (U+202E)"),
        ("Wang\x07", "The customer's name contains a control character (U+0007)"),
        ("王" * 10_000, "The customer's name is longer than 200 characters"),
    ],
)
def test_new_order_dialog_refuses_hostile_names(
    qtbot, make_session, clerk, customer, message
) -> None:
    dialog = _order_dialog(qtbot, make_session(clerk))
    dialog.customer.setMaxLength(20_000)
    dialog.customer.setText(customer)
    # said under the name as it is typed, and Create stays off
    assert dialog.errors["customer"].isVisibleTo(dialog)
    assert dialog.errors["customer"].text() == message
    assert not dialog.create_button.isEnabled()
    dialog.create()
    assert _error_boxes(dialog) == []
    assert dialog.isVisible()
    assert orders.count_orders() == 0


def test_new_order_dialog_refuses_an_amount_beyond_64_bits(qtbot, make_session, clerk) -> None:
    dialog = _order_dialog(qtbot, make_session(clerk))
    dialog.customer.setText("韩梅梅 🧧")
    dialog.set_line(0, price="92233720368547758.08")
    assert dialog.errors["lines"].isVisibleTo(dialog)
    assert not dialog.create_button.isEnabled()
    assert orders.count_orders() == 0
    dialog.set_line(0, price="12.00")
    with qtbot.waitSignal(dialog.order_created):
        dialog.create_button.click()
    assert orders.get_order("M1").order.customer.name == "韩梅梅 🧧"
