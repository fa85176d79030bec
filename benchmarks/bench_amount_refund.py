"""Refunds by amount (issue 13) at a million orders: an amount refund request end to end, like
the unit refund in ``bench_core.py``. Prints figures; asserts nothing; not a test.

    cp bench-data/orders.sqlite3 /tmp/amount.sqlite3   # it writes: never on the original
    python3 benchmarks/bench_amount_refund.py --db /tmp/amount.sqlite3

On distinct delivered orders without a refund, taken in turn so that a noisy machine slows each
alike: a price difference of 1.00 (100 minor units) on line 1; goodwill of 1.00 over the whole
order (shared over its lines by the largest remainder); and, for comparison, ``bench_core``'s unit
refund (one unit of line 1). Then one unit of line 1 of orders that have the price difference
(its share of what is left). Each request re-reads the order and its refunds, quotes, reviews,
takes the write lock, writes refund, lines, the ``refund_amount`` row and the keyed audit event,
commits and reads the refund back.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import sqlite3
import sys
import time
from datetime import datetime
from pathlib import Path

import peewee as pw

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_core import Row, print_table, refund_candidates
from generate_orders import AS_OF, CLERK

from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import audit, clock, refund_requests, users
from merchant_refunds.storage.db import close_database, open_database


def _interleaved(
    kinds: dict[str, list[refund_requests.RefundRequest]],
) -> tuple[dict[str, list[float]], dict[str, list[float]], dict[str, list[str]]]:
    """Time ``request_refund`` for each kind in turn (one of each, then the next round), so a
    noisy machine slows every kind alike: wall-clock and this process's CPU time (which other
    programs on a busy machine inflate far less), in milliseconds."""
    clerk = users.get_actor(CLERK)
    times: dict[str, list[float]] = {k: [] for k in kinds}
    cpu: dict[str, list[float]] = {k: [] for k in kinds}
    made: dict[str, list[str]] = {k: [] for k in kinds}
    for round_ in zip(*kinds.values(), strict=False):
        for kind, request in zip(kinds, round_, strict=True):
            started = time.perf_counter_ns()
            started_cpu = time.process_time_ns()
            try:
                refund_requests.request_refund(clerk, request)
            except Exception as exc:  # a benchmark reports, it does not stop
                print(f"  {kind} on {request.order_no} failed: {exc}", file=sys.stderr)
                continue
            times[kind].append((time.perf_counter_ns() - started) / 1e6)
            cpu[kind].append((time.process_time_ns() - started_cpu) / 1e6)
            made[kind].append(request.order_no)
    return times, cpu, made


def _row(label: str, samples: list[float]) -> Row:
    return Row(label, samples, target="median < 10 ms", target_ms=10.0, target_stat="median")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--refunds", type=int, default=300, help="amount refunds on a line")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)
    if not args.db.exists():
        print(f"No database at {args.db}", file=sys.stderr)
        return 2
    rng = random.Random(args.seed)
    started_open = time.perf_counter()
    open_database(args.db)  # upgrades to the newest schema the first time
    opened = time.perf_counter() - started_open
    raw = sqlite3.connect(args.db, isolation_level=None)
    start = datetime.now()
    clock.set_clock(lambda: AS_OF + (datetime.now() - start))
    try:
        total = raw.execute('SELECT count(*) FROM "order"').fetchone()[0]
        print(
            f"database {args.db}: {total:,} orders, {args.db.stat().st_size / 1e6:,.0f} MB;"
            f" opened (and upgraded if needed) in {opened:.1f} s"
        )
        print(
            f"python {platform.python_version()}, SQLite {sqlite3.sqlite_version},"
            f" peewee {pw.__version__}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}"
        )
        n = args.refunds
        numbers = refund_candidates(raw, rng, 3 * n)
        kinds = {
            "amount refund on a line, end to end": [
                refund_requests.RefundRequest(
                    no, Selection(amount=100, amount_line=1), ReasonCode.PRICE_ADJUSTMENT
                )
                for no in numbers[:n]
            ],
            "amount refund over the order, end to end": [
                refund_requests.RefundRequest(no, Selection(amount=100), ReasonCode.GOODWILL)
                for no in numbers[n : 2 * n]
            ],
            "unit refund (bench_core's, for comparison)": [
                refund_requests.RefundRequest(no, Selection({1: 1}), ReasonCode.QUALITY_PROBLEM)
                for no in numbers[2 * n :]
            ],
        }
        times, cpu, made = _interleaved(kinds)
        on_line = next(iter(made.values()))
        after, after_cpu, _ = _interleaved(
            {
                "unit refund after an amount refund": [
                    refund_requests.RefundRequest(no, Selection({1: 1}), ReasonCode.QUALITY_PROBLEM)
                    for no in on_line[: n // 2]
                ]
            }
        )
        rows = [_row(label, samples) for label, samples in {**times, **after}.items()]
        print()
        print_table([row for row in rows if row.samples])
        print("\nCPU time of this process per request (ms):")
        cpu_rows = [_row(label, samples) for label, samples in {**cpu, **after_cpu}.items()]
        print_table([row for row in cpu_rows if row.samples])
        print(f"load average after: {os.getloadavg()[0]:.1f}")
        chain = audit.verify_chain()
        print(f"audit chain {'intact' if chain.ok else 'BROKEN'} ({chain.checked} events)")
    finally:
        clock.set_clock(None)
        raw.close()
        close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main())
