"""Hostile import files (issue 12): how long and how much memory before each is refused.

Each file is tried in its own process (``python benchmarks/bench_hostile_import.py --one KIND``)
so that the peak RSS is that file's own: a 6 MB XLSX zip bomb (~3.7 GB inflated), an XLSX whose
sheet declares 4 KiB but inflates to 200 MB, a CSV with a 10 MB line, and a CSV with 100,000
columns. ``--unbounded`` also opens the bomb the way the importer did before its checks (openpyxl
in read-only mode, then the first row), which takes tens of seconds and gigabytes: run it on a
machine with memory to spare.

    python3 benchmarks/bench_hostile_import.py [--unbounded]
"""

from __future__ import annotations

import argparse
import json
import resource
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--one", choices=sorted(KINDS), help=argparse.SUPPRESS)
    parser.add_argument("--raw", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--unbounded", action="store_true", help="also time the old way")
    args = parser.parse_args()
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
