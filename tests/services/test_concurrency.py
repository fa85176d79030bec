"""Two counters refunding the same order at the same moment never refund more than was paid,
on SQLite and on PostgreSQL."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from pathlib import Path

import pytest

from merchant_refunds.services import audit, orders, users
from merchant_refunds.storage.db import close_database, open_database
from tests.concurrency_worker import refund_everything_left
from tests.factories import tea_order

ROUNDS = 60


@pytest.fixture(params=["sqlite", "postgresql"])
def counter_db(request: pytest.FixtureRequest, tmp_path: Path, fixed_clock: None) -> Iterator[str]:
    """The shop's database on SQLite or on a real PostgreSQL server, with its users."""
    if request.param == "sqlite":
        target = str(tmp_path / "shop.sqlite3")
    else:
        target = request.getfixturevalue("pg_url")
    open_database(target, create=True)
    boss = users.create_user(None, "boss", "owner", "1234")
    users.create_user(boss, "amy", "clerk", "5678")
    users.create_user(boss, "partner", "owner", "2345")
    yield target
    close_database()


@pytest.mark.slow
def test_two_processes_refunding_the_rest_of_the_same_order(counter_db: str) -> None:
    db_path = counter_db
    clerk = users.get_actor("amy")
    order_nos = [f"RACE-{i:03d}" for i in range(ROUNDS)]
    for order_no in order_nos:
        orders.create_order(clerk, tea_order(order_no))
    paid = orders.get_order(order_nos[0]).order.total_paid
    close_database()

    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(2)
    results = ctx.Queue()
    workers = [
        ctx.Process(
            target=refund_everything_left, args=(db_path, user, order_nos, barrier, results)
        )
        for user in ("amy", "boss")
    ]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=120) for _ in range(2 * ROUNDS)]
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0

    open_database(db_path)
    by_order: dict[str, list[tuple[str, str, object]]] = {}
    for order_no, user, code, detail in outcomes:
        by_order.setdefault(order_no, []).append((user, code, detail))
    assert set(by_order) == set(order_nos)
    for order_no, pair in by_order.items():
        codes = sorted(code for _, code, _ in pair)
        assert codes == ["nothing_to_refund", "ok"], (order_no, pair)
        winner = next(detail for _, code, detail in pair if code == "ok")
        assert winner == paid
        loser = next(detail for _, code, detail in pair if code != "ok")
        assert loser == f"Nothing is left to refund on order {order_no}"
        detail = orders.get_order(order_no)
        assert sum(r.total for r in detail.refunds) == paid
        assert detail.refundable["total_left"] == 0
    assert audit.verify_chain().ok
