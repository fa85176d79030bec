"""Backups: online copies while in use, rotation, checks before a restore, the round trip, the
start-up health check, and the ``backup`` / ``restore`` / ``check`` commands."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from merchant_refunds.cli import main as cli_main
from merchant_refunds.cli.inputs import PIN_ENV
from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.errors import PermissionDenied, StorageError
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import audit, backup, orders, refund_requests, users
from merchant_refunds.storage import backups, migrations
from merchant_refunds.storage import models as m
from merchant_refunds.storage.db import close_database, open_database
from tests.crash_worker import money_problems, seed_shop
from tests.factories import tea_order
from tests.tamper import sql

ROOT = Path(__file__).resolve().parents[2]
V1_FILE = Path(__file__).parents[1] / "data" / "schema_v1.sqlite3"


def _refund(actor: users.Actor, order_no: str) -> str:
    orders.create_order(actor, tea_order(order_no))
    request = refund_requests.RefundRequest(order_no, Selection({1: 1}), ReasonCode.QUALITY_PROBLEM)
    return refund_requests.request_refund(actor, request).refund_no


def _refund_nos() -> list[str]:
    return sorted(r.refund_no for r in m.Refund.select(m.Refund.refund_no))


# rotation


def _fake_auto(db_path: Path, at: datetime) -> Path:
    folder = db_path.parent / "backups"
    folder.mkdir(exist_ok=True)
    path = folder / backups.backup_name(db_path, backups.AUTO_LABEL, at)
    path.write_bytes(b"x")
    return path


def test_rotation_keeps_7_daily_4_weekly_12_monthly_and_never_manual_copies(
    tmp_path: Path,
) -> None:
    db_path = tmp_path / "shop.sqlite3"
    start = datetime(2026, 11, 26, 18, 0)
    # Two backups a day (start and close) for two years.
    for day in range(730):
        for hour in (9, 18):
            _fake_auto(db_path, start.replace(hour=hour) - timedelta(days=day))
    kept_manual = tmp_path / "backups" / backups.backup_name(db_path, "manual", start)
    kept_manual.write_bytes(b"x")

    removed = backups.rotate(db_path)

    left = backups.list_backups(db_path)
    autos = sorted((b.taken_at for b in left if b.label == "auto"), reverse=True)
    assert kept_manual.exists()
    assert len(removed) == 730 * 2 - len(autos)
    days = [start - timedelta(days=d) for d in range(7)]
    assert autos[:7] == days
    weeks = {a.isocalendar()[:2] for a in autos}
    months = {(a.year, a.month) for a in autos}
    assert len(weeks) >= 4 and len(months) == 12
    assert min(autos) >= datetime(2025, 12, 1)
    # Newest of each bucket: never two backups of one day.
    assert len({a.date() for a in autos}) == len(autos)
    assert len(autos) <= 7 + 4 + 12
    # Rotating again removes nothing.
    assert backups.rotate(db_path) == []


def test_rotation_limits_are_settings(tmp_path: Path) -> None:
    db_path = tmp_path / "shop.sqlite3"
    for day in range(10):
        _fake_auto(db_path, datetime(2026, 11, 26, 12) - timedelta(days=day))
    backups.rotate(db_path, backups.Retention(daily=2, weekly=0, monthly=0))
    assert [b.taken_at.day for b in backups.list_backups(db_path)] == [26, 25]


# round trip


def test_round_trip_restore_brings_back_the_data_and_keeps_the_current_file(
    db_path: Path, owner: users.Actor, clerk: users.Actor
) -> None:
    first = _refund(clerk, "BK1")
    taken = backup.back_up_now(clerk, db_path)
    assert taken.parent == db_path.parent / "backups"
    assert backups.integrity_problems(taken) == []
    later = _refund(clerk, "BK2")
    assert _refund_nos() == sorted([first, later])

    result = backup.restore_backup(owner, db_path, taken)

    assert _refund_nos() == [first]
    assert orders.count_orders() == 1
    assert audit.verify_chain().ok
    restore_events = audit.events_for("database", str(db_path))
    assert [e.action for e in restore_events][-1] == "database.restore"
    assert result.kept_as is not None and result.kept_as.exists()
    con = sqlite3.connect(result.kept_as)
    try:
        kept = sorted(r[0] for r in con.execute("SELECT refund_no FROM refund"))
    finally:
        con.close()
    assert kept == sorted([first, later])


def test_only_the_owner_restores(db_path: Path, owner: users.Actor, clerk: users.Actor) -> None:
    taken = backup.back_up_now(owner, db_path)
    with pytest.raises(PermissionDenied):
        backup.restore_backup(clerk, db_path, taken)
    assert len(backups.list_backups(db_path)) == 1


@pytest.mark.parametrize("kind", ["damaged", "too_new", "foreign", "missing", "itself"])
def test_restore_checks_the_file_first_and_changes_nothing(
    db_path: Path, owner: users.Actor, clerk: users.Actor, tmp_path: Path, kind: str
) -> None:
    refund_no = _refund(clerk, "BK1")
    bad = tmp_path / "bad.sqlite3"
    if kind == "damaged":
        good = backup.back_up_now(owner, db_path)
        data = bytearray(good.read_bytes())
        page = 4096
        for offset in range(2 * page, len(data), page):
            data[offset : offset + 200] = b"\xff" * 200
        bad.write_bytes(bytes(data))
        code = "backup_damaged"
    elif kind == "too_new":
        backups.copy_database(db_path, bad)
        con = sqlite3.connect(bad)
        con.execute(
            "UPDATE setting SET value = ? WHERE key = 'schema_version'",
            (str(migrations.SCHEMA_VERSION + 1),),
        )
        con.commit()
        con.close()
        code = "backup_too_new"
    elif kind == "foreign":
        con = sqlite3.connect(bad)
        con.execute("CREATE TABLE notes (x)")
        con.commit()
        con.close()
        code = "backup_not_ours"
    elif kind == "missing":
        code = "backup_missing"
    else:
        bad = db_path
        code = "restore_onto_itself"
    before = len(backups.list_backups(db_path))
    with pytest.raises(StorageError) as caught:
        backup.restore_backup(owner, db_path, bad)
    assert caught.value.code == code
    assert _refund_nos() == [refund_no]
    assert len(backups.list_backups(db_path)) == before


def test_restoring_an_old_schema_upgrades_it(
    db_path: Path, owner: users.Actor, tmp_path: Path
) -> None:
    old = tmp_path / "v1.sqlite3"
    shutil.copyfile(V1_FILE, old)
    assert backup.check_backup(old) == 1
    result = backup.restore_backup(owner, db_path, old)
    assert result.schema_version == 1
    assert migrations.read_version(m.database.obj) == migrations.SCHEMA_VERSION
    assert orders.count_orders() == 2


# health


def test_health_check_finds_a_broken_audit_chain(db_path: Path, clerk: users.Actor) -> None:
    _refund(clerk, "BK1")
    assert backup.health_check(db_path).ok
    sql("UPDATE audit_event SET user_name = ? WHERE id = ?", "mallory", 2)
    report = backup.health_check(db_path)
    assert not report.ok and "audit trail broken at event 2" in report.problems[0]


@pytest.mark.tampers
def test_health_check_finds_damaged_pages(db_path: Path, clerk: users.Actor) -> None:
    for i in range(30):
        orders.create_order(clerk, tea_order(f"HC{i:03d}"))
    close_database()
    con = sqlite3.connect(db_path)
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'order_line'").fetchone()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    data = bytearray(db_path.read_bytes())
    start = (root[0] - 1) * 4096
    data[start + 8 : start + 4096] = b"\x07" * (4096 - 8)
    db_path.write_bytes(bytes(data))
    assert backups.integrity_problems(db_path)
    try:
        open_database(db_path)
    except StorageError as exc:
        assert exc.code == "db_corrupt"
    else:
        assert not backup.health_check(db_path).ok


def test_quick_check_is_used_on_large_files(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    real = backups._integrity

    def spy(con: sqlite3.Connection, *, quick: bool) -> list[str]:
        seen.append(quick)
        return real(con, quick=quick)

    monkeypatch.setattr(backups, "_integrity", spy)
    backup.health_check(db_path)
    monkeypatch.setattr(backups, "QUICK_CHECK_BYTES", 10)
    backup.health_check(db_path)
    assert seen == [False, True]


# while another process writes


def _start_worker(db_path: Path, seed: int, operations: int = 1_000_000) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.crash_worker", str(db_path), str(seed), str(operations)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    return proc


@pytest.mark.slow
def test_restore_of_a_backup_taken_while_refunds_were_being_written(tmp_path: Path) -> None:
    db_path = tmp_path / "shop.sqlite3"
    seed_shop(str(db_path), 30)
    worker = _start_worker(db_path, seed=11)
    taken: list[Path] = []
    try:
        time.sleep(0.5)
        for _ in range(4):
            taken.append(backups.make_backup(db_path, "while-writing"))
            time.sleep(0.3)
    finally:
        worker.kill()
        worker.communicate(timeout=30)
    counts = []
    for path in taken:
        assert backups.integrity_problems(path) == []
        open_database(path)
        try:
            assert audit.verify_chain().ok
            assert money_problems() == []
            counts.append(m.AuditEvent.select().count())
        finally:
            close_database()
    assert counts == sorted(counts) and counts[-1] > counts[0], counts

    open_database(db_path)
    boss = users.get_actor("boss")
    result = backup.restore_backup(boss, db_path, taken[-1])
    assert result.kept_as is not None
    assert backups.integrity_problems(db_path) == []
    assert audit.verify_chain().ok
    assert money_problems() == []
    assert m.Refund.select().count() > 0
    # The restored file takes new work.
    open_order = next(
        o for o in m.Order.select() if orders.get_order(o.order_no).refundable["total_left"]
    )
    request = refund_requests.RefundRequest(
        open_order.order_no, Selection(everything_left=True), ReasonCode.QUALITY_PROBLEM
    )
    refund_requests.request_refund(boss, request)
    assert audit.verify_chain().ok and money_problems() == []
    close_database()


# command line


def test_cli_backup_restore_and_check(
    db_path: Path,
    owner: users.Actor,
    clerk: users.Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    first = _refund(clerk, "BK1")
    close_database()
    target = tmp_path / "usb" / "shop-copy.sqlite3"
    monkeypatch.setenv(PIN_ENV, "1234")
    db = ["--db", str(db_path)]
    assert cli_main.main(["backup", *db, "--user", "boss", "--to", str(target)]) == 0
    assert cli_main.main(["backup", *db, "--user", "boss"]) == 0
    assert len(backups.list_backups(db_path)) == 1
    open_database(db_path)
    _refund(clerk, "BK2")
    close_database()
    monkeypatch.setenv(PIN_ENV, "5678")
    assert cli_main.main(["restore", str(target), *db, "--user", "amy"]) == 3
    monkeypatch.setenv(PIN_ENV, "1234")
    capsys.readouterr()
    assert cli_main.main(["restore", str(target), *db, "--user", "boss", "--json"]) == 0
    assert str(target) in capsys.readouterr().out
    assert cli_main.main(["check", *db]) == 0
    open_database(db_path)
    assert _refund_nos() == [first]
    close_database()
    assert cli_main.main(["restore", str(tmp_path / "nope.sqlite3"), *db, "--user", "boss"]) == 5


def test_cli_restores_a_database_too_damaged_to_open(
    db_path: Path, owner: users.Actor, clerk: users.Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _refund(clerk, "BK1")
    good = backup.back_up_now(owner, db_path)
    close_database()
    db_path.write_bytes(b"garbage, not a database " * 500)
    Path(f"{db_path}-wal").unlink(missing_ok=True)
    assert cli_main.main(["check", "--db", str(db_path)]) == 5
    monkeypatch.setenv(PIN_ENV, "1234")
    assert cli_main.main(["restore", str(good), "--db", str(db_path), "--user", "boss"]) == 0
    open_database(db_path)
    assert _refund_nos() == [first]
    # The damaged bytes are kept for a specialist, but never offered as a backup.
    assert [b.label for b in backups.list_backups(db_path)] == ["manual"]
    (kept,) = (db_path.parent / "backups").glob("*-damaged-*.damaged")
    assert kept.read_bytes().startswith(b"garbage")
    assert audit.events_for("database", str(db_path))[-1].action == "database.recover"
