"""Export speed and memory over many refunds, beside bare loops in the same run (prints figures).

The database is made by ``open_database`` (the real schema) and filled with raw ``sqlite3``
inserts: N refunds on N/2 orders, each refund with one line, half of them paid. Each measurement
runs in a fresh subprocess so ``ru_maxrss`` is that run's peak:

- ``bare-csv``: sqlite3 cursor over the same join, ``csv.writer`` of the raw tuples;
- ``csv``: ``exports.run.export_file`` (refunds, human headers, amounts, neutralising);
- ``bare-xlsx``: the same rows through ``xlsxwriter`` constant-memory ``write_row``;
- ``xlsx``: ``export_file`` as XLSX (typed numbers, dates, formats).

Usage::

    python3 benchmarks/bench_exports.py --refunds 50000
    nice -n 10 python3 benchmarks/bench_exports.py --refunds 1000000
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

BARE_SQL = (
    "SELECT r.refund_no, o.order_no, r.status, r.reason_code, r.requested_at, r.approved_at, "
    "r.paid_at, r.completed_at, o.customer_name, r.currency, r.total, r.refunded_gross, "
    "r.shipping, r.restocking_fee, r.return_shipping, r.cross_border_fee, "
    "r.cross_border_fee_bearer, r.payout_currency, r.payout_amount, r.fx_rate, "
    "r.destination_method, r.destination_account, r.destination_holder, r.destination_bank, "
    'u.name, r.note FROM refund r JOIN "order" o ON r.order_id = o.id '
    "JOIN user u ON r.requested_by_id = u.id ORDER BY r.id"
)


def generate(path: Path, refunds: int) -> None:
    from merchant_refunds.services import users
    from merchant_refunds.storage.db import close_database, open_database

    open_database(path, create=True)
    users.create_user(None, "boss", "owner", "8264")
    close_database()
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=wal")
    con.execute("PRAGMA synchronous=off")
    start = datetime(2026, 1, 1, 8, 0)
    orders = max(1, refunds // 2)
    with con:
        con.executemany(
            'INSERT INTO "order" (id, order_no, source, status, currency, placed_at, presale, '
            "customer_name, customer_phone, customer_email, customer_country, payment_method, "
            "payment_reference, payer_account, shipping_fee, total_paid, note, created_at) "
            "VALUES (?, ?, 'manual', 'delivered', 'CNY', ?, 0, ?, '', '', 'CN', 'alipay', '', "
            "'', 0, ?, '', ?)",
            (
                (
                    i,
                    f"MR{i:09d}",
                    str(start + timedelta(minutes=i)),
                    f"客户{i % 997}",
                    20000 + i % 5000,
                    str(start),
                )
                for i in range(1, orders + 1)
            ),
        )
        con.executemany(
            "INSERT INTO order_line (id, order_id, line_no, sku, name, category, quantity, "
            "unit_price, line_discount, order_discount_share, tax_rate, final_sale) "
            "VALUES (?, ?, 1, ?, '龙井茶 250g', 'tea', 2, 10000, 0, 0, '0.13', 0)",
            ((i, i, f"TEA-{i % 50:03d}") for i in range(1, orders + 1)),
        )

        def refund_rows():
            for i in range(1, refunds + 1):
                t = start + timedelta(minutes=i)
                paid = i % 2 == 0
                total = 5000 + i % 3000
                yield (
                    i,
                    f"RF{i:010d}",
                    (i - 1) % orders + 1,
                    "completed" if paid else "requested",
                    "no_reason",
                    "=备注" if i % 1000 == 0 else "",
                    "original_route",
                    "CNY",
                    total,
                    total,
                    "CNY",
                    total,
                    "{}",
                    1,
                    str(t),
                    str(t + timedelta(hours=3)) if paid else None,
                    str(t + timedelta(days=1)) if paid else None,
                    str(t + timedelta(days=3)) if paid else None,
                    str(t),
                )

        con.executemany(
            "INSERT INTO refund (id, refund_no, order_id, status, reason_code, note, goods_return, "
            "destination_method, destination_account, destination_holder, destination_bank, "
            "currency, total, refunded_gross, shipping, restocking_fee, return_shipping, "
            "cross_border_fee, cross_border_fee_bearer, payout_currency, payout_amount, "
            "quote_json, findings_json, override_reason, second_approval_required, "
            "signature_required, requested_by_id, requested_at, approved_at, paid_at, "
            "completed_at, rejection_reason, cancel_reason, updated_at) VALUES "
            "(?, ?, ?, ?, ?, ?, 0, ?, '', '', '', ?, ?, ?, 0, 0, 0, 0, 'merchant', ?, ?, ?, '[]', "
            "'', 0, 0, ?, ?, ?, ?, ?, '', '', ?)",
            refund_rows(),
        )
    con.close()


def run_one(kind: str, db: Path, out: Path) -> dict[str, float]:
    """One measurement in this (fresh) process."""
    began = time.perf_counter()
    if kind == "bare-csv":
        con = sqlite3.connect(db)
        with out.open("w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f)
            rows = 0
            cur = con.execute(BARE_SQL)
            while batch := cur.fetchmany(5000):
                writer.writerows(batch)
                rows += len(batch)
    elif kind == "bare-xlsx":
        import xlsxwriter

        con = sqlite3.connect(db)
        book = xlsxwriter.Workbook(str(out), {"constant_memory": True})
        sheet = book.add_worksheet()
        rows = 0
        cur = con.execute(BARE_SQL)
        while batch := cur.fetchmany(5000):
            for r in batch:
                rows += 1
                sheet.write_row(rows, 0, r)
        book.close()
    else:
        from merchant_refunds.exports.run import export_file
        from merchant_refunds.services import users
        from merchant_refunds.services.reporting import ExportFilter
        from merchant_refunds.storage.db import open_database

        open_database(db, create=False)
        actor = users.get_actor("boss")
        began = time.perf_counter()
        result = export_file(actor, "refunds", ExportFilter(), out, fmt=kind, with_totals=False)
        rows = result.rows
    seconds = time.perf_counter() - began
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"rows": rows, "seconds": seconds, "rows_per_s": rows / seconds, "peak_mb": peak_mb}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--refunds", type=int, default=50_000)
    parser.add_argument("--one", nargs=3, metavar=("KIND", "DB", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        kind, db, out = args.one
        print(json.dumps(run_one(kind, Path(db), Path(out))))
        return
    with tempfile.TemporaryDirectory(prefix="bench-exports-") as tmp:
        db = Path(tmp) / "refunds.sqlite3"
        began = time.perf_counter()
        generate(db, args.refunds)
        print(f"generated {args.refunds:,} refunds in {time.perf_counter() - began:.1f} s")
        results = {}
        for kind in ("bare-csv", "csv", "bare-xlsx", "xlsx"):
            suffix = "xlsx" if kind.endswith("xlsx") else "csv"
            out = Path(tmp) / f"{kind}.{suffix}"
            done = subprocess.run(
                [sys.executable, __file__, "--one", kind, str(db), str(out)],
                check=True,
                capture_output=True,
                text=True,
            )
            results[kind] = json.loads(done.stdout)
            r = results[kind]
            size = out.stat().st_size / 2**20
            print(
                f"{kind:10} {r['rows']:>9,} rows {r['seconds']:7.2f} s "
                f"{r['rows_per_s']:>10,.0f} rows/s  peak RSS {r['peak_mb']:6.0f} MB  "
                f"file {size:6.1f} MB"
            )
            out.unlink()
        for ours, bare in (("csv", "bare-csv"), ("xlsx", "bare-xlsx")):
            ratio = results[ours]["seconds"] / results[bare]["seconds"]
            print(f"{ours}: {ratio:.2f}x the time of {bare}")


if __name__ == "__main__":
    main()
