"""Strict parsing of one cell: amounts, quantities, dates and text, each failure naming the column.

Nothing is guessed: an amount with more decimals than the currency has, a negative quantity or a
date in an unknown form is an error, never rounded or skipped. Spreadsheet formulas are never
evaluated; a cell that holds one (``domain/formulas.py``, the rule the exports write by too) is
refused with a clear message.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.domain.formulas import FORMULA_FIRST, is_formula
from merchant_refunds.domain.money import CURRENCY_EXPONENTS, MAX_MINOR, parse_amount


class CellError(Exception):
    """A cell (or a group of rows) that cannot be imported; ``column`` is the file's header.

    Like the services' errors, the reason is an English ``template`` with ``params`` (the column
    among them) that the GUI shows in the user's language; ``reason`` is it in English. A domain
    error about the cell goes in as the ``detail`` parameter and is translated in its turn.
    """

    def __init__(self, column: str, template: str, row: int | None = None, **params: Any) -> None:
        self.column = column
        self.template = template
        self.params: dict[str, Any] = {"column": column, **params}
        self.reason = template.format(**self.params)
        self.row = row
        super().__init__(self.reason)


_DATE_FORMATS = (
    "%Y-%m-%d %H:%M:%S %z",
    "%Y-%m-%d %H:%M:%S%z",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
    "%Y-%m-%d",
    "%Y/%m/%d",
)
_WHOLE = re.compile(r"[+-]?[0-9]+")
_WRAPPED = re.compile(r'^="(.*)"$')
#: Longer plain amounts go to the full parser, which words the error (and 64 bits hold 19 digits).
_PLAIN_MAX_LEN = 32
#: What a spreadsheet date becomes in a cell not formatted as a date: days since 1899-12-30.
_DATE_SERIAL = re.compile(r"[1-9][0-9]{4}(\.[0-9]+)?")


def _formula(column: str, text: str) -> CellError:
    shown = text if len(text) <= 40 else text[:40] + "…"
    return CellError(
        column,
        "{column}: {value!r} is a spreadsheet formula; formulas are never evaluated, "
        "so fix the cell and export again",
        value=shown,
    )


def text(value: str, column: str, *, limit: int = 500) -> str:
    """Free text (names, notes). A formula is refused rather than stored or evaluated."""
    cleaned = value.strip()
    # ``is_formula`` only for what begins like one: a file has a dozen texts per order
    if cleaned and cleaned[0] in FORMULA_FIRST and is_formula(cleaned):
        raise _formula(column, cleaned)
    if len(cleaned) > limit:
        raise CellError(column, "{column}: longer than {limit} characters", limit=limit)
    return cleaned


def ident(value: str, column: str, *, limit: int = 64) -> str:
    """An order number, SKU or phone, as spreadsheets write them to keep their digits:
    ``="2026112012345"`` or with a leading apostrophe (or tab)."""
    cleaned = value.strip()
    if cleaned[:1] in _IDENT_MARKS:  # most are plain: no pattern to try
        wrapped = _WRAPPED.match(cleaned)
        if wrapped:
            cleaned = wrapped.group(1).strip()
        elif cleaned.startswith(("'", "\t")):
            cleaned = cleaned[1:].strip()
    return text(cleaned, column, limit=limit)


#: What an identifier's wrapping can begin with (``_WRAPPED``, an apostrophe, a tab).
_IDENT_MARKS = frozenset(("=", "'", "\t"))


#: ``CURRENCY_EXPONENTS`` for the codes files use, in a plain dict: a lookup per amount, and the
#: table may be a slower mapping. Only known codes go in, so no file can make it grow.
_PLACES: dict[str, int] = {}


#: Plain amounts already read, by (text, currency): a platform's export repeats the same few
#: figures (0.00, its prices, its fees) in a dozen columns an order, and a lookup is a fraction
#: of a parse. Only what the plain path accepted goes in; bounded, so no file can make it grow.
_PLAIN_SEEN: dict[tuple[str, str], int] = {}
_PLAIN_SEEN_MAX = 4096


def amount(
    value: str, column: str, currency: str, *, required: bool = False, negative: bool = False
) -> int:
    """Minor units; empty is 0 unless ``required``."""
    cleaned = value.strip()
    if not cleaned:
        if required:
            raise CellError(column, "{column}: the amount is missing")
        return 0
    # Plain digits such as ``12.50`` directly. Why: ``parse_amount`` normalises Unicode and
    # tries every currency symbol, which made it a third of a file's parse time although exports
    # almost always write plain digits (and a separate function per amount still showed). For
    # those this gives exactly what ``parse_amount`` gives; anything it does not accept in full
    # (signs, symbols, separators, too many decimals, an unknown currency, out of range) goes to
    # ``parse_amount``, which stays the one judge of what is wrong.
    known = _PLAIN_SEEN.get((cleaned, currency))
    if known is not None:
        return known
    places = _PLACES.get(currency)
    if places is None:
        places = CURRENCY_EXPONENTS.get(currency)
        if places is not None:
            _PLACES[currency] = places
    if places is not None and len(cleaned) <= _PLAIN_MAX_LEN and cleaned.isascii():
        whole, point, frac = cleaned.partition(".")
        if whole.isdigit() and (not point or (frac.isdigit() and len(frac) <= places)):
            minor = int(whole + frac.ljust(places, "0"))
            if minor <= MAX_MINOR:
                if len(_PLAIN_SEEN) >= _PLAIN_SEEN_MAX:
                    _PLAIN_SEEN.clear()
                _PLAIN_SEEN[(cleaned, currency)] = minor
                return minor
    # Only what parses is stored; of the rest, "=" is named a formula (an amount itself may
    # begin with a sign, which ``is_formula`` would count when a symbol follows: "-¥5").
    if cleaned.startswith("="):
        raise _formula(column, cleaned)
    try:
        return parse_amount(cleaned, currency, allow_negative=negative).minor
    except InvalidInput as exc:
        raise CellError(column, "{column}: {detail}", detail=exc) from None


def optional_amount(value: str, column: str, currency: str) -> int | None:
    return amount(value, column, currency) if value.strip() else None


def quantity(value: str, column: str) -> int:
    cleaned = value.strip()
    if not _WHOLE.fullmatch(cleaned):
        if cleaned.startswith("="):
            raise _formula(column, cleaned)
        raise CellError(column, "{column}: {value!r} is not a whole number of units", value=cleaned)
    qty = int(cleaned)
    if qty <= 0:
        raise CellError(column, "{column}: the quantity must be at least 1, not {qty}", qty=qty)
    if qty > 10**9:
        raise CellError(column, "{column}: {qty} units is too many", qty=qty)
    return qty


def when(value: str, column: str, *, required: bool = False) -> datetime | None:
    """A date-time in one of the forms the platforms write; an offset is turned into local time."""
    cleaned = value.strip()
    if not cleaned:
        if required:
            raise CellError(column, "{column}: the date is missing")
        return None
    parsed = None
    try:
        parsed = datetime.fromisoformat(cleaned)
    except ValueError:
        for fmt in _DATE_FORMATS:
            try:
                parsed = datetime.strptime(cleaned, fmt)
                break
            except ValueError:
                continue
    if parsed is None:
        if is_formula(cleaned):
            raise _formula(column, cleaned)
        if _DATE_SERIAL.fullmatch(cleaned):
            raise CellError(
                column,
                "{column}: {value} is a spreadsheet's day number, not a date; format the column "
                "as a date (2026-03-01 14:30) and export again",
                value=cleaned,
            )
        raise CellError(
            column, "{column}: {value!r} is not a date such as 2026-03-01 14:30", value=cleaned[:40]
        )
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone().replace(tzinfo=None)
    return parsed
