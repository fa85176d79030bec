"""Attacks on restore and on the backups' anchors: no PIN, a wrong PIN, a clerk; a damaged live
file (the PIN is then checked against the backup's users); a backup whose trail was edited; a
second process that has the database open and saves; an old backup copied over the live file by
hand; leftovers of an interrupted copy."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import sys
from pathlib import Path

import pytest

from merchant_refunds.cli import main as cli_main
from merchant_refunds.cli.inputs import PIN_ENV
from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.errors import PermissionDenied, Refused, StorageError
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import audit, backup, orders, refund_requests, users
from merchant_refunds.storage import backups, presence
from merchant_refunds.storage import models as m
from merchant_refunds.storage.db import close_database, open_database
from tests import holder_worker
from tests.crash_worker import seed_shop
from tests.factories import tea_order
from tests.tamper import unguard


def _refund(actor: users.Actor, order_no: str) -> str:
    orders.create_order(actor, tea_order(order_no))
    request = refund_requests.RefundRequest(order_no, Selection({1: 1}), ReasonCode.QUALITY_PROBLEM)
    return refund_requests.request_refund(actor, request).refund_no


def _refund_nos(db_path: Path) -> list[str]:
    con = sqlite3.connect(db_path)
    try:
        return sorted(r[0] for r in con.execute("SELECT refund_no FROM refund"))
    finally:
        con.close()


def _fingerprint(db_path: Path) -> tuple[list[str], int]:
    con = sqlite3.connect(db_path)
    try:
        events = con.execute("SELECT count(*) FROM audit_event").fetchone()[0]
    finally:
        con.close()
    return _refund_nos(db_path), events


# who may restore


@pytest.mark.parametrize(
    ("user", "pin", "code"),
    [(None, None, 2), ("boss", None, 2), ("boss", "9999", 3), ("amy", "5678", 3)],
)
def test_cli_restore_needs_an_owner_and_the_right_pin(
    db_path: Path,
    owner: users.Actor,
    clerk: users.Actor,
    monkeypatch: pytest.MonkeyPatch,
    user: str | None,
    pin: str | None,
    code: int,
) -> None:
    _refund(clerk, "R1")
    taken = backup.back_up_now(owner, db_path)
    _refund(clerk, "R2")
    close_database()
    before = _fingerprint(db_path)
    monkeypatch.delenv("MERCHANT_REFUNDS_USER", raising=False)
    if pin is None:
        monkeypatch.delenv(PIN_ENV, raising=False)
    else:
        monkeypatch.setenv(PIN_ENV, pin)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    args = ["restore", str(taken), "--db", str(db_path)] + (["--user", user] if user else [])
    assert cli_main.main(args) == code
    refunds_now, events = _fingerprint(db_path)
    assert refunds_now == before[0]
    # A sign-in is itself recorded (the guess counted, then the wrong PIN or the sign-in of a
    # clerk who may not restore); nothing else changed.
    assert events - before[1] == (2 if pin else 0)
    assert [b.label for b in backups.list_backups(db_path)] == ["manual"]


def _damage(db_path: Path) -> bytes:
    close_database()
    garbage = b"garbage, not a database " * 500
    db_path.write_bytes(garbage)
    Path(f"{db_path}-wal").unlink(missing_ok=True)
    return garbage


def test_recovering_a_damaged_database_checks_the_pin_against_the_backups_users(
    db_path: Path,
    owner: users.Actor,
    clerk: users.Actor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = _refund(clerk, "R1")
    good = backup.back_up_now(owner, db_path)
    # After the backup the owner's PIN changed; the damaged file is unreadable, so only the PIN
    # the backup knows opens it.
    users.reset_pin(owner, "boss", "4321")
    garbage = _damage(db_path)
    db = ["--db", str(db_path)]
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    monkeypatch.delenv(PIN_ENV, raising=False)
    assert cli_main.main(["restore", str(good), *db]) == 2
    assert cli_main.main(["restore", str(good), *db, "--user", "boss"]) == 2
    for user, pin in [("boss", "4321"), ("amy", "5678"), ("mallory", "1234")]:
        monkeypatch.setenv(PIN_ENV, pin)
        assert cli_main.main(["restore", str(good), *db, "--user", user]) in (3, 4)
    assert db_path.read_bytes() == garbage
    assert [b.label for b in backups.list_backups(db_path)] == ["manual"]

    monkeypatch.setenv(PIN_ENV, "1234")
    assert cli_main.main(["restore", str(good), *db, "--user", "boss"]) == 0
    open_database(db_path)
    assert sorted(r.refund_no for r in m.Refund.select()) == [first]
    event = audit.events_for("database", str(db_path))[-1]
    assert (event.action, event.user_name) == ("database.recover", "boss")
    (kept,) = (db_path.parent / "backups").glob("*-damaged-*.damaged")
    assert kept.read_bytes() == garbage


def test_recovery_service_refuses_a_clerk_of_the_backup(
    db_path: Path, owner: users.Actor, clerk: users.Actor
) -> None:
    good = backup.back_up_now(owner, db_path)
    garbage = _damage(db_path)
    with pytest.raises(PermissionDenied):
        backup.recover_from_backup(db_path, good, "amy", "5678")
    with pytest.raises(PermissionDenied):
        backup.recover_from_backup(db_path, good, "boss", "0000")
    assert db_path.read_bytes() == garbage


# the backup's own trail


def test_a_backup_whose_trail_was_edited_is_not_restored(
    db_path: Path, owner: users.Actor, clerk: users.Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    refund_no = _refund(clerk, "R1")
    edited = backup.back_up_now(owner, db_path)
    con = sqlite3.connect(edited)
    unguard(con)
    con.execute("UPDATE refund SET total = total * 10")
    con.execute("UPDATE audit_event SET after_json = replace(after_json, '\"total\"', '\"t\"')")
    con.commit()
    con.close()
    report = backup.verify_backup_trail(edited)
    assert not report.ok and report.broken_event_id is not None
    with pytest.raises(StorageError) as caught:
        backup.restore_backup(owner, db_path, edited)
    assert caught.value.code == "backup_trail_broken"
    assert f"broken at event {report.broken_event_id}" in caught.value.message
    assert [r.refund_no for r in m.Refund.select()] == [refund_no]
    assert backup.newest_good_backup(db_path) is None
    close_database()
    monkeypatch.setenv(PIN_ENV, "1234")
    assert cli_main.main(["restore", str(edited), "--db", str(db_path), "--user", "boss"]) == 5


# another process has the database open


def test_restore_is_refused_while_another_process_has_the_database_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path = tmp_path / "shop.sqlite3"
    seed_shop(str(db_path), 6)
    open_database(db_path)
    boss = users.authenticate("boss", "1234")
    taken = backup.back_up_now(boss, db_path)
    holder = holder_worker.start(db_path)
    try:
        saved = [holder_worker.save(holder)]
        close_database()
        monkeypatch.setenv(PIN_ENV, "1234")
        capsys.readouterr()
        restore = ["restore", str(taken), "--db", str(db_path), "--user", "boss"]
        assert cli_main.main(restore) == 3
        assert f"process {holder.pid}" in capsys.readouterr().err
        open_database(db_path)
        with pytest.raises(Refused) as caught:
            backup.restore_backup(boss, db_path, taken)
        assert caught.value.code == "db_in_use"
        text = caught.value.message
        assert f"amy on {os.uname().nodename}" in text and "gui" in text
        assert f"process {holder.pid}" in text
        # The other window goes on saving, and is told so; nothing it saved is lost.
        saved.append(holder_worker.save(holder))
        assert sorted(r.refund_no for r in m.Refund.select()) == sorted(saved)
        assert [b.label for b in backups.list_backups(db_path)] == ["manual"]
    finally:
        assert holder_worker.stop(holder) == 0
    assert presence.holders(db_path) == []

    result = backup.restore_backup(boss, db_path, taken)

    assert m.Refund.select().count() == 0
    assert m.database.obj.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert backups.integrity_problems(db_path, quick=False) == []
    assert audit.verify_chain().ok
    assert result.kept_as is not None and _refund_nos(result.kept_as) == sorted(saved)
    close_database()
    # Another connection sees the restored file (the WAL was written through, not deleted).
    assert _refund_nos(db_path) == []


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")
def test_a_crashed_process_does_not_block_a_restore(tmp_path: Path) -> None:
    db_path = tmp_path / "shop.sqlite3"
    seed_shop(str(db_path), 3)
    open_database(db_path)
    boss = users.authenticate("boss", "1234")
    taken = backup.back_up_now(boss, db_path)
    holder = holder_worker.start(db_path)
    saved = holder_worker.save(holder)
    os.kill(holder.pid, signal.SIGKILL)
    holder.communicate(timeout=30)
    folder = presence.sessions_dir(db_path)
    assert any(p.name.endswith(f"-{holder.pid}.json") for p in folder.iterdir())

    result = backup.restore_backup(boss, db_path, taken)

    assert not any(p.name.endswith(f"-{holder.pid}.json") for p in folder.iterdir())
    assert result.kept_as is not None and _refund_nos(result.kept_as) == [saved]
    close_database()


def test_a_backup_with_another_page_size_is_written_into_the_wal_file(
    db_path: Path, owner: users.Actor, clerk: users.Actor, tmp_path: Path
) -> None:
    first = _refund(clerk, "R1")
    taken = backup.back_up_now(owner, db_path)
    small = tmp_path / "small-pages.sqlite3"
    con = sqlite3.connect(taken)
    con.execute("PRAGMA page_size = 1024")
    con.execute("VACUUM INTO ?", (str(small),))
    con.close()
    con = sqlite3.connect(small)
    assert con.execute("PRAGMA page_size").fetchone()[0] == 1024
    con.close()
    _refund(clerk, "R2")

    backup.restore_backup(owner, db_path, small)

    assert [r.refund_no for r in m.Refund.select()] == [first]
    assert m.database.obj.execute_sql("PRAGMA page_size").fetchone()[0] == 4096
    assert m.database.obj.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert backups.integrity_problems(db_path, quick=False) == []
    assert not list(tmp_path.glob(".*.restoring"))


# anchors


def test_an_old_backup_copied_over_the_live_file_fails_the_check(
    db_path: Path,
    owner: users.Actor,
    clerk: users.Actor,
    capsys: pytest.CaptureFixture[str],
) -> None:
    first = _refund(clerk, "R1")
    old = backup.back_up_now(owner, db_path)
    undone = _refund(clerk, "R2")
    newest = backup.back_up_now(owner, db_path)
    head = json.loads(backups.manifest_path(newest).read_text(encoding="utf-8"))
    # The head the copy ends at: the event before the backup's own "database.backup" event.
    assert audit.events_for("database", str(db_path))[-1].id == head["event_id"] + 1
    close_database()
    db = ["--db", str(db_path)]
    assert cli_main.main(["check", *db]) == 0
    # By hand, with the program closed: the refund R2 disappears.
    shutil.copyfile(old, db_path)
    Path(f"{db_path}-wal").unlink(missing_ok=True)
    Path(f"{db_path}-shm").unlink(missing_ok=True)
    assert undone not in _refund_nos(db_path)
    capsys.readouterr()
    assert cli_main.main(["check", *db]) == 5
    err = capsys.readouterr().err
    assert newest.name in err and head["code"] in err and "not contain" in err

    # The same undoing through the app is recorded, and the check accepts it.
    shutil.copyfile(newest, db_path)
    open_database(db_path)
    assert backup.health_check(db_path).ok
    result = backup.restore_backup(owner, db_path, old)
    assert result.replaced_head is not None and result.backup_head is not None
    assert _refund_nos(db_path) == [first]
    assert backup.anchor_problems(db_path) == []
    close_database()
    assert cli_main.main(["check", *db]) == 0
    # The anchor is also in the backup itself, not only beside it.
    backups.manifest_path(newest).unlink()
    assert backup.backup_head(newest) == audit.ChainHead(head["event_id"], head["hash"])


def test_audit_head_prints_the_head_and_its_anchor_code(
    db_path: Path, owner: users.Actor, capsys: pytest.CaptureFixture[str]
) -> None:
    head = audit.chain_head()
    assert head is not None
    close_database()
    capsys.readouterr()
    assert cli_main.main(["audit", "head", "--db", str(db_path)]) == 0
    assert f"Anchor code: {head.code}" in capsys.readouterr().out
    assert cli_main.main(["audit", "head", "--db", str(db_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == head.to_dict()


# odds and ends


def test_leftovers_of_an_interrupted_copy_are_removed_at_the_next_start(
    db_path: Path, owner: users.Actor
) -> None:
    real = backup.back_up_now(owner, db_path)
    close_database()
    folder = db_path.parent / "backups"
    leftovers = [
        folder / f".{real.name}.partial",
        folder / f".{real.name}.partial-journal",
        db_path.parent / f".{db_path.name}.restoring",
    ]
    for path in leftovers:
        path.write_bytes(b"half a copy")
    open_database(db_path)
    assert not any(path.exists() for path in leftovers)
    assert real.exists() and backups.manifest_path(real).exists()
    assert [b.path for b in backups.list_backups(db_path)] == [real]


def test_restore_on_a_postgresql_url_says_how_to_restore_a_server(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = "postgresql://shop:secret@127.0.0.1:1/shop"
    assert cli_main.main(["restore", str(tmp_path / "x.dump"), "--db", url, "--user", "b"]) == 2
    err = capsys.readouterr().err
    assert "PostgreSQL server" in err and "pg_restore" in err and "secret" not in err
