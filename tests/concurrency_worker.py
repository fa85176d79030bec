"""A second counter in its own process, for the concurrency tests (spawned, not imported)."""

from __future__ import annotations

from multiprocessing.synchronize import Barrier
from queue import Queue

from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.errors import RefundsError
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import refunds, users
from merchant_refunds.storage.db import close_database, open_database


def refund_everything_left(
    db_path: str, user: str, order_nos: list[str], barrier: Barrier, results: Queue
) -> None:
    """For each order, wait for the other counter, then both refund what is left at once."""
    open_database(db_path)
    actor = users.get_actor(user)
    try:
        for order_no in order_nos:
            barrier.wait(timeout=60)
            request = refunds.RefundRequest(
                order_no, Selection(everything_left=True), ReasonCode.DUPLICATE_PAYMENT
            )
            try:
                refund = refunds.request_refund(actor, request)
                results.put((order_no, user, "ok", refund.total.minor))
            except RefundsError as exc:
                results.put((order_no, user, exc.code, exc.message))
    finally:
        close_database()
