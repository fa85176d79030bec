"""``reconcile``: the accountant previews and then reconciles an Alipay statement, writes both
lists, runs it again to no effect; a clerk and a bad file are refused and change nothing."""

from __future__ import annotations

import csv

import pytest

from merchant_refunds.services import users
from merchant_refunds.storage import models as m
from merchant_refunds.storage.db import close_database, open_database
from tests import statement_samples as samples
from tests.cli.test_cli import cli, db, one_clear_line, snapshot, template_db  # noqa: F401


@pytest.fixture
def paid(cli, db) -> tuple[str, int]:  # noqa: F811
    """T0001's tea refunded and paid by the owner with the Alipay reference; (refund, amount)."""
    made = cli(
        "--json",
        "refund",
        "request",
        "T0001",
        "--line",
        "#1=1",
        "--reason",
        "quality_problem",
        user="amy",
    )
    assert made.code == 0, made.err
    refund_no = made.json()["refund_no"]
    assert cli("refund", "approve", refund_no, user="boss").code == 0
    assert (
        cli("refund", "pay", refund_no, "--reference", "2026112622001400555", user="boss").code == 0
    )
    open_database(db)
    try:
        amount = m.Payout.get(
            m.Payout.refund == m.Refund.get(m.Refund.refund_no == refund_no)
        ).amount
        assert users.get_actor("kim")
    finally:
        close_database()
    return refund_no, amount


def _statement(tmp_path, amount: int):
    major = f"{amount // 100}.{amount % 100:02d}"
    return samples.alipay(
        tmp_path / "账务明细.csv",
        [
            samples.Refund("20261126000000010002", major, txn="2026112622001400555"),
            samples.Refund("20261126000000010009", "77.00", order_no="ELSEWHERE"),
        ],
    )


def test_preview_then_reconcile_then_again(cli, db, tmp_path, paid):  # noqa: F811
    refund_no, amount = paid
    path = _statement(tmp_path, amount)
    before = snapshot(db)

    preview = cli("--json", "reconcile", str(path), "--dry-run", user="kim")
    assert preview.code == 0, preview.err
    assert preview.json()["arrived"] == 1 and preview.json()["dry_run"] is True
    assert snapshot(db) == before

    done = cli(
        "reconcile",
        str(path),
        "--unmatched-out",
        str(tmp_path / "u.csv"),
        "--lang",
        "en",
        user="kim",
    )
    assert done.code == 0, done.err
    assert "marked arrived 1" in done.out and "no payout here 1" in done.out
    with (tmp_path / "u.csv").open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    # a long number gets a trailing tab in human CSV, so spreadsheets keep it as text
    assert [r[2] for r in rows[1:]] == ["20261126000000010009\t"]
    open_database(db)
    try:
        assert m.Refund.get(m.Refund.refund_no == refund_no).status == "completed"
    finally:
        close_database()

    after = snapshot(db)
    again = cli("--json", "reconcile", str(path), user="kim")
    assert again.code == 0, again.err
    assert (again.json()["arrived"], again.json()["already_matched"]) == (0, 1)
    assert snapshot(db) == after


def test_a_clerk_and_a_bad_file_are_refused(cli, db, tmp_path, paid):  # noqa: F811
    path = _statement(tmp_path, paid[1])
    before = snapshot(db)
    clerk = cli("reconcile", str(path), user="amy")
    assert clerk.code == 3
    assert "clerk cannot reconcile" in one_clear_line(clerk)
    bad = tmp_path / "bad.csv"
    bad.write_text("hello,world\n1,2\n")
    refused = cli("reconcile", str(bad), user="kim")
    assert refused.code == 2
    assert "bad.csv is not a statement" in one_clear_line(refused)
    wrong = cli("reconcile", str(path), "--format", "paypal", user="kim")
    assert wrong.code == 2 and "not a PayPal statement" in one_clear_line(wrong)
    assert snapshot(db) == before
