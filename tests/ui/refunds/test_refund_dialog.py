"""The refund dialog: quantities, live breakdown, words, findings, bank checks, owner override."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from stdnum import luhn

from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.errors import PermissionDenied
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import orders, refund_requests, refund_views
from merchant_refunds.ui.common.findings_list import BLOCK_COLOR, WARN_COLOR
from merchant_refunds.ui.common.tasks import wait_for_tasks
from merchant_refunds.ui.refunds import refund_dialog
from merchant_refunds.ui.refunds.refund_dialog import RefundDialog
from tests.factories import make_line, make_order, tea_order
from tests.ui.helpers import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture(autouse=True)
def _settle(qtbot, db_path) -> Iterator[None]:
    yield
    wait_for_tasks()


def _open(qtbot, session, order_no: str) -> RefundDialog:
    dialog = RefundDialog(session, order_no)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _choose(combo, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))


def _breakdown(dialog: RefundDialog) -> list[tuple[str, str]]:
    table = dialog.breakdown
    return [(table.item(r, 0).text(), table.item(r, 2).text()) for r in range(table.rowCount())]


def _findings(dialog: RefundDialog) -> list[str]:
    return dialog.findings.texts()


def test_partial_refund_shows_the_breakdown_live_in_figures_and_words(qtbot, make_session, clerk):
    orders.create_order(clerk, tea_order("TB1001"))
    dialog = _open(qtbot, make_session(clerk), "TB1001")
    assert not dialog.submit_button.isEnabled()
    assert dialog.message_label.text() == "Choose a reason to see the refund amount."

    _choose(dialog.reason, ReasonCode.QUALITY_PROBLEM.value)
    qtbot.keyClick(dialog.spins[1], Qt.Key.Key_Up)  # one tea of three
    qtbot.waitUntil(lambda: dialog.total_label.text() == "Refund total: ¥114.38")
    qtbot.mouseClick(dialog.shipping, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.total_label.text() == "Refund total: ¥126.38")
    assert _breakdown(dialog) == [
        ("龙井茶 250g (TEA-01) × 1", "¥128.00"),
        ("Discount share", "-¥13.62"),
        ("Shipping", "¥12.00"),
        ("Refund total", "¥126.38"),
    ]
    assert dialog.words_label.text() == "壹佰贰拾陆元叁角捌分"
    assert dialog.submit_button.isEnabled()
    assert _findings(dialog) == []

    qtbot.mouseClick(dialog.shipping, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.words_label.text() == "壹佰壹拾肆元叁角捌分")


def test_quantities_are_capped_at_what_is_left_and_everything_left_takes_it_all(
    qtbot, make_session, clerk
):
    orders.create_order(clerk, tea_order("TB1001"))
    refund_requests.request_refund(
        clerk,
        refund_requests.RefundRequest("TB1001", Selection({1: 1}), ReasonCode.QUALITY_PROBLEM),
    )
    dialog = _open(qtbot, make_session(clerk), "TB1001")
    assert dialog.spins[1].maximum() == 2
    assert dialog.spins[2].maximum() == 2
    dialog.spins[1].setValue(5)
    assert dialog.spins[1].value() == 2

    _choose(dialog.reason, ReasonCode.WRONG_ITEM.value)
    qtbot.mouseClick(dialog.everything_left, Qt.MouseButton.LeftButton)
    assert dialog.shipping.isChecked()
    assert not dialog.spins[1].isEnabled()
    # 432.00 paid, one tea (114.38) already asked for: 317.62 comes back.
    qtbot.waitUntil(lambda: dialog.total_label.text() == "Refund total: ¥317.62")
    assert dialog.words_label.text() == "叁佰壹拾柒元陆角贰分"
    assert any("An open refund already covers" in text for text in _findings(dialog))


def test_bank_transfer_needs_valid_details_with_messages_beside_the_fields(
    qtbot, make_session, clerk
):
    orders.create_order(clerk, tea_order("TB1001"))
    dialog = _open(qtbot, make_session(clerk), "TB1001")
    _choose(dialog.reason, ReasonCode.QUALITY_PROBLEM.value)
    dialog.spins[1].setValue(1)
    assert not dialog.account.isVisibleTo(dialog)
    _choose(dialog.payout_method, "bank_transfer")
    assert dialog.account.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: dialog.bank_error.isVisibleTo(dialog))
    assert dialog.bank_error.text() == (
        "A bank transfer needs the account holder, the bank and the account number"
    )
    dialog.holder.insert("王小芳")
    dialog.bank.insert("招商银行")
    qtbot.keyClicks(dialog.account, "12345")
    qtbot.waitUntil(
        lambda: dialog.bank_error.text() == "A bank card or account number is 12 to 19 digits"
    )
    assert dialog.total_label.text() == "Refund total: ¥114.38"  # the amount is still shown
    assert not dialog.submit_button.isEnabled()

    dialog.account.clear()
    qtbot.keyClicks(dialog.account, "6222020200112233441")  # wrong check digit
    qtbot.waitUntil(lambda: "fails its check digit" in dialog.bank_error.text())
    assert "6222 **** 3441" in dialog.bank_error.text()  # the number is masked

    good = "622202020011223344" + luhn.calc_check_digit("622202020011223344")
    dialog.account.clear()
    qtbot.keyClicks(dialog.account, good)
    qtbot.waitUntil(lambda: dialog.bank_error.isHidden())
    assert dialog.submit_button.isEnabled()
    warning = dialog.findings.labels[0]
    assert warning.text() == "Warning: The money goes to an account other than the one that paid"
    assert WARN_COLOR in warning.styleSheet()


def _final_sale_order(clerk) -> None:
    lines = [
        make_line(1, "SALE-1", 1, 9900, name="清仓围巾", final_sale=True),
        make_line(2, "CUP-2", 1, 3000, name="茶杯"),
    ]
    orders.create_order(clerk, make_order("FS1", lines))


def test_a_block_stops_the_clerk_who_cannot_override(qtbot, make_session, clerk):
    _final_sale_order(clerk)
    dialog = _open(qtbot, make_session(clerk), "FS1")
    _choose(dialog.reason, ReasonCode.NO_REASON.value)
    dialog.spins[1].setValue(1)
    qtbot.waitUntil(lambda: dialog.findings.count() > 0)
    first = dialog.findings.labels[0]
    assert (
        first.text() == "Blocks: 清仓围巾 (SALE-1) is a final-sale item: no return without a reason"
    )
    assert first.property("severity") == "block"
    assert BLOCK_COLOR in first.styleSheet()
    assert not dialog.submit_button.isEnabled()
    assert dialog.owner_only_label.isVisibleTo(dialog)
    assert dialog.ask_owner_button.isVisibleTo(dialog)  # the owner authorises on this screen
    assert not dialog.ask_owner_button.isEnabled()  # after the reason is typed
    request = refund_requests.RefundRequest(
        "FS1", Selection({1: 1}), ReasonCode.NO_REASON, override_reason="please"
    )
    with pytest.raises(PermissionDenied):
        refund_requests.request_refund(clerk, request)


def test_the_owner_overrides_a_block_with_a_reason_that_is_stored(qtbot, make_session, owner):
    _final_sale_order(owner)
    dialog = _open(qtbot, make_session(owner), "FS1")
    _choose(dialog.reason, ReasonCode.NO_REASON.value)
    dialog.spins[1].setValue(1)
    qtbot.waitUntil(lambda: dialog.override_edit.isVisibleTo(dialog))
    assert not dialog.owner_only_label.isVisibleTo(dialog)
    assert not dialog.submit_button.isEnabled()  # not without a reason
    qtbot.keyClicks(dialog.override_edit, "Scarf was mislabelled as final sale")
    assert dialog.submit_button.isEnabled()
    with qtbot.waitSignal(dialog.refund_created):
        qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    stored = refund_views.get_refund(dialog.refund.refund_no)
    assert stored.override_reason == "Scarf was mislabelled as final sale"
    assert stored.total.minor == 9900


def test_a_changed_amount_is_refused_and_explained(qtbot, make_session, clerk, monkeypatch):
    orders.create_order(clerk, tea_order("TB1001"))
    dialog = _open(qtbot, make_session(clerk), "TB1001")
    _choose(dialog.reason, ReasonCode.QUALITY_PROBLEM.value)
    dialog.spins[1].setValue(3)
    qtbot.waitUntil(lambda: dialog.total_label.text() == "Refund total: ¥343.15")
    # Meanwhile another counter refunds one of the teas.
    refund_requests.request_refund(
        clerk,
        refund_requests.RefundRequest("TB1001", Selection({1: 1}), ReasonCode.QUALITY_PROBLEM),
    )
    shown: list[BaseException] = []
    real_show_error = refund_dialog.show_error
    monkeypatch.setattr(
        refund_dialog, "show_error", lambda parent, error: shown.append(error) or None
    )
    dialog.submit()
    assert dialog.refund is None and dialog.isVisible()
    assert shown and shown[0].code == "exceeds_remaining"
    box = real_show_error(dialog, shown[0])
    assert isinstance(box, QMessageBox)
    assert box.text() == "Line 1 (TEA-01): 3 units asked, only 2 left to refund"
    box.close()


def test_paying_in_another_currency_asks_for_the_rate(qtbot, make_session, clerk):
    orders.create_order(clerk, tea_order("TB1001"))
    dialog = _open(qtbot, make_session(clerk), "TB1001")
    _choose(dialog.reason, ReasonCode.QUALITY_PROBLEM.value)
    dialog.spins[1].setValue(1)
    assert not dialog.fx_rate.isVisibleTo(dialog)
    _choose(dialog.payout_currency, "USD")
    assert dialog.fx_rate.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: dialog.fx_error.isVisibleTo(dialog))
    assert not dialog.submit_button.isEnabled()
    qtbot.keyClicks(dialog.fx_rate, "0.14")
    qtbot.waitUntil(lambda: dialog.fx_error.isHidden())
    rows = _breakdown(dialog)
    assert rows[-1] == ("Paid in another currency", "US$16.01")  # 114.38 x 0.14, half-up
    assert dialog.submit_button.isEnabled()
