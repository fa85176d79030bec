"""Where the shop's database lives: the platform's user data folder unless told otherwise."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "merchant-refunds"
DB_ENV = "MERCHANT_REFUNDS_DB"
DB_FILENAME = "merchant-refunds.sqlite3"


def default_db_path() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / DB_FILENAME


def backup_dir_for(db_path: Path) -> Path:
    return db_path.parent / "backups"


def resolve_db_target(explicit: str | os.PathLike[str] | None = None) -> str:
    """``--db`` first, then ``MERCHANT_REFUNDS_DB``, then the default file."""
    if explicit:
        return os.fspath(explicit)
    env = os.environ.get(DB_ENV, "").strip()
    if env:
        return env
    return os.fspath(default_db_path())
