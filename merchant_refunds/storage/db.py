"""Opening the shop's database: SQLite in WAL mode with foreign keys and a busy timeout."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import peewee as pw

from merchant_refunds.domain.errors import StorageError
from merchant_refunds.storage.migrations import migrate
from merchant_refunds.storage.models import database
from merchant_refunds.storage.paths import resolve_db_target

BUSY_TIMEOUT_S = 15


def _is_url(target: str) -> bool:
    return "://" in target


def open_database(target: str | os.PathLike[str] | None = None, *, create: bool = True) -> Path:
    """Open (creating and migrating where needed) the database and bind the models to it."""
    resolved = resolve_db_target(target)
    if _is_url(resolved):
        raise StorageError(
            "unsupported_database",
            "Database URLs ({url}) are not supported in this version; use a file path",
            url=resolved.split("://", 1)[0],
        )
    path = Path(resolved).expanduser()
    if not path.exists():
        if not create:
            raise StorageError("db_missing", "No database at {path}", path=path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(
                "db_unwritable",
                "Cannot create the folder {path}: {error}",
                path=path.parent,
                error=exc.strerror,
            ) from None
    elif path.is_dir():
        raise StorageError("db_is_folder", "{path} is a folder, not a database file", path=path)
    close_database()
    db = pw.SqliteDatabase(
        str(path),
        pragmas={
            "journal_mode": "wal",
            "foreign_keys": 1,
            "synchronous": "normal",
            "busy_timeout": BUSY_TIMEOUT_S * 1000,
            "cache_size": -32000,
        },
        timeout=BUSY_TIMEOUT_S,
    )
    database.initialize(db)
    try:
        db.connect(reuse_if_open=True)
        db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
        migrate(db, path)
    except (pw.DatabaseError, sqlite3.DatabaseError) as exc:
        close_database()
        text = str(exc)
        if "not a database" in text or "malformed" in text:
            raise StorageError(
                "db_corrupt", "{path} is damaged or is not a Merchant Refunds database", path=path
            ) from None
        if "locked" in text:
            raise StorageError(
                "db_locked",
                "The database is busy in another program; try again",
            ) from None
        raise StorageError(
            "db_error", "Cannot open {path}: {error}", path=path, error=text
        ) from None
    return path


def close_database() -> None:
    obj = database.obj
    if obj is not None and not obj.is_closed():
        obj.close()


def current_database() -> pw.Database:
    if database.obj is None:
        raise StorageError("db_not_open", "No database is open")
    return database.obj


@contextlib.contextmanager
def write_transaction() -> Iterator[None]:
    """One writer at a time: ``BEGIN IMMEDIATE`` takes the write lock before the caps are read."""
    db = current_database()
    try:
        with db.atomic("IMMEDIATE"):
            yield
    except pw.OperationalError as exc:
        text = str(exc)
        if "locked" in text or "busy" in text:
            raise StorageError(
                "db_locked", "Another counter is saving right now; please try again"
            ) from None
        if "disk" in text and "full" in text:
            raise StorageError("disk_full", "The disk is full; nothing was saved") from None
        raise
