"""The QR code on the confirmation scans back to the paper code (read by a real decoder)."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from merchant_refunds.documents.qrcode import QUIET_MODULES, qr_runs
from tests.documents.test_confirmation import refund_no, shop  # noqa: F401

zxingcpp = pytest.importorskip("zxingcpp")


def _image(text: str, scale: int = 4) -> Image.Image:
    """The code's modules as a black-on-white bitmap, quiet zone included."""
    count, runs = qr_runs(text)
    side = (count + 2 * QUIET_MODULES) * scale
    image = Image.new("L", (side, side), 255)
    for row, col, length in runs:
        x = (col + QUIET_MODULES) * scale
        y = (row + QUIET_MODULES) * scale
        image.paste(0, (x, y, x + length * scale, y + scale))
    return image


def _decoded(image: Image.Image) -> list[str]:
    return [code.text for code in zxingcpp.read_barcodes(image)]


@pytest.mark.parametrize(
    "text",
    [
        "RF202611260001-NUWHL3E5",
        "RF202611260001-NUWHL3E5-13-26E4820C",
        "RF209912319999-ABCDEFGH-1234567-FFFFFFFF",
        "rf202611260001-nuwhl3e5",  # lower case: byte mode
        "RF1-A",
    ],
)
def test_codes_of_every_shape_decode_to_what_was_encoded(text: str) -> None:
    qr_runs.cache_clear()
    assert _decoded(_image(text)) == [text]


def test_many_distinct_paper_codes_decode() -> None:
    """The fixed mask pattern is valid for any data: a spread of refunds all scan."""
    for n in range(0, 2000, 37):
        text = f"RF2026112{n:05d}-{'ABCDEFGH'[n % 8] * 8}-{n * 7919}-{n * 2654435761 % 2**32:08X}"
        assert _decoded(_image(text)) == [text], text


@pytest.mark.parametrize("layout", ["a4", "receipt80"])
def test_the_printed_page_scans_to_its_paper_code(
    refund_no: str,  # noqa: F811
    layout: str,
    qapp: object,
) -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtPdf import QPdfDocument

    from merchant_refunds.documents.confirmation import render_confirmation
    from merchant_refunds.services import confirmations

    pdf = render_confirmation(refund_no, layout, "zh")
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    size = document.pagePointSize(0)
    dpi = 150
    page = document.render(
        0, QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))
    )
    png = QBuffer()
    png.open(QIODevice.OpenModeFlag.WriteOnly)
    page.save(png, "PNG")
    rendered = Image.open(io.BytesIO(bytes(png.data()))).convert("RGBA")
    image = Image.new("RGBA", rendered.size, "white")
    image.alpha_composite(rendered)  # QtPdf leaves the paper transparent
    assert _decoded(image) == [confirmations.paper_code(refund_no)]
