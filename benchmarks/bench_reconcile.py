"""Statement reconciliation at scale: a 100,000-row Alipay statement against 1,000,000 orders.

Setup (not timed): the generated million-order database is COPIED (the shared file is never
written), then ``--payouts`` refunds are added to its Alipay orders, each paid by one payout sent
in November 2026, with the ``refund.request`` event the trail needs for each (chained and keyed
with the shop key, as the program writes them, so every refund agrees with its trail). A
statement of ``--rows`` rows is written in Alipay's own shape (GBK, ``#`` lines, tab-padded
numbers): payments, refunds found by the payout's reference, by the order number, by amount and
date alone, and refunds with no payout here; the rest of the payouts are missing from it.

Timed, each in a fresh copy of the prepared database and a fresh process:

- ``read``: ``imports.statements.read_statement`` (decode, parse, exact amounts);
- ``dry-run``: read + match, nothing written;
- ``reconcile``: read + match + verify the refunds against their trail + mark arrived + events;
- ``again``: the same file once more (idempotent: reports already matched, writes nothing).

Usage::

    MERCHANT_REFUNDS_KEY_DIR=/work/bench-data/keys MERCHANT_REFUNDS_KEY_STORE=file \\
        python3 benchmarks/bench_reconcile.py --source /work/bench-data/orders-1m.sqlite3 --runs 3
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

REFUND_PREFIX = "RB"


def sent_at(i: int) -> datetime:
    """When payout ``i`` was sent: 100,000 of them spread over November 2026."""
    return datetime(2026, 11, 1, 9, 0) + timedelta(seconds=i * 25)


def _fresh(path: Path) -> None:
    for extra in ("", "-wal", "-shm"):
        Path(f"{path}{extra}").unlink(missing_ok=True)


def prepare(source: Path, target: Path, payouts: int) -> dict[str, object]:
    """Copy ``source`` and add ``payouts`` paid refunds on its Alipay orders."""
    from merchant_refunds.services import audit, row_images, users
    from merchant_refunds.storage import import_repo
    from merchant_refunds.storage import models as m
    from merchant_refunds.storage.db import close_database, open_database, write_transaction

    _fresh(target)
    shutil.copyfile(source, target)
    open_database(target)
    boss = users.get_actor("boss")
    if m.User.get_or_none(m.User.name == "kim") is None:
        users.create_user(boss, "kim", "accountant", "6789")
    con = sqlite3.connect(target)
    order_rows = con.execute(
        "SELECT id, order_no, total_paid FROM \"order\" WHERE payment_method = 'alipay' "
        "ORDER BY id LIMIT ?",
        (payouts,),
    ).fetchall()
    con.close()
    now = datetime(2026, 11, 30, 18, 0)
    with write_transaction():
        batch = audit.EventBatch("boss")
        for start in range(0, len(order_rows), 2000):
            part = order_rows[start : start + 2000]
            refunds = []
            payout_rows = []
            for i, (order_id, _order_no, _paid) in enumerate(part, start + 1):
                amount = 1000 + i  # distinct: amount-and-date matching can be unambiguous
                sent = sent_at(i)
                refunds.append(
                    {
                        "refund_no": f"{REFUND_PREFIX}{i:08d}",
                        "order": order_id,
                        "status": "paid",
                        "reason_code": "quality_problem",
                        "destination_method": "original_route",
                        "currency": "CNY",
                        "total": amount,
                        "refunded_gross": amount,
                        "payout_currency": "CNY",
                        "payout_amount": amount,
                        "quote_json": "{}",
                        "requested_by": boss.id,
                        "requested_at": sent - timedelta(hours=2),
                        "approved_at": sent - timedelta(hours=1),
                        "paid_at": sent,
                        "updated_at": sent,
                    }
                )
                payout_rows.append((i, amount, sent))
            m.Refund.insert_many(refunds).execute()
            ids = dict(
                m.Refund.select(m.Refund.refund_no, m.Refund.id)
                .where(m.Refund.refund_no.in_([r["refund_no"] for r in refunds]))
                .tuples()
            )
            m.Payout.insert_many(
                [
                    {
                        "refund": ids[f"{REFUND_PREFIX}{i:08d}"],
                        "seq": 1,
                        "method": "original_route",
                        "amount": amount,
                        "currency": "CNY",
                        "status": "sent",
                        "reference": f"ALI{i:012d}" if i % 4 else "",
                        "created_by": boss.id,
                        "sent_at": sent,
                        "sent_by": boss.id,
                        "expected_from": sent.date(),
                        "expected_to": sent.date() + timedelta(days=1),
                    }
                    for i, amount, sent in payout_rows
                ]
            ).execute()
            images = row_images.refund_images(m.Refund.id.in_(list(ids.values())))
            for refund_no, image in images.items():
                batch.add(
                    "refund.request",
                    "refund",
                    refund_no,
                    None,
                    {"status": "paid"},
                    rows={"refund": {refund_no: image}},
                    at=now,
                )
            import_repo.insert_audit_rows(batch.take())
    close_database()
    con = sqlite3.connect(target)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return {"payouts": len(order_rows), "orders": order_rows}


def write_statement(path: Path, orders: list, rows: int, share: float = 0.9) -> dict[str, int]:
    """An Alipay 账务明细 of ``rows`` rows: payments, then ``share`` of them refunds: by reference
    (3 in 4 with a payout reference), by order number, by amount and date, and 1 in 20 (and any
    beyond the payouts) with no payout here."""
    counts = {"payments": 0, "by_reference": 0, "by_order": 0, "by_amount": 0, "foreign": 0}
    lines = [
        "#支付宝账务明细查询",
        "#账号：[20880123456789010156]",
        "#起始日期：[2026-11-01 00:00:00]   终止日期：[2026-12-01 00:00:00]",
        "#-----------------------------------------账务明细列表----------------------------------",
        "账务流水号,业务流水号,商户订单号,商品名称,发生时间,对方账号,收入金额（+元）,"
        "支出金额（-元）,账户余额（元）,交易渠道,业务类型,备注",
    ]
    refunds = round(rows * share)
    for n in range(rows - refunds):
        lines.append(
            f"2026110{n % 9 + 1}{n:012d}\t,2026110122001{n:08d}\t,PAY{n:09d}\t,商品,"
            f'2026-11-0{n % 9 + 1} 10:00:00,buyer@example.com,"1,288.00",,"10,288.00",'
            "支付宝,在线支付,"
        )
        counts["payments"] += 1
    for j in range(refunds):
        i = j + 1
        if j >= len(orders) or j % 20 == 19:  # no payout here
            ref, order_no, amount = f"X{j:015d}", f"ELSEWHERE{j}", 999_999 + j
            counts["foreign"] += 1
        else:
            order_no = orders[j][1]
            amount = 1000 + i
            if i % 4:
                ref, order_no = f"ALI{i:012d}", ""
                counts["by_reference"] += 1
            elif i % 8:
                ref = f"2026112622001{i:08d}"
                counts["by_order"] += 1
            else:
                ref, order_no = f"2026112622001{i:08d}", ""
                counts["by_amount"] += 1
        sent = sent_at(i)
        on = min(sent + timedelta(hours=20), datetime(2026, 11, 30, 23, 0))
        lines.append(
            f"2026112{j % 9}{j:012d}\t,{ref}\t,{order_no}\t,退款,{on:%Y-%m-%d %H:%M:%S},"
            f'buyer@example.com,,-{amount // 100}.{amount % 100:02d},"9,000.00",支付宝,'
            "交易退款,"
        )
    lines += [
        "#-----------------------------------------账务明细列表结束-------------------------------",
        "#导出时间：[2026-12-02 08:00:00]",
    ]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))
    return counts


def measure(kind: str, db: Path, statement: Path) -> dict[str, object]:
    """One timed run in this process (called in a child)."""
    from merchant_refunds.imports.statements import read_statement
    from merchant_refunds.services import users
    from merchant_refunds.services.reconciliation import reconcile
    from merchant_refunds.storage.db import close_database, open_database

    open_database(db)
    actor = users.get_actor("kim")
    began, cpu = time.perf_counter(), time.process_time()
    parsed = read_statement(statement)
    read_s = time.perf_counter() - began
    out: dict[str, object] = {"read_s": read_s, "rows": parsed.rows_read}
    if kind != "read":
        report = reconcile(actor, parsed, dry_run=kind == "dry-run")
        d = report.to_dict()
        out.update(
            arrived=d["arrived"],
            already_matched=d["already_matched"],
            unmatched=len(d["unmatched"]),
            missing=len(d["missing"]),
            completed=d["completed_refunds"],
        )
        if kind == "again-after":  # the first run, then the timed second one
            began, cpu = time.perf_counter(), time.process_time()
            again = reconcile(actor, read_statement(statement))
            out.update(
                again_arrived=again.arrived, again_matched=again.to_dict()["already_matched"]
            )
    out["total_s"] = time.perf_counter() - began
    out["cpu_s"] = time.process_time() - cpu
    out["maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    close_database()
    return out


def child(kind: str, prepared: Path, work: Path, statement: Path) -> dict[str, object]:
    _fresh(work)
    shutil.copyfile(prepared, work)
    proc = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(work), str(statement)],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode:
        raise SystemExit(proc.stderr)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", type=Path, default=Path("/work/bench-data/orders-1m.sqlite3"))
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--payouts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--refund-share",
        type=float,
        default=0.9,
        help="the share of the statement's rows that are refunds (the rest are payments)",
    )
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument(
        "--reuse", action="store_true", help="keep the --workdir's prepared database and statement"
    )
    parser.add_argument(
        "--only", nargs="*", default=["read", "dry-run", "reconcile", "again-after"]
    )
    parser.add_argument("--child", nargs=3, metavar=("KIND", "DB", "STATEMENT"))
    args = parser.parse_args()
    if args.child:
        kind, db, statement = args.child
        print(json.dumps(measure(kind, Path(db), Path(statement))))
        return
    if not os.environ.get("MERCHANT_REFUNDS_KEY_DIR"):
        raise SystemExit("set MERCHANT_REFUNDS_KEY_DIR (and MERCHANT_REFUNDS_KEY_STORE=file)")
    work = args.workdir or Path(tempfile.mkdtemp(prefix="bench-reconcile-"))
    work.mkdir(parents=True, exist_ok=True)
    prepared, copy, statement = work / "prepared.sqlite3", work / "run.sqlite3", work / "alipay.csv"
    began = time.perf_counter()
    if not (args.reuse and prepared.exists() and statement.exists()):
        info = prepare(args.source, prepared, args.payouts)
        counts = write_statement(
            statement,
            info["orders"],  # type: ignore[arg-type]
            args.rows,
            args.refund_share,
        )
        print(
            f"setup {time.perf_counter() - began:.1f} s: {info['payouts']:,} payouts on the "
            f"1M-order copy; statement {args.rows:,} rows {counts}, "
            f"{statement.stat().st_size / 1e6:.1f} MB"
        )
    figures: dict[str, list[dict[str, object]]] = {}
    for kind in args.only:
        figures[kind] = [child(kind, prepared, copy, statement) for _ in range(args.runs)]
        times = sorted(float(r["total_s"]) for r in figures[kind])
        reads = sorted(float(r["read_s"]) for r in figures[kind])
        cpus = sorted(float(r["cpu_s"]) for r in figures[kind])
        last = figures[kind][-1]
        shown = {
            k: v for k, v in last.items() if k not in ("total_s", "read_s", "cpu_s", "maxrss_mb")
        }
        print(
            f"{kind:12s} min {times[0]:6.2f} s  median {statistics.median(times):6.2f} s  "
            f"(cpu min {cpus[0]:.2f} s, read min {reads[0]:.2f} s)  "
            f"peak {float(last['maxrss_mb']):.0f} MB  {shown}"
        )
    print(f"machine load: {os.getloadavg()}")
    _fresh(copy)
    if args.workdir is None:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
