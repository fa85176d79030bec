"""``reconcile``: a provider's statement against the payouts recorded here (owner or accountant)."""

from __future__ import annotations

import argparse

from merchant_refunds.cli.commands import open_db
from merchant_refunds.cli.inputs import sign_in
from merchant_refunds.cli.output import Output, table
from merchant_refunds.exports.reconciliation import write_list
from merchant_refunds.imports.statements import BankMapping, read_statement
from merchant_refunds.services.reconciliation import ReconcileReport, reconcile

#: Lines of each list shown on the terminal; the exported files hold them all.
SHOWN = 50


def _lines(report: ReconcileReport, out: Output) -> list[str]:
    verb = "Would reconcile" if report.dry_run else "Reconciled"
    period = (
        f"{report.period_from} to {report.period_to}"
        if report.period_from and report.period_to
        else "unknown period"
    )
    d = report.to_dict()
    lines = [
        f"{verb} {report.file_name} ({report.format}, {report.encoding}, {period}): "
        f"{report.rows_read} rows, {report.refund_rows} refunds",
        f"  {'would arrive' if report.dry_run else 'marked arrived'} {report.arrived}, "
        f"already matched {d['already_matched']}, already received {d['already_received']}, "
        f"refunds completed {report.completed_refunds}",
        f"  statement refunds with no payout here {len(report.unmatched)}, "
        f"payouts missing from the statement {len(report.missing)}",
    ]
    if report.unmatched:
        lines += ["", "Statement refunds with no payout here:"]
        lines += table(
            ["row", "date", "provider ref", "amount", "why"],
            [
                [
                    str(u.row),
                    str(u.on or ""),
                    u.provider_ref,
                    out.money(u.amount, u.currency),
                    u.why,
                ]
                for u in report.unmatched[:SHOWN]
            ],
        )
    if report.missing:
        lines += ["", "Payouts the statement does not show:"]
        lines += table(
            ["refund", "payout", "sent", "expected by", "amount", "reference"],
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
        lines.append("(… and more: write the lists with --unmatched-out / --missing-out)")
    return lines


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
    lines = _lines(report, out) + [f"Wrote {path}" for path in written]
    out.emit(report.to_dict(), lines)
    return 0
