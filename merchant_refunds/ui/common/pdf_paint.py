"""Painting the confirmation PDFs into a printer, and writing files so a crash leaves no half file.

The PDF that ``documents`` renders is the single source of what the paper says; preview and print
rasterise its pages with QtPdf (pdfium) instead of laying the form out a second time in Qt, so
what the clerk previews, prints and saves can never differ.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

#: Pages are rasterised at the printer's resolution up to this: sharp text, bounded memory.
MAX_RENDER_DPI = 300
RECEIPT_LAYOUT = "receipt80"


class PdfPages:
    """A PDF held in memory for painting; QtPdf reads from the buffer, so both live together."""

    def __init__(self, data: bytes) -> None:
        self._buffer = QBuffer()
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready:
            raise ValueError("not a readable PDF")

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def page_size(self, index: int) -> QSizeF:
        """The page's size in points (1/72 inch)."""
        return self.document.pagePointSize(index)

    def render(self, index: int, dpi: int) -> QImage:
        size = self.page_size(index)
        pixels = QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))
        return self.document.render(index, pixels)


def page_size_for(layout: str, size_pt: QSizeF) -> QPageSize:
    """A4 and Letter as the standard sizes printers know; the receipt as a custom roll length."""
    if layout == RECEIPT_LAYOUT:
        return QPageSize(
            size_pt, QPageSize.Unit.Point, "Receipt 80 mm", QPageSize.SizeMatchPolicy.ExactMatch
        )
    return QPageSize(size_pt, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)


def _page_layout(layout: str, size_pt: QSizeF) -> QPageLayout:
    return QPageLayout(
        page_size_for(layout, size_pt),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Point,
    )


def paint_pdfs(
    printer: QPrinter,
    pdfs: Sequence[bytes],
    layout: str,
    on_page: Callable[[int], None] | None = None,
) -> int:
    """Paint every page of ``pdfs`` into ``printer``, one print job; return the pages painted.

    0 means the printer could not be opened (unplugged, removed): the caller says so. A PDF file
    printer takes each page at its own size (receipts differ in length); a real printer cannot
    change paper in the middle of a job, so it gets the tallest page and shorter ones at the top.
    """
    documents = [PdfPages(data) for data in pdfs]
    sizes = [doc.page_size(i) for doc in documents for i in range(doc.page_count)]
    if not sizes:
        return 0
    per_page = printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
    tallest = max(sizes, key=lambda s: s.height())
    printer.setFullPage(True)
    printer.setPageLayout(_page_layout(layout, sizes[0] if per_page else tallest))
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    dpi = min(printer.resolution(), MAX_RENDER_DPI)
    painted = 0
    try:
        for doc in documents:
            for index in range(doc.page_count):
                size = doc.page_size(index)
                if painted:
                    if per_page:
                        printer.setPageLayout(_page_layout(layout, size))
                    printer.newPage()
                _draw_page(painter, printer, doc.render(index, dpi), size)
                painted += 1
                if on_page is not None:
                    on_page(painted)
    finally:
        painter.end()
    return painted


def _draw_page(painter: QPainter, printer: QPrinter, image: QImage, size_pt: QSizeF) -> None:
    """Draw the page image at its true size; shrink it only where the paper is smaller."""
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    scale = printer.resolution() / 72
    width, height = size_pt.width() * scale, size_pt.height() * scale
    fit = min(1.0, paper.width() / width, paper.height() / height)
    painter.drawImage(QRectF(0, 0, width * fit, height * fit), image)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename it:
    a reader sees the old file or the whole new one, never half of it."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
