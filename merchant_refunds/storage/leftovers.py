"""The temporary files a backup copy or a restore writes beside the database, and clearing the
ones a crash left behind.

Apart from ``storage.backups`` because opening the database clears them, and every command opens
it: the backup code itself loads only for the commands that copy.
"""

from __future__ import annotations

import logging
from pathlib import Path

from merchant_refunds.storage.paths import backup_dir_for

#: A copy being written: renamed to its final name once complete and checked.
PARTIAL_SUFFIX = ".partial"
#: A restore being staged beside the database.
RESTORING_SUFFIX = ".restoring"

log = logging.getLogger("merchant_refunds.storage.backups")


def remove_leftovers(db_path: Path) -> list[Path]:
    """Delete the temporary files a crash left behind (copies being written, a restore being
    staged); backups themselves (``*.sqlite3`` under their final names) are never touched.
    Call only while no other process has the database open (it may be writing one right now)."""
    patterns = [
        (db_path.parent, f".{db_path.name}*{PARTIAL_SUFFIX}"),
        (db_path.parent, f".{db_path.name}*{RESTORING_SUFFIX}"),
        (backup_dir_for(db_path), f".*{PARTIAL_SUFFIX}"),
        (backup_dir_for(db_path), f".*{PARTIAL_SUFFIX}-journal"),
        (backup_dir_for(db_path), f".*{RESTORING_SUFFIX}"),
    ]
    removed: list[Path] = []
    for folder, pattern in patterns:
        if not folder.is_dir():
            continue
        for path in folder.glob(pattern):
            if not path.is_file():
                continue
            try:
                path.unlink()
            except OSError as exc:
                log.warning("Cannot remove the leftover %s: %s", path, exc)
                continue
            log.warning("Removed %s, left behind by an interrupted copy", path)
            removed.append(path)
    return removed
