"""Proof that the customer signed: a scan or photo of the paper, or a signature drawn on screen.

Files are checked by their first bytes (PNG, JPEG or PDF; a name ending in .png proves nothing),
limited to 10 MB, stored in the database with their SHA-256 and audited. Storing the first proof
also sets the refund's signature gate (``signed_at``) in the same transaction, so a large refund
can be paid only once the evidence is really on file.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import PurePath
from typing import Any

import peewee as pw

from merchant_refunds.domain.errors import InvalidInput, NotFound, Refused
from merchant_refunds.domain.lifecycle import RefundStatus, Role
from merchant_refunds.services import audit, clock
from merchant_refunds.services.refund_goods import mark_signed
from merchant_refunds.services.users import Actor, require_role
from merchant_refunds.storage import models as m
from merchant_refunds.storage.db import write_transaction

MAX_SIGNATURE_BYTES = 10 * 1024 * 1024

_MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image/png", "PNG"),
    (b"\xff\xd8\xff", "image/jpeg", "JPEG"),
    (b"%PDF-", "application/pdf", "PDF"),
)


_EXTENSIONS = {"image/png": ".png", "image/jpeg": ".jpg", "application/pdf": ".pdf"}


class SignatureKind(StrEnum):
    SCAN = "scan"  # photo or scan of the signed paper
    PAD = "pad"  # signature drawn on screen (PNG)
    SIGNED_PDF = "signed_pdf"  # the confirmation rendered with the drawn signature in it


@dataclass(frozen=True)
class SignatureInfo:
    id: int
    refund_no: str
    kind: SignatureKind
    file_name: str
    mime_type: str
    size: int
    sha256: str
    created_by: str
    created_at: datetime


def sniff_mime(data: bytes) -> str | None:
    """The type the file's first bytes announce, or None for anything we do not accept."""
    for magic, mime, _ in _MAGIC:
        if data.startswith(magic):
            return mime
    return None


def check_signature_file(data: bytes, allowed: tuple[str, ...] | None = None) -> str:
    """Refuse empty, oversized, unknown or damaged files; return the MIME type of a good one."""
    if not isinstance(data, bytes | bytearray):
        raise TypeError("signature data must be bytes")
    if not data:
        raise InvalidInput("signature_empty", "The file is empty")
    if len(data) > MAX_SIGNATURE_BYTES:
        raise InvalidInput(
            "signature_too_large",
            "The file is {size_mb} MB; at most {limit_mb} MB can be attached",
            size_mb=f"{len(data) / 1024 / 1024:.1f}",
            limit_mb=MAX_SIGNATURE_BYTES // 1024 // 1024,
        )
    mime = sniff_mime(bytes(data[:8]))
    names = ", ".join(n for _, mt, n in _MAGIC if allowed is None or mt in allowed)
    if mime is None or (allowed is not None and mime not in allowed):
        raise InvalidInput(
            "signature_wrong_type",
            "Only {types} files can be attached; this file is not one of them",
            types=names,
        )
    if mime == "application/pdf":
        if b"%%EOF" not in data[-2048:]:
            raise InvalidInput("signature_damaged", "The PDF file is incomplete or damaged")
    else:
        _check_image(bytes(data))
    return mime


def _check_image(data: bytes) -> None:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise InvalidInput("signature_damaged", "The image file is incomplete or damaged") from None


def _clean_name(filename: str, default: str) -> str:
    name = PurePath(filename.replace("\\", "/")).name.strip() if filename else ""
    name = "".join(ch for ch in name if ch.isprintable())
    return (name or default)[-200:]


def _refund_row(refund_no: str) -> m.Refund:
    row = m.Refund.get_or_none(m.Refund.refund_no == refund_no.strip())
    if row is None:
        raise NotFound("unknown_refund", "No refund {refund_no}", refund_no=refund_no)
    return row


def _store(
    actor: Actor, row: m.Refund, kind: SignatureKind, name: str, mime: str, data: bytes
) -> m.SignatureRecord:
    digest = hashlib.sha256(data).hexdigest()
    record = m.SignatureRecord.create(
        refund=row.id,
        kind=kind.value,
        file_name=name,
        mime_type=mime,
        size=len(data),
        sha256=digest,
        data=bytes(data),
        created_by=actor.id,
        created_at=clock.now(),
    )
    audit.record(
        actor.name,
        "signature.attach",
        "refund",
        row.refund_no,
        None,
        {
            "id": record.id,
            "kind": kind.value,
            "file_name": name,
            "mime_type": mime,
            "size": len(data),
            "sha256": digest,
        },
    )
    return record


def _check_open(row: m.Refund) -> None:
    if row.status in (RefundStatus.REJECTED.value, RefundStatus.CANCELLED.value):
        raise Refused(
            "refund_closed",
            "Refund {refund_no} is {status}: no signature can be attached",
            refund_no=row.refund_no,
            status=row.status,
        )


def _sign_if_needed(actor: Actor, row: m.Refund) -> None:
    """The first proof signs the refund; later proofs (a better scan) are added as evidence."""
    if not row.signed_at:
        mark_signed(actor, row)


def attach_signature_file(
    actor: Actor, refund_no: str, filename: str, data: bytes
) -> SignatureInfo:
    """Store a scan or photo of the signed confirmation and record the refund as signed."""
    require_role(actor, Role.OWNER, Role.CLERK, action="record signatures")
    mime = check_signature_file(data)
    name = _clean_name(filename, "signature" + _EXTENSIONS[mime])
    with write_transaction():
        row = _refund_row(refund_no)
        _check_open(row)
        record = _store(actor, row, SignatureKind.SCAN, name, mime, data)
        _sign_if_needed(actor, row)
    return _info(record.id)


def record_pad_signature(
    actor: Actor, refund_no: str, png_bytes: bytes, signed_pdf: bytes | None = None
) -> list[SignatureInfo]:
    """Store a signature drawn on screen and, where given, the confirmation rendered with it.

    Both records and the refund's signature gate are written in one transaction: either the
    customer's signature is fully on file or nothing changed.
    """
    require_role(actor, Role.OWNER, Role.CLERK, action="record signatures")
    check_signature_file(png_bytes, ("image/png",))
    if signed_pdf is not None:
        check_signature_file(signed_pdf, ("application/pdf",))
    with write_transaction():
        row = _refund_row(refund_no)
        _check_open(row)
        stem = row.refund_no
        records = [
            _store(actor, row, SignatureKind.PAD, f"{stem}-signature.png", "image/png", png_bytes)
        ]
        if signed_pdf is not None:
            records.append(
                _store(
                    actor,
                    row,
                    SignatureKind.SIGNED_PDF,
                    f"{stem}-signed.pdf",
                    "application/pdf",
                    signed_pdf,
                )
            )
        _sign_if_needed(actor, row)
    return [_info(r.id) for r in records]


def check_can_sign(refund_no: str) -> None:
    """Raise now, before the customer draws, if the refund cannot take a signature."""
    row = _refund_row(refund_no)
    _check_open(row)
    if not row.signed_at and row.status not in (
        RefundStatus.REQUESTED.value,
        RefundStatus.APPROVED.value,
    ):
        raise Refused(
            "invalid_state",
            "Refund {refund_no} is {status}: cannot sign it",
            refund_no=row.refund_no,
            status=row.status,
        )


_INFO_FIELDS = (
    m.SignatureRecord.id,
    m.SignatureRecord.kind,
    m.SignatureRecord.file_name,
    m.SignatureRecord.mime_type,
    m.SignatureRecord.size,
    m.SignatureRecord.sha256,
    m.SignatureRecord.created_at,
    m.Refund.refund_no,
    m.User.name,
)


def _rows_to_info(rows: Iterable[tuple[Any, ...]]) -> list[SignatureInfo]:
    return [
        SignatureInfo(
            id=r[0],
            kind=SignatureKind(r[1]),
            file_name=r[2],
            mime_type=r[3],
            size=r[4],
            sha256=r[5],
            created_at=r[6],
            refund_no=r[7],
            created_by=r[8],
        )
        for r in rows
    ]


def _info_query() -> pw.ModelSelect:
    return (
        m.SignatureRecord.select(*_INFO_FIELDS)
        .join(m.Refund)
        .switch(m.SignatureRecord)
        .join(m.User, on=m.SignatureRecord.created_by == m.User.id)
    )


def _info(record_id: int) -> SignatureInfo:
    return _rows_to_info(_info_query().where(m.SignatureRecord.id == record_id).tuples())[0]


def list_signatures(refund_no: str) -> list[SignatureInfo]:
    """Every proof on file for the refund, oldest first (without the bytes)."""
    row = _refund_row(refund_no)
    query = (
        _info_query()
        .where(m.SignatureRecord.refund == row.id)
        .order_by(m.SignatureRecord.id)
        .tuples()
    )
    return _rows_to_info(query)


def signature_bytes(signature_id: int) -> bytes:
    """The stored file, checked against its SHA-256 so a damaged copy is never handed out."""
    record = m.SignatureRecord.get_or_none(m.SignatureRecord.id == signature_id)
    if record is None:
        raise NotFound("unknown_signature", "No signature record {id}", id=signature_id)
    data = bytes(record.data)
    if hashlib.sha256(data).hexdigest() != record.sha256:
        raise Refused(
            "signature_corrupt",
            "Signature record {id} no longer matches its SHA-256",
            id=signature_id,
        )
    return data
