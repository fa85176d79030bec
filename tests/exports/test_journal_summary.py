"""The journal export's summary (issue 15, #13) reconciles to its rows: every line of an entry
repeats the payout it books, so the payout total counts each entry once, not once per line."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from merchant_refunds.cli.main import main
from merchant_refunds.exports.run import export_file
from merchant_refunds.services import users
from merchant_refunds.services.reporting import ExportFilter
from merchant_refunds.storage.db import current_database
from tests.exports.test_exports import _minor, _read_csv, shop  # noqa: F401


def _row_sums(rows: list[dict[str, str]]) -> dict[str, dict[str, int]]:
    """The totals a person adds up from the file: debit and credit per line, the payout once
    per entry."""
    sums: dict[str, dict[str, int]] = {"debit": defaultdict(int), "credit": defaultdict(int)}
    payouts: dict[str, tuple[str, int]] = {}
    for row in rows:
        ccy = row["currency"]
        for side in ("debit", "credit"):
            sums[side][ccy] += _minor(row[side], ccy)
        paid_in = row["payout_currency"]
        payouts[row["entry_no"]] = (paid_in, _minor(row["payout_amount"], paid_in))
    per: dict[str, int] = defaultdict(int)
    for ccy, minor in payouts.values():
        per[ccy] += minor
    sums["payout_amount"] = per
    return {k: {c: v for c, v in d.items() if v} for k, d in sums.items()}


def test_the_summary_adds_up_to_the_rows(shop: users.Actor, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "journal.csv"
    result = export_file(shop, "journal", ExportFilter(), path, machine_headers=True)
    rows = _read_csv(path)
    expected = _row_sums(rows)
    assert len({row["entry_no"] for row in rows}) < len(rows)  # entries have several lines
    for column in ("debit", "credit", "payout_amount"):
        assert result.totals[column] == expected[column], column
    booked = current_database().execute_sql(
        "SELECT currency, SUM(amount) FROM payout WHERE status IN ('sent', 'received') "
        "GROUP BY currency"
    )
    assert result.totals["payout_amount"] == {c: int(s) for c, s in booked.fetchall() if s}


def test_the_command_line_prints_the_reconciled_summary(
    shop: users.Actor,  # noqa: F811
    tmp_path: Path,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("MERCHANT_REFUNDS_PIN", "6789")
    path = tmp_path / "journal.csv"
    argv = ["--db", str(db_path), "--json", "export", "journal", "-o", str(path)]
    assert main([*argv, "--machine-headers", "--user", "kim"]) == 0
    printed = json.loads(capsys.readouterr().out)["totals"]
    expected = _row_sums(_read_csv(path))
    for column in ("debit", "credit", "payout_amount"):
        shown = {c: _minor(v, c) for c, v in printed[column].items()}
        assert shown == expected[column], column
