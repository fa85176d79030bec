"""How tests/data/schema_v1.sqlite3 was made: a shop database as schema version 1 left it.

Schema 1 had every table but no order search index. Kept so the file can be re-made if the
sample data needs to change; the committed file is what the upgrade test reads.
Run: python3 tests/data/make_schema_v1.py
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from merchant_refunds.domain.calculation import Selection  # noqa: E402
from merchant_refunds.domain.policy import ReasonCode  # noqa: E402
from merchant_refunds.services import clock, orders, refund_decisions, refund_requests, users  # noqa: E402
from merchant_refunds.storage.db import close_database, open_database  # noqa: E402
from tests.factories import FIXED_NOW, tea_order  # noqa: E402

TARGET = Path(__file__).with_name("schema_v1.sqlite3")


def main() -> None:
    TARGET.unlink(missing_ok=True)
    clock.set_clock(lambda: FIXED_NOW)
    open_database(TARGET)
    owner = users.create_user(None, "boss", "owner", "1234")
    clerk = users.create_user(owner, "amy", "clerk", "5678")
    orders.create_order(clerk, tea_order("V1-0001"))
    orders.create_order(clerk, tea_order("V1-0002"))
    refund = refund_requests.request_refund(
        clerk,
        refund_requests.RefundRequest("V1-0001", Selection({1: 1}), ReasonCode.QUALITY_PROBLEM),
    )
    refund_decisions.approve(owner, refund.refund_no)
    close_database()
    con = sqlite3.connect(TARGET)
    with con:
        for trigger in ("order_search_ai", "order_search_ad", "order_search_au"):
            con.execute(f"DROP TRIGGER {trigger}")
        con.execute("DROP TABLE order_search")
        con.execute("UPDATE setting SET value = '1' WHERE key = 'schema_version'")
    con.execute("PRAGMA journal_mode=DELETE")
    con.execute("VACUUM")
    con.close()


if __name__ == "__main__":
    main()
