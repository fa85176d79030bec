"""Signed confirmations: scans and drawn signatures are checked, stored with SHA-256, audited, and
they open the signature gate that keeps a large refund from being paid unsigned."""

from __future__ import annotations

import hashlib
import io

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader

from merchant_refunds.documents.signing import sign_on_screen
from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.errors import InvalidInput, PermissionDenied, Refused
from merchant_refunds.domain.lifecycle import RefundStatus
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import (
    audit,
    orders,
    refund_decisions,
    refund_goods,
    refund_requests,
    refund_views,
    signatures,
)
from merchant_refunds.services.payouts import sending
from merchant_refunds.services.signatures import MAX_SIGNATURE_BYTES, SignatureKind
from merchant_refunds.services.users import Actor
from merchant_refunds.storage import models as m
from tests.factories import make_line, make_order, tea_order


def _image(fmt: str, size: tuple[int, int] = (300, 100)) -> bytes:
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    draw.line((10, 80, 80, 20, 150, 70, 220, 15, 290, 60), fill="black", width=4)
    out = io.BytesIO()
    image.save(out, fmt)
    return out.getvalue()


def _pdf() -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(72, 720, "signed")
    canvas.save()
    return out.getvalue()


@pytest.fixture
def refund_no(clerk: Actor) -> str:
    orders.create_order(clerk, tea_order("TB1001"))
    request = refund_requests.RefundRequest("TB1001", Selection({1: 1}), ReasonCode.QUALITY_PROBLEM)
    return refund_requests.request_refund(clerk, request).refund_no


@pytest.fixture
def large_refund_no(clerk: Actor, owner: Actor) -> str:
    """A 2,500.00 refund: above the large-refund threshold, approved by the owner."""
    orders.create_order(clerk, make_order("BIG1", [make_line(1, unit_price=250000)]))
    request = refund_requests.RefundRequest("BIG1", Selection({1: 1}), ReasonCode.QUALITY_PROBLEM)
    detail = refund_requests.request_refund(clerk, request)
    assert detail.signature_required
    refund_decisions.approve(owner, detail.refund_no)
    return detail.refund_no


def _state(refund_no: str) -> tuple[int, int, object]:
    return (
        m.SignatureRecord.select().count(),
        m.AuditEvent.select().count(),
        refund_views.get_refund(refund_no).signed_at,
    )


@pytest.mark.parametrize(
    ("name", "data", "mime"),
    [
        ("scan.png", _image("PNG"), "image/png"),
        ("photo.JPG", _image("JPEG"), "image/jpeg"),
        ("C:\\scans\\signed.pdf", _pdf(), "application/pdf"),
    ],
)
def test_a_scan_is_stored_with_its_hash_and_signs_the_refund(
    refund_no: str, clerk: Actor, name: str, data: bytes, mime: str
) -> None:
    info = signatures.attach_signature_file(clerk, refund_no, name, data)
    assert (info.kind, info.mime_type, info.size) == (SignatureKind.SCAN, mime, len(data))
    assert info.sha256 == hashlib.sha256(data).hexdigest()
    assert info.file_name == name.replace("\\", "/").rsplit("/", 1)[-1]
    assert info.created_by == clerk.name
    assert signatures.signature_bytes(info.id) == data
    assert refund_views.get_refund(refund_no).signed_at is not None
    actions = [e.action for e in audit.events_for("refund", refund_no)]
    assert actions[-2:] == ["signature.attach", "refund.sign"]
    assert audit.verify_chain().ok


@pytest.mark.parametrize(
    ("data", "code", "words"),
    [
        (b"", "signature_empty", "empty"),
        (b"GIF89a" + b"\0" * 100, "signature_wrong_type", "Only PNG, JPEG, PDF"),
        (b"just some text, not a picture", "signature_wrong_type", "Only PNG, JPEG, PDF"),
        (b"MZ\x90\x00" + b"\0" * 100, "signature_wrong_type", "Only PNG, JPEG, PDF"),
        (b"\x89PNG\r\n\x1a\n" + b"garbage" * 10, "signature_damaged", "damaged"),
        (b"%PDF-1.7\n" + b"x" * 100, "signature_damaged", "damaged"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * MAX_SIGNATURE_BYTES, "signature_too_large", "at most 10"),
    ],
    ids=["empty", "gif", "text", "exe", "damaged-png", "damaged-pdf", "too-large"],
)
def test_bad_files_are_refused_with_a_clear_message_and_change_nothing(
    refund_no: str, clerk: Actor, data: bytes, code: str, words: str
) -> None:
    before = _state(refund_no)
    with pytest.raises(InvalidInput) as refused:
        signatures.attach_signature_file(clerk, refund_no, "signature.png", data)
    assert refused.value.code == code
    assert words in refused.value.message
    assert _state(refund_no) == before


def test_only_staff_attach_and_closed_refunds_take_no_signature(
    refund_no: str, clerk: Actor, accountant: Actor
) -> None:
    with pytest.raises(PermissionDenied):
        signatures.attach_signature_file(accountant, refund_no, "a.png", _image("PNG"))
    refund_decisions.cancel(clerk, refund_no, "customer changed their mind")
    before = _state(refund_no)
    with pytest.raises(Refused) as closed:
        signatures.attach_signature_file(clerk, refund_no, "a.png", _image("PNG"))
    assert closed.value.code == "refund_closed"
    assert _state(refund_no) == before


def test_a_second_scan_is_added_as_evidence_without_signing_again(
    refund_no: str, clerk: Actor
) -> None:
    refund_goods.record_signature(clerk, refund_no)  # the command line's "signed, no file" path
    signed_at = refund_views.get_refund(refund_no).signed_at
    first = signatures.attach_signature_file(clerk, refund_no, "front.jpg", _image("JPEG"))
    second = signatures.attach_signature_file(clerk, refund_no, "better.png", _image("PNG"))
    assert refund_views.get_refund(refund_no).signed_at == signed_at
    assert [s.id for s in signatures.list_signatures(refund_no)] == [first.id, second.id]
    with pytest.raises(Refused) as again:
        refund_goods.record_signature(clerk, refund_no)
    assert again.value.code == "already_signed"


def test_a_large_refund_cannot_be_paid_until_a_signature_is_on_file(
    large_refund_no: str, owner: Actor, clerk: Actor
) -> None:
    with pytest.raises(Refused) as unsigned:
        sending.record_payout(owner, large_refund_no, reference="ALI-1")
    assert unsigned.value.code == "signature_required"
    assert refund_views.get_refund(large_refund_no).payouts == []
    signatures.attach_signature_file(clerk, large_refund_no, "signed.pdf", _pdf())
    paid = sending.record_payout(owner, large_refund_no, reference="ALI-1")
    assert paid.status is RefundStatus.PAID


def test_signing_on_screen_stores_the_signature_and_the_signed_confirmation(
    large_refund_no: str, owner: Actor, clerk: Actor
) -> None:
    png = _image("PNG")
    pad, signed = sign_on_screen(clerk, large_refund_no, png, layout="a4", lang="zh")
    assert (pad.kind, pad.mime_type) == (SignatureKind.PAD, "image/png")
    assert (signed.kind, signed.mime_type) == (SignatureKind.SIGNED_PDF, "application/pdf")
    assert signatures.signature_bytes(pad.id) == png
    pdf = signatures.signature_bytes(signed.id)
    assert signed.sha256 == hashlib.sha256(pdf).hexdigest()
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert "客户已于" in page.extract_text() and large_refund_no in page.extract_text()
    images = [x for x in page["/Resources"]["/XObject"].values() if x["/Subtype"] == "/Image"]
    assert any(int(x["/Width"]) == 300 for x in images)
    assert refund_views.get_refund(large_refund_no).signed_at is not None
    assert sending.record_payout(owner, large_refund_no).status is RefundStatus.PAID


def test_signing_on_screen_refuses_a_bad_drawing_before_rendering(
    refund_no: str, clerk: Actor
) -> None:
    before = _state(refund_no)
    with pytest.raises(InvalidInput) as not_png:
        sign_on_screen(clerk, refund_no, _image("JPEG"))
    assert not_png.value.code == "signature_wrong_type"
    assert "PNG" in not_png.value.message
    assert _state(refund_no) == before


def test_a_stored_file_that_no_longer_matches_its_hash_is_not_handed_out(
    refund_no: str, clerk: Actor
) -> None:
    info = signatures.attach_signature_file(clerk, refund_no, "a.png", _image("PNG"))
    m.SignatureRecord.update(data=b"changed").where(m.SignatureRecord.id == info.id).execute()
    with pytest.raises(Refused) as corrupt:
        signatures.signature_bytes(info.id)
    assert corrupt.value.code == "signature_corrupt"
