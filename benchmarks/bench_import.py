"""Import benchmark (issues 6 and 16): rows per second and peak memory, beside a bare baseline.

Two kinds of file, each of ``--lines`` line rows (three lines per order):

- ``shopify``: a Shopify "Export orders" CSV (a code discount, shipping);
- ``taobao``: Taobao/Tmall's own pair, the order list and the line list (GBK, ``="…"`` numbers).

For each it times the preview (parse and compare, read-only), the import (one transaction into a
fresh SQLite database) and a second preview of the unchanged file(s). The *baseline* is the
least the same machine must do for the same file in the same run: ``csv.reader`` over the
file(s), then ``executemany`` of the orders and their lines into the application's own schema
(same tables, indexes and search triggers), in one transaction, with no checks at all. Every
measurement runs in its own process, so its peak resident memory (ru_maxrss) is its own, and the
kinds are interleaved round by round so a busy machine slows both alike. Files of 4 MiB and more
are read in a second process (``imports.parse_process``): the import's CPU time counts both
processes, and the reading process's peak memory is printed beside the importing one's. Prints
figures (min and median of the rounds, the ratio of the medians, the load average); asserts
nothing; not a test::

    python3 benchmarks/bench_import.py                       # 200,000 lines, 3 rounds
    python3 benchmarks/bench_import.py --lines 50000 --rounds 5 --kind shopify
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

KINDS = ("shopify", "taobao")


def _peak_mib(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident memory of this process (or of its largest child: the reading process)."""
    peak = resource.getrusage(who).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _cpu() -> float:
    """CPU seconds of this process and of its children that have ended (a large file is read
    in a second process, ``imports.parse_process``, which has ended when the import returns)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def _write(kind: str, folder: Path, lines: int) -> list[Path]:
    from tests.import_samples import write_shopify_bulk, write_taobao_pair_bulk

    if kind == "shopify":
        return [write_shopify_bulk(folder / "orders_export.csv", lines)]
    return list(write_taobao_pair_bulk(folder, lines))


def _schema(path: Path) -> None:
    from merchant_refunds.services import users
    from merchant_refunds.storage.db import close_database, open_database

    open_database(path, create=True)
    users.create_user(None, "boss", "owner", "1234", "Boss")
    close_database()


def _baseline_rows(kind: str, files: list[Path]):
    """(order tuple or None, line tuple) per line row, straight from csv.reader."""
    if kind == "shopify":
        with files[0].open(encoding="utf-8", newline="") as f:
            rows = csv.reader(f)
            head = {h: i for i, h in enumerate(next(rows))}
            name, qty, price, sku, item = (
                head[h]
                for h in (
                    "Name",
                    "Lineitem quantity",
                    "Lineitem price",
                    "Lineitem sku",
                    "Lineitem name",
                )
            )
            total, buyer, created = head["Total"], head["Billing Name"], head["Created at"]
            last = None
            for r in rows:
                order = None
                if r[name] != last:
                    last = r[name]
                    order = (r[name], r[buyer], r[created], r[total])
                yield order, (r[sku], r[item], r[qty], r[price])
        return
    with (
        files[0].open(encoding="gb18030", newline="") as fo,
        files[1].open(encoding="gb18030", newline="") as fl,
    ):
        orders, lines = csv.reader(fo), csv.reader(fl)
        oh = {h: i for i, h in enumerate(next(orders))}
        lh = {h: i for i, h in enumerate(next(lines))}
        o_no, o_buyer, o_at, o_paid = (
            oh[h] for h in ("订单编号", "收货人姓名", "订单创建时间", "买家实际支付金额")
        )
        l_no, l_sku, l_title, l_qty, l_price = (
            lh[h] for h in ("订单编号", "商家编码", "标题", "购买数量", "价格")
        )
        current = None
        for r in lines:
            order = None
            if current is None or r[l_no] != current[0]:
                o = next(orders)
                current = (o[o_no], o[o_buyer], o[o_at], o[o_paid])
                order = current
            yield order, (r[l_sku], r[l_title], r[l_qty], r[l_price])


def _cents(text: str) -> int:
    whole, _, frac = text.partition(".")
    return int(whole + frac.ljust(2, "0"))


def run_baseline(kind: str, lines: int) -> dict[str, float]:
    """csv.reader + executemany into the same schema: the floor the import is compared with."""
    with tempfile.TemporaryDirectory() as folder:
        files = _write(kind, Path(folder), lines)
        db_path = Path(folder) / "bench.sqlite3"
        _schema(db_path)
        conn = sqlite3.connect(db_path, isolation_level=None)
        conn.execute("PRAGMA foreign_keys = ON")
        order_sql = (
            'INSERT INTO "order" (id, order_no, source, status, currency, placed_at, presale, '
            "customer_name, customer_phone, customer_email, customer_country, payment_method, "
            "payment_reference, payer_account, shipping_fee, total_paid, note, created_at) "
            "VALUES (?, ?, 'bench', 'paid', 'CNY', ?, 0, ?, '', '', 'CN', 'other', '', '', 0, ?, "
            "'', ?)"
        )
        line_sql = (
            "INSERT INTO order_line (order_id, line_no, sku, name, category, quantity, "
            "unit_price, line_discount, order_discount_share, tax_rate, final_sale) "
            "VALUES (?, ?, ?, ?, '', ?, ?, 0, 0, '0', 0)"
        )
        start, cpu = time.perf_counter(), time.process_time()
        conn.execute("BEGIN IMMEDIATE")
        order_rows, line_rows = [], []
        order_id, line_no, count = 0, 0, 0
        for order, (sku, name, qty, price) in _baseline_rows(kind, files):
            count += 1
            if order is not None:
                order_id += 1
                line_no = 0
                no, buyer, at, total = order
                order_rows.append((order_id, no, at, buyer, _cents(total), at))
            line_no += 1
            line_rows.append((order_id, line_no, sku, name, int(qty), _cents(price)))
            if len(line_rows) >= 1500:
                conn.executemany(order_sql, order_rows)
                conn.executemany(line_sql, line_rows)
                order_rows, line_rows = [], []
        conn.executemany(order_sql, order_rows)
        conn.executemany(line_sql, line_rows)
        conn.execute("COMMIT")
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        conn.close()
        return {
            "kind": f"baseline-{kind}",
            "lines": count,
            "orders": order_id,
            "import_rows_per_s": round(count / seconds),
            "import_rows_per_cpu_s": round(count / cpu),
            "peak_rss_mib": round(_peak_mib(), 1),
        }


def run_one(kind: str, lines: int) -> dict[str, float]:
    from merchant_refunds.imports.run import import_file, preview_file
    from merchant_refunds.services import users
    from merchant_refunds.storage.db import close_database, open_database

    with tempfile.TemporaryDirectory() as folder:
        files = _write(kind, Path(folder), lines)
        given = files[0] if len(files) == 1 else files
        open_database(Path(folder) / "bench.sqlite3", create=True)
        owner = users.create_user(None, "boss", "owner", "1234", "Boss")
        base = _peak_mib()
        start = time.perf_counter()
        report = preview_file(given)
        preview_s = time.perf_counter() - start
        start, cpu = time.perf_counter(), _cpu()
        done = import_file(owner, given)
        import_s, import_cpu = time.perf_counter() - start, _cpu() - cpu
        start = time.perf_counter()
        again = preview_file(given)
        reimport_s = time.perf_counter() - start
        assert report.new == done.new == again.unchanged
        close_database()
        return {
            "kind": kind,
            "lines": lines,
            "orders": done.new,
            "file_mib": round(sum(p.stat().st_size for p in files) / (1 << 20), 1),
            "preview_rows_per_s": round(lines / preview_s),
            "import_rows_per_s": round(lines / import_s),
            "import_rows_per_cpu_s": round(lines / import_cpu),
            "preview_again_rows_per_s": round(lines / reimport_s),
            "peak_rss_mib": round(_peak_mib(), 1),
            "rss_before_mib": round(base, 1),
            "reader_peak_rss_mib": round(_peak_mib(resource.RUSAGE_CHILDREN), 1),
        }


def _spawn(*args: str) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, *args], check=True, capture_output=True, text=True
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, action="append", help="file size(s) in lines")
    parser.add_argument("--rounds", type=int, default=3, help="repeats of every measurement")
    parser.add_argument("--kind", choices=KINDS, action="append", help="file kind(s)")
    parser.add_argument("--no-baseline", action="store_true", help="skip the bare baseline")
    parser.add_argument("--one", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--baseline", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one[0], int(args.one[1]))))
        return
    if args.baseline:
        print(json.dumps(run_baseline(args.baseline[0], int(args.baseline[1]))))
        return
    print(f"load average before: {_load()} ({os.cpu_count()} cores)")
    for lines in args.lines or [200_000]:
        for kind in args.kind or KINDS:
            app, bare = [], []
            for _ in range(args.rounds):
                if not args.no_baseline:
                    bare.append(_spawn("--baseline", kind, str(lines)))
                app.append(_spawn("--one", kind, str(lines)))
            rates = [f["import_rows_per_s"] for f in app]
            last = app[-1]
            print(
                f"{kind:8} {lines:>8} lines ({last['orders']} orders, {last['file_mib']} MiB), "
                f"{args.rounds} rounds: import min {min(rates):,} / median "
                f"{statistics.median(rates):,.0f} rows/s (per CPU second: median "
                f"{statistics.median(f['import_rows_per_cpu_s'] for f in app):,.0f}); "
                f"preview median "
                f"{statistics.median(f['preview_rows_per_s'] for f in app):,.0f}; unchanged "
                f"re-preview median "
                f"{statistics.median(f['preview_again_rows_per_s'] for f in app):,.0f}; "
                f"peak RSS {max(f['peak_rss_mib'] for f in app)} MiB "
                f"(before {last['rss_before_mib']} MiB), reading process "
                f"{max(f['reader_peak_rss_mib'] for f in app)} MiB"
            )
            if bare:
                floor = [f["import_rows_per_s"] for f in bare]
                ratio = statistics.median(rates) / statistics.median(floor)
                print(
                    f"{'':8} baseline csv.reader + executemany: min {min(floor):,} / median "
                    f"{statistics.median(floor):,.0f} rows/s (per CPU second: median "
                    f"{statistics.median(f['import_rows_per_cpu_s'] for f in bare):,.0f}); "
                    f"import / baseline = {ratio:.2f} "
                    f"(35,000 rows/s at the issue's 50,000 baseline is 0.70)"
                )
            print(f"{'':8} load average now: {_load()}")


if __name__ == "__main__":
    main()
