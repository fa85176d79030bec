"""Import benchmark for a platform export (issue 14): a JD (京东) file, rows per second and peak
memory, as ``bench_import.py`` measures Shopify's.

Writes a GBK JD export of whole orders of three product rows each (``="…"`` order numbers, the
order's figures repeated on every row, four kinds of discount, shipping, a JD-balance part), then
times the preview, the import (one transaction) into a fresh SQLite database and an unchanged
re-preview. Each size runs in its own process so each peak resident memory is its own. Prints
figures; asserts nothing; not a test::

    python3 benchmarks/bench_import_jd.py                 # 50,000 and 200,000 lines
    python3 benchmarks/bench_import_jd.py --lines 20000   # one size
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _peak_mib() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


HEADERS = [
    "订单号",
    "商品ID",
    "商品名称",
    "订购数量",
    "支付方式",
    "下单时间",
    "京东价",
    "余额支付",
    "应付金额",
    "订单状态",
    "客户姓名",
    "联系电话",
    "运费金额",
    "付款确认时间",
    "商家SKUID",
    "出库时间",
    "订单完成时间",
    "商家优惠金额",
    "京东优惠金额",
    "优惠券金额",
    "满减金额",
    "退款金额",
]


def write_jd_bulk(path: Path, lines: int) -> Path:
    """Orders of three rows: 12.50 x 1, 2, 3 = 75.00, shipping 5.00, discounts 2+1+1+1, of
    which 70.00 paid on JD and 5.00 from the balance; ``lines`` rounded up to a multiple of 3."""
    with path.open("w", encoding="gbk", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(HEADERS)
        for n in range(-(-lines // 3)):
            order = [f'="3{n:011d}"', "完成", "王芳", "13900000001", "5.00"]
            for pos in range(3):
                writer.writerow(
                    [
                        order[0],
                        f"{100000 + pos}",
                        f"商品 {pos}",
                        str(pos + 1),
                        "在线支付",
                        "2026-11-20 10:00:00",
                        "12.50",
                        "5.00",
                        "70.00",
                        order[1],
                        order[2],
                        order[3],
                        order[4],
                        "2026-11-20 10:01:00",
                        f"SKU-{pos}",
                        "2026-11-21 09:00:00",
                        "2026-11-23 18:00:00",
                        "2.00",
                        "1.00",
                        "1.00",
                        "1.00",
                        "0.00",
                    ]
                )
    return path


def run_one(lines: int) -> dict[str, float]:
    from merchant_refunds.imports.run import import_file, preview_file
    from merchant_refunds.services import users
    from merchant_refunds.storage.db import close_database, open_database

    with tempfile.TemporaryDirectory() as folder:
        path = write_jd_bulk(Path(folder) / "jd_orders.csv", lines)
        open_database(Path(folder) / "bench.sqlite3", create=True)
        owner = users.create_user(None, "boss", "owner", "1234", "Boss")
        base = _peak_mib()
        start = time.perf_counter()
        report = preview_file(path)
        preview_s = time.perf_counter() - start
        start = time.perf_counter()
        done = import_file(owner, path)
        import_s = time.perf_counter() - start
        start = time.perf_counter()
        again = preview_file(path)
        reimport_s = time.perf_counter() - start
        assert report.format == "jd" and report.new == done.new == again.unchanged
        close_database()
        return {
            "lines": lines,
            "orders": done.new,
            "file_mib": round(path.stat().st_size / (1 << 20), 1),
            "preview_rows_per_s": round(lines / preview_s),
            "import_rows_per_s": round(lines / import_s),
            "preview_again_rows_per_s": round(lines / reimport_s),
            "peak_rss_mib": round(_peak_mib(), 1),
            "rss_before_mib": round(base, 1),
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, action="append", help="file size(s) in lines")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one)))
        return
    for lines in args.lines or [50_000, 200_000]:
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(lines)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        figures = json.loads(out.strip().splitlines()[-1])
        print(
            f"{figures['lines']:>8} lines ({figures['orders']} orders, {figures['file_mib']} MiB): "
            f"preview {figures['preview_rows_per_s']:,} rows/s, "
            f"import {figures['import_rows_per_s']:,} rows/s, "
            f"unchanged re-preview {figures['preview_again_rows_per_s']:,} rows/s, "
            f"peak RSS {figures['peak_rss_mib']} MiB (before {figures['rss_before_mib']} MiB)"
        )


if __name__ == "__main__":
    main()
