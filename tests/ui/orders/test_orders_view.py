"""The orders view driven like a clerk would: type to search, filter, sort, page, add an order."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer

from merchant_refunds.services import orders, queries
from merchant_refunds.ui.common.tasks import wait_for_tasks
from merchant_refunds.ui.orders.orders_view import OrdersView
from tests.factories import make_line, make_order, tea_order
from tests.ui.helpers import OFFSCREEN_NOISE, bulk_orders, column_texts

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture(autouse=True)
def _settle(qtbot, db_path) -> Iterator[None]:
    """Let background work finish while the widgets and the database are still there."""
    yield
    wait_for_tasks()


@pytest.fixture
def view(qtbot, make_session, clerk) -> OrdersView:
    widget = OrdersView(make_session(clerk))
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    return widget


def _three_orders(clerk) -> None:
    orders.create_order(clerk, tea_order("TB1001"))
    orders.create_order(clerk, tea_order("TB1002", customer=_customer("李雷", "13912345678")))
    orders.create_order(clerk, make_order("TB2001", [make_line(1, unit_price=2500)]))


def _customer(name: str, phone: str):
    from merchant_refunds.domain.order import Customer

    return Customer(name, phone)


def test_search_as_you_type_finds_the_order_and_shows_its_detail(qtbot, clerk, make_session):
    _three_orders(clerk)
    view = OrdersView(make_session(clerk))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    assert view.count_label.text() == "3 orders"

    qtbot.keyClicks(view.search, "912345")  # part of the phone number
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert column_texts(view.model, 0) == ["TB1002"]
    view.search.clear()
    view.search.insert("李雷")  # what an input method commits (keyClicks is Latin-1 only)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert column_texts(view.model, 0) == ["TB1002"]
    qtbot.waitUntil(lambda: "TB1002" in view.detail.title.text())
    shown = view.detail.browser.toPlainText()
    assert "李雷" in shown
    assert "139****5678" in shown  # the phone is masked on screen
    assert "No refunds yet." in shown

    view.search.clear()
    qtbot.keyClicks(view.search, "TB2")  # prefix search below three characters works too
    qtbot.waitUntil(lambda: column_texts(view.model, 0) == ["TB2001"])

    view.search.clear()
    qtbot.keyClicks(view.search, "nothing-like-this")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    assert view.detail.title.text() == "No order found"
    assert view.count_label.text() == "0 orders"


def test_detail_shows_paid_amounts_shipping_and_what_is_refundable(view, qtbot, clerk):
    orders.create_order(clerk, tea_order("TB1001"))
    view.reload()
    qtbot.waitUntil(lambda: "TB1001" in view.detail.title.text())
    text = view.detail.browser.toPlainText()
    assert "¥343.15" in text  # three teas after their share of the 50.00 discount
    assert "¥76.85" in text  # two cups after their own and the order discount
    assert "¥12.00" in text  # shipping
    assert "¥432.00" in text  # total paid, all still refundable
    assert "2026年11月24日" in text  # delivered
    assert view.detail.refund_button.isEnabled()


@pytest.mark.tampers  # bulk_orders: rows without events
def test_filters_by_status_payment_and_date(view, qtbot, clerk):
    bulk_orders(30)
    view.reload()
    qtbot.waitUntil(lambda: view.model.rowCount() == 30)
    view.status_filter.setCurrentIndex(view.status_filter.findData("in_transit"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 10)
    assert set(column_texts(view.model, 4)) == {"In transit"}
    view.payment_filter.setCurrentIndex(view.payment_filter.findData("alipay"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 5)
    assert set(column_texts(view.model, 5)) == {"Alipay"}


@pytest.mark.tampers  # bulk_orders: rows without events
def test_sorting_by_total_asks_the_database(view, qtbot):
    bulk_orders(50)
    view.reload()
    qtbot.waitUntil(lambda: view.model.rowCount() == 50)
    view.table.sortByColumn(7, Qt.SortOrder.AscendingOrder)  # what a click on the header does
    qtbot.waitUntil(lambda: view.model.order_at(0).total_paid == 1000)
    totals = [view.model.order_at(r).total_paid for r in range(50)]
    assert totals == sorted(totals)
    view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: view.model.order_at(0).order_no == "BULK0000049")


@pytest.mark.tampers  # bulk_orders: rows without events
def test_paged_model_counts_twenty_thousand_orders_reading_only_a_few_pages(view, qtbot):
    bulk_orders(20_000)
    view.reload()
    qtbot.waitUntil(lambda: view.model.rowCount() == 20_000, timeout=10_000)
    assert view.count_label.text() == "20,000 orders"
    qtbot.waitUntil(lambda: "BULK0019999" in view.detail.title.text())
    assert view.model.page_fetches <= 2
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: view.model.page_fetches >= 2)
    view.table.viewport().repaint()
    assert view.model.page_fetches <= 3
    last = view.model.order_at(19_999)
    assert last.order_no == "BULK0000000"

    qtbot.keyClicks(view.search, "BULK001234")  # trigram search over 20,000 orders
    qtbot.waitUntil(lambda: view.model.rowCount() == 10)


@pytest.mark.tampers  # bulk_orders: rows without events
def test_long_search_never_freezes_the_window(view, qtbot, monkeypatch):
    bulk_orders(5)
    real = queries.order_ids

    def slow(*args, **kwargs):
        time.sleep(0.5)
        return real(*args, **kwargs)

    monkeypatch.setattr(queries, "order_ids", slow)
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    started = time.monotonic()
    view.reload()
    assert view.searching
    assert view.busy_label.isVisibleTo(view)
    # The event loop keeps turning while the query sleeps on its worker thread...
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=400)
    assert view.searching
    # ...and the user can still type into the window.
    qtbot.keyClicks(view.search, "B")
    assert view.search.text() == "B"
    qtbot.waitUntil(lambda: view.model.rowCount() == 5, timeout=3000)
    assert time.monotonic() - started >= 0.5
    timer.stop()


@pytest.mark.tampers  # bulk_orders: rows without events
def test_stale_search_results_are_dropped(view, qtbot, monkeypatch):
    bulk_orders(20)
    real = queries.order_ids

    def slow_when_unfiltered(flt, *args):
        if not flt.text:
            time.sleep(0.4)
        return real(flt, *args)

    monkeypatch.setattr(queries, "order_ids", slow_when_unfiltered)
    view.reload()  # slow: every order
    qtbot.keyClicks(view.search, "BULK0000007")  # fast, typed while the first one runs
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    wait_for_tasks()
    assert view.model.rowCount() == 1  # the older, slower answer arrived later and was dropped


def test_new_order_dialog_validates_fields_and_creates_the_order(view, qtbot):
    dialog = view.new_order()
    assert dialog is not None
    dialog.order_no.clear()
    qtbot.keyClicks(dialog.order_no, "M1")
    dialog.set_line(0, sku="TEA-9", name="白茶", qty="2", price="12.345")
    # checked as typed: the message under the lines, Create off
    assert dialog.errors["lines"].isVisibleTo(dialog)
    assert "at most 2 decimal places" in dialog.errors["lines"].text()
    assert not dialog.create_button.isEnabled()

    dialog.set_line(0, price="128.00")
    assert not dialog.errors["lines"].isVisibleTo(dialog)
    # the name not typed yet: Create stays off and says why; pressing it anyway shows it
    assert not dialog.create_button.isEnabled()
    assert dialog.create_button.toolTip() == "The customer's name is missing"
    dialog.create()
    assert dialog.errors["customer"].isVisibleTo(dialog)
    assert dialog.errors["customer"].text() == "The customer's name is missing"

    dialog.customer.insert("韩梅梅")
    qtbot.keyClicks(dialog.shipping, "abc")
    assert dialog.errors["shipping"].isVisibleTo(dialog)
    assert not dialog.create_button.isEnabled()

    dialog.shipping.setText("8")
    qtbot.keyClicks(dialog.order_discount, "6.00")
    with qtbot.waitSignal(dialog.order_created):
        dialog.create_button.click()
    stored = orders.get_order("M1").order
    assert stored.total_paid == 2 * 12800 - 600 + 800
    qtbot.waitUntil(lambda: column_texts(view.model, 0) == ["M1"])


def test_enter_on_a_row_moves_to_the_detail(view, qtbot, clerk):
    orders.create_order(clerk, tea_order("TB1001"))
    view.reload()
    qtbot.waitUntil(lambda: view.selected_order_no() == "TB1001")
    view.activateWindow()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert view.refund_dialog is None  # Enter opens the detail, not the refund dialog
    dialog = view.new_refund_for_selected()  # Ctrl+N in the main window
    assert dialog is not None and dialog.order.order_no == "TB1001"
    dialog.reject()
