"""Schema versions. Each upgrade step runs in one transaction after a backup copy of the file.

Version 1: the tables of ``models``. Version 2: the trigram order search index. Version 3: the
signature records (scans, drawn signatures and signed confirmations).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import peewee as pw

from merchant_refunds.domain.errors import StorageError
from merchant_refunds.storage import search_index
from merchant_refunds.storage.models import ALL_MODELS, Setting, SignatureRecord
from merchant_refunds.storage.paths import backup_dir_for

VERSION_KEY = "schema_version"


def _v2_search_index(db: pw.Database) -> None:
    search_index.create(db)
    search_index.rebuild(db)


def _v3_signatures(db: pw.Database) -> None:
    db.create_tables([SignatureRecord])


#: version reached -> step that reaches it from the one before
STEPS: dict[int, Callable[[pw.Database], None]] = {2: _v2_search_index, 3: _v3_signatures}
#: The newest schema: the last step's version.
SCHEMA_VERSION = max(STEPS)


def read_version(db: pw.Database) -> int:
    if "setting" not in db.get_tables():
        return 0
    row = Setting.get_or_none(Setting.key == VERSION_KEY)
    return int(row.value) if row else 0


def _set_version(version: int) -> None:
    Setting.insert(key=VERSION_KEY, value=str(version)).on_conflict_replace().execute()


def backup_copy(db_path: Path, label: str) -> Path:
    """Copy the live database with SQLite's online backup API (safe while it is open)."""
    folder = backup_dir_for(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{db_path.stem}-{label}-{stamp}.sqlite3"
    source = sqlite3.connect(str(db_path))
    try:
        dest = sqlite3.connect(str(target))
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


def create_fresh(db: pw.Database) -> None:
    with db.atomic():
        db.create_tables(ALL_MODELS)
        search_index.create(db)
        _set_version(SCHEMA_VERSION)


def migrate(db: pw.Database, db_path: Path | None) -> int:
    """Bring the database to ``SCHEMA_VERSION``; return the version it started at."""
    tables = db.get_tables()
    version = read_version(db)
    if version == 0 and not tables:
        create_fresh(db)
        return 0
    if version == 0:
        raise StorageError(
            "db_foreign", "This file holds tables of another program, not Merchant Refunds"
        )
    if version > SCHEMA_VERSION:
        raise StorageError(
            "db_too_new",
            "This database was written by a newer version (schema {found}); "
            "please update Merchant Refunds",
            found=version,
        )
    if version == SCHEMA_VERSION:
        return version
    if db_path is not None:
        backup_copy(db_path, f"before-v{SCHEMA_VERSION}-from-v{version}")
    for target in sorted(v for v in STEPS if v > version):
        with db.atomic():
            STEPS[target](db)
            _set_version(target)
    return version
