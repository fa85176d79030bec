"""Payout commands: instalments, a failed payout and its retry, sending a scheduled one, and the
follow-up list; refused commands change nothing."""

from __future__ import annotations

import pytest

from merchant_refunds.services import orders, users
from merchant_refunds.storage.db import close_database, open_database
from tests.cli.test_cli import cli, db, one_clear_line, snapshot, template_db  # noqa: F401
from tests.factories import make_line, make_order


@pytest.fixture
def big_refund(cli, db) -> str:  # noqa: F811
    """A large refund (3,000.01), approved and signed, ready to be paid."""
    open_database(db)
    try:
        orders.create_order(
            users.get_actor("amy"),
            make_order("BIG1", [make_line(1, "TV-1", 1, 300001, name="电视机")]),
        )
    finally:
        close_database()
    made = cli(
        "--json", "refund", "request", "BIG1", "--all", "--reason", "quality_problem", user="amy"
    )
    assert made.code == 0, made.err
    refund_no = made.json()["refund_no"]
    assert cli("refund", "approve", refund_no, user="boss").code == 0
    assert cli("refund", "sign", refund_no, user="amy").code == 0
    return refund_no


def _payouts(result) -> list[tuple[int, int, str]]:
    return [(p["seq"], p["amount_minor"], p["status"]) for p in result.json()["payouts"]]


def test_instalments_add_up_and_a_failed_one_is_retried(cli, big_refund):  # noqa: F811
    paid = cli(
        "--json",
        "refund",
        "pay",
        big_refund,
        "--instalments",
        "3",
        "--reference",
        "ALI-1",
        user="boss",
    )
    assert paid.code == 0, paid.err
    assert _payouts(paid) == [
        (1, 100000, "sent"),
        (2, 100000, "scheduled"),
        (3, 100001, "scheduled"),
    ]

    failed = cli(
        "--json",
        "refund",
        "payout-failed",
        big_refund,
        "--payout",
        "1",
        "--reason",
        "card closed",
        user="boss",
    )
    assert failed.code == 0, failed.err
    assert _payouts(failed)[0] == (1, 100000, "failed")

    follow = cli("--json", "followup")
    kinds = {(item["refund_no"], item["kind"]) for item in follow.json()["items"]}
    assert (big_refund, "failed") in kinds

    retried = cli(
        "--json",
        "refund",
        "retry-payout",
        big_refund,
        "--payout",
        "1",
        "--method",
        "cash",
        "--reference",
        "TILL-7",
        user="boss",
    )
    assert retried.code == 0, retried.err
    assert _payouts(retried)[-1] == (4, 100000, "sent")

    sent = cli("--json", "refund", "send-payout", big_refund, "--payout", "2", user="boss")
    assert sent.code == 0, sent.err
    assert (2, 100000, "sent") in _payouts(sent)


def test_refused_payout_commands_change_nothing(cli, db, big_refund):  # noqa: F811
    before = snapshot(db)
    small = cli("refund", "pay", big_refund, "--instalments", "1", user="boss")
    assert small.code == 2 and "2 or more" in one_clear_line(small)
    clerk = cli("refund", "pay", big_refund, "--instalments", "2", user="amy")
    assert clerk.code == 3
    not_sent = cli(
        "refund", "payout-failed", big_refund, "--payout", "9", "--reason", "x", user="boss"
    )
    assert not_sent.code in (3, 4)
    no_reason = cli("refund", "payout-failed", big_refund, "--payout", "1", user="boss")
    assert no_reason.code == 2
    assert snapshot(db) == before


def test_followup_with_nothing_to_do(cli):  # noqa: F811
    result = cli("followup")
    assert result.code == 0
    assert "Nothing to follow up." in result.out


def _kinds(result) -> list[tuple[str, int | None, str | None]]:
    return [(i["kind"], i["payout"], i["expected_to"]) for i in result.json()["items"]]


def test_schedule_only_every_two_weeks_then_send_the_due_one(cli, db, big_refund):  # noqa: F811
    scheduled = cli(
        "--json",
        "refund",
        "pay",
        big_refund,
        "--instalments",
        "2",
        "--every",
        "14",
        "--schedule-only",
        user="boss",
    )
    assert scheduled.code == 0, scheduled.err
    assert _payouts(scheduled) == [(1, 150000, "scheduled"), (2, 150001, "scheduled")]
    assert [p["due_on"] for p in scheduled.json()["payouts"]] == ["2026-11-26", "2026-12-10"]

    due = cli("--json", "followup")
    assert due.code == 0
    assert _kinds(due) == [("instalment_due", 1, None)]
    human = cli("followup")
    assert human.code == 0
    assert "instalment due" in human.out and big_refund in human.out

    before = snapshot(db)
    early = cli("refund", "send-payout", big_refund, "--payout", "3", user="boss")
    assert early.code == 4 and "has no payout 3" in one_clear_line(early)
    assert snapshot(db) == before

    sent = cli("--json", "refund", "send-payout", big_refund, "--payout", "1", user="boss")
    assert sent.code == 0, sent.err
    assert _payouts(sent) == [(1, 150000, "sent"), (2, 150001, "scheduled")]
    follow = cli("--json", "followup")
    assert [(k, s) for k, s, _ in _kinds(follow)] == [("due_today", 1)]
    assert _kinds(follow)[0][2] is not None  # the expected arrival is listed

    before = snapshot(db)
    again = cli("refund", "send-payout", big_refund, "--payout", "1", user="boss")
    assert again.code == 3 and "not scheduled" in one_clear_line(again)
    not_failed = cli("refund", "retry-payout", big_refund, "--payout", "1", user="boss")
    assert not_failed.code == 3 and "has not failed" in one_clear_line(not_failed)
    assert snapshot(db) == before


def test_bad_instalment_options_change_nothing(cli, db, big_refund):  # noqa: F811
    before = snapshot(db)
    every = cli("refund", "pay", big_refund, "--instalments", "2", "--every", "0", user="boss")
    assert every.code == 2 and "1 to 366 days apart" in one_clear_line(every)
    with_amount = cli(
        "refund", "pay", big_refund, "--instalments", "2", "--amount", "100", user="boss"
    )
    assert with_amount.code == 2 and "leave out --amount" in one_clear_line(with_amount)
    too_many = cli("refund", "pay", big_refund, "--instalments", "99", user="boss")
    assert too_many.code == 3 and "At most" in one_clear_line(too_many)
    no_payout = cli("refund", "retry-payout", big_refund, "--payout", "0", user="boss")
    assert no_payout.code == 2
    assert snapshot(db) == before


def test_followup_lists_an_overdue_bank_transfer_with_its_dates(cli, big_refund):  # noqa: F811
    from datetime import timedelta

    from merchant_refunds.services import clock
    from tests.factories import FIXED_NOW

    clock.set_clock(lambda: FIXED_NOW - timedelta(days=10))
    try:
        paid = cli("refund", "pay", big_refund, "--method", "bank_transfer", user="boss")
    finally:
        clock.set_clock(lambda: FIXED_NOW)
    assert paid.code == 0, paid.err
    follow = cli("--json", "followup")
    assert follow.code == 0
    [item] = follow.json()["items"]
    assert (item["kind"], item["refund_no"], item["method"]) == (
        "overdue",
        big_refund,
        "bank_transfer",
    )
    # Sent Monday 16 November: 1–3 business days.
    assert (item["expected_from"], item["expected_to"]) == ("2026-11-17", "2026-11-19")
    assert item["days_late"] > 0
    human = cli("followup")
    assert "overdue" in human.out and big_refund in human.out


def _payout_accounts(result) -> list[tuple[int, str, str, str]]:
    return [(p["seq"], p["status"], p["method"], p["account"]) for p in result.json()["payouts"]]


def test_bank_details_given_at_payout_and_at_retry(cli, db, big_refund):  # noqa: F811
    bank = ["--bank-holder", "王小芳", "--bank-name", "工商银行"]
    before = snapshot(db)
    wrong = cli(
        "refund", "pay", big_refund, "--bank-account", "6222020200112233447", *bank, user="boss"
    )
    assert wrong.code == 2 and "6222020200112233447" not in one_clear_line(wrong)
    cash = cli("refund", "pay", big_refund, "--method", "cash", "--bank-account", "1", user="boss")
    assert cash.code == 2 and "--method bank_transfer" in one_clear_line(cash)
    assert snapshot(db) == before  # refused: nothing recorded

    paid = cli(
        "--json",
        "refund",
        "pay",
        big_refund,
        "--bank-account",
        "6222020200112233446",
        *bank,
        "--reference",
        "B1",
        user="boss",
    )
    assert paid.code == 0, paid.err
    assert _payout_accounts(paid) == [(1, "sent", "bank_transfer", "6222 **** 3446")]

    failed = cli(
        "refund", "payout-failed", big_refund, "--payout", "1", "--reason", "closed", user="boss"
    )
    assert failed.code == 0, failed.err
    retried = cli(
        "--json",
        "refund",
        "retry-payout",
        big_refund,
        "--payout",
        "1",
        "--bank-account",
        "6228480402564890018",
        *bank,
        user="boss",
    )
    assert retried.code == 0, retried.err
    assert _payout_accounts(retried)[-1] == (2, "sent", "bank_transfer", "6228 **** 0018")
