"""Around the money: instalments from the payout dialog, the supplier's answer for a pre-sale
refund in production, and the customer's feedback afterwards."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from merchant_refunds.domain.errors import Refused
from merchant_refunds.domain.order import OrderStatus
from merchant_refunds.services import feedback, orders, refund_decisions, refund_views, signatures
from merchant_refunds.services.payouts import failures, sending
from merchant_refunds.ui.common.tasks import wait_for_tasks
from merchant_refunds.ui.refunds.refunds_view import RefundsView
from tests.factories import make_line, make_order, tea_order
from tests.ui.helpers import OFFSCREEN_NOISE, press_ok
from tests.ui.refunds.test_refunds_view import _request, _shown

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
LEFT = Qt.MouseButton.LeftButton


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


def _png() -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage

    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def test_payout_dialog_schedules_instalments_that_add_up(qtbot, make_session, clerk, owner):
    orders.create_order(clerk, make_order("BIG1", [make_line(1, "TV-1", 1, 300001, name="电视")]))
    refund_no = _request(clerk, "BIG1")
    refund_decisions.approve(owner, refund_no)
    signatures.attach_signature_file(clerk, refund_no, "signed.png", _png())
    view = _view(qtbot, make_session(owner))
    view.show_status("approved")
    _shown(qtbot, view, refund_no, "Approved")
    qtbot.mouseClick(view.buttons["pay"], LEFT)
    dialog = view.action_dialog
    dialog.instalments.setValue(3)
    assert not dialog.amount.isEnabled()
    assert dialog.plan.text() == "2 × ¥1,000.00 + ¥1,000.01 = ¥3,000.01"
    press_ok(dialog)
    qtbot.waitUntil(lambda: len(refund_views.get_refund(refund_no).payouts) == 3)
    payouts = refund_views.get_refund(refund_no).payouts
    assert [p.amount for p in payouts] == [100000, 100000, 100001]
    assert [p.status for p in payouts] == ["sent", "scheduled", "scheduled"]


def test_supplier_answer_lets_a_presale_refund_be_approved(qtbot, make_session, clerk, owner):
    orders.create_order(
        clerk, tea_order("PRE1", status=OrderStatus.PRESALE_IN_PRODUCTION, presale=True)
    )
    refund_no = _request(clerk, "PRE1")
    with pytest.raises(Refused):
        refund_decisions.approve(owner, refund_no)
    view = _view(qtbot, make_session(clerk))
    _shown(qtbot, view, refund_no, "Waiting for approval")
    assert "waiting for the supplier's agreement" in view.detail.text()
    assert "supplier" in view.visible_actions()
    qtbot.mouseClick(view.buttons["supplier"], LEFT)
    dialog = view.action_dialog
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # nobody named yet
    dialog.supplier.setText(" ")  # the service's message under the field, as it is typed
    assert "Say who at the supplier was asked" in dialog.wrapped["supplier"].error()
    assert not ok.isEnabled() and dialog.isVisible()
    dialog.supplier.setText("Factory Li")
    dialog.asked_on.setDate(QDate(2026, 11, 25))
    dialog.answer.setCurrentIndex(dialog.answer.findData("agreed"))
    press_ok(dialog)
    qtbot.waitUntil(lambda: "Factory Li asked on" in view.detail.text())
    assert "supplier" not in view.visible_actions()
    assert refund_decisions.approve(owner, refund_no).status.value == "approved"


def test_feedback_is_recorded_and_shown_after_payment(qtbot, make_session, clerk, owner):
    orders.create_order(clerk, tea_order("TB1001"))
    refund_no = _request(clerk)
    refund_decisions.approve(owner, refund_no)
    sending.record_payout(owner, refund_no, reference="ALI-1")
    view = _view(qtbot, make_session(clerk))
    view.show_status("paid")
    _shown(qtbot, view, refund_no, "Paid out")
    qtbot.mouseClick(view.buttons["feedback"], LEFT)
    dialog = view.action_dialog
    dialog.rating.setValue(4)
    dialog.comment.setPlainText("退款很快")
    press_ok(dialog)
    qtbot.waitUntil(lambda: "★★★★☆ 退款很快" in view.detail.text())
    stored = feedback.get_feedback(refund_no)
    assert (stored.rating, stored.comment, stored.recorded_by) == (4, "退款很快", "amy")


def test_next_instalment_is_sent_and_a_failed_payout_is_retried(qtbot, make_session, clerk, owner):
    pass

    orders.create_order(clerk, make_order("BIG2", [make_line(1, "TV-2", 1, 300000, name="电视")]))
    refund_no = _request(clerk, "BIG2")
    refund_decisions.approve(owner, refund_no)
    signatures.attach_signature_file(clerk, refund_no, "signed.png", _png())
    sending.schedule_instalments(owner, refund_no, 2, reference="ALI-1")
    failures.mark_failed(owner, refund_no, 1, "card closed")
    view = _view(qtbot, make_session(owner))
    view.show_status("approved")
    _shown(qtbot, view, refund_no, "Approved")
    assert {"send_next", "retry"} <= set(view.visible_actions())

    qtbot.mouseClick(view.buttons["retry"], LEFT)
    retry = view.action_dialog
    retry.method.setCurrentIndex(retry.method.findData("cash"))
    retry.reference.setText("TILL-7")
    press_ok(retry)
    qtbot.waitUntil(lambda: len(refund_views.get_refund(refund_no).payouts) == 3)
    qtbot.waitUntil(lambda: "retry" not in view.visible_actions())

    qtbot.mouseClick(view.buttons["send_next"], LEFT)
    view.action_dialog.accept()
    qtbot.waitUntil(
        lambda: (
            [p.status for p in refund_views.get_refund(refund_no).payouts]
            == ["failed", "sent", "sent"]
        )
    )
    detail = refund_views.get_refund(refund_no)
    assert detail.status.value == "paid"
    assert sum(p.amount for p in detail.payouts if p.status != "failed") == 300000


def test_feedback_shows_in_the_reports(clerk, owner):
    import io
    from datetime import date

    from pypdf import PdfReader

    from merchant_refunds.exports.report_pdf import render_report
    from merchant_refunds.services import reporting

    for no, stars in (("TB1001", 4), ("TB2002", 5)):
        orders.create_order(clerk, tea_order(no))
        refund_no = _request(clerk, no)
        refund_decisions.approve(owner, refund_no)
        sending.record_payout(owner, refund_no, reference=f"ALI-{no}")
        feedback.record_feedback(clerk, refund_no, stars, "ok")
    data = reporting.report_data(owner, date(2026, 11, 1), date(2026, 11, 30))
    assert data.ratings == {4: 1, 5: 1}
    assert data.feedback_summary() == (2, 9)
    text = PdfReader(io.BytesIO(render_report(data, "en", "Shop"))).pages[0].extract_text()
    assert "Customer feedback: 2 ratings, average 4.5 of 5" in text
