"""Opening and closing the shop's database, for the faces (GUI, command line) that start the
application: they go through the services, never to the storage layer themselves."""

from __future__ import annotations

import os
from pathlib import Path

from merchant_refunds.storage import db as _db
from merchant_refunds.storage import presence
from merchant_refunds.storage.paths import DB_ENV, resolve_db_target

__all__ = [
    "DB_ENV",
    "close_database",
    "note_program",
    "note_signed_in",
    "open_database",
    "resolve_db_target",
]


def open_database(target: str | os.PathLike[str] | None = None, *, create: bool = True) -> Path:
    """Open (creating and upgrading where needed) the database ``--db``, the environment or the
    default names; a ``StorageError`` says in words why it cannot be used."""
    return _db.open_database(target, create=create)


def close_database() -> None:
    _db.close_database()


def note_program(name: str) -> None:
    """``gui`` or ``cli``: shown to another counter whose restore this process blocks."""
    presence.set_program(name)


def note_signed_in(user_name: str) -> None:
    """The shop user signed in here, shown to another counter whose restore this process blocks."""
    presence.set_shop_user(user_name)
