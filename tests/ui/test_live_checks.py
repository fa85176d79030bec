"""Every dialog and settings page that takes input says what is wrong as it is typed.

Each field's message comes from the services' own checks, in the user's language, under the
field; OK or Save stays off while anything is wrong; closing a dialog with typed input asks
first. Nothing here presses OK to find out what is wrong.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QTableWidgetItem
from pytestqt.qtbot import QtBot

from merchant_refunds.services import orders, store_credit
from merchant_refunds.ui.common import i18n
from merchant_refunds.ui.common.tasks import wait_for_tasks
from merchant_refunds.ui.orders.new_order_dialog import NewOrderDialog
from merchant_refunds.ui.orders.order_edit_dialog import OrderEditDialog
from merchant_refunds.ui.refunds.aftercare_dialogs import FeedbackDialog
from merchant_refunds.ui.refunds.deadline_dialog import ExtendDeadlineDialog
from merchant_refunds.ui.refunds.evidence import RejectDialog
from merchant_refunds.ui.refunds.refund_actions import ReasonDialog
from merchant_refunds.ui.settings.settings_accounts import AccountsPage
from merchant_refunds.ui.settings.settings_notices import NoticesPage
from merchant_refunds.ui.settings.settings_policy import PolicyPage
from merchant_refunds.ui.settings.settings_rejections import RejectionReasonsPage
from merchant_refunds.ui.settings.settings_sku_rules import SkuRulesPage
from merchant_refunds.ui.settings.settings_users import AddUserDialog
from merchant_refunds.ui.settings.settings_view import ProfilePage
from tests.factories import tea_order
from tests.ui.helpers import OFFSCREEN_NOISE, answer_yes
from tests.ui.refunds.test_refunds_view import _request

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture(autouse=True)
def _settle(qtbot: QtBot, db_path: object) -> Iterator[None]:
    yield
    wait_for_tasks()
    i18n.apply_language(i18n.ENGLISH)


def _ok(dialog: object) -> object:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def _question(widget: object) -> QMessageBox | None:
    boxes = [b for b in widget.findChildren(QMessageBox) if b.isVisible()]
    return boxes[0] if boxes else None


def _shown(qtbot: QtBot, dialog: object) -> object:
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


# --- the new order -------------------------------------------------------------------------


def test_new_order_says_each_problem_under_its_field_as_typed(qtbot, make_session, clerk):
    dialog = _shown(qtbot, NewOrderDialog(make_session(clerk)))
    # an empty form does not open in red, but Create is off and says why when pointed at
    assert not dialog.create_button.isEnabled()
    assert not dialog.errors["customer"].isVisibleTo(dialog)
    assert dialog.create_button.toolTip()
    dialog.customer.setText("王小芳")
    dialog.set_line(0, sku="TEA-1", name="白茶", qty="2", price="12.00")
    assert dialog.create_button.isEnabled(), dialog.create_button.toolTip()

    dialog.set_line(0, price="12.345")  # three decimals in CNY
    assert dialog.errors["lines"].isVisibleTo(dialog)
    assert dialog.errors["lines"].text().startswith("Line 1:")
    assert not dialog.create_button.isEnabled()
    dialog.set_line(0, price="12.00")
    assert not dialog.errors["lines"].isVisibleTo(dialog)

    dialog.order_discount.setText("100.00")  # more than the lines: the domain's own rule
    assert not dialog.create_button.isEnabled()
    assert "exceed the amount of the lines" in dialog.errors["order_discount"].text()
    dialog.order_discount.clear()

    dialog.phone.setText("1" * 41)
    assert dialog.errors["phone"].text() == "The customer's phone is longer than 40 characters"
    dialog.phone.setText("13800000000")
    assert dialog.create_button.isEnabled()

    orders.create_order(clerk, tea_order("TB1001"))
    dialog.order_no.setText("TB1001")  # another counter has it already
    assert dialog.errors["order_no"].text() == "Order TB1001 already exists"
    assert not dialog.create_button.isEnabled()
    dialog.order_no.setText("M-77")
    with qtbot.waitSignal(dialog.order_created):
        dialog.create_button.click()
    assert orders.get_order("M-77").order.customer.name == "王小芳"


def test_new_order_messages_are_in_chinese(qtbot, make_session, clerk):
    i18n.apply_language(i18n.CHINESE)
    dialog = _shown(qtbot, NewOrderDialog(make_session(clerk)))
    dialog.customer.setText("x")
    dialog.customer.clear()
    assert dialog.errors["customer"].isVisibleTo(dialog)
    text = dialog.errors["customer"].text()
    assert text and not any("a" <= ch.lower() <= "z" for ch in text), text


def test_new_order_asks_before_throwing_typed_input_away(qtbot, make_session, clerk):
    dialog = _shown(qtbot, NewOrderDialog(make_session(clerk)))
    dialog.reject()  # nothing typed: closes at once
    assert not dialog.isVisible()

    dialog = _shown(qtbot, NewOrderDialog(make_session(clerk)))
    dialog.customer.setText("王小芳")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    box = _question(dialog)
    assert box is not None and dialog.isVisible()
    assert box.text() == "What you typed in this window has not been saved. Close it and lose it?"
    box.escapeButton().click()  # "Go back": the dialog stays with what was typed
    assert dialog.isVisible() and dialog.customer.text() == "王小芳"
    dialog.reject()
    answer_yes(_question(dialog))
    assert not dialog.isVisible()
    assert orders.count_orders() == 0


# --- dialogs on a refund -------------------------------------------------------------------


@pytest.fixture
def refund_no(clerk) -> str:
    orders.create_order(clerk, tea_order("TB1001"))
    return _request(clerk)


def test_reason_dialog_checks_the_text_with_the_services_rule(qtbot, make_session, clerk):
    from merchant_refunds.services import refund_decisions

    dialog = _shown(
        qtbot,
        ReasonDialog("Cancel", "Reason (optional):", False, check=refund_decisions.check_reason),
    )
    assert _ok(dialog).isEnabled()  # optional: empty is fine
    dialog.text_edit.setPlainText("x" * 2001)
    assert dialog.text_field.error() == "The reason is longer than 2000 characters"
    assert not _ok(dialog).isEnabled()
    dialog.text_edit.setPlainText("bad\u202eword")
    assert "text-direction control character" in dialog.text_field.error()
    dialog.text_edit.setPlainText("customer changed her mind")
    assert dialog.text_field.error() == "" and _ok(dialog).isEnabled()


def test_reject_dialog_checks_the_remark_as_typed(qtbot, make_session, owner, refund_no):
    dialog = _shown(qtbot, RejectDialog(make_session(owner), refund_no))
    assert not _ok(dialog).isEnabled()  # no template and no words yet
    dialog.text_edit.setPlainText("y" * 2001)
    assert dialog.text_field.error() == "The reason is longer than 2000 characters"
    assert not _ok(dialog).isEnabled()
    dialog.text_edit.setPlainText("the seal is broken")
    assert _ok(dialog).isEnabled() and dialog.text_field.error() == ""
    dialog.reject()
    assert _question(dialog) is not None  # words typed: asked first
    answer_yes(_question(dialog))


def test_feedback_comment_is_checked_as_typed(qtbot, make_session, clerk, refund_no):
    dialog = _shown(qtbot, FeedbackDialog(make_session(clerk), refund_no))
    assert _ok(dialog).isEnabled()
    dialog.comment.setPlainText("z" * 2001)
    assert dialog.wrapped["comment"].error() == "The comment is longer than 2000 characters"
    assert not _ok(dialog).isEnabled()


@pytest.mark.parametrize(
    ("language", "message"),
    [(i18n.ENGLISH, "Say why the deadline is extended"), (i18n.CHINESE, "请说明延长期限的原因")],
)
def test_deadline_extension_is_checked_as_typed(
    qtbot, make_session, owner, refund_no, language, message
):
    from merchant_refunds.services import deadlines

    i18n.apply_language(language)
    current = next(d for d in deadlines.for_refund(refund_no).deadlines if not d.statutory)
    dialog = _shown(qtbot, ExtendDeadlineDialog(make_session(owner), refund_no, current))
    assert not _ok(dialog).isEnabled()
    dialog.reason.setText("x")
    dialog.reason.clear()
    assert dialog.field_error("reason") == message
    dialog.reason.setText("customer abroad")
    dialog.set_until(current.due_on)  # not later than the current last day
    assert current.due_on.isoformat() in dialog.field_error("until")
    assert not _ok(dialog).isEnabled()
    dialog.set_until(date.fromordinal(current.due_on.toordinal() + 3))
    assert dialog.field_error("until") == "" and _ok(dialog).isEnabled()


def test_order_edit_checks_a_category_as_typed(qtbot, make_session, owner):
    orders.create_order(owner, tea_order("TB1001"))
    dialog = _shown(qtbot, OrderEditDialog(make_session(owner), orders.get_order("TB1001")))
    assert _ok(dialog).isEnabled()
    dialog.categories[0].setEditText("c" * 65)  # a category of the shop's own, typed
    assert dialog.category_error.isVisibleTo(dialog)
    assert dialog.category_error.text() == ("Line 1: The category is longer than 64 characters")
    assert not _ok(dialog).isEnabled()
    dialog.reject()
    assert _question(dialog) is not None
    answer_yes(_question(dialog))
    assert orders.get_order("TB1001").order.lines[0].category != "c" * 65


def test_store_credit_says_too_much_before_ok(qtbot, make_session, clerk):
    from merchant_refunds.ui.orders.store_credit_dialog import CreditMovementDialog

    dialog = _shown(
        qtbot, CreditMovementDialog(make_session(clerk), "phone:1", "CNY", 500, cash=False)
    )
    dialog.amount.setText("5.01")
    dialog.reference.setText("T-1")
    assert dialog.amount_field.error().startswith("The customer has only ")
    assert "5.00" in dialog.amount_field.error()
    assert not _ok(dialog).isEnabled()
    dialog.amount.setText("5.00")
    assert _ok(dialog).isEnabled()
    assert store_credit.balance("phone:1", "CNY") == 0  # nothing written by checking


# --- settings ------------------------------------------------------------------------------


def test_policy_page_turns_save_off_while_a_field_is_wrong(qtbot, make_session, owner):
    page = _shown(qtbot, PolicyPage(make_session(owner)))
    assert page.save_button.isEnabled()
    page.restocking.setText("150")
    assert page.fields["restocking_fee_bp"].error()
    assert not page.save_button.isEnabled()
    assert page.status_label.text() == "Please correct the fields marked in red."
    page.restocking.setText("2.5")
    assert page.save_button.isEnabled() and page.status_label.text() == ""


def test_profile_page_needs_a_name_as_typed(qtbot, make_session, owner):
    page = _shown(qtbot, ProfilePage(make_session(owner)))
    page.name.setText("茶铺")
    assert page.save_button.isEnabled()
    page.name.clear()
    assert page.fields["name"].error() == "Please enter the shop's name."
    assert not page.save_button.isEnabled()
    page.name.setText("茶铺")
    page.tax_number.setText("t" * 501)
    assert "longer than 500 characters" in page.status_label.text()
    assert not page.save_button.isEnabled()
    page.tax_number.clear()
    assert page.save_button.isEnabled()


def test_accounts_page_checks_codes_as_typed(qtbot, make_session, owner):
    page = _shown(qtbot, AccountsPage(make_session(owner)))
    key = page.keys[0]
    page.codes[key].setText("")
    assert page.field_error(key)
    assert not page.save_button.isEnabled()


@pytest.mark.parametrize(
    ("language", "message"),
    [
        (i18n.ENGLISH, "Unknown placeholder {price}"),
        (i18n.CHINESE, "未知的占位符 {price}"),
    ],
)
def test_notices_page_names_an_unknown_placeholder_as_typed(
    qtbot, make_session, owner, language, message
):
    i18n.apply_language(language)
    page = _shown(qtbot, NoticesPage(make_session(owner)))
    page.body_edit.setPlainText("Your refund of {price}")
    assert message in page.field_error("body")
    assert not page.save_button.isEnabled()
    page.digest_on.setChecked(True)
    page.digest_address.setText("owner-at-shop")
    assert page.field_error("digest_address")
    page.body_edit.setPlainText("Your refund {refund_no}")
    page.digest_address.setText("owner@shop.example")
    assert page.save_button.isEnabled()


def test_sku_and_rejection_tables_are_checked_as_edited(qtbot, make_session, owner):
    rules = _shown(qtbot, SkuRulesPage(make_session(owner)))
    rules.add_rule()
    rules.table.setItem(0, 0, QTableWidgetItem("TEA-*"))  # a pattern that says nothing
    assert rules.table_error.isVisibleTo(rules)
    assert not rules.save_button.isEnabled()
    rules.table.setItem(0, 1, QTableWidgetItem("food"))
    assert not rules.table_error.isVisibleTo(rules) and rules.save_button.isEnabled()

    reasons = _shown(qtbot, RejectionReasonsPage(make_session(owner)))
    count = reasons.table.rowCount()
    reasons.add_reason()
    reasons.table.setItem(count, 0, QTableWidgetItem("used"))  # no texts yet
    assert reasons.table_error.isVisibleTo(reasons)
    assert not reasons.save_button.isEnabled()


def test_add_user_dialog_checks_name_and_pins_as_typed(qtbot, make_session, owner):
    dialog = _shown(qtbot, AddUserDialog(make_session(owner)))
    assert not dialog.ok_button.isEnabled()
    dialog.user_name.field.setText("li lei")
    assert dialog.user_name.error() == "A user name is 1 to 64 characters without spaces"
    dialog.user_name.field.setText("lilei")
    pin, again = dialog.pins.edits()
    pin.setText("482913")
    again.setText("482914")
    assert dialog.pins.again.error() == "The two PINs are not the same."
    assert not dialog.ok_button.isEnabled()
    again.setText("482913")
    assert dialog.ok_button.isEnabled()


def test_exchange_asks_before_throwing_the_units_given_away(qtbot, make_session, clerk):
    from merchant_refunds.ui.orders.exchange_dialog import ExchangeDialog

    orders.create_order(clerk, tea_order("TB1001"))
    dialog = _shown(qtbot, ExchangeDialog(make_session(clerk), "TB1001"))
    dialog.reject()  # nothing chosen: closes at once
    assert not dialog.isVisible()
    dialog = _shown(qtbot, ExchangeDialog(make_session(clerk), "TB1001"))
    dialog.add_out_row("TEA-2", "红茶", "50.00")
    dialog.reject()
    assert dialog.isVisible() and _question(dialog) is not None
    answer_yes(_question(dialog))
    assert not dialog.isVisible()


def test_change_my_pin_checks_the_new_pin_as_typed(qtbot, make_session, clerk):
    from merchant_refunds.ui.shell.change_pin import ChangePinDialog

    dialog = _shown(qtbot, ChangePinDialog(make_session(clerk)))
    assert not dialog.ok_button.isEnabled()
    dialog.current.setText("5678")
    pin, again = dialog.pins.edits()
    pin.setText("12")
    assert dialog.pins.pin.error() == "A PIN is 4 to 12 digits"
    pin.setText("482913")
    again.setText("482913")
    assert dialog.ok_button.isEnabled()
    dialog.reject()
    assert _question(dialog) is not None  # PINs typed: asked first
    answer_yes(_question(dialog))
