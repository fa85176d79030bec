"""Facts about the installed program that every face shows: its version, where its resources
(translations, icon, bundled font) are, and the licences of what ships with it.

Pure Python (no Qt): the command line, the documents and the GUI all read it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import merchant_refunds

DISTRIBUTION = "merchant-refunds"


@cache
def version() -> str:
    """The version of the installed distribution (pyproject.toml), as pip and the build see it.

    A source tree run without installing has no metadata: it says so rather than guess."""
    # Imported when the version is first asked for (the launcher, --version, About): a module
    # that imports this one for the paths below needs no package metadata.
    from importlib import metadata

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "0+unknown"


def resources_dir() -> Path:
    """``resources/`` beside the package (source tree) or inside it (pip install, built app)."""
    package = Path(merchant_refunds.__file__).resolve().parent
    for candidate in (package.parent / "resources", package / "resources"):
        if candidate.is_dir():
            return candidate
    return package.parent / "resources"


@dataclass(frozen=True)
class Licence:
    """One part of the program and the licence it ships under."""

    component: str
    licence: str


#: What Help → About lists. The bundled font's full licence is in resources/fonts/.
LICENCES: tuple[Licence, ...] = (
    Licence("Qt 6 / PySide6", "LGPL-3.0"),
    Licence("ReportLab, rl-accel", "BSD"),
    Licence("Peewee, openpyxl, python-calamine, holidays, keyring, platformdirs", "MIT"),
    Licence("Babel", "BSD-3-Clause"),
    Licence("psycopg2", "LGPL-3.0 with exceptions"),
    Licence("python-stdnum", "LGPL-2.1+"),
    Licence("orjson", "Apache-2.0 or MIT"),
    Licence("WenQuanYi Micro Hei 文泉驿微米黑", "Apache-2.0 (or GPL-3.0+ with font exception)"),
)


def bundled_font_path() -> Path:
    """The CJK TrueType font that ships with the program: WenQuanYi Micro Hei made smaller for
    printing (see resources/fonts/README.md); the window uses it too where the computer has no
    Chinese font."""
    return resources_dir() / "fonts" / "wqy-microhei-print.ttf"


def icon_path(ext: str = "png") -> Path:
    """The program's icon (``png``, ``svg`` or ``ico``), made by scripts/make_icons.py."""
    return resources_dir() / "icons" / f"merchant-refunds.{ext}"
