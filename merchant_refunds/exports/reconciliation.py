"""The two lists a reconciliation leaves for the accountant, as CSV or XLSX.

- the statement's refunds with no payout here (``unmatched``), and
- the payouts sent here that the statement should show and does not (``missing``).

Written through the exports' sinks, so references and descriptions from a provider's file are
neutralised like any typed text and amounts stay exact; all or nothing (``atomic_file``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.exports.sinks import Column, Kind, atomic_file, open_sink
from merchant_refunds.exports.texts import norm_lang
from merchant_refunds.services.reconciliation import ReconcileReport

LISTS = ("unmatched", "missing")
FORMATS = ("csv", "xlsx")

UNMATCHED_COLUMNS = [
    Column("statement_row", Kind.INT),
    Column("statement_date", Kind.DATE),
    Column("provider_ref", Kind.NUMBER_TEXT),
    Column("currency", Kind.PLAIN),
    Column("amount", Kind.MONEY, currency_index=3),
    Column("references", Kind.TEXT),
    Column("statement_text", Kind.TEXT),
    Column("unmatched_why", Kind.PLAIN),
]
MISSING_COLUMNS = [
    Column("refund_no", Kind.NUMBER_TEXT),
    Column("seq", Kind.INT),
    Column("order_no", Kind.NUMBER_TEXT),
    Column("method", Kind.CODE),
    Column("reference", Kind.NUMBER_TEXT),
    Column("currency", Kind.PLAIN),
    Column("amount", Kind.MONEY, currency_index=5),
    Column("sent_at", Kind.DATETIME),
    Column("expected_to", Kind.DATE),
]

WHY: dict[str, dict[str, str]] = {
    "zh": {
        "no_payout": "本系统无对应付款",
        "amount_differs": "参考号相符但金额不同",
        "ambiguous": "多笔付款金额相同，无法确定",
    },
    "en": {
        "no_payout": "No payout here",
        "amount_differs": "Reference found but the amount differs",
        "ambiguous": "Several payouts of this amount; cannot tell which",
    },
}


def list_rows(report: ReconcileReport, which: str, lang: str = "zh") -> list[tuple[Any, ...]]:
    """The rows of one list, in the columns' order (amounts in minor units)."""
    if which == "unmatched":
        words = WHY[norm_lang(lang)]
        return [
            (
                u.row,
                u.on,
                u.provider_ref,
                u.currency,
                u.amount,
                " ".join(u.references),
                u.description,
                words.get(u.why, u.why),
            )
            for u in report.unmatched
        ]
    return [
        (
            p.refund_no,
            p.seq,
            p.order_no,
            p.method,
            p.reference,
            p.currency,
            p.amount,
            p.sent_at,
            p.expected_to,
        )
        for p in report.missing
    ]


def write_list(
    report: ReconcileReport, which: str, path: str | Path, lang: str = "zh", machine: bool = False
) -> Path:
    """Write ``unmatched`` or ``missing`` as CSV or XLSX, chosen by the file's extension."""
    if which not in LISTS:
        raise InvalidInput(
            "reconcile_list", "The list is unmatched or missing, not {value}", value=which
        )
    target = Path(path)
    fmt = target.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise InvalidInput(
            "reconcile_list_format",
            "A reconciliation list is written as .csv or .xlsx, not {name}",
            name=target.name,
        )
    columns = UNMATCHED_COLUMNS if which == "unmatched" else MISSING_COLUMNS
    with atomic_file(target) as tmp:
        sink = open_sink(tmp, fmt, columns, lang, machine, ",")
        try:
            sink.write_rows(list_rows(report, which, lang))
        finally:
            sink.close()
    return target
