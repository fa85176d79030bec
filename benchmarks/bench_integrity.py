"""Integrity benchmarks (issue 12): the whole-database check against the keyed audit trail, the
per-refund verification that runs before money moves, and what the row images cost the refund
services. Prints figures; asserts nothing; not a test.

Run it on a database made by ``generate_orders.py --refunds N`` (the generator keys the trail
and keeps the shop key in ``bench-data/keys``; this script looks there too)::

    python3 benchmarks/bench_integrity.py --db bench-data/orders.sqlite3

Each full check runs in a fresh process (``--one-check``), so its peak RSS is the check's own and
every run starts with only the OS page cache warm. Part (c) adds a few refunds per run through
the services (they are real, keyed and checked like any other); run it last or with ``--skip-c``.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_orders import AS_OF, CLERK, OWNER, refund_candidates, use_key_dir

from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import (
    audit,
    clock,
    integrity,
    refund_decisions,
    refund_requests,
    row_images,
    users,
)
from merchant_refunds.services.payouts import sending
from merchant_refunds.storage.db import close_database, open_database


def percentile(values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile: the smallest value with ``pct`` % of samples at or below it."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(pct / 100 * len(ordered)) - 1)]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


# --- (a) the whole check, one run in this process --------------------------------------------


class StageClock:
    """Wall time per stage of ``integrity.check``: the chain walk (split into hash checking and
    the replay of each event's row images) and each entity's read-and-compare, found by wrapping
    the functions ``check`` calls through its modules (nothing in the product changes)."""

    def __init__(self) -> None:
        self.times: dict[str, float] = defaultdict(float)
        self.counts: dict[str, int] = defaultdict(int)

    def install(self) -> Callable[[], None]:
        verify_chain, all_images, visit = (
            audit.verify_chain,
            row_images.all_images,
            integrity._Replay.visit,
        )
        stages = self

        def timed_chain(**kwargs: Any) -> audit.ChainReport:
            started = time.perf_counter()
            try:
                return verify_chain(**kwargs)
            finally:
                stages.times["trail walk (total)"] += time.perf_counter() - started

        def timed_visit(replay: Any, event: Any) -> None:
            started = time.perf_counter()
            visit(replay, event)
            stages.times["  of which replaying row images"] += time.perf_counter() - started

        def timed_images(entity: str) -> Iterator[tuple[str, dict[str, Any]]]:
            label = f"compare {entity}"
            started = time.perf_counter()
            for item in all_images(entity):
                stages.counts[label] += 1
                yield item
            stages.times[label] += time.perf_counter() - started

        audit.verify_chain = timed_chain  # type: ignore[assignment]
        row_images.all_images = timed_images  # type: ignore[assignment]
        integrity._Replay.visit = timed_visit  # type: ignore[method-assign]

        def undo() -> None:
            audit.verify_chain = verify_chain  # type: ignore[assignment]
            row_images.all_images = all_images  # type: ignore[assignment]
            integrity._Replay.visit = visit  # type: ignore[method-assign]

        return undo


def one_check(db: Path, profile: Path | None) -> dict[str, Any]:
    """One ``integrity.check`` with the progress callback printing each stage as it goes."""
    open_database(db)
    stages = StageClock()
    undo = stages.install()
    last_stage = [""]
    started = time.perf_counter()

    def progress(stage: str, count: int) -> None:
        if stage != last_stage[0] or count % 100_000 == 0:
            elapsed = time.perf_counter() - started
            print(f"    progress: {stage:<8} {count:>9,}  at {elapsed:6.1f} s", flush=True)
            last_stage[0] = stage

    try:
        if profile is not None:
            import cProfile

            profiler = cProfile.Profile()
            report = profiler.runcall(integrity.check, progress)
            profiler.dump_stats(profile)
        else:
            report = integrity.check(progress)
        total = time.perf_counter() - started
    finally:
        undo()
        close_database()
    accounted = stages.times["trail walk (total)"] + sum(
        t for label, t in stages.times.items() if label.startswith("compare")
    )
    stages.times["rest (gaps, closings)"] = total - accounted
    return {
        "total_s": total,
        "peak_rss_mb": peak_rss_mb(),
        "ok": report.ok,
        "events": report.chain.checked,
        "differences": len(report.differences),
        "problems": report.problems()[:5],
        "stages": dict(stages.times),
        "counts": dict(stages.counts),
    }


def full_checks(db: Path, runs: int, profile: Path | None) -> list[dict[str, Any]]:
    """``runs`` timed checks, then (with ``profile``) one more under cProfile, not counted."""
    results = []
    for run in range(1, runs + 1 + (profile is not None)):
        profiled = run > runs
        print(f"  full check, run {run}/{runs}{' (cProfile)' if profiled else ''}", flush=True)
        command = [sys.executable, __file__, "--db", str(db), "--one-check"]
        if profiled:
            command += ["--profile", str(profile)]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        lines = done.stdout.splitlines()
        for line in lines[:-1]:
            print(line)
        if done.returncode != 0 or not lines:
            print(done.stderr, file=sys.stderr)
            raise SystemExit(f"the check process failed ({done.returncode})")
        r = json.loads(lines[-1])
        if not profiled:
            results.append(r)
        print(
            f"  run {run}: {r['total_s']:.1f} s, peak RSS {r['peak_rss_mb']:.0f} MB,"
            f" ok={r['ok']}, {r['events']:,} events, {r['differences']} differences",
            flush=True,
        )
        for problem in r["problems"]:
            print(f"    problem: {problem}")
    return results


def print_check_summary(results: list[dict[str, Any]]) -> None:
    def line(label: str, values: list[float], unit: str = "s") -> None:
        print(
            f"  {label:<36} min {min(values):8.2f} {unit}   median {statistics.median(values):8.2f}"
            f" {unit}"
        )

    print("\n(a) integrity.check, whole database")
    line("total", [r["total_s"] for r in results])
    line("peak RSS", [r["peak_rss_mb"] for r in results], "MB")
    rank = {"trail": 0, " ": 1, "compare": 2, "rest": 3}
    labels = sorted(
        results[0]["stages"], key=lambda x: next(v for k, v in rank.items() if x.startswith(k))
    )
    for label in labels:
        count = results[0]["counts"].get(label)
        suffix = f" ({count:,})" if count else ""
        line(label + suffix, [r["stages"].get(label, 0.0) for r in results])
    verdict = "met" if statistics.median(r["total_s"] for r in results) < 60 else "MISSED"
    print(f"  target < 60 s: {verdict}")


# --- (b) verify_refund --------------------------------------------------------------------------


def refund_numbers(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [r[0] for r in conn.execute("SELECT refund_no FROM refund ORDER BY id")]
    finally:
        conn.close()


def verify_runs(db: Path, count: int, runs: int, rng: random.Random) -> list[dict[str, float]]:
    numbers = refund_numbers(db)
    events = {}
    conn = sqlite3.connect(db)
    for no, n in conn.execute(
        "SELECT entity_key, count(*) FROM audit_event WHERE entity = 'refund' GROUP BY entity_key"
    ):
        events[no] = n
    conn.close()
    open_database(db)
    results = []
    try:
        for run in range(1, runs + 1):
            sample = rng.sample(numbers, min(count, len(numbers)))
            times = []
            for no in sample:
                started = time.perf_counter_ns()
                integrity.verify_refund(no)
                times.append((time.perf_counter_ns() - started) / 1e6)
            result = {
                "n": len(times),
                "p50": percentile(times, 50),
                "p95": percentile(times, 95),
                "p99": percentile(times, 99),
                "max": max(times),
                "events_per_refund": statistics.mean(events.get(no, 0) for no in sample),
            }
            results.append(result)
            print(
                f"  verify run {run}: n={result['n']} p50 {result['p50']:.2f} ms"
                f"  p95 {result['p95']:.2f} ms  p99 {result['p99']:.2f} ms"
                f"  max {result['max']:.1f} ms"
                f"  ({result['events_per_refund']:.1f} events per refund)",
                flush=True,
            )
    finally:
        close_database()
    return results


def print_verify_summary(results: list[dict[str, float]]) -> None:
    print(f"\n(b) integrity.verify_refund, {results[0]['n']:,} random refunds per run")
    for stat in ("p50", "p95", "p99", "max"):
        values = [r[stat] for r in results]
        print(f"  {stat:<6} min {min(values):7.2f} ms   median {statistics.median(values):7.2f} ms")
    p95 = statistics.median(r["p95"] for r in results)
    print(f"  target p95 < 20 ms: {'met' if p95 < 20 else 'MISSED'}")


# --- (c) what the row images cost the refund services ------------------------------------------


class Costs:
    """Time spent inside the refund service calls on building row images (``image_of``), on
    ``verify_refund`` and on the rest of ``audit.record`` (JSON, HMAC, insert)."""

    def __init__(self) -> None:
        self.image = 0.0
        self.verify = 0.0
        self.record = 0.0

    def install(self) -> Callable[[], None]:
        image_of, verify, record = (
            row_images.image_of,
            integrity.verify_refund,
            audit.record,
        )
        costs = self

        def timed_image(entity: str, key: str) -> Any:
            started = time.perf_counter()
            try:
                return image_of(entity, key)
            finally:
                costs.image += time.perf_counter() - started

        def timed_verify(refund_no: str) -> None:
            started = time.perf_counter()
            try:
                verify(refund_no)
            finally:
                costs.verify += time.perf_counter() - started

        def timed_record(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return record(*args, **kwargs)
            finally:
                costs.record += time.perf_counter() - started

        row_images.image_of = timed_image  # type: ignore[assignment]
        integrity.verify_refund = timed_verify  # type: ignore[assignment]
        audit.record = timed_record  # type: ignore[assignment]

        def undo() -> None:
            row_images.image_of = image_of  # type: ignore[assignment]
            integrity.verify_refund = verify  # type: ignore[assignment]
            audit.record = record  # type: ignore[assignment]

        return undo

    def take(self) -> tuple[float, float, float]:
        values = (self.image * 1000, self.verify * 1000, self.record * 1000)
        self.image = self.verify = self.record = 0.0
        return values


def service_runs(db: Path, count: int, runs: int, rng: random.Random) -> list[dict[str, Any]]:
    """Per run: ``count`` refunds requested by the clerk, approved by the owner, paid."""
    numbers = refund_candidates(db, rng, count * runs)
    conn = sqlite3.connect(db)
    newest = conn.execute("SELECT max(at) FROM audit_event").fetchone()[0]
    conn.close()
    # The clock runs from the day after the newest event (the generator's refunds end after
    # AS_OF), so event times keep going forward and the refunds are the first of their day, as
    # in a shop (the day's number is found among that day's refunds).
    after = datetime.fromisoformat(newest[:19]) + timedelta(days=1)
    begin = max(AS_OF, after.replace(hour=9, minute=0, second=0, microsecond=0))
    wall = datetime.now()
    clock.set_clock(lambda: begin + (datetime.now() - wall))
    open_database(db)
    clerk, owner = users.get_actor(CLERK), users.get_actor(OWNER)
    costs = Costs()
    undo = costs.install()
    results = []
    try:
        for run in range(1, runs + 1):
            samples: dict[str, list[tuple[float, float, float, float]]] = defaultdict(list)
            for order_no in numbers[(run - 1) * count : run * count]:
                request = refund_requests.RefundRequest(
                    order_no=order_no,
                    selection=Selection(lines={1: 1}),
                    reason=ReasonCode.QUALITY_PROBLEM,
                    note="benchmark",
                )
                try:
                    started = time.perf_counter()
                    detail = refund_requests.request_refund(clerk, request)
                    samples["request"].append(
                        ((time.perf_counter() - started) * 1000, *costs.take())
                    )
                    if detail.signature_required:
                        continue
                    no = detail.refund_no
                    steps: list[tuple[str, Callable[[], Any]]] = [
                        ("approve", lambda no=no: refund_decisions.approve(owner, no)),
                        ("pay", lambda no=no: sending.record_payout(owner, no, reference="B")),
                    ]
                    for label, call in steps:
                        started = time.perf_counter()
                        call()
                        samples[label].append(
                            ((time.perf_counter() - started) * 1000, *costs.take())
                        )
                except Exception as exc:  # a benchmark reports, it does not stop
                    costs.take()
                    print(f"  refund on {order_no} failed: {exc}", file=sys.stderr)
            result = {}
            for label, rows in samples.items():
                result[label] = {
                    "n": len(rows),
                    "median": statistics.median(r[0] for r in rows),
                    "p95": percentile([r[0] for r in rows], 95),
                    "image": statistics.median(r[1] for r in rows),
                    "verify": statistics.median(r[2] for r in rows),
                    "record": statistics.median(r[3] for r in rows),
                }
            results.append(result)
            print(
                f"  services run {run}: "
                + "; ".join(
                    f"{k} {v['median']:.2f} ms (images {v['image']:.2f})" for k, v in result.items()
                ),
                flush=True,
            )
    finally:
        undo()
        clock.set_clock(None)
        close_database()
    return results


def print_service_summary(results: list[dict[str, Any]]) -> None:
    print("\n(c) refund services with row images (ms; medians per call, min/median over runs)")
    print(
        f"  {'call':<8} {'n':>4} {'median':>15} {'p95':>15} {'row images':>15}"
        f" {'verify_refund':>15} {'audit.record':>15}"
    )
    for label in results[0]:
        cells = []
        for stat in ("median", "p95", "image", "verify", "record"):
            values = [r[label][stat] for r in results if label in r]
            cells.append(f"{min(values):6.2f}/{statistics.median(values):6.2f}")
        print(f"  {label:<8} {results[0][label]['n']:>4} " + " ".join(f"{c:>15}" for c in cells))


def machine() -> str:
    load = os.getloadavg()
    return (
        f"{platform.system()} {platform.release()} {platform.machine()}, {os.cpu_count()} CPUs,"
        f" Python {platform.python_version()}, SQLite {sqlite3.sqlite_version},"
        f" load {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("bench-data/orders.sqlite3"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--verify", type=int, default=3000, help="refunds verified per run")
    parser.add_argument("--services", type=int, default=100, help="refunds made per run in (c)")
    parser.add_argument("--skip-a", action="store_true", help="skip the full check")
    parser.add_argument("--skip-c", action="store_true", help="skip the service calls")
    parser.add_argument("--profile", type=Path, help="cProfile one more full check into FILE")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--one-check", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if not args.db.exists():
        print(f"{args.db} does not exist; make it with generate_orders.py", file=sys.stderr)
        return 2
    keys = use_key_dir(args.db)
    if args.one_check:
        print(json.dumps(one_check(args.db, args.profile)))
        return 0
    rng = random.Random(args.seed)
    print(f"Integrity benchmark on {args.db} ({args.db.stat().st_size / 1e6:,.0f} MB), keys {keys}")
    print(f"Machine: {machine()}")
    checks = [] if args.skip_a else full_checks(args.db, args.runs, args.profile)
    verifies = verify_runs(args.db, args.verify, args.runs, rng)
    services = [] if args.skip_c else service_runs(args.db, args.services, args.runs, rng)
    if checks:
        print_check_summary(checks)
    print_verify_summary(verifies)
    if services:
        print_service_summary(services)
    print(f"\nMachine at the end: {machine()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
