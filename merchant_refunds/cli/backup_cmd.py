"""``merchant-refunds backup``, ``restore`` and ``check``: the backup commands for scripts and
for a shop owner at a terminal, on the same services as the GUI's File menu."""

from __future__ import annotations

import argparse
from pathlib import Path

from merchant_refunds.cli.i18n import tx
from merchant_refunds.cli.inputs import acting_name, read_pin, sign_in
from merchant_refunds.cli.output import Output
from merchant_refunds.domain.errors import StorageError
from merchant_refunds.services import audit, backup
from merchant_refunds.services.database import close_database, copy_to_postgres, open_database
from merchant_refunds.services.output_paths import check_output_path


def backup_cmd(args: argparse.Namespace, out: Output) -> int:
    db_path = open_database(args.db)
    destination = check_output_path(args.to, database=db_path) if args.to else None
    actor = sign_in(args.user)
    path = backup.back_up_now(actor, db_path, destination)
    out.emit({"backup": str(path)}, [tx("Backup saved: {path}").format(path=path)])
    return 0


def restore_cmd(args: argparse.Namespace, out: Output) -> int:
    """Restore as an owner with a PIN: signed in to the live database, or, when it is too
    damaged to open, checked against the users in the backup being restored. The current file
    is kept beside the backups either way."""
    db_path = backup.restorable_target(args.db)
    source = Path(args.file).expanduser()
    backup.check_backup(source)
    try:
        open_database(db_path)
    except StorageError as exc:
        if exc.code != "db_corrupt":
            raise
        name = acting_name(args.user)
        result = backup.recover_from_backup(db_path, source, name, read_pin(name))
    else:
        result = backup.restore_backup(sign_in(args.user), db_path, source)
    kept = str(result.kept_as) if result.kept_as else None
    lines = [tx("Restored {db_path} from {source}.").format(db_path=db_path, source=source)]
    if kept:
        lines.append(tx("The database as it was is kept at {kept}.").format(kept=kept))
    out.emit({"database": str(db_path), "restored_from": str(source), "kept_as": kept}, lines)
    return 0


def check_cmd(args: argparse.Namespace, out: Output) -> int:
    db_path = open_database(args.db)
    report = backup.health_check(db_path)
    close_database()
    if not report.ok:
        raise StorageError(
            "db_damaged",
            "{path} failed its check: {problem}",
            path=db_path,
            problem="; ".join(report.problems),
        )
    text = tx("{db_path}: integrity and audit trail OK.").format(db_path=db_path)
    out.emit({"ok": True, "database": str(db_path)}, [text])
    return 0


def audit_head_cmd(args: argparse.Namespace, out: Output) -> int:
    """The trail's newest event and its anchor code, to write down or compare with a paper."""
    open_database(args.db)
    try:
        head = audit.chain_head()
    finally:
        close_database()
    if head is None:
        out.emit({"event_id": None, "hash": None, "code": None}, [tx("The audit trail is empty.")])
        return 0
    lines = [
        tx("Newest event: {event}").format(event=head.event_id),
        tx("Hash: {hash}").format(hash=head.hash),
        tx("Anchor code: {code}").format(code=head.code),
    ]
    out.emit(head.to_dict(), lines)
    return 0


def migrate_db_cmd(args: argparse.Namespace, out: Output) -> int:
    """Copy the file to the server, then check the audit chain there as well."""
    moved = copy_to_postgres(args.db, args.to)
    rows = moved.report.rows
    lines = [
        tx("Copied {source} to {target}: {rows} rows, audit trail intact.").format(
            source=moved.source, target=moved.target, rows=sum(rows.values())
        )
    ]
    lines += [f"  {name}: {count}" for name, count in rows.items()]
    data = {
        "target": moved.target,
        **moved.report.to_dict(),
        "audit_events_checked": moved.audit_events_checked,
    }
    out.emit(data, lines)
    return 0
