"""Command-line faces of due dates: a refund's deadlines, the owner's extension, and how often
the law's refund deadline was kept."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from merchant_refunds.cli.i18n import render, tx
from merchant_refunds.cli.inputs import sign_in
from merchant_refunds.cli.output import Output, pad, table
from merchant_refunds.domain.deadlines import Deadline, DeadlineKind, rule_text
from merchant_refunds.domain.errors import N_, InvalidInput
from merchant_refunds.services import deadlines, reporting, shop_settings
from merchant_refunds.services.database import open_database

KIND_WORDS = {
    DeadlineKind.REVIEW_DUE: N_("review"),
    DeadlineKind.PAYOUT_DUE: N_("payment"),
    DeadlineKind.STATUTORY: N_("legal deadline"),
}

#: What ``refund extend`` says moved, as a sentence's subject.
_MOVED = {
    DeadlineKind.REVIEW_DUE: N_("Review of {refund_no} now due by {day}"),
    DeadlineKind.PAYOUT_DUE: N_("Payment of {refund_no} now due by {day}"),
    DeadlineKind.STATUTORY: N_("Legal deadline of {refund_no} now due by {day}"),
}

_OUTCOME = {"met": N_("paid within it"), "missed": N_("MISSED"), "open": N_("still open")}

#: Which step an owner's extension moved (``deadlines.ExtensionStep``).
_STEP = {"review": N_("review"), "payout": N_("payment"), "payment": N_("payment")}


def countdown(deadline: Deadline, today: date) -> str:
    """``3 days late``, ``due today``, ``2 days left``: the refund's countdown in words."""
    left = deadline.days_left(today)
    if left < 0:
        late = tx("{days} day late") if left == -1 else tx("{days} days late")
        return late.format(days=-left)
    if left == 0:
        return tx("due today")
    return (tx("{days} day left") if left == 1 else tx("{days} days left")).format(days=left)


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
    lines = []
    policy = shop_settings.get_policy().deadlines()
    for d in info.deadlines:
        template, params = rule_text(d, policy)
        lines.append(
            "  "
            + pad(tx("Due"), 12)
            + tx("{kind} by {day} ({countdown}) — {rule}").format(
                kind=tx(KIND_WORDS[d.kind]),
                day=d.due_on.isoformat(),
                countdown=countdown(d, today),
                rule=render(template, params),
            )
        )
    if info.statutory is not None and info.outcome is not None:
        outcome = tx(_OUTCOME[info.outcome.value])
        lines.append(
            "  "
            + pad(tx("Legal limit"), 12)
            + tx("{day}: {outcome}").format(day=info.statutory.due_on.isoformat(), outcome=outcome)
        )
    for e in info.extensions:
        step = _STEP.get(e.step.value)
        lines.append(
            "  "
            + pad(tx("Extended"), 12)
            + tx("{step} to {day} by {user} on {at}: {reason}").format(
                step=tx(step) if step else e.step.value,
                day=e.until.isoformat(),
                user=e.by,
                at=f"{e.at:%Y-%m-%d}",
                reason=e.reason,
            )
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
        [tx(_MOVED[moved.kind]).format(refund_no=args.refund_no.strip(), day=moved.due_on)],
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
        table([tx("month"), tx("in time"), tx("late"), tx("share in time")], rows, "<>>>")
        if rows
        else [tx("No refund has reached a legal refund deadline yet.")]
    )
    out.emit({"months": [mo.to_dict() for mo in months]}, human)
    return 0
