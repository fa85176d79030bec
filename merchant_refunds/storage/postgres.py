"""Several counters on one PostgreSQL server: opening a ``postgresql://`` URL, and what differs
from SQLite (one global writer lock per transaction, row locks, the trigram search index).

SQLite has one writer at a time (``BEGIN IMMEDIATE``); PostgreSQL lets writers run together. The
audit trail is a hash chain (each event names the one before), so two transactions appending at
once would fork it: every write transaction therefore first takes one transaction-scoped advisory
lock, which makes writers take turns exactly as on SQLite. The refund caps are in addition
re-checked under ``SELECT … FOR UPDATE`` on the order row (and on the refund row for payouts).

Because every counter waits on that one lock, waits are kept short: a statement gives up on a
lock after ``LOCK_TIMEOUT_S``, the server ends a session left idle inside a transaction (a
counter that hung or lost its network) and TCP keepalives notice a vanished counter. Each session
is named (``application_name``) after its computer and signed-in user, so a counter that cannot
write is told who holds the lock.
"""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Iterator
from datetime import datetime
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import peewee as pw

from merchant_refunds.domain.errors import StorageError

SCHEMES = ("postgresql", "postgres")
#: Any fixed number: the key of the one advisory lock all writers take.
WRITER_LOCK_KEY = 0x4D52_4546  # "MREF"
#: Another number: the session lock held while a database is created or upgraded, so counters
#: starting together on an empty database take turns and exactly one creates the tables.
SETUP_LOCK_KEY = 0x4D52_5355  # "MRSU"
#: Seconds a statement may wait for a lock before the user is told another counter is busy.
LOCK_TIMEOUT_S = 5
#: Seconds one statement may run (an export reads page by page; each page is one statement).
STATEMENT_TIMEOUT_S = 120
#: Seconds a session may sit inside a transaction doing nothing before the server ends it and
#: releases its locks (a frozen or disconnected counter must not block the others for long).
IDLE_IN_TRANSACTION_TIMEOUT_S = 30
#: Seconds a counter waits for another one creating or upgrading the database.
SETUP_WAIT_S = 300
#: TCP keepalives: probe an idle connection after 30 s, every 10 s, give up after 3 misses.
KEEPALIVES = {"keepalives": 1, "keepalives_idle": 30, "keepalives_interval": 10,
              "keepalives_count": 3}  # fmt: skip
#: Longest ``application_name`` the server keeps (NAMEDATALEN - 1 bytes).
_NAME_BYTES = 63

#: Connection options a URL may carry (``?sslmode=require&connect_timeout=10``), passed to the
#: driver as they are; anything else is refused rather than silently ignored.
URL_OPTIONS = frozenset(
    {
        "sslmode",
        "sslrootcert",
        "sslcert",
        "sslkey",
        "sslpassword",
        "sslcrl",
        "sslcrldir",
        "sslsni",
        "ssl_min_protocol_version",
        "ssl_max_protocol_version",
        "channel_binding",
        "gssencmode",
        "requirepeer",
        "connect_timeout",
        "application_name",
        "options",
        "target_session_attrs",
        "keepalives",
        "keepalives_idle",
        "keepalives_interval",
        "keepalives_count",
        "tcp_user_timeout",
        "passfile",
        "host",
        "hostaddr",
        "port",
        "user",
        "password",
    }
)
#: Options whose values are secrets: never printed.
SECRET_OPTIONS = frozenset({"password", "sslpassword"})
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
_INTEGER_OPTIONS = frozenset(
    {
        "connect_timeout",
        "port",
        "keepalives",
        "keepalives_idle",
        "keepalives_interval",
        "keepalives_count",
        "tcp_user_timeout",
    }
)

_session_user = ""


def is_postgres_url(target: str) -> bool:
    return target.split("://", 1)[0].lower() in SCHEMES


def is_postgres(db: pw.Database) -> bool:
    return isinstance(db, pw.PostgresqlDatabase)


def url_options(url: str) -> dict[str, str]:
    """The URL's query options, checked: known names only, each once, sensible values."""
    query = urlsplit(url).query
    pairs = parse_qsl(query, keep_blank_values=True)
    options: dict[str, str] = {}
    for name, value in pairs:
        if name not in URL_OPTIONS:
            raise StorageError(
                "db_url_option_unknown",
                "The database URL has an option this program does not know: {option} "
                "(known: {known})",
                option=name,
                known=", ".join(sorted(URL_OPTIONS - SECRET_OPTIONS)),
            )
        if name in options:
            raise StorageError(
                "db_url_option_twice", "The database URL gives {option} twice", option=name
            )
        if name == "sslmode" and value not in SSL_MODES:
            raise StorageError(
                "db_url_option_invalid",
                "The database URL's {option} must be one of {allowed}, not {value}",
                option=name,
                allowed=", ".join(SSL_MODES),
                value=value,
            )
        if name in _INTEGER_OPTIONS and not value.isdigit():
            raise StorageError(
                "db_url_option_invalid",
                "The database URL's {option} must be a whole number, not {value}",
                option=name,
                value=value,
            )
        options[name] = value
    return options


def safe_url(url: str) -> str:
    """The URL without its password (nor any other secret option), for messages and titles."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    try:
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        port = ""
    user = f"{parts.username}@" if parts.username else ""
    shown = [
        f"{name}={value}"
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
        if name not in SECRET_OPTIONS
    ]
    query = f"?{'&'.join(shown)}" if shown else ""
    return f"{parts.scheme}://{user}{host}{port}{parts.path}{query}"


def session_name(user: str = "") -> str:
    """``merchant-refunds@COMPUTER user``: how other counters see this session on the server."""
    computer = socket.gethostname() or "?"
    name = f"merchant-refunds@{computer}"
    if user:
        name += f" {user}"
    encoded = name.encode("utf-8")[:_NAME_BYTES]
    return encoded.decode("utf-8", errors="ignore")


def _session_options(extra: str) -> str:
    ours = (
        f"-c lock_timeout={LOCK_TIMEOUT_S * 1000} "
        f"-c statement_timeout={STATEMENT_TIMEOUT_S * 1000} "
        f"-c idle_in_transaction_session_timeout={IDLE_IN_TRANSACTION_TIMEOUT_S * 1000}"
    )
    # The URL's own options come last, so a shop's administrator may override ours.
    return f"{ours} {extra}".strip()


class PostgresDatabase(pw.PostgresqlDatabase):
    """Names every new connection after this computer and the signed-in user."""

    def _initialize_connection(self, conn: Any) -> None:
        with conn.cursor() as cursor:
            cursor.execute(
                "SELECT set_config('application_name', %s, false)", (session_name(_session_user),)
            )


def make_database(url: str) -> PostgresDatabase:
    parts = urlsplit(url)
    name = unquote(parts.path.lstrip("/"))
    if not name:
        raise StorageError(
            "db_url_invalid", "The database URL {url} names no database", url=safe_url(url)
        )
    options = url_options(url)
    try:
        import psycopg2  # noqa: F401 - only to give a clear error when it is missing
    except ImportError:
        raise StorageError(
            "postgres_driver_missing",
            "PostgreSQL needs the psycopg2 package; install psycopg2-binary",
        ) from None
    try:
        port = parts.port
    except ValueError:
        raise StorageError(
            "db_url_invalid", "The database URL {url} has an invalid port", url=safe_url(url)
        ) from None
    params: dict[str, Any] = {
        "host": parts.hostname or None,
        "port": port or None,
        "user": unquote(parts.username) if parts.username else None,
        "password": unquote(parts.password) if parts.password else None,
        **KEEPALIVES,
    }
    params.update(options)
    params["options"] = _session_options(options.get("options", ""))
    params.pop("application_name", None)  # set per connection, see PostgresDatabase
    return PostgresDatabase(name, **{k: v for k, v in params.items() if v is not None})


def name_session(db: pw.Database, user: str) -> None:
    """Put the signed-in ``user`` into this session's name (and every later connection's)."""
    global _session_user
    _session_user = user
    if is_postgres(db) and not db.is_closed():
        db.execute_sql("SELECT set_config('application_name', %s, false)", (session_name(user),))


def take_writer_lock(db: pw.Database) -> None:
    """Call first inside a write transaction on PostgreSQL; released at commit or rollback."""
    db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (WRITER_LOCK_KEY,))


@contextlib.contextmanager
def setup_lock(db: pw.Database) -> Iterator[None]:
    """Hold the set-up session lock (distinct from the writers' lock) while the schema is
    created or upgraded; other counters starting at the same moment wait for it."""
    db.execute_sql(f"SET statement_timeout = 0; SET lock_timeout = {SETUP_WAIT_S * 1000}")
    try:
        db.execute_sql("SELECT pg_advisory_lock(%s)", (SETUP_LOCK_KEY,))
        try:
            yield
        finally:
            if not db.is_closed():
                db.execute_sql("SELECT pg_advisory_unlock(%s)", (SETUP_LOCK_KEY,))
    finally:
        if not db.is_closed():
            db.execute_sql("RESET statement_timeout; RESET lock_timeout")


def writer_lock_holder(db: pw.Database) -> str | None:
    """Who holds the writers' lock: the session's name, address and since when; None if free."""
    row = db.execute_sql(
        "SELECT a.application_name, host(a.client_addr), a.usename, "
        "COALESCE(a.xact_start, a.backend_start) "
        "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
        "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 0 "
        "AND l.objid = %s::bigint::oid AND l.objsubid = 1 AND l.pid <> pg_backend_pid()",
        (WRITER_LOCK_KEY,),
    ).fetchone()
    if row is None:
        return None
    app, address, role, since = row
    who = app or role or "?"
    if address:
        who += f" at {address}"
    if isinstance(since, datetime):
        who += f", since {since.astimezone().strftime('%H:%M:%S')}"
    return who
