"""Search by a whole order number or phone (issue 16) at several database sizes, beside a bare
B-tree equality lookup in raw ``sqlite3`` on the same rows. Prints figures; asserts nothing.

    python3 benchmarks/bench_search.py bench-data/orders-10k.sqlite3 \\
        bench-data/orders-100k.sqlite3 bench-data/orders.sqlite3

Each database is made by ``generate_orders.py --orders N --out FILE``. For each, ``--queries``
random orders give the texts; ``orders.search_orders`` (the first page of 50, newest first, as
the CLI and the Orders screen ask) is timed on each, then the raw lookup on each. For contrast,
six digits from the middle of the order number still take the trigram path. The services open
the database as the program does (they add a session file beside it; nothing else is written).
"""

from __future__ import annotations

import argparse
import math
import os
import random
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from merchant_refunds.services import orders
from merchant_refunds.storage.db import close_database, open_database

SUMMARY = (
    "id, order_no, placed_at, customer_name, customer_phone, status, currency, total_paid,"
    " payment_method, source"
)
RAW_EXACT = (
    f'SELECT {SUMMARY} FROM "order" WHERE id IN (SELECT id FROM "order" WHERE order_no = ?'
    ' UNION SELECT id FROM "order" WHERE customer_phone = ?) ORDER BY id DESC LIMIT 50'
)


def percentile(values: Sequence[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(pct / 100 * len(ordered)) - 1)]


def timed(func: Callable[[], object], cpu: list[float] | None = None) -> float:
    """Wall milliseconds of ``func``; its CPU milliseconds (this thread's) go to ``cpu``: a
    query preempted on a busy machine waits in wall time, not in CPU time."""
    started_cpu = time.thread_time_ns()
    started = time.perf_counter_ns()
    func()
    wall = (time.perf_counter_ns() - started) / 1e6
    if cpu is not None:
        cpu.append((time.thread_time_ns() - started_cpu) / 1e6)
    return wall


def sample(raw: sqlite3.Connection, count: int, seed: int) -> list[tuple[str, str]]:
    """(order_no, phone) of ``count`` random orders."""
    top = raw.execute('SELECT max(id) FROM "order"').fetchone()[0]
    rng = random.Random(seed)
    picked: list[tuple[str, str]] = []
    for order_id in rng.sample(range(1, top + 1), min(top, count * 2)):
        row = raw.execute(
            'SELECT order_no, customer_phone FROM "order" WHERE id = ?', (order_id,)
        ).fetchone()
        if row:
            picked.append(row)
        if len(picked) == count:
            break
    return picked


Result = tuple[str, int, list[float], list[float], list[float]]


def bench_one(db: Path, queries: int, seed: int) -> list[Result]:
    raw = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    total = raw.execute('SELECT count(*) FROM "order"').fetchone()[0]
    rows = sample(raw, queries, seed)
    open_database(db)
    results = []
    try:
        cases = [
            ("order no, full", [no for no, _ in rows], True),
            ("phone, full", [phone for _, phone in rows], True),
            ("order no, 6 digits inside (trigram)", [no[-8:-2] for no, _ in rows], False),
        ]
        for label, texts, exact in cases:
            for text in texts[:10]:  # warm the page cache and the query builder
                orders.search_orders(text)
            cpu: list[float] = []
            service = [timed(lambda t=t: orders.search_orders(t), cpu) for t in texts]
            baseline = (
                [timed(lambda t=t: raw.execute(RAW_EXACT, (t, t)).fetchall()) for t in texts]
                if exact
                else []
            )
            results.append((label, total, service, cpu, baseline))
    finally:
        close_database()
        raw.close()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("databases", nargs="+", type=Path)
    parser.add_argument("--queries", type=int, default=500, help="random orders per database")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    print(f"load average (1 min) at the start: {os.getloadavg()[0]:.2f}, {os.cpu_count()} CPUs")
    print(
        f"{'case':<38} {'orders':>10} {'median':>8} {'p95':>8} {'cpu p95':>8}"
        f" {'raw med':>8} {'raw p95':>8} {'ratio':>6}"
    )
    for db in args.databases:
        if not db.exists():
            print(f"No database at {db}", file=sys.stderr)
            return 2
        for label, total, service, cpu, baseline in bench_one(db, args.queries, args.seed):
            raw_med = f"{statistics.median(baseline):8.3f}" if baseline else f"{'':>8}"
            raw_p95 = f"{percentile(baseline, 95):8.3f}" if baseline else f"{'':>8}"
            ratio = (
                f"{statistics.median(service) / statistics.median(baseline):5.1f}x"
                if baseline
                else ""
            )
            print(
                f"{label:<38} {total:>10,} {statistics.median(service):8.3f}"
                f" {percentile(service, 95):8.3f} {percentile(cpu, 95):8.3f}"
                f" {raw_med} {raw_p95} {ratio:>6}"
            )
    print(f"load average (1 min) at the end: {os.getloadavg()[0]:.2f}")
    print(
        "times in ms (cpu: the service's own CPU time per query); target for full numbers and"
        " phones: p95 < 0.5 ms at every size"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
