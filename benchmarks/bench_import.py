"""Import benchmark (issue 6): rows per second and peak memory for Shopify-style files.

Generates a Shopify "Export orders" CSV (three line rows per order, a code discount, shipping),
then times the preview (parse + compare, read-only) and the import (one transaction) into a fresh
SQLite database. Each size runs in its own process so the peak resident memory (ru_maxrss) is
that size's own; memory flat in file size means the 50k and 200k figures are close. Prints
figures; asserts nothing; not a test::

    python3 benchmarks/bench_import.py                 # 50,000 and 200,000 lines
    python3 benchmarks/bench_import.py --lines 20000   # one size
"""

from __future__ import annotations

import argparse
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


def run_one(lines: int) -> dict[str, float]:
    from merchant_refunds.imports.run import import_file, preview_file
    from merchant_refunds.services import users
    from merchant_refunds.storage.db import close_database, open_database
    from tests.import_samples import write_shopify_bulk

    with tempfile.TemporaryDirectory() as folder:
        path = write_shopify_bulk(Path(folder) / "orders_export.csv", lines)
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
        assert report.new == done.new == again.unchanged
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
