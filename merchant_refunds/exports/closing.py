"""The daily closing as CSV or XLSX: the same figures as its PDF, one row per item and currency.

Written through the exports' own sinks, so the file has the same safeguards (formula
neutralising, exact money, Chinese that spreadsheets read) as every other export; the last row
carries the anchor code.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from merchant_refunds.documents.texts import CLOSING, norm_lang
from merchant_refunds.domain.closing import GRAND_ITEMS, PAYOUT_ITEMS, REFUND_ITEMS
from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.exports.sinks import Column, Kind, atomic_file, open_sink
from merchant_refunds.services.closing import Closing

COLUMNS = [
    Column("section", Kind.PLAIN),
    Column("item", Kind.PLAIN),
    Column("currency", Kind.PLAIN),
    Column("count", Kind.INT),
    Column("amount", Kind.MONEY, currency_index=2),
    Column("note", Kind.PLAIN),
]
FORMATS = ("csv", "xlsx")


def closing_rows(closing: Closing, lang: str = "zh") -> list[tuple[Any, ...]]:
    """Section, item, currency, count, amount (minor units), note: what the paper shows."""
    w = CLOSING[norm_lang(lang)]
    rows: list[tuple[Any, ...]] = []
    for section, group, items in (
        ("refunds", "daily", REFUND_ITEMS),
        ("payouts", "daily", PAYOUT_ITEMS),
        ("grand", "grand", GRAND_ITEMS),
    ):
        label = w[section].format(day=closing.day.isoformat())
        for item in items:
            for ccy in closing.currencies:
                tally = closing.figure(group, item, ccy)
                if tally.count or group == "grand":
                    rows.append((label, w[item], ccy, tally.count, tally.minor, ""))
    for late in closing.late_statutory:
        state = (
            w["late_paid"].format(at=f"{late.paid_at:%Y-%m-%d %H:%M}")
            if late.paid_at
            else w["late_unpaid"]
        )
        rows.append((w["late"], late.refund_no, "", None, None, f"{late.due_on}: {state}"))
    for own in closing.self_approvals:
        rows.append((w["self"], own.refund_no, own.currency, None, own.total, own.owner))
    anchor = closing.anchor
    if anchor is not None:
        rows.append((w["anchor"], w["anchor"], "", anchor.event_id, None, anchor.code))
    return rows


def write_closing(closing: Closing, path: str | Path, lang: str = "zh") -> Path:
    """Write the closing as CSV or XLSX, chosen by the file's extension; all or nothing."""
    target = Path(path)
    fmt = target.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise InvalidInput(
            "closing_format",
            "A closing is written as .pdf, .csv or .xlsx, not {name}",
            name=target.name,
        )
    with atomic_file(target) as tmp:
        sink = open_sink(tmp, fmt, COLUMNS, lang, False, ",")
        try:
            sink.write_rows(closing_rows(closing, lang))
        finally:
            sink.close()
    return target
