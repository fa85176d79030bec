"""The follow-up list with many open refunds, beside a bare read of the same rows (prints figures).

Copies a generated database (``generate_orders.py``), adds N open refunds with raw ``sqlite3``
inserts — requested or approved over the last 30 days, a third with goods to return (half of them
back), 1 % pre-sale refunds waiting for the supplier, customers in China, Germany, France, the UK
and the US so every legal rule is counted — and times, with the clock fixed at the end of the
data's year:

- ``bare``: ``sqlite3`` reading the open refunds' columns joined to their orders (the floor);
- ``due_now``: ``services.deadlines.scan`` (every open refund's deadlines, those due soon);
- ``followup``: ``services.followup.list_followup`` (that, plus the payout rows, notes, sorting).

Usage::

    python3 benchmarks/bench_followup.py --db bench-data/orders.sqlite3 --open-refunds 50000
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

NOW = datetime(2026, 12, 21, 15, 0)
BARE_SQL = (
    "SELECT r.id, r.refund_no, r.status, r.requested_at, r.approved_at, r.goods_return, "
    "r.goods_received_at, r.paid_at, r.total, r.currency, r.findings_json, o.order_no, "
    "o.customer_name, o.customer_country, o.payment_method FROM refund r "
    "JOIN \"order\" o ON r.order_id = o.id WHERE r.status IN ('requested', 'approved')"
)
COUNTRIES = ["CN"] * 85 + ["DE"] * 5 + ["FR"] * 3 + ["GB"] * 2 + ["US"] * 5


def age(rng: random.Random, backlog: bool) -> timedelta:
    """How long ago a refund was requested. ``backlog``: evenly over 30 days (nothing has been
    done for a month: nearly all are late). Otherwise a shop that keeps up: most requests are
    a day or two old (exponential, mean 20 hours), 3 % stuck evenly over 30 days."""
    if backlog or rng.random() < 0.03:
        return timedelta(minutes=rng.randrange(30 * 24 * 60))
    return timedelta(hours=min(rng.expovariate(1 / 20), 240))


def add_open_refunds(path: Path, count: int, seed: int, backlog: bool = False) -> None:
    rng = random.Random(seed)
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    for name in [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='trigger'")]:
        con.execute(f'DROP TRIGGER "{name}"')  # a scratch copy: the trail is not kept here
    (owner,) = con.execute("SELECT id FROM user WHERE role = 'owner' LIMIT 1").fetchone()
    (first_id,) = con.execute("SELECT COALESCE(MAX(id), 0) FROM refund").fetchone()
    orders = [
        r[0]
        for r in con.execute(
            "SELECT id FROM \"order\" WHERE status IN ('delivered', 'completed') "
            "ORDER BY id LIMIT ?",
            (count,),
        )
    ]
    rows, countries = [], []
    for n, order_id in enumerate(orders, 1):
        requested = NOW - age(rng, backlog)
        approved = rng.random() < 0.4
        goods = rng.random() < 0.33
        received = goods and rng.random() < 0.5
        presale = not approved and rng.random() < 0.01
        findings = '[{"code": "presale_in_production"}]' if presale else "[]"
        waited = NOW - requested
        approved_at = requested + waited * rng.random() if approved else None
        received_at = requested + waited * rng.random() if received else None
        rows.append(
            (
                first_id + n,
                f"RFB{n:09d}",
                order_id,
                "approved" if approved else "requested",
                "quality_problem",
                int(goods),
                "original_route",
                "CNY",
                1000 + n % 50000,
                1000 + n % 50000,
                "CNY",
                1000 + n % 50000,
                "{}",
                findings,
                owner,
                str(requested),
                str(approved_at) if approved_at else None,
                str(received_at) if received_at else None,
                str(requested),
            )
        )
        countries.append((rng.choice(COUNTRIES), order_id))
    with con:
        con.executemany(
            "INSERT INTO refund (id, refund_no, order_id, status, reason_code, note, goods_return, "
            "destination_method, destination_account, destination_holder, destination_bank, "
            "currency, total, refunded_gross, shipping, restocking_fee, return_shipping, "
            "cross_border_fee, cross_border_fee_bearer, payout_currency, payout_amount, "
            "quote_json, findings_json, override_reason, second_approval_required, "
            "signature_required, requested_by_id, requested_at, approved_at, goods_received_at, "
            "rejection_reason, cancel_reason, updated_at) VALUES "
            "(?, ?, ?, ?, ?, '', ?, ?, '', '', '', ?, ?, ?, 0, 0, 0, 0, 'merchant', ?, ?, ?, ?, "
            "'', 0, 0, ?, ?, ?, ?, '', '', ?)",
            rows,
        )
        con.executemany('UPDATE "order" SET customer_country = ? WHERE id = ?', countries)
    con.close()


def timed(func, runs: int) -> tuple[list[float], object]:  # type: ignore[no-untyped-def]
    times, result = [], None
    for _ in range(runs):
        began = time.perf_counter()
        result = func()
        times.append((time.perf_counter() - began) * 1000)
    return times, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="a generate_orders.py database")
    parser.add_argument("--open-refunds", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--backlog", action="store_true", help="requests evenly over 30 days: nearly all late"
    )
    args = parser.parse_args()
    keys = args.db.parent / "keys"
    if keys.is_dir():
        os.environ.setdefault("MERCHANT_REFUNDS_KEY_DIR", str(keys))
        os.environ.setdefault("MERCHANT_REFUNDS_KEY_STORE", "file")
    with tempfile.TemporaryDirectory(dir=args.db.parent) as scratch:
        work = Path(scratch) / "followup.sqlite3"
        shutil.copyfile(args.db, work)
        began = time.perf_counter()
        add_open_refunds(work, args.open_refunds, args.seed, args.backlog)
        print(f"added {args.open_refunds:,} open refunds in {time.perf_counter() - began:.1f} s")

        con = sqlite3.connect(work)
        (orders,) = con.execute('SELECT COUNT(*) FROM "order"').fetchone()
        bare, rows = timed(lambda: con.execute(BARE_SQL).fetchall(), args.runs)
        con.close()

        from merchant_refunds.services import clock, deadlines, followup
        from merchant_refunds.storage.db import open_database

        open_database(work)
        clock.set_clock(lambda: NOW)
        due, found = timed(deadlines.scan, args.runs)
        listed, items = timed(followup.list_followup, args.runs)
        kinds: dict[str, int] = {}
        for item in items:  # type: ignore[union-attr]
            kinds[item.kind.value] = kinds.get(item.kind.value, 0) + 1

    print("backlog (requests evenly over 30 days)" if args.backlog else "a shop that keeps up")
    print(f"orders {orders:,}  open refunds {len(rows):,}  listed {len(items):,}  {kinds}")  # type: ignore[arg-type]
    print(f"{'run':<10} {'min ms':>8} {'median ms':>10} {'vs bare':>8}")
    base = statistics.median(bare)
    print("followup runs (ms):", " ".join(f"{t:.0f}" for t in listed))
    for name, times in (("bare", bare), ("due_now", due), ("followup", listed)):
        med = statistics.median(times)
        print(f"{name:<10} {min(times):>8.1f} {med:>10.1f} {med / base:>7.1f}x")
    del found


if __name__ == "__main__":
    main()
