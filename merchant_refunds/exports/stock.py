"""The stock ledger of returned goods as a CSV or XLSX file: one row per unit that came back,
returned to stock or written off (by a refund or an exchange), and per item an exchange gave out,
so the shop (and its accountant) knows what really moved."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from merchant_refunds.exports.sinks import Column, Kind, atomic_file, open_sink
from merchant_refunds.services import returned_goods
from merchant_refunds.services.output_paths import check_output_path
from merchant_refunds.services.users import Actor

COLUMNS = [
    Column("moved_at", Kind.DATETIME),
    Column("sku", Kind.NUMBER_TEXT),
    Column("product", Kind.TEXT),
    Column("movement", Kind.CODE),
    Column("quantity", Kind.INT),
    Column("refund_no", Kind.NUMBER_TEXT),
    Column("exchange_no", Kind.NUMBER_TEXT),
    Column("line_no", Kind.INT),
    Column("unit_no", Kind.INT),
    Column("condition", Kind.CODE),
    Column("recorded_by", Kind.TEXT),
]


@dataclass
class StockExport:
    path: Path
    rows: int


def export_stock(
    actor: Actor,
    path: str | Path,
    *,
    sku: str = "",
    since: date | None = None,
    until: date | None = None,
    fmt: str = "csv",
    lang: str = "zh",
    machine_headers: bool = False,
    delimiter: str = ",",
) -> StockExport:
    """Write the ledger's movements (one SKU or all, between two days); the file appears
    complete or not at all."""
    ledger = returned_goods.stock_ledger(actor, sku=sku, since=since, until=until)
    target = check_output_path(path)
    rows = [
        (
            e.at,
            e.sku,
            e.name,
            e.kind.value,
            e.quantity,
            e.refund_no,
            e.exchange_no,
            e.line_no,
            e.unit_no,
            e.condition,
            e.recorded_by,
        )
        for e in ledger.entries
    ]
    with atomic_file(target) as tmp:
        sink = open_sink(tmp, fmt, COLUMNS, lang, machine_headers, delimiter)
        try:
            sink.write_rows(rows)
        finally:
            sink.close()
    return StockExport(target, len(rows))
