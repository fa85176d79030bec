"""The Settings view: owners change and every change is audited; others only look."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from merchant_refunds.domain.errors import NotFound, PermissionDenied
from merchant_refunds.services import audit, shop_settings, users
from merchant_refunds.services.users import Actor
from merchant_refunds.ui.common import computer_settings, i18n
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.settings.settings_users import AddUserDialog
from merchant_refunds.ui.settings.settings_view import SettingsView
from tests.ui.helpers import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def _computer_settings(tmp_path: Path) -> Iterator[None]:
    computer_settings.use_file(tmp_path / "computer.ini")
    yield
    computer_settings.use_file(None)
    i18n.apply_language(i18n.ENGLISH)


@pytest.fixture
def view_for(
    qtbot: QtBot, make_session: Callable[[Actor], Session]
) -> Callable[[Actor], SettingsView]:
    def make(actor: Actor) -> SettingsView:
        view = SettingsView(make_session(actor))
        qtbot.addWidget(view)
        view.resize(1000, 700)
        view.show()
        return view

    return make


def _retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def _shown_errors(widget: QWidget) -> list[str]:
    return [
        label.text()
        for label in widget.findChildren(QWidget, "fieldError")
        if label.isVisibleTo(widget)
    ]


def test_clerk_sees_settings_read_only_and_the_service_refuses(
    view_for: Callable[[Actor], SettingsView], clerk: Actor
) -> None:
    view = view_for(clerk)
    assert view.read_only_note.isVisible()
    assert view.read_only_note.text().startswith("Only the shop owner can change")
    policy = view.policy_page
    assert policy.restocking.text() == "0"
    assert not policy.restocking.isEnabled()
    assert not policy.window_spins["no_reason"].isEnabled()
    assert all(not p.save_button.isVisibleTo(p) for p in view.pages())
    assert not view.users_page.add_button.isEnabled()
    assert not view.profile_page.name.isEnabled()
    assert view.general_page.language.isEnabled()

    with pytest.raises(PermissionDenied):
        shop_settings.set_policy(clerk, {"restocking_fee_bp": 500})
    with pytest.raises(PermissionDenied):
        shop_settings.set_payment_methods(
            clerk, {"cash": {"enabled": False, "min_days": 0, "max_days": 0}}
        )
    with pytest.raises(PermissionDenied):
        users.create_user(clerk, "eve", "owner", "1111")
    assert shop_settings.get_policy().restocking_fee_bp == 0


def test_owner_changes_the_policy_and_it_is_audited(
    qtbot: QtBot, view_for: Callable[[Actor], SettingsView], owner: Actor
) -> None:
    page = view_for(owner).policy_page
    assert not page.status_label.text()
    page.window_spins["no_reason"].setValue(10)
    page.window_spins["duplicate_payment"].setValue(-1)
    _retype(qtbot, page.restocking, "2.5")
    _retype(qtbot, page.amount_edits["second_approval_threshold"], "800")
    _retype(qtbot, page.amount_edits["large_refund_threshold"], "¥3,000.50")
    _retype(qtbot, page.amount_edits["return_shipping_deduction"], "12")
    page.shipping_rule.setCurrentIndex(page.shipping_rule.findData("always"))
    page.instalments.setChecked(False)
    _retype(qtbot, page.cross_border, "1.5")
    page.fee_bearer.setCurrentIndex(page.fee_bearer.findData("customer"))
    page.goods_first.setChecked(False)
    qtbot.mouseClick(page.save_button, LEFT)

    assert page.status_label.text() == "Saved."
    policy = shop_settings.get_policy()
    assert policy.windows_days["no_reason"] == 10
    assert policy.windows_days["duplicate_payment"] is None
    assert policy.restocking_fee_bp == 250
    assert policy.second_approval_threshold["CNY"] == 80_000
    assert policy.second_approval_threshold["USD"] == 8_000  # other currencies kept
    assert policy.large_refund_threshold["CNY"] == 300_050
    assert policy.return_shipping_deduction == {"CNY": 1200}
    assert policy.shipping_rule.value == "always"
    assert not policy.instalments_allowed
    assert not page.max_instalments.isEnabled()
    assert policy.cross_border_fee_bp == 150
    assert policy.cross_border_fee_bearer.value == "customer"
    assert not policy.require_goods_before_payout

    (event,) = audit.events_for("setting", "policy")
    assert event.user_name == "boss"
    assert (event.before["restocking_fee_bp"], event.after["restocking_fee_bp"]) == (0, 250)
    assert page.amount_edits["large_refund_threshold"].text() == "3000.50"


def test_wrong_amounts_show_messages_under_their_fields(
    qtbot: QtBot, view_for: Callable[[Actor], SettingsView], owner: Actor
) -> None:
    page = view_for(owner).policy_page
    _retype(qtbot, page.restocking, "abc")
    _retype(qtbot, page.amount_edits["second_approval_threshold"], "12.345")
    _retype(qtbot, page.amount_edits["large_refund_threshold"], "lots")
    qtbot.mouseClick(page.save_button, LEFT)

    assert _shown_errors(page) == [
        "Type a percentage from 0 to 100, at most two decimals: for example 2.5",
        "CNY amounts have at most 2 decimal places: 12.345",
        "Not an amount: lots",
    ]
    assert page.status_label.text() == "Please correct the fields marked in red."
    assert audit.events_for("setting", "policy") == []


def test_payment_methods_saved_and_checked(
    qtbot: QtBot, view_for: Callable[[Actor], SettingsView], owner: Actor
) -> None:
    page = view_for(owner).payments_page
    page.enabled["paypal"].setChecked(False)
    page.max_days["card"].setValue(5)
    qtbot.mouseClick(page.save_button, LEFT)
    methods = shop_settings.get_payment_methods()
    assert not methods["paypal"].enabled
    assert (methods["card"].min_days, methods["card"].max_days) == (1, 5)
    assert [e.action for e in audit.events_for("setting", "payment_methods")] == [
        "settings.payment_methods"
    ]

    page.min_days["cash"].setValue(4)
    qtbot.mouseClick(page.save_button, LEFT)
    assert page.status_label.text() == "For cash the earliest arrival is after the latest"
    assert shop_settings.get_payment_methods()["cash"].min_days == 0


def test_owner_adds_a_user(
    qtbot: QtBot, view_for: Callable[[Actor], SettingsView], owner: Actor
) -> None:
    page = view_for(owner).users_page
    qtbot.mouseClick(page.add_button, LEFT)
    dialog = page.dialog
    assert isinstance(dialog, AddUserDialog) and dialog.isVisible()

    dialog.display_name.setText("会计 小金")
    qtbot.keyClicks(dialog.user_name.field, "kim")
    dialog.role.setCurrentIndex(dialog.role.findData("accountant"))
    pin, again = dialog.pins.edits()
    qtbot.keyClicks(pin, "6789")
    qtbot.keyClicks(again, "6780")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert _shown_errors(dialog) == ["The two PINs are not the same."]
    assert dialog.isVisible()

    again.clear()
    qtbot.keyClicks(again, "6789")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert not dialog.isVisible()
    assert page.status_label.text() == "User added."
    rows = [
        [page.table.item(r, c).text() for c in range(page.table.columnCount())]
        for r in range(page.table.rowCount())
    ]
    assert ["会计 小金", "kim", "Accountant", "Active"] in rows
    assert [e.action for e in audit.events_for("user", "kim")] == ["user.create"]
    assert users.authenticate("kim", "6789").role.value == "accountant"


def test_owner_requires_longer_pins_for_new_users(
    qtbot: QtBot, view_for: Callable[[Actor], SettingsView], owner: Actor, clerk: Actor
) -> None:
    assert not view_for(clerk).users_page.pin_min.isEnabled()
    page = view_for(owner).users_page
    assert page.pin_min.value() == 4 and page.pin_min.isEnabled()
    page.pin_min.setValue(6)
    qtbot.mouseClick(page.pin_min_button, LEFT)
    assert page.status_label.text() == "Shortest PIN changed."
    assert shop_settings.get_pin_min_digits() == 6
    (event,) = audit.events_for("setting", shop_settings.PIN_MIN_KEY)
    assert (event.before, event.after) == (4, 6)

    qtbot.mouseClick(page.add_button, LEFT)
    dialog = page.dialog
    assert isinstance(dialog, AddUserDialog)
    assert dialog.form.labelForField(dialog.pins.pin).text() == "PIN (6 to 12 digits)"
    qtbot.keyClicks(dialog.user_name.field, "kim")
    pin, again = dialog.pins.edits()
    qtbot.keyClicks(pin, "6789")
    qtbot.keyClicks(again, "6789")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert _shown_errors(dialog) == ["This shop's PINs have at least 6 digits"]
    assert dialog.isVisible()
    assert [u.name for u in users.list_users()] == ["amy", "boss"]


def test_owner_deactivates_a_user_but_never_themselves(
    qtbot: QtBot, view_for: Callable[[Actor], SettingsView], owner: Actor, clerk: Actor
) -> None:
    page = view_for(owner).users_page
    page.select_user("amy")
    assert page.active_button.text() == "Deactivate"
    qtbot.mouseClick(page.active_button, LEFT)

    assert page.status_label.text() == "User deactivated."
    assert page.table.item(0, 3).text() == "Deactivated"  # amy sorts first
    assert page.active_button.text() == "Reactivate"
    with pytest.raises(NotFound):
        users.authenticate("amy", "5678")
    assert [e.action for e in audit.events_for("user", "amy")] == ["user.create", "user.deactivate"]
    assert [u.name for u in users.list_users()] == ["amy", "boss"]  # kept, not deleted

    page.select_user("boss")
    qtbot.mouseClick(page.active_button, LEFT)
    assert page.status_label.text() == "You cannot deactivate yourself"
    assert users.list_users(active_only=True)[0].name == "boss"


def test_owner_changes_a_role_and_resets_a_pin(
    qtbot: QtBot, view_for: Callable[[Actor], SettingsView], owner: Actor, clerk: Actor
) -> None:
    page = view_for(owner).users_page
    page.select_user("amy")
    page.role_box.setCurrentIndex(page.role_box.findData("accountant"))
    qtbot.mouseClick(page.role_button, LEFT)
    assert page.table.item(0, 2).text() == "Accountant"

    qtbot.mouseClick(page.pin_button, LEFT)
    dialog = page.dialog
    assert dialog is not None
    for edit in dialog.pins.edits():  # type: ignore[attr-defined]
        qtbot.keyClicks(edit, "9999")
    qtbot.mouseClick(dialog.ok_button, LEFT)  # type: ignore[attr-defined]
    assert [e.action for e in audit.events_for("user", "amy")] == [
        "user.create",
        "user.role",
        "user.reset_pin",
    ]
    assert users.authenticate("amy", "9999").role.value == "accountant"


def test_shop_profile_needs_a_name(
    qtbot: QtBot, view_for: Callable[[Actor], SettingsView], owner: Actor
) -> None:
    page = view_for(owner).profile_page
    page.name.clear()
    qtbot.mouseClick(page.save_button, LEFT)
    assert _shown_errors(page) == ["Please enter the shop's name."]
    _retype(qtbot, page.name, "Xiaoman")
    _retype(qtbot, page.tax_number, "91310000MA1FL0000X")
    qtbot.mouseClick(page.save_button, LEFT)
    assert shop_settings.get_shop()["tax_number"] == "91310000MA1FL0000X"
    assert audit.events_for("setting", "shop")[-1].user_name == "boss"


def test_idle_lock_minutes_are_a_shop_setting(
    qtbot: QtBot, view_for: Callable[[Actor], SettingsView], owner: Actor
) -> None:
    page = view_for(owner).general_page
    assert page.idle_minutes.value() == shop_settings.DEFAULT_IDLE_LOCK_MINUTES
    page.idle_minutes.setValue(3)
    with qtbot.waitSignal(page.idle_minutes_changed) as signal:
        qtbot.mouseClick(page.save_button, LEFT)
    assert signal.args == [3]
    assert shop_settings.get_idle_lock_minutes() == 3
    assert [e.action for e in audit.events_for("setting", "idle_lock_minutes")] == [
        "settings.idle_lock"
    ]


def test_language_switch_installs_translators_and_retranslates(
    qtbot: QtBot, view_for: Callable[[Actor], SettingsView], clerk: Actor
) -> None:
    view = view_for(clerk)
    page = view.general_page
    view.tabs.setTabText(0, "stale text")
    index = page.language.findData(i18n.CHINESE)
    page.language.setCurrentIndex(index)
    page.language.activated.emit(index)
    QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

    assert i18n.installed_translators(), "no translator installed for Simplified Chinese"
    assert i18n.saved_choice() == i18n.CHINESE
    assert view.session.locale == i18n.CHINESE
    qtbot.waitUntil(lambda: view.tabs.tabText(0) != "stale text")
    if not i18n.qm_path(i18n.CHINESE).exists():
        pytest.skip("resources/translations/merchant_refunds_zh_CN.qm is not built yet")
    assert view.tabs.tabText(0) != "Shop"


def test_language_switch_shows_translated_text(
    qtbot: QtBot,
    view_for: Callable[[Actor], SettingsView],
    owner: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With a catalogue built here, the visible texts really change, both ways."""
    ts = tmp_path / "merchant_refunds_zh_CN.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="zh_CN">'
        "<context><name>SettingsView</name>"
        "<message><source>Shop</source><translation>店铺</translation></message></context>"
        "<context><name>SettingsPage</name>"
        "<message><source>Save</source><translation>保存</translation></message></context>"
        "</TS>",
        encoding="utf-8",
    )
    lrelease = Path(PySide6.__file__).parent / "lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts)], check=True)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    view = view_for(owner)
    page = view.general_page

    for choice, shop, save in ((i18n.CHINESE, "店铺", "保存"), (i18n.ENGLISH, "Shop", "Save")):
        index = page.language.findData(choice)
        page.language.setCurrentIndex(index)
        page.language.activated.emit(index)
        qtbot.waitUntil(lambda shop=shop: view.tabs.tabText(0) == shop)
        assert view.policy_page.save_button.text() == save


def test_owner_sets_journal_accounts_and_a_bad_code_changes_nothing(
    qtbot: QtBot, view_for: Callable[[Actor], SettingsView], owner: Actor
) -> None:
    page = view_for(owner).accounts_page
    assert page.codes["clearing.alipay"].text() == "1012"
    _retype(qtbot, page.codes["clearing.alipay"], "101201")
    page.names["clearing.alipay"].setText(
        "其他货币资金—支付宝（店铺）"
    )  # keyClicks cannot type CJK
    qtbot.mouseClick(page.save_button, LEFT)
    assert page.status_label.text() == "Saved."
    assert shop_settings.get_journal_accounts()["clearing.alipay"] == (
        "101201",
        "其他货币资金—支付宝（店铺）",
    )
    (event,) = audit.events_for("setting", "journal_accounts")
    assert event.user_name == "boss"

    _retype(qtbot, page.codes["output_vat"], "22x1")
    qtbot.mouseClick(page.save_button, LEFT)
    assert "1 to 20 digits" in page.field_error("output_vat")
    assert shop_settings.get_journal_accounts()["output_vat"][0] == "2221"


def test_accounts_are_read_only_for_an_accountant(
    view_for: Callable[[Actor], SettingsView], accountant: Actor
) -> None:
    page = view_for(accountant).accounts_page
    assert not page.save_button.isVisible()
    assert all(not edit.isEnabled() or edit.isReadOnly() for edit in page.codes.values())
    with pytest.raises(PermissionDenied):
        shop_settings.set_journal_accounts(accountant, {"output_vat": ("2222", "x")})


def test_english_says_one_order_and_two_orders(qapp) -> None:
    i18n.apply_language(i18n.ENGLISH)

    def say(context: str, text: str, n: int) -> str:
        return QCoreApplication.translate(context, text, None, n)

    assert say("AuditView", "%n event(s)", 1) == "1 event"
    assert say("AuditView", "%n event(s)", 2) == "2 events"
    assert say("OrdersView", "%Ln order(s)", 1) == "1 order"
    assert say("OrdersView", "%Ln order(s)", 12345) == "12,345 orders"
    assert say("RefundsView", "%Ln refund(s)", 1) == "1 refund"
