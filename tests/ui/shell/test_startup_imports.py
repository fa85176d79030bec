"""What the main window loads before its first Orders rows are on screen (issue 16): not the
drawing, spreadsheet and locale libraries, nor the services and dialogs of other views, which
are loaded when first used. Each probe is a fresh interpreter, as a start is."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from merchant_refunds.services import orders
from merchant_refunds.services.users import Actor
from merchant_refunds.storage.db import close_database
from tests.factories import tea_order

#: Loaded by the first paint of the Orders rows, they would only make it later.
NOT_BEFORE_FIRST_ROWS = (
    "reportlab",
    "PIL",
    "babel",
    "iso4217",
    "holidays",
    "openpyxl",
    "xlsxwriter",
    "python_calamine",
    "pypdf",
    "stdnum",
    "PySide6.QtPdf",
    "merchant_refunds.documents",
    "merchant_refunds.exports",
    "merchant_refunds.demo",
    "merchant_refunds.services.backup",
    "merchant_refunds.services.integrity",
    "merchant_refunds.services.exchanges",
    "merchant_refunds.services.refund_requests",
    "merchant_refunds.services.refund_views",
    "merchant_refunds.services.row_images",
    "merchant_refunds.services.notices.owner_digest",
    "merchant_refunds.ui.refunds",
    "merchant_refunds.ui.common.pdf_paint",
    "merchant_refunds.ui.orders.refund_dialog",
    "merchant_refunds.ui.orders.exchange_dialog",
    "merchant_refunds.ui.orders.exchange_preview",
    "merchant_refunds.ui.orders.new_order_dialog",
    "merchant_refunds.ui.settings.settings_view",
    "merchant_refunds.ui.shell.first_start",
)

#: Signs the owner in on the database as the launcher does after the start-up check, shows the
#: main window, and reports the modules loaded once the Orders table has painted order rows
#: (and the event loop has turned once after that paint), then once the Refunds view is open.
PROBE = """\
import json, os, sys
from pathlib import Path

import merchant_refunds.cli.main  # what the console script loads before the GUI
from merchant_refunds.ui.shell import launch
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from merchant_refunds.services import users
from merchant_refunds.ui.common import computer_settings, i18n
from merchant_refunds.ui.shell.main_window import REFUNDS

computer_settings.use_file(Path(sys.argv[2]))
app = QApplication([sys.argv[0]])
locale = i18n.apply_language(i18n.CHINESE)
db_path = launch.open_database_or_explain(sys.argv[1])
window = launch.Shell(db_path, locale).show_window(users.get_actor("boss"))
view = window.orders_view
report = {}


def refunds_open():
    report["refunds_view"] = sorted(sys.modules)
    print(json.dumps(report), flush=True)
    os._exit(0)


def rows_painted():
    report["rows"] = view.model.rowCount()
    report["first_rows"] = sorted(sys.modules)
    window.show_view(REFUNDS)
    QTimer.singleShot(0, refunds_open)


class Watcher(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and view.model.page_fetches and not report:
            report["painting"] = True
            QTimer.singleShot(0, rows_painted)
        return False


watcher = Watcher()
view.table.viewport().installEventFilter(watcher)
QTimer.singleShot(60_000, lambda: os._exit(3))
app.exec()
"""


def loaded(modules: list[str]) -> list[str]:
    return sorted(
        m for m in modules if any(m == h or m.startswith(h + ".") for h in NOT_BEFORE_FIRST_ROWS)
    )


@pytest.fixture
def shop_file(clerk: Actor, db_path: Path) -> Iterator[Path]:
    """A shop with three orders, closed so that another process may open it."""
    for number in ("T0001", "T0002", "T0003"):
        orders.create_order(clerk, tea_order(number))
    close_database()
    yield db_path


def test_first_orders_rows_paint_without_the_heavy_libraries_or_other_views(
    shop_file: Path, tmp_path: Path
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "zh_CN.UTF-8"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(shop_file), str(tmp_path / "computer.ini")],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["rows"] == 3
    assert loaded(report["first_rows"]) == [], loaded(report["first_rows"])
    # The probe does see them: the Refunds view, once opened, has its printing loaded.
    assert "merchant_refunds.ui.refunds.print_actions" in loaded(report["refunds_view"])
