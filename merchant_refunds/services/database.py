"""Opening, setting up and closing the shop's database, for the faces (GUI, command line) that
start the application: they go through the services, never to the storage layer themselves."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from merchant_refunds.domain.errors import StorageError
from merchant_refunds.storage import db as _db
from merchant_refunds.storage import presence
from merchant_refunds.storage.migrations import SCHEMA_VERSION
from merchant_refunds.storage.paths import DB_ENV, resolve_db_target

if TYPE_CHECKING:
    from merchant_refunds.storage.transfer import TransferReport

__all__ = [
    "DATABASE_ERRORS",
    "DB_ENV",
    "Moved",
    "SetUp",
    "close_database",
    "copy_to_postgres",
    "initialise",
    "note_program",
    "note_signed_in",
    "open_database",
    "resolve_db_target",
]


#: What the database drivers raise beneath the shop's own errors (a damaged or locked file, a lost
#: server): a face catches these to report a storage problem without knowing the drivers.
DATABASE_ERRORS: tuple[type[Exception], ...] = _db.DRIVER_ERRORS


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
    """``gui`` or ``cli``: shown to another counter whose restore this process blocks; the
    window's thread also gets a smaller page cache (``storage.db.use_window_cache``)."""
    presence.set_program(name)
    if name == "gui":
        _db.use_window_cache()


def note_signed_in(user_name: str) -> None:
    """The shop user signed in here, shown to another counter whose restore this process blocks."""
    presence.set_shop_user(user_name)


@dataclass(frozen=True)
class Moved:
    """What ``copy_to_postgres`` copied: from which file, to which server (its URL shown without
    the password), the rows and money per table, and how many audit events were checked there."""

    source: Path
    target: str
    report: TransferReport
    audit_events_checked: int


def copy_to_postgres(target: str | os.PathLike[str] | None, url: str) -> Moved:
    """Copy the shop's SQLite file (``--db``, the environment or the default name) to the empty
    PostgreSQL database at ``url``, then check the audit chain on the server: a copy is trusted
    only when the trail there verifies. Leaves no database open."""
    from merchant_refunds.services import audit
    from merchant_refunds.storage import postgres, transfer

    source = Path(resolve_db_target(target)).expanduser()
    if "://" in str(target or "") or not source.is_file():
        raise StorageError("db_missing", "No database file at {path}", path=source)
    report = transfer.copy_to_postgres(source, url)
    _db.open_database(url)
    try:
        chain = audit.verify_chain()
    finally:
        _db.close_database()
    if not chain.ok:
        raise StorageError(
            "audit_chain_broken",
            "The audit trail on the server is broken at event {event}",
            event=chain.broken_event_id,
        )
    return Moved(source, postgres.safe_url(url), report, chain.checked)
