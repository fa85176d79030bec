"""A one-sheet XLSX written as its rows come: the exports' writer (issue 16).

xlsxwriter spent about ten Python calls on every cell (130 s for a million refunds). Here a page
of rows is turned into sheet XML column by column (see ``sinks.XlsxSink``) and written as one
string; the workbook around it is a handful of fixed parts. The measurements that led here,
against xlsxwriter, rustpy-xlsxwriter, pyexcelerate and a bare XML writer, are in
docs/performance.md ("Speed where people wait").

The sheet's rows go to an unnamed temporary file as they come, so memory stays flat; ``close``
writes the zip: the sheet's head (its size, column widths, frozen header row), the rows, and its
tail (the filter). Cells are typed as xlsxwriter typed them: every text an inline string (which
no spreadsheet runs as a formula, whatever it begins with), numbers and dates as numbers with a
number format. What a reader sees is checked against openpyxl in tests/exports.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import zipfile
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape as _xml_escape

#: Day 0 of Excel's 1900 date system (1899-12-30, which absorbs Excel's phantom 1900-02-29).
_EPOCH = date(1899, 12, 30)
_EPOCH_TIME = datetime(1899, 12, 30)
_DAY = timedelta(days=1)
#: Style indices in ``styles.xml``: the default, the header, then one per number format.
HEADER_STYLE = 1
FIRST_FORMAT_STYLE = 2
#: What needs more than pasting a text between tags: XML's own characters, control characters
#: (written as ``_xHHHH_``, as Excel does) and text that already looks like such an escape.
_SPECIAL = re.compile(r"[&<>\x00-\x08\x0b-\x1f]|_x[0-9a-fA-F]{4}_")
_ESCAPE_LIKE = re.compile(r"(_x[0-9a-fA-F]{4}_)")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f]")

_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_TYPES = (
    _DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    _DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_REL_NS}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_BOOK_RELS = (
    _DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{_REL_NS}/styles" Target="styles.xml"/>'
    "</Relationships>"
)


def column_letter(index: int) -> str:
    """``0`` → ``A``, ``26`` → ``AA``."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def excel_serial(value: datetime | date) -> str:
    """A date or naive datetime as Excel's serial number (days since 1899-12-30, the time of day
    as a fraction), written with 16 significant digits as xlsxwriter wrote it."""
    if value.__class__ is datetime:
        serial = (value - _EPOCH_TIME) / _DAY
    else:
        serial = float((value - _EPOCH).days)
    if serial < 61:  # before 1900-03-01 Excel counts the 29th of February 1900 that never was
        serial -= 1
    return f"{serial:.16G}"


def escape_text(text: str) -> str:
    """A text for an inline string: XML escapes, and control characters as ``_xHHHH_``."""
    if not _SPECIAL.search(text):
        return text
    text = _ESCAPE_LIKE.sub(r"_x005F\1", text)
    text = _CONTROL.sub(lambda m: f"_x{ord(m.group()):04X}_", text)
    return _xml_escape(text)


def needs_escape(texts: str) -> bool:
    """Whether any of the texts joined into ``texts`` needs ``escape_text``: one scan per page
    and column instead of one call per cell."""
    return _SPECIAL.search(texts) is not None


def column_width(characters: float) -> float:
    """A width in characters as Excel stores it (whole pixels of the default font plus padding),
    the value xlsxwriter's ``set_column`` writes."""
    return int((int(characters * 7 + 0.5) + 5) / 7 * 256) / 256


def _styles(number_formats: Sequence[str]) -> str:
    formats = "".join(
        f'<numFmt numFmtId="{164 + i}" formatCode="{_xml_escape(code, {chr(34): "&quot;"})}"/>'
        for i, code in enumerate(number_formats)
    )
    xfs = "".join(
        f'<xf numFmtId="{164 + i}" fontId="0" fillId="0" borderId="0" xfId="0" '
        'applyNumberFormat="1"/>'
        for i in range(len(number_formats))
    )
    font = '<sz val="11"/><name val="Calibri"/><family val="2"/>'
    return (
        f"{_DECL}<styleSheet {_NS}>"
        f'<numFmts count="{len(number_formats)}">{formats}</numFmts>'
        f'<fonts count="2"><font>{font}</font><font><b/>{font}</font></fonts>'
        '<fills count="3"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill>'
        '<fill><patternFill patternType="solid"><fgColor rgb="FFEEEEEE"/><bgColor indexed="64"/>'
        "</patternFill></fill></fills>"
        '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
        '<border><left/><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/>'
        "</border></borders>"
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
        "</cellStyleXfs>"
        f'<cellXfs count="{2 + len(number_formats)}">'
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" '
        'applyFill="1" applyBorder="1"/>'
        f"{xfs}</cellXfs>"
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        "</styleSheet>"
    )


class SheetFile:
    """One worksheet named ``sheet`` with a frozen, filtered header row, written to ``path``.

    ``write`` takes sheet XML rows (``<row>`` elements) as one string; the caller counts them.
    Number format ``i`` of the ``number_formats`` given to ``close`` is cell style
    ``FIRST_FORMAT_STYLE + i``.
    """

    def __init__(self, path: Path, sheet: str) -> None:
        self._path = path
        self._sheet = sheet
        self._body = tempfile.TemporaryFile(  # noqa: SIM115 (closed by close)
            "w+", encoding="utf-8", prefix="merchant-refunds-xlsx-"
        )
        self._widths: list[float] = []

    def set_widths(self, widths: Sequence[float]) -> None:
        """Column widths in characters (set before ``close``)."""
        self._widths = list(widths)

    def write(self, rows_xml: str) -> None:
        self._body.write(rows_xml)

    def close(self, rows: int, columns: int, number_formats: Sequence[str]) -> None:
        """Write the workbook: ``rows`` rows (the header included) of ``columns`` columns."""
        last = column_letter(max(columns, 1) - 1)
        ref = f"A1:{last}{max(rows, 1)}"
        cols = "".join(
            f'<col min="{i + 1}" max="{i + 1}" width="{column_width(w)}" customWidth="1"/>'
            for i, w in enumerate(self._widths)
        )
        head = (
            f'{_DECL}<worksheet {_NS} xmlns:r="{_REL_NS}"><dimension ref="{ref}"/>'
            '<sheetViews><sheetView tabSelected="1" workbookViewId="0">'
            '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
            '<selection pane="bottomLeft"/></sheetView></sheetViews>'
            '<sheetFormatPr defaultRowHeight="15"/>'
            + (f"<cols>{cols}</cols>" if cols else "")
            + "<sheetData>"
        )
        tail = (
            f'</sheetData><autoFilter ref="{ref}"/>'
            '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" '
            'footer="0.3"/></worksheet>'
        )
        name = _xml_escape(self._sheet)
        book = (
            f'{_DECL}<workbook {_NS} xmlns:r="{_REL_NS}"><bookViews><workbookView/></bookViews>'
            f'<sheets><sheet name="{name}" sheetId="1" r:id="rId1"/></sheets>'
            '<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" '
            f'hidden="1">{name}!$A$1:${last}${max(rows, 1)}</definedName></definedNames>'
            "</workbook>"
        )
        try:
            self._body.flush()
            self._body.seek(0)
            with zipfile.ZipFile(self._path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
                zf.writestr("[Content_Types].xml", _TYPES)
                zf.writestr("_rels/.rels", _ROOT_RELS)
                zf.writestr("xl/workbook.xml", book)
                zf.writestr("xl/_rels/workbook.xml.rels", _BOOK_RELS)
                zf.writestr("xl/styles.xml", _styles(number_formats))
                with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
                    part.write(head.encode())
                    shutil.copyfileobj(self._body.buffer, part, 1 << 20)
                    part.write(tail.encode())
        finally:
            self._body.close()
