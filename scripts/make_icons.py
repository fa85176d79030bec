"""Make the program's icon files from resources/icons/merchant-refunds.svg.

    .venv/bin/python scripts/make_icons.py

Writes merchant-refunds.png (256 px: window, Linux desktop entry) and merchant-refunds.ico
(16 to 256 px: the Windows executables) beside the SVG. Each size is drawn from the SVG by Qt,
not scaled down from the largest, so the small ones stay sharp. Run it after editing the SVG and
commit the outputs (PyInstaller and the desktop entry need files, not an SVG renderer).
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SVG = ICONS / "merchant-refunds.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    """The SVG drawn at ``size``×``size`` pixels, as a Pillow image with transparency."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window needed, nor a display
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    images = [render(renderer, size) for size in ICO_SIZES]
    images[-1].save(ICONS / "merchant-refunds.png", optimize=True)
    images[-1].save(
        ICONS / "merchant-refunds.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=images[:-1],
    )
    for name in ("merchant-refunds.png", "merchant-refunds.ico"):
        print(f"{name}: {(ICONS / name).stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
