"""``refund attach``, ``refund attachments`` and ``refund reject-reasons``: evidence on a refund
(photos, files) and the shop's rejection reasons."""

from __future__ import annotations

import argparse
from pathlib import Path

from merchant_refunds.cli import labels
from merchant_refunds.cli.commands import open_db
from merchant_refunds.cli.i18n import tx
from merchant_refunds.cli.inputs import sign_in
from merchant_refunds.cli.labels import label
from merchant_refunds.cli.output import Output, table, when
from merchant_refunds.services import attachments, rejection_templates


def _size(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{max(1, size // 1024)} KB"


def _payload(info: attachments.AttachmentInfo) -> dict[str, object]:
    return {
        "id": info.id,
        "refund_no": info.refund_no,
        "stage": info.stage.value,
        "unit": info.unit,
        "file_name": info.file_name,
        "mime_type": info.mime_type,
        "size": info.size,
        "sha256": info.sha256,
        "created_by": info.created_by,
        "created_at": info.created_at,
    }


def _rows(found: list[attachments.AttachmentInfo]) -> list[list[str]]:
    return [
        [
            str(a.id),
            label(labels.STAGE, a.stage),
            a.unit,
            a.file_name,
            _size(a.size),
            a.created_by,
            when(a.created_at),
            a.sha256[:16],
        ]
        for a in found
    ]


def _heads() -> list[str]:
    return ["id", tx("stage"), tx("unit"), tx("file"), tx("size"), tx("by"), tx("when"), "sha256"]


def attach_cmd(args: argparse.Namespace, out: Output) -> int:
    """Check every file first, then store them all in one transaction."""
    open_db(args, create=False)
    files = attachments.read_files([Path(p).expanduser() for p in args.files])
    for name, data in files:
        attachments.check_file(name, data)
    actor = sign_in(args.user)
    stored = attachments.add_many(actor, args.refund_no, args.stage, files, unit=args.unit or "")
    out.emit(
        {"attached": [_payload(a) for a in stored]},
        [
            tx("Attached to {refund_no} ({stage}):").format(
                refund_no=stored[0].refund_no, stage=label(labels.STAGE, args.stage)
            ),
            *table(_heads(), _rows(stored)),
        ],
    )
    return 0


def attachments_cmd(args: argparse.Namespace, out: Output) -> int:
    open_db(args, create=False)
    found = attachments.list_attachments(args.refund_no)
    saved: list[Path] = []
    if args.save:
        saved = attachments.save_to(args.refund_no, Path(args.save).expanduser())
    human = (
        table(_heads(), _rows(found))
        if found
        else [tx("No files on {refund_no}").format(refund_no=args.refund_no)]
    )
    human += [tx("Saved {path}").format(path=p) for p in saved]
    out.emit({"attachments": [_payload(a) for a in found], "saved": [str(p) for p in saved]}, human)
    return 0


def reject_reasons_cmd(args: argparse.Namespace, out: Output) -> int:
    open_db(args, create=False)
    found = rejection_templates.get_templates()
    human = []
    for t in found:
        human += [t.key, f"  zh  {t.zh}", f"  en  {t.en}"]
    out.emit([{"key": t.key, "zh": t.zh, "en": t.en} for t in found], human)
    return 0
