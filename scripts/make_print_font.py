"""Derive the bundled print font ``resources/fonts/wqy-microhei-print.ttf`` from Micro Hei.

Why: every PDF the program writes embeds a subset of its Chinese font, and the upstream font makes
that subset large. ReportLab copies each glyph's bytes as they are, so the upstream font's hinting
instructions, its characters built from component glyphs (the components travel too) and its
2048 units per em (two-byte coordinates) all end up in the PDF. The print font keeps every
character and its outline, and drops what paper does not need:

- hinting (glyph instructions, ``fpgm``/``prep``/``cvt ``, ``gasp``, ``hdmx``, ``LTSH``, ``VDMX``),
  OpenType layout (``GSUB``/``GPOS``/``GDEF``/``kern``), vertical metrics and bitmaps;
- name records other than IDs 0-6 (copyright, family, style, unique id, full name, version,
  PostScript name; English, Windows platform); the version string says what was changed;
- composite glyphs: each is flattened into a simple glyph, and the component-only glyphs go;
- precision: 2048 units per em are scaled to 256 (1 unit is 0.035 pt at 9 pt, far below a
  600 dpi printer's dot), so most coordinates fit in one byte.

The A4 Chinese refund confirmation went from 41 KB to 28 KB (docs/performance.md, issue 16).

The upstream file is ``wqy-microhei.ttc`` 0.2.0-beta: from the Debian package
``fonts-wqy-microhei`` (``apt-get download fonts-wqy-microhei`` and ``dpkg-deb -x`` the .deb; it
is ``usr/share/fonts/truetype/wqy/wqy-microhei.ttc``) or from the upstream release,
https://downloads.sourceforge.net/project/wqy/wqy-microhei/0.2.0-beta/ (the .tar.gz there).
Face 0 (Micro Hei, not Micro Hei Mono) is used.

fontTools is needed by this script only (not by the program or its tests). Usage::

    python3 -m venv /tmp/ftvenv && /tmp/ftvenv/bin/pip install fonttools
    /tmp/ftvenv/bin/python scripts/make_print_font.py path/to/wqy-microhei.ttc

The output is the same for the same input and fontTools version (the committed file was made with
fontTools 4.69.1 from the Debian file whose SHA-256 is ``UPSTREAM_SHA256``).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

from fontTools import subset
from fontTools.pens.recordingPen import DecomposingRecordingPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont
from fontTools.ttLib.scaleUpem import scale_upem

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "resources" / "fonts" / "wqy-microhei-print.ttf"
UPSTREAM_SHA256 = "2420e8078af796b19a3f6ef13de527a1a91c1e7171eea115926c614ced1009b3"
FACE = 0
UNITS_PER_EM = 256
NAME_IDS = [0, 1, 2, 3, 4, 5, 6]
DROPPED_TABLES = [
    *("GSUB", "GPOS", "GDEF", "kern", "vhea", "vmtx", "gasp", "hdmx", "LTSH", "VDMX"),
    *("DSIG", "EBDT", "EBLC", "EBSC", "FFTM"),
]
CHANGE_NOTE = (
    "; modified for Merchant Refunds printing: hinting, layout and vertical tables removed, "
    "composite glyphs flattened, 256 units per em"
)


def flatten_composites(font: TTFont) -> int:
    """Replace every composite glyph by a simple glyph with the same outline; returns how many."""
    glyph_set = font.getGlyphSet()
    glyf = font["glyf"]
    flat = {}
    for name in font.getGlyphOrder():
        if glyf[name].isComposite():
            recording = DecomposingRecordingPen(glyph_set)
            glyph_set[name].draw(recording)
            pen = TTGlyphPen(None)
            recording.replay(pen)
            flat[name] = pen.glyph()
    for name, glyph in flat.items():
        glyf[name] = glyph
    return len(flat)


def drop_hinting_and_layout(font: TTFont) -> None:
    """Keep every character of the cmap; drop the rest (see the module docstring)."""
    options = subset.Options()
    options.hinting = False
    options.layout_features = []
    options.name_IDs = NAME_IDS
    options.notdef_outline = True
    options.glyph_names = False
    options.drop_tables += DROPPED_TABLES
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=font.getBestCmap().keys())
    subsetter.subset(font)


def note_the_change(font: TTFont) -> None:
    """Apache-2.0 asks modified files to say they were changed: the version string says how."""
    name = font["name"]
    for record in list(name.names):
        if record.nameID == 5:
            name.setName(
                record.toUnicode() + CHANGE_NOTE,
                5,
                record.platformID,
                record.platEncID,
                record.langID,
            )


def make_print_font(source: Path, output: Path) -> TTFont:
    font = TTCollection(str(source)).fonts[FACE]
    characters = set(font.getBestCmap())
    flattened = flatten_composites(font)
    drop_hinting_and_layout(font)
    scale_upem(font, UNITS_PER_EM)
    note_the_change(font)
    font.recalcTimestamp = False  # keep upstream's dates: the same input gives the same file
    font.save(str(output))
    made = TTFont(str(output))
    assert set(made.getBestCmap()) == characters, "characters were lost"
    assert made["head"].unitsPerEm == UNITS_PER_EM
    assert not any(made["glyf"][name].isComposite() for name in made.getGlyphOrder())
    assert not {"fpgm", "prep", "cvt ", "GSUB", "GPOS"} & set(made.keys())
    print(
        f"{output}: {output.stat().st_size:,} bytes, {len(characters):,} characters, "
        f"{len(made.getGlyphOrder()):,} glyphs ({flattened:,} composites flattened)"
    )
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("source", type=Path, help="the upstream wqy-microhei.ttc")
    parser.add_argument("--out", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    digest = hashlib.sha256(args.source.read_bytes()).hexdigest()
    if digest != UPSTREAM_SHA256:
        print(
            f"note: {args.source} is not the file the committed font was made from", file=sys.stderr
        )
    make_print_font(args.source, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
