"""Store credit in the GUI: the order view shows the customer's balance, the ledger dialog lists
every movement, and the use and cash-out dialogs refuse bad amounts under the field, in English and
in Chinese; a clerk cannot pay out in cash."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from merchant_refunds.domain.lifecycle import PayoutMethod
from merchant_refunds.services import store_credit
from merchant_refunds.services.payouts import sending
from merchant_refunds.services.refund_requests import Destination
from merchant_refunds.services.users import Actor
from merchant_refunds.ui.common import formatting as fmt
from merchant_refunds.ui.common import i18n
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.common.tasks import wait_for_tasks
from merchant_refunds.ui.orders.orders_view import OrdersView
from merchant_refunds.ui.orders.store_credit_dialog import CreditMovementDialog, StoreCreditDialog
from tests.services.test_payouts import small_approved
from tests.ui.helpers import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
LEFT = Qt.MouseButton.LeftButton
KEY = "phone:13800138000"


@pytest.fixture(autouse=True)
def _settle(qtbot: QtBot, db_path: object) -> Iterator[None]:
    yield
    wait_for_tasks()
    i18n.apply_language(i18n.ENGLISH)


@pytest.fixture
def credit(owner: Actor, clerk: Actor) -> int:
    """Order S1's refund paid out as store credit: the customer's balance in fen."""
    no = small_approved(owner, clerk, dest=Destination(PayoutMethod.STORE_CREDIT))
    sending.record_payout(owner, no)
    return store_credit.balance(KEY, "CNY")


def _yuan(minor: int) -> str:
    return f"{minor // 100:,}.{minor % 100:02d}"


def _movement(qtbot: QtBot, session: Session, balance: int, *, cash: bool) -> CreditMovementDialog:
    dialog = CreditMovementDialog(session, KEY, "CNY", balance, cash=cash)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _ok(qtbot: QtBot, dialog: CreditMovementDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)


@pytest.mark.parametrize(
    ("language", "label"), [(i18n.ENGLISH, "Store credit"), (i18n.CHINESE, "店铺余额")]
)
def test_the_order_view_shows_the_customers_balance(
    qtbot: QtBot,
    clerk: Actor,
    credit: int,
    make_session: Callable[[Actor], Session],
    language: str,
    label: str,
) -> None:
    i18n.apply_language(language)
    session = make_session(clerk)
    session.locale = language if language == i18n.CHINESE else "en"
    view = OrdersView(session)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: "S1" in view.detail.title.text())
    shown = view.detail.browser.toPlainText()
    assert f"\n{label}\n{fmt.money_text(credit, 'CNY', session.locale)}\n" in shown, shown
    assert view.detail.credit_button.isEnabled()


@pytest.mark.parametrize(
    ("language", "too_much", "not_amount", "no_receipt"),
    [
        (i18n.ENGLISH, "The customer has only", "Not an amount", "Enter the receipt number"),
        (i18n.CHINESE, "客户的店铺余额只有", "不是有效金额", "请输入销售小票号"),
    ],
)
def test_using_credit_refuses_bad_amounts_under_the_field(
    qtbot: QtBot,
    clerk: Actor,
    credit: int,
    make_session: Callable[[Actor], Session],
    language: str,
    too_much: str,
    not_amount: str,
    no_receipt: str,
) -> None:
    i18n.apply_language(language)
    dialog = _movement(qtbot, make_session(clerk), credit, cash=False)
    for typed, shown in (
        (_yuan(credit + 1), too_much),
        ("abc", not_amount),
        ("0", ""),
        ("-1.00", ""),
    ):
        dialog.amount.setText(typed)
        dialog.reference.setText("T-0042")
        _ok(qtbot, dialog)
        assert dialog.isVisible(), typed
        assert shown in dialog.amount_field.error(), (typed, dialog.amount_field.error())
        assert dialog.amount_field.error(), typed
        # said as it is typed: OK stays off while the amount is wrong
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.amount.setText("10.00")
    dialog.reference.setText("  ")
    _ok(qtbot, dialog)
    assert no_receipt in dialog.reference_field.error()
    assert not dialog.amount_field.error()
    assert store_credit.balance(KEY, "CNY") == credit  # nothing saved
    dialog.reference.setText("T-0042")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        _ok(qtbot, dialog)
    assert store_credit.balance(KEY, "CNY") == credit - 1000
    assert store_credit.ledger(KEY)[-1].note == "T-0042"


def test_the_owner_pays_out_in_cash_and_the_ledger_shows_each_movement(
    qtbot: QtBot, owner: Actor, credit: int, make_session: Callable[[Actor], Session]
) -> None:
    session = make_session(owner)
    cash = _movement(qtbot, session, credit, cash=True)
    cash.amount.setText(_yuan(credit + 1))
    _ok(qtbot, cash)
    assert "The customer has only" in cash.amount_field.error()
    cash.amount.setText("1.234")
    _ok(qtbot, cash)
    assert cash.amount_field.error() and cash.isVisible()
    cash.amount.setText(_yuan(credit))
    with qtbot.waitSignal(cash.accepted, timeout=2000):
        _ok(qtbot, cash)
    assert cash.new_balance == 0
    ledger = StoreCreditDialog(session, KEY, "CNY", "王小芳")
    qtbot.addWidget(ledger)
    assert ledger.balance_label.text() == f"Balance: {fmt.money_text(0, 'CNY', session.locale)}"
    movements = [ledger.table.item(r, 1).text() for r in range(ledger.table.rowCount())]
    assert movements == ["Paid out in cash", "Issued by a refund"]
    assert not ledger.use_button.isEnabled() and not ledger.cash_button.isEnabled()


def test_a_clerk_may_use_credit_but_not_pay_it_out(
    qtbot: QtBot, clerk: Actor, credit: int, make_session: Callable[[Actor], Session]
) -> None:
    session = make_session(clerk)
    ledger = StoreCreditDialog(session, KEY, "CNY", "王小芳")
    qtbot.addWidget(ledger)
    assert (
        ledger.balance_label.text() == f"Balance: {fmt.money_text(credit, 'CNY', session.locale)}"
    )
    assert ledger.use_button.isEnabled()
    assert not ledger.cash_button.isEnabled()
