"""Schema 13 (returned goods): a shop at schema 12 with a keyed trail and refunds upgrades to the
new tables, its trail still agrees with its rows, and goods received after it are pinned."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.inspection import Condition
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import integrity, orders, refund_goods, refund_requests, users
from merchant_refunds.services.returned_goods import UnitCondition
from merchant_refunds.storage import migrations
from merchant_refunds.storage.db import close_database, open_database
from tests.factories import make_line, make_order

NEW_TABLES = ("goods_inspection", "stock_movement", "return_postage")


def test_a_schema_12_shop_upgrades_and_its_trail_still_agrees(
    tmp_path: Path, fixed_clock: None
) -> None:
    path = tmp_path / "shop.sqlite3"
    open_database(path, create=True)
    boss = users.create_user(None, "boss", "owner", "1234")
    orders.create_order(boss, make_order("M1", [make_line(1, "CUP-1", 2, 3000)]))
    request = refund_requests.RefundRequest(
        "M1", Selection({1: 2}), ReasonCode.QUALITY_PROBLEM, goods_return=True
    )
    refund_no = refund_requests.request_refund(boss, request).refund_no
    close_database()
    con = sqlite3.connect(path)  # the file as schema 12 left it
    for table in NEW_TABLES:
        con.execute(f'DROP TABLE "{table}"')
    con.execute("UPDATE setting SET value = '12' WHERE key = 'schema_version'")
    con.commit()
    con.close()

    open_database(path)
    try:
        con = sqlite3.connect(path)
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        version = con.execute("SELECT value FROM setting WHERE key='schema_version'").fetchone()
        con.close()
        assert set(NEW_TABLES) <= tables
        assert version == (str(migrations.SCHEMA_VERSION),)
        report = integrity.check()
        assert report.ok, report.problems()  # the refunds' images did not change
        refund_goods.record_goods_received(
            boss, refund_no, [UnitCondition(1, Condition.MISSING_PARTS, 2)]
        )
        assert integrity.check().ok
    finally:
        close_database()
