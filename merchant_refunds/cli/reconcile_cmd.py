"""``reconcile``: a provider's statement against the payouts recorded here (owner or accountant)."""

from __future__ import annotations

import argparse

from merchant_refunds.cli.commands import open_db
from merchant_refunds.cli.i18n import messages_language, tx
from merchant_refunds.cli.inputs import sign_in
from merchant_refunds.cli.output import Output, table
from merchant_refunds.domain.errors import N_
from merchant_refunds.exports.reconciliation import WHY, write_list
from merchant_refunds.imports.statements import BankMapping, read_statement
from merchant_refunds.services.reconciliation import ReconcileReport, reconcile

#: Lines of each list shown on the terminal; the exported files hold them all.
SHOWN = 50


def _lines(report: ReconcileReport, out: Output) -> list[str]:
    language = messages_language()
    why_words = WHY[language]
    if report.period_from and report.period_to:
        period = tx("{start} to {end}").format(start=report.period_from, end=report.period_to)
    else:
        period = tx("unknown period")
    heading = (
        tx(
            "Would reconcile {file} ({format}, {encoding}, {period}): {rows} rows, "
            "{refunds} refunds"
        )
        if report.dry_run
        else tx(
            "Reconciled {file} ({format}, {encoding}, {period}): {rows} rows, {refunds} refunds"
        )
    )
    counts = (
        tx(
            "  would arrive {arrived}, already matched {matched}, already received {received}, "
            "refunds completed {completed}"
        )
        if report.dry_run
        else tx(
            "  marked arrived {arrived}, already matched {matched}, already received {received}, "
            "refunds completed {completed}"
        )
    )
    d = report.to_dict()
    lines = [
        heading.format(
            file=report.file_name,
            format=report.format,
            encoding=report.encoding,
            period=period,
            rows=report.rows_read,
            refunds=report.refund_rows,
        ),
        counts.format(
            arrived=report.arrived,
            matched=d["already_matched"],
            received=d["already_received"],
            completed=report.completed_refunds,
        ),
        tx(
            "  statement refunds with no payout here {unmatched}, payouts missing from the "
            "statement {missing}"
        ).format(unmatched=len(report.unmatched), missing=len(report.missing)),
    ]
    if report.unmatched:
        lines += ["", tx("Statement refunds with no payout here:")]
        lines += table(
            [tx("row"), tx("date"), tx("provider ref"), tx("amount"), tx("why")],
            [
                [
                    str(u.row),
                    str(u.on or ""),
                    u.provider_ref,
                    out.money(u.amount, u.currency),
                    why_words.get(u.why, u.why),
                ]
                for u in report.unmatched[:SHOWN]
            ],
        )
    if report.missing:
        lines += ["", tx("Payouts the statement does not show:")]
        heads = ("refund", "payout", "sent", "expected by", "amount", "reference")
        lines += table(
            [tx(word) for word in heads],
            [
                [
                    p.refund_no,
                    str(p.seq),
                    f"{p.sent_at:%Y-%m-%d}" if p.sent_at else "",
                    str(p.expected_to or ""),
                    out.money(p.amount, p.currency),
                    p.reference,
                ]
                for p in report.missing[:SHOWN]
            ],
        )
    more = max(len(report.unmatched), len(report.missing)) - SHOWN
    if more > 0:
        lines.append(tx("(… and more: write the lists with --unmatched-out / --missing-out)"))
    return lines


#: Column headings of the missing payouts, for the catalogue.
HEADINGS = (N_("sent"), N_("expected by"), N_("reference"))


def reconcile_cmd(args: argparse.Namespace, out: Output) -> int:
    open_db(args)
    mapping = BankMapping.parse(args.mapping) if args.mapping else None
    statement = read_statement(args.file, args.fmt, mapping)
    actor = sign_in(args.user)
    report = reconcile(actor, statement, dry_run=args.dry_run)
    written = []
    for which, target in (("unmatched", args.unmatched_out), ("missing", args.missing_out)):
        if target:
            written.append(str(write_list(report, which, target, args.lang, machine=out.json_mode)))
    lines = _lines(report, out) + [tx("Wrote {path}").format(path=path) for path in written]
    out.emit(report.to_dict(), lines)
    return 0
