"""The bundled print font keeps a Chinese confirmation small (issue 16: ≤ 30 KB a page), keeps its
text, and a font the owner names instead is the one that gets embedded."""

from __future__ import annotations

import importlib.util
import io
import itertools
import shutil
import struct
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.ttfonts import TTFontFile

from merchant_refunds.appinfo import bundled_font_path
from merchant_refunds.documents import fonts
from merchant_refunds.documents.confirmation import render_confirmation
from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import clock, orders, refund_requests, shop_settings
from merchant_refunds.services.users import Actor
from merchant_refunds.storage.db import close_database
from tests.factories import tea_order

ROOT = Path(__file__).resolve().parents[2]
SIZE_TARGET = 30 * 1024


pytestmark = pytest.mark.usefixtures("fresh_font_choice")


@pytest.fixture
def samples(tmp_path: Path) -> Iterator[dict[str, str]]:
    """The README's sample refunds (scripts/render_confirmation_samples.py), which
    benchmarks/bench_confirmation.py measures too."""
    spec = importlib.util.spec_from_file_location(
        "render_confirmation_samples", ROOT / "scripts" / "render_confirmation_samples.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    try:
        yield module.build_samples(tmp_path)
    finally:
        close_database()
        clock.set_clock(None)


def _text(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _embedded_fonts(pdf: bytes) -> dict[str, bytes]:
    """BaseFont → the embedded TrueType program, for every font of every page."""
    found = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            found[str(font["/BaseFont"])] = descriptor["/FontFile2"].get_object().get_data()
    return found


def _tables(font: bytes) -> dict[str, tuple[int, int]]:
    """The table directory of a TrueType font: tag → (offset, length)."""
    (count,) = struct.unpack_from(">H", font, 4)
    tables = {}
    for i in range(count):
        tag, _checksum, offset, length = struct.unpack_from(">4sIII", font, 12 + 16 * i)
        tables[tag.decode("latin-1")] = (offset, length)
    return tables


def _units_per_em(font: bytes) -> int:
    offset, _length = _tables(font)["head"]
    return struct.unpack_from(">H", font, offset + 18)[0]


@pytest.mark.parametrize("layout", ["a4", "receipt80"])
def test_the_sample_chinese_confirmation_is_at_most_30_kb(
    samples: dict[str, str], layout: str
) -> None:
    """With the default font choice (nothing named in the shop profile)."""
    assert fonts.shop_font().path == str(bundled_font_path())
    pdf = render_confirmation(samples["zh"], layout, "zh")
    assert len(pdf) <= SIZE_TARGET, f"{len(pdf):,} bytes"
    text = _text(pdf)
    for shown in (
        "退款确认单",
        "西湖龙井 明前特级 250g",
        "龙泉青瓷品茗杯（一对）",
        "¥",
        samples["zh"],
    ):
        assert shown in text, shown
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    assert all(name.split("+")[-1].startswith("WenQuanYiMicroHei") for name in _embedded_fonts(pdf))


def test_the_print_font_has_no_hinting_no_composites_and_256_units_per_em() -> None:
    """What keeps each embedded glyph small; read with ReportLab's own font reader."""
    font = TTFontFile(str(bundled_font_path()))
    data = bundled_font_path().read_bytes()
    assert font.name == b"WenQuanYiMicroHei"
    assert _units_per_em(data) == 256
    assert not {"fpgm", "prep", "cvt ", "hdmx", "LTSH", "VDMX", "GSUB", "GPOS"} & set(font.table)
    num_glyphs = struct.unpack(">H", font.get_table("maxp")[4:6])[0]
    long_offsets = struct.unpack(">h", font.get_table("head")[50:52])[0] == 1
    loca = font.get_table("loca")
    if long_offsets:
        offsets = struct.unpack(f">{num_glyphs + 1}I", loca[: 4 * (num_glyphs + 1)])
    else:
        offsets = [
            2 * o for o in struct.unpack(f">{num_glyphs + 1}H", loca[: 2 * (num_glyphs + 1)])
        ]
    glyf = font.get_table("glyf")
    composites = instructed = 0
    for start, end in itertools.pairwise(offsets):
        if end <= start:
            continue  # an empty glyph (space)
        (contours,) = struct.unpack_from(">h", glyf, start)
        if contours < 0:
            composites += 1
            continue
        end_points = start + 10 + 2 * contours
        (instructions,) = struct.unpack_from(">H", glyf, end_points)
        instructed += instructions > 0
    assert (composites, instructed) == (0, 0)
    assert len(font.charWidths) > 30_000  # every character of upstream face 0 (34,600) is kept
    copyright_text = font.get_table("name")
    assert "WenQuanYi".encode("utf-16-be") in copyright_text


@pytest.fixture
def refund_no(clerk: Actor) -> str:
    orders.create_order(clerk, tea_order("TB1001"))
    request = refund_requests.RefundRequest(
        "TB1001", Selection({1: 1}), ReasonCode.QUALITY_PROBLEM, note="茶叶受潮"
    )
    return refund_requests.request_refund(clerk, request).refund_no


@pytest.mark.parametrize("file_name", ["wqy-microhei-print.ttf", "microhei-2048.ttf"])
def test_a_font_named_in_settings_is_embedded_even_with_the_bundled_fonts_name(
    refund_no: str, owner: Actor, tmp_path: Path, file_name: str
) -> None:
    """The owner names another build of Micro Hei (the same PostScript name, here even the same
    file name) after the bundled one printed: the papers must embed the file named, not the
    bundled one ReportLab already knows under that name. The copy is told apart by its units
    per em (patched to 2048 as upstream's; each glyph is then drawn an eighth of the size)."""
    before = render_confirmation(refund_no, "a4", "zh")
    assert {_units_per_em(f) for f in _embedded_fonts(before).values()} == {256}

    other = tmp_path / file_name
    shutil.copy(bundled_font_path(), other)
    data = bytearray(other.read_bytes())
    head, _length = _tables(bytes(data))["head"]
    struct.pack_into(">H", data, head + 18, 2048)
    other.write_bytes(bytes(data))
    shop_settings.set_shop(owner, {"pdf_font_path": str(other)})

    choice = fonts.shop_font()
    assert choice.embedded and choice.path == str(other)
    after = render_confirmation(refund_no, "a4", "zh")
    embedded = _embedded_fonts(after)
    assert embedded and {_units_per_em(f) for f in embedded.values()} == {2048}
    assert "退款确认单" in _text(after)
    again = render_confirmation(refund_no, "a4", "zh")  # the bundled font is still itself
    shop_settings.set_shop(owner, {"pdf_font_path": ""})
    default = render_confirmation(refund_no, "a4", "zh")
    assert {_units_per_em(f) for f in _embedded_fonts(again).values()} == {2048}
    assert {_units_per_em(f) for f in _embedded_fonts(default).values()} == {256}


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
def test_another_reader_finds_the_chinese_text_too(samples: dict[str, str], tmp_path: Path) -> None:
    """Poppler (what many Linux viewers use) reads the text back, punctuation included."""
    pdf = tmp_path / "zh.pdf"
    pdf.write_bytes(render_confirmation(samples["zh"], "a4", "zh"))
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "退款确认单" in text and "茶叶受潮结块，茶杯一只有裂纹；客户已寄回。" in text
