"""Opening, setting up and closing the shop's database, for the faces (GUI, command line) that
start the application: they go through the services, never to the storage layer themselves."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from merchant_refunds.storage import db as _db
from merchant_refunds.storage import presence
from merchant_refunds.storage.migrations import SCHEMA_VERSION
from merchant_refunds.storage.paths import DB_ENV, resolve_db_target

__all__ = [
    "DB_ENV",
    "SetUp",
    "close_database",
    "initialise",
    "note_program",
    "note_signed_in",
    "open_database",
    "resolve_db_target",
]


@dataclass(frozen=True)
class SetUp:
    """What ``initialise`` did: the database it opened and whether it created the schema."""

    target: Path
    created: bool
    schema: int = SCHEMA_VERSION


def initialise(target: str | os.PathLike[str] | None = None) -> SetUp:
    """Set up the shop's database: the one place a database is created (``merchant-refunds
    init``, the GUI's first start, ``demo``, the tests). Makes a missing SQLite file and the
    tables of an empty database, under a lock, so of several counters starting together on an
    empty server exactly one creates them and the others find them made. On a database that is
    already set up it changes nothing. Leaves the database open."""
    opened, created = _db.set_up_database(target, create=True)
    _key_trail()
    return SetUp(opened, created)  # type: ignore[arg-type]


def _key_trail() -> None:
    """Give a new (or not yet keyed) shop its key at set-up, so the owner can print the recovery
    sheet at once. A second counter of a keyed shop brings the key from the sheet instead."""
    from merchant_refunds.services import audit

    if audit.keyed_from() is None:
        with _db.write_transaction():
            if audit.keyed_from() is None:
                audit.ensure_keyed("")


def open_database(target: str | os.PathLike[str] | None = None) -> Path:
    """Open (upgrading where needed) the database ``--db``, the environment or the default names;
    a ``StorageError`` says in words why it cannot be used, and ``db_not_set_up`` that it must be
    set up first (``initialise``): nothing is created here."""
    return _db.open_database(target)  # type: ignore[return-value]


def close_database() -> None:
    _db.close_database()


def note_program(name: str) -> None:
    """``gui`` or ``cli``: shown to another counter whose restore this process blocks."""
    presence.set_program(name)


def note_signed_in(user_name: str) -> None:
    """The shop user signed in here, shown to another counter whose restore this process blocks."""
    presence.set_shop_user(user_name)
