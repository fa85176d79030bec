"""Open an order file as a header row plus a stream of rows, whatever its encoding or kind.

CSV is streamed line by line with a cap on the line length and on a cell's size, so a 50 MB line
or a huge file never sits in memory whole. XLSX is read with openpyxl in read-only mode. Numbers
and dates in XLSX cells become text and are then parsed as strictly as CSV text.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from merchant_refunds.domain.errors import InvalidInput

#: A cell larger than this is refused (the csv module's own default is 128 KiB).
MAX_CELL = 1 << 20
#: A physical line longer than this many characters is refused before it is read whole.
MAX_LINE = 4 << 20
HEAD_BYTES = 64 << 10

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


def _open_xlsx(path: Path, size: int) -> Table:
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:  # zipfile/openpyxl raise many kinds for a damaged file
        raise _file_error(
            "import_xlsx", "{path} is not a readable XLSX workbook: {error}", path, error=exc
        ) from None
    sheet = book.worksheets[0]
    values = sheet.iter_rows(values_only=True)
    state = {"row": 0}
    try:
        first = next(values)
    except StopIteration:
        book.close()
        raise _file_error("import_empty", "{path} is empty", path) from None
    headers = [_cell_text(v).strip() for v in first]
    total = sheet.max_row or 1
    state["row"] = 1

    def rows() -> Rows:
        for number, raw in enumerate(values, start=2):
            state["row"] = number
            yield number, [_cell_text(v) for v in raw]

    return Table(
        path,
        "xlsx",
        "xlsx",
        headers,
        rows(),
        total,
        lambda: state["row"],
        book.close,
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
    head = raw.read(HEAD_BYTES)
    if not head.strip():
        raw.close()
        raise _file_error("import_empty", "{path} is empty", path)
    if head.startswith(b"PK\x03\x04"):
        raw.close()
        return _open_xlsx(path, size)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raw.close()
        raise _file_error(
            "import_xls", "{path} is an old Excel .xls file; save it as .xlsx or CSV", path
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
    headers = [
        h.strip().lstrip("\ufeff") for h in next(csv.reader([header_line], delimiter=delimiter))
    ]
    reader = csv.reader(lines, delimiter=delimiter, strict=True)

    def rows() -> Rows:
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise _file_error(
                    "import_bad_csv",
                    "{path}, line {line}: {error} (is the file cut off or damaged?)",
                    path,
                    line=counter[0],
                    error=exc,
                ) from None
            if not "".join(cells).strip():  # every cell blank; one call, not one per cell
                continue
            yield counter[0], cells

    def position() -> int:
        try:
            return raw.tell()
        except (OSError, ValueError):
            return 0

    return Table(
        path, "csv", encoding.replace("-sig", " (BOM)"), headers, rows(), size, position, text.close
    )
