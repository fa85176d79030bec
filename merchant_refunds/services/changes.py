"""Whether another counter changed the shop's data: the views poll this and read again.

The faces never reach the storage layer; this is their door to ``storage.changes``.
"""

from __future__ import annotations

from pathlib import Path

from merchant_refunds.storage import changes
from merchant_refunds.storage.db import current_database
from merchant_refunds.storage.models import database


class Watcher:
    """Open on the database in use; ``changed()`` is cheap enough for a timer every second."""

    def __init__(self) -> None:
        db = current_database()
        path = Path(db.database) if not isinstance(db.database, Path) else db.database
        self._watcher = changes.open_watcher(db, path)
        self._db = database.obj

    def changed(self) -> bool:
        """True when something was committed since the last call (by anyone)."""
        if database.obj is not self._db:
            return False  # another database was opened: its own watcher takes over
        return self._watcher.changed()

    def close(self) -> None:
        self._watcher.close()


def watch() -> Watcher:
    return Watcher()
