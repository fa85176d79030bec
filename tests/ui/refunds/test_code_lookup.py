"""The code from a confirmation's QR code, typed or scanned, opens its refund or warns."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import confirmations, orders, refund_decisions, refund_requests
from merchant_refunds.ui.common.tasks import wait_for_tasks
from merchant_refunds.ui.refunds.refunds_view import RefundsView
from tests.factories import tea_order
from tests.tamper import unguard
from tests.ui.helpers import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture(autouse=True)
def _settle(qtbot, db_path) -> Iterator[None]:
    yield
    wait_for_tasks()


def _refund(actor, order_no: str) -> str:
    orders.create_order(actor, tea_order(order_no))
    request = refund_requests.RefundRequest(
        order_no, Selection({1: 1}, shipping=True), ReasonCode.QUALITY_PROBLEM
    )
    return refund_requests.request_refund(actor, request).refund_no


def _view(qtbot, session, first_shown: str) -> RefundsView:
    view = RefundsView(session)
    qtbot.addWidget(view)
    view.resize(1400, 700)
    view.show()
    qtbot.waitUntil(lambda: view.detail.title.text().startswith(f"Refund {first_shown}"))
    return view


def _scan(qtbot, view: RefundsView, text: str) -> None:
    """What a barcode scanner set up as a keyboard does: type the text, press Enter."""
    view.lookup.field.setFocus()
    view.lookup.field.clear()
    qtbot.keyClicks(view.lookup.field, text)
    qtbot.keyClick(view.lookup.field, Qt.Key.Key_Return)


def test_a_scanned_code_opens_its_refund(qtbot, make_session, clerk, owner, tmp_path):
    older = _refund(clerk, "TB1001")
    newer = _refund(clerk, "TB1002")
    refund_decisions.approve(owner, older)
    view = _view(qtbot, make_session(clerk), newer)  # the newest request is shown first
    with qtbot.waitSignal(view.detail_shown) as shown:
        _scan(qtbot, view, confirmations.paper_code(older))
    assert shown.args == [older]
    assert view.detail.title.text() == f"Refund {older} · Approved"
    assert view.current_status() == "approved"
    assert view.search.text() == older
    assert view.selected_refund_nos() == [older]
    assert view.lookup.status_label.text() == "✓ Matches"
    assert view.lookup.status_label.toolTip() == "The paper matches the record"
    assert view.lookup.field.selectedText() == view.lookup.field.text()  # ready for the next scan
    view.grab().save(str(tmp_path / "lookup.png"))

    # Lower case with spaces, as someone might type it off the paper, finds it too.
    view.show_status(None)
    code = confirmations.paper_code(newer).lower().replace("-", " - ")
    with qtbot.waitSignal(view.detail_shown):
        _scan(qtbot, view, code)
    assert view.detail.title.text().startswith(f"Refund {newer}")


def test_a_tampered_code_warns_but_can_still_open_by_number(qtbot, make_session, clerk):
    target = _refund(clerk, "TB1001")
    shown_first = _refund(clerk, "TB1002")
    view = _view(qtbot, make_session(clerk), shown_first)
    code = confirmations.verification_code(target)
    forged = code[:-1] + ("A" if code[-1] != "A" else "B")
    _scan(qtbot, view, f"{target}-{forged}")
    box = view.lookup.message_box
    assert box is not None and box.isVisible()
    assert box.text() == "This paper does not match the record"
    assert f"does not match refund {target}" in box.informativeText()
    assert view.lookup.status_label.text() == "✗ No match"
    assert view.detail.title.text().startswith(f"Refund {shown_first}")  # nothing opened yet
    open_button = box.findChild(QPushButton, "openAnyway")
    assert open_button.text() == f"Open refund {target}"
    with qtbot.waitSignal(view.detail_shown):
        qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    assert view.detail.title.text().startswith(f"Refund {target}")


def test_an_unknown_refund_number_says_so(qtbot, make_session, clerk):
    shown = _refund(clerk, "TB1001")
    view = _view(qtbot, make_session(clerk), shown)
    _scan(qtbot, view, "RF209901010042-ABCDEFGH")
    box = view.lookup.message_box
    assert box.text() == "There is no refund RF209901010042."
    box.close()
    _scan(qtbot, view, "hello?")
    assert view.lookup.message_box.windowTitle() == "Not a refund code"
    assert view.lookup.message_box.text().startswith("Not a refund code: hello?")
    view.lookup.message_box.close()
    assert view.detail.title.text().startswith(f"Refund {shown}")


@pytest.mark.tampers
def test_a_paper_whose_trail_was_cut_warns(qtbot, make_session, clerk, db_path):
    target = _refund(clerk, "TB1001")
    shown_first = _refund(clerk, "TB1002")  # the paper of TB1001 pins this later request
    paper = confirmations.paper_code(target)
    pinned = int(paper.split("-")[2])
    with sqlite3.connect(db_path) as con:
        unguard(con)
        con.execute("DELETE FROM audit_event WHERE id >= ?", (pinned,))
    con.close()
    view = _view(qtbot, make_session(clerk), shown_first)
    _scan(qtbot, view, paper)
    box = view.lookup.message_box
    assert box is not None and box.isVisible()
    assert box.text() == "The records were changed after this paper was printed"
    assert "cut or changed before this paper was printed" in box.informativeText()
    assert view.lookup.status_label.text() == "✗ Trail changed"
