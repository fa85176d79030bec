"""Another counter's change appears here without a search (issue 15, problem 4).

The other counter is a real second process writing through the services, on a SQLite file
(``PRAGMA data_version``) and on a PostgreSQL server (``LISTEN``/``NOTIFY``).
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from merchant_refunds.services import orders
from merchant_refunds.ui.common.change_poll import ChangePoller
from merchant_refunds.ui.common.tasks import wait_for_tasks
from merchant_refunds.ui.orders.orders_view import OrdersView
from tests.factories import tea_order
from tests.ui.helpers import OFFSCREEN_NOISE, column_texts

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

ROOT = Path(__file__).resolve().parents[3]
OTHER_COUNTER = """
import sys
from merchant_refunds.services import orders, users
from merchant_refunds.storage.db import close_database, open_database
from tests.factories import tea_order
open_database(sys.argv[1])
orders.create_order(users.get_actor("amy"), tea_order(sys.argv[2]))
close_database()
"""


@pytest.fixture(autouse=True)
def _settle(qtbot, db_path) -> Iterator[None]:
    yield
    wait_for_tasks()


def _other_counter_adds(target: str, order_no: str) -> None:
    subprocess.run(
        [sys.executable, "-c", OTHER_COUNTER, target, order_no], cwd=ROOT, check=True, timeout=60
    )


@pytest.mark.parametrize("db_backend", ["sqlite", "postgresql"], indirect=True)
def test_an_order_added_at_another_counter_appears_without_searching(
    qtbot, make_session, clerk, db_path
) -> None:
    orders.create_order(clerk, tea_order("TB1001"))
    session = make_session(clerk)
    view = OrdersView(session)
    qtbot.addWidget(view)
    view.show()
    poller = ChangePoller(session)
    try:
        qtbot.waitUntil(lambda: column_texts(view.model, 0) == ["TB1001"])
        assert not poller.poll()  # nothing happened yet
        target = "" + db_path if isinstance(db_path, str) else str(db_path)  # with password
        _other_counter_adds(target, "TB2002")
        # The next tick of the timer sees it; the list reads again on its own.
        qtbot.waitUntil(lambda: column_texts(view.model, 0) == ["TB2002", "TB1001"], timeout=8000)
        assert not poller.poll()  # seen once
        # This counter's own write refreshes the views directly and is not read twice.
        with qtbot.assertNotEmitted(poller.changed_elsewhere, wait=0):
            orders.create_order(clerk, tea_order("TB3003"))
            session.notify_changed()
            assert not poller.poll()
    finally:
        poller.stop()
