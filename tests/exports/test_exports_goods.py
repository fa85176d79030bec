"""A refund with a deduction for diminished value and return postage paid back, as the refunds
export and the journal show it: each its own column and its own journal line, entries balanced."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.inspection import Condition
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.domain.postage import ReturnPostage
from merchant_refunds.exports.run import export_file
from merchant_refunds.services import (
    orders,
    refund_decisions,
    refund_goods,
    refund_requests,
    returned_goods,
)
from merchant_refunds.services.payouts import sending
from merchant_refunds.services.reporting import ExportFilter
from merchant_refunds.services.returned_goods import UnitCondition
from tests.factories import make_line, make_order


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture
def paid_once(owner, clerk) -> str:
    orders.create_order(clerk, make_order("P1", [make_line(1, "KET-9", 2, 20000)]))
    request = refund_requests.RefundRequest(
        "P1",
        Selection({1: 2}),
        ReasonCode.QUALITY_PROBLEM,
        goods_return=True,
        return_postage=ReturnPostage(1500, "SF7788"),
    )
    refund_no = refund_requests.request_refund(clerk, request).refund_no
    refund_goods.record_goods_received(clerk, refund_no, [UnitCondition(1, Condition.DAMAGED, 2)])
    returned_goods.deduct(owner, refund_no, 1, 2, 4000, "dented")
    refund_decisions.approve(owner, refund_no)
    sending.record_payout(owner, refund_no)
    return refund_no


def test_the_refunds_export_has_its_own_columns(owner, paid_once: str, tmp_path: Path):
    path = tmp_path / "refunds.csv"
    export_file(owner, "refunds", ExportFilter(), path, machine_headers=True)
    (row,) = _read(path)
    assert (row["total"], row["deduction"], row["return_postage"]) == ("375.00", "40.00", "15.00")
    zh = tmp_path / "refunds-zh.csv"
    export_file(owner, "refunds", ExportFilter(), zh, lang="zh")
    header = _read(zh)[0].keys()
    assert "折损扣款" in header and "退货运费补偿" in header


def test_the_journal_books_postage_and_deduction_on_their_own_lines(
    owner, paid_once: str, tmp_path: Path
):
    path = tmp_path / "journal.csv"
    export_file(owner, "journal", ExportFilter(), path, lang="en", machine_headers=True)
    rows = _read(path)
    by_summary = {r["summary"]: r for r in rows}
    postage = by_summary[f"Customer's return postage paid back {paid_once}"]
    deduction = by_summary[f"Deduction for diminished value kept {paid_once}"]
    assert (postage["account_code"], postage["debit"]) == ("6601", "15.00")
    assert (deduction["account_code"], deduction["credit"]) == ("6051", "40.00")
    debit = sum(int(r["debit"].replace(".", "") or 0) for r in rows)
    credit = sum(int(r["credit"].replace(".", "") or 0) for r in rows)
    assert debit == credit
    paid_line = [r for r in rows if r["account_code"] == "1012"]
    assert [r["credit"] for r in paid_line] == ["375.00"]
