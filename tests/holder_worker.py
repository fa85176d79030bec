"""A second counter for the restore tests: a process that keeps the shop's database open, saves
a refund each time it reads ``save`` on standard input and answers ``saved REFUND_NO``, and closes
the database and ends on ``quit``.

Run: ``python -m tests.holder_worker DB_PATH``; prints ``ready`` once the database is open.
"""

from __future__ import annotations

import sys

from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import database, refunds, users
from merchant_refunds.storage import models as m


def run(db_path: str) -> int:
    database.note_program("gui")
    database.open_database(db_path, create=False)
    amy = users.authenticate("amy", "5678")
    database.note_signed_in(amy.name)
    order_nos = [o.order_no for o in m.Order.select(m.Order.order_no).order_by(m.Order.id)]
    print("ready", flush=True)
    for line in sys.stdin:
        if line.strip() == "quit":
            break
        order_no = order_nos.pop()
        request = refunds.RefundRequest(
            order_no, Selection(everything_left=True), ReasonCode.QUALITY_PROBLEM
        )
        print(f"saved {refunds.request_refund(amy, request).refund_no}", flush=True)
    database.close_database()
    return 0


if __name__ == "__main__":
    raise SystemExit(run(sys.argv[1]))
