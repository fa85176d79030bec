"""Payment providers' statement exports read into their refund rows (``domain.reconciliation``).

Formats (docs/import-formats.md, "Payment statements (reconciliation)"):

- ``alipay``: 支付宝 账务明细 CSV, GBK, with ``#`` lines before the table and after it;
- ``wechat``: 微信支付 交易账单 CSV, every value prefixed with a backtick, a summary after the rows;
- ``stripe``: a balance report (itemized balance change, payout reconciliation, or the Dashboard's
  balance history) with ``id``/``balance_transaction_id``, ``type``/``reporting_category``,
  ``amount``/``gross``, ``currency``, ``created``, ``source_id``, ``description``, metadata;
- ``paypal``: the Activity download CSV (Date, Time, TimeZone, Name, Type, Status, Currency,
  Gross, Fee, Net, Transaction ID, Reference Txn ID, Invoice Number…);
- ``bank``: any bank's statement CSV, its columns named by a mapping (:class:`BankMapping`).

Only refund rows (money going out to a customer) are kept; amounts become positive minor units
through ``domain.money.parse_amount``, never a float. A file that is not what it claims, or a
refund row with an amount or date that cannot be read, stops the whole reading with a message
naming the file, line and column: nothing is matched from half a file.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.domain.money import (
    CURRENCY_EXPONENTS,
    MAX_MINOR,
    check_currency,
    parse_amount,
)
from merchant_refunds.domain.reconciliation import FORMATS, Statement, StatementRow
from merchant_refunds.imports.reading import detect_encoding

#: A statement larger than this is refused unread (a year of a busy shop's rows is far smaller).
MAX_STATEMENT = 512 << 20
#: How many lines before the table its header row may be.
HEADER_SEARCH = 60
_MIB = 1 << 20
_WRAPPED = re.compile(r'^="(.*)"$', re.S)
_PLAIN_AMOUNT = re.compile(r"(-?)([0-9]{1,15})(?:\.([0-9]+))?")
_TOKEN = re.compile(r"[A-Za-z0-9_-]{6,}")
_ALIPAY_PERIOD = re.compile(
    r"(起始日期|终止日期)[:：]\s*\[?\s*([0-9]{4}-[0-9]{2}-[0-9]{2})[ 0-9:]*\]?"
)
_DATE_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
    "%Y/%m/%d",
    "%Y%m%d",
    "%m/%d/%Y",
    "%m/%d/%Y %H:%M:%S",
)

csv.field_size_limit(1 << 20)


def norm(header: str) -> str:
    """A header as compared: full-width brackets and spaces folded (``收入金额（+元）``)."""
    return unicodedata.normalize("NFKC", header).strip().lstrip("\ufeff").replace(" ", "").lower()


def clean(cell: str) -> str:
    """A cell without the marks exports add to keep a spreadsheet from reading numbers as
    numbers: ``="…"``, a leading backtick or apostrophe, trailing tabs."""
    text = cell.strip().strip("\t")
    wrapped = _WRAPPED.match(text)
    if wrapped:
        text = wrapped.group(1)
    elif text[:1] in ("`", "'"):
        text = text[1:]
    return text.strip()


@dataclass(frozen=True)
class BankMapping:
    """Which of a bank statement's columns hold what. Either ``amount`` (signed: money out is
    negative, or positive with ``out_positive``) or ``debit`` (money out) is given."""

    date: str
    amount: str = ""
    debit: str = ""
    reference: str = ""
    description: str = ""
    id: str = ""
    currency: str = "CNY"
    currency_column: str = ""
    date_format: str = ""
    out_positive: bool = False

    @classmethod
    def parse(cls, text: str) -> BankMapping:
        """From JSON text or the path of a JSON file."""
        source = text.strip()
        if not source.startswith("{"):
            try:
                source = Path(source).read_text(encoding="utf-8-sig")
            except OSError as exc:
                raise InvalidInput(
                    "mapping_unreadable",
                    "Cannot read the column mapping {path}: {error}",
                    path=text,
                    error=exc.strerror,
                ) from None
        try:
            data = json.loads(source)
        except ValueError as exc:
            raise InvalidInput(
                "mapping_invalid", "The column mapping is not valid JSON: {error}", error=exc.msg
            ) from None
        known = set(cls.__dataclass_fields__)
        if not isinstance(data, dict) or not set(data) <= known:
            raise InvalidInput(
                "mapping_fields",
                "The column mapping may name only {fields}",
                fields=", ".join(sorted(known)),
            )
        if not data.get("date") or bool(data.get("amount")) == bool(data.get("debit")):
            raise InvalidInput(
                "mapping_incomplete",
                'The column mapping needs "date" and either "amount" or "debit"',
            )
        return cls(**{k: v if k == "out_positive" else str(v) for k, v in data.items()})


# --- reading the file --------------------------------------------------------------------------


def _file_error(code: str, template: str, path: Path, **params: object) -> InvalidInput:
    return InvalidInput(code, template, path=path.name, **params)


def _text(path: Path) -> tuple[str, str, str]:
    """The file's text, encoding and SHA-256."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise _file_error("file_not_found", "No such file: {path}", path) from None
    except OSError as exc:
        raise _file_error(
            "file_unreadable", "Cannot read {path}: {error}", path, error=exc.strerror
        ) from None
    if size > MAX_STATEMENT:
        raise _file_error(
            "statement_too_large",
            "{path} is {size} MiB, more than the {limit} MiB a statement may be",
            path,
            size=size // _MIB,
            limit=MAX_STATEMENT // _MIB,
        )
    data = path.read_bytes()
    if not data.strip():
        raise _file_error("import_empty", "{path} is empty", path)
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise _file_error(
            "statement_not_csv",
            "{path} is a spreadsheet workbook; export the statement as CSV and try again",
            path,
        )
    encoding = detect_encoding(data[: 64 << 10], path)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise _file_error(
            "import_encoding",
            "{path} is neither UTF-8 nor GBK/GB18030 text; save it as UTF-8 CSV and try again",
            path,
        ) from None
    return text, encoding.replace("-sig", " (BOM)"), hashlib.sha256(data).hexdigest()


def _cells(line: str) -> list[str]:
    delimiter = "\t" if line.count("\t") > line.count(",") else ","
    try:
        return next(csv.reader([line], delimiter=delimiter))
    except (csv.Error, StopIteration):
        return []


@dataclass
class _Table:
    """The statement's table: header cells (normalised) and its rows with line numbers."""

    before: list[str]
    headers: list[str]
    rows: Iterator[tuple[int, list[str]]]
    index: dict[str, int]

    def col(self, *names: str) -> int:
        for name in names:
            i = self.index.get(norm(name))
            if i is not None:
                return i
        return -1


def _find_table(
    text: str, path: Path, fmt: str, required: list[tuple[str, ...]], stop: Callable[[str], bool]
) -> _Table:
    lines = text.splitlines()
    for at, line in enumerate(lines[:HEADER_SEARCH]):
        cells = [norm(clean(c)) for c in _cells(line)]
        index = {c: i for i, c in reversed(list(enumerate(cells)))}
        if all(any(norm(n) in index for n in names) for names in required):
            delimiter = "\t" if line.count("\t") > line.count(",") else ","
            return _Table(lines[:at], cells, _rows(lines, at + 1, delimiter, stop, path), index)
    missing = " / ".join(names[0] for names in required)
    raise _file_error(
        "statement_not_recognised",
        "{path} is not a {format} statement: no header row with the columns {columns}",
        path,
        format=fmt,
        columns=missing,
    )


def _rows(
    lines: list[str], start: int, delimiter: str, stop: Callable[[str], bool], path: Path
) -> Iterator[tuple[int, list[str]]]:
    number = start
    physical = iter(range(start, len(lines)))

    def feed() -> Iterator[str]:
        nonlocal number
        for i in physical:
            number = i + 1
            if stop(lines[i]):
                return
            yield lines[i]

    reader = csv.reader(feed(), delimiter=delimiter, strict=True)
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
                line=number,
                error=exc,
            ) from None
        if "".join(cells).strip():
            yield number, cells


def _footer(line: str) -> bool:
    stripped = line.lstrip("\ufeff").strip()
    return stripped.startswith("#") or stripped.startswith(("总交易单数", "`总交易单数"))


# --- cells ------------------------------------------------------------------------------------


class _Reader:
    """Cells of one statement, each failure naming the file, line and column."""

    def __init__(self, path: Path, table: _Table) -> None:
        self.path = path
        self.table = table

    def get(self, cells: list[str], i: int) -> str:
        return clean(cells[i]) if 0 <= i < len(cells) else ""

    def fail(self, line: int, column: int, detail: object) -> InvalidInput:
        name = self.table.headers[column] if 0 <= column < len(self.table.headers) else ""
        return _file_error(
            "statement_bad_cell",
            "{path}, line {line}, column {column}: {detail}",
            self.path,
            line=line,
            column=name,
            detail=detail,
        )

    def minor(self, cells: list[str], i: int, line: int, currency: str) -> int:
        """Signed minor units; empty is 0."""
        text = self.get(cells, i).replace("¥", "").replace("￥", "")
        if not text:
            return 0
        plain = _PLAIN_AMOUNT.fullmatch(text)
        places = CURRENCY_EXPONENTS.get(currency)
        if plain and places is not None and len(plain.group(3) or "") <= places:
            # the common case, "-128.50", without parse_amount's Unicode and symbol handling
            minor = int(plain.group(2) + (plain.group(3) or "").ljust(places, "0"))
            if minor <= MAX_MINOR:
                return -minor if plain.group(1) else minor
        try:
            return parse_amount(text, currency, allow_negative=True).minor
        except InvalidInput as exc:
            raise self.fail(line, i, exc) from None

    def currency(self, cells: list[str], i: int, line: int, default: str) -> str:
        text = self.get(cells, i) or default
        try:
            return check_currency(text)
        except InvalidInput as exc:
            raise self.fail(line, i, exc) from None

    def day(self, cells: list[str], i: int, line: int, fmt: str = "") -> date:
        text = self.get(cells, i)
        parsed = _parse_day(text, fmt)
        if parsed is None:
            raise self.fail(
                line,
                i,
                InvalidInput("not_a_date", "{value!r} is not a date", value=text[:40]),
            )
        return parsed


def _parse_day(text: str, fmt: str = "") -> date | None:
    if not text:
        return None
    if not fmt:
        try:
            return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError:
            pass
    for form in (fmt,) if fmt else _DATE_FORMATS:
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    return None


def _tokens(*texts: str) -> list[str]:
    return [t for text in texts for t in _TOKEN.findall(text)]


def _refs(*values: str) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for value in values:
        if value and value.strip():
            seen.setdefault(value.strip(), None)
    return tuple(seen)


# --- the formats ------------------------------------------------------------------------------


def _alipay(text: str, path: Path) -> tuple[list[StatementRow], int, date | None, date | None]:
    table = _find_table(
        text,
        path,
        "Alipay",
        [("账务流水号",), ("商户订单号",), ("发生时间",), ("支出金额（-元）",), ("业务类型",)],
        _footer,
    )
    r = _Reader(path, table)
    c_id, c_biz, c_order = table.col("账务流水号"), table.col("业务流水号"), table.col("商户订单号")
    c_at, c_out = table.col("发生时间"), table.col("支出金额（-元）")
    c_kind, c_note, c_name = table.col("业务类型"), table.col("备注"), table.col("商品名称")
    rows: list[StatementRow] = []
    read = 0
    first = last = None
    for line, cells in table.rows:
        read += 1
        on = r.day(cells, c_at, line)
        first = on if first is None or on < first else first
        last = on if last is None or on > last else last
        if "退款" not in r.get(cells, c_kind):
            continue
        out = abs(r.minor(cells, c_out, line, "CNY"))
        if not out:
            continue
        note = r.get(cells, c_note)
        refs = _refs(r.get(cells, c_order), r.get(cells, c_biz), *_tokens(note))
        rows.append(
            StatementRow(line, r.get(cells, c_id), refs, out, "CNY", on, r.get(cells, c_name))
        )
    period_from, period_to = first, last
    for found in _ALIPAY_PERIOD.finditer("\n".join(table.before)):
        day = date.fromisoformat(found.group(2))
        if found.group(1) == "起始日期":
            period_from = day
        else:  # the end is exclusive ("[2026-12-01 00:00:00]"): the last day is the one before
            period_to = day - timedelta(days=1)
    return rows, read, period_from, period_to


def _wechat(text: str, path: Path) -> tuple[list[StatementRow], int, date | None, date | None]:
    table = _find_table(
        text,
        path,
        "WeChat Pay",
        [("交易时间",), ("商户订单号",), ("交易状态",), ("商户退款单号",), ("退款金额",)],
        _footer,
    )
    r = _Reader(path, table)
    c_at, c_txn, c_order = table.col("交易时间"), table.col("微信订单号"), table.col("商户订单号")
    c_state, c_ccy = table.col("交易状态"), table.col("货币种类")
    c_wx_refund, c_refund = table.col("微信退款单号"), table.col("商户退款单号")
    c_amount, c_refund_state = table.col("退款金额"), table.col("退款状态")
    c_name = table.col("商品名称")
    rows: list[StatementRow] = []
    read = 0
    first = last = None
    for line, cells in table.rows:
        read += 1
        on = r.day(cells, c_at, line)
        first = on if first is None or on < first else first
        last = on if last is None or on > last else last
        if r.get(cells, c_state).upper() != "REFUND":
            continue
        if r.get(cells, c_refund_state).upper() not in ("", "SUCCESS"):
            continue
        currency = r.currency(cells, c_ccy, line, "CNY")
        amount = abs(r.minor(cells, c_amount, line, currency))
        if not amount:
            continue
        refs = _refs(r.get(cells, c_refund), r.get(cells, c_order), r.get(cells, c_txn))
        provider = r.get(cells, c_wx_refund)
        rows.append(StatementRow(line, provider, refs, amount, currency, on, r.get(cells, c_name)))
    return rows, read, first, last


_STRIPE_REFUND = {"refund", "payment_refund", "refund_failure"}


def _stripe(text: str, path: Path) -> tuple[list[StatementRow], int, date | None, date | None]:
    table = _find_table(
        text,
        path,
        "Stripe",
        [
            ("id", "balance_transaction_id"),
            ("type", "reporting_category"),
            ("amount", "gross"),
            ("currency",),
            ("created", "created_utc", "Created (UTC)"),
        ],
        lambda line: False,
    )
    r = _Reader(path, table)
    c_id = table.col("id", "balance_transaction_id")
    c_type = table.col("type", "reporting_category")
    c_amount, c_ccy = table.col("amount", "gross"), table.col("currency")
    c_at = table.col("created", "created_utc", "Created (UTC)")
    c_description = table.col("description")
    extra = [
        i
        for i, h in enumerate(table.headers)
        if "metadata" in h
        or h in {"source_id", "source", "charge_id", "payment_intent_id", "refund_id"}
    ]
    rows: list[StatementRow] = []
    read = 0
    first = last = None
    for line, cells in table.rows:
        read += 1
        on = r.day(cells, c_at, line)
        first = on if first is None or on < first else first
        last = on if last is None or on > last else last
        if r.get(cells, c_type).lower() != "refund":
            continue
        currency = r.currency(cells, c_ccy, line, "")
        amount = r.minor(cells, c_amount, line, currency)
        if amount >= 0:
            continue
        description = r.get(cells, c_description)
        refs = _refs(*(r.get(cells, i) for i in extra), *_tokens(description))
        rows.append(
            StatementRow(line, r.get(cells, c_id), refs, -amount, currency, on, description)
        )
    return rows, read, first, last


def _paypal(text: str, path: Path) -> tuple[list[StatementRow], int, date | None, date | None]:
    table = _find_table(
        text,
        path,
        "PayPal",
        [("Date",), ("Type",), ("Currency",), ("Gross",), ("Transaction ID",)],
        lambda line: False,
    )
    r = _Reader(path, table)
    c_at, c_type, c_status = table.col("Date"), table.col("Type"), table.col("Status")
    c_ccy, c_gross, c_id = table.col("Currency"), table.col("Gross"), table.col("Transaction ID")
    c_ref, c_invoice = table.col("Reference Txn ID"), table.col("Invoice Number")
    c_name, c_subject = table.col("Name"), table.col("Subject", "Item Title")
    c_custom, c_note = table.col("Custom Number"), table.col("Note")
    rows: list[StatementRow] = []
    read = 0
    first = last = None
    for line, cells in table.rows:
        read += 1
        on = r.day(cells, c_at, line)
        first = on if first is None or on < first else first
        last = on if last is None or on > last else last
        if "refund" not in r.get(cells, c_type).lower():
            continue
        if r.get(cells, c_status).lower() not in ("", "completed"):
            continue
        currency = r.currency(cells, c_ccy, line, "")
        gross = r.minor(cells, c_gross, line, currency)
        if gross >= 0:
            continue
        note = " ".join(r.get(cells, i) for i in (c_subject, c_note))
        refs = _refs(
            r.get(cells, c_invoice),
            r.get(cells, c_ref),
            r.get(cells, c_custom),
            *_tokens(note),
        )
        rows.append(
            StatementRow(line, r.get(cells, c_id), refs, -gross, currency, on, r.get(cells, c_name))
        )
    return rows, read, first, last


def _bank(
    text: str, path: Path, mapping: BankMapping
) -> tuple[list[StatementRow], int, date | None, date | None]:
    required = [(mapping.date,), (mapping.amount or mapping.debit,)]
    table = _find_table(text, path, "bank", required, _footer)
    r = _Reader(path, table)
    c_at, c_amount, c_debit = (
        table.col(mapping.date),
        table.col(mapping.amount) if mapping.amount else -1,
        table.col(mapping.debit) if mapping.debit else -1,
    )
    c_ref = table.col(mapping.reference) if mapping.reference else -1
    c_text = table.col(mapping.description) if mapping.description else -1
    c_id = table.col(mapping.id) if mapping.id else -1
    c_ccy = table.col(mapping.currency_column) if mapping.currency_column else -1
    default_ccy = check_currency(mapping.currency)
    rows: list[StatementRow] = []
    read = 0
    first = last = None
    for line, cells in table.rows:
        read += 1
        on = r.day(cells, c_at, line, mapping.date_format)
        first = on if first is None or on < first else first
        last = on if last is None or on > last else last
        currency = r.currency(cells, c_ccy, line, default_ccy)
        if c_debit >= 0:
            out = abs(r.minor(cells, c_debit, line, currency))
        else:
            signed = r.minor(cells, c_amount, line, currency)
            out = signed if mapping.out_positive else -signed
        if out <= 0:
            continue
        description = r.get(cells, c_text)
        refs = _refs(r.get(cells, c_ref), *_tokens(description))
        rows.append(StatementRow(line, r.get(cells, c_id), refs, out, currency, on, description))
    return rows, read, first, last


_SIGNATURES: list[tuple[str, tuple[str, ...]]] = [
    ("alipay", ("账务流水号", "支出金额（-元）")),
    ("wechat", ("商户退款单号", "交易状态")),
    ("paypal", ("Transaction ID", "Gross")),
    ("stripe", ("currency", "created")),
    ("stripe", ("balance_transaction_id", "reporting_category")),
]


def detect_format(text: str) -> str | None:
    """The statement format whose header columns the file's first lines show, or None."""
    for line in text.splitlines()[:HEADER_SEARCH]:
        cells = {norm(clean(c)) for c in _cells(line)}
        for fmt, needed in _SIGNATURES:
            if all(norm(n) in cells for n in needed):
                return fmt
    return None


def read_statement(
    path: str | Path, fmt: str | None = None, mapping: BankMapping | None = None
) -> Statement:
    """Read a statement's refund rows; ``fmt`` None detects it (a bank's needs ``mapping``)."""
    file = Path(path)
    if fmt is not None and fmt not in FORMATS:
        raise InvalidInput(
            "statement_format",
            "The statement format is one of {formats}, not {value}",
            formats=", ".join(FORMATS),
            value=fmt,
        )
    if fmt == "bank" and mapping is None:
        raise InvalidInput("mapping_missing", "A bank statement needs a column mapping (--mapping)")
    text, encoding, sha = _text(file)
    if fmt is None:
        fmt = "bank" if mapping is not None else detect_format(text)
        if fmt is None:
            raise _file_error(
                "statement_unknown",
                "{path} is not a statement this program knows (Alipay, WeChat Pay, Stripe, "
                "PayPal); choose its format, or give a bank statement's column mapping",
                file,
            )
    readers: dict[str, Callable[..., Any]] = {
        "alipay": _alipay,
        "wechat": _wechat,
        "stripe": _stripe,
        "paypal": _paypal,
    }
    if fmt == "bank":
        assert mapping is not None
        rows, read, first, last = _bank(text, file, mapping)
    else:
        rows, read, first, last = readers[fmt](text, file)
    if not read:
        raise _file_error("statement_no_rows", "{path} has no statement rows", file)
    return Statement(file.name, fmt, encoding, rows, read, first, last, sha)
