"""Big order lists load without reading what nobody looks at (issue 3's performance fixes).

With a million orders, a hidden table that sizes its columns reads every row on the GUI thread,
and the whole list of ids takes a while: these tests count model pages, never wall-clock time.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from merchant_refunds.services import queries
from merchant_refunds.ui.common import computer_settings
from merchant_refunds.ui.common.tasks import wait_for_tasks
from merchant_refunds.ui.orders.orders_view import OrdersView
from merchant_refunds.ui.shell.main_window import ORDERS, SETTINGS, MainWindow
from tests.ui.helpers import OFFSCREEN_NOISE, bulk_orders

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture(autouse=True)
def _settle(qtbot, db_path, tmp_path: Path) -> Iterator[None]:
    """A throw-away QSettings file; background work finishes while the database is there."""
    computer_settings.use_file(tmp_path / "computer.ini")
    yield
    wait_for_tasks()
    computer_settings.use_file(None)


@pytest.mark.tampers  # bulk_orders: rows without events
def test_window_restored_on_settings_reads_only_the_first_order_pages(
    qtbot, make_session, owner
) -> None:
    bulk_orders(20_000)
    computer_settings.computer_settings().setValue("window/view", SETTINGS)
    window = MainWindow(make_session(owner))
    qtbot.addWidget(window)
    window.show()
    orders_view = window.orders_view
    qtbot.waitUntil(lambda: orders_view.model.rowCount() == 20_000, timeout=10_000)
    wait_for_tasks()
    QCoreApplication.processEvents()
    assert window.current_view() is window.settings_view
    assert not orders_view.table.isVisible()
    # The first row is selected (its detail is loaded); nothing else was read.
    assert orders_view.model.page_fetches <= 2

    window.show_view(ORDERS)
    qtbot.waitUntil(orders_view.table.isVisible)
    qtbot.wait(50)  # the columns are fitted to the rows on screen once the view is shown
    orders_view.table.viewport().repaint()
    assert orders_view.model.page_fetches <= 3


@pytest.mark.tampers  # bulk_orders: rows without events
def test_first_page_shows_while_the_whole_list_loads_and_the_selection_stays(
    qtbot, make_session, clerk, monkeypatch
) -> None:
    bulk_orders(1_000)
    real = queries.order_ids
    release = threading.Event()

    def slow_whole_list(flt, key="placed", descending=True, limit=None):
        if limit is None:
            release.wait(10)
        return real(flt, key, descending, limit)

    monkeypatch.setattr(queries, "order_ids", slow_whole_list)
    view = OrdersView(make_session(clerk))
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    try:
        qtbot.waitUntil(lambda: view.model.rowCount() == view.model.page_size)
        assert view.searching
        assert view.busy_label.isVisibleTo(view)
        assert view.selected_order_no() == "BULK0000999"  # newest first
        view.table.setCurrentIndex(view.model.index(3, 0))
        fetches = view.model.page_fetches
    finally:
        release.set()
    with qtbot.waitSignal(view.results_shown) as shown:
        pass
    assert shown.args == [1_000]
    assert view.model.rowCount() == 1_000
    assert view.selected_order_no() == "BULK0000996"  # the clerk's choice, not reset to row 0
    assert view.count_label.text() == "1,000 orders"
    assert not view.busy_label.isVisibleTo(view)
    assert view.model.page_fetches == fetches  # appended: the page read stays cached
