"""The Settings "Accounting" tab: the journal's account codes, driven like the owner would."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from merchant_refunds.services import audit, shop_settings
from merchant_refunds.services.users import Actor
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.settings.settings_view import SettingsView
from tests.ui.helpers import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def view_for(
    qtbot: QtBot, make_session: Callable[[Actor], Session]
) -> Callable[[Actor], SettingsView]:
    def make(actor: Actor) -> SettingsView:
        view = SettingsView(make_session(actor))
        qtbot.addWidget(view)
        view.resize(1000, 700)
        view.show()
        view.tabs.setCurrentWidget(view.accounts_page)
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


def test_the_tab_lists_every_account_role_with_its_code_and_name(
    view_for: Callable[[Actor], SettingsView], owner: Actor
) -> None:
    view = view_for(owner)
    page = view.accounts_page
    assert view.tabs.tabText(view.tabs.indexOf(page)) == "Accounting"
    accounts = shop_settings.get_journal_accounts()
    assert page.keys == list(accounts)
    for key, (code, name) in accounts.items():
        assert page.codes[key].text() == code
        assert page.names[key].text() == name
        assert page.labels[key].text() and page.labels[key].text() != key
    assert page.labels["clearing.alipay"].text() == "Alipay clearing"
    assert page.save_button.isVisible() and all(e.isEnabled() for e in page.editors())
    assert _shown_errors(page) == []


def test_bad_fields_show_messages_underneath_and_nothing_is_saved(
    qtbot: QtBot, view_for: Callable[[Actor], SettingsView], owner: Actor
) -> None:
    page = view_for(owner).accounts_page
    before = shop_settings.get_journal_accounts()
    _retype(qtbot, page.codes["output_vat"], "22x1")
    page.codes["clearing.cash"].setText("１００１")  # full-width digits are no code (typed by IME)
    page.names["store_credit"].clear()
    _retype(qtbot, page.codes["sales_returns"], "6401")  # a good change, held back with the rest
    qtbot.mouseClick(page.save_button, LEFT)

    assert page.field_error("output_vat") == "An account code is 1 to 20 digits: 22x1"
    assert page.field_error("clearing.cash").startswith("An account code is 1 to 20 digits")
    assert page.field_error("store_credit", "name") == "Please enter the account's name"
    assert page.field_error("sales_returns") == ""
    assert len(_shown_errors(page)) == 3
    assert page.status_label.text() == "Please correct the fields marked in red."
    assert shop_settings.get_journal_accounts() == before
    assert audit.events_for("setting", "journal_accounts") == []

    # Typing in a field clears its message; fixing all of them saves everything at once.
    _retype(qtbot, page.codes["output_vat"], "222101")
    assert page.field_error("output_vat") == ""
    _retype(qtbot, page.codes["clearing.cash"], "1001")
    _retype(qtbot, page.names["store_credit"], "Store credit")
    qtbot.mouseClick(page.save_button, LEFT)
    assert _shown_errors(page) == []
    assert page.status_label.text() == "Saved."
    after = shop_settings.get_journal_accounts()
    assert after["output_vat"] == ("222101", before["output_vat"][1])
    assert after["sales_returns"] == ("6401", before["sales_returns"][1])
    assert after["store_credit"] == ("2241", "Store credit")
    assert after["clearing.cash"] == before["clearing.cash"]
    (event,) = audit.events_for("setting", "journal_accounts")
    assert event.user_name == owner.name


def test_saving_without_changes_writes_no_audit_event(
    qtbot: QtBot, view_for: Callable[[Actor], SettingsView], owner: Actor
) -> None:
    page = view_for(owner).accounts_page
    qtbot.mouseClick(page.save_button, LEFT)
    assert page.status_label.text() == "Saved."
    assert audit.events_for("setting", "journal_accounts") == []


@pytest.mark.parametrize("who", ["clerk", "accountant"])
def test_non_owners_see_the_accounts_read_only(
    request: pytest.FixtureRequest, view_for: Callable[[Actor], SettingsView], who: str
) -> None:
    actor: Actor = request.getfixturevalue(who)
    page = view_for(actor).accounts_page
    assert page.codes["clearing.alipay"].text() == "1012"
    assert not page.save_button.isVisibleTo(page)
    assert all(not edit.isEnabled() for edit in page.editors())
