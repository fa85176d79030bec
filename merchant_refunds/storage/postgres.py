"""Several counters on one PostgreSQL server: opening a ``postgresql://`` URL, and what differs
from SQLite (one global writer lock per transaction, row locks, the trigram search index).

SQLite has one writer at a time (``BEGIN IMMEDIATE``); PostgreSQL lets writers run together. The
audit trail is a hash chain (each event names the one before), so two transactions appending at
once would fork it: every write transaction therefore first takes one transaction-scoped advisory
lock, which makes writers take turns exactly as on SQLite. The refund caps are in addition
re-checked under ``SELECT … FOR UPDATE`` on the order row (and on the refund row for payouts).
"""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

import peewee as pw

from merchant_refunds.domain.errors import StorageError

SCHEMES = ("postgresql", "postgres")
#: Any fixed number: the key of the one advisory lock all writers take.
WRITER_LOCK_KEY = 0x4D52_4546  # "MREF"
#: Seconds a statement may wait for a lock before the user is told another counter is busy.
LOCK_TIMEOUT_S = 15


def is_postgres_url(target: str) -> bool:
    return target.split("://", 1)[0].lower() in SCHEMES


def is_postgres(db: pw.Database) -> bool:
    return isinstance(db, pw.PostgresqlDatabase)


def safe_url(url: str) -> str:
    """The URL without its password, for messages and the window title."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    user = f"{parts.username}@" if parts.username else ""
    return f"{parts.scheme}://{user}{host}{port}{parts.path}"


def make_database(url: str) -> pw.PostgresqlDatabase:
    parts = urlsplit(url)
    name = unquote(parts.path.lstrip("/"))
    if not name:
        raise StorageError("db_url_invalid", "The database URL {url} names no database", url=url)
    try:
        import psycopg2  # noqa: F401 - only to give a clear error when it is missing
    except ImportError:
        raise StorageError(
            "postgres_driver_missing",
            "PostgreSQL needs the psycopg2 package; install psycopg2-binary",
        ) from None
    return pw.PostgresqlDatabase(
        name,
        host=parts.hostname or None,
        port=parts.port or None,
        user=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password else None,
        options=f"-c lock_timeout={LOCK_TIMEOUT_S * 1000}",
    )


def take_writer_lock(db: pw.Database) -> None:
    """Call first inside a write transaction on PostgreSQL; released at commit or rollback."""
    db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (WRITER_LOCK_KEY,))
