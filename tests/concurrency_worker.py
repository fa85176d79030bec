"""Other counters in their own processes, for the concurrency tests (spawned, not imported)."""

from __future__ import annotations

from multiprocessing.synchronize import Barrier
from queue import Queue

from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.errors import RefundsError
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import clock, refund_requests, users
from merchant_refunds.storage.db import close_database, open_database
from tests.factories import FIXED_NOW


def refund_everything_left(
    db_path: str, user: str, order_nos: list[str], barrier: Barrier, results: Queue
) -> None:
    """For each order, wait for the other counter, then both refund what is left at once."""
    open_database(db_path)
    actor = users.get_actor(user)
    try:
        for order_no in order_nos:
            barrier.wait(timeout=60)
            request = refund_requests.RefundRequest(
                order_no, Selection(everything_left=True), ReasonCode.DUPLICATE_PAYMENT
            )
            try:
                refund = refund_requests.request_refund(actor, request)
                results.put((order_no, user, "ok", refund.total.minor))
            except RefundsError as exc:
                results.put((order_no, user, exc.code, exc.message))
    finally:
        close_database()


def guess_pin(db_path: str, user: str, pin: str, barrier: Barrier, results: Queue) -> None:
    """One attacker's guess, started at the same moment as the others'. Reports the refusal
    code (or "ok") and how many PINs this process actually hashed to check."""
    open_database(db_path)
    clock.set_clock(lambda: FIXED_NOW)
    users.PIN_KDF = users.KdfParams(n=16, r=1, p=1)  # as tests/conftest.py does in-process
    checked = 0
    real_check = users.check_pin

    def counting_check(guess: str, stored: str) -> bool:
        nonlocal checked
        checked += 1
        return real_check(guess, stored)

    users.check_pin = counting_check
    try:
        barrier.wait(timeout=60)
        try:
            users.sign_in(user, pin)
            results.put(("ok", checked))
        except RefundsError as exc:
            results.put((exc.code, checked))
    finally:
        close_database()


def refund_amount(
    db_path: str,
    user: str,
    asks: list[tuple[str, int]],
    barrier: Barrier,
    results: Queue,
) -> None:
    """For each (order, amount), wait for the other counter, then both ask that amount back as
    goodwill over the order at once."""
    open_database(db_path)
    actor = users.get_actor(user)
    try:
        for order_no, amount in asks:
            barrier.wait(timeout=60)
            request = refund_requests.RefundRequest(
                order_no, Selection(amount=amount), ReasonCode.GOODWILL
            )
            try:
                refund = refund_requests.request_refund(actor, request)
                results.put((order_no, user, "ok", refund.total.minor))
            except RefundsError as exc:
                results.put((order_no, user, exc.code, exc.message))
    finally:
        close_database()
