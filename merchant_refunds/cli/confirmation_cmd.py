"""``merchant-refunds confirmation``: print the refund confirmation to a PDF, or check a paper's
verification code against the record."""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from merchant_refunds.cli.inputs import sign_in
from merchant_refunds.cli.output import Output
from merchant_refunds.documents.confirmation import render_data
from merchant_refunds.documents.fonts import shop_font
from merchant_refunds.domain.errors import InvalidInput, NotFound, Refused, StorageError
from merchant_refunds.services import confirmations, refund_views
from merchant_refunds.services.database import open_database
from merchant_refunds.services.output_paths import check_output_path


def _temp_beside(path: Path) -> Path:
    folder = path.parent
    if not folder.is_dir():
        raise InvalidInput("folder_missing", "No such folder: {path}", path=folder)
    fd, tmp = tempfile.mkstemp(prefix=".confirmation-", suffix=".pdf", dir=folder)
    os.close(fd)
    return Path(tmp)


def confirmation(args: argparse.Namespace, out: Output) -> int:
    open_database(args.db)
    if args.verify:
        return _verify(args.verify, out)
    if not args.refund_no or not args.output:
        raise InvalidInput(
            "usage", "Give REFUND_NO and -o FILE.pdf, or --verify CODE (see: --help)"
        )
    # Before anything is read, signed or counted: never onto the database or its backups.
    target = check_output_path(args.output)
    if target.is_dir():
        raise InvalidInput("file_is_folder", "{path} is a folder, not a file", path=target)
    refund_no = refund_views.get_refund(args.refund_no).refund_no
    actor = sign_in(args.user)
    copy = confirmations.print_count(refund_no) > 0
    # The data is read once: the code in the payload is the one printed, pinned where the trail
    # ended before this print was counted.
    data = confirmations.confirmation_data(refund_no)
    pdf = render_data(data, args.layout, args.lang, copy=copy)
    # The print is counted only once the file is safely written; a failed write counts nothing
    # and a half-written PDF never replaces a good one.
    tmp = _temp_beside(target)
    try:
        try:
            tmp.write_bytes(pdf)
        except OSError as exc:
            raise InvalidInput(
                "file_unwritable", "Cannot write {path}: {error}", path=target, error=exc.strerror
            ) from None
        print_no = confirmations.record_print(actor, refund_no, layout=args.layout, lang=args.lang)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    font = shop_font()
    payload = {
        "refund_no": refund_no,
        "file": str(target),
        "layout": args.layout,
        "lang": args.lang,
        "print_no": print_no,
        "copy": copy,
        "font": font.describe(),
        "font_embedded": font.embedded,
        "code": data.paper_code,
    }
    human = [
        f"Wrote {target} ({len(pdf) // 1024} KB, {args.layout}, {args.lang})",
        f"print #{print_no}" + (" — marked COPY / 副本" if copy else ""),
        f"verification code: {payload['code']}",
        f"font: {payload['font']}",
    ]
    out.emit(payload, human)
    return 0


def _verify(text: str, out: Output) -> int:
    result = confirmations.verify_code(text)
    if result.ok:
        out.emit(result.to_dict(), [result.message])
        return 0
    error = {
        "not_found": NotFound,
        "mismatch": Refused,
        "trail_changed": StorageError,
    }.get(result.status.value, InvalidInput)
    raise error(f"paper_{result.status.value}", result.template, **result.params)
