"""Copies of the shop's database: a copy where the user chooses (a USB stick, a shared folder),
automatic and manual backups in the ``backups`` folder beside it, restore, and the start-up check.

Every backup carries the audit trail's head (in the file itself, and in ``<backup>.head.json``
beside it), so ``check`` sees when the live trail no longer contains what a backup saw: events
cut off or rewritten, or an older copy put in place of the database by hand. A restore is by an
owner with a PIN, only of a backup whose trail verifies, never under another process that has the
database open, and goes through SQLite's backup API into the live file.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import peewee as pw

from merchant_refunds.domain.errors import (
    InvalidInput,
    NotFound,
    PermissionDenied,
    RefundsError,
    Refused,
    StorageError,
)
from merchant_refunds.domain.lifecycle import Role
from merchant_refunds.services import audit, integrity, users
from merchant_refunds.services.output_paths import check_output_path
from merchant_refunds.services.users import Actor, require_role
from merchant_refunds.storage import backups, postgres, presence
from merchant_refunds.storage import models as m
from merchant_refunds.storage.db import close_database, open_database, write_transaction
from merchant_refunds.storage.paths import backup_dir_for, resolve_db_target

#: The audit actions of a restore; their ``replaced_head`` excuses a backup head missing from
#: the live trail.
RESTORE_ACTIONS = ("database.restore", "database.recover")


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
    # Staged beside the destination under a hidden ``.partial`` name, renamed when checked.
    backups.copy_database(db_path, destination)
    _write_manifest(destination)
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
    _write_manifest(path)
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
    _write_manifest(path)
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
    """The newest backup a restore would accept: intact, not too new, its audit trail verified."""
    for found in backups.list_backups(db_path):
        try:
            backups.check_file(found.path)
        except StorageError:
            continue
        if verify_backup_trail(found.path).complete:
            return found
    return None


@contextlib.contextmanager
def _reading(path: Path) -> Iterator[None]:
    """The models bound, for the block, to ``path`` opened read-only: nothing can be written.

    Peewee's binding is global, not per thread: only for the restore and the start-up recovery,
    when no other thread reads the shop's database (the GUI waits for its tasks first)."""
    ro = pw.SqliteDatabase(f"file:{path}?mode=ro", uri=True)
    try:
        with ro.bind_ctx(m.ALL_MODELS):
            yield
    finally:
        ro.close()


def verify_backup_trail(path: Path) -> audit.ChainReport:
    """The audit chain inside a backup file, checked by the same code as the live trail's."""
    try:
        with _reading(path):
            return audit.verify_chain()
    except (pw.DatabaseError, sqlite3.Error) as exc:
        return audit.ChainReport(False, 0, None, f"the trail cannot be read ({exc})")


def _head_in(path: Path) -> audit.ChainHead | None:
    """The newest audit event in a database file; None when it has none or cannot be read."""
    found = backups.trail_head(path)
    return audit.ChainHead(*found) if found else None


def _write_manifest(backup_path: Path) -> audit.ChainHead | None:
    """``<backup>.head.json``: the head read back from the finished copy itself."""
    head = _head_in(backup_path)
    if head is not None:
        data = {"backup": backup_path.name, **head.to_dict()}
        with contextlib.suppress(OSError):
            backups.manifest_path(backup_path).write_text(json.dumps(data), encoding="utf-8")
    return head


def backup_head(path: Path) -> audit.ChainHead | None:
    """The trail's head a backup saw: from its manifest, else read from the file."""
    try:
        data = json.loads(backups.manifest_path(path).read_text(encoding="utf-8"))
        return audit.ChainHead(int(data["event_id"]), str(data["hash"]))
    except (OSError, ValueError, KeyError, TypeError):
        return _head_in(path)


def _head_dict(head: audit.ChainHead | None) -> dict[str, Any] | None:
    return None if head is None else {"event_id": head.event_id, "hash": head.hash}


def _replaced_heads() -> set[tuple[int, str]]:
    """Heads that restores recorded as deliberately replaced."""
    found: set[tuple[int, str]] = set()
    rows = m.AuditEvent.select(m.AuditEvent.after_json).where(
        m.AuditEvent.action.in_(RESTORE_ACTIONS)
    )
    for row in rows:
        try:
            head = json.loads(row.after_json).get("replaced_head") or {}
            found.add((int(head["event_id"]), str(head["hash"])))
        except (ValueError, KeyError, TypeError, AttributeError):
            continue
    return found


def anchor_problems(db_path: Path) -> list[str]:
    """The newest backup's trail head must still be in the live trail (same event id, same hash),
    unless a restore recorded that it replaced that head. Otherwise events were cut off or
    rewritten, or an older copy was put in place of the database. The database must be open."""
    if not isinstance(db_path, Path):
        return []
    for found in backups.list_backups(db_path):
        head = backup_head(found.path)
        if head is not None:
            break
    else:
        return []
    row = m.AuditEvent.get_or_none(m.AuditEvent.id == head.event_id)
    if row is not None and row.hash == head.hash:
        return []
    if (head.event_id, head.hash) in _replaced_heads():
        return []
    return [
        f"the newest backup {found.path.name} ends its audit trail at {head.code}, which this "
        "database does not contain: events were removed or rewritten, or an older copy was put "
        "in place of the database"
    ]


def restorable_target(target: str | None) -> Path:
    """The SQLite file a restore writes to; a server database is restored on the server."""
    resolved = resolve_db_target(target)
    if "://" in resolved:
        raise InvalidInput(
            "restore_server_db",
            "{url} is a database on a PostgreSQL server: restore it there from its dump with "
            "pg_restore (see docs/operations.md)",
            url=postgres.safe_url(resolved),
        )
    return Path(resolved).expanduser()


def owner_in_backup(source: Path, name: str, pin: str) -> Actor:
    """An owner of the backup being restored, checked by PIN against the backup's own users:
    used when the live file is too damaged to sign in to. Nothing is written to either file, so
    wrong PINs are not counted here."""
    try:
        with _reading(source):
            row = m.User.get_or_none(m.User.name == name.strip())
    except (pw.DatabaseError, sqlite3.Error):
        row = None
    if row is None or not row.active:
        raise NotFound("unknown_user", "No active user called {name}", name=name)
    if not users.check_pin(pin, row.pin_hash):
        raise PermissionDenied("wrong_pin", "Wrong PIN for {name}", name=name)
    actor = Actor(row.id, row.name, Role(row.role), row.display_name)
    require_role(actor, Role.OWNER, action="restore a backup")
    return actor


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    kept_as: Path | None
    schema_version: int
    replaced_head: audit.ChainHead | None = None
    backup_head: audit.ChainHead | None = None


def _refuse_if_open_elsewhere(db_path: Path) -> None:
    others = presence.holders(db_path)
    if others:
        raise Refused(
            "db_in_use",
            "The database is still open elsewhere: {holders}. Close Merchant Refunds there, "
            "then restore",
            holders="; ".join(h.describe() for h in others),
        )


def _require_restorable(db_path: Path) -> None:
    if not isinstance(db_path, Path):
        raise StorageError(
            "restore_not_sqlite",
            "This shop's database is on a PostgreSQL server: restore it there from its dump "
            "(pg_restore); see docs/operations.md",
        )


def _check_source(db_path: Path, source: Path) -> int:
    _require_restorable(db_path)
    if source.resolve() == db_path.resolve():
        raise StorageError("restore_onto_itself", "Choose a backup, not the database itself")
    version = backups.check_file(source)
    trail = verify_backup_trail(source)
    if trail.ok and trail.key_missing:
        raise StorageError(
            "backup_key_missing",
            "The audit trail in the backup {path} cannot be checked: this computer does not have "
            "its shop key (merchant-refunds key import); it is not restored",
            path=source.name,
        )
    if not trail.ok:
        raise StorageError(
            "backup_trail_broken",
            "The audit trail in the backup {path} is broken at event {event} ({problem}); "
            "it is not restored",
            path=source.name,
            event=trail.broken_event_id,
            problem=trail.problem,
        )
    return version


def _restore(db_path: Path, source: Path, actor: Actor, *, damaged: bool) -> RestoreResult:
    """Keep the current file, then write the backup into it with SQLite's backup API, while this
    process holds its place in the sessions folder and nobody else has the file open."""
    version = _check_source(db_path, source)
    _refuse_if_open_elsewhere(db_path)
    new_head = _head_in(source)
    live_head = None if damaged else audit.chain_head()
    close_database()
    try:
        kept, replaced = _keep_and_write(db_path, source, damaged=damaged)
    except RefundsError:
        if not damaged:
            open_database(db_path)
        raise
    # The live trail's head, read while the file was still open; a damaged file's from its copy.
    replaced = live_head or replaced
    open_database(db_path)
    with write_transaction():
        audit.record(
            actor.name,
            "database.recover" if damaged else "database.restore",
            "database",
            str(db_path),
            None,
            {
                "from": source.name,
                "kept_as": kept.name if kept else None,
                "replaced_head": _head_dict(replaced),
                "backup_head": _head_dict(new_head),
            },
        )
    return RestoreResult(source, kept, version, replaced, new_head)


def _keep_and_write(
    db_path: Path, source: Path, *, damaged: bool
) -> tuple[Path | None, audit.ChainHead | None]:
    """The kept copy of the current file and the head it ends at, then the backup written in."""
    me = presence.register(db_path)
    try:
        _refuse_if_open_elsewhere(db_path)
        if damaged:
            kept = backups.keep_damaged(db_path, "damaged")
        else:
            kept = backups.make_backup(db_path, backups.BEFORE_RESTORE_LABEL)
        replaced = None
        if kept is not None and kept.suffix == backups.SUFFIX:
            replaced = _write_manifest(kept)
        backups.restore_into(db_path, source)
    finally:
        presence.release(me)
    return kept, replaced


def check_may_restore(actor: Actor) -> None:
    """Only an owner restores: asked before the PIN, so nobody else types one for nothing."""
    require_role(actor, Role.OWNER, action="restore a backup")


def restore_backup(actor: Actor, db_path: Path, source: Path) -> RestoreResult:
    """Write a checked backup into the database; the current file is kept as a backup first.

    For an owner signed in with a PIN. An older schema is upgraded on opening. The restore is
    recorded in the restored database's audit trail with the head it replaced, so ``check``
    knows the newer backups' heads were replaced on purpose.
    """
    check_may_restore(actor)
    return _restore(db_path, source, actor, damaged=False)


def recover_from_backup(db_path: Path, source: Path, user_name: str, pin: str) -> RestoreResult:
    """Restore when the database is too damaged to sign in to: the owner's name and PIN are
    checked against the users in the backup being restored. The damaged file is kept beside the
    backups for a specialist to look at."""
    _require_restorable(db_path)
    actor = owner_in_backup(source, user_name, pin)
    return _restore(db_path, source, actor, damaged=True)


@dataclass(frozen=True)
class HealthReport:
    """What the start-up check found; ``problems`` are in words a shop owner can pass on."""

    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def check_work_size() -> dict[str, int]:
    """What the start-up check reads, stage by stage, in its order (for a progress bar)."""
    sizes = integrity.work_size()
    return {stage: sizes[stage] for stage in integrity.STAGES}


def health_check(db_path: Path, progress: Callable[[str, int], None] | None = None) -> HealthReport:
    """``PRAGMA integrity_check`` (quick form on large files), every protected row against the
    trail (``integrity.check``), and the newest backup's head still in that chain
    (``anchor_problems``)."""
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
    if not problems and on_file:
        problems += [f"anchor: {p}" for p in anchor_problems(db_path)]
    return HealthReport(problems)
