"""The file a save dialog (or a typed path) names, checked before anything is written there."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QWidget

from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.services.output_paths import check_output_path
from merchant_refunds.ui.common.errors import show_error


def checked_save_path(
    parent: QWidget | None, path: str | os.PathLike[str], *, database: Path | str | None = None
) -> Path | None:
    """``path`` if the program may write there; else None, after a message that names the file
    and says why (the shop's database, its backups folder, another database)."""
    try:
        return check_output_path(path, database=database)
    except InvalidInput as error:
        show_error(parent, error)
        return None
