"""A counter doing random refund work without pause, run as its own process by the backup and
crash-safety tests (which copy or kill it mid-write), and the money invariants they check after.

Run: ``python -m tests.crash_worker DB_PATH SEED OPERATIONS``; prints ``ready`` once the database
is open, then ``done N`` if it is not killed first.
"""

from __future__ import annotations

import contextlib
import random
import sys
from collections import defaultdict

from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.errors import RefundsError
from merchant_refunds.domain.lifecycle import PayoutStatus, RefundStatus
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import (
    refund_decisions,
    refund_goods,
    refund_requests,
    refund_views,
    users,
)
from merchant_refunds.services.payouts import arrival, sending
from merchant_refunds.storage import models as m
from merchant_refunds.storage.db import close_database, open_database

ACTIONS = ("request", "request", "request", "approve", "pay", "confirm", "cancel", "reject")
CLOSED = (RefundStatus.REJECTED.value, RefundStatus.CANCELLED.value)


def _pick(rng: random.Random, status: RefundStatus) -> str | None:
    rows = refund_views.list_refunds(status.value, limit=20)
    return rng.choice(rows).refund_no if rows else None


def one_operation(rng: random.Random, order_nos: list[str], actors: dict[str, users.Actor]) -> str:
    """One random step of the refund flow; refusals (nothing left, wrong state) are expected."""
    action = rng.choice(ACTIONS)
    if action == "request":
        order_no = rng.choice(order_nos)
        if rng.random() < 0.2:
            selection = Selection(everything_left=True)
        else:
            selection = Selection(
                {rng.randint(1, 2): rng.randint(1, 3)}, shipping=rng.random() < 0.3
            )
        request = refund_requests.RefundRequest(order_no, selection, ReasonCode.QUALITY_PROBLEM)
        refund_requests.request_refund(actors["amy"], request)
        return action
    status = {
        "approve": RefundStatus.REQUESTED,
        "reject": RefundStatus.REQUESTED,
        "pay": RefundStatus.APPROVED,
        "confirm": RefundStatus.PAID,
        "cancel": RefundStatus.APPROVED,
    }[action]
    refund_no = _pick(rng, status)
    if refund_no is None:
        return "idle"
    boss = actors["boss"]
    if action == "approve":
        refund_decisions.approve(boss, refund_no)
    elif action == "reject":
        refund_decisions.reject(boss, refund_no, "not ours")
    elif action == "pay":
        if refund_views.get_refund(refund_no).signature_required:
            refund_goods.record_signature(actors["amy"], refund_no)
        sending.record_payout(boss, refund_no)
    elif action == "confirm":
        arrival.confirm_received(actors["amy"], refund_no)
    else:
        refund_decisions.cancel(boss, refund_no, "customer changed mind")
    return action


def run(db_path: str, seed: int, operations: int) -> int:
    open_database(db_path)
    print("ready", flush=True)
    actors = {name: users.get_actor(name) for name in ("boss", "amy")}
    order_nos = [o.order_no for o in m.Order.select(m.Order.order_no)]
    rng = random.Random(seed)
    done = 0
    try:
        for _ in range(operations):
            with contextlib.suppress(RefundsError):
                one_operation(rng, order_nos, actors)
            done += 1
    finally:
        close_database()
    print(f"done {done}", flush=True)
    return done


def money_problems() -> list[str]:
    """Every money invariant of the open database, as readable complaints (empty: all hold).

    Per order line, for shipping and in total, what open refunds take never exceeds what was
    paid; per refund, payouts that did not fail never exceed the refund's payout amount; a paid
    or completed refund is paid exactly.
    """
    problems: list[str] = []
    lines = {
        line.id: line
        for line in m.OrderLine.select(
            m.OrderLine.id,
            m.OrderLine.order,
            m.OrderLine.quantity,
            m.OrderLine.unit_price,
            m.OrderLine.line_discount,
            m.OrderLine.order_discount_share,
        )
    }
    orders = {o.id: o for o in m.Order.select()}
    live = {r.id: r for r in m.Refund.select().where(m.Refund.status.not_in(CLOSED))}
    per_line_amount: dict[int, int] = defaultdict(int)
    per_line_units: dict[int, int] = defaultdict(int)
    lines_of_refund: dict[int, int] = defaultdict(int)
    for rl in m.RefundLine.select():
        lines_of_refund[rl.refund_id] += rl.amount
        if rl.refund_id in live:
            per_line_amount[rl.order_line_id] += rl.amount
            per_line_units[rl.order_line_id] += rl.quantity
    for line_id, amount in per_line_amount.items():
        line = lines[line_id]
        paid = line.quantity * line.unit_price - line.line_discount - line.order_discount_share
        if amount > paid or per_line_units[line_id] > line.quantity:
            problems.append(f"line {line_id}: {amount} refunded of {paid} paid")
    shipping: dict[int, int] = defaultdict(int)
    total: dict[int, int] = defaultdict(int)
    for refund in live.values():
        shipping[refund.order_id] += refund.shipping
        total[refund.order_id] += refund.total
    for order_id, order in orders.items():
        if shipping[order_id] > order.shipping_fee:
            problems.append(f"order {order.order_no}: shipping {shipping[order_id]} refunded")
        if total[order_id] > order.total_paid:
            problems.append(f"order {order.order_no}: {total[order_id]} of {order.total_paid}")
    sent: dict[int, int] = defaultdict(int)
    for payout in m.Payout.select().where(m.Payout.status != PayoutStatus.FAILED.value):
        sent[payout.refund_id] += payout.amount
    for refund in m.Refund.select():
        if sent[refund.id] > refund.payout_amount:
            problems.append(f"refund {refund.refund_no}: {sent[refund.id]} paid out")
        if refund.status in CLOSED and sent[refund.id]:
            problems.append(f"refund {refund.refund_no} is {refund.status} with money sent")
        if refund.status in ("paid", "completed") and sent[refund.id] != refund.payout_amount:
            problems.append(f"refund {refund.refund_no} is {refund.status} but not paid exactly")
    return problems


def seed_shop(db_path: str, order_count: int) -> None:
    """A shop for the worker: an owner ``boss``, a clerk ``amy`` and orders delivered yesterday
    (by the real clock, which the worker process uses)."""
    from datetime import datetime, timedelta

    from merchant_refunds.services import orders
    from tests.factories import make_line, make_order

    open_database(db_path, create=True)
    try:
        boss = users.create_user(None, "boss", "owner", "1234")
        users.create_user(boss, "amy", "clerk", "5678")
        now = datetime.now().replace(microsecond=0)
        for i in range(order_count):
            order = make_order(
                f"CR{i:04d}",
                [
                    make_line(1, quantity=6, unit_price=3333),
                    make_line(2, quantity=4, unit_price=12345, line_discount=101),
                ],
                discount=777,
                shipping_fee=1500,
                placed_at=now - timedelta(days=5),
                paid_at=now - timedelta(days=5),
                delivered_at=now - timedelta(days=1),
            )
            orders.create_order(boss, order)
    finally:
        close_database()


if __name__ == "__main__":
    run(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
