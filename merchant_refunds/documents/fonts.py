"""The font printed documents use for Chinese (and everything else).

A PDF shows Chinese in every viewer and on every printer only when the font travels inside it, so
we embed a subset of a TrueType CJK font. The first choice is the one that ships with the program,
``resources/fonts/wqy-microhei-print.ttf`` (WenQuanYi Micro Hei, Apache-2.0, made smaller for
printing by ``scripts/make_print_font.py``): the same paper on every computer, and a small one
(an A4 Chinese confirmation is 28 KB with it, 41 KB with the upstream font). Only where that file
is missing or unusable (a packager removed it) do we search the computer's TrueType CJK fonts;
fonts with PostScript (CFF) outlines, such as Noto Sans CJK, cannot be embedded by ReportLab and
are skipped. Where even those are missing we fall back to ReportLab's built-in CID font
STSong-Light, which is *not* embedded: Adobe Reader shows it, some other viewers do not. A font
named in the shop profile (``pdf_font_path``) comes before all of these.
Registration parses a 7-20 MB file, so each font is registered once per process, under a name
and a face name of its own (ReportLab otherwise hands a second file with the same PostScript name,
or the same file name, the first file's font). Characters are numbered in the order they first
appear (``asciiReadable=False``): ReportLab otherwise keeps 95 codes of the first subset for
ASCII, and a Chinese page spilled into a second subset that carried its own copy of the font's
tables (5 KB more per page); text stays searchable through ToUnicode.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from merchant_refunds.appinfo import bundled_font_path

FALLBACK_FONT = "STSong-Light"

#: Well-known TrueType CJK fonts on Linux, best first, under a ``fonts`` folder of one of the
#: XDG data folders (``/usr/share`` unless ``XDG_DATA_DIRS`` says otherwise), with the index of
#: the face inside a .ttc collection.
LINUX_FONTS: tuple[tuple[str, int], ...] = (
    ("truetype/wqy/wqy-zenhei.ttc", 0),
    ("wqy-zenhei/wqy-zenhei.ttc", 0),
    ("wenquanyi/wqy-zenhei/wqy-zenhei.ttc", 0),
    ("truetype/wqy/wqy-microhei.ttc", 0),
    ("truetype/arphic/uming.ttc", 0),
    ("truetype/droid/DroidSansFallbackFull.ttf", 0),
)

#: Well-known TrueType CJK fonts on macOS, best first.
MACOS_FONTS: tuple[tuple[str, int], ...] = (
    ("/System/Library/Fonts/STHeiti Light.ttc", 0),
    ("/System/Library/Fonts/STHeiti Medium.ttc", 0),
    ("/Library/Fonts/Arial Unicode.ttf", 0),
    ("/System/Library/Fonts/Supplemental/Arial Unicode.ttf", 0),
    ("/System/Library/Fonts/PingFang.ttc", 0),
)


@dataclass(frozen=True)
class FontChoice:
    """The font in use: its registered ``name``, where it came from, and whether it is embedded."""

    name: str
    path: str
    embedded: bool

    def describe(self) -> str:
        if self.embedded:
            return f"{Path(self.path).name} (TrueType, embedded as a subset)"
        return (
            f"{self.name} (built-in CID font, not embedded: install a TrueType CJK font such as "
            "WenQuanYi Zen Hei for PDFs that show Chinese everywhere)"
        )


_lock = threading.Lock()
_registered: dict[tuple[str, int], FontChoice | None] = {}
_chosen: dict[str, FontChoice] = {}
#: The PostScript (face) names of the fonts registered so far, with their file and face index.
_faces: dict[bytes, tuple[str, int]] = {}


def _register_ttf(path: str, index: int) -> FontChoice | None:
    """Register a TrueType font once; None if it is missing or has CFF outlines."""
    key = (path, index)
    if key in _registered:
        return _registered[key]
    choice = None
    if os.path.isfile(path):
        name = _unused_name(f"MR-{Path(path).stem}-{index}")
        try:
            font = TTFont(name, path, subfontIndex=index, asciiReadable=False)
        except (TTFError, OSError, ValueError, KeyError, IndexError):
            font = None
        if font is not None and _has_cjk(font):
            _cache_tables(font)
            _own_face_name(font, key)
            pdfmetrics.registerFont(font)
            choice = FontChoice(name, path, True)
    _registered[key] = choice
    return choice


def _unused_name(name: str) -> str:
    """``name``, or ``name~N`` when a font of that name (another file called the same) is in."""
    taken = set(pdfmetrics.getRegisteredFontNames())
    unique, n = name, 1
    while unique in taken:
        n += 1
        unique = f"{name}~{n}"
    return unique


def _own_face_name(font: TTFont, key: tuple[str, int]) -> None:
    """Give ``font`` a face name no other registered file has: ReportLab registers a font whose
    PostScript name it knows as that earlier font (the bundled print font and the upstream Micro
    Hei, or two versions of SimHei, are both the same name), and would embed the wrong file."""
    face = font.face
    base, n = face.name, 1
    while _faces.get(face.name, key) != key:
        n += 1
        face.name = base + b"_" + str(n).encode()
    _faces[face.name] = key


def _cache_tables(font: TTFont) -> None:
    """Keep the font's tables once read: each document's subset otherwise slices them again out
    of the whole font file (megabytes for a CJK font) for every subset it writes."""
    face = font.face
    face.get_table = functools.lru_cache(maxsize=64)(face.get_table)


def _has_cjk(font: TTFont) -> bool:
    """A font for our paper must at least have 退 and 款."""
    widths = font.face.charWidths
    return ord("退") in widths and ord("款") in widths


def _fc_list_candidates() -> list[tuple[str, int]]:
    """TrueType Chinese fonts fontconfig knows about (Linux, and macOS with fontconfig)."""
    fc_list = shutil.which("fc-list")
    if not fc_list:
        return []
    try:
        out = subprocess.run(
            [fc_list, ":lang=zh", "file", "index", "fontformat"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    found = []
    for line in out.splitlines():
        path, _, rest = line.partition(":")
        if not path.lower().endswith((".ttf", ".ttc")) or "CFF" in rest:
            continue
        index = 0
        for part in rest.split(":"):
            part = part.strip()
            if part.startswith("index="):
                try:
                    index = int(part.split("=", 1)[1])
                except ValueError:
                    index = 0
        found.append((path, index))
    return sorted(set(found))


def _windows_font_dir_candidates() -> list[tuple[str, int]]:
    if sys.platform != "win32":
        return []
    windir = os.environ.get("WINDIR", "C:/Windows")
    return [
        (str(Path(windir) / "Fonts" / name), 0)
        for name in ("simhei.ttf", "simsun.ttc", "msyh.ttc", "msyh.ttf", "simkai.ttf")
    ]


def _xdg_font_dir_candidates() -> list[tuple[str, int]]:
    """The well-known Linux fonts in the XDG data folders, where the freedesktop conventions
    (and fontconfig's default set-up) put the system's fonts."""
    if sys.platform in ("win32", "darwin"):
        return []
    folders = os.environ.get("XDG_DATA_DIRS", "").strip() or "/usr/local/share:/usr/share"
    return [
        (str(Path(folder) / "fonts" / name), index)
        for folder in folders.split(os.pathsep)
        if folder
        for name, index in LINUX_FONTS
    ]


def system_fonts() -> list[tuple[str, int]]:
    """Every place a TrueType CJK font of the computer may be, in the order they are tried."""
    return [
        *_xdg_font_dir_candidates(),
        *MACOS_FONTS,
        *_windows_font_dir_candidates(),
        *_fc_list_candidates(),
    ]


def bundled_font() -> tuple[str, int]:
    """The font that ships with the program, as (path, face index)."""
    return str(bundled_font_path()), 0


def candidate_fonts() -> Iterator[tuple[str, int]]:
    """The bundled font first (the same paper everywhere, and small), then the computer's ones;
    lazily, so the computer is searched (``fc-list`` run) only when the bundled font is gone."""
    yield bundled_font()
    yield from system_fonts()


def _fallback() -> FontChoice:
    if FALLBACK_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FALLBACK_FONT))
    return FontChoice(FALLBACK_FONT, "", False)


def find_font(configured: str = "") -> FontChoice:
    """The font to use: the configured file if it works, else the first usable one found.

    ``configured`` may end in ``#N`` to pick face N of a .ttc collection.
    """
    with _lock:
        if configured in _chosen:
            return _chosen[configured]
        choice = None
        if configured:
            path, _, face = configured.partition("#")
            choice = _register_ttf(path, int(face) if face.isdigit() else 0)
        if choice is None:
            for path, index in candidate_fonts():
                choice = _register_ttf(path, index)
                if choice is not None:
                    break
        if choice is None:
            choice = _fallback()
        _chosen[configured] = choice
        return choice


def shop_font() -> FontChoice:
    """The font for this shop's documents (``pdf_font_path`` in the shop profile, or searched)."""
    from merchant_refunds.services.shop_settings import get_shop

    return find_font(get_shop().get("pdf_font_path", "").strip())


def clear_cache() -> None:
    """Forget the choices (tests, or after the shop changes its font setting)."""
    with _lock:
        _chosen.clear()
