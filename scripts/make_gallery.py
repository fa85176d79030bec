"""Screenshots of every view and dialog, in Chinese and in English, on a 1366×768 and a
1920×1080 screen, into ``docs/screenshots/gallery/<screen>/<name>-<language>.png``.

For checking the layout by eye (broken words, cut titles, tabs behind scroll arrows, empty
states) after a change to the window. The views and dialogs are those the language and layout
tests walk (``tests/ui/gallery.py``), on demo data with a fixed seed and day. Each screen size
runs in its own process, since Qt's offscreen screen is sized when the application starts
(``offscreen:configfile=…``). The main window fills the screen less a taskbar and a title bar;
dialogs open at the size they choose on that screen. Views are shot on both screens, dialogs
and the settings pages (whose layout does not depend on the window's width) on the smaller
one only. PNGs are reduced to a 64-colour palette: text stays sharp and each file small.

Usage::

    python scripts/make_gallery.py [--out docs/screenshots/gallery] [--only zh|en]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCREENS = {"1366x768": (1366, 768), "1920x1080": (1920, 1080)}
#: What a taskbar and a window's title bar take from the screen's height.
TASKBAR, TITLE_BAR = 40, 32
COLOURS = 64


def _screen_config(folder: Path, width: int, height: int) -> Path:
    config = {
        "synthesizeDevicePixelRatio": False,
        "screens": [
            {
                "name": "shop",
                "x": 0,
                "y": 0,
                "width": width,
                "height": height,
                "logicalDpi": 96,
                "logicalBaseDpi": 96,
                "dpr": 1,
            }
        ],
    }
    path = folder / f"screen-{width}x{height}.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    return path


def save(widget: object, path: Path) -> None:
    """The widget as a palette PNG (Pillow when there, else Qt's own 8-bit conversion)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)  # type: ignore[attr-defined]
    try:
        from PIL import Image
    except ImportError:
        image.convertToFormat(
            QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither
        ).save(str(path), "PNG", 0)
    else:
        data = bytes(image.constBits())
        picture = Image.frombuffer(
            "RGBA", (image.width(), image.height()), data, "raw", "BGRA", image.bytesPerLine(), 1
        ).convert("RGB")
        picture.quantize(COLOURS, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)
    print(f"  {path.name} ({image.width()}x{image.height()}, {path.stat().st_size // 1000} kB)")


def shoot(screen: str, out: Path, only: str | None) -> int:
    """One screen size, in this process: both languages, views (and dialogs on the smaller)."""
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from merchant_refunds.services import clock
    from merchant_refunds.storage.db import close_database, open_database
    from merchant_refunds.ui.common import computer_settings, i18n, tasks
    from tests.ui import gallery

    width, height = SCREENS[screen]
    smallest = screen == min(SCREENS, key=lambda name: SCREENS[name][0])
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("merchant-refunds-gallery")
    work = Path(tempfile.mkdtemp(prefix="merchant-refunds-gallery-"))
    computer_settings.use_file(work / "settings.ini")
    saved_clock = clock.get_clock()
    folder = out / screen
    folder.mkdir(parents=True, exist_ok=True)
    try:
        db_path = open_database(work / "demo.sqlite3", create=True)
        gallery.fill_demo(120)
        clock.set_clock(lambda: gallery.NOW)
        for suffix, language in (("zh", i18n.CHINESE), ("en", i18n.ENGLISH)):
            if only and suffix != only:
                continue
            print(f"{screen} {suffix}:")
            window = gallery.owner_window(db_path, i18n.apply_language(language))
            window.resize(width, height - TASKBAR - TITLE_BAR)
            window.show()
            gallery.settle()
            for name, shown in gallery.views(window):
                if name.startswith("settings-") and not smallest:
                    continue
                save(shown, folder / f"{name}-{suffix}.png")
            if smallest:
                for name, dialog in gallery.dialogs(window):
                    save(dialog, folder / f"{name}-{suffix}.png")
                    gallery.close(dialog)
                    gallery.settle()
            window.close()
            window.deleteLater()
            gallery.settle()
    finally:
        clock.set_clock(saved_clock)
        i18n.apply_language(i18n.ENGLISH)
        tasks.wait_for_tasks()
        close_database()
        computer_settings.use_file(None)
        shutil.rmtree(work, ignore_errors=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots" / "gallery")
    parser.add_argument("--only", choices=("zh", "en"), help="one language only")
    parser.add_argument("--screen", choices=sorted(SCREENS), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    out = args.out.resolve()
    if args.screen:
        return shoot(args.screen, out, args.only)
    with tempfile.TemporaryDirectory() as folder:
        for screen, (width, height) in SCREENS.items():
            config = _screen_config(Path(folder), width, height)
            env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
            command = [sys.executable, __file__, "--screen", screen, "--out", str(out)]
            if args.only:
                command += ["--only", args.only]
            if subprocess.run(command, env=env, check=False).returncode:
                return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
