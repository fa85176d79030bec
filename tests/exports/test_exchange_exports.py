"""Exchanges in the exports: one row per unit back or out, read back in both languages; the
difference a customer paid is a balanced journal entry, the one refunded is booked with its
payout as every refund is."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from merchant_refunds.domain.exchanges import ItemOut
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.exports.run import export_file
from merchant_refunds.services import exchanges, orders, refund_decisions
from merchant_refunds.services.payouts import sending
from merchant_refunds.services.reporting import ExportFilter
from merchant_refunds.services.users import Actor
from tests.factories import tea_order

DAY = ExportFilter(date(2026, 11, 26), date(2026, 11, 26))


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _record(clerk: Actor, order_no: str, out: ItemOut, receipt: str = "") -> str:
    orders.create_order(clerk, tea_order(order_no))
    request = exchanges.ExchangeRequest(
        order_no, {1: 1}, (out,), ReasonCode.WRONG_ITEM, receipt_no=receipt
    )
    return exchanges.record_exchange(clerk, request).exchange_no


def test_exchanges_export_in_both_languages(owner: Actor, clerk: Actor, tmp_path: Path) -> None:
    no = _record(clerk, "E1", ItemOut("TEA-09", "大红袍 250g", 30000, 1), "POS-1")
    target = tmp_path / "ex.csv"
    result = export_file(owner, "exchanges", DAY, target, machine_headers=True)
    rows = _read(target)
    assert result.rows == 2
    assert [(r["exchange_no"], r["direction"], r["sku"]) for r in rows] == [
        (no, "back", "TEA-01"),
        (no, "out", "TEA-09"),
    ]
    assert rows[1]["unit_price"] == "300.00" and rows[1]["receipt_no"] == "POS-1"
    export_file(owner, "exchanges", DAY, target, lang="zh")
    zh = _read(target)
    assert zh[0]["换货单号"] == no and zh[0]["方向"] == "退回" and zh[1]["差价处理"] == "顾客补差价"
    export_file(owner, "exchanges", DAY, target, lang="en")
    assert _read(target)[1]["Direction"] == "Given"


def test_the_journal_books_money_collected_and_the_difference_refunded(
    owner: Actor, clerk: Actor, tmp_path: Path
) -> None:
    collected = _record(clerk, "E1", ItemOut("TEA-09", "大红袍 250g", 30000, 1), "POS-1")
    owed = exchanges.get_exchange(_record(clerk, "E2", ItemOut("TEA-02", "碧螺春 250g", 9000, 1)))
    refund_decisions.approve(owner, owed.refund_no)
    sending.record_payout(owner, owed.refund_no, reference="ALI-1")
    target = tmp_path / "journal.csv"
    export_file(owner, "journal", DAY, target, machine_headers=True)
    rows = _read(target)
    taken = [r for r in rows if r["refund_no"] == collected]
    detail = exchanges.get_exchange(collected)
    vat = detail.out[0]["tax"] - detail.back[0]["tax"]  # the tax the difference carries
    paid_in = -detail.difference.minor
    assert [(r["account_code"], r["debit"], r["credit"]) for r in taken] == [
        ("1001", f"{paid_in / 100:.2f}", "0.00"),
        ("6001", "0.00", f"{(paid_in - vat) / 100:.2f}"),
        ("2221", "0.00", f"{vat / 100:.2f}"),
    ]
    assert "POS-1" in taken[0]["summary"]
    refunded = [r for r in rows if r["refund_no"] == owed.refund_no]
    credits = sum(
        int(r["credit"].replace(".", "")) for r in refunded if r["account_code"] != "6001"
    )
    assert credits == owed.difference.minor
    assert sum(int(r["debit"].replace(".", "")) for r in rows) == sum(
        int(r["credit"].replace(".", "")) for r in rows
    )
