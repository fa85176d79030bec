"""``store-credit``: a customer's balance and ledger, using it against a receipt, cash-out by the
owner only, and the balances at a date for the accountant; refused commands change nothing."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook

from tests.cli.test_cli import cli, db, one_clear_line, snapshot, template_db  # noqa: F401

PHONE = "13800138000"  # the customer of T0001


@pytest.fixture
def credit(cli) -> int:  # noqa: F811
    """One tea of T0001 refunded as store credit; returns the balance in fen."""
    made = cli(
        "--json",
        "refund",
        "request",
        "T0001",
        "--line",
        "#1=1",
        "--reason",
        "quality_problem",
        "--destination",
        "store_credit",
        user="amy",
    )
    assert made.code == 0, made.err
    refund_no = made.json()["refund_no"]
    assert cli("refund", "approve", refund_no, user="boss").code == 0
    assert cli("refund", "pay", refund_no, user="boss").code == 0
    shown = cli("--json", "store-credit", "show", PHONE)
    assert shown.code == 0, shown.err
    return int(shown.json()["ledger"][-1]["balance_minor"])


def test_show_use_and_cash_out_move_the_balance_exactly(cli, credit) -> None:  # noqa: F811
    used = cli("--json", "store-credit", "use", PHONE, "10.00", "--receipt", "T-0042", user="amy")
    assert used.code == 0, used.err
    assert used.json()["balance"] == f"{(credit - 1000) / 100:.2f}"
    cashed = cli("store-credit", "cash-out", "138 0013 8000", "0.01", user="boss")
    assert cashed.code == 0, cashed.err
    shown = cli("store-credit", "show", f"phone:{PHONE}")
    assert "phone:13800138000" in shown.out
    assert "used at the counter" in shown.out and "T-0042" in shown.out
    assert "paid out in cash" in shown.out
    assert f"{(credit - 1001) // 100}.{(credit - 1001) % 100:02d}" in shown.out.splitlines()[1]


def test_refusals_change_nothing_and_say_why(cli, db, credit) -> None:  # noqa: F811
    before = snapshot(db)
    too_much = cli("store-credit", "use", PHONE, "100000", "--receipt", "T1", user="amy")
    assert too_much.code == 3
    assert "only" in one_clear_line(too_much)
    clerk_cash = cli("store-credit", "cash-out", PHONE, "1.00", user="amy")
    assert clerk_cash.code == 3
    assert "clerk" in one_clear_line(clerk_cash)
    for bad in ("0", "-5", "1.234", "abc"):
        result = cli("store-credit", "use", PHONE, bad, "--receipt", "T1", user="amy")
        assert result.code == 2, (bad, result.err)
    no_receipt = cli("store-credit", "use", PHONE, "1.00", "--receipt", " ", user="amy")
    assert no_receipt.code == 2
    assert "receipt" in one_clear_line(no_receipt)
    assert snapshot(db) == before


def test_the_accountant_exports_balances_at_a_date(cli, tmp_path, credit) -> None:  # noqa: F811
    assert cli("store-credit", "use", PHONE, "1.00", "--receipt", "T7", user="amy").code == 0
    out = tmp_path / "2241.csv"
    done = cli("store-credit", "balances", "--at", "2026-12-31", "-o", str(out), user="kim")
    assert done.code == 0, done.err
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert rows[0][:5] == ["截至日期", "客户", "币种", "店铺余额", "收款账户"]
    assert rows[1][:5] == [
        "2026-12-31",
        "phone:13800138000",
        "CNY",
        f"{(credit - 100) // 100}.{(credit - 100) % 100:02d}",
        "2241",
    ]
    xlsx = tmp_path / "2241.xlsx"
    done = cli(
        "store-credit",
        "balances",
        "--at",
        "2026-12-31",
        "-o",
        str(xlsx),
        "--lang",
        "en",
        user="boss",
    )
    assert done.code == 0, done.err
    sheet = load_workbook(xlsx).active
    assert [c.value for c in sheet[1]][:4] == [
        "As of",
        "Customer",
        "Currency",
        "Store credit balance",
    ]
    assert round(sheet.cell(2, 4).value * 100) == credit - 100  # a number, not text
    before = cli("store-credit", "balances", "--at", "2000-01-01", "-o", str(out), user="kim")
    assert before.code == 0 and len(out.read_text(encoding="utf-8-sig").splitlines()) == 1
    clerk = cli("store-credit", "balances", "--at", "2026-12-31", "-o", str(out), user="amy")
    assert clerk.code == 3
