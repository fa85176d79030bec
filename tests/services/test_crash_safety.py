"""Power cut simulation: a counter doing refund work is killed with SIGKILL at random moments,
many times over; afterwards the file is intact, every money invariant holds and the audit chain
is unbroken (each write and its audit event commit together or not at all)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from merchant_refunds.services import audit, backup
from merchant_refunds.storage import backups
from merchant_refunds.storage import models as m
from merchant_refunds.storage.db import close_database, open_database
from tests.crash_worker import money_problems, seed_shop

ROOT = Path(__file__).resolve().parents[2]
KILLS = 20
MIN_OPERATIONS = 300

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")


def _events(db_path: Path) -> int:
    open_database(db_path)
    try:
        return m.AuditEvent.select().count()
    finally:
        close_database()


def _check(db_path: Path) -> None:
    assert backups.integrity_problems(db_path, quick=False) == []
    open_database(db_path)
    try:
        report = audit.verify_chain()
        assert report.ok, report
        assert money_problems() == []
    finally:
        close_database()


@pytest.mark.slow
def test_sigkill_at_random_moments_never_breaks_the_money(tmp_path: Path) -> None:
    db_path = tmp_path / "shop.sqlite3"
    seed_shop(str(db_path), 40)
    start_events = _events(db_path)
    rng = random.Random(20261126)
    for kill in range(KILLS):
        worker = subprocess.Popen(
            [sys.executable, "-m", "tests.crash_worker", str(db_path), str(kill), "100000"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert worker.stdout is not None
        assert worker.stdout.readline().strip() == "ready"
        # Long enough on a loaded 2-core machine for several audited writes per life, short
        # enough that most kills land in the middle of one.
        time.sleep(rng.uniform(0.1, 0.9))
        os.kill(worker.pid, signal.SIGKILL)
        worker.communicate(timeout=30)
        assert worker.returncode == -signal.SIGKILL
        # Cheap check after each kill; the full one (integrity, chain, money) every fifth.
        if kill % 5 == 4:
            _check(db_path)
        else:
            assert backups.integrity_problems(db_path, quick=True) == []
    _check(db_path)
    done = _events(db_path) - start_events
    assert done >= MIN_OPERATIONS, f"only {done} audited writes: the kills came too early"
    open_database(db_path)
    try:
        # Every kind of step ran: requests, approvals, payouts, confirmations, cancels.
        statuses = {r.status for r in m.Refund.select(m.Refund.status)}
        assert {"completed", "cancelled", "rejected"} <= statuses
        assert m.Payout.select().where(m.Payout.status == "received").exists()
        assert backup.health_check(db_path).ok
    finally:
        close_database()
