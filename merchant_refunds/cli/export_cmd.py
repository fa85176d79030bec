"""``export`` and ``report``: the accountant's files from the command line."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from merchant_refunds.cli.commands import open_db
from merchant_refunds.cli.i18n import tx
from merchant_refunds.cli.inputs import sign_in
from merchant_refunds.cli.output import Output
from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.exports.report_pdf import write_report
from merchant_refunds.exports.run import export_file
from merchant_refunds.services import reporting
from merchant_refunds.services.output_paths import check_output_path
from merchant_refunds.services.reporting import ExportFilter
from merchant_refunds.services.users import Actor


def _progress(out: Output) -> object:
    if out.json_mode or not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    return show


def export_cmd(args: argparse.Namespace, out: Output) -> int:
    flt = ExportFilter(
        reporting.parse_day(args.date_from, "--from"),
        reporting.parse_day(args.date_to, "--to"),
        args.by,
        args.status,
        args.method,
        args.currency,
    ).checked()
    open_db(args, create=False)
    check_output_path(args.output)  # before the sign-in, which writes its own record
    actor = sign_in(args.user)
    if args.output == "-":
        return _export_to_stdout(args, flt, actor)
    result = export_file(
        actor,
        args.dataset,
        flt,
        args.output,
        fmt=args.fmt,
        delimiter=args.delimiter,
        machine_headers=args.machine_headers,
        lang=args.lang,
        progress=_progress(out),  # type: ignore[arg-type]
    )
    totals = {
        column: {ccy: out.major(minor, ccy) for ccy, minor in sorted(per.items())}
        for column, per in result.totals.items()
    }
    payload = {"file": str(result.path), "dataset": args.dataset, "rows": result.rows}
    lines = [tx("{rows} rows written to {path}").format(rows=result.rows, path=result.path)]
    if totals:
        payload["totals"] = totals
        for column, per in totals.items():
            lines.append(f"  {column}: " + ", ".join(f"{v} {c}" for c, v in per.items()))
    out.emit(payload, lines)
    return 0


def _export_to_stdout(args: argparse.Namespace, flt: ExportFilter, actor: Actor) -> int:
    """``-o -``: the finished file is copied to standard output, so a failed export prints
    nothing but the error; like ``cat``, nothing else is said."""
    with tempfile.TemporaryDirectory(prefix="merchant-refunds-export-") as folder:
        result = export_file(
            actor,
            args.dataset,
            flt,
            Path(folder) / f"export.{args.fmt}",
            fmt=args.fmt,
            delimiter=args.delimiter,
            machine_headers=args.machine_headers,
            lang=args.lang,
        )
        sys.stdout.flush()
        with result.path.open("rb") as f:
            shutil.copyfileobj(f, sys.stdout.buffer, 1 << 16)
        sys.stdout.buffer.flush()
    return 0


def report_cmd(args: argparse.Namespace, out: Output) -> int:
    start = reporting.parse_day(args.date_from, "--from")
    end = reporting.parse_day(args.date_to, "--to")
    if start is None or end is None:
        raise InvalidInput("invalid_date", "--from and --to are required")
    open_db(args, create=False)
    check_output_path(args.output)
    actor = sign_in(args.user)
    path = write_report(actor, start, end, args.output, args.lang)
    out.emit({"file": str(path)}, [tx("Report written to {path}").format(path=path)])
    return 0
