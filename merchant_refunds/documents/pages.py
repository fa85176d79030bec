"""Paper sizes and what every page carries: page numbers, the running header, the copy stamp.

"Page x of y" needs the page count before the first page is finished, so the canvas keeps each
page's state and draws the footers when the document is saved (the usual ReportLab pattern). A
file may hold several documents (a batch of confirmations): each page counts within the document
it belongs to, and :meth:`DecoratedCanvas.start_paper` says where the next one begins.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from merchant_refunds.domain.errors import InvalidInput


@dataclass(frozen=True)
class Layout:
    """A paper format. ``height`` 0 means a roll: the page is as long as the content."""

    key: str
    width: float
    height: float
    margin: float
    font_size: float
    narrow: bool
    qr_size: float

    @property
    def frame_width(self) -> float:
        return self.width - 2 * self.margin


LAYOUTS: dict[str, Layout] = {
    "a4": Layout("a4", A4[0], A4[1], 15 * mm, 9.0, False, 30 * mm),
    "letter": Layout("letter", LETTER[0], LETTER[1], 15 * mm, 9.0, False, 30 * mm),
    "receipt80": Layout("receipt80", 80 * mm, 0.0, 4 * mm, 7.5, True, 34 * mm),
}

#: Longest page a PDF viewer accepts (200 inches); a longer receipt continues on a second page.
MAX_PAGE_HEIGHT = 14400.0


def get_layout(key: str) -> Layout:
    try:
        return LAYOUTS[key.strip().lower()]
    except KeyError:
        raise InvalidInput(
            "unknown_layout",
            "Unknown paper layout: {layout} (one of: {choices})",
            layout=key,
            choices=", ".join(LAYOUTS),
        ) from None


@dataclass(frozen=True)
class PageDecoration:
    """Texts drawn on every page by :class:`DecoratedCanvas`."""

    font: str
    layout: Layout
    page_template: str  # "Page {page} of {pages}"
    left_footer: str  # refund number and verification code
    running_header: str  # shown from page 2 on
    copy_mark: str = ""  # "副本" / "COPY" on reprints


class DecoratedCanvas(canvas.Canvas):
    """A canvas that adds footers, running headers and the copy stamp once it knows the count."""

    def __init__(self, *args: Any, decoration: PageDecoration | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._decoration = decoration
        self._pages: list[dict[str, Any]] = []

    def start_paper(self, decoration: PageDecoration) -> None:
        """The current page and those after it belong to a new document with these texts."""
        self._decoration = decoration

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        counts: dict[int, int] = {}
        for state in self._pages:
            key = id(state["_decoration"])
            counts[key] = counts.get(key, 0) + 1
        numbers: dict[int, int] = {}
        for state in self._pages:
            self.__dict__.update(state)
            key = id(self._decoration)
            numbers[key] = numbers.get(key, 0) + 1
            if self._decoration is not None:
                self._decorate(self._decoration, numbers[key], counts[key])
            super().showPage()
        super().save()

    def _decorate(self, deco: PageDecoration, number: int, total: int) -> None:
        layout = deco.layout
        width, height = self._pagesize
        margin = layout.margin
        size = max(6.0, layout.font_size - 1.5)
        self.saveState()
        self.setFont(deco.font, size)
        self.setFillGray(0.35)
        footer_y = margin / 2 if layout.narrow else margin * 0.55
        page_text = deco.page_template.format(page=number, pages=total)
        self.drawRightString(width - margin, footer_y, page_text)
        self.drawString(margin, footer_y, deco.left_footer)
        if number > 1 and deco.running_header:
            self.drawString(margin, height - margin * 0.6, deco.running_header)
        self.restoreState()
        if deco.copy_mark:
            self._copy_stamp(deco, width, height, margin)

    def _copy_stamp(self, deco: PageDecoration, width: float, height: float, margin: float) -> None:
        size = 14.0 if deco.layout.narrow else 18.0
        text_width = self.stringWidth(deco.copy_mark, deco.font, size)
        box_w, box_h = text_width + size, size * 1.6
        x = width - margin - box_w
        y = height - margin * 0.35 - box_h
        self.saveState()
        self.setStrokeColorRGB(0.8, 0.1, 0.1)
        self.setFillColorRGB(0.8, 0.1, 0.1)
        self.setLineWidth(1.5)
        self.roundRect(x, y, box_w, box_h, 3, stroke=1, fill=0)
        self.setFont(deco.font, size)
        self.drawCentredString(x + box_w / 2, y + box_h * 0.3, deco.copy_mark)
        self.restoreState()


def canvas_maker(decoration: PageDecoration | None = None) -> Callable[..., DecoratedCanvas]:
    """For ``doc.build(canvasmaker=…)``; without ``decoration`` the story starts each paper."""

    def make(*args: Any, **kwargs: Any) -> DecoratedCanvas:
        return DecoratedCanvas(*args, decoration=decoration, **kwargs)

    return make
