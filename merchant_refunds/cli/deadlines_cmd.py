"""Command-line faces of due dates: a refund's deadlines, the owner's extension, and how often
the law's refund deadline was kept."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from merchant_refunds.cli.inputs import sign_in
from merchant_refunds.cli.output import Output, table
from merchant_refunds.domain.deadlines import Deadline, DeadlineKind, rule_text
from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.services import deadlines, reporting, shop_settings
from merchant_refunds.services.database import open_database

KIND_WORDS = {
    DeadlineKind.REVIEW_DUE: "review",
    DeadlineKind.PAYOUT_DUE: "payment",
    DeadlineKind.STATUTORY: "legal deadline",
}


def countdown(deadline: Deadline, today: date) -> str:
    """``3 days late``, ``due today``, ``2 days left``: the refund's countdown in words."""
    left = deadline.days_left(today)
    if left < 0:
        return f"{-left} day{'s' if left < -1 else ''} late"
    if left == 0:
        return "due today"
    return f"{left} day{'s' if left > 1 else ''} left"


def deadline_payload(info: deadlines.RefundDeadlines) -> dict[str, Any]:
    policy = shop_settings.get_policy().deadlines()

    def one(d: Deadline) -> dict[str, Any]:
        template, params = rule_text(d, policy)
        return {
            "kind": d.kind.value,
            "due_on": d.due_on.isoformat(),
            "due_by": d.due_by.isoformat(),
            "rule": d.rule.value,
            "rule_text": template.format(**params),
        }

    return {
        "deadlines": [one(d) for d in info.deadlines],
        "statutory": one(info.statutory) if info.statutory else None,
        "statutory_outcome": info.outcome.value if info.outcome else None,
        "extensions": [
            {
                "step": e.step.value,
                "until": e.until.isoformat(),
                "reason": e.reason,
                "by": e.by,
                "at": e.at.isoformat(),
            }
            for e in info.extensions
        ],
    }


def deadline_lines(info: deadlines.RefundDeadlines, today: date) -> list[str]:
    payload = deadline_payload(info)
    lines = []
    for d, data in zip(info.deadlines, payload["deadlines"], strict=True):
        lines.append(
            f"  Due         {KIND_WORDS[d.kind]} by {d.due_on.isoformat()} "
            f"({countdown(d, today)}) — {data['rule_text']}"
        )
    if info.statutory is not None and info.outcome is not None:
        outcome = {
            "met": "paid within it",
            "missed": "MISSED",
            "open": "still open",
        }[info.outcome.value]
        lines.append(f"  Legal limit {info.statutory.due_on.isoformat()}: {outcome}")
    for e in info.extensions:
        lines.append(
            f"  Extended    {e.step.value} to {e.until.isoformat()} by {e.by} "
            f"on {e.at:%Y-%m-%d}: {e.reason}"
        )
    return lines


def extend_cmd(args: argparse.Namespace, out: Output) -> int:
    until = reporting.parse_day(args.until, "--until")
    if until is None:
        raise InvalidInput("invalid_date", "--until is required")
    open_database(args.db)
    actor = sign_in(args.user)
    moved = deadlines.extend(actor, args.refund_no, until, args.reason)
    info = deadlines.for_refund(args.refund_no)
    out.emit(
        {"refund_no": args.refund_no.strip(), **deadline_payload(info)},
        [
            f"{KIND_WORDS[moved.kind].capitalize()} of {args.refund_no.strip()} now due by "
            f"{moved.due_on.isoformat()}"
        ],
    )
    return 0


def legal_cmd(args: argparse.Namespace, out: Output) -> int:
    start = reporting.parse_day(args.date_from, "--from")
    end = reporting.parse_day(args.date_to, "--to")
    open_database(args.db)
    actor = sign_in(args.user)
    reporting.require_reader(actor, "see the legal deadline record")
    months = deadlines.statutory_by_month(start, end)
    rows = [
        [
            mo.month,
            str(mo.met),
            str(mo.missed),
            f"{mo.share_percent} %" if mo.share_percent is not None else "-",
        ]
        for mo in months
    ]
    human = (
        table(["month", "in time", "late", "share in time"], rows, "<>>>")
        if rows
        else ["No refund has reached a legal refund deadline yet."]
    )
    out.emit({"months": [mo.to_dict() for mo in months]}, human)
    return 0
