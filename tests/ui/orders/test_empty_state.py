"""A new shop's first screen says where orders come from (issue 15, problem 8), and the
first-start form keeps its fields whole while their messages show."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from merchant_refunds.services import orders
from merchant_refunds.ui.common import i18n
from merchant_refunds.ui.common.tasks import wait_for_tasks
from merchant_refunds.ui.orders.orders_view import OrdersView
from merchant_refunds.ui.shell.first_start import FirstStartDialog
from tests.factories import tea_order
from tests.ui.helpers import OFFSCREEN_NOISE, column_texts

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

SHOWN = {
    i18n.ENGLISH: ("No orders yet", "Import orders…", "New order…"),
    i18n.CHINESE: ("还没有订单", "导入订单…", "新建订单…"),
}


@pytest.fixture(params=[i18n.ENGLISH, i18n.CHINESE])
def language(request) -> Iterator[str]:
    i18n.apply_language(request.param)
    yield request.param
    i18n.apply_language(i18n.ENGLISH)


@pytest.fixture(autouse=True)
def _settle(qtbot, db_path) -> Iterator[None]:
    yield
    wait_for_tasks()


def _view(qtbot, session) -> OrdersView:
    view = OrdersView(session)
    qtbot.addWidget(view)
    view.resize(1200, 640)
    view.show()
    return view


def test_a_new_shop_lands_on_a_hint_to_import_or_add_orders(
    qtbot, make_session, owner, language
) -> None:
    title, import_text, new_text = SHOWN[language]
    view = _view(qtbot, make_session(owner))
    qtbot.waitUntil(view.showing_empty_state)
    assert view.empty_title.text() == title
    assert view.empty_import_button.isVisible() and view.empty_import_button.text() == import_text
    assert view.empty_new_button.isVisible() and view.empty_new_button.text() == new_text
    view.empty_import_button.click()
    assert view.import_dialog is not None and view.import_dialog.isVisible()
    view.import_dialog.reject()
    view.empty_new_button.click()
    assert view.new_order_dialog is not None and view.new_order_dialog.isVisible()
    view.new_order_dialog.reject()


def test_the_list_replaces_the_hint_once_there_are_orders(qtbot, make_session, owner) -> None:
    session = make_session(owner)
    view = _view(qtbot, session)
    qtbot.waitUntil(view.showing_empty_state)
    orders.create_order(owner, tea_order("TB1001"))
    session.notify_changed()
    qtbot.waitUntil(lambda: column_texts(view.model, 0) == ["TB1001"])
    assert not view.showing_empty_state()
    view.search.setText("nothing like this")  # no match is not "no orders"
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    assert not view.showing_empty_state()


def test_an_accountant_sees_the_hint_without_buttons(qtbot, make_session, accountant) -> None:
    view = _view(qtbot, make_session(accountant))
    qtbot.waitUntil(view.showing_empty_state)
    assert not view.empty_import_button.isVisible()
    assert not view.empty_new_button.isVisible()


def _settled() -> None:
    for _ in range(3):
        QCoreApplication.sendPostedEvents()
        QApplication.processEvents()


def test_first_start_fields_keep_their_height_and_the_form_shrinks_back(qtbot, db_path) -> None:
    dialog = FirstStartDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    _settled()
    height, field_height = dialog.height(), dialog.shop_name.height()
    dialog.fields["shop_name"].set_error("")
    assert not dialog.validate()
    _settled()
    assert dialog.fields["shop_name"].error() == "Please enter the shop's name."
    assert dialog.shop_name.height() == field_height  # not squeezed by its message
    assert dialog.height() > height
    dialog.shop_name.setText("茶叶小铺")
    for name in ("shop_name", "user_name", "pin"):
        dialog.fields[name].set_error("")
    _settled()
    assert dialog.height() == height
    dialog.grab().save(str(db_path.parent / "first-start.png"))
