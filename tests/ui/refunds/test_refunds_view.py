"""The refunds view: tabs with counts, search, detail, and only the actions role and state allow."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.errors import PermissionDenied
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import orders, refund_decisions, refund_requests, refund_views
from merchant_refunds.ui.common import i18n
from merchant_refunds.ui.common.tasks import wait_for_tasks
from merchant_refunds.ui.refunds.refunds_view import ACTION_ROWS, RefundsView
from merchant_refunds.ui.shell.main_window import MainWindow
from tests.factories import make_line, make_order, tea_order
from tests.ui.helpers import OFFSCREEN_NOISE, column_texts, press_ok

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture(autouse=True)
def _settle(qtbot, db_path) -> Iterator[None]:
    yield
    wait_for_tasks()


def _view(qtbot, session) -> RefundsView:
    view = RefundsView(session)
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    return view


def _request(actor, order_no: str = "TB1001", lines=None, **kw) -> str:
    request = refund_requests.RefundRequest(
        order_no, Selection(lines or {1: 1}, shipping=True), ReasonCode.QUALITY_PROBLEM, **kw
    )
    return refund_requests.request_refund(actor, request).refund_no


def _shown(qtbot, view: RefundsView, refund_no: str, status_text: str) -> None:
    qtbot.waitUntil(lambda: f"Refund {refund_no} · {status_text}" == view.detail.title.text())


def test_tabs_count_refunds_by_status_and_search_narrows_the_list(qtbot, make_session, clerk):
    orders.create_order(clerk, tea_order("TB1001"))
    orders.create_order(clerk, tea_order("TB2002"))
    first = _request(clerk)
    _request(clerk, "TB2002")
    view = _view(qtbot, make_session(clerk))
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    assert view.tabs.tabText(0) == "Waiting for approval (2)"
    assert view.tabs.tabText(1) == "Approved (0)"
    assert view.tabs.tabText(6) == "All (2)"
    qtbot.keyClicks(view.search, "TB2")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert column_texts(view.model, 1) == ["TB2002"]
    view.search.clear()
    qtbot.keyClicks(view.search, first)
    qtbot.waitUntil(lambda: column_texts(view.model, 0) == [first])
    view.show_status("approved")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    assert view.detail.title.text() == "No refund selected"
    assert view.visible_actions() == []


def test_clerk_sees_no_approve_button_and_the_service_refuses(qtbot, make_session, clerk):
    orders.create_order(clerk, tea_order("TB1001"))
    refund_no = _request(clerk)
    view = _view(qtbot, make_session(clerk))
    _shown(qtbot, view, refund_no, "Waiting for approval")
    assert view.visible_actions() == ["ask_owner", "cancel"]  # the owner approves on her screen
    with pytest.raises(PermissionDenied):
        refund_decisions.approve(clerk, refund_no)
    text = view.detail.text()
    assert "龙井茶 250g (TEA-01) × 1" in text
    assert "¥126.38" in text
    assert "壹佰贰拾陆元叁角捌分" in text
    assert "Refund requested" in text  # the timeline


def test_accountant_only_reads(qtbot, make_session, clerk, accountant):
    orders.create_order(clerk, tea_order("TB1001"))
    refund_no = _request(clerk)
    view = _view(qtbot, make_session(accountant))
    _shown(qtbot, view, refund_no, "Waiting for approval")
    assert view.visible_actions() == []


def test_reject_needs_a_reason_shown_to_the_customer(qtbot, make_session, clerk, owner):
    orders.create_order(clerk, tea_order("TB1001"))
    refund_no = _request(clerk)
    view = _view(qtbot, make_session(owner))
    _shown(qtbot, view, refund_no, "Waiting for approval")
    assert view.visible_actions() == ["approve", "reject", "cancel", "extend"]
    qtbot.mouseClick(view.buttons["reject"], Qt.MouseButton.LeftButton)
    dialog = view.action_dialog
    assert dialog is not None and not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.text_edit, "Photos show the tea was opened and used")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.tabs.tabText(4) == "Rejected (1)")
    assert refund_views.get_refund(refund_no).rejection_reason == (
        "Photos show the tea was opened and used"
    )
    view.show_status("rejected")
    _shown(qtbot, view, refund_no, "Rejected")
    assert "Photos show the tea was opened and used" in view.detail.text()
    assert view.visible_actions() == []


def test_large_refund_waits_for_the_signature_before_payout(
    qtbot, make_session, clerk, owner, tmp_path
):
    lines = [make_line(1, "TV-1", 1, 300000, name="电视机")]
    orders.create_order(clerk, make_order("BIG1", lines))
    refund_no = _request(clerk, "BIG1")
    refund_decisions.approve(owner, refund_no)
    session = make_session(owner)
    view = _view(qtbot, session)
    view.show_status("approved")
    _shown(qtbot, view, refund_no, "Approved")
    assert "needed before payment, not signed yet" in view.detail.text()
    assert view.visible_actions() == ["sign", "pay", "cancel", "extend"]
    assert not view.buttons["pay"].isEnabled()
    assert view.buttons["pay"].toolTip() == "The customer must sign the confirmation first."
    qtbot.mouseClick(view.buttons["sign"], Qt.MouseButton.LeftButton)
    # The button opens the signature dialog: the clerk attaches a scan of the signed paper.
    scan = tmp_path / "signed.png"
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    assert image.save(str(scan))
    assert view.action_dialog.attach_file(scan)
    qtbot.waitUntil(lambda: "signed 2026年11月26日 10:00" in view.detail.text())
    assert view.buttons["pay"].isEnabled()
    assert view.visible_actions() == ["pay", "cancel", "extend"]

    qtbot.mouseClick(view.buttons["pay"], Qt.MouseButton.LeftButton)
    dialog = view.action_dialog
    assert dialog.amount.text() == "3000.00"
    dialog.amount.setText("1000.001")
    press_ok(dialog)
    assert dialog.amount_error.text() == "CNY amounts have at most 2 decimal places: 1000.001"
    dialog.amount.setText("1000.00")  # the first instalment
    qtbot.keyClicks(dialog.reference, "ALI-1")
    press_ok(dialog)
    qtbot.waitUntil(lambda: "Still to pay: ¥2,000.00" in view.detail.text())
    assert refund_views.get_refund(refund_no).status.value == "approved"
    assert "confirm" in view.visible_actions()


@pytest.mark.parametrize("language", [i18n.ENGLISH, i18n.CHINESE])
def test_the_window_fits_a_laptop_screen_with_every_action_button_shown(
    qtbot, make_session, owner, language
) -> None:
    """1366 pixels is the narrowest common laptop screen; a shop's counter PC is often one."""
    locale = i18n.apply_language(language)
    try:
        session = make_session(owner)
        session.locale = locale
        window = MainWindow(session)
        qtbot.addWidget(window)
        view = window.refunds_view
        assert sorted(n for row in ACTION_ROWS for n in row) == sorted(view.buttons)
        assert all(button.isHidden() for button in view.buttons.values())  # nothing shown yet
        for button in view.buttons.values():
            button.setVisible(True)
        assert window.minimumSizeHint().width() <= 1366
    finally:
        i18n.apply_language(i18n.ENGLISH)
