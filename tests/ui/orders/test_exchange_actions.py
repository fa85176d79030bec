"""An exchange's paper and its undo from the order detail, as the shop uses them: the clerk
prints the confirmation from a preview; the owner cancels an exchange recorded by mistake, with
a reason and a question first; a clerk is not offered the cancel. In English and in Chinese."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QAbstractButton, QMessageBox
from pytestqt.qtbot import QtBot

from merchant_refunds.domain.exchanges import ItemOut
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import exchanges, orders
from merchant_refunds.services.users import Actor
from merchant_refunds.storage import models as m
from merchant_refunds.ui.common import i18n
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.common.tasks import wait_for_tasks
from merchant_refunds.ui.orders import exchange_actions
from merchant_refunds.ui.orders.orders_view import OrdersView
from tests.factories import tea_order
from tests.ui.helpers import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def _settle(qtbot: QtBot, db_path: object) -> Iterator[None]:
    yield
    wait_for_tasks()
    i18n.apply_language(i18n.ENGLISH)


@pytest.fixture
def exchange(clerk: Actor) -> exchanges.ExchangeDetail:
    order = orders.create_order(clerk, tea_order()).order.order_no
    request = exchanges.ExchangeRequest(
        order, {1: 1}, (ItemOut("TEA-09", "大红袍", 30000, 1),), ReasonCode.WRONG_ITEM,
        receipt_no="POS-9",
    )  # fmt: skip
    return exchanges.record_exchange(clerk, request)


def _view(qtbot: QtBot, session: Session, order_no: str) -> OrdersView:
    view = OrdersView(session)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: order_no in view.detail.title.text())
    return view


def _session(make_session: Callable[[Actor], Session], actor: Actor, language: str) -> Session:
    i18n.apply_language(language)
    session = make_session(actor)
    session.locale = language if language == i18n.CHINESE else "en"
    return session


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize(
    ("language", "print_text", "title"),
    [
        (i18n.ENGLISH, "Print exchange…", "Exchange Confirmation"),
        (i18n.CHINESE, "打印换货单…", "换货确认单"),
    ],
)
def test_the_clerk_previews_and_prints_the_exchange_confirmation(
    qtbot: QtBot,
    clerk: Actor,
    exchange: exchanges.ExchangeDetail,
    make_session: Callable[[Actor], Session],
    tmp_path: Path,
    language: str,
    print_text: str,
    title: str,
) -> None:
    view = _view(qtbot, _session(make_session, clerk, language), exchange.order_no)
    bar = view.detail.exchange_bar
    assert bar.isVisible() and bar.picker.currentData() == exchange.exchange_no
    assert bar.print_button.text() == print_text
    assert not bar.cancel_button.isVisible()  # clerks cannot cancel
    qtbot.mouseClick(bar.print_button, LEFT)
    preview = view.exchange_actions.preview_dialog
    assert preview is not None and preview.isVisible()
    shown = _text(preview.pdfs[0])
    assert title in shown and exchange.exchange_no in shown and "POS-9" in shown
    # the paper's language can be switched in the preview
    other = "en" if language == i18n.CHINESE else "zh"
    preview.options.set_lang(other)
    assert ("换货单号" in _text(preview.pdfs[0])) == (other == "zh")
    out = tmp_path / "exchange.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    assert view.exchange_actions.print_to(printer, exchange.exchange_no, "a4", "zh") is not None
    assert wait_for_tasks()
    pages = view.exchange_actions.printed_pages
    assert pages is not None and pages >= 1 and len(PdfReader(str(out)).pages) == pages
    assert printer.docName() == f"换货确认单 {exchange.exchange_no}"
    preview.reject()


def test_print_without_a_printer_says_so(
    qtbot: QtBot,
    clerk: Actor,
    exchange: exchanges.ExchangeDetail,
    make_session: Callable[[Actor], Session],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(exchange_actions.QPrinterInfo, "availablePrinters", staticmethod(list))
    view = _view(qtbot, _session(make_session, clerk, i18n.ENGLISH), exchange.order_no)
    assert view.exchange_actions.print_exchange(exchange.exchange_no, "a4", "en") is None
    message = view.exchange_actions.message
    assert message is not None and message.text() == "No printer is set up"
    message.close()
    assert QPrinterInfo is exchange_actions.QPrinterInfo


def _answer(box: QMessageBox | None, button: str) -> None:
    assert box is not None
    found = box.findChild(QAbstractButton, button)
    assert found is not None
    found.click()


@pytest.mark.parametrize(
    ("language", "question_words"),
    [(i18n.ENGLISH, "count as not returned again"), (i18n.CHINESE, "重新计为未退回")],
)
def test_the_owner_cancels_an_exchange_with_a_reason_after_a_question(
    qtbot: QtBot,
    owner: Actor,
    exchange: exchanges.ExchangeDetail,
    make_session: Callable[[Actor], Session],
    language: str,
    question_words: str,
) -> None:
    view = _view(qtbot, _session(make_session, owner, language), exchange.order_no)
    bar = view.detail.exchange_bar
    assert bar.cancel_button.isVisible() and bar.cancel_button.isEnabled()
    qtbot.mouseClick(bar.cancel_button, LEFT)
    reason = view.exchange_actions.reason_dialog
    assert reason is not None and not reason.ok_button.isEnabled()  # a reason is required
    reason.text_edit.setPlainText("Recorded on the wrong order")
    qtbot.mouseClick(reason.ok_button, LEFT)
    question = view.exchange_actions.question
    assert question is not None and question_words in question.text()
    _answer(question, "noButton")  # going back changes nothing
    assert exchanges.get_exchange(exchange.exchange_no).status == "recorded"
    qtbot.mouseClick(bar.cancel_button, LEFT)
    view.exchange_actions.reason_dialog.text_edit.setPlainText("Recorded on the wrong order")
    qtbot.mouseClick(view.exchange_actions.reason_dialog.ok_button, LEFT)
    _answer(view.exchange_actions.question, "yesButton")
    done = exchanges.get_exchange(exchange.exchange_no)
    assert done.status == "cancelled" and done.cancel_reason == "Recorded on the wrong order"
    (event,) = m.AuditEvent.select().where(m.AuditEvent.action == exchanges.CANCEL_ACTION)
    assert event.user_name == owner.name
    qtbot.waitUntil(lambda: not bar.cancel_button.isEnabled())
    assert "cancelled" in bar.picker.currentText() or "已撤销" in bar.picker.currentText()


@pytest.mark.parametrize(
    ("language", "title"),
    [(i18n.ENGLISH, "Receive the goods of exchange"), (i18n.CHINESE, "接收换货退回商品")],
)
def test_the_clerk_receives_the_units_back_into_stock_or_written_off(
    qtbot: QtBot,
    clerk: Actor,
    accountant: Actor,
    exchange: exchanges.ExchangeDetail,
    make_session: Callable[[Actor], Session],
    language: str,
    title: str,
) -> None:
    from merchant_refunds.domain.inspection import Condition
    from merchant_refunds.services import returned_goods

    reader = _view(qtbot, _session(make_session, accountant, language), exchange.order_no)
    assert not reader.detail.exchange_bar.receive_button.isVisible()
    view = _view(qtbot, _session(make_session, clerk, language), exchange.order_no)
    bar = view.detail.exchange_bar
    assert bar.receive_button.isVisible() and bar.receive_button.isEnabled()
    qtbot.mouseClick(bar.receive_button, LEFT)
    dialog = view.exchange_actions.receive_dialog
    assert dialog is not None and dialog.isVisible() and title in dialog.windowTitle()
    assert dialog.table.rowCount() == 1
    dialog.set_unit(0, Condition.DAMAGED, "crushed box")
    dialog._submit()
    kinds = [(e.sku, e.kind.value) for e in returned_goods.stock_ledger(clerk).entries]
    assert kinds == [("TEA-09", "exchanged_out"), ("TEA-01", "written_off")]
    qtbot.waitUntil(lambda: not bar.receive_button.isEnabled())


def test_the_exchange_buttons_follow_a_live_language_switch(
    qtbot: QtBot,
    owner: Actor,
    exchange: exchanges.ExchangeDetail,
    make_session: Callable[[Actor], Session],
) -> None:
    view = _view(qtbot, _session(make_session, owner, i18n.ENGLISH), exchange.order_no)
    bar = view.detail.exchange_bar
    assert bar.cancel_button.text() == "Cancel exchange…"
    i18n.apply_language(i18n.CHINESE)
    qtbot.waitUntil(lambda: bar.print_button.text() == "打印换货单…")
    assert bar.cancel_button.text() == "撤销换货…"
    assert bar.receive_button.text() == "验收退回商品…"
