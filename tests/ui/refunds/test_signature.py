"""The customer's signature, drawn on the pad or attached as a scan; then the payout may go."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.errors import Refused
from merchant_refunds.domain.lifecycle import PayoutMethod
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import (
    orders,
    refund_decisions,
    refund_requests,
    refund_views,
    signatures,
)
from merchant_refunds.services.payouts import sending
from merchant_refunds.services.signatures import SignatureKind
from merchant_refunds.ui.common import computer_settings
from merchant_refunds.ui.common.tasks import wait_for_tasks
from merchant_refunds.ui.refunds.refunds_view import RefundsView
from merchant_refunds.ui.refunds.signature_dialog import SignatureDialog
from merchant_refunds.ui.refunds.signature_pad import SignaturePad
from tests.factories import make_line, make_order
from tests.ui.helpers import OFFSCREEN_NOISE, press_ok

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(autouse=True)
def _settle(qtbot, db_path, tmp_path: Path) -> Iterator[None]:
    computer_settings.use_file(tmp_path / "computer.ini")
    yield
    wait_for_tasks()
    computer_settings.use_file(None)


def _large_approved_refund(clerk, owner) -> str:
    """A 3,000 yuan television: above the threshold, so it needs the customer's signature."""
    orders.create_order(clerk, make_order("BIG1", [make_line(1, "TV-1", 1, 300000, name="电视机")]))
    request = refund_requests.RefundRequest("BIG1", Selection({1: 1}), ReasonCode.QUALITY_PROBLEM)
    refund_no = refund_requests.request_refund(clerk, request).refund_no
    refund_decisions.approve(owner, refund_no)
    return refund_no


def _view(qtbot, session, refund_no: str) -> RefundsView:
    view = RefundsView(session)
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.show()
    view.show_status("approved")
    qtbot.waitUntil(lambda: view.detail.title.text() == f"Refund {refund_no} · Approved")
    return view


def _draw(qtbot, pad: SignaturePad, points: list[tuple[int, int]]) -> None:
    """One stroke with the mouse through ``points``."""
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(*points[0]))
    for x, y in points[1:]:
        qtbot.mouseMove(pad, QPoint(x, y))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(*points[-1]))


def _ink_pixels(png: bytes) -> int:
    image = QImage.fromData(png, "PNG")
    return sum(
        image.pixelColor(x, y).alpha() > 0
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    )


def test_pad_turns_mouse_strokes_into_a_png(qtbot):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(420, 160)
    pad.show()
    assert pad.is_empty()
    with pytest.raises(ValueError):
        pad.to_png()
    with qtbot.waitSignal(pad.changed):
        _draw(qtbot, pad, [(30, 100), (60, 60), (90, 110), (130, 50), (170, 100)])
    _draw(qtbot, pad, [(200, 90), (260, 80)])
    assert pad.stroke_count() == 2
    png = pad.to_png()
    assert png.startswith(PNG_MAGIC)
    image = QImage.fromData(png, "PNG")
    assert 400 < image.width() < 600  # cropped to the strokes, at twice the size
    assert _ink_pixels(png) > 50
    pad.clear()
    assert pad.is_empty()


def test_signing_on_screen_stores_it_and_lets_the_payout_through(
    qtbot, make_session, clerk, owner, tmp_path, monkeypatch
):
    refund_no = _large_approved_refund(clerk, owner)
    with pytest.raises(Refused):  # the service refuses before the signature
        sending.record_payout(owner, refund_no, method=PayoutMethod.ORIGINAL_ROUTE.value)
    view = _view(qtbot, make_session(clerk), refund_no)
    assert view.buttons["sign"].text() == "Record signature…"
    qtbot.mouseClick(view.buttons["sign"], Qt.MouseButton.LeftButton)
    dialog = view.action_dialog
    assert isinstance(dialog, SignatureDialog) and dialog.isVisible()
    dialog.tabs.setCurrentIndex(1)
    assert not dialog.save_button.isEnabled()
    _draw(qtbot, dialog.pad, [(40, 110), (80, 60), (120, 120), (170, 60), (220, 110)])
    dialog.grab().save(str(tmp_path / "signature-dialog.png"))
    drawn = dialog.pad.to_png()
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.signed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    proofs = signatures.list_signatures(refund_no)
    assert [p.kind for p in proofs] == [SignatureKind.PAD, SignatureKind.SIGNED_PDF]
    assert signatures.signature_bytes(proofs[0].id) == drawn
    qtbot.waitUntil(lambda: "signed on screen" in view.detail.text())
    text = view.detail.text()
    assert "signed 2026年11月26日 10:00 · recorded by amy · signed on screen" in text
    assert "Signature proof stored" in text  # the timeline
    assert "sign" not in view.visible_actions()
    view.grab().save(str(tmp_path / "signed-view.png"))

    # The signed confirmation can be saved from the detail.
    assert view.print_bar.signed_copy_button.isVisible()
    target = tmp_path / "signed.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(target), "PDF"))
    )
    qtbot.mouseClick(view.print_bar.signed_copy_button, Qt.MouseButton.LeftButton)
    assert refund_no in "".join(p.extract_text() for p in PdfReader(target).pages)
    assert len(PdfReader(io.BytesIO(target.read_bytes())).pages[-1].images) >= 1  # the drawing

    # The owner can now record the payout.
    view.session.set_actor(owner)
    assert view.buttons["pay"].isEnabled()
    qtbot.mouseClick(view.buttons["pay"], Qt.MouseButton.LeftButton)
    pay = view.action_dialog
    qtbot.keyClicks(pay.reference, "ALI-9")
    press_ok(pay)
    qtbot.waitUntil(lambda: view.detail.title.text() == f"Refund {refund_no} · Paid out")


def test_attaching_a_scan_signs_the_refund(
    qtbot, make_session, clerk, owner, tmp_path, monkeypatch
):
    refund_no = _large_approved_refund(clerk, owner)
    view = _view(qtbot, make_session(clerk), refund_no)
    scan = tmp_path / "scan.jpg"
    image = QImage(300, 400, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    assert image.save(str(scan), "JPEG")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a: (str(scan), "Scans"))
    )
    dialog = view.record_signature()
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    proofs = signatures.list_signatures(refund_no)
    assert [(p.kind, p.file_name, p.mime_type) for p in proofs] == [
        (SignatureKind.SCAN, "scan.jpg", "image/jpeg")
    ]
    qtbot.waitUntil(lambda: "scan of the signed paper attached" in view.detail.text())
    assert computer_settings.computer_settings().value("signatures/last_folder") == str(tmp_path)


def test_a_wrong_file_type_shows_the_services_message(
    qtbot, make_session, clerk, owner, tmp_path, monkeypatch
):
    refund_no = _large_approved_refund(clerk, owner)
    view = _view(qtbot, make_session(clerk), refund_no)
    notes = tmp_path / "signed.png"  # the name says PNG; the bytes do not
    notes.write_text("customer said yes on the phone", encoding="utf-8")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a: (str(notes), "All files"))
    )
    dialog = view.record_signature()
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert (
        dialog.error() == "Only PNG, JPEG, PDF files can be attached; this file is not one of them"
    )
    dialog.grab().save(str(tmp_path / "signature-error.png"))
    assert signatures.list_signatures(refund_no) == []
    assert refund_views.get_refund(refund_no).signed_at is None
    assert not dialog.attach_file(tmp_path / "gone.pdf")
    assert dialog.error().startswith("Could not read gone.pdf")
    dialog.reject()


def test_pad_takes_a_finger_on_a_touch_screen(qtbot):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(420, 160)
    pad.show()
    device = QTest.createTouchDevice()
    QTest.touchEvent(pad, device).press(0, QPoint(40, 100), pad).commit()
    QTest.touchEvent(pad, device).move(0, QPoint(120, 60), pad).commit()
    QTest.touchEvent(pad, device).move(0, QPoint(200, 110), pad).commit()
    QTest.touchEvent(pad, device).release(0, QPoint(200, 110), pad).commit()
    assert pad.stroke_count() == 1  # no second stroke from mouse events made up from the touch
    assert _ink_pixels(pad.to_png()) > 30
