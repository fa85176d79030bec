"""Changing the database behind the program's back, as someone with the file (and ``sqlite3``) or
a server login would: the append-only triggers are dropped first, as such a person would."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from merchant_refunds.storage import postgres
from merchant_refunds.storage.db import current_database

SQLITE_GUARDS = ("audit_event_no_update", "audit_event_no_delete")


def drop_guards() -> None:
    db = current_database()
    if postgres.is_postgres(db):
        db.execute_sql("DROP TRIGGER IF EXISTS audit_event_append_only ON audit_event")
        db.execute_sql("DROP TRIGGER IF EXISTS audit_event_no_truncate ON audit_event")
    else:
        for name in SQLITE_GUARDS:
            db.execute_sql(f"DROP TRIGGER IF EXISTS {name}")


def sql(statement: str, *params: object) -> None:
    """Run ``statement`` on the open database; ``?`` placeholders become the database's own."""
    drop_guards()
    db = current_database()
    db.execute_sql(statement.replace("?", db.param), params)


def unguard(con: sqlite3.Connection) -> None:
    """Drop the append-only triggers on a ``sqlite3`` connection, as an attacker would."""
    for name in SQLITE_GUARDS:
        con.execute(f"DROP TRIGGER IF EXISTS {name}")


def sql_file(path: Path, statement: str, *params: object) -> None:
    """Run ``statement`` on a SQLite file with the ``sqlite3`` module, as a separate program."""
    con = sqlite3.connect(str(path))
    try:
        for name in SQLITE_GUARDS:
            con.execute(f"DROP TRIGGER IF EXISTS {name}")
        con.execute(statement, params)
        con.commit()
    finally:
        con.close()
