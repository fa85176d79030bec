"""``import``: orders from a platform's export file, previewed first, imported all or nothing."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from merchant_refunds.cli.commands import open_db
from merchant_refunds.cli.i18n import messages_language, render, tx
from merchant_refunds.cli.inputs import sign_in
from merchant_refunds.cli.output import Output, table
from merchant_refunds.exports.import_problems import write_problems
from merchant_refunds.imports.run import import_file, preview_file
from merchant_refunds.services.order_import import ImportRefused, ImportReport, Problem


def _reason(problem: Problem) -> str:
    """An import problem's reason in the user's language (its English text where it has no
    template)."""
    return render(problem.template, problem.params) if problem.template else problem.reason


def _lines(report: ImportReport) -> list[str]:
    heading = (
        tx("Imported {file} ({format}, {encoding}, {rows} rows)")
        if report.imported
        else tx("Preview of {file} ({format}, {encoding}, {rows} rows)")
    )
    counts = tx(
        "  new {new}, unchanged {unchanged}, changed {changed}, linked {linked}, "
        "failing {failed}, conflicts {conflicts}"
    )
    out = [
        heading.format(
            file=report.file_name, format=report.format, encoding=report.encoding, rows=report.rows
        ),
        counts.format(
            new=report.new,
            unchanged=report.unchanged,
            changed=report.changed,
            linked=report.linked,
            failed=report.failed,
            conflicts=report.conflicts,
        ),
    ]
    if report.skipped_failing:
        out.append(
            tx("  Left out: {count} orders (below); the others are in.").format(
                count=report.failed + report.conflicts
            )
        )
    if report.problems:
        out.append("")
        out += table(
            [tx("row"), tx("column"), tx("order"), tx("problem")],
            [[str(p.row), p.column, p.order_no, _reason(p)] for p in report.problems],
            ">",
        )
    return out


def _progress(out: Output) -> Callable[[int, int], None] | None:
    if out.json_mode or not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        print(f"\r{done * 100 // max(total, 1)}%", end="", file=sys.stderr, flush=True)

    return show


def _write_problems(args: argparse.Namespace, report: ImportReport, out: Output) -> None:
    if args.problems and report.problems:
        path = write_problems(report, args.problems, lang=messages_language(), reason=_reason)
        out.note(
            tx("Wrote the {count} orders left out to {path}").format(
                count=len(report.problems), path=path
            )
        )


def _files(given: list[str]) -> str | list[str]:
    return given[0] if len(given) == 1 else given


def import_cmd(args: argparse.Namespace, out: Output) -> int:
    open_db(args)
    if args.dry_run:
        report = preview_file(_files(args.file), args.fmt, progress=_progress(out))
        out.emit(report.to_dict(), _lines(report))
        _write_problems(args, report, out)
        return 0 if report.ok else 2
    actor = sign_in(args.user)
    try:
        report = import_file(
            actor,
            _files(args.file),
            args.fmt,
            progress=_progress(out),
            skip_failing=args.skip_failing,
        )
    except ImportRefused as exc:
        out.emit(exc.report.to_dict(), _lines(exc.report))
        _write_problems(args, exc.report, out)
        raise
    out.emit(report.to_dict(), _lines(report))
    _write_problems(args, report, out)
    return 0
