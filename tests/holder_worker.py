"""A second counter for the restore tests: a process that keeps the shop's database open, saves
a refund each time it reads ``save`` on standard input and answers ``saved REFUND_NO``, and closes
the database and ends on ``quit``.

Run: ``python -m tests.holder_worker DB_PATH``; prints ``ready`` once the database is open.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import database, refund_requests, users
from merchant_refunds.storage import models as m

ROOT = Path(__file__).resolve().parents[1]


def start(db_path: Path) -> subprocess.Popen[str]:
    """The worker, started and waited for until it has the database open."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.holder_worker", str(db_path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    return proc


def save(proc: subprocess.Popen[str]) -> str:
    """Ask the worker to save a refund; its number once the worker was told it is saved."""
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write("save\n")
    proc.stdin.flush()
    word, refund_no = proc.stdout.readline().split()
    assert word == "saved"
    return refund_no


def stop(proc: subprocess.Popen[str]) -> int:
    """Let the worker close the database and end; its exit code."""
    assert proc.stdin is not None
    proc.stdin.write("quit\n")
    proc.stdin.flush()
    proc.communicate(timeout=30)
    return proc.returncode


def run(db_path: str) -> int:
    database.note_program("gui")
    database.open_database(db_path)
    amy = users.authenticate("amy", "5678")
    database.note_signed_in(amy.name)
    order_nos = [o.order_no for o in m.Order.select(m.Order.order_no).order_by(m.Order.id)]
    print("ready", flush=True)
    for line in sys.stdin:
        if line.strip() == "quit":
            break
        order_no = order_nos.pop()
        request = refund_requests.RefundRequest(
            order_no, Selection(everything_left=True), ReasonCode.QUALITY_PROBLEM
        )
        print(f"saved {refund_requests.request_refund(amy, request).refund_no}", flush=True)
    database.close_database()
    return 0


if __name__ == "__main__":
    raise SystemExit(run(sys.argv[1]))
