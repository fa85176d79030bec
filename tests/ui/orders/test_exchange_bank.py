"""A difference refunded by bank transfer from the exchange dialog: the account rows appear
only for a bank transfer, a wrong account is said beside them and keeps the exchange from being
recorded, a right one records the refund to that account. In English and in Chinese."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from merchant_refunds.domain.lifecycle import PayoutMethod
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import orders, refund_views
from merchant_refunds.services.users import Actor
from merchant_refunds.storage import models as m
from merchant_refunds.ui.common import i18n
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.common.tasks import wait_for_tasks
from merchant_refunds.ui.orders.exchange_dialog import ExchangeDialog
from tests.factories import tea_order
from tests.ui.helpers import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
GOOD_CARD = "6222020200112233446"


@pytest.fixture(autouse=True)
def _settle(qtbot: QtBot, db_path: object) -> Iterator[None]:
    yield
    wait_for_tasks()
    i18n.apply_language(i18n.ENGLISH)


@pytest.mark.parametrize(
    ("language", "wrong_words"),
    [(i18n.ENGLISH, "check digit"), (i18n.CHINESE, "校验位")],
)
def test_a_difference_goes_by_bank_transfer_to_a_checked_account(
    qtbot: QtBot,
    clerk: Actor,
    make_session: Callable[[Actor], Session],
    language: str,
    wrong_words: str,
) -> None:
    order = orders.create_order(clerk, tea_order()).order.order_no
    i18n.apply_language(language)
    session = make_session(clerk)
    session.locale = language if language == i18n.CHINESE else "en"
    dialog = ExchangeDialog(session, order)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.account.isVisible()  # the original route needs no account
    dialog.reason.setCurrentIndex(dialog.reason.findData(ReasonCode.WRONG_ITEM.value))
    dialog.back_spins[1].setValue(1)
    dialog.add_out_row("TEA-02", "碧螺春 250g", "90.00", "1")
    qtbot.waitUntil(lambda: dialog.submit_button.isEnabled())
    dialog.method.setCurrentIndex(dialog.method.findData(PayoutMethod.BANK_TRANSFER.value))
    assert dialog.account.isVisible() and dialog.holder.isVisible() and dialog.bank.isVisible()
    qtbot.waitUntil(lambda: dialog.bank_error.isVisible() and bool(dialog.bank_error.text()))
    assert not dialog.submit_button.isEnabled()  # no account yet
    assert dialog.difference_label.text()  # the difference is still shown
    dialog.holder.setText("王小芳")
    dialog.bank.setText("中国工商银行")
    dialog.account.setText("6222 0202 0011 2233 445")  # one digit off
    qtbot.waitUntil(lambda: wrong_words in dialog.bank_error.text())
    assert dialog.bank_error.isVisible() and not dialog.submit_button.isEnabled()
    dialog.account.setText(GOOD_CARD)
    qtbot.waitUntil(lambda: dialog.submit_button.isEnabled())
    assert not dialog.bank_error.isVisible()
    with qtbot.waitSignal(dialog.exchange_recorded, timeout=3000):
        qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    refund = refund_views.get_refund(dialog.exchange.refund_no)
    assert refund.destination_method == PayoutMethod.BANK_TRANSFER.value
    row = m.Refund.get(m.Refund.refund_no == refund.refund_no)
    assert (row.destination_account, row.destination_holder) == (GOOD_CARD, "王小芳")
