"""Hostile input typed into the refund dialog's note.

The user sees a clear error, the dialog stays open with what was typed, and nothing is stored.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import orders, refund_views
from merchant_refunds.ui.common.tasks import wait_for_tasks
from merchant_refunds.ui.refunds.refund_dialog import RefundDialog
from tests.factories import tea_order
from tests.ui.helpers import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

RLO = "invoice\u202egnp.exe"


@pytest.fixture(autouse=True)
def _settle(qtbot: QtBot, db_path: object) -> Iterator[None]:
    yield
    wait_for_tasks()


def _error_boxes(widget: object) -> list[str]:
    return [box.text() for box in widget.findChildren(QMessageBox) if box.isVisible()]


def _refund_dialog(qtbot: QtBot, session: object) -> RefundDialog:
    dialog = RefundDialog(session, "TB1001")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reason.setCurrentIndex(dialog.reason.findData(ReasonCode.QUALITY_PROBLEM.value))
    qtbot.keyClick(dialog.spins[1], Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: dialog.submit_button.isEnabled())
    return dialog


@pytest.mark.parametrize(
    ("note", "message"),
    [
        ("bad\x00note", "The note contains a control character (U+0000)"),
        (RLO, "The note contains a text-direction control character (U+202E)"),
        ("長" * 2001, "The note is longer than 2000 characters"),
    ],
)
def test_refund_dialog_refuses_a_hostile_note(qtbot, make_session, clerk, note, message) -> None:
    orders.create_order(clerk, tea_order("TB1001"))
    dialog = _refund_dialog(qtbot, make_session(clerk))
    dialog.note.setPlainText(note)
    # Said under the note as it is typed, and the request cannot be sent.
    assert dialog.note_error.isVisible() and dialog.note_error.text() == message
    assert not dialog.submit_button.isEnabled()
    dialog.submit()
    assert dialog.isVisible() and dialog.note.toPlainText() == note
    assert refund_views.list_refunds() == []


def test_refund_dialog_keeps_emoji_cjk_and_sql_in_the_note(qtbot, make_session, clerk) -> None:
    orders.create_order(clerk, tea_order("TB1001"))
    dialog = _refund_dialog(qtbot, make_session(clerk))
    note = "龍井 🧾\n'); DROP TABLE refund;--"
    dialog.note.setPlainText(note)
    with qtbot.waitSignal(dialog.refund_created):
        dialog.submit()
    (summary,) = refund_views.list_refunds()
    assert refund_views.get_refund(summary.refund_no).note == note
