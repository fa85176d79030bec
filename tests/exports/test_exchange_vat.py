"""VAT in exchanges, as the accountant books it: a unit given out takes the tax rate of the
order's line of its SKU, else of the line it replaces; the difference refunded or collected
carries the units back's tax less the units out's, exact in minor units, and every entry of
the journal balances."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from merchant_refunds.domain.calculation import tax_inside
from merchant_refunds.domain.exchanges import ItemOut, out_tax_rate
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.exports.journal import exchange_entry_lines
from merchant_refunds.exports.run import export_file
from merchant_refunds.services import exchanges, orders, refund_decisions
from merchant_refunds.services.payouts import sending
from merchant_refunds.services.reporting import ExchangeJournalSource, ExportFilter
from merchant_refunds.services.shop_settings import DEFAULT_JOURNAL_ACCOUNTS
from merchant_refunds.services.users import Actor
from tests.factories import tea_order

DAY = ExportFilter(date(2026, 11, 26), date(2026, 11, 26))


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _minor(text: str) -> int:
    return int(Decimal(text) * 100)


def test_units_out_take_the_rate_of_their_sku_else_of_the_line_they_replace() -> None:
    order = tea_order()  # line 1 TEA-01 at 13 %, line 2 CUP-02 at 0 %
    cup = ItemOut("CUP-02", "青瓷茶杯", 4000, 1)
    new = ItemOut("TEA-77", "白茶", 4000, 1)
    assert out_tax_rate(order, {1: 1}, cup) == Decimal("0")  # its own SKU's line
    assert out_tax_rate(order, {1: 1}, new) == Decimal("0.13")  # the line it replaces
    assert out_tax_rate(order, {2: 1}, new) == Decimal("0")
    assert out_tax_rate(order, {1: 1, 2: 2}, new) == Decimal("0")  # most units back


@pytest.mark.parametrize("db_backend", ["sqlite", "postgresql"], indirect=True)
def test_a_refunded_difference_books_its_tax_and_balances(
    owner: Actor, clerk: Actor, tmp_path: Path
) -> None:
    orders.create_order(clerk, tea_order("V1"))
    request = exchanges.ExchangeRequest(
        "V1", {1: 1}, (ItemOut("TEA-02", "碧螺春 250g", 9000, 1),), ReasonCode.WRONG_ITEM
    )
    done = exchanges.record_exchange(clerk, request)
    back_tax, out_tax = done.back[0]["tax"], done.out[0]["tax"]
    assert out_tax == tax_inside(9000, Decimal("0.13"))  # the rate of the tea it replaces
    refund_decisions.approve(owner, done.refund_no)
    sending.record_payout(owner, done.refund_no, reference="ALI-1")
    target = tmp_path / "journal.csv"
    export_file(owner, "journal", DAY, target, machine_headers=True)
    rows = [r for r in _read(target) if r["refund_no"] == done.refund_no]
    by_account = {r["account_code"]: (_minor(r["debit"]), _minor(r["credit"])) for r in rows}
    assert by_account["2221"] == (back_tax - out_tax, 0)
    assert by_account["6001"] == (done.difference.minor - (back_tax - out_tax), 0)
    assert sum(d for d, _ in by_account.values()) == sum(c for _, c in by_account.values())
    assert sum(c for _, c in by_account.values()) == done.difference.minor


@pytest.mark.parametrize("db_backend", ["sqlite", "postgresql"], indirect=True)
def test_a_collected_difference_books_its_tax_in_both_languages(
    owner: Actor, clerk: Actor, tmp_path: Path
) -> None:
    orders.create_order(clerk, tea_order("V2"))
    request = exchanges.ExchangeRequest(
        "V2", {2: 1}, (ItemOut("TEA-09", "大红袍", 20000, 1),), ReasonCode.WRONG_ITEM,
        receipt_no="POS-5",
    )  # fmt: skip
    done = exchanges.record_exchange(clerk, request)
    # the cup back carries no tax, nor does the new tea that replaces it
    assert done.back[0]["tax"] == 0 and done.out[0]["tax"] == 0
    orders.create_order(clerk, tea_order("V3"))
    request = exchanges.ExchangeRequest(
        "V3", {2: 1}, (ItemOut("TEA-01", "龙井茶 250g", 20000, 1),), ReasonCode.WRONG_ITEM,
        receipt_no="POS-6",
    )  # fmt: skip
    taxed = exchanges.record_exchange(clerk, request)
    vat = tax_inside(20000, Decimal("0.13"))  # the order's tea line's rate
    assert taxed.out[0]["tax"] == vat
    for lang, summary in (("zh", "销项税额"), ("en", "Output VAT")):
        target = tmp_path / f"journal-{lang}.csv"
        export_file(owner, "journal", DAY, target, lang=lang, machine_headers=True)
        rows = [r for r in _read(target) if r["refund_no"] == taxed.exchange_no]
        paid_in = -taxed.difference.minor
        assert [(r["account_code"], _minor(r["debit"]), _minor(r["credit"])) for r in rows] == [
            ("1001", paid_in, 0),
            ("6001", 0, paid_in - vat),
            ("2221", 0, vat),
        ]
        assert summary in rows[2]["summary"] and taxed.exchange_no in rows[2]["summary"]
        untaxed = [r for r in _read(target) if r["refund_no"] == done.exchange_no]
        assert [r["account_code"] for r in untaxed] == ["1001", "6001"]  # no VAT line of 0


@given(
    collected=st.integers(1, 10**9),
    tax=st.integers(-(10**9), 10**9),
    rate=st.decimals(Decimal("0.01"), Decimal("50"), places=4),
)
@settings(max_examples=200, deadline=None)
def test_every_collected_entry_balances_at_home_and_abroad(
    collected: int, tax: int, rate: Decimal
) -> None:
    from merchant_refunds.domain.calculation import FxRate

    source = ExchangeJournalSource("EX1", "O1", date(2026, 11, 26), "USD", collected, "R", tax)
    for home, rates in (("", None), ("CNY", lambda ccy, day: FxRate(ccy, "CNY", rate, day))):
        lines = exchange_entry_lines(source, DEFAULT_JOURNAL_ACCOUNTS, "en", home, rates)
        assert sum(line.debit for line in lines) == sum(line.credit for line in lines)
        assert all(line.debit >= 0 and line.credit >= 0 for line in lines)
