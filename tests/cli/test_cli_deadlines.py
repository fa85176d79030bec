"""Due dates on the command line: an overdue review and a missed legal deadline in ``followup``,
a refund's deadlines in ``refund show``, the owner's extension and the monthly legal record."""

from __future__ import annotations

from datetime import timedelta

import pytest

from merchant_refunds.services import clock, orders, users
from merchant_refunds.storage.db import close_database, open_database
from tests.cli.test_cli import cli, db, one_clear_line, snapshot, template_db  # noqa: F401
from tests.factories import FIXED_NOW, tea_order


@pytest.fixture
def two_refunds(cli, db) -> tuple[str, str]:  # noqa: F811
    """A request waiting for review, and an approved refund whose goods came back today."""
    open_database(db)
    try:
        amy = users.get_actor("amy")
        orders.create_order(amy, tea_order("W1"))
        orders.create_order(amy, tea_order("G1"))
    finally:
        close_database()
    waiting = cli(
        "--json",
        "refund",
        "request",
        "W1",
        "--line",
        "TEA-01=1",
        "--reason",
        "quality_problem",
        user="amy",
    )
    assert waiting.code == 0, waiting.err
    goods = cli(
        "--json",
        "refund",
        "request",
        "G1",
        "--line",
        "TEA-01=1",
        "--goods-return",
        "--reason",
        "quality_problem",
        user="amy",
    )
    assert goods.code == 0, goods.err
    back = goods.json()["refund_no"]
    assert cli("refund", "approve", back, user="boss").code == 0
    assert cli("refund", "receive-goods", back, user="amy").code == 0
    return waiting.json()["refund_no"], back


def later(days: int) -> None:
    clock.set_clock(lambda: FIXED_NOW + timedelta(days=days))


def test_followup_shows_an_overdue_review_and_a_missed_legal_deadline(cli, two_refunds):  # noqa: F811
    waiting, back = two_refunds
    assert cli("--json", "followup").json()["items"] == []
    later(9)
    follow = cli("--json", "followup")
    assert follow.code == 0, follow.err
    data = follow.json()
    got = [(i["kind"], i["refund_no"], i["rule"], i["due_on"]) for i in data["items"]]
    assert got[0] == ("statutory_deadline", back, "cn_crpl_art25", "2026-12-03")
    assert ("review_due", waiting, "shop_review", "2026-11-28") in got
    assert (data["late"], data["statutory_late"]) == (2, 1)  # refunds, not rows
    first = data["items"][0]
    assert first["days_late"] == 2 and "Consumer Rights Protection Law" in first["rule_text"]
    human = cli("followup")
    assert "LEGAL DEADLINE" in human.out and "review due" in human.out
    assert "2026-12-03 (2d late)" in human.out


def test_refund_show_tells_what_is_due_and_by_which_rule(cli, two_refunds):  # noqa: F811
    _waiting, back = two_refunds
    shown = cli("--json", "refund", "show", back)
    assert shown.code == 0, shown.err
    data = shown.json()
    assert [(d["kind"], d["due_on"]) for d in data["deadlines"]] == [
        ("payout_due", "2026-12-01"),
        ("statutory_deadline", "2026-12-03"),
    ]
    assert data["statutory_outcome"] == "open"
    human = cli("refund", "show", back)
    assert "payment by 2026-12-01 (5 days left)" in human.out
    assert "Legal limit 2026-12-03: still open" in human.out


def test_owner_extends_a_review_and_a_clerk_cannot(cli, db, two_refunds):  # noqa: F811
    waiting, _back = two_refunds
    before = snapshot(db)
    refused = cli(
        "refund", "extend", waiting, "--until", "2026-12-10", "--reason", "abroad", user="amy"
    )
    assert refused.code == 3 and snapshot(db) == before
    bad = cli("refund", "extend", waiting, "--until", "10/12/2026", "--reason", "x", user="boss")
    assert bad.code == 2 and snapshot(db) == before
    one_clear_line(bad)
    done = cli(
        "--json",
        "refund",
        "extend",
        waiting,
        "--until",
        "2026-12-10",
        "--reason",
        "customer abroad",
        user="boss",
    )
    assert done.code == 0, done.err
    assert done.json()["extensions"][0]["reason"] == "customer abroad"
    later(9)
    kinds = [(i["kind"], i["refund_no"]) for i in cli("--json", "followup").json()["items"]]
    assert ("review_due", waiting) not in kinds


def test_monthly_record_of_the_legal_deadline(cli, two_refunds):  # noqa: F811
    _waiting, back = two_refunds
    later(9)
    assert cli("refund", "pay", back, user="boss").code == 0
    record = cli("--json", "deadlines", user="boss")
    assert record.code == 0, record.err
    assert record.json()["months"] == [
        {"month": "2026-12", "met": 0, "missed": 1, "total": 1, "share_percent": "0.0"}
    ]
    assert "0.0 %" in cli("deadlines", user="boss").out
    assert cli("deadlines", user="amy").code == 3


def test_digest_without_settings_says_it_is_off(cli, two_refunds):  # noqa: F811
    result = cli("followup", "--send-digest", user="boss")
    assert result.code == 0 and "off" in result.out
    assert cli("followup", "--send-digest", user="amy").code == 3
