"""Two counters refunding by amount on the same order at the same moment never refund more than
is left, on SQLite and on PostgreSQL: the cap is checked inside the order's write lock."""

from __future__ import annotations

import multiprocessing

import pytest

from merchant_refunds.services import audit, orders, users
from merchant_refunds.storage.db import close_database, open_database
from tests.concurrency_worker import refund_amount
from tests.factories import tea_order
from tests.services.test_concurrency import counter_db  # noqa: F401 - the fixture

ROUNDS = 8


@pytest.mark.slow
def test_two_processes_asking_for_more_than_half_of_what_is_left(counter_db: str) -> None:  # noqa: F811
    clerk = users.get_actor("amy")
    order_nos = [f"AMT-{i:03d}" for i in range(ROUNDS)]
    for order_no in order_nos:
        orders.create_order(clerk, tea_order(order_no))
    refundable = orders.get_order(order_nos[0]).refundable
    items_left = refundable["total_left"] - refundable["shipping_left"]
    ask = items_left // 2 + 1  # two of these do not fit
    close_database()

    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(2)
    results = ctx.Queue()
    asks = [(order_no, ask) for order_no in order_nos]
    workers = [
        ctx.Process(target=refund_amount, args=(counter_db, user, asks, barrier, results))
        for user in ("amy", "boss")
    ]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=120) for _ in range(2 * ROUNDS)]
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0

    open_database(counter_db)
    by_order: dict[str, list[str]] = {}
    for order_no, _user, code, _detail in outcomes:
        by_order.setdefault(order_no, []).append(code)
    for order_no, codes in by_order.items():
        assert sorted(codes) == ["amount_exceeds_order", "ok"], (order_no, codes)
        detail = orders.get_order(order_no)
        assert sum(r.total for r in detail.refunds) == ask
        assert detail.refundable["total_left"] == refundable["total_left"] - ask
    assert len(by_order) == ROUNDS
    assert audit.verify_chain().ok
