"""The platforms' exports in the GUI: the import dialog recognises each by its name, and the
orders view lists and shows each order's source by the platform's name, in the user's language."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from merchant_refunds.imports.run import import_file
from merchant_refunds.services.users import Actor
from merchant_refunds.ui.common import i18n
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.common.tasks import wait_for_tasks
from merchant_refunds.ui.orders.import_dialog import ImportDialog
from merchant_refunds.ui.orders.orders_view import OrdersView
from tests.ui.helpers import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
SAMPLES = Path(__file__).parents[2] / "imports" / "samples"
#: sample -> (name shown in English, in Chinese, orders in it)
SHOWN = {
    "jd_orders.csv": ("JD.com", "京东", 4),
    "pinduoduo_orders.csv": ("Pinduoduo", "拼多多", 4),
    "douyin_orders.csv": ("Douyin shop", "抖店", 3),
    "youzan_orders.csv": ("Youzan", "有赞", 3),
    "wechat_shop_orders.csv": ("WeChat shop", "微信小店", 3),
}


@pytest.fixture(autouse=True)
def _settle(qtbot: QtBot, db_path: Path) -> Iterator[None]:
    yield
    wait_for_tasks()
    i18n.apply_language(i18n.ENGLISH)


@pytest.mark.parametrize("name", sorted(SHOWN))
def test_the_import_dialog_recognises_each_platform(
    name: str, qtbot: QtBot, owner: Actor, make_session: Callable[[Actor], Session]
) -> None:
    english, chinese, count = SHOWN[name]
    dialog = ImportDialog(make_session(owner))
    qtbot.addWidget(dialog)
    dialog.set_file(SAMPLES / name)
    assert wait_for_tasks()
    assert english in dialog.format_label.text()
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert wait_for_tasks()
    assert f"New: {count}" in dialog.counts_label.text()
    assert "Failing: 0" in dialog.counts_label.text()
    i18n.apply_language(i18n.CHINESE)
    dialog.set_file(SAMPLES / name)
    assert wait_for_tasks()
    assert chinese in dialog.format_label.text()
    assert dialog.format_combo.findText(chinese) > 0  # the format can be chosen by its name


def test_the_orders_view_shows_sources_by_the_platforms_names(
    qtbot: QtBot, owner: Actor, make_session: Callable[[Actor], Session]
) -> None:
    import_file(owner, SAMPLES / "jd_orders.csv")
    import_file(owner, SAMPLES / "pinduoduo_orders.csv")
    i18n.apply_language(i18n.CHINESE)
    view = OrdersView(make_session(owner))
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    qtbot.waitUntil(lambda: view.source_filter.count() == 3)
    listed = {view.source_filter.itemText(i): view.source_filter.itemData(i) for i in range(1, 3)}
    assert listed == {"京东": "jd", "拼多多": "pinduoduo"}
    headers = [
        view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())
    ]
    source = headers.index("来源")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    shown = {view.model.index(r, source).data() for r in range(view.model.rowCount())}
    assert shown == {"京东", "拼多多"}  # the list names the platform, never its code
    view.search.setText("310000000001")
    qtbot.waitUntil(lambda: "310000000001" in view.detail.title.text())
    assert "京东" in view.detail.browser.toPlainText()


def test_a_platform_files_bad_cells_are_shown_in_the_users_language(
    qtbot: QtBot, owner: Actor, make_session: Callable[[Actor], Session], tmp_path: Path
) -> None:
    text = (SAMPLES / "jd_orders.csv").read_text("gbk")
    bad = tmp_path / "jd_bad.csv"
    bad.write_text(text.replace(",完成,", ",锁定,", 1), "gbk")  # JD's "locked": not known
    i18n.apply_language(i18n.CHINESE)
    dialog = ImportDialog(make_session(owner))
    qtbot.addWidget(dialog)
    dialog.set_file(bad)
    assert wait_for_tasks()
    assert "京东" in dialog.format_label.text()
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert wait_for_tasks()
    shown = [
        tuple(dialog.problems_table.item(r, c).text() for c in (0, 1, 3))
        for r in range(dialog.problems_table.rowCount())
    ]
    assert shown == [("2", "订单状态", "订单状态：无法识别的值 '锁定'")]
    assert not dialog.import_button.isEnabled()
