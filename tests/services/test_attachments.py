"""Evidence on refunds: files checked by their content, stored with their SHA-256 in the trail,
refused without a trace, carried by backups, and a damaged or missing file found by ``check``."""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
from pathlib import Path

import pytest
from PIL import Image

from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.errors import InvalidInput, PermissionDenied, Refused
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import (
    attachments,
    integrity,
    orders,
    refund_decisions,
    refund_requests,
)
from merchant_refunds.services.users import Actor
from merchant_refunds.storage import backups
from merchant_refunds.storage import models as m
from tests.factories import tea_order
from tests.tamper import sql_file


def image(fmt: str, size: tuple[int, int] = (64, 48), colour: str = "red") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, fmt)
    return out.getvalue()


def pdf() -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(72, 720, "courier receipt")
    canvas.save()
    return out.getvalue()


def heic() -> bytes:
    """The box structure of an iPhone photo: an ``ftyp`` box with the heic brand, then data."""
    ftyp = b"ftypheic" + b"\0\0\0\0" + b"mif1heic"
    body = b"mdat" + b"\x00" * 40
    return len(ftyp + b"1234").to_bytes(4, "big") + ftyp + (len(body) + 4).to_bytes(4, "big") + body


@pytest.fixture
def refund_no(clerk: Actor) -> str:
    orders.create_order(clerk, tea_order("EV1"))
    request = refund_requests.RefundRequest("EV1", Selection({1: 1}), ReasonCode.QUALITY_PROBLEM)
    return refund_requests.request_refund(clerk, request).refund_no


def _state() -> tuple[int, int]:
    return m.Attachment.select().count(), m.AuditEvent.select().count()


@pytest.mark.parametrize(
    ("name", "make", "mime"),
    [
        ("photo.jpg", lambda: image("JPEG"), "image/jpeg"),
        ("photo.png", lambda: image("PNG"), "image/png"),
        ("photo.webp", lambda: image("WEBP"), "image/webp"),
        ("IMG_0001.HEIC", heic, "image/heic"),
        ("receipt.pdf", pdf, "application/pdf"),
    ],
)
def test_each_accepted_type_is_stored_with_its_hash_in_the_trail(
    clerk, refund_no, name, make, mime
):
    data = make()
    info = attachments.add(clerk, refund_no, "request", data, file_name=name)
    assert (info.mime_type, info.file_name, info.size) == (mime, name, len(data))
    assert info.sha256 == hashlib.sha256(data).hexdigest()
    assert attachments.attachment_bytes(info.id) == data
    event = m.AuditEvent.select().order_by(m.AuditEvent.id.desc()).get()
    assert (event.action, event.entity_key) == ("attachment.add", refund_no)
    assert json.loads(event.after_json)["sha256"] == info.sha256
    # The refund's image in the trail pins the hash, so deleting the row or changing it shows.
    pinned = json.loads(event.rows_json)["refund"][refund_no]["attachments"]
    assert [a["sha256"] for a in pinned] == [info.sha256]


def test_several_files_from_disk_go_in_one_call_in_order(clerk, refund_no, tmp_path):
    first, second = tmp_path / "front.jpg", tmp_path / "back.png"
    first.write_bytes(image("JPEG"))
    second.write_bytes(image("PNG"))
    files = attachments.read_files([first, second])
    stored = attachments.add_many(clerk, refund_no, "inspection", files, unit="L1#1")
    shown = attachments.list_attachments(refund_no)
    assert [a.file_name for a in shown] == ["front.jpg", "back.png"]
    assert [a.id for a in stored] == [a.id for a in shown]
    assert {(a.stage, a.unit, a.created_by) for a in shown} == {("inspection", "L1#1", "amy")}
    assert attachments.list_attachments(refund_no, "request") == []


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("empty.jpg", b"", "attachment_empty"),
        ("photo.jpg", b"MZ\x90\x00 an .exe renamed", "attachment_wrong_type"),
        ("notes.txt", b"just some text", "attachment_wrong_type"),
        ("photo.gif", b"GIF89a" + b"\0" * 30, "attachment_wrong_type"),
        ("cut.jpg", image("JPEG", (400, 300))[:200], "attachment_damaged"),
        ("cut.png", image("PNG", (400, 300))[:60], "attachment_damaged"),
        ("cut.pdf", pdf()[:300], "attachment_damaged"),
        ("cut.heic", heic()[:30], "attachment_damaged"),
        ("huge.jpg", b"\xff\xd8\xff" + b"\0" * attachments.MAX_FILE_BYTES, "attachment_too_large"),
    ],
)
def test_a_bad_file_is_refused_by_name_and_nothing_changes(clerk, refund_no, name, data, code):
    good = ("ok.png", image("PNG"))
    before = _state()
    with pytest.raises(InvalidInput) as raised:
        attachments.add_many(clerk, refund_no, "request", [good, (name, data)])
    assert raised.value.code == code
    assert name in str(raised.value)
    assert _state() == before


def test_a_file_too_large_on_disk_is_refused_before_it_is_read(clerk, refund_no, tmp_path):
    big = tmp_path / "video.jpg"
    with big.open("wb") as out:
        out.truncate(attachments.MAX_FILE_BYTES + 1)
    with pytest.raises(InvalidInput) as raised:
        attachments.add(clerk, refund_no, "request", big)
    assert raised.value.code == "attachment_too_large"
    assert "10 MB" in str(raised.value)


def test_limits_stage_and_roles(clerk, owner, accountant, refund_no):
    png = image("PNG")
    with pytest.raises(InvalidInput):
        attachments.add(clerk, refund_no, "unboxing", png, file_name="a.png")
    with pytest.raises(PermissionDenied):
        attachments.add(accountant, refund_no, "request", png, file_name="a.png")
    # Evidence of a rejection goes with a rejection: only an owner, only on a rejected refund.
    with pytest.raises(Refused):
        attachments.add(owner, refund_no, "rejection", png, file_name="a.png")
    refund_decisions.reject(owner, refund_no, "The seal is broken")
    with pytest.raises(PermissionDenied):
        attachments.add(clerk, refund_no, "rejection", png, file_name="a.png")
    assert attachments.add(owner, refund_no, "rejection", png, file_name="a.png").stage == (
        attachments.Stage.REJECTION
    )
    files = [(f"{n}.png", png) for n in range(attachments.MAX_FILES_PER_REFUND)]
    before = _state()
    with pytest.raises(Refused) as raised:
        attachments.add_many(clerk, refund_no, "request", files)
    assert raised.value.code == "attachments_full"
    assert _state() == before


def test_a_rejection_carries_its_evidence_in_the_same_transaction(owner, refund_no):
    photo = image("JPEG")
    refund_decisions.reject(
        owner, refund_no, "Worn and washed", files=[("worn.jpg", photo), ("label.pdf", pdf())]
    )
    found = attachments.list_attachments(refund_no, "rejection")
    assert [a.file_name for a in found] == ["worn.jpg", "label.pdf"]
    with pytest.raises(InvalidInput):
        refund_decisions.reject(owner, refund_no, "again", files=[("x.jpg", b"nope")])


def test_a_bad_file_with_a_rejection_leaves_the_refund_requested(owner, refund_no):
    before = _state()
    with pytest.raises(InvalidInput):
        refund_decisions.reject(owner, refund_no, "Worn", files=[("x.jpg", b"not a photo")])
    assert _state() == before
    assert m.Refund.get(m.Refund.refund_no == refund_no).status == "requested"


@pytest.mark.tampers
def test_bytes_changed_with_sqlite3_are_found_by_check_and_never_handed_out(
    clerk, refund_no, db_path
):
    info = attachments.add(clerk, refund_no, "request", image("PNG"), file_name="crack.png")
    other = attachments.add(clerk, refund_no, "request", image("JPEG"), file_name="box.jpg")
    assert integrity.check().ok
    forged = image("PNG", colour="blue")
    sql_file(db_path, "UPDATE attachment SET data = ? WHERE id = ?", forged, info.id)
    sql_file(db_path, "UPDATE attachment SET data = ? WHERE id = ?", b"", other.id)
    report = integrity.check()
    assert not report.ok
    lines = report.problems()
    assert any("crack.png" in line and "SHA-256" in line and refund_no in line for line in lines)
    assert any("box.jpg" in line and "missing" in line for line in lines)
    with pytest.raises(Refused) as raised:
        attachments.attachment_bytes(info.id)
    assert raised.value.code == "attachment_corrupt"


@pytest.mark.tampers
def test_a_file_deleted_or_its_hash_rewritten_with_sqlite3_is_found(clerk, refund_no, db_path):
    kept = attachments.add(clerk, refund_no, "request", image("PNG"), file_name="a.png")
    gone = attachments.add(clerk, refund_no, "request", image("JPEG"), file_name="b.jpg")
    forged = image("PNG", colour="green")
    digest = hashlib.sha256(forged).hexdigest()
    sql_file(
        db_path, "UPDATE attachment SET data = ?, sha256 = ? WHERE id = ?", forged, digest, kept.id
    )
    sql_file(db_path, "DELETE FROM attachment WHERE id = ?", gone.id)
    fields = {(d.key, d.field) for d in integrity.check().differences}
    assert (refund_no, "attachments[1].sha256") in fields or (refund_no, "attachments") in fields
    assert any(key == refund_no for key, _ in fields)


def test_a_backup_carries_the_files(clerk, refund_no, db_path, tmp_path):
    data = image("JPEG")
    info = attachments.add(clerk, refund_no, "request", data, file_name="photo.jpg")
    copy = backups.copy_database(db_path, tmp_path / "copy.sqlite3")
    con = sqlite3.connect(str(copy))
    try:
        row = con.execute("SELECT data, sha256 FROM attachment WHERE id = ?", (info.id,)).fetchone()
    finally:
        con.close()
    assert bytes(row[0]) == data and row[1] == info.sha256


def test_save_to_writes_every_file(clerk, refund_no, tmp_path):
    data = pdf()
    info = attachments.add(clerk, refund_no, "request", data, file_name="../../etc/receipt.pdf")
    assert info.file_name == "receipt.pdf"
    written = attachments.save_to(refund_no, tmp_path / "out")
    assert [p.name for p in written] == [f"{info.id}-receipt.pdf"]
    assert written[0].read_bytes() == data
    assert Path(written[0]).parent == tmp_path / "out"


def test_moving_the_shop_to_a_server_carries_the_files(clerk, refund_no, db_path, pg_url):
    from merchant_refunds.storage import transfer
    from merchant_refunds.storage.db import close_database, open_database

    data = image("JPEG")
    info = attachments.add(clerk, refund_no, "request", data, file_name="photo.jpg")
    close_database()
    report = transfer.copy_to_postgres(db_path, pg_url)
    assert report.attachments_sha256
    open_database(pg_url)
    try:
        assert attachments.attachment_bytes(info.id) == data
        assert [a.sha256 for a in attachments.list_attachments(refund_no)] == [info.sha256]
        assert integrity.check().ok
    finally:
        close_database()
    open_database(db_path)


def test_the_check_reports_its_progress_over_the_files(clerk, refund_no, monkeypatch):
    monkeypatch.setattr(attachments, "PROGRESS_EVERY", 2)
    files = [(f"{n}.png", image("PNG")) for n in range(5)]
    attachments.add_many(clerk, refund_no, "request", files)
    assert integrity.work_size()["attachment"] == 5
    assert integrity.STAGES[-1] == "attachment"
    seen: list[tuple[str, int]] = []
    assert integrity.check(lambda stage, n: seen.append((stage, n))).ok
    assert [n for stage, n in seen if stage == "attachment"] == [2, 4]


def test_a_schema_10_database_gains_the_evidence_table(tmp_path):
    from merchant_refunds.storage import migrations
    from merchant_refunds.storage.db import close_database, open_database

    path = tmp_path / "old.sqlite3"
    open_database(path, create=True)
    close_database()
    with sqlite3.connect(path) as con:
        con.execute("DROP TABLE attachment")
        con.execute("UPDATE setting SET value = '10' WHERE key = 'schema_version'")
    con.close()
    open_database(path)
    try:
        from merchant_refunds.storage.db import current_database

        db = current_database()
        assert migrations.read_version(db) == migrations.SCHEMA_VERSION
        assert "attachment" in db.get_tables()
    finally:
        close_database()


def test_a_picture_with_too_many_pixels_is_refused(clerk, refund_no, monkeypatch):
    """A small file may announce a gigantic picture (a decompression bomb): refused by name,
    whether our limit or Pillow's own catches it, and nothing is stored."""
    from PIL import Image

    before = _state()
    monkeypatch.setattr(attachments, "MAX_PIXELS", 1000)
    with pytest.raises(InvalidInput) as ours:
        attachments.add(clerk, refund_no, "request", image("PNG", (100, 100)), file_name="a.png")
    assert ours.value.code == "attachment_too_many_pixels" and "a.png" in str(ours.value)
    monkeypatch.setattr(attachments, "MAX_PIXELS", 10**9)
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1000)
    with pytest.raises(InvalidInput) as pillows:
        attachments.add(clerk, refund_no, "request", image("PNG", (100, 100)), file_name="b.png")
    assert pillows.value.code == "attachment_too_many_pixels"
    assert _state() == before


def test_a_request_and_its_evidence_are_stored_together(clerk: Actor) -> None:
    orders.create_order(clerk, tea_order("EV2"))
    request = refund_requests.RefundRequest(
        "EV2",
        Selection({1: 1}),
        ReasonCode.QUALITY_PROBLEM,
        evidence=(("crack.jpg", image("JPEG")), ("receipt.pdf", pdf())),
    )
    refund_no = refund_requests.request_refund(clerk, request).refund_no
    found = attachments.list_attachments(refund_no)
    assert [(a.stage, a.file_name) for a in found] == [
        ("request", "crack.jpg"),
        ("request", "receipt.pdf"),
    ]
    assert integrity.check().ok
    integrity.verify_refund(refund_no)


def test_a_bad_file_refuses_the_whole_request(clerk: Actor) -> None:
    orders.create_order(clerk, tea_order("EV3"))
    request = refund_requests.RefundRequest(
        "EV3",
        Selection({1: 1}),
        ReasonCode.QUALITY_PROBLEM,
        evidence=(("crack.jpg", image("JPEG")), ("fake.jpg", b"#!/bin/sh\necho hi\n")),
    )
    refunds_before, files_before = m.Refund.select().count(), m.Attachment.select().count()
    with pytest.raises(InvalidInput) as refused:
        refund_requests.request_refund(clerk, request)
    assert refused.value.params["name"] == "fake.jpg"
    assert (m.Refund.select().count(), m.Attachment.select().count()) == (
        refunds_before,
        files_before,
    )
