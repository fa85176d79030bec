"""Telling that another program (another counter) changed the database, cheaply.

SQLite: ``PRAGMA data_version`` on a connection of our own changes whenever any other
connection commits (this process's others included); reading it costs microseconds and takes no
lock that a writer waits for. PostgreSQL: every write transaction sends ``NOTIFY`` on
``CHANNEL`` (delivered only when it commits), and the watcher's own connection ``LISTEN``s;
polling it reads what the server already sent, without a round trip.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any, Protocol

import peewee as pw

from merchant_refunds.domain.errors import StorageError
from merchant_refunds.storage import postgres

CHANNEL = "merchant_refunds_changed"


class ChangeWatcher(Protocol):
    def changed(self) -> bool:
        """True when the database changed since the last call (or since opening)."""

    def close(self) -> None: ...


class SqliteWatcher:
    """``PRAGMA data_version`` on a read-only connection to the file, kept for the purpose."""

    def __init__(self, path: Path) -> None:
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        try:
            # Polled from one thread at a time (the GUI's timer), never concurrently.
            self._conn = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=1)
            self._version = self._read()
        except sqlite3.Error as exc:
            raise _cannot_watch(exc) from None

    def _read(self) -> int:
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def changed(self) -> bool:
        try:
            version = self._read()
        except sqlite3.Error:
            return False  # busy or gone for a moment: asked again on the next tick
        if version == self._version:
            return False
        self._version = version
        return True

    def close(self) -> None:
        self._conn.close()


class PostgresWatcher:
    """A connection of its own that ``LISTEN``s on ``CHANNEL``."""

    def __init__(self, db: pw.Database) -> None:
        import psycopg2

        params: dict[str, Any] = {k: v for k, v in db.connect_params.items() if v is not None}
        params.pop("options", None)
        self._errors = psycopg2.Error
        try:
            self._conn = psycopg2.connect(dbname=db.database, **params)
            self._conn.autocommit = True
            with self._conn.cursor() as cursor:
                cursor.execute(f"LISTEN {CHANNEL}")
        except psycopg2.Error as exc:
            raise _cannot_watch(exc) from None

    def changed(self) -> bool:
        try:
            self._conn.poll()
        except self._errors:  # a lost connection: the lists stay as they are
            return False
        seen = bool(self._conn.notifies)
        self._conn.notifies.clear()
        return seen

    def close(self) -> None:
        self._conn.close()


def _cannot_watch(exc: Exception) -> StorageError:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return StorageError(
        "db_watch_failed",
        "Cannot watch the database for other counters' changes: {error}",
        error=text,
    )


def open_watcher(db: pw.Database, path: Path | None) -> ChangeWatcher:
    if postgres.is_postgres(db):
        return PostgresWatcher(db)
    assert path is not None
    return SqliteWatcher(path)


def announce(db: pw.Database) -> None:
    """Inside a PostgreSQL write transaction: tell the listeners once it commits."""
    if postgres.is_postgres(db):
        db.execute_sql(f"NOTIFY {CHANNEL}")
