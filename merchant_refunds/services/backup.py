"""Copies of the shop's database: a copy where the user chooses (a USB stick, a shared folder),
automatic and manual backups in the ``backups`` folder beside it, restore, and the start-up check.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from merchant_refunds.domain.errors import StorageError
from merchant_refunds.domain.lifecycle import Role
from merchant_refunds.services import audit, integrity
from merchant_refunds.services.output_paths import check_output_path
from merchant_refunds.services.users import Actor, require_role
from merchant_refunds.storage import backups
from merchant_refunds.storage.db import close_database, open_database, write_transaction
from merchant_refunds.storage.migrations import backup_copy
from merchant_refunds.storage.paths import backup_dir_for


def _require_file(db_path: Path) -> None:
    """Copies, backups and restores are of a SQLite file; a server has its own (pg_dump)."""
    if not isinstance(db_path, Path):
        raise StorageError(
            "backup_not_sqlite",
            "This shop's database is on a PostgreSQL server: back it up there (pg_dump); "
            "see docs/operations.md",
        )


def save_copy(actor: Actor, db_path: Path, destination: Path) -> Path:
    """Copy the live database (SQLite online backup, safe while it is in use) to ``destination``.

    Slow for a large file: the GUI runs it off the GUI thread. The copy is recorded in the audit
    trail, so the accountant can see when data left the shop computer.
    """
    require_role(actor, Role.OWNER, Role.ACCOUNTANT, action="take a copy of the database away")
    _require_file(db_path)
    destination = check_output_path(destination, database=db_path)
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


#: One file in the backups folder (for views, which do not import the storage layer).
BackupFile = backups.BackupFile


def automatic_backup(db_path: Path, retention: backups.Retention | None = None) -> Path | None:
    """The backup taken when the program starts and when it closes, then the rotation.

    Not audited: it changes nothing in the shop's records and runs without a signed-in user.
    None for a database on a server, which the server's own backups protect.
    """
    if not isinstance(db_path, Path):
        return None
    path = backups.make_backup(db_path, backups.AUTO_LABEL)
    backups.rotate(db_path, retention)
    return path


def back_up_now(actor: Actor, db_path: Path, destination: Path | None = None) -> Path:
    """A manual backup (kept by the rotation), in the backups folder or at ``destination``.

    Every role may protect the data; taking it to another place is for owners and accountants.
    """
    if destination is not None:
        return save_copy(actor, db_path, destination)
    _require_file(db_path)
    path = backups.make_backup(db_path, "manual")
    with write_transaction():
        audit.record(actor.name, "database.backup", "database", str(db_path), None, path.name)
    return path


def backup_folder(db_path: Path) -> Path:
    return backup_dir_for(db_path)


def check_backup(source: Path) -> int:
    """Integrity and schema of a backup file before anything is touched; its schema version."""
    return backups.check_file(source)


def list_backups(db_path: Path) -> list[backups.BackupFile]:
    return backups.list_backups(db_path)


def newest_good_backup(db_path: Path) -> backups.BackupFile | None:
    return backups.newest_good_backup(db_path)


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    kept_as: Path | None
    schema_version: int


def _restore(db_path: Path, source: Path, label: str) -> RestoreResult:
    version = backups.check_file(source)
    close_database()
    kept = backups.keep_damaged(db_path, label)
    backups.replace_database(db_path, source)
    open_database(db_path)
    return RestoreResult(source, kept, version)


def restore_backup(actor: Actor, db_path: Path, source: Path) -> RestoreResult:
    """Replace the database with a checked backup; the current file is kept as a backup first.

    An older schema is upgraded on opening. The restore is recorded in the restored database's
    audit trail (the events after the backup are in the copy that was kept).
    """
    require_role(actor, Role.OWNER, action="restore a backup")
    _require_file(db_path)
    if source.resolve() == db_path.resolve():
        raise StorageError("restore_onto_itself", "Choose a backup, not the database itself")
    result = _restore(db_path, source, "before-restore")
    with write_transaction():
        audit.record(
            actor.name,
            "database.restore",
            "database",
            str(db_path),
            None,
            {"from": source.name, "kept_as": result.kept_as.name if result.kept_as else None},
        )
    return result


def recover_from_backup(db_path: Path, source: Path) -> RestoreResult:
    """Restore at start-up when the database is damaged: nobody can sign in to a broken file,
    so no actor; the damaged file is kept beside the backups for a specialist to look at."""
    result = _restore(db_path, source, "damaged")
    with write_transaction():
        audit.record(
            "",
            "database.recover",
            "database",
            str(db_path),
            None,
            {"from": source.name, "kept_as": result.kept_as.name if result.kept_as else None},
        )
    return result


@dataclass(frozen=True)
class HealthReport:
    """What the start-up check found; ``problems`` are in words a shop owner can pass on."""

    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def health_check(db_path: Path, progress: Callable[[str, int], None] | None = None) -> HealthReport:
    """``PRAGMA integrity_check`` (quick form on large files), the audit chain, and every
    protected row against the trail (``integrity.check``)."""
    on_file = isinstance(db_path, Path)
    problems = (
        [f"integrity: {p}" for p in backups.integrity_problems(db_path)[:5]] if on_file else []
    )
    if not problems:
        try:
            report = integrity.check(progress)
        except (pw.DatabaseError, sqlite3.Error, ValueError) as exc:
            problems.append(f"audit trail unreadable: {exc}")
        else:
            problems += report.problems()
    return HealthReport(problems)
