"""One export from the database to a CSV or XLSX file: the function the CLI and the GUI call.

It streams pages from :mod:`merchant_refunds.services.reporting`, reports progress after each
page, checks ``cancelled()`` between pages, and writes through :func:`sinks.atomic_file`, so the
target appears complete or not at all. It never imports Qt: the GUI runs it on a worker thread.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from merchant_refunds.exports import journal
from merchant_refunds.exports.sinks import (
    Column,
    ExportCancelled,
    Kind,
    atomic_file,
    open_sink,
)
from merchant_refunds.services import fx_rates, reporting, shop_settings
from merchant_refunds.services.output_paths import check_output_path
from merchant_refunds.services.reporting import ExportFilter
from merchant_refunds.services.users import Actor

FORMATS = ("csv", "xlsx")

_KINDS: dict[str, Kind] = {
    "refund_no": Kind.NUMBER_TEXT,
    "order_no": Kind.NUMBER_TEXT,
    "account": Kind.NUMBER_TEXT,
    "sku": Kind.NUMBER_TEXT,
    "exchange_no": Kind.NUMBER_TEXT,
    "receipt_no": Kind.NUMBER_TEXT,
    "direction": Kind.CODE,
    "settlement": Kind.CODE,
    "recorded_at": Kind.DATETIME,
    "reference": Kind.NUMBER_TEXT,
    "entity_key": Kind.NUMBER_TEXT,
    "fx_rate": Kind.NUMBER_TEXT,
    "tax_rate": Kind.NUMBER_TEXT,
    "hash": Kind.PLAIN,
    "status": Kind.CODE,
    "reason": Kind.CODE,
    "refund_kind": Kind.CODE,
    "method": Kind.CODE,
    "fee_bearer": Kind.CODE,
    "currency": Kind.PLAIN,
    "payout_currency": Kind.PLAIN,
    "action": Kind.PLAIN,
    "entity": Kind.PLAIN,
    "requested_at": Kind.DATETIME,
    "approved_at": Kind.DATETIME,
    "paid_at": Kind.DATETIME,
    "completed_at": Kind.DATETIME,
    "sent_at": Kind.DATETIME,
    "received_at": Kind.DATETIME,
    "failed_at": Kind.DATETIME,
    "at": Kind.DATETIME,
    "fx_date": Kind.DATE,
    "expected_from": Kind.DATE,
    "expected_to": Kind.DATE,
    "due_on": Kind.DATE,
    "retry_of": Kind.INT,
    "line_no": Kind.INT,
    "quantity": Kind.INT,
    "seq": Kind.INT,
    "event_id": Kind.INT,
}
#: Money columns of the datasets; their currency is "currency" except where named here.
_MONEY = {
    "total",
    "refunded_gross",
    "shipping",
    "restocking_fee",
    "return_shipping",
    "deduction",
    "return_postage",
    "cross_border_fee",
    "payout_amount",
    "gross",
    "discount",
    "amount",
    "tax",
    "unit_price",
    "difference",
}
_MONEY_CURRENCY = {"payout_amount": "payout_currency"}


def dataset_columns(dataset: str) -> list[Column]:
    """The output columns of a dataset: kinds from the names, money beside its currency."""
    if dataset == "journal":
        return list(journal.COLUMNS)
    keys = reporting.columns(dataset)
    result = []
    for key in keys:
        if key in _MONEY:
            result.append(Column(key, Kind.MONEY, keys.index(_MONEY_CURRENCY.get(key, "currency"))))
        else:
            result.append(Column(key, _KINDS.get(key, Kind.TEXT)))
    return result


@dataclass
class ExportResult:
    """What was written: rows, and money totals per column and currency (minor units)."""

    path: Path
    rows: int
    totals: dict[str, dict[str, int]] = field(default_factory=dict)


Progress = Callable[[int, int], None]


#: Money columns of a dataset repeated on every row of one entry: a journal entry's lines each
#: carry the payout they book, which the totals must count once per entry, not once per line.
_ONCE_PER_ENTRY = {"journal": ("payout_amount", "line")}


def _page_totals(
    columns: list[Column], rows: list[tuple[Any, ...]], totals: dict, dataset: str = ""
) -> None:
    keys = [col.key for col in columns]
    repeated, first_line = _ONCE_PER_ENTRY.get(dataset, ("", ""))
    line_index = keys.index(first_line) if first_line else -1
    for i, col in enumerate(columns):
        if col.kind is not Kind.MONEY:
            continue
        per = totals.setdefault(col.key, {})
        ci = col.currency_index
        for r in rows:
            v = r[i]
            if col.key == repeated and r[line_index] != 1:
                continue
            if v:
                per[r[ci]] = per.get(r[ci], 0) + v


def export_file(
    actor: Actor,
    dataset: str,
    flt: ExportFilter,
    path: str | Path,
    *,
    fmt: str = "csv",
    delimiter: str = ",",
    machine_headers: bool = False,
    lang: str = "zh",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    page_size: int = reporting.PAGE_SIZE,
    with_totals: bool = True,
) -> ExportResult:
    """Write ``dataset`` rows matching ``flt`` to ``path``; owners and accountants only.

    Raises :class:`ExportCancelled` when ``cancelled()`` turns true; nothing is left behind then,
    nor after any other failure.
    """
    reporting.require_reader(actor)
    target = check_output_path(path)
    flt = flt.checked()
    if dataset == "journal" and flt.by == "request":
        # A journal entry is dated by its payout; "request" is only the filters' default.
        flt = replace(flt, by="payout")
    columns = dataset_columns(dataset)
    expected = reporting.count_rows(actor, dataset, flt)
    result = ExportResult(target, 0)
    totals: journal.JournalTotals | None = None
    pages: Iterator[tuple[list[tuple[Any, ...]], int]]
    if dataset == "journal":
        totals = journal.JournalTotals({}, {})
        book = fx_rates.RateBook()
        accounts = shop_settings.get_journal_accounts()
        exchanged = reporting.journal_exchanges(actor, flt)
        expected += len(exchanged)
        pages = itertools.chain(
            journal.journal_rows(
                reporting.journal_sources(actor, flt, page_size),
                accounts,
                lang,
                totals,
                book.home,
                book.rate,
            ),
            journal.exchange_rows(exchanged, accounts, lang, totals, book.home, book.rate),
        )
    else:
        pages = ((rows, len(rows)) for rows in reporting.iter_pages(actor, dataset, flt, page_size))
    done = 0
    if progress is not None:
        progress(0, expected)
    with atomic_file(target) as tmp:
        sink = open_sink(tmp, fmt, columns, lang, machine_headers, delimiter)
        try:
            for rows, sources in pages:
                if cancelled is not None and cancelled():
                    raise ExportCancelled("export_cancelled", "The export was cancelled")
                sink.write_rows(rows)
                result.rows += len(rows)
                if with_totals:
                    _page_totals(columns, rows, result.totals, dataset)
                done += sources
                if progress is not None:
                    progress(done, expected)
            if cancelled is not None and cancelled():
                raise ExportCancelled("export_cancelled", "The export was cancelled")
            if totals is not None:
                totals.check()
        finally:
            sink.close()
    return result
