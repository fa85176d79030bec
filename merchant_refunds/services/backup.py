"""Saving a copy of the shop's database where the user chooses (a USB stick, a shared folder)."""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

from merchant_refunds.domain.errors import StorageError
from merchant_refunds.services import audit
from merchant_refunds.services.users import Actor
from merchant_refunds.storage.db import write_transaction
from merchant_refunds.storage.migrations import backup_copy


def save_copy(actor: Actor, db_path: Path, destination: Path) -> Path:
    """Copy the live database (SQLite online backup, safe while it is in use) to ``destination``.

    Slow for a large file: the GUI runs it off the GUI thread. The copy is recorded in the audit
    trail, so the accountant can see when data left the shop computer.
    """
    if destination.resolve() == db_path.resolve():
        raise StorageError("backup_onto_itself", "Choose another file than the database itself")
    try:
        staged = backup_copy(db_path, "copy")
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(staged, destination)
    except sqlite3.Error as exc:
        raise StorageError(
            "backup_failed", "Cannot save the copy to {path}: {error}", path=destination, error=exc
        ) from None
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise StorageError("disk_full", "The disk is full; nothing was saved") from None
        raise StorageError(
            "backup_failed",
            "Cannot save the copy to {path}: {error}",
            path=destination,
            error=exc.strerror or str(exc),
        ) from None
    with write_transaction():
        audit.record(actor.name, "database.copy", "database", str(db_path), None, str(destination))
    return destination
