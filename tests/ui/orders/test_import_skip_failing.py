"""The import dialog's "import the good orders": one bad order no longer blocks the file."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from merchant_refunds.services.users import Actor
from merchant_refunds.storage import models as m
from merchant_refunds.ui.common import i18n
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.common.tasks import wait_for_tasks
from merchant_refunds.ui.orders.import_dialog import ImportDialog
from tests import import_samples as s
from tests.ui.helpers import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
LEFT = Qt.MouseButton.LeftButton


def _one_bad_two_good(path: Path) -> Path:
    rows = s.shopify_rows()[:3]
    rows.append(dict(s.shopify_rows()[3], Total="1.00"))
    return s.shopify_file(path, rows)


def test_skip_failing_imports_the_good_orders_and_saves_the_list_in_chinese(
    qtbot: QtBot, owner: Actor, make_session: Callable[[Actor], Session], tmp_path: Path
) -> None:
    session = make_session(owner)
    dialog = ImportDialog(session)
    qtbot.addWidget(dialog)
    dialog.set_file(_one_bad_two_good(tmp_path / "orders.csv"))
    assert wait_for_tasks()
    qtbot.mouseClick(dialog.preview_button, LEFT)
    assert wait_for_tasks()
    assert "Failing: 1" in dialog.counts_label.text()
    assert not dialog.import_button.isEnabled()  # all or nothing stays the default
    qtbot.mouseClick(dialog.skip_box, LEFT)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(session.data_changed, timeout=5000):
        qtbot.mouseClick(dialog.import_button, LEFT)
        assert wait_for_tasks()
    assert {o.order_no for o in m.Order.select()} == {"#1001", "#1002"}
    assert "left out" in dialog.counts_label.text()
    assert dialog.problems_table.item(0, 2).text() == "#1003"

    i18n.apply_language("zh_CN")
    try:
        session.locale = "zh_CN"
        dialog.save_problems_to(tmp_path / "left-out.csv")
    finally:
        i18n.apply_language(i18n.ENGLISH)
    with (tmp_path / "left-out.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["行", "列", "订单号", "类型", "问题"]
    assert rows[1][2] == "#1003" and rows[1][3] == "无法导入"
    shown = dialog.problems_table.item(0, 3).text()
    assert rows[1][4] != "" and not rows[1][4].isascii(), (rows[1][4], shown)
