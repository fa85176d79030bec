"""The import dialog: detect, preview with counts and failures, confirm, cancel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from merchant_refunds.services import orders
from merchant_refunds.services.users import Actor
from merchant_refunds.storage import models as m
from merchant_refunds.ui.common import i18n
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.common.tasks import wait_for_tasks
from merchant_refunds.ui.orders.import_dialog import ImportDialog
from merchant_refunds.ui.shell.main_window import MainWindow
from tests import import_samples as s
from tests.hostile_files import zip_bomb
from tests.ui.helpers import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
LEFT = Qt.MouseButton.LeftButton


def _dialog(qtbot: QtBot, session: Session, path: Path) -> ImportDialog:
    dialog = ImportDialog(session)
    qtbot.addWidget(dialog)
    dialog.set_file(path)
    assert wait_for_tasks()
    return dialog


def test_preview_shows_counts_and_failure_then_import(
    qtbot: QtBot, owner: Actor, make_session: Callable[[Actor], Session], tmp_path: Path
) -> None:
    rows = s.shopify_rows()
    rows[4]["Total"] = "111.00"
    session = make_session(owner)
    dialog = _dialog(qtbot, session, s.shopify_file(tmp_path / "bad.csv", rows))
    assert "Shopify" in dialog.format_label.text()
    qtbot.mouseClick(dialog.preview_button, LEFT)
    assert wait_for_tasks()
    assert "New: 3" in dialog.counts_label.text() and "Failing: 1" in dialog.counts_label.text()
    assert dialog.problems_table.rowCount() == 1
    assert dialog.problems_table.item(0, 0).text() == "6"
    assert dialog.problems_table.item(0, 1).text() == "Total"
    assert "does not add up" in dialog.problems_table.item(0, 3).text()
    assert not dialog.import_button.isEnabled()

    dialog.set_file(s.shopify_file(tmp_path / "good.csv"))
    assert wait_for_tasks()
    qtbot.mouseClick(dialog.preview_button, LEFT)
    assert wait_for_tasks()
    assert dialog.import_button.isEnabled()
    assert m.Order.select().count() == 0
    with qtbot.waitSignal(session.data_changed, timeout=5000):
        qtbot.mouseClick(dialog.import_button, LEFT)
    assert wait_for_tasks()
    assert dialog.counts_label.text().startswith("Imported.")
    assert orders.get_order("#1004").refundable["total_left"] == 9000


def test_cancel_leaves_nothing(
    qtbot: QtBot, owner: Actor, make_session: Callable[[Actor], Session], tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, make_session(owner), s.write_shopify_bulk(tmp_path / "b.csv", 30000))
    qtbot.mouseClick(dialog.preview_button, LEFT)
    assert wait_for_tasks(30000)
    assert "New: 10000" in dialog.counts_label.text()
    qtbot.mouseClick(dialog.import_button, LEFT)
    assert dialog.cancel_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    assert wait_for_tasks(30000)
    assert "Nothing was imported" in dialog.message_label.text()
    assert m.Order.select().count() == 0


def test_unknown_file_gets_a_mapping_that_is_remembered(
    qtbot: QtBot, owner: Actor, make_session: Callable[[Actor], Session], tmp_path: Path
) -> None:
    headers = ["单号", "日期", "客户", "品名", "数量", "单价"]
    row = {
        "单号": "M-1",
        "日期": "2026-11-20",
        "客户": "赵",
        "品名": "茶",
        "数量": "2",
        "单价": "5",
    }
    path = s.write_csv(tmp_path / "erp.csv", headers, [row])
    dialog = _dialog(qtbot, make_session(owner), path)
    assert dialog.mapping() == {}
    fields = ["order_no", "placed_at", "customer_name", "name", "quantity", "unit_price"]
    dialog.set_mapping(dict(zip(fields, headers, strict=True)))
    qtbot.mouseClick(dialog.preview_button, LEFT)
    assert wait_for_tasks()
    assert "New: 1" in dialog.counts_label.text()
    qtbot.mouseClick(dialog.import_button, LEFT)
    assert wait_for_tasks()
    assert orders.get_order("M-1").order.total_paid == 1000
    again = _dialog(qtbot, make_session(owner), path)
    assert again.detection is not None and again.detection.format == "generic"
    assert again.mapping() == dict(zip(fields, headers, strict=True))


def test_file_menu_has_import_for_clerks(
    qtbot: QtBot, clerk: Actor, make_session: Callable[[Actor], Session]
) -> None:
    window = MainWindow(make_session(clerk))
    qtbot.addWidget(window)
    assert window.import_action in window.file_menu.actions()
    assert window.import_action.isEnabled()


def test_problems_are_shown_in_the_users_language(
    qtbot: QtBot, owner: Actor, make_session: Callable[[Actor], Session], tmp_path: Path
) -> None:
    """The reasons are translated like every other message, a domain error inside one too."""
    rows = s.shopify_rows()
    rows[4]["Total"] = "111.00"  # does not add up
    rows[1]["Lineitem quantity"] = "-2"  # a negative quantity
    rows[2]["Currency"] = "XYZ"  # a domain error (unknown currency) inside the cell's reason
    session = make_session(owner)
    i18n.apply_language(i18n.CHINESE)
    try:
        dialog = _dialog(qtbot, session, s.shopify_file(tmp_path / "bad.csv", rows))
        qtbot.mouseClick(dialog.preview_button, LEFT)
        assert wait_for_tasks()
        shown = {
            dialog.problems_table.item(r, 1).text(): dialog.problems_table.item(r, 3).text()
            for r in range(dialog.problems_table.rowCount())
        }
    finally:
        i18n.apply_language(i18n.ENGLISH)
    assert shown["Total"].startswith("订单金额对不上：")
    assert shown["Lineitem quantity"].startswith("Lineitem quantity：")
    assert "不是整数件数" in shown["Lineitem quantity"] or "至少为 1" in shown["Lineitem quantity"]
    currency = shown["Currency"]
    assert currency.startswith("Currency：") and "XYZ" in currency
    assert not any(word in currency for word in ("currency", "Unknown", "unknown"))


def test_a_zip_bomb_is_refused_in_the_users_language(
    qtbot: QtBot, owner: Actor, make_session: Callable[[Actor], Session], tmp_path: Path
) -> None:
    """A hostile workbook gets one line in the user's language, and nothing is imported."""
    bomb, _ = zip_bomb(tmp_path / "orders.xlsx", megabytes=0.5)
    session = make_session(owner)
    i18n.apply_language(i18n.CHINESE)
    try:
        dialog = _dialog(qtbot, session, bomb)
        shown = dialog.message_label.text()
    finally:
        i18n.apply_language(i18n.ENGLISH)
    assert "orders.xlsx" in shown and "压缩" in shown, shown
    assert "\n" not in shown and "compressed" not in shown
    assert not dialog.import_button.isEnabled()
    assert m.Order.select().count() == 0


def test_taobaos_two_files_are_chosen_together_previewed_and_imported(
    qtbot: QtBot,
    owner: Actor,
    make_session: Callable[[Actor], Session],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The file chooser takes both files of Taobao's export at once, in whichever order."""
    order_list, line_list = s.taobao_pair_files(tmp_path)
    asked = []

    def choose(*args: object) -> tuple[list[str], str]:
        asked.append(args)
        return [str(line_list), str(order_list)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(choose))
    session = make_session(owner)
    dialog = ImportDialog(session)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.choose_button, LEFT)
    assert wait_for_tasks()
    assert asked and "line list" in str(asked[0][1])
    assert "order list and line list" in dialog.format_label.text()
    assert order_list.name in dialog.file_edit.text() and line_list.name in dialog.file_edit.text()
    qtbot.mouseClick(dialog.preview_button, LEFT)
    assert wait_for_tasks()
    assert "New: 3" in dialog.counts_label.text() and "Failing: 0" in dialog.counts_label.text()
    with qtbot.waitSignal(session.data_changed, timeout=5000):
        qtbot.mouseClick(dialog.import_button, LEFT)
    assert wait_for_tasks()
    assert dialog.counts_label.text().startswith("Imported.")
    assert orders.get_order("3300012345678903").order.total_paid == 16400


def test_two_order_lists_are_refused_in_the_users_language(
    qtbot: QtBot,
    owner: Actor,
    make_session: Callable[[Actor], Session],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    order_list, _line_list = s.taobao_pair_files(tmp_path)
    copy = tmp_path / "again.csv"
    copy.write_bytes(order_list.read_bytes())
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileNames",
        staticmethod(lambda *args: ([str(order_list), str(copy)], "")),
    )
    session = make_session(owner)
    i18n.apply_language(i18n.CHINESE)
    try:
        dialog = ImportDialog(session)
        qtbot.addWidget(dialog)
        qtbot.mouseClick(dialog.choose_button, LEFT)
        assert wait_for_tasks()
        shown = dialog.message_label.text()
    finally:
        i18n.apply_language(i18n.ENGLISH)
    assert "again.csv" in shown and "订单报表" in shown and "都是" in shown, shown
    assert "both" not in shown
    assert not dialog.preview_button.isEnabled() and not dialog.import_button.isEnabled()
    assert m.Order.select().count() == 0


def test_a_large_file_is_read_by_a_second_process_under_the_dialog(
    qtbot: QtBot,
    owner: Actor,
    make_session: Callable[[Actor], Session],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The dialog imports in a worker thread: the reading process is started afresh (spawn),
    and its progress reaches the dialog."""
    from merchant_refunds.imports import parse_process

    monkeypatch.setattr(parse_process, "MIN_BYTES", 0)
    monkeypatch.setattr(parse_process.os, "cpu_count", lambda: 2)
    monkeypatch.delenv(parse_process.READER_ENV, raising=False)
    methods = []
    real = parse_process._start_method
    monkeypatch.setattr(parse_process, "_start_method", lambda: methods.append(real()) or real())
    session = make_session(owner)
    dialog = _dialog(qtbot, session, s.write_shopify_bulk(tmp_path / "bulk.csv", 3000))
    qtbot.mouseClick(dialog.preview_button, LEFT)
    assert wait_for_tasks()
    assert "New: 1000" in dialog.counts_label.text()
    with qtbot.waitSignal(session.data_changed, timeout=20000):
        qtbot.mouseClick(dialog.import_button, LEFT)
    assert wait_for_tasks()
    assert dialog.counts_label.text().startswith("Imported.")
    assert m.Order.select().count() == 1000
    assert methods == ["spawn", "spawn"]
