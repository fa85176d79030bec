"""Where the program may write a file a person named (an export, a PDF, a copy, an ``.eml``).

Every writer asks :func:`check_output_path` first, before it makes even a temporary file: a
mistyped or malicious ``-o shop.sqlite3`` must never overwrite the shop's records. Refused are
the live database (however it is spelled: relative, other letter case, a symbolic or hard link),
its ``-wal``, ``-shm`` and ``-journal`` companions, the backups folder and everything in it, and
any existing file that is an SQLite database (another shop's file, an older copy).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import peewee as pw

from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.storage.models import database as _database
from merchant_refunds.storage.paths import backup_dir_for

#: The first 16 bytes of every SQLite 3 database file.
SQLITE_HEADER = b"SQLite format 3\x00"
#: Files SQLite keeps beside the database while it works; writing over one loses data.
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


def live_database_file() -> Path | None:
    """The SQLite file now open, or None (a PostgreSQL server, or nothing open)."""
    db = _database.obj
    if not isinstance(db, pw.SqliteDatabase):
        return None
    name = str(db.database or "")
    if not name or name == ":memory:" or name.startswith("file:"):
        return None
    return Path(name)


def _key(path: Path) -> str:
    """A spelling-insensitive key: absolute, links followed, letter case folded."""
    return os.path.normcase(str(path)).casefold()


def _same_file(a: Path, b: Path) -> bool:
    with contextlib.suppress(OSError):
        return a.exists() and b.exists() and os.path.samefile(a, b)
    return False


def _is_sqlite_file(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _spellings(path: Path) -> list[Path]:
    """The path as written (made absolute) and with its links followed."""
    absolute = Path(os.path.abspath(path))
    resolved = path.resolve()
    return [absolute] if absolute == resolved else [absolute, resolved]


def check_output_path(path: str | os.PathLike[str], *, database: Path | str | None = None) -> Path:
    """Return ``path`` (with ``~`` expanded) if the program may write a file there.

    Raises :class:`InvalidInput` naming the path and the reason when it is the shop's database
    (``database`` where it is a file ``Path``, else the open SQLite file), one of its companions,
    in its backups folder, or an existing SQLite database. Nothing is created or changed either
    way. A server database (a URL) has no file: only the last rule applies then.
    """
    target = Path(path).expanduser()
    names = _spellings(target)
    keys = {_key(p) for p in names}
    live = database if isinstance(database, Path) else live_database_file()
    if live is not None:
        for db_name in _spellings(live.expanduser()):
            if _key(db_name) in keys or _same_file(target, db_name):
                raise InvalidInput(
                    "output_is_database",
                    "{path} is the shop's database; choose another file name",
                    path=target,
                )
            for suffix in COMPANION_SUFFIXES:
                companion = db_name.with_name(db_name.name + suffix)
                if _key(companion) in keys or _same_file(target, companion):
                    raise InvalidInput(
                        "output_is_database_companion",
                        "{path} is a working file of the shop's database; choose another file name",
                        path=target,
                    )
            folder = backup_dir_for(db_name)
            folder_key = _key(folder)
            for name in names:
                inside = [name, *name.parents]
                if any(_key(p) == folder_key or _same_file(p, folder) for p in inside):
                    raise InvalidInput(
                        "output_in_backups",
                        "{path} is in the shop's backups folder {folder}; "
                        "choose a place outside it",
                        path=target,
                        folder=folder,
                    )
    if target.is_file() and _is_sqlite_file(target):
        raise InvalidInput(
            "output_is_a_database",
            "{path} is a database file; choose another file name (a database is never "
            "written over)",
            path=target,
        )
    return target
