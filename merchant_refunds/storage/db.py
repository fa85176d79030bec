"""Opening the shop's database: SQLite in WAL mode with foreign keys and a busy timeout."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import peewee as pw

from merchant_refunds.domain.errors import StorageError
from merchant_refunds.storage import changes, leftovers, postgres, presence
from merchant_refunds.storage.migrations import migrate, not_set_up
from merchant_refunds.storage.models import database
from merchant_refunds.storage.paths import resolve_db_target

#: What the database drivers raise (a damaged or locked file, a lost server): the errors below the
#: shop's own, which a face reports as a storage problem.
DRIVER_ERRORS: tuple[type[Exception], ...] = (pw.DatabaseError, sqlite3.DatabaseError)

BUSY_TIMEOUT_S = 15
#: SQLite page cache per connection, in KiB: the main (GUI or command-line) thread's, and a
#: worker thread's. A worker runs one query and closes its connection, and its scans of a
#: million orders gain nothing from a big cache (the operating system caches the file), but each
#: one would grow the process by the whole cache; 32 MB each cost the GUI ~50 MB of peak memory.
MAIN_CACHE_KIB = 8000
WORKER_CACHE_KIB = 4000
#: The window's own thread reads a page of rows or one order at a time (its long reads run in
#: workers), so it gets the workers' size: 8 MB there cost the window 5 MB of its peak memory
#: after scrolling through a million orders (``use_window_cache``).
_main_cache_kib = MAIN_CACHE_KIB

#: This process's entry in the open database's sessions folder (see ``storage.presence``).
_presence: presence.Registration | None = None


class _SqliteDatabase(pw.SqliteDatabase):
    """Sizes each connection's page cache: the main thread's ``_main_cache_kib``, a worker
    thread's ``WORKER_CACHE_KIB``."""

    def _set_pragmas(self, conn: sqlite3.Connection) -> None:
        super()._set_pragmas(conn)
        worker = threading.current_thread() is not threading.main_thread()
        conn.execute(f"PRAGMA cache_size = -{WORKER_CACHE_KIB if worker else _main_cache_kib}")


def use_window_cache() -> None:
    """The GUI process: its main thread's connections get the workers' page cache (see
    ``_main_cache_kib``); a database already open here gets it at once."""
    global _main_cache_kib
    _main_cache_kib = WORKER_CACHE_KIB
    db = database.obj
    if isinstance(db, _SqliteDatabase) and not db.is_closed():
        db.execute_sql(f"PRAGMA cache_size = -{WORKER_CACHE_KIB}")


def _is_url(target: str) -> bool:
    return "://" in target


def open_database(
    target: str | os.PathLike[str] | None = None, *, create: bool = False
) -> Path | DatabaseUrl:
    """Open the database (upgrading an older schema) and bind the models to it.

    Only the set-up passes ``create`` (``services.database.initialise``): it makes a missing file
    and the tables of an empty database. Without it a missing file or an empty database is a
    ``StorageError`` (``db_not_set_up``) and nothing is created. A SQLite file gives its ``Path``;
    a ``postgresql://`` URL a ``DatabaseUrl``.
    """
    return set_up_database(target, create=create)[0]


def set_up_database(
    target: str | os.PathLike[str] | None = None, *, create: bool = True
) -> tuple[Path | DatabaseUrl, bool]:
    """``open_database``, also saying whether this call created the schema."""
    resolved = resolve_db_target(target)
    if _is_url(resolved):
        if not postgres.is_postgres_url(resolved):
            raise StorageError(
                "unsupported_database",
                "Database URLs ({url}) are not supported; use a file path or postgresql://…",
                url=resolved.split("://", 1)[0],
            )
        return _open_postgres(resolved, create)
    path = Path(resolved).expanduser()
    if not path.exists():
        if not create:
            raise StorageError(
                "db_not_set_up",
                "No database at {path}: run `merchant-refunds init` to set one up there",
                path=path,
            )
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
    elif not create and path.stat().st_size == 0:
        raise not_set_up()  # before connecting: opening would write a header into it
    close_database()
    if not presence.holders(path):
        leftovers.remove_leftovers(path)
    db = _SqliteDatabase(
        str(path),
        pragmas={
            "journal_mode": "wal",
            "foreign_keys": 1,
            "synchronous": "normal",
            "busy_timeout": BUSY_TIMEOUT_S * 1000,
        },
        timeout=BUSY_TIMEOUT_S,
    )
    database.initialize(db)
    try:
        db.connect(reuse_if_open=True)
        db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
        started = migrate(db, path, create=create)
    except StorageError:
        close_database()
        raise
    except DRIVER_ERRORS as exc:
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
    global _presence
    _presence = presence.register(path)
    return path, started == 0


def _open_postgres(url: str, create: bool) -> tuple[DatabaseUrl, bool]:
    """Open a PostgreSQL database (with ``create``, making the tables of an empty one).

    Returns a ``DatabaseUrl`` (a ``str``), not a file path: there is no file to back up or check.
    """
    close_database()
    db = postgres.make_database(url)
    database.initialize(db)
    try:
        db.connect(reuse_if_open=True)
        started = migrate(db, None, create=create)
    except StorageError:
        close_database()
        raise
    except pw.DatabaseError as exc:
        close_database()
        raise StorageError(
            "db_error",
            "Cannot open {url}: {error}",
            url=postgres.safe_url(url),
            error=str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__,
        ) from None
    return DatabaseUrl(url), started == 0


class DatabaseUrl(str):
    """What ``open_database`` returns for a server database; printed without the password."""

    def __str__(self) -> str:
        return postgres.safe_url(self)


def is_file_database() -> bool:
    """SQLite (a file that can be copied and checked) rather than a database server."""
    return not postgres.is_postgres(current_database())


def lock_row(model: type[pw.Model], row_id: int) -> None:
    """``SELECT … FOR UPDATE`` on one row inside a write transaction, where the database has row
    locks; on SQLite the write transaction already holds the lock on the whole file."""
    if postgres.is_postgres(current_database()):
        model.select(model._meta.primary_key).where(
            model._meta.primary_key == row_id
        ).for_update().execute()


def close_database() -> None:
    global _presence
    presence.release(_presence)
    _presence = None
    obj = database.obj
    if obj is not None and not obj.is_closed():
        obj.close()


def current_database() -> pw.Database:
    if database.obj is None:
        raise StorageError("db_not_open", "No database is open")
    return database.obj


@contextlib.contextmanager
def write_transaction() -> Iterator[None]:
    """One writer at a time: ``BEGIN IMMEDIATE`` takes the write lock before the caps are read
    (on PostgreSQL, the writers' advisory lock; see ``storage.postgres``)."""
    db = current_database()
    try:
        if postgres.is_postgres(db):
            with db.atomic():
                postgres.take_writer_lock(db)
                yield
                changes.announce(db)  # other counters refresh once this commits
        else:
            with db.atomic("IMMEDIATE"):
                yield
    except pw.OperationalError as exc:
        text = str(exc)
        if "lock timeout" in text and postgres.is_postgres(db):
            holder = _writer_lock_holder(db)
            if holder:
                raise StorageError(
                    "db_locked",
                    "Another counter is saving right now ({holder}); please try again",
                    holder=holder,
                ) from None
        if "locked" in text or "busy" in text or "lock timeout" in text:
            raise StorageError(
                "db_locked", "Another counter is saving right now; please try again"
            ) from None
        if "disk" in text and "full" in text:
            raise StorageError("disk_full", "The disk is full; nothing was saved") from None
        raise


def _writer_lock_holder(db: pw.Database) -> str | None:
    """Best effort: a failed look-up must not hide the original "busy" message."""
    try:
        return postgres.writer_lock_holder(db)
    except pw.DatabaseError:
        return None


def name_session(user: str) -> None:
    """Name this program's server sessions after the signed-in ``user``, so another counter
    waiting for the writers' lock is told who holds it (nothing to do on SQLite)."""
    if database.obj is not None:
        postgres.name_session(database.obj, user)
