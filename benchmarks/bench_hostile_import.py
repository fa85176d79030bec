"""Hostile import files (issue 12): how long and how much memory before each is refused.

Each file is tried in its own process (``python benchmarks/bench_hostile_import.py --one KIND``)
so that the peak RSS is that file's own: a 6 MB XLSX zip bomb (~3.7 GB inflated), an XLSX whose
sheet declares 4 KiB but inflates to 200 MB, a CSV with a 10 MB line, and a CSV with 100,000
columns. ``--unbounded`` also opens the bomb the way the importer did before its checks (openpyxl
in read-only mode, then the first row), which takes tens of seconds and gigabytes: run it on a
machine with memory to spare.

``--honest ROWS[,ROWS…]`` (issue 16) times honest workbooks instead: an Excel-like order sheet
of 20 columns (shared strings, numbers, dates; written by xlsxwriter) read to the end by
``open_table`` as it is now (calamine after the sheet scan), by ``open_table`` forced onto
openpyxl (the reader before issue 16), and by bare python-calamine (``iter_rows`` only: the
floor), each in its own process, ``--repeat`` times, interleaved.

    python3 benchmarks/bench_hostile_import.py [--unbounded]
    python3 benchmarks/bench_hostile_import.py --honest 50000,140000 --repeat 3
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from merchant_refunds.domain.errors import InvalidInput  # noqa: E402
from merchant_refunds.imports.reading import open_table  # noqa: E402
from tests.hostile_files import lying_zip, zip_bomb  # noqa: E402


def peak_mib() -> float:
    """This process's peak RSS. On Linux from VmHWM, which starts afresh at exec: ru_maxrss keeps
    the high-water mark of the process that forked this one (the benchmark's own)."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1 << 20) if sys.platform == "darwin" else peak / 1024


def _bomb(folder: Path) -> Path:
    return zip_bomb(folder / "bomb.xlsx", megabytes=6)[0]


def _lie(folder: Path) -> Path:
    return lying_zip(folder / "lie.xlsx", inflated=200 << 20)


def _long_line(folder: Path) -> Path:
    path = folder / "long.csv"
    path.write_bytes(b"order_no,total\n" + b"x" * (10 << 20) + b"\n")
    return path


def _wide(folder: Path) -> Path:
    path = folder / "wide.csv"
    path.write_bytes(b"order_no,total\n" + b"1," * 100_000 + b"\n")
    return path


KINDS: dict[str, Callable[[Path], Path]] = {
    "xlsx zip bomb, 6 MB": _bomb,
    "xlsx declaring 4 KiB, inflating 200 MB": _lie,
    "csv with a 10 MB line": _long_line,
    "csv with 100,000 columns": _wide,
}


def _unbounded(path: Path) -> str:
    """What the importer did before: openpyxl opens the workbook and reads the first row."""
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=False)
        next(book.worksheets[0].iter_rows(values_only=True))
        return "accepted"
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"[:120]


def _refuse(path: Path) -> str:
    """The importer now: open the file and read it to the end (or its refusal)."""
    try:
        table = open_table(path)
        try:
            for _ in table.rows:
                pass
        finally:
            table.close()
        return "accepted"
    except InvalidInput as exc:
        return exc.message[:120]


def one(kind: str, unbounded: bool) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as folder:
        path = KINDS[kind](Path(folder))
        size = path.stat().st_size
        start = time.perf_counter()
        outcome = (_unbounded if unbounded else _refuse)(path)
        seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak_mib = peak / (1 << 20) if sys.platform == "darwin" else peak / 1024
    return {
        "kind": kind + (" (unbounded, as before)" if unbounded else ""),
        "file_mib": round(size / (1 << 20), 1),
        "seconds": round(seconds, 3),
        "peak_rss_mib": round(peak_mib),
        "outcome": outcome,
    }


def _honest_book(path: Path, rows: int) -> Path:
    """An order sheet as a spreadsheet program saves it: shared strings, numbers, dates."""
    from datetime import datetime, timedelta

    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    dated = book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
    heads = ["order_no", "placed_at", "status", "customer", "phone", "email", "country"]
    heads += ["sku", "item", "quantity", "unit_price", "discount", "shipping", "total"]
    heads += ["currency", "payment", "reference", "address", "city", "note"]
    sheet.write_row(0, 0, heads)
    start = datetime(2026, 1, 1, 8)
    for i in range(1, rows + 1):
        sheet.write_row(
            i,
            0,
            [
                f"SO{i:08d}",
                None,
                "paid",
                f"客户{i % 997}",
                f"138{i:08d}",
                f"c{i % 5000}@example.com",
                "CN",
                f"TEA-{i % 50:03d}",
                "龙井茶 250g",
                1 + i % 3,
                88.5,
                0,
                10,
                98.5 + i % 3 * 88.5,
                "CNY",
                "alipay",
                f"2026{i:012d}",
                f"{i % 300}号 文一路",
                "杭州",
                "" if i % 7 else "请尽快发货",
            ],
        )
        sheet.write_datetime(i, 1, start + timedelta(minutes=i), dated)
    book.close()
    return path


def honest(kind: str, path: Path) -> dict[str, object]:
    """Read ``path`` to its end the ``kind`` way, in this (fresh) process."""
    from merchant_refunds.imports import reading

    start = time.perf_counter()
    rows = 0
    if kind == "bare calamine":
        import python_calamine

        sheet = python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0)
        for _ in sheet.iter_rows():
            rows += 1
    else:
        if kind == "openpyxl (before)":
            reading.MAX_FAST_CELLS = 0
        table = open_table(path)
        for _ in table.rows:
            rows += 1
        table.close()
    seconds = time.perf_counter() - start
    return {"rows": rows, "seconds": seconds, "peak_mib": peak_mib()}


HONEST = ("bare calamine", "open_table (calamine)", "openpyxl (before)")


def main_honest(sizes: list[int], repeat: int) -> None:
    print("load before:", Path("/proc/loadavg").read_text().split()[:3])
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            path = _honest_book(Path(folder) / f"orders-{size}.xlsx", size)
            runs: dict[str, list[dict]] = {kind: [] for kind in HONEST}
            for _ in range(repeat):
                for kind in HONEST:
                    command = [sys.executable, __file__, "--read", kind, str(path)]
                    done = subprocess.run(command, capture_output=True, text=True, check=True)
                    runs[kind].append(json.loads(done.stdout))
            mib = path.stat().st_size / (1 << 20)
            print(f"\n{size:,} rows x 20 columns, {mib:.1f} MiB")
            print("| reader | min s | median s | x bare calamine (min / median) | peak RSS MiB |")
            print("|---|---:|---:|---:|---:|")
            for kind in HONEST:
                times = [r["seconds"] for r in runs[kind]]
                ratios = [
                    r["seconds"] / b["seconds"]
                    for r, b in zip(runs[kind], runs["bare calamine"], strict=True)
                ]
                print(
                    f"| {kind} | {min(times):.2f} | {statistics.median(times):.2f} "
                    f"| {min(ratios):.2f} / {statistics.median(ratios):.2f} "
                    f"| {max(r['peak_mib'] for r in runs[kind]):.0f} |"
                )
    print("load after:", Path("/proc/loadavg").read_text().split()[:3])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--one", choices=sorted(KINDS), help=argparse.SUPPRESS)
    parser.add_argument("--raw", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--unbounded", action="store_true", help="also time the old way")
    parser.add_argument("--honest", help="honest workbooks of these row counts (issue 16)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each reader (--honest)")
    parser.add_argument("--read", nargs=2, metavar=("KIND", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.read:
        print(json.dumps(honest(args.read[0], Path(args.read[1]))))
        return
    if args.honest:
        main_honest([int(n) for n in args.honest.split(",")], args.repeat)
        return
    if args.one:
        print(json.dumps(one(args.one, args.raw)))
        return
    runs = [(kind, False) for kind in KINDS]
    if args.unbounded:
        runs.append(("xlsx zip bomb, 6 MB", True))
    print("| file | size | refused after | peak RSS | message |")
    print("|---|---:|---:|---:|---|")
    for kind, raw in runs:
        command = [sys.executable, __file__, "--one", kind] + (["--raw"] if raw else [])
        done = subprocess.run(command, capture_output=True, text=True, check=True)
        figures = json.loads(done.stdout)
        print(
            f"| {figures['kind']} | {figures['file_mib']} MiB | {figures['seconds']} s "
            f"| {figures['peak_rss_mib']} MiB | {figures['outcome']} |"
        )


if __name__ == "__main__":
    main()
