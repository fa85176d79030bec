"""The window's thread gets the workers' smaller SQLite page cache; the command line keeps the
larger one (peak memory of the window scrolling a million orders, issue 3's 150 MB)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from merchant_refunds.services import database as services_db
from merchant_refunds.storage import db as storage_db
from merchant_refunds.storage import presence
from merchant_refunds.storage.models import database


def _cache_kib() -> int:
    return -int(database.obj.execute_sql("PRAGMA cache_size").fetchone()[0])


@pytest.fixture
def restored(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(storage_db, "_main_cache_kib", storage_db.MAIN_CACHE_KIB)
    monkeypatch.setattr(presence, "_program", presence._program)
    yield


def test_the_command_line_keeps_the_larger_cache(db_path: Path, restored: None) -> None:
    assert _cache_kib() == storage_db.MAIN_CACHE_KIB


def test_the_window_gets_the_workers_cache_on_open_and_reopen(
    db_path: Path, restored: None
) -> None:
    services_db.note_program("gui")
    assert _cache_kib() == storage_db.WORKER_CACHE_KIB  # the database already open here
    services_db.close_database()
    services_db.open_database(db_path)
    assert _cache_kib() == storage_db.WORKER_CACHE_KIB
    seen: list[int] = []
    worker = threading.Thread(target=lambda: seen.append(_cache_kib()))
    worker.start()
    worker.join()
    assert seen == [storage_db.WORKER_CACHE_KIB]
    assert storage_db.WORKER_CACHE_KIB < storage_db.MAIN_CACHE_KIB
