"""Settings → SKU rules: the owner lists rules; others only look."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from merchant_refunds.domain.sku_rules import SkuRule
from merchant_refunds.services import audit, sku_rules
from merchant_refunds.services.users import Actor
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.settings.settings_sku_rules import CATEGORY, FINAL_SALE, PATTERN
from merchant_refunds.ui.settings.settings_view import SettingsView
from tests.ui.helpers import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
LEFT = Qt.MouseButton.LeftButton


def _view(qtbot: QtBot, session: Session) -> SettingsView:
    view = SettingsView(session)
    qtbot.addWidget(view)
    view.show()
    view.tabs.setCurrentWidget(view.sku_rules_page)
    return view


def test_the_owner_adds_rules_and_they_are_saved_and_audited(
    qtbot: QtBot, owner: Actor, make_session: Callable[[Actor], Session]
) -> None:
    view = _view(qtbot, make_session(owner))
    page = view.sku_rules_page
    assert view.tabs.tabText(view.tabs.currentIndex()) == "SKU rules"
    assert "Fresh and perishable goods" in page.excluded.text()  # what the policy excludes
    qtbot.mouseClick(page.add_button, LEFT)
    page.table.item(0, PATTERN).setText("TEA-*")
    page.table.item(0, CATEGORY).setText("perishable")
    qtbot.mouseClick(page.add_button, LEFT)
    page.table.item(1, PATTERN).setText("GIFT-CARD")
    page.table.item(1, FINAL_SALE).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(page.add_button, LEFT)  # a row left empty is no rule
    qtbot.mouseClick(page.save_button, LEFT)
    assert page.status_label.text() == "Saved."
    assert sku_rules.get_rules() == [
        SkuRule("TEA-*", "perishable"),
        SkuRule("GIFT-CARD", "", True),
    ]
    assert audit.events_for("setting", "sku_rules")[-1].user_name == "boss"

    page.table.setCurrentCell(0, PATTERN)
    qtbot.mouseClick(page.remove_button, LEFT)
    page.table.item(0, FINAL_SALE).setCheckState(Qt.CheckState.Unchecked)  # says nothing now
    qtbot.mouseClick(page.save_button, LEFT)
    assert "neither a category nor final sale" in page.status_label.text()
    assert len(sku_rules.get_rules()) == 2


def test_a_clerk_sees_the_rules_but_cannot_change_them(
    qtbot: QtBot, owner: Actor, clerk: Actor, make_session: Callable[[Actor], Session]
) -> None:
    sku_rules.set_rules(owner, [SkuRule("MUG", final_sale=True)])
    page = _view(qtbot, make_session(clerk)).sku_rules_page
    assert page.table.item(0, PATTERN).text() == "MUG"
    assert not page.table.isEnabled()
    assert not page.add_button.isEnabled() and not page.save_button.isVisible()
