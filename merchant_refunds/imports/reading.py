"""Open an order file as a header row plus a stream of rows, whatever its encoding or kind.

CSV is streamed line by line with a cap on the line length and on a cell's size, so a 50 MB line
or a huge file never sits in memory whole. XLSX is read with python-calamine (Rust), 3-5 times
as fast as openpyxl (issue 16), or with openpyxl in read-only mode where calamine would read it
differently or without bound (below). Numbers and dates in XLSX cells become text and are then
parsed as strictly as CSV text.

An XLSX is a zip, and a zip can hold a bomb: 6 MB that inflate to gigabytes, which openpyxl would
spend minutes and gigabytes of memory on (it reads the shared strings whole). So the zip's own
directory is checked before openpyxl sees the file: the number of parts, each part's and the
total inflated size, and how far each part is compressed; then the sheet's declared size
(``<dimension>``). Rows and columns are counted again while streaming, since the dimension may
lie or be missing. A part whose declared size lies is no threat: ``zipfile`` stops inflating at
the declared size and then finds the CRC wrong, which is reported as a damaged file.

calamine reads a whole sheet into a dense grid (about 70 bytes a cell): two cells a million rows
and a thousand columns apart, in a 2 KB file, would ask for 32 GB. So the sheet's XML is first
scanned as it inflates (``scan_sheet``: regular expressions over 1 MiB pieces, no parsing) for the
rows and columns its cells name. calamine reads it only if that grid has at most
``MAX_FAST_CELLS`` cells and the sheet has nothing calamine reads otherwise than openpyxl did:
formulas (calamine gives their last result; the importer must see ``=…`` to refuse a formula and
unwrap ``="00123"``), error cells, ``_xHHHH_`` escapes, cells or rows without a reference.
Anything else streams through openpyxl as before, in flat memory.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any
from zlib import error as zlib_error

from merchant_refunds.domain.errors import InvalidInput

#: A cell larger than this is refused (the csv module's own default is 128 KiB).
MAX_CELL = 1 << 20
#: A physical line longer than this many characters is refused before it is read whole.
MAX_LINE = 4 << 20
HEAD_BYTES = 64 << 10
#: A file larger than this is refused unread (CSV or XLSX).
MAX_FILE = 512 << 20
#: Rows of a file, the header row included: XLSX's own maximum, for CSV too.
MAX_ROWS = 1_048_576
#: Columns of a row; platform exports have fewer than 100.
MAX_COLUMNS = 1_000
#: XLSX: parts in the zip (a workbook has a dozen or so).
MAX_XLSX_PARTS = 1_000
#: XLSX: all parts together, inflated.
MAX_XLSX_INFLATED = 1 << 30
#: XLSX: one part other than a worksheet, inflated; openpyxl reads these (shared strings,
#: styles) whole into memory.
MAX_XLSX_PART = 100 << 20
#: XLSX: a part larger than ``RATIO_FROM`` may inflate to at most this many times its compressed
#: size. Real sheets compress 5-20 fold; deflate's ceiling, which bombs sit near, is ~1,030.
MAX_XLSX_RATIO = 200
RATIO_FROM = 16 << 20
#: XLSX: the largest grid (rows x columns, from the first to the last cell) read by calamine;
#: larger sheets stream through openpyxl. calamine holds ~70 bytes a cell: ~250 MB at peak here.
MAX_FAST_CELLS = 3_000_000
_MIB = 1 << 20

csv.field_size_limit(MAX_CELL)

Rows = Iterator[tuple[int, list[str]]]


@dataclass
class Table:
    """The header row and the data rows (1-based physical row number, cells as text)."""

    path: Path
    kind: str
    encoding: str
    headers: list[str]
    rows: Rows
    size: int
    position: Callable[[], int]
    close: Callable[[], None] = field(default=lambda: None)


def _file_error(code: str, template: str, path: Path, **params: object) -> InvalidInput:
    return InvalidInput(code, template, path=path.name, **params)


def detect_encoding(head: bytes, path: Path) -> str:
    """UTF-8 with or without BOM, UTF-16 with BOM, else GB18030 (a superset of GBK)."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if b"\x00" in head:
        raise _file_error(
            "import_binary", "{path} is not a text file (it contains binary data)", path
        )
    for encoding in ("utf-8", "gb18030"):
        try:
            text = codecs.getincrementaldecoder(encoding)().decode(head, final=False)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\r\n")
        if controls > max(2, len(text) // 100):
            raise _file_error(
                "import_binary", "{path} is not a text file (it contains binary data)", path
            )
        return encoding
    raise _file_error(
        "import_encoding",
        "{path} is neither UTF-8 nor GBK/GB18030 text; save it as UTF-8 CSV and try again",
        path,
    )


def _cell_text(value: object) -> str:
    """An XLSX cell as text; numbers keep their shortest exact decimal form, never a float."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | Decimal):
        return str(value)
    return str(value)


def _too_big(path: Path, what: str, size: int, limit: int) -> InvalidInput:
    return _file_error(
        "import_xlsx_too_large",
        "{path}: {what} would unpack to {size} MiB, more than the {limit} MiB allowed; "
        "this is not an order export",
        path,
        what=what,
        size=size // _MIB,
        limit=limit // _MIB,
    )


def check_xlsx_zip(path: Path) -> None:
    """Refuse a zip that is not a workbook, is encrypted, or would inflate beyond the limits,
    from its directory alone (nothing is inflated)."""
    try:
        with zipfile.ZipFile(path) as zipped:
            parts = zipped.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise _file_error(
            "import_xlsx", "{path} is not a readable XLSX workbook: {error}", path, error=exc
        ) from None
    if len(parts) > MAX_XLSX_PARTS:
        raise _file_error(
            "import_xlsx_parts",
            "{path} holds {count} parts, more than the {limit} an XLSX workbook may have here",
            path,
            count=len(parts),
            limit=MAX_XLSX_PARTS,
        )
    names = {part.filename for part in parts}
    if "[Content_Types].xml" not in names or not any(
        name.startswith("xl/worksheets/") for name in names
    ):
        raise _file_error(
            "import_not_xlsx",
            "{path} is a zip archive but not an XLSX workbook; save the sheet as .xlsx or CSV",
            path,
        )
    if any(part.flag_bits & 0x1 for part in parts):
        raise _file_error(
            "import_xlsx_password",
            "{path} is protected with a password; save a copy without one and try again",
            path,
        )
    for part in parts:
        if part.file_size > MAX_XLSX_PART and not part.filename.startswith("xl/worksheets/"):
            raise _too_big(path, part.filename, part.file_size, MAX_XLSX_PART)
        if part.file_size > RATIO_FROM and part.file_size > MAX_XLSX_RATIO * max(
            part.compress_size, 1
        ):
            raise _file_error(
                "import_xlsx_bomb",
                "{path}: {what} is compressed {ratio} times over, far more than a real "
                "workbook; it is refused unopened (a zip bomb?)",
                path,
                what=part.filename,
                ratio=part.file_size // max(part.compress_size, 1),
            )
    total = sum(part.file_size for part in parts)
    if total > MAX_XLSX_INFLATED:
        raise _file_error(
            "import_xlsx_too_large",
            "{path} would unpack to {size} MiB in all, more than the {limit} MiB allowed; "
            "this is not an order export",
            path,
            size=total // _MIB,
            limit=MAX_XLSX_INFLATED // _MIB,
        )


def _too_many_rows(path: Path, rows: int) -> InvalidInput:
    return _file_error(
        "import_too_many_rows",
        "{path} has more than {limit} rows ({rows}); split it into smaller files",
        path,
        limit=MAX_ROWS,
        rows=rows,
    )


def _too_many_columns(path: Path, row: int, columns: int) -> InvalidInput:
    return _file_error(
        "import_too_many_columns",
        "{path}, row {row} has {columns} columns, more than the {limit} an order export has",
        path,
        row=row,
        columns=columns,
        limit=MAX_COLUMNS,
    )


def _damaged(path: Path, row: int, exc: Exception) -> InvalidInput:
    return _file_error(
        "import_xlsx_damaged",
        "{path}, row {row}: the workbook is damaged ({error}); save it again and retry",
        path,
        row=row,
        error=exc,
    )


@dataclass
class SheetScan:
    """What ``scan_sheet`` found: the grid the cells span, and whether calamine may read it."""

    rows: int = 0
    columns: int = 0
    fast: bool = True


_CELL_COLUMNS = re.compile(rb'<c r="([A-Z]{1,3})[0-9]')
_CELL_ROWS = re.compile(rb'<c r="[A-Z]{1,3}([0-9]{1,9})"')
_ROW_REFS = re.compile(rb'<row r="([0-9]{1,9})"')
_ESCAPED = re.compile(rb"_x[0-9A-Fa-f]{4}_")
_FIRST_SHEET = re.compile(rb"<(?:\w+:)?sheet\b[^>]*?\br:id=\"([^\"]+)\"")
_TARGET = re.compile(rb"<Relationship\b[^>]*?\bTarget=\"([^\"]+)\"")


def _column_number(letters: bytes) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + ch - 64
    return number


def _first_sheet_part(zipped: zipfile.ZipFile) -> str | None:
    """The zip part of the workbook's first sheet (the one both readers take), if it is plain."""
    try:
        book = zipped.read("xl/workbook.xml")
        rels = zipped.read("xl/_rels/workbook.xml.rels")
    except KeyError:
        return None
    first = _FIRST_SHEET.search(book)
    if first is None:
        return None
    for rel in re.finditer(rb"<Relationship\b[^>]*>", rels):
        if b'Id="' + first.group(1) + b'"' in rel.group():
            target = _TARGET.search(rel.group())
            if target is None:
                return None
            name = target.group(1).decode("utf-8", "replace").lstrip("/")
            return name if name.startswith("xl/") else "xl/" + name
    return None


_DIMENSION = re.compile(rb'<dimension ref="(?:[A-Z]{1,3}[0-9]{1,9}:)?([A-Z]{1,3})([0-9]{1,9})"')


def _check_dimension(path: Path, head: bytes) -> None:
    """Refuse a sheet whose declared size (``<dimension>``) is over the limits, unread."""
    declared = _DIMENSION.search(head)
    if declared is None:
        return
    rows, columns = int(declared.group(2)), _column_number(declared.group(1))
    if rows > MAX_ROWS:
        raise _too_many_rows(path, rows)
    if columns > MAX_COLUMNS:
        raise _too_many_columns(path, 1, columns)


def _beyond(known: str, alphabet: str, width: int) -> bytes:
    """A pattern for strings of ``alphabet`` (digits or column letters) that sort after
    ``known``: longer (up to ``width``), or as long and greater at some place."""
    last = alphabet[-1]
    options = [f"[{alphabet[0]}-{last}]{{{len(known) + 1},{width}}}"]
    for i, ch in enumerate(known):
        if ch != last:
            after = chr(ord(ch) + 1)
            rest = len(known) - i - 1
            options.append(f"{known[:i]}[{after}-{last}][{alphabet[0]}-{last}]{{{rest}}}")
    return "|".join(options).encode()


def _cells_beyond(columns: int, rows: int) -> re.Pattern[bytes]:
    """Cell references right of column ``columns`` or below row ``rows``."""
    letters = _column_letters(columns) if columns else ""
    digits = str(rows) if rows else ""
    column_part = _beyond(letters, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 3) if letters else b"[A-Z]{1,3}"
    row_part = _beyond(digits, "0123456789", 9) if digits else b"[0-9]{1,9}"
    return re.compile(
        rb'<c r="(?:(?:' + column_part + rb")[0-9]|[A-Z]{1,3}(?:" + row_part + rb')")'
    )


def _column_letters(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def scan_sheet(path: Path) -> SheetScan:
    """The first sheet's extent from the references of its cells and rows, read as the XML
    inflates.

    A pass of C-speed searches over each MiB, no list of cells: the rows' references give the
    rows; one search looks for a cell beyond the grid known so far (right of its last column
    or below its last row), and only a piece where one is found is read cell by cell. ``fast``
    is false when calamine must not read the sheet (see the module's docstring). Only called
    after ``check_xlsx_zip``, so the inflated size is bounded.
    """
    scan = SheetScan()
    with zipfile.ZipFile(path) as zipped:
        part = _first_sheet_part(zipped)
        if part is None or part not in zipped.namelist():
            return SheetScan(fast=False)
        with zipped.open(part) as sheet:
            carry = b""
            first = True
            while True:
                piece = sheet.read(_MIB)
                data = carry + piece
                if piece:
                    cut = data.rfind(b"<")
                    data, carry = data[:cut], data[cut:]
                if first:
                    first = False
                    if b"<worksheet" not in data:  # a prefixed (x:) sheet: not scanned here
                        return SheetScan(fast=False)
                    _check_dimension(path, data)
                row_refs = _ROW_REFS.findall(data)
                tags = data.count(b"<c ") + data.count(b"<c>") + data.count(b"<c/>")
                if (
                    b"<f" in data.replace(b"<filter", b"")
                    or b't="e"' in data
                    or _ESCAPED.search(data)
                    or data.count(b'<c r="') != tags
                    or len(row_refs) != data.count(b"<row ") + data.count(b"<row>")
                ):
                    return SheetScan(fast=False)
                if row_refs:
                    scan.rows = max(scan.rows, *map(int, set(row_refs)))
                if _cells_beyond(scan.columns, scan.rows).search(data):
                    letters = set(_CELL_COLUMNS.findall(data))
                    scan.columns = max(scan.columns, *map(_column_number, letters))
                    scan.rows = max(scan.rows, *map(int, set(_CELL_ROWS.findall(data))))
                if scan.rows * scan.columns > MAX_FAST_CELLS:
                    return SheetScan(scan.rows, scan.columns, fast=False)
                if not piece:
                    return scan


def _float_text(value: float) -> str:
    return str(int(value)) if value.is_integer() else repr(value)


def _midnight_text(value: date) -> str:
    return value.isoformat() + " 00:00:00"


#: calamine's cell values (other than text) as openpyxl's would read, by class: a dict lookup
#: per cell instead of a chain of checks. A date-formatted whole day comes as a ``date`` from
#: calamine and as a ``datetime`` at midnight from openpyxl.
_CALAMINE_TEXT: dict[type, Callable[[Any], str]] = {
    float: _float_text,
    int: str,
    bool: lambda value: "TRUE" if value else "FALSE",
    datetime: lambda value: value.isoformat(sep=" "),
    date: _midnight_text,
}


def _calamine_text(value: object) -> str:
    """A calamine cell as text, as openpyxl's cell would read."""
    if value.__class__ is str:
        return value  # type: ignore[return-value]
    return _CALAMINE_TEXT.get(value.__class__, _cell_text)(value)


def _open_calamine(path: Path, scan: SheetScan) -> Table | None:
    """The sheet read whole by calamine (its grid is bounded by ``scan``), rows handed out one
    at a time as text; None if calamine cannot read the workbook."""
    import python_calamine

    try:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
    except Exception:  # calamine's own kinds, OSError: openpyxl says what is wrong, as before
        return None
    try:
        sheet = book.get_sheet_by_index(0)
        start = sheet.start
    except Exception:
        return None
    finally:
        book.close()
    if start is None:
        raise _file_error("import_empty", "{path} is empty", path)
    pad = [""] * start[1]  # calamine's rows begin at the first used column, openpyxl's at A
    if scan.rows > MAX_ROWS:
        raise _too_many_rows(path, scan.rows)
    if scan.columns > MAX_COLUMNS:
        raise _too_many_columns(path, 1, scan.columns)
    values = sheet.iter_rows()
    first = next(values, None)
    if first is None:
        raise _file_error("import_empty", "{path} is empty", path)
    headers = [_calamine_text(v).strip() for v in pad + first]
    state = {"row": 1}

    def rows() -> Rows:
        number = 1
        texts = _CALAMINE_TEXT
        for raw in values:
            number += 1
            state["row"] = number
            cells = [
                v if v.__class__ is str else texts.get(v.__class__, _cell_text)(v) for v in raw
            ]
            if not "".join(cells).strip():  # a blank row, or one of the grid's gaps
                continue
            yield number, pad + cells

    return Table(path, "xlsx", "xlsx", headers, rows(), max(scan.rows, 1), lambda: state["row"])


def _open_xlsx(path: Path, size: int) -> Table:
    check_xlsx_zip(path)
    try:
        scan = scan_sheet(path)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib_error) as exc:
        raise _file_error(
            "import_xlsx", "{path} is not a readable XLSX workbook: {error}", path, error=exc
        ) from None
    table = _open_calamine(path, scan) if scan.fast else None
    return table if table is not None else _open_openpyxl(path)


def _open_openpyxl(path: Path) -> Table:
    """The sheet streamed by openpyxl: flat memory, every cell as openpyxl reads it."""
    import openpyxl

    # Opened here, not by openpyxl, which leaves its file open when the workbook is damaged.
    handle = path.open("rb")
    try:
        book = openpyxl.load_workbook(handle, read_only=True, data_only=False)
    except Exception as exc:  # zipfile/openpyxl raise many kinds for a damaged file
        handle.close()
        raise _file_error(
            "import_xlsx", "{path} is not a readable XLSX workbook: {error}", path, error=exc
        ) from None

    def close() -> None:
        book.close()
        handle.close()

    try:
        if not book.worksheets:
            raise _file_error("import_empty", "{path} is empty", path)
        sheet = book.worksheets[0]
        if (sheet.max_row or 0) > MAX_ROWS:
            raise _too_many_rows(path, sheet.max_row)
        if (sheet.max_column or 0) > MAX_COLUMNS:
            raise _too_many_columns(path, 1, sheet.max_column)
        values = sheet.iter_rows(values_only=True)
        first = next(values)
    except StopIteration:
        close()
        raise _file_error("import_empty", "{path} is empty", path) from None
    except InvalidInput:
        close()
        raise
    except Exception as exc:
        close()
        raise _damaged(path, 1, exc) from None
    if len(first) > MAX_COLUMNS:
        close()
        raise _too_many_columns(path, 1, len(first))
    headers = [_cell_text(v).strip() for v in first]
    total = sheet.max_row or 1
    state = {"row": 1}

    def rows() -> Rows:
        number = 1
        while True:
            number += 1
            state["row"] = number
            try:
                raw = next(values)
            except StopIteration:
                return
            except Exception as exc:  # a part cut short, bad XML, a wrong CRC at its end
                raise _damaged(path, number, exc) from None
            if number > MAX_ROWS:
                raise _too_many_rows(path, number)
            if len(raw) > MAX_COLUMNS:
                raise _too_many_columns(path, number, len(raw))
            cells = [_cell_text(v) for v in raw]
            if not "".join(cells).strip():  # a blank row, or one openpyxl fills in for a gap
                continue
            yield number, cells

    return Table(
        path,
        "xlsx",
        "xlsx",
        headers,
        rows(),
        total,
        lambda: state["row"],
        close,
    )


def _limited_lines(text: io.TextIOBase, path: Path, counter: list[int]) -> Iterator[str]:
    while True:
        try:
            line = text.readline(MAX_LINE + 1)
        except UnicodeDecodeError:
            raise _file_error(
                "import_encoding_changes",
                "{path}, line {line}: the text is not valid in the file's encoding "
                "(mixed encodings?); save it as UTF-8 and try again",
                path,
                line=counter[0] + 1,
            ) from None
        if not line:
            return
        counter[0] += 1
        if "\x00" in line:
            raise _file_error(
                "import_nul",
                "{path}, line {line} contains a NUL character (binary data); "
                "this is not a text export",
                path,
                line=counter[0],
            )
        if len(line) > MAX_LINE:
            raise _file_error(
                "import_line_too_long",
                "{path}, line {line} is longer than {limit} characters; "
                "this is not an order export",
                path,
                line=counter[0],
                limit=MAX_LINE,
            )
        yield line


#: The name of the stream an encrypted (password) XLSX keeps in its OLE container, as UTF-16.
_ENCRYPTED_OOXML = "EncryptionInfo".encode("utf-16-le")


def _read_more(path: Path) -> bytes:
    """The first MiB of an OLE container, where its directory of stream names usually is."""
    with path.open("rb") as f:
        return f.read(_MIB)


def _delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in (",", "\t", ";")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def open_table(path: Path) -> Table:
    """Open ``path`` (CSV in any supported encoding, or XLSX) for reading row by row."""
    try:
        raw = path.open("rb")
    except FileNotFoundError:
        raise _file_error("file_not_found", "No such file: {path}", path) from None
    except OSError as exc:
        raise _file_error(
            "file_unreadable", "Cannot read {path}: {error}", path, error=exc.strerror
        ) from None
    size = path.stat().st_size
    if size > MAX_FILE:
        raw.close()
        raise _file_error(
            "import_file_too_large",
            "{path} is {size} MiB, more than the {limit} MiB an import may be; "
            "split it into smaller files",
            path,
            size=size // _MIB,
            limit=MAX_FILE // _MIB,
        )
    head = raw.read(HEAD_BYTES)
    if not head.strip():
        raw.close()
        raise _file_error("import_empty", "{path} is empty", path)
    if head.startswith(b"PK\x03\x04"):
        raw.close()
        return _open_xlsx(path, size)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raw.close()
        if _ENCRYPTED_OOXML in head or _ENCRYPTED_OOXML in _read_more(path):
            raise _file_error(
                "import_xlsx_password",
                "{path} is protected with a password; save a copy without one and try again",
                path,
            )
        raise _file_error(
            "import_xls", "{path} is an old Excel .xls file; save it as .xlsx or CSV", path
        )
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raw.close()
        raise _file_error(
            "import_xlsx_fake",
            "{path} is named like an XLSX workbook but is not one; "
            "open it in the spreadsheet program and save it as .xlsx or CSV",
            path,
        )
    try:
        encoding = detect_encoding(head, path)
    except InvalidInput:
        raw.close()
        raise
    raw.seek(0)
    text = io.TextIOWrapper(raw, encoding=encoding, newline="")
    counter = [0]
    lines = _limited_lines(text, path, counter)
    try:
        header_line = next(lines)
    except StopIteration:
        raw.close()
        raise _file_error("import_empty", "{path} is empty", path) from None
    except InvalidInput:
        raw.close()
        raise
    delimiter = _delimiter(header_line)
    try:
        header_cells = next(csv.reader([header_line], delimiter=delimiter))
    except csv.Error as exc:
        raw.close()
        raise _file_error(
            "import_bad_csv",
            "{path}, line {line}: {error} (is the file cut off or damaged?)",
            path,
            line=1,
            error=exc,
        ) from None
    if len(header_cells) > MAX_COLUMNS:
        raw.close()
        raise _too_many_columns(path, 1, len(header_cells))
    headers = [h.strip().lstrip("\ufeff") for h in header_cells]
    reader = csv.reader(lines, delimiter=delimiter, strict=True)

    def rows() -> Rows:
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                if "field limit" in str(exc):
                    raise _file_error(
                        "import_cell_too_large",
                        "{path}, line {line}: a cell is longer than {limit} characters; "
                        "this is not an order export",
                        path,
                        line=counter[0],
                        limit=MAX_CELL,
                    ) from None
                raise _file_error(
                    "import_bad_csv",
                    "{path}, line {line}: {error} (is the file cut off or damaged?)",
                    path,
                    line=counter[0],
                    error=exc,
                ) from None
            if not "".join(cells).strip():  # every cell blank; one call, not one per cell
                continue
            if counter[0] > MAX_ROWS:
                raise _too_many_rows(path, counter[0])
            if len(cells) > MAX_COLUMNS:
                raise _too_many_columns(path, counter[0], len(cells))
            yield counter[0], cells

    def position() -> int:
        try:
            return raw.tell()
        except (OSError, ValueError):
            return 0

    return Table(
        path, "csv", encoding.replace("-sig", " (BOM)"), headers, rows(), size, position, text.close
    )
