"""``merchant-refunds closing`` (the daily closing) and ``audit verify --anchor`` (checking the
code from a closing or a paper against the trail)."""

from __future__ import annotations

import argparse
from pathlib import Path

from merchant_refunds.cli.i18n import messages_language, render, tx
from merchant_refunds.cli.inputs import sign_in
from merchant_refunds.cli.output import Output, table
from merchant_refunds.documents.closing import amount_text, render_closing
from merchant_refunds.documents.texts import CLOSING
from merchant_refunds.domain.closing import GRAND_ITEMS, PAYOUT_ITEMS, REFUND_ITEMS
from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.exports.closing import write_closing
from merchant_refunds.exports.sinks import atomic_file
from merchant_refunds.services import anchors, closing, reporting, shop_settings
from merchant_refunds.services.database import open_database

OUTPUTS = (".pdf", ".csv", ".xlsx")


def _lines(result: closing.Closing, lang: str) -> list[str]:
    w = CLOSING["zh" if messages_language() == "zh" else "en"]
    rows = []
    for group, items in (("daily", REFUND_ITEMS + PAYOUT_ITEMS), ("grand", GRAND_ITEMS)):
        for item in items:
            for ccy in result.currencies:
                tally = result.figure(group, item, ccy)
                if tally.count or group == "grand":
                    rows.append([w[item], ccy, str(tally.count), amount_text(tally.minor, ccy)])
    lines = [tx("Daily closing 日结单 {day}").format(day=result.day.isoformat())]
    heads = [tx("Item"), tx("Currency"), tx("Count"), tx("Amount")]
    lines += table(heads, rows, "<<>>") if rows else []
    if not rows:
        lines.append(tx("No refunds or payouts yet."))
    if result.self_approvals:
        lines.append(tx("Single-owner self-approvals (PIN re-entered):"))
        lines += [
            f"  {r.refund_no}  {r.owner}  {amount_text(r.total, r.currency)} {r.currency}  "
            f"{r.at.isoformat(sep=' ', timespec='minutes')}"
            for r in result.self_approvals
        ]
    anchor = result.anchor
    if anchor is None:
        lines.append(tx("The audit trail is empty: no anchor code."))
    else:
        state = (
            tx("recorded") if result.recorded else tx("not recorded (give -o FILE to record it)")
        )
        lines.append(
            tx("Anchor code: {code}  (event {event}, {state})").format(
                code=anchor.code, event=anchor.event_id, state=state
            )
        )
    return lines


def closing_cmd(args: argparse.Namespace, out: Output) -> int:
    open_database(args.db)
    day = reporting.parse_day(args.date)
    target = Path(args.output) if args.output else None
    if target is not None:
        if target.suffix.lower() not in OUTPUTS:
            raise InvalidInput(
                "closing_format",
                "A closing is written as .pdf, .csv or .xlsx, not {name}",
                name=target.name,
            )
        if not target.parent.is_dir():
            raise InvalidInput(
                "folder_missing", "No such folder: {path}", path=target.parent or Path(".")
            )
        if target.is_dir():
            raise InvalidInput("file_is_folder", "{path} is a folder, not a file", path=target)
    actor = sign_in(args.user)
    if target is None:
        result = closing.compute_closing(actor, day)
    else:
        result = closing.record_closing(actor, day)
        if target.suffix.lower() == ".pdf":
            pdf = render_closing(result, args.lang, shop_settings.get_shop().get("name", ""))
            with atomic_file(target) as tmp:
                tmp.write_bytes(pdf)
        else:
            write_closing(result, target, args.lang)
    payload = result.to_dict() | {"file": str(target) if target else None}
    lines = _lines(result, args.lang)
    if target is not None:
        lines.append(tx("Wrote {path}").format(path=target))
    out.emit(payload, lines)
    return 0


def verify_anchor(text: str, out: Output) -> int:
    """``audit verify --anchor CODE``: exit 2 for a malformed code, 5 when it does not hold."""
    check = anchors.check_anchor(text)
    check.raise_unless_ok()
    out.emit(check.to_dict(), [render(check.template, check.params)])
    return 0
