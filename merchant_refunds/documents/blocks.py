"""Light flowables for printed forms: wrapped text and tables drawn straight onto the canvas.

ReportLab's ``Paragraph`` and ``Table`` handle markup, spans and styles we never use, and drew
40 % of a confirmation's time. These do what the paper needs and nothing else: text wrapped
between any two Chinese characters and at spaces elsewhere (a closing mark hangs past the edge
rather than start a line), tables with fixed column widths whose long cells wrap, nested
flowables in cells (the QR code, the logo, a signature), and tables that split across pages with
their header repeated. All text of one flowable goes out as one PDF text object.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfdoc import PDFImageXObject, PDFObjectReference
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfgen.canvas import Canvas, _digester
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable

BLACK = colors.black

_CJK = "\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
# One CJK character (lines may break before or after it); or a word with the spaces that follow
# it (lines break after them); or spaces or dashes alone. A word ends after a dash that comes
# before a digit or capital, so a paper code RF…-CODE-PIN or a phone number breaks at its dashes
# while "twenty-six" and "made-to-order" stay whole, and a leading minus stays with its number.
_WORD = rf"(?:[^\s{_CJK}-]|-(?=[^\s{_CJK}0-9A-Z-]))"
_TOKENS = re.compile(rf"[{_CJK}]|-*{_WORD}+-*[^\S\n]*|[^\S\n]+|-+[^\S\n]*")
#: Punctuation that must not begin a line: it stays at the end of the line before.
_NO_LINE_START = set("，。、；：？！）」』】》〉”’…·%,.;:?!)]}")


def text_width(text: str, font: str, size: float) -> float:
    return getFont(font).stringWidth(text, size)


def wrap_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` broken into lines no wider than ``width`` (a word longer than that is cut)."""
    measure = getFont(font).stringWidth
    lines: list[str] = []
    for part in text.split("\n"):
        if measure(part, size) <= width:
            lines.append(part)
            continue
        line, used = "", 0.0
        for token in _TOKENS.findall(part):
            w = measure(token, size)
            if used + measure(token.rstrip(), size) <= width or (
                line and token[0] in _NO_LINE_START and used <= width  # one may hang over
            ):
                line, used = line + token, used + w
                continue
            if line.strip():
                lines.append(line.rstrip())
            line, used = "", 0.0
            token = token.lstrip() if lines else token
            while measure(token.rstrip(), size) > width and len(token) > 1:
                cut = 1
                while cut < len(token) and measure(token[: cut + 1], size) <= width:
                    cut += 1
                lines.append(token[:cut])
                token = token[cut:]
            line, used = token, measure(token, size)
        lines.append(line.rstrip())
    return lines


class TextRun:
    """Strings collected into one PDF text object (one ``BT … ET``) and drawn at once."""

    def __init__(self, canv: Canvas) -> None:
        self.canv = canv
        self.text: PDFTextObject = canv.beginText()
        self._font: tuple[str, float] | None = None
        self._color: Color | None = None

    def add(
        self,
        x: float,
        y: float,
        text: str,
        font: str,
        size: float,
        color: Color = BLACK,
        align: str = "left",
    ) -> None:
        if not text:
            return
        if self._font != (font, size):
            self.text.setFont(font, size)
            self._font = (font, size)
        if self._color is not color:
            self.text.setFillColor(color)
            self._color = color
        if align != "left":
            w = text_width(text, font, size)
            x -= w if align == "right" else w / 2
        self.text.setTextOrigin(x, y)
        self.text.textOut(text)

    def draw(self) -> None:
        self.canv.drawText(self.text)


class Text(Flowable):
    """A paragraph of plain text in one font, size and colour, wrapped to the frame."""

    def __init__(
        self,
        text: str,
        font: str,
        size: float,
        *,
        leading: float | None = None,
        color: Color = BLACK,
        align: str = "left",
        space_before: float = 0.0,
        space_after: float = 0.0,
    ) -> None:
        super().__init__()
        self.text = text
        self.font = font
        self.size = size
        self.leading = leading or size * 1.35
        self.color = color
        self.align = align
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self.lines: list[str] = []
        self._wrapped_at: float | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._wrapped_at != avail_width:
            self.lines = wrap_lines(self.text, self.font, self.size, avail_width)
            self._wrapped_at = avail_width
        self.width = avail_width
        self.height = len(self.lines) * self.leading
        return self.width, self.height

    def draw(self) -> None:
        run = TextRun(self.canv)
        self.draw_lines(run, 0, self.height)
        run.draw()

    def draw_lines(self, run: TextRun, x: float, top: float) -> None:
        """Add the lines to ``run``, the block's top-left corner at (``x``, ``top``)."""
        anchor = {"left": x, "center": x + self.width / 2, "right": x + self.width}[self.align]
        y = top - self.size
        for line in self.lines:
            run.add(anchor, y, line, self.font, self.size, self.color, self.align)
            y -= self.leading


class Picture(Flowable):
    """An image already decoded (a logo shared by every paper of a batch), drawn at a size."""

    def __init__(self, reader: ImageReader, width: float, height: float) -> None:
        super().__init__()
        self.reader = reader
        self.width = width
        self.height = height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        draw_image(self.canv, self.reader, self.width, self.height)


@lru_cache(maxsize=16)
def _image_objects(reader: ImageReader) -> tuple[str, PDFImageXObject]:
    """The image's PDF object (with its alpha as a soft mask), compressed once per reader.

    ``Canvas.drawImage`` digests and compresses the pixels again for every document: 0.7 ms of
    a 7 ms confirmation for a 160-pixel logo. Readers are cached per logo file version
    (``confirmation._logo_reader``), so each is compressed once here; each document gets copies
    of the objects (ReportLab sets a document's references on them).
    """
    data = reader.getRGBData()
    alpha = reader._dataA
    name = _digester(data + (alpha.getRGBData() if alpha else b"auto"))
    image = PDFImageXObject(name, reader, mask="auto")
    image.name = name
    return name, image


def draw_image(canv: Canvas, reader: ImageReader, width: float, height: float) -> None:
    """What ``canv.drawImage(reader, 0, 0, width, height, mask="auto")`` draws (the same PDF
    objects and operators), with the compressed image taken from ``_image_objects``."""
    name, template = _image_objects(reader)
    doc = canv._doc
    reg_name = doc.getXObjectName(name)
    if doc.idToObject.get(reg_name) is None:
        image = copy.copy(template)
        canv._setXObjects(image)
        doc.Reference(image, reg_name)
        doc.addForm(name, image)
        smask = getattr(template, "_smask", None)
        if smask is not None:
            del image._smask
            mask_name = doc.getXObjectName(smask.name)
            if doc.idToObject.get(mask_name) is None:
                mask = copy.copy(smask)
                canv._setXObjects(mask)
                image.smask = doc.Reference(mask, mask_name)
            else:
                image.smask = PDFObjectReference(mask_name)
    canv._currentPageHasImages = 1
    canv.saveState()
    canv.scale(width, height)
    canv._code.append(f"/{reg_name} Do")
    canv.restoreState()
    canv._formsinuse.append(name)


@dataclass(frozen=True)
class Cell:
    """A table cell's text with its own size or colour (else the column's)."""

    text: str
    size: float | None = None
    color: Color | None = None


CellValue = str | Cell | Flowable | Sequence[Flowable]


@dataclass(frozen=True)
class Rules:
    """What a :class:`Grid` draws besides its cells; every line spans the whole table."""

    header_shade: Color | None = None  # background of the repeated header rows
    header_line: float = 0.0  # weight of the lines above and below the header
    row_line: float = 0.0  # weight of the lines between body rows
    row_line_color: Color = BLACK
    end_line: float = 0.0  # weight of the line below the last row
    line_color: Color = BLACK
    line_above_row: int | None = None  # a line above this row (the breakdown's total)
    box: float = 0.0  # a frame around the table
    background: Color | None = None  # behind the whole table
    underline_col: int | None = None  # a line under this column in every row (signatures)
    underline: float = 0.6


class Grid(Flowable):
    """A table of fixed column widths (``None``: what is left of the frame) drawn directly.

    Text cells wrap to their column; a cell may also hold a flowable or a list of them. Column
    options are dicts by column index. With ``repeat_rows`` the table splits between rows at a
    page end and every part starts with the header rows again.
    """

    def __init__(
        self,
        rows: list[list[CellValue]],
        widths: Sequence[float | None],
        *,
        font: str,
        size: float,
        leading: float | None = None,
        padding: tuple[float, float, float, float] = (6, 6, 3, 3),  # left, right, top, bottom
        valign: str = "bottom",
        align: dict[int, str] | None = None,
        color: dict[int, Color] | None = None,
        col_size: dict[int, float] | None = None,
        row_heights: Sequence[float] | None = None,
        repeat_rows: int = 0,
        rules: Rules | None = None,
        h_align: str = "LEFT",
    ) -> None:
        super().__init__()
        self.rows = rows
        self.spec_widths = list(widths)
        self.font = font
        self.size = size
        self.leading = leading or size * 1.2
        self.padding = padding
        self.valign = valign
        self.align = align or {}
        self.color = color or {}
        self.col_size = col_size or {}
        self.row_heights = list(row_heights) if row_heights else None
        self.repeat_rows = repeat_rows
        self.rules = rules or Rules()
        self.hAlign = h_align
        self.widths: list[float] = []
        self.heights: list[float] = []
        self._cells: list[list[tuple[str, list[Any], float]]] = []
        self._wrapped_at: float | None = None

    def _copy(self, rows: list[list[CellValue]], line_above_row: int | None) -> Grid:
        rules = self.rules
        if rules.line_above_row != line_above_row:
            rules = Rules(**{**rules.__dict__, "line_above_row": line_above_row})
        return Grid(
            rows,
            self.spec_widths,
            font=self.font,
            size=self.size,
            leading=self.leading,
            padding=self.padding,
            valign=self.valign,
            align=self.align,
            color=self.color,
            col_size=self.col_size,
            repeat_rows=self.repeat_rows,
            rules=rules,
            h_align=self.hAlign,
        )

    def _cell_size(self, col: int, cell: CellValue) -> float:
        if isinstance(cell, Cell) and cell.size:
            return cell.size
        return self.col_size.get(col, self.size)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._wrapped_at == avail_width:
            return self.width, self.height
        fixed = sum(w for w in self.spec_widths if w is not None)
        free = sum(1 for w in self.spec_widths if w is None)
        rest = max(0.0, avail_width - fixed) / free if free else 0.0
        self.widths = [rest if w is None else w for w in self.spec_widths]
        left, right, top, bottom = self.padding
        self._cells = []
        self.heights = []
        for r, row in enumerate(self.rows):
            laid: list[tuple[str, list[Any], float]] = []
            tallest = 0.0
            for c, cell in enumerate(row):
                room = self.widths[c] - left - right
                if isinstance(cell, (str, Cell)):
                    text = cell if isinstance(cell, str) else cell.text
                    size = self._cell_size(c, cell)
                    if self.align.get(c, "left") == "left":
                        # Like a spreadsheet, left-aligned text may run on over empty cells.
                        for after in range(c + 1, len(row)):
                            if row[after] != "":
                                break
                            room += self.widths[after]
                    lines = wrap_lines(text, self.font, size, room) if text else []
                    leading = self.leading * size / self.size
                    height = len(lines) * leading
                    laid.append(("text", lines, height))
                else:
                    items = []
                    height = 0.0
                    for item in [cell] if isinstance(cell, Flowable) else cell:
                        w, h = item.wrap(room, 1e6)
                        items.append((item, w, h))
                        height += h + item.getSpaceBefore() + item.getSpaceAfter()
                    laid.append(("flow", items, height))
                tallest = max(tallest, height)
            self._cells.append(laid)
            fixed_h = self.row_heights[r] if self.row_heights else None
            self.heights.append(fixed_h if fixed_h is not None else tallest + top + bottom)
        self.width = sum(self.widths)
        self.height = sum(self.heights)
        self._wrapped_at = avail_width
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        if not self.repeat_rows:
            return []
        self.wrap(avail_width, avail_height)
        head = self.repeat_rows
        used = sum(self.heights[:head])
        n = head
        while n < len(self.rows) and used + self.heights[n] <= avail_height:
            used += self.heights[n]
            n += 1
        if n <= head or n >= len(self.rows):
            return []
        above = self.rules.line_above_row
        first = self._copy(self.rows[:n], above if above is not None and above < n else None)
        second = self._copy(
            self.rows[:head] + self.rows[n:],
            above - n + head if above is not None and above >= n else None,
        )
        return [first, second]

    def draw(self) -> None:
        canv = self.canv
        rules = self.rules
        width, height = self.width, self.height
        if rules.background is not None:
            canv.setFillColor(rules.background)
            canv.rect(0, 0, width, height, stroke=0, fill=1)
        head_h = sum(self.heights[: self.repeat_rows])
        if rules.header_shade is not None and head_h:
            canv.setFillColor(rules.header_shade)
            canv.rect(0, height - head_h, width, head_h, stroke=0, fill=1)
        left, right, top, bottom = self.padding
        run = TextRun(canv)
        flows: list[tuple[Flowable, float, float]] = []
        row_top = height
        for r, laid in enumerate(self._cells):
            row_h = self.heights[r]
            x = 0.0
            for c, (kind, content, content_h) in enumerate(laid):
                col_w = self.widths[c]
                align = self.align.get(c, "left")
                if self.valign == "top":
                    block_top = row_top - top
                elif self.valign == "middle":
                    block_top = row_top - (row_h + top - bottom - content_h) / 2
                else:
                    block_top = row_top - row_h + bottom + content_h
                if kind == "text":
                    cell = self.rows[r][c]
                    size = self._cell_size(c, cell)  # type: ignore[arg-type]
                    color = (
                        cell.color if isinstance(cell, Cell) and cell.color else None
                    ) or self.color.get(c, BLACK)
                    leading = self.leading * size / self.size
                    anchor = {"left": x + left, "right": x + col_w - right}.get(
                        align, x + (col_w + left - right) / 2
                    )
                    y = block_top - size
                    for line in content:
                        run.add(anchor, y, line, self.font, size, color, align)
                        y -= leading
                else:
                    y = block_top
                    for item, w, h in content:
                        y -= item.getSpaceBefore()
                        if align == "right":
                            ix = x + col_w - right - w
                        elif align == "center":
                            ix = x + (col_w + left - right - w) / 2
                        elif getattr(item, "hAlign", "LEFT") == "CENTER":
                            ix = x + left + (col_w - left - right - w) / 2
                        else:
                            ix = x + left
                        y -= h
                        flows.append((item, ix, y))
                        y -= item.getSpaceAfter()
                x += col_w
            row_top -= row_h
        run.draw()
        for item, ix, iy in flows:
            item.drawOn(canv, ix, iy)
        self._draw_lines(head_h)

    def _draw_lines(self, head_h: float) -> None:
        canv = self.canv
        rules = self.rules
        width, height = self.width, self.height
        lines: list[tuple[float, float, float, float, float, Color]] = []
        if rules.header_line and head_h:
            for y in (height, height - head_h):
                lines.append((0, y, width, y, rules.header_line, rules.line_color))
        tops = [height]
        for h in self.heights:
            tops.append(tops[-1] - h)
        if rules.row_line:
            for y in tops[self.repeat_rows + 1 : -1]:
                lines.append((0, y, width, y, rules.row_line, rules.row_line_color))
        if rules.end_line:
            lines.append((0, 0, width, 0, rules.end_line, rules.line_color))
        if rules.line_above_row is not None and rules.line_above_row < len(self.heights):
            y = tops[rules.line_above_row]
            lines.append((0, y, width, y, 0.8, rules.line_color))
        if rules.underline_col is not None:
            x0 = sum(self.widths[: rules.underline_col])
            x1 = x0 + self.widths[rules.underline_col]
            for y in tops[1:]:
                lines.append((x0, y, x1, y, rules.underline, BLACK))
        if rules.box:
            canv.setLineWidth(rules.box)
            canv.setStrokeColor(rules.line_color)
            canv.rect(0, 0, width, height, stroke=1, fill=0)
        current: tuple[float, Color] | None = None
        for x0, y0, x1, y1, weight, color in lines:
            if current != (weight, color):
                canv.setLineWidth(weight)
                canv.setStrokeColor(color)
                current = (weight, color)
            canv.line(x0, y0, x1, y1)
