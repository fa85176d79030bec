"""Cells and files: how a database value becomes a safe CSV field or a typed XLSX cell.

Safety rules, in one place:

- Text someone typed (names, notes, references, audit values) never becomes a formula. In CSV a
  cell beginning like a formula gets a leading apostrophe (``domain/formulas.py``, the rule the
  imports read by too); in XLSX every text is written as an inline string cell (``xlsx.py``),
  which no spreadsheet runs, so it stays a string.
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
import re
import tempfile
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from itertools import chain
from pathlib import Path
from typing import Any

from merchant_refunds.domain.errors import InvalidInput, RefundsError, StorageError
from merchant_refunds.domain.formulas import escape_cells
from merchant_refunds.domain.money import CURRENCY_EXPONENTS
from merchant_refunds.exports.texts import VALUES, header, norm_lang
from merchant_refunds.exports.xlsx import (
    FIRST_FORMAT_STYLE,
    HEADER_STYLE,
    SheetFile,
    column_letter,
    escape_text,
    excel_serial,
    needs_escape,
)
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
    """A typed sheet written as the rows come (``exports/xlsx.py``): memory stays flat.

    Each page is turned into sheet XML column by column, kind by kind, as ``CsvCells`` does for
    CSV: a cell costs one formatted string, and a column's texts are checked for characters XML
    must escape in one scan. Column widths are measured on the first page of rows (the header
    included), before any row is written.
    """

    def __init__(self, path: Path, columns: list[Column], lang: str, machine: bool) -> None:
        self._columns = columns
        self._names = {} if machine else VALUES[norm_lang(lang)]
        # number formats: text, date and time, date, then one per currency as it first appears
        # (of the ~150 ISO currencies an export meets a few)
        self._formats = ["@", "yyyy-mm-dd hh:mm:ss", "yyyy-mm-dd"]
        self._text_style, self._datetime_style, self._date_style = (
            FIRST_FORMAT_STYLE + i for i in range(3)
        )
        self._money_styles: dict[str, int] = {}
        self._money_memo: defaultdict[str, dict[int, str]] = defaultdict(dict)
        self._file = SheetFile(path, "data")
        self._letters = [column_letter(i) for i in range(len(columns))]
        self._headers = [header(c.key, lang, machine) for c in columns]
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
        self._file.set_widths([min(width, _MAX_WIDTH) for width in widths])
        cells = "".join(
            f'<c r="{letter}1" s="{HEADER_STYLE}" t="inlineStr"><is><t>{escape_text(text)}</t>'
            "</is></c>"
            for letter, text in zip(self._letters, self._headers, strict=True)
        )
        self._file.write(f'<row r="1">{cells}</row>')
        self._row = 1
        self._sized = True

    def _texts(self, i: int, col: Column, values: list[Any], nums: list[str]) -> list[str]:
        names = self._names
        if col.kind is Kind.CODE and names:
            values = [names.get(v, v) if v else v for v in values]
        texts = [v if v.__class__ is str else None if v is None else str(v) for v in values]
        longest = max(map(len, filter(None, texts)), default=0)
        if longest > XLSX_CELL_LIMIT:
            raise InvalidInput(
                "cell_too_long",
                "A {column} of {length} characters does not fit in an XLSX cell "
                "(at most 32,767); export as CSV instead",
                column=col.key,
                length=longest,
            )
        # one scan of the column's texts for what only some cells need: XML escapes, and the
        # attribute that keeps a leading or trailing space (ASCII \n joins: neither needs it)
        joined = "\n".join(filter(None, texts))
        spaced = _EDGE_SPACE.search(joined) is not None
        if needs_escape(joined):
            texts = [escape_text(v) if v else v for v in texts]
        head = f'<c r="{self._letters[i]}'
        style = f' s="{self._text_style}"' if col.kind is Kind.NUMBER_TEXT else ""
        tail = f'"{style} t="inlineStr"><is><t>'
        if not spaced:
            return [
                f"{head}{n}{tail}{v}</t></is></c>" if v else ""
                for n, v in zip(nums, texts, strict=True)
            ]
        kept = f'"{style} t="inlineStr"><is><t xml:space="preserve">'
        return [
            f"{head}{n}{kept if v[0].isspace() or v[-1].isspace() else tail}{v}</t></is></c>"
            if v
            else ""
            for n, v in zip(nums, texts, strict=True)
        ]

    def _numbers(self, i: int, col: Column, values: list[Any], nums: list[str]) -> list[str]:
        head = f'<c r="{self._letters[i]}'
        if col.kind is Kind.INT:
            return [
                f'{head}{n}"><v>{v:.16G}</v></c>' if v is not None and v != "" else ""
                for n, v in zip(nums, values, strict=True)
            ]
        if col.kind is Kind.DATETIME:
            tail = f'" s="{self._datetime_style}"><v>'
            dts = [v if v.__class__ is datetime or not v else _as_datetime(v) for v in values]
            return [
                f"{head}{n}{tail}{excel_serial(v)}</v></c>" if v else ""
                for n, v in zip(nums, dts, strict=True)
            ]
        tail = f'" s="{self._date_style}"><v>'
        return [
            f"{head}{n}{tail}{excel_serial(_as_date(v))}</v></c>" if v else ""
            for n, v in zip(nums, values, strict=True)
        ]

    def _money(self, i: int, col: Column, rows: list[tuple[Any, ...]], nums: list[str]) -> list:
        """Amounts repeat (zero above all), so each currency's cell tails are remembered."""
        head = f'<c r="{self._letters[i]}'
        memo, ci = self._money_memo, col.currency_index
        if sum(map(len, memo.values())) > _MONEY_MEMO:
            for known in memo.values():
                known.clear()
        return [
            f"{head}{n}{memo[r[ci]].get(r[i]) or self._money_tail(r[ci], r[i])}"
            if r[i] is not None and r[i] != ""
            else ""
            for n, r in zip(nums, rows, strict=True)
        ]

    def _money_tail(self, currency: str, minor: int) -> str:
        style = self._money_styles.get(currency)
        if style is None:
            self._formats.append(_money_format(currency))
            style = self._money_styles[currency] = FIRST_FORMAT_STYLE + len(self._formats) - 1
        text = Decimal(minor).scaleb(-CURRENCY_EXPONENTS[currency])
        tail = f'" s="{style}"><v>{text}</v></c>'
        self._money_memo[currency][minor] = tail
        return tail

    def write_rows(self, rows: list[tuple[Any, ...]]) -> None:
        if not self._sized:
            self._size_columns(rows)
        if not rows:
            return
        first = self._row + 1
        nums = list(map(str, range(first, first + len(rows))))
        cells: list[list[str]] = [[f'<row r="{n}">' for n in nums]]
        for i, col in enumerate(self._columns):
            kind = col.kind
            if kind is Kind.MONEY:
                cells.append(self._money(i, col, rows, nums))
                continue
            values = [r[i] for r in rows]
            if kind in _NUMBER_KINDS:
                cells.append(self._numbers(i, col, values, nums))
            else:
                cells.append(self._texts(i, col, values, nums))
        cells.append(["</row>"] * len(rows))
        self._file.write("".join(chain.from_iterable(zip(*cells, strict=True))))
        self._row += len(rows)

    def close(self) -> None:
        if not self._sized:
            self._size_columns([])
        self._file.close(self._row, len(self._columns), self._formats)


#: A text (of those joined by newlines) that begins or ends with white space.
_EDGE_SPACE = re.compile(r"(?:^|\n)\s|\s(?:\n|$)")
#: Amounts remembered per export before the memo starts afresh (a few MB at most).
_MONEY_MEMO = 50_000
_NUMBER_KINDS = frozenset((Kind.INT, Kind.DATETIME, Kind.DATE))


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
