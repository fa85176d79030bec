"""Schema upgrades: a database saved at schema 1 becomes the same as a fresh one, data intact."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from merchant_refunds.domain.errors import StorageError
from merchant_refunds.services import orders, refund_views
from merchant_refunds.storage import migrations
from merchant_refunds.storage.db import close_database, open_database

V1_FILE = Path(__file__).parents[1] / "data" / "schema_v1.sqlite3"


def _schema(path: Path) -> dict[str, object]:
    con = sqlite3.connect(path)
    try:
        objects = sorted(
            (kind, name, " ".join((sql or "").split()))
            for kind, name, sql in con.execute(
                "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
            )
        )
        columns = {
            name: con.execute(f'PRAGMA table_info("{name}")').fetchall()
            for kind, name, _ in objects
            if kind == "table"
        }
        return {"objects": objects, "columns": columns}
    finally:
        con.close()


def _version(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT value FROM setting WHERE key='schema_version'").fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def v1_copy(tmp_path: Path, fixed_clock: None) -> Path:
    target = tmp_path / "old-shop.sqlite3"
    shutil.copyfile(V1_FILE, target)
    return target


def test_upgrade_from_schema_1_matches_a_fresh_database(v1_copy: Path, tmp_path: Path) -> None:
    assert _version(v1_copy) == "1"
    open_database(v1_copy)
    try:
        assert orders.count_orders() == 2
        assert [o.order_no for o in orders.search_orders("1-0002")] == ["V1-0002"]
        refund = refund_views.list_refunds()[0]
        assert (refund.order_no, refund.status, refund.total) == ("V1-0001", "approved", 11438)
    finally:
        close_database()
    fresh = tmp_path / "fresh.sqlite3"
    open_database(fresh, create=True)
    close_database()
    assert _version(v1_copy) == str(migrations.SCHEMA_VERSION)
    assert _schema(v1_copy) == _schema(fresh)


def test_upgrade_keeps_a_backup_of_the_old_file(v1_copy: Path) -> None:
    open_database(v1_copy)
    close_database()
    backups = list((v1_copy.parent / "backups").glob("*.sqlite3"))
    assert len(backups) == 1
    assert f"before-v{migrations.SCHEMA_VERSION}-from-v1" in backups[0].name
    assert _version(backups[0]) == "1"


def test_a_failing_step_leaves_the_database_at_its_old_version(
    v1_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_step(db: object) -> None:
        migrations.search_index.create(db)  # type: ignore[arg-type]
        raise RuntimeError("power cut in the middle of the upgrade")

    monkeypatch.setitem(migrations.STEPS, 2, broken_step)
    with pytest.raises(RuntimeError):
        open_database(v1_copy)
    close_database()
    assert _version(v1_copy) == "1"
    con = sqlite3.connect(v1_copy)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    con.close()
    assert "order_search" not in tables
    monkeypatch.undo()
    open_database(v1_copy)
    close_database()
    assert _version(v1_copy) == str(migrations.SCHEMA_VERSION)


def test_newer_foreign_and_damaged_files_are_refused(tmp_path: Path, v1_copy: Path) -> None:
    con = sqlite3.connect(v1_copy)
    with con:
        con.execute("UPDATE setting SET value='99' WHERE key='schema_version'")
    con.close()
    with pytest.raises(StorageError) as newer:
        open_database(v1_copy)
    assert newer.value.code == "db_too_new"

    foreign = tmp_path / "other.sqlite3"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE stuff (x)")
    con.close()
    with pytest.raises(StorageError) as other:
        open_database(foreign)
    assert other.value.code == "db_foreign"

    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"this is not a database at all" * 200)
    with pytest.raises(StorageError) as damaged:
        open_database(garbage)
    assert damaged.value.code == "db_corrupt"
    assert garbage.read_bytes().startswith(b"this is not a database")


def test_an_upgraded_shop_is_keyed_from_a_recorded_event_with_its_rows_as_baseline(
    v1_copy: Path,
) -> None:
    """Issue 12: existing databases are upgraded by a recorded "keyed from event N" step. Until
    then ``check`` says it could not compare the rows; after it, the old events still verify
    (plain SHA-256), the rows as they stood are the baseline, and an old event changed by hand is
    caught by the keyed event's link to it."""
    from merchant_refunds.services import audit, integrity
    from merchant_refunds.services.database import initialise
    from merchant_refunds.storage import models as m
    from tests.tamper import sql

    open_database(v1_copy)
    try:
        old_events = m.AuditEvent.select().count()
        assert audit.keyed_from() is None
        report = integrity.check()
        assert report.chain.ok and "not keyed yet" in report.rows_unchecked and not report.ok
    finally:
        close_database()
    initialise(v1_copy)
    try:
        marker = audit.keyed_from()
        assert marker is not None and marker.id == old_events + 1
        baseline = list(m.AuditEvent.select().where(m.AuditEvent.action == audit.BASELINE_ACTION))
        assert {(e.entity, e.entity_key) for e in baseline} >= {
            ("refund", refund_views.list_refunds()[0].refund_no),
            ("audit", "orders"),
        }
        report = integrity.check()
        assert report.ok, report.problems()
        assert report.chain.keyed_from == marker.id and report.chain.checked > old_events
        sql("UPDATE audit_event SET user_name = 'mallory' WHERE id = ?", old_events)
        broken = audit.verify_chain()
        assert not broken.ok and broken.broken_event_id == old_events
    finally:
        close_database()
