"""``import``: orders from a platform's export file, previewed first, imported all or nothing."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from merchant_refunds.cli.commands import open_db
from merchant_refunds.cli.inputs import sign_in
from merchant_refunds.cli.output import Output, table
from merchant_refunds.imports.formats import FORMATS
from merchant_refunds.imports.run import import_file, preview_file
from merchant_refunds.services.order_import import ImportRefused, ImportReport


def add_parser(sub: Any, command: Callable[..., argparse.ArgumentParser], acting: Any) -> None:
    """Register ``import`` (``command``/``acting`` are main's helpers)."""
    parser = command(
        sub,
        "import",
        import_cmd,
        "import orders from a Shopify, WooCommerce, Taobao/Tmall, JD, Pinduoduo, Douyin, Youzan, "
        "WeChat shop or generic CSV/XLSX file",
    )
    parser.add_argument("file", metavar="FILE", help="the export file (CSV or XLSX)")
    parser.add_argument(
        "--format", dest="fmt", choices=FORMATS, help="the file's format (default: detected)"
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="only show what would be imported (no sign-in)"
    )
    acting(parser)


def _lines(report: ImportReport) -> list[str]:
    verb = "Imported" if report.imported else "Preview of"
    out = [
        f"{verb} {report.file_name} ({report.format}, {report.encoding}, {report.rows} rows)",
        f"  new {report.new}, unchanged {report.unchanged}, changed {report.changed}, "
        f"failing {report.failed}, conflicts {report.conflicts}",
    ]
    if report.problems:
        out.append("")
        out += table(
            ["row", "column", "order", "problem"],
            [[str(p.row), p.column, p.order_no, p.reason] for p in report.problems],
            ">",
        )
    return out


def _progress(out: Output) -> Callable[[int, int], None] | None:
    if out.json_mode or not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        print(f"\r{done * 100 // max(total, 1)}%", end="", file=sys.stderr, flush=True)

    return show


def import_cmd(args: argparse.Namespace, out: Output) -> int:
    open_db(args)
    if args.dry_run:
        report = preview_file(args.file, args.fmt, progress=_progress(out))
        out.emit(report.to_dict(), _lines(report))
        return 0 if report.ok else 2
    actor = sign_in(args.user)
    try:
        report = import_file(actor, args.file, args.fmt, progress=_progress(out))
    except ImportRefused as exc:
        out.emit(exc.report.to_dict(), _lines(exc.report))
        raise
    out.emit(report.to_dict(), _lines(report))
    return 0
