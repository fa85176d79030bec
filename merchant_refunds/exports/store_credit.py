"""Store-credit balances at a date, for the accountant: what the shop owes each customer in
credit (account 2241 其他应付款 by default, the journal's "store credit" account), one row per
customer and currency, written through the exports' CSV/XLSX sinks."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from merchant_refunds.exports.sinks import Column, Kind, atomic_file, open_sink
from merchant_refunds.services import shop_settings, store_credit
from merchant_refunds.services.output_paths import check_output_path
from merchant_refunds.services.users import Actor

COLUMNS = [
    Column("as_of", Kind.DATE),
    Column("customer", Kind.TEXT),
    Column("currency", Kind.PLAIN),
    Column("balance", Kind.MONEY, 2),
    Column("account", Kind.NUMBER_TEXT),
    Column("last_movement", Kind.DATETIME),
]


@dataclass
class BalancesResult:
    """What was written: rows, and the total owed per currency (minor units)."""

    path: Path
    rows: int
    totals: dict[str, int] = field(default_factory=dict)


def export_balances(
    actor: Actor,
    day: date,
    path: str | Path,
    *,
    fmt: str = "csv",
    lang: str = "zh",
    machine_headers: bool = False,
    delimiter: str = ",",
) -> BalancesResult:
    """Write every balance that is not zero at the end of ``day``; owners and accountants.

    The file appears complete or not at all (``atomic_file``)."""
    found = store_credit.balances_at(actor, day)
    target = check_output_path(path)
    account = shop_settings.get_journal_accounts()["store_credit"][0]
    rows = [(day, b.customer_key, b.currency, b.balance, account, b.last_movement) for b in found]
    result = BalancesResult(target, len(rows))
    for b in found:
        result.totals[b.currency] = result.totals.get(b.currency, 0) + b.balance
    with atomic_file(target) as tmp:
        sink = open_sink(tmp, fmt, COLUMNS, lang, machine_headers, delimiter)
        try:
            sink.write_rows(rows)
        finally:
            sink.close()
    return result
