"""Cells and files: how a database value becomes a safe CSV field or a typed XLSX cell.

Safety rules, in one place:

- Text someone typed (names, notes, references, audit values) never becomes a formula. In CSV a
  cell beginning like a formula gets a leading apostrophe (``domain/formulas.py``, the rule the
  imports read by too); in XLSX every text is written with ``write_string`` and the workbook's
  automatic string-to-formula/number/URL conversions are off, so it stays a string.
- Numbers people read as text (order, refund, account and SKU numbers) are written as text, never
  as numbers: nothing drops a leading zero or rounds a 19-digit card number. In human-header CSV
  an all-digit number with a leading zero or more than 11 digits gets a trailing tab, the way
  Alipay's and Taobao's bills do it, so Excel and WPS open it as text too; machine CSV keeps the
  value exactly.
- Nothing is truncated. XLSX cells hold at most 32,767 characters; a longer text stops the export
  with a clear error instead of being cut (CSV has no limit).

Files are written to a temporary name beside the target and renamed over it only when complete,
so a cancelled or failed export leaves no half-written file.
"""

from __future__ import annotations

import contextlib
import csv
import os
import tempfile
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from merchant_refunds.domain.errors import InvalidInput, RefundsError, StorageError
from merchant_refunds.domain.formulas import escape_cells
from merchant_refunds.domain.money import CURRENCY_EXPONENTS
from merchant_refunds.exports.texts import VALUES, header, norm_lang
from merchant_refunds.services.output_paths import check_output_path

XLSX_CELL_LIMIT = 32_767
DELIMITERS = {",": ",", ";": ";", "tab": "\t", "\t": "\t"}
_MAX_WIDTH = 60


class ExportCancelled(RefundsError):
    """The user stopped the export; no file was written."""


class Kind(Enum):
    TEXT = "text"  # typed by a person: neutralised
    NUMBER_TEXT = "number_text"  # a number people read as text: kept exact, neutralised
    CODE = "code"  # a stored code (status, reason, method): named in human exports
    PLAIN = "plain"  # currency codes, actions: as stored
    DATETIME = "datetime"
    DATE = "date"
    INT = "int"
    MONEY = "money"


@dataclass(frozen=True)
class Column:
    """One output column: its machine ``key``, its kind and, for money, where its currency is."""

    key: str
    kind: Kind
    currency_index: int = -1


def major_text(minor: int, currency: str) -> str:
    """Minor units as an exact plain decimal ("-12.30"): numbers spreadsheets and scripts read.

    Through ``Decimal`` (in C), which writes a whole number scaled by at most three places in
    plain notation, never with an exponent: faster than integer arithmetic in Python.
    """
    return str(Decimal(minor).scaleb(-CURRENCY_EXPONENTS[currency]))


def _as_datetime(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def _as_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def display_width(text: str) -> int:
    """Columns a text takes: Chinese characters are two wide."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


# --- CSV -----------------------------------------------------------------------------------------


#: Per currency, the ``scaleb`` exponent of its minor units and its zero written out.
_SCALES = {code: -places for code, places in CURRENCY_EXPONENTS.items()}
_ZEROS = {code: major_text(0, code) for code in CURRENCY_EXPONENTS}


class CsvCells:
    """Turns a page of database rows into CSV fields, by the module's rules for each column.

    Kind by kind over the page, each column in a loop of its own: a call per cell would cost
    more than the CSV writing itself, and columns written as stored (plain codes, integers, codes
    in machine exports) cost nothing. Money is ``major_text`` inlined; a zero, the most common
    amount of all, is looked up.
    """

    def __init__(self, columns: list[Column], lang: str, machine: bool) -> None:
        def where(*kinds: Kind) -> list[int]:
            return [i for i, c in enumerate(columns) if c.kind in kinds]

        # typed text, and numbers read as text (which machine exports keep exactly as stored)
        self._texts = where(Kind.TEXT, Kind.NUMBER_TEXT)
        self._digits = [] if machine else where(Kind.NUMBER_TEXT)
        self._codes = [] if machine else where(Kind.CODE)
        self._money = [(i, c.currency_index) for i, c in enumerate(columns) if c.kind is Kind.MONEY]
        self._datetimes = where(Kind.DATETIME)
        self._dates = where(Kind.DATE)
        self._names = VALUES[norm_lang(lang)]

    def __call__(self, rows: list[tuple[Any, ...]]) -> list[list[Any]]:
        out = list(map(list, rows))
        escape_cells(out, self._texts)
        for i in self._digits:
            # digits a spreadsheet would mangle (a leading zero dropped, more than 11 digits
            # shown as 1.2E+12) get a trailing tab, which keeps them text; an escaped cell
            # begins with its apostrophe and is text already
            for r in out:
                v = r[i]
                if v and v.isdigit() and (v[0] == "0" or len(v) > 11):
                    r[i] = v + "\t"
        names = self._names
        for i in self._codes:
            for r in out:
                v = r[i]
                r[i] = names.get(v, v)
        for i, ci in self._money:
            for r in out:
                v = r[i]
                if v:
                    r[i] = str(Decimal(v).scaleb(_SCALES[r[ci]]))
                elif v is not None:
                    r[i] = _ZEROS.get(r[ci])
        for i in self._datetimes:
            for r in out:
                v = r[i]
                if v is not None and v.__class__ is not str:
                    r[i] = v.isoformat(" ")
        for i in self._dates:
            for r in out:
                v = r[i]
                if v is not None:
                    r[i] = _as_date(v).isoformat()
        return out


class CsvSink:
    """UTF-8 with a BOM (so Excel and WPS read Chinese), the chosen delimiter, CRLF lines."""

    def __init__(
        self, path: Path, columns: list[Column], lang: str, machine: bool, delimiter: str
    ) -> None:
        if delimiter not in DELIMITERS:
            raise InvalidInput(
                "invalid_delimiter", "The delimiter is , or ; or tab, not {value}", value=delimiter
            )
        self._file = open(path, "w", encoding="utf-8-sig", newline="")  # noqa: SIM115
        self._writer = csv.writer(self._file, delimiter=DELIMITERS[delimiter])
        self._cells = CsvCells(columns, lang, machine)
        self._writer.writerow([header(c.key, lang, machine) for c in columns])

    def write_rows(self, rows: list[tuple[Any, ...]]) -> None:
        self._writer.writerows(self._cells(rows))

    def close(self) -> None:
        self._file.close()


# --- XLSX ----------------------------------------------------------------------------------------


def _money_format(currency: str) -> str:
    exp = CURRENCY_EXPONENTS[currency]
    number = "#,##0" + ("." + "0" * exp if exp else "")
    return f'{number} "{currency}";-{number} "{currency}"'


class XlsxSink:
    """xlsxwriter in constant-memory mode: rows go to disk as they come, memory stays flat.

    Column widths are measured on the first page of rows (the header included), before any row is
    written, because constant-memory mode cannot go back.
    """

    def __init__(self, path: Path, columns: list[Column], lang: str, machine: bool) -> None:
        import xlsxwriter

        self._columns = columns
        self._names = {} if machine else VALUES[norm_lang(lang)]
        self._book = xlsxwriter.Workbook(
            str(path),
            {
                "constant_memory": True,
                "strings_to_formulas": False,
                "strings_to_numbers": False,
                "strings_to_urls": False,
                "default_date_format": "yyyy-mm-dd",
            },
        )
        self._sheet = self._book.add_worksheet("data")
        bold = self._book.add_format({"bold": True, "bg_color": "#EEEEEE", "bottom": 1})
        self._text = self._book.add_format({"num_format": "@"})
        self._datetime = self._book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
        self._date = self._book.add_format({"num_format": "yyyy-mm-dd"})
        self._money = {
            c: self._book.add_format({"num_format": _money_format(c)}) for c in CURRENCY_EXPONENTS
        }
        self._headers = [header(c.key, lang, machine) for c in columns]
        self._bold = bold
        self._row = 0
        self._sized = False

    def _size_columns(self, rows: list[tuple[Any, ...]]) -> None:
        widths = [display_width(h) + 2 for h in self._headers]
        for i, col in enumerate(self._columns):
            if col.kind is Kind.DATETIME:
                widths[i] = max(widths[i], 20)
            elif col.kind is Kind.DATE:
                widths[i] = max(widths[i], 12)
            elif col.kind is Kind.MONEY:
                widths[i] = max(widths[i], 18)
            else:
                for r in rows[:2000]:
                    v = r[i]
                    if v is not None:
                        text = self._names.get(v, v) if col.kind is Kind.CODE else str(v)
                        widths[i] = max(widths[i], min(_MAX_WIDTH, display_width(text) + 2))
        for i, width in enumerate(widths):
            self._sheet.set_column(i, i, min(width, _MAX_WIDTH))
        self._sheet.freeze_panes(1, 0)
        self._sheet.write_row(0, 0, self._headers, self._bold)
        self._sized = True

    def write_rows(self, rows: list[tuple[Any, ...]]) -> None:
        if not self._sized:
            self._size_columns(rows)
        ws = self._sheet
        write_string, write_number, write_datetime = (
            ws.write_string,
            ws.write_number,
            ws.write_datetime,
        )
        names, text, money = self._names, self._text, self._money
        dt_fmt, d_fmt = self._datetime, self._date
        cols = list(enumerate(self._columns))
        row_no = self._row
        for r in rows:
            row_no += 1
            for i, col in cols:
                v = r[i]
                if v is None or v == "":
                    continue
                kind = col.kind
                if kind is Kind.MONEY:
                    ccy = r[col.currency_index]
                    write_number(row_no, i, Decimal(v).scaleb(-CURRENCY_EXPONENTS[ccy]), money[ccy])
                elif kind is Kind.DATETIME:
                    write_datetime(row_no, i, _as_datetime(v), dt_fmt)
                elif kind is Kind.DATE:
                    write_datetime(row_no, i, _as_date(v), d_fmt)
                elif kind is Kind.INT:
                    write_number(row_no, i, v)
                else:
                    s = names.get(v, v) if kind is Kind.CODE else str(v)
                    if len(s) > XLSX_CELL_LIMIT:
                        raise InvalidInput(
                            "cell_too_long",
                            "A {column} of {length} characters does not fit in an XLSX cell "
                            "(at most 32,767); export as CSV instead",
                            column=col.key,
                            length=len(s),
                        )
                    write_string(row_no, i, s, text if kind is Kind.NUMBER_TEXT else None)
        self._row = row_no

    def close(self) -> None:
        if not self._sized:
            self._size_columns([])
        self._sheet.autofilter(0, 0, max(self._row, 1), len(self._columns) - 1)
        self._book.close()


Sink = CsvSink | XlsxSink


@contextlib.contextmanager
def atomic_file(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target``; renamed over it only if the block finishes."""
    target = check_output_path(target)
    if target.is_dir():
        raise InvalidInput("output_is_folder", "{path} is a folder", path=target)
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent or Path(".")
        )
    except OSError as exc:
        raise StorageError(
            "export_unwritable", "Cannot write to {path}: {error}", path=target, error=exc.strerror
        ) from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def open_sink(
    path: Path, fmt: str, columns: list[Column], lang: str, machine: bool, delimiter: str
) -> Sink:
    if fmt == "csv":
        return CsvSink(path, columns, lang, machine, delimiter)
    if fmt == "xlsx":
        return XlsxSink(path, columns, lang, machine)
    raise InvalidInput("invalid_format", "The format is csv or xlsx, not {value}", value=fmt)
