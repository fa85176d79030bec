"""The program's icon and, on a computer without a Chinese font, the bundled one for the window.

A fresh English Windows or a minimal Linux has no font with Chinese glyphs: every Chinese text in
the window would be boxes. The program ships WenQuanYi Micro Hei for its PDFs (resources/fonts/,
made smaller for printing; without its hinting it looks the same on screen: the rasteriser's own
hinting and anti-aliasing take over); the same file is registered with Qt and put after the
default family, so Qt falls back to it for characters the system fonts lack.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from merchant_refunds.appinfo import bundled_font_path, icon_path


def program_icon() -> QIcon:
    """The icon of the windows and the task bar (the executables carry the same one)."""
    icon = QIcon()
    for ext in ("svg", "png"):
        path = icon_path(ext)
        if path.is_file():
            icon.addFile(str(path))
    return icon


def system_has_chinese_font() -> bool:
    """Whether any font the system offers Qt writes Simplified Chinese."""
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def use_bundled_font_if_needed(app: QApplication) -> str | None:
    """Register the bundled CJK font when the system has none; returns its family, or None when
    it was not needed (or cannot be loaded)."""
    if system_has_chinese_font():
        return None
    font_id = QFontDatabase.addApplicationFont(str(bundled_font_path()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    family = families[0]
    font = QFont(app.font())
    font.setFamilies([*font.families(), family])
    app.setFont(font)
    return family
