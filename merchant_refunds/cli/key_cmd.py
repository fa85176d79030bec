"""``merchant-refunds key``: the shop key that keys the audit trail, for the owner's recovery
sheet and for bringing the key to another computer (a second counter, a new disk)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from merchant_refunds.cli.commands import open_db
from merchant_refunds.cli.i18n import tx
from merchant_refunds.cli.inputs import sign_in
from merchant_refunds.cli.output import Output
from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.services import clock, shop_keys, shop_settings
from merchant_refunds.services.output_paths import check_output_path


def _status_lines(status: shop_keys.KeyStatus) -> list[str]:
    if not status.keyed:
        return [tx("The audit trail is not keyed yet; it gets its key at the next change.")]
    if status.present:
        return [
            tx("The audit trail is keyed (key {key_id}); this computer has the key.").format(
                key_id=status.key_id
            )
        ]
    return [
        tx(
            "The audit trail is keyed (key {key_id}), but this computer does not have the key: "
            "enter it from the recovery sheet with `merchant-refunds key import`."
        ).format(key_id=status.key_id)
    ]


def key_status(args: argparse.Namespace, out: Output) -> int:
    open_db(args, create=False)
    status = shop_keys.status()
    out.emit(status.to_dict(), _status_lines(status))
    return 0


def key_show(args: argparse.Namespace, out: Output) -> int:
    """The recovery sheet as text, or with ``-o FILE.pdf`` as the printable sheet (owner and
    PIN): write it down or print it, keep it safe."""
    open_db(args, create=False)
    # Before the sign-in, which writes its own record: never onto the database or its backups.
    target = check_output_path(args.output) if args.output else None
    sheet = shop_keys.recovery_sheet(sign_in(args.user))
    if target is not None:
        _write_sheet(sheet, target)
        # The key itself is on the paper only, not on the screen or in a log of the output.
        payload = {"shop_id": sheet.shop_id, "key_id": sheet.key_id, "file": str(target)}
        out.emit(
            payload,
            [
                tx("Wrote the recovery sheet to {target} (key id {key_id}).").format(
                    target=target, key_id=sheet.key_id
                ),
                tx("Print it, keep the paper away from the computer, then delete the file."),
            ],
        )
        return 0
    lines = [
        tx("Recovery key of this shop (keep it on paper, away from the computer):"),
        "",
        f"    {sheet.recovery_text}",
        "",
        tx("Key id {key_id}, shop {shop_id}.").format(key_id=sheet.key_id, shop_id=sheet.shop_id),
        tx("On another counter or a new computer: merchant-refunds key import"),
    ]
    out.emit(sheet.to_dict(), lines)
    return 0


def _write_sheet(sheet: shop_keys.RecoverySheet, target: Path) -> None:
    # Imported here: ReportLab is only loaded by the commands that print.
    from merchant_refunds.documents.recovery_sheet import render_recovery_sheet
    from merchant_refunds.exports.sinks import atomic_file

    pdf = render_recovery_sheet(sheet, shop_settings.get_shop().get("name", ""), clock.now().date())
    with atomic_file(target) as tmp:
        tmp.write_bytes(pdf)


def key_import(args: argparse.Namespace, out: Output) -> int:
    open_db(args, create=False)
    text = args.recovery_key
    if text is None:
        text = sys.stdin.readline() if not sys.stdin.isatty() else input("Recovery key: ")
    if not text.strip():
        raise InvalidInput("recovery_key_missing", "Type the recovery key from the sheet")
    status = shop_keys.import_key(text)
    saved = tx("The shop key is saved on this computer.")
    out.emit(status.to_dict(), [saved, *_status_lines(status)])
    return 0
