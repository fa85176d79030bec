"""Evidence kept with a refund: photos and files of the request, of the inspection of returned
goods, and of a rejection.

Why so strict: what the customer sent and what the shop saw are what a dispute turns on, so a
file is checked by its first bytes (a ``.jpg`` name proves nothing), limited in size, stored in
the database with its SHA-256 (so a backup or a move to a server carries it with the refund), and
recorded in the trail; ``integrity.check`` re-hashes every file and reports one that changed.

One call stores one or several files in one transaction, all checked first: a refused file
changes nothing. Other services attach inside their own transaction with ``store_checked``
(rejection evidence with the rejection; inspection photos with the inspection).
"""

from __future__ import annotations

import hashlib
import io
import struct
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path, PurePath

import peewee as pw

from merchant_refunds.domain.errors import InvalidInput, NotFound, Refused
from merchant_refunds.domain.lifecycle import RefundStatus, Role
from merchant_refunds.domain.text_checks import check_text
from merchant_refunds.services import audit, clock
from merchant_refunds.services.output_paths import check_output_path
from merchant_refunds.services.refund_rows import refund_row
from merchant_refunds.services.users import Actor, require_role
from merchant_refunds.storage import models as m
from merchant_refunds.storage.db import write_transaction

#: One file: a phone photo is 2–6 MB, a scanned multi-page PDF rarely more.
MAX_FILE_BYTES = 10 * 1024 * 1024
#: Files per refund: enough for every angle of several units, small enough that one refund
#: cannot fill the shop's database (and every backup of it).
MAX_FILES_PER_REFUND = 30
#: Pixels of one photo: 48-megapixel phone cameras fit; the picture must also fit the GUI's
#: image memory (Qt refuses to decode more than 256 MB).
MAX_PIXELS = 60_000_000
#: Longest file name kept (the end is kept: it holds the extension).
MAX_NAME = 200

#: MIME types whose content can be shown as a thumbnail.
IMAGE_TYPES = frozenset({"image/jpeg", "image/png", "image/webp"})

_EXTENSIONS = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/webp": ".webp",
    "image/heic": ".heic",
    "application/pdf": ".pdf",
}
_TYPE_NAMES = "JPEG, PNG, WebP, HEIC, PDF"
#: ISO base-media brands of HEIC/HEIF photos (iPhones save these).
_HEIF_BRANDS = frozenset(
    {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"hevm", b"hevs", b"mif1", b"msf1"}
)


class Stage(StrEnum):
    """When the evidence was taken."""

    REQUEST = "request"  # what the customer sent with the request
    INSPECTION = "inspection"  # the returned goods as the shop found them
    REJECTION = "rejection"  # what backs a rejection


@dataclass(frozen=True)
class AttachmentInfo:
    """One stored file, without its bytes."""

    id: int
    refund_no: str
    stage: Stage
    unit: str
    file_name: str
    mime_type: str
    size: int
    sha256: str
    created_by: str
    created_at: datetime

    @property
    def is_image(self) -> bool:
        """Whether the GUI can draw it (HEIC and PDF are shown as a file)."""
        return self.mime_type in IMAGE_TYPES


@dataclass(frozen=True)
class CheckedFile:
    """A file that passed ``check_file``: what ``store_checked`` stores."""

    file_name: str
    mime_type: str
    data: bytes


def sniff_mime(data: bytes) -> str | None:
    """The type the file's first bytes announce, or None for anything not accepted."""
    head = bytes(data[:16])
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image/webp"
    if head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS:
        return "image/heic"
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    return None


def _damaged(name: str, kind: str) -> InvalidInput:
    return InvalidInput(
        "attachment_damaged",
        "{name} is an incomplete or damaged {kind} file",
        name=name or "?",
        kind=kind,
    )


def _check_image(data: bytes, name: str, kind: str) -> None:
    """Decode the image's structure; refuse a damaged one, and one with more pixels than a
    phone photo (a small file can announce a huge picture that would exhaust memory)."""
    from PIL import Image, UnidentifiedImageError

    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size
                if width * height > MAX_PIXELS:
                    raise _too_many_pixels(name)
                image.verify()
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise _too_many_pixels(name) from None
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
            raise _damaged(name, kind) from None


def _too_many_pixels(name: str) -> InvalidInput:
    return InvalidInput(
        "attachment_too_many_pixels",
        "{name} has more than {limit} million pixels; attach a smaller photo",
        name=name or "?",
        limit=MAX_PIXELS // 1_000_000,
    )


def _check_heif(data: bytes, name: str) -> None:
    """Walk the top-level boxes: a cut-off or padded file does not end on a box boundary."""
    at = 0
    while at < len(data):
        if at + 8 > len(data):
            raise _damaged(name, "HEIC")
        size = struct.unpack(">I", data[at : at + 4])[0]
        if size == 1:
            if at + 16 > len(data):
                raise _damaged(name, "HEIC")
            size = struct.unpack(">Q", data[at + 8 : at + 16])[0]
        elif size == 0:
            size = len(data) - at
        if size < 8 or at + size > len(data):
            raise _damaged(name, "HEIC")
        at += size


def _too_large(name: str, size: int) -> InvalidInput:
    return InvalidInput(
        "attachment_too_large",
        "{name} is {size_mb} MB; a file can be at most {limit_mb} MB",
        name=name or "?",
        size_mb=f"{size / 1024 / 1024:.1f}",
        limit_mb=MAX_FILE_BYTES // 1024 // 1024,
    )


def check_file(file_name: str, data: bytes) -> CheckedFile:
    """Refuse an empty, oversized, unknown or damaged file; return the checked file."""
    if not isinstance(data, bytes | bytearray):
        raise TypeError("attachment data must be bytes")
    name = clean_name(file_name)
    if not data:
        raise InvalidInput("attachment_empty", "{name} is empty", name=name or "?")
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(name, len(data))
    mime = sniff_mime(bytes(data[:16]))
    if mime is None:
        raise InvalidInput(
            "attachment_wrong_type",
            "{name} is not a {types} file; only those can be attached",
            name=name or "?",
            types=_TYPE_NAMES,
        )
    data = bytes(data)
    if mime == "application/pdf":
        if b"%%EOF" not in data[-2048:]:
            raise _damaged(name, "PDF")
    elif mime == "image/heic":
        _check_heif(data, name)
    else:
        _check_image(data, name, mime.split("/")[1].upper())
    return CheckedFile(name or "evidence" + _EXTENSIONS[mime], mime, data)


def clean_name(file_name: str) -> str:
    """The file's own name (no folders), printable, at most ``MAX_NAME`` characters."""
    name = PurePath(file_name.replace("\\", "/")).name.strip() if file_name else ""
    return "".join(ch for ch in name if ch.isprintable())[-MAX_NAME:]


def check_stage(stage: str) -> Stage:
    try:
        return Stage(stage)
    except ValueError:
        raise InvalidInput(
            "attachment_stage",
            "Unknown stage {stage}: use request, inspection or rejection",
            stage=stage,
        ) from None


def _check_room(row: m.Refund, adding: int) -> None:
    held = m.Attachment.select().where(m.Attachment.refund == row.id).count()
    if held + adding > MAX_FILES_PER_REFUND:
        raise Refused(
            "attachments_full",
            "Refund {refund_no} can hold at most {limit} files; it has {held}",
            refund_no=row.refund_no,
            limit=MAX_FILES_PER_REFUND,
            held=held,
        )


def _check_state(row: m.Refund, stage: Stage) -> None:
    if row.status == RefundStatus.CANCELLED.value:
        raise Refused(
            "refund_closed_evidence",
            "Refund {refund_no} is cancelled: no file can be attached",
            refund_no=row.refund_no,
        )
    if stage is Stage.REJECTION and row.status != RefundStatus.REJECTED.value:
        raise Refused(
            "rejection_evidence_not_rejected",
            "Refund {refund_no} is not rejected: evidence of a rejection goes with the rejection",
            refund_no=row.refund_no,
        )


def _require(actor: Actor, stage: Stage) -> None:
    if stage is Stage.REJECTION:
        require_role(actor, Role.OWNER, action="attach evidence of a rejection")
    else:
        require_role(actor, Role.OWNER, Role.CLERK, action="attach evidence to refunds")


def store_checked(
    actor: Actor, row: m.Refund, stage: Stage, files: Sequence[CheckedFile], unit: str = ""
) -> list[int]:
    """Store checked files inside the caller's write transaction, each with its audit event.

    For services that attach as part of their own change (a rejection, an inspection); the
    caller has checked the actor's role and the files (``check_file``)."""
    _check_room(row, len(files))
    now = clock.now()
    ids = []
    for file in files:
        digest = hashlib.sha256(file.data).hexdigest()
        record = m.Attachment.create(
            refund=row.id,
            stage=stage.value,
            unit=unit,
            file_name=file.file_name,
            mime_type=file.mime_type,
            size=len(file.data),
            sha256=digest,
            data=file.data,
            created_by=actor.id,
            created_at=now,
        )
        audit.record(
            actor.name,
            "attachment.add",
            "refund",
            row.refund_no,
            None,
            {
                "id": record.id,
                "stage": stage.value,
                "unit": unit,
                "file_name": file.file_name,
                "mime_type": file.mime_type,
                "size": len(file.data),
                "sha256": digest,
            },
        )
        ids.append(record.id)
    return ids


def read_files(paths: Iterable[Path]) -> list[tuple[str, bytes]]:
    """(name, bytes) of files on disk; a missing, unreadable or too large one is refused by name
    (a too large one before it is read)."""
    found = []
    for path in paths:
        try:
            size = path.stat().st_size
            if path.is_dir():
                raise InvalidInput(
                    "file_is_folder", "{path} is a folder, not a file", path=str(path)
                )
            if size > MAX_FILE_BYTES:
                raise _too_large(path.name, size)
            found.append((path.name, path.read_bytes()))
        except FileNotFoundError:
            raise InvalidInput("file_not_found", "No such file: {path}", path=str(path)) from None
        except OSError as exc:
            raise InvalidInput(
                "file_unreadable",
                "Cannot read {path}: {error}",
                path=str(path),
                error=exc.strerror,
            ) from None
    return found


def add(
    actor: Actor,
    refund_no: str,
    stage: str,
    source: Path | bytes,
    *,
    file_name: str = "",
    unit: str = "",
) -> AttachmentInfo:
    """Attach one file (a path, or bytes with their ``file_name``) to the refund at ``stage``."""
    if isinstance(source, Path):
        ((file_name, data),) = read_files([source])
    else:
        data = source
    return add_many(actor, refund_no, stage, [(file_name, data)], unit=unit)[0]


def add_many(
    actor: Actor,
    refund_no: str,
    stage: str,
    files: Sequence[tuple[str, bytes]],
    *,
    unit: str = "",
) -> list[AttachmentInfo]:
    """Attach several files at once: all are checked first, then stored in one transaction."""
    kind = check_stage(stage)
    _require(actor, kind)
    unit = check_text(unit, "unit", 64).strip()
    if not files:
        raise InvalidInput("attachment_none", "Choose at least one file to attach")
    checked = [check_file(name, data) for name, data in files]
    with write_transaction():
        row = refund_row(refund_no)
        _check_state(row, kind)
        ids = store_checked(actor, row, kind, checked, unit)
    return [_info(i) for i in ids]


_INFO_FIELDS = (
    m.Attachment.id,
    m.Refund.refund_no,
    m.Attachment.stage,
    m.Attachment.unit,
    m.Attachment.file_name,
    m.Attachment.mime_type,
    m.Attachment.size,
    m.Attachment.sha256,
    m.User.name,
    m.Attachment.created_at,
)


def _query() -> pw.ModelSelect:
    return (
        m.Attachment.select(*_INFO_FIELDS)
        .join(m.Refund, on=m.Attachment.refund == m.Refund.id)
        .switch(m.Attachment)
        .join(m.User, on=m.Attachment.created_by == m.User.id)
    )


def _to_info(row: tuple) -> AttachmentInfo:
    return AttachmentInfo(
        id=row[0],
        refund_no=row[1],
        stage=Stage(row[2]),
        unit=row[3],
        file_name=row[4],
        mime_type=row[5],
        size=row[6],
        sha256=row[7],
        created_by=row[8],
        created_at=row[9],
    )


def _info(attachment_id: int) -> AttachmentInfo:
    return _to_info(_query().where(m.Attachment.id == attachment_id).tuples().get())


def list_attachments(refund_no: str, stage: str | None = None) -> list[AttachmentInfo]:
    """The refund's files, oldest first (optionally of one stage), without their bytes."""
    row = refund_row(refund_no)
    where = m.Attachment.refund == row.id
    if stage is not None:
        where &= m.Attachment.stage == check_stage(stage).value
    return [_to_info(r) for r in _query().where(where).order_by(m.Attachment.id).tuples()]


def attachment_bytes(attachment_id: int) -> bytes:
    """The stored file, checked against its SHA-256: a damaged copy is never handed out."""
    record = m.Attachment.get_or_none(m.Attachment.id == attachment_id)
    if record is None:
        raise NotFound("unknown_attachment", "No attached file {id}", id=attachment_id)
    data = bytes(record.data or b"")
    if hashlib.sha256(data).hexdigest() != record.sha256:
        raise Refused(
            "attachment_corrupt",
            "The attached file {name} is damaged: it no longer matches its SHA-256",
            name=record.file_name,
        )
    return data


def save_to(refund_no: str, folder: Path) -> list[Path]:
    """Write the refund's files into ``folder`` as ``<id>-<name>``. A damaged file is refused
    (``attachment_corrupt``), and so is a target that is the shop's database or in its backups,
    before anything is written."""
    found = list_attachments(refund_no)
    contents = [(info, attachment_bytes(info.id)) for info in found]
    targets = [check_output_path(folder / f"{info.id}-{info.file_name}") for info in found]
    folder.mkdir(parents=True, exist_ok=True)
    for target, (_, data) in zip(targets, contents, strict=True):
        target.write_bytes(data)
    return targets


@dataclass(frozen=True)
class DamagedFile:
    refund_no: str
    attachment_id: int
    file_name: str
    stage: str
    missing: bool


#: Files hashed between two progress reports of ``damaged_files``.
PROGRESS_EVERY = 20


def damaged_files(progress: Callable[[int], None] | None = None) -> list[DamagedFile]:
    """Every attached file whose bytes are gone or no longer match their SHA-256 (for ``check``).
    Reads the files one at a time, so a large store is never held in memory at once;
    ``progress(count)`` is called every ``PROGRESS_EVERY`` files."""
    ids = [r[0] for r in m.Attachment.select(m.Attachment.id).order_by(m.Attachment.id).tuples()]
    found = []
    for count, attachment_id in enumerate(ids, 1):
        if progress is not None and count % PROGRESS_EVERY == 0:
            progress(count)
        refund_no, name, stage, digest, data = (
            m.Attachment.select(
                m.Refund.refund_no,
                m.Attachment.file_name,
                m.Attachment.stage,
                m.Attachment.sha256,
                m.Attachment.data,
            )
            .join(m.Refund, on=m.Attachment.refund == m.Refund.id)
            .where(m.Attachment.id == attachment_id)
            .tuples()
            .get()
        )
        content = bytes(data or b"")
        if not content or hashlib.sha256(content).hexdigest() != digest:
            found.append(DamagedFile(refund_no, attachment_id, name, stage, not content))
    return found
