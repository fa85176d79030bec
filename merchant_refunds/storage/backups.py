"""Backup files of the shop's SQLite database: make, check, rotate, list and restore.

Copies are made with SQLite's online backup API, so they are consistent even while the program
(or another counter's process) is writing. A copy is written to a temporary name and renamed only
after it passed ``PRAGMA integrity_check``, so a half-written file never looks like a backup.
A restore goes the other way through the same API, into the live file's own connection: the file
is never swapped and its write-ahead log never deleted.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import shutil
import sqlite3
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from merchant_refunds.domain.errors import StorageError
from merchant_refunds.storage.leftovers import PARTIAL_SUFFIX, RESTORING_SUFFIX
from merchant_refunds.storage.migrations import SCHEMA_VERSION, VERSION_KEY
from merchant_refunds.storage.paths import backup_dir_for

#: Above this size the start-up check uses ``quick_check`` (no index cross-check): minutes vs
#: seconds on a slow disk.
QUICK_CHECK_BYTES = 200 * 1024 * 1024
SUFFIX = ".sqlite3"
AUTO_LABEL = "auto"
BEFORE_RESTORE_LABEL = "before-restore"
#: Beside each backup the program makes: the audit trail's head in it (``<backup>.head.json``).
MANIFEST_SUFFIX = ".head.json"

log = logging.getLogger(__name__)
STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"


@dataclass(frozen=True)
class Retention:
    """How many automatic backups survive rotation: the newest of each day, week and month."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12


@dataclass(frozen=True)
class BackupFile:
    path: Path
    label: str
    taken_at: datetime
    size: int


def _integrity(con: sqlite3.Connection, *, quick: bool) -> list[str]:
    pragma = "quick_check" if quick else "integrity_check"
    rows = con.execute(f"PRAGMA {pragma}").fetchall()
    return [str(r[0]) for r in rows if r and r[0] != "ok"]


def integrity_problems(path: Path, *, quick: bool | None = None) -> list[str]:
    """Problems ``PRAGMA integrity_check`` finds in the file (empty: healthy).

    ``quick`` defaults to the file's size against ``QUICK_CHECK_BYTES``. A file SQLite cannot
    read at all is one problem, never an exception.
    """
    if quick is None:
        quick = path.stat().st_size > QUICK_CHECK_BYTES
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        return _integrity(con, quick=quick)
    except sqlite3.Error as exc:
        return [str(exc)]
    finally:
        con.close()


def schema_version_of(path: Path) -> int:
    """The schema version stored in a Merchant Refunds file; ``StorageError`` if it is not one."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT value FROM setting WHERE key = ?", (VERSION_KEY,)).fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        row = None
    if row is None or not str(row[0]).isdigit():
        raise StorageError(
            "backup_not_ours", "{path} is not a Merchant Refunds database", path=path
        )
    return int(row[0])


def check_file(path: Path) -> int:
    """Everything a restore needs to trust a file; returns its schema version."""
    if not path.is_file():
        raise StorageError("backup_missing", "No backup file at {path}", path=path)
    problems = integrity_problems(path, quick=False)
    if problems:
        raise StorageError(
            "backup_damaged",
            "The backup {path} is damaged ({problem}); choose another one",
            path=path,
            problem=problems[0],
        )
    version = schema_version_of(path)
    if version > SCHEMA_VERSION:
        raise StorageError(
            "backup_too_new",
            "The backup {path} was made by a newer version (schema {found}); "
            "please update Merchant Refunds first",
            path=path,
            found=version,
        )
    return version


def _online_copy(source: Path, target: Path) -> None:
    src = sqlite3.connect(str(source), timeout=30)
    try:
        dest = sqlite3.connect(str(target))
        try:
            src.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
    finally:
        src.close()


def _fsync(path: Path) -> None:
    with contextlib.suppress(OSError), path.open("rb") as fh:
        os.fsync(fh.fileno())


def copy_database(source: Path, target: Path, *, verify: bool = True) -> Path:
    """Copy ``source`` (open or not) to ``target`` atomically; the target is checked first."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staged = target.with_name(f".{target.name}{PARTIAL_SUFFIX}")
    staged.unlink(missing_ok=True)
    try:
        _online_copy(source, staged)
        if verify:
            problems = integrity_problems(staged)
            if problems:
                raise StorageError(
                    "backup_failed",
                    "The copy of {path} failed its check ({problem}); the database itself "
                    "may be damaged",
                    path=source,
                    problem=problems[0],
                )
        _fsync(staged)
        os.replace(staged, target)
    except sqlite3.Error as exc:
        raise StorageError(
            "backup_failed", "Cannot copy {path}: {error}", path=source, error=exc
        ) from None
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise StorageError("disk_full", "The disk is full; nothing was saved") from None
        raise StorageError(
            "backup_failed",
            "Cannot write {path}: {error}",
            path=target,
            error=exc.strerror or str(exc),
        ) from None
    finally:
        staged.unlink(missing_ok=True)
    return target


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + MANIFEST_SUFFIX)


def trail_head(path: Path) -> tuple[int, str] | None:
    """The newest audit event's id and hash in a database file, read with a connection of its
    own (safe beside the program's threads); None when it has none or cannot be read."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = con.execute("SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1").fetchone()
    except sqlite3.Error:
        return None
    finally:
        con.close()
    return (int(row[0]), str(row[1])) if row else None


def backup_name(db_path: Path, label: str, at: datetime) -> str:
    return f"{db_path.stem}-{label}-{at.strftime(STAMP_FORMAT)}{SUFFIX}"


def make_backup(db_path: Path, label: str, *, at: datetime | None = None) -> Path:
    """A checked copy in the database's ``backups`` folder, named by label and time."""
    when = at or datetime.now()
    target = backup_dir_for(db_path) / backup_name(db_path, label, when)
    return copy_database(db_path, target)


def _parse(db_path: Path, path: Path) -> BackupFile | None:
    prefix = f"{db_path.stem}-"
    name = path.name
    if not (name.startswith(prefix) and name.endswith(SUFFIX)):
        return None
    middle = name[len(prefix) : -len(SUFFIX)]
    label, _, stamp = middle.rpartition("-")
    label, _, seconds = label.rpartition("-")
    label, _, day = label.rpartition("-")
    try:
        taken = datetime.strptime(f"{day}-{seconds}-{stamp}", STAMP_FORMAT)
    except ValueError:
        return None
    if not label:
        return None
    return BackupFile(path, label, taken, path.stat().st_size)


def list_backups(db_path: Path) -> list[BackupFile]:
    """This database's backups, newest first."""
    folder = backup_dir_for(db_path)
    if not folder.is_dir():
        return []
    found = [b for p in folder.glob(f"*{SUFFIX}") if (b := _parse(db_path, p)) is not None]
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def _keepers(stamps: list[datetime], retention: Retention) -> set[datetime]:
    """Grandfather-father-son: the newest backup of each of the last N days, weeks and months."""
    keep: set[datetime] = set()
    buckets: list[tuple[int, Callable[[datetime], Hashable]]] = [
        (retention.daily, lambda d: d.date()),
        (retention.weekly, lambda d: d.date().isocalendar()[:2]),
        (retention.monthly, lambda d: (d.year, d.month)),
    ]
    ordered = sorted(stamps, reverse=True)
    for count, key in buckets:
        seen: list[Hashable] = []
        for stamp in ordered:
            bucket = key(stamp)
            if bucket in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(bucket)
            keep.add(stamp)
    return keep


def rotate(db_path: Path, retention: Retention | None = None) -> list[Path]:
    """Delete automatic backups that no rule keeps; manual and pre-restore copies stay."""
    autos = [b for b in list_backups(db_path) if b.label == AUTO_LABEL]
    keep = _keepers([b.taken_at for b in autos], retention or Retention())
    removed = []
    for backup in autos:
        if backup.taken_at not in keep:
            with contextlib.suppress(OSError):
                backup.path.unlink()
                removed.append(backup.path)
                manifest_path(backup.path).unlink(missing_ok=True)
    return removed


def keep_damaged(db_path: Path, label: str) -> Path | None:
    """Set the current file aside as a backup: a checked online copy, else the raw bytes."""
    if not db_path.exists():
        return None
    now = datetime.now()
    target = backup_dir_for(db_path) / backup_name(db_path, label, now)
    try:
        return copy_database(db_path, target, verify=False)
    except StorageError:
        target.parent.mkdir(parents=True, exist_ok=True)
        raw = target.with_suffix(".damaged")
        shutil.copyfile(db_path, raw)
        wal = Path(f"{db_path}-wal")
        if wal.exists():
            shutil.copyfile(wal, Path(f"{raw}-wal"))
        return raw


def restore_into(db_path: Path, source: Path) -> None:
    """Write ``source`` into the database at ``db_path`` with SQLite's backup API.

    The copy is one write transaction on the live file, in its own journal mode (WAL stays WAL):
    it lands whole or not at all, and a reader sees either the old or the new database. The caller
    has made sure no other process has the file open and has kept the current file as a backup.
    A file SQLite cannot read at all (not a database any more) is emptied first; its write-ahead
    log belongs to those unreadable pages, was kept with them, and is emptied too.
    """
    staged = db_path.with_name(f".{db_path.name}{RESTORING_SUFFIX}")
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
    except sqlite3.Error as exc:
        raise StorageError(
            "restore_failed", "Cannot read {path}: {error}", path=source, error=exc
        ) from None
    try:
        try:
            _backup_into(src, db_path, staged)
        except sqlite3.DatabaseError as exc:
            if "not a database" not in str(exc) and "malformed" not in str(exc):
                raise
            for part in (db_path, Path(f"{db_path}-wal")):
                if part.exists():
                    os.truncate(part, 0)
            _backup_into(src, db_path, staged)
    except sqlite3.Error as exc:
        raise StorageError(
            "restore_failed", "Cannot restore into {path}: {error}", path=db_path, error=exc
        ) from None
    finally:
        src.close()
        staged.unlink(missing_ok=True)


def _page_size(con: sqlite3.Connection) -> int:
    return int(con.execute("PRAGMA page_size").fetchone()[0])


def _backup_into(src: sqlite3.Connection, db_path: Path, staged: Path) -> None:
    """A file in WAL mode cannot change its page size: a backup with another one is first
    rewritten with the live file's (``VACUUM INTO`` a staged copy)."""
    dest = sqlite3.connect(str(db_path), timeout=30)
    try:
        size = _page_size(dest)
        source = src
        if dest.execute("PRAGMA journal_mode").fetchone()[0] == "wal" and _page_size(src) != size:
            staged.unlink(missing_ok=True)
            src.execute(f"PRAGMA page_size = {size}")
            src.execute("VACUUM INTO ?", (str(staged),))
            source = sqlite3.connect(str(staged))
        try:
            source.backup(dest)
        finally:
            if source is not src:
                source.close()
        dest.execute("PRAGMA wal_checkpoint(PASSIVE)")
    finally:
        dest.close()
