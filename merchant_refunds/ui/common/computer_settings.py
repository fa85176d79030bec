"""Settings that belong to this computer's user (window geometry, language), not to the shop.

Shop settings live in the database; these live in ``QSettings``. Tests point them at a file of
their own with :func:`use_file`, because Qt caches the standard settings folder per process.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

ORGANIZATION = "merchant-refunds"
APPLICATION = "merchant-refunds"

_file: Path | None = None


def use_file(path: Path | None) -> None:
    """Keep the settings in ``path`` (an INI file) instead of the platform's standard place."""
    global _file
    _file = path


def computer_settings() -> QSettings:
    if _file is not None:
        return QSettings(str(_file), QSettings.Format.IniFormat)
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )
