"""Cells and files: how a database value becomes a safe CSV field or a typed XLSX cell.

Safety rules, in one place:

- Text someone typed (names, notes, references, audit values) never becomes a formula. In CSV a
  cell beginning with ``= + - @``, tab or carriage return gets a leading apostrophe (the OWASP
  advice); in XLSX every text is written with ``write_string`` and the workbook's automatic
  string-to-formula/number/URL conversions are off, so it stays a string.
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
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from merchant_refunds.domain.errors import InvalidInput, RefundsError, StorageError
from merchant_refunds.domain.money import CURRENCY_EXPONENTS
from merchant_refunds.exports.texts import VALUES, header, norm_lang
from merchant_refunds.services.output_paths import check_output_path

#: First characters that make a spreadsheet read a cell as a formula (a set: looked up for
#: every text cell of every row, four times faster than scanning a tuple).
DANGEROUS_FIRST = frozenset(("=", "+", "-", "@", "\t", "\r"))
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


def neutralise(text: str) -> str:
    """Text that a spreadsheet would read as a formula gets a leading apostrophe."""
    if text and text[0] in DANGEROUS_FIRST:
        return "'" + text
    return text


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


def _datetime_cell(v: Any) -> Any:
    return v if v is None or isinstance(v, str) else v.isoformat(" ")


def _date_cell(v: Any) -> Any:
    return None if v is None else _as_date(v).isoformat()


def csv_row_function(columns: list[Column], lang: str, machine: bool) -> Callable[[Any], tuple]:
    """One function turning a database row into CSV fields, generated for these columns.

    The module's rules written out for each column: a million rows times 26 columns of small
    function calls cost more than the CSV writing itself, and the bare ``sqlite3`` + ``csv`` loop
    is the yardstick. Money is ``major_text`` inlined, each currency's scale looked up once per
    row (and its zero, the most common amount of all). Only fixed snippets and column numbers
    go into the generated source, never data.
    """
    parts = []
    scales = sorted({col.currency_index for col in columns if col.kind is Kind.MONEY})
    for i, col in enumerate(columns):
        kind, v = col.kind, f"r[{i}]"
        if kind is Kind.TEXT or (kind is Kind.NUMBER_TEXT and machine):
            parts.append(f"(Q + {v} if {v} and {v}[0] in D else {v})")
        elif kind is Kind.NUMBER_TEXT:
            # a formula neutralised; digits a spreadsheet would mangle (a leading zero, more
            # than 11 digits shown as 1.2E+12) kept as text by a trailing tab
            parts.append(
                f"({v} if not {v} else Q + {v} if {v}[0] in D else {v} + T "
                f"if {v}.isdigit() and ({v}[0] == '0' or len({v}) > 11) else {v})"
            )
        elif kind is Kind.CODE and not machine:
            parts.append(f"N.get({v}, {v})")
        elif kind is Kind.MONEY:
            ci = col.currency_index
            parts.append(
                f"(None if {v} is None else z{ci} if {v} == 0 else S(Dec({v}).scaleb(s{ci})))"
            )
        elif kind is Kind.DATETIME:
            parts.append(f"({v} if {v} is None or {v}.__class__ is str else DT({v}))")
        elif kind is Kind.DATE:
            parts.append(f"DA({v})")
        else:
            parts.append(v)
    namespace = {
        "Q": "'",
        "D": DANGEROUS_FIRST,
        "T": "\t",
        "N": VALUES[norm_lang(lang)],
        "S": str,
        "Dec": Decimal,
        "X": {code: -places for code, places in CURRENCY_EXPONENTS.items()},
        "Z": {code: major_text(0, code) for code in CURRENCY_EXPONENTS},
        "DT": _datetime_cell,
        "DA": _date_cell,
    }
    lines = ["def row(r):"]
    # each currency's scale, and its zero: most fees of most refunds are nothing
    lines += [f"    s{i} = X.get(r[{i}]); z{i} = Z.get(r[{i}])" for i in scales]
    lines.append(f"    return ({', '.join(parts)},)")
    exec("\n".join(lines), namespace)
    return namespace["row"]  # type: ignore[no-any-return]


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
        self._row = csv_row_function(columns, lang, machine)
        self._writer.writerow([header(c.key, lang, machine) for c in columns])

    def write_rows(self, rows: list[tuple[Any, ...]]) -> None:
        self._writer.writerows(map(self._row, rows))

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
