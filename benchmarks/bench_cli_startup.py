"""CLI start-up (issue 16): ``merchant-refunds --help`` and ``orders show`` beside
``python -c "import peewee"``, each a fresh process, measured in the same run. Prints figures;
asserts nothing; not a test.

    python3 benchmarks/bench_cli_startup.py --db bench-data/orders.sqlite3 --runs 21

The commands run in turn (baseline, --help, orders show, baseline, …), so a change of load on
the machine touches all of them alike. Each figure is the wall time from just before the
process is started to its exit, and the CPU time (user + system) the child used, which a busy
machine disturbs less. As an installed copy has it, the children cache their bytecode (in a
scratch folder, since this VM may set ``PYTHONDONTWRITEBYTECODE``); one untimed round fills it.
With ``--modules`` it also lists the heavy packages each command imported.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HEAVY = ("reportlab", "PIL", "PySide6", "openpyxl", "xlsxwriter", "psycopg2", "babel")

SHOW_MODULES = """\
import runpy, sys
sys.argv = ["merchant-refunds", *sys.argv[1:]]
try:
    runpy.run_module("merchant_refunds", run_name="__main__")
except SystemExit:
    pass
heavy = sorted({{m.split(".")[0] for m in sys.modules}} & set({heavy!r}))
print("loaded:", ", ".join(heavy) or "none", file=sys.stderr)
"""


def run_once(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall ms, child CPU ms) of one process run to its exit."""
    started = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = (time.perf_counter() - started) * 1000
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read() if proc.stderr else b""
    if proc.stderr:
        proc.stderr.close()
    if proc.returncode != 0:
        raise SystemExit(f"{argv} failed ({proc.returncode}): {err.decode(errors='replace')}")
    return wall, (usage.ru_utime + usage.ru_stime) * 1000


def some_order(db: Path) -> str:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        row = conn.execute('SELECT order_no FROM "order" ORDER BY id LIMIT 1 OFFSET 7').fetchone()
    if row is None:
        raise SystemExit(f"{db} has no orders")
    return str(row[0])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("bench-data/orders.sqlite3"))
    parser.add_argument("--runs", type=int, default=21, help="runs of each command (21)")
    parser.add_argument("--modules", action="store_true", help="list heavy packages imported")
    args = parser.parse_args(argv)
    if not args.db.exists():
        print(f"No database at {args.db}", file=sys.stderr)
        return 2
    python = sys.executable
    script = shutil.which("merchant-refunds", path=str(Path(python).parent))
    if script is None:
        print("merchant-refunds is not installed beside this Python", file=sys.stderr)
        return 2
    order_no = some_order(args.db)
    cache = tempfile.mkdtemp(prefix="bench-cli-pycache-")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = cache
    commands = {
        'python -c "import peewee"': [python, "-c", "import peewee"],
        "python -c pass": [python, "-c", "pass"],
        "merchant-refunds --help": [script, "--help"],
        "merchant-refunds orders show": [script, "--db", str(args.db), "orders", "show", order_no],
    }
    load_before = os.getloadavg()[0]
    try:
        for command in commands.values():  # fills the bytecode cache
            run_once(command, env)
        walls: dict[str, list[float]] = {name: [] for name in commands}
        cpus: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, command in commands.items():
                wall, cpu = run_once(command, env)
                walls[name].append(wall)
                cpus[name].append(cpu)
        if args.modules:
            for name, command in list(commands.items())[2:]:
                code = SHOW_MODULES.format(heavy=HEAVY)
                done = subprocess.run(
                    [python, "-c", code, *command[1:]], env=env, capture_output=True, text=True
                )
                print(f"{name}: {done.stderr.strip().splitlines()[-1]}")
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    print(
        f"load average (1 min) before {load_before:.2f}, after {os.getloadavg()[0]:.2f};"
        f" {args.runs} runs each, {os.cpu_count()} CPUs"
    )
    base = 'python -c "import peewee"'
    print(
        f"{'command':<32} {'wall min':>9} {'median':>8} {'ratio':>6}"
        f" {'cpu min':>9} {'median':>8} {'ratio':>6}"
    )
    for name in commands:
        w, c = walls[name], cpus[name]
        wall_ratio = statistics.median(w) / statistics.median(walls[base])
        cpu_ratio = statistics.median(c) / statistics.median(cpus[base])
        print(
            f"{name:<32} {min(w):9.1f} {statistics.median(w):8.1f} {wall_ratio:5.2f}x"
            f" {min(c):9.1f} {statistics.median(c):8.1f} {cpu_ratio:5.2f}x"
        )
    print("times in ms; ratio = median / median of the peewee baseline (target: at most 2x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
