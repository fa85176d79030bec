"""``merchant-refunds confirmation``: print refund confirmations to a PDF (one refund, or several
one after the other in one file), or check a paper's verification code against the record."""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from merchant_refunds.cli.i18n import render, tx
from merchant_refunds.cli.inputs import sign_in
from merchant_refunds.cli.output import Output
from merchant_refunds.documents.confirmation import render_batch
from merchant_refunds.documents.fonts import shop_font
from merchant_refunds.domain.errors import InvalidInput, NotFound, Refused, StorageError
from merchant_refunds.services import confirmations
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
    # The same refund named twice prints once; every number must exist before anything is done.
    refund_nos = confirmations.known_refund_nos(list(dict.fromkeys(args.refund_no)))
    refund_nos = list(dict.fromkeys(refund_nos))
    actor = sign_in(args.user)
    # The data is read once: the codes in the payload are the ones printed, pinned where the
    # trail ended before these prints were counted.
    batch = render_batch(refund_nos, args.layout, args.lang)
    # The prints are counted only once the file is safely written; a failed write counts nothing
    # and a half-written PDF never replaces a good one.
    tmp = _temp_beside(target)
    try:
        try:
            tmp.write_bytes(batch.pdf)
        except OSError as exc:
            raise InvalidInput(
                "file_unwritable", "Cannot write {path}: {error}", path=target, error=exc.strerror
            ) from None
        numbers = confirmations.record_prints(actor, refund_nos, layout=args.layout, lang=args.lang)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    font = shop_font()
    papers = [
        {
            "refund_no": paper.refund.refund_no,
            "print_no": number,
            "copy": copy,
            "code": paper.paper_code,
        }
        for paper, number, copy in zip(batch.papers, numbers, batch.copies, strict=True)
    ]
    common = {
        "file": str(target),
        "layout": args.layout,
        "lang": args.lang,
        "font": font.describe(),
        "font_embedded": font.embedded,
    }
    size = f"{len(batch.pdf) // 1024} KB, {args.layout}, {args.lang}"
    font_line = tx("font: {font}").format(font=common["font"])
    if len(papers) == 1:
        paper = papers[0]
        payload = {"refund_no": paper["refund_no"], **common, **paper}
        printed = tx("print #{number}").format(number=paper["print_no"])
        human = [
            tx("Wrote {path} ({size})").format(path=target, size=size),
            printed + (" — COPY / 副本" if paper["copy"] else ""),
            tx("verification code: {code}").format(code=paper["code"]),
            font_line,
        ]
    else:
        payload = {**common, "refunds": papers}
        human = [
            tx("Wrote {path} ({count} confirmations, {size})").format(
                path=target, count=len(papers), size=size
            )
        ]
        human += [
            f"  {p['refund_no']}  "
            + tx("print #{number}").format(number=p["print_no"])
            + (" — COPY / 副本" if p["copy"] else "")
            + f"  {p['code']}"
            for p in papers
        ]
        human.append(font_line)
    out.emit(payload, human)
    return 0


def _verify(text: str, out: Output) -> int:
    result = confirmations.verify_code(text)
    if result.ok:
        out.emit(result.to_dict(), [render(result.template, result.params)])
        return 0
    error = {
        "not_found": NotFound,
        "mismatch": Refused,
        "trail_changed": StorageError,
    }.get(result.status.value, InvalidInput)
    raise error(f"paper_{result.status.value}", result.template, **result.params)
