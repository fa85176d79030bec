"""Spreadsheet formulas in cells: the one rule for the files the shop writes and those it reads.

A spreadsheet (Excel, WPS, LibreOffice) runs a cell as a formula when its text begins with ``=``,
``+``, ``-`` or ``@``, and some drop a leading tab or carriage return first: a note typed as
``=HYPERLINK(...)`` would run on the accountant's computer (OWASP, "CSV injection"). Those first
characters are ``FORMULA_FIRST``, and both directions follow from them:

- Writing (CSV exports): a text beginning with one of them gets a leading apostrophe, which
  spreadsheets show as plain text and never run. Every such text, ``-5`` included: what goes
  through here is typed text and numbers people read as text; amounts are written as numbers
  elsewhere. (XLSX exports write every text as a string cell, which no spreadsheet runs.)
- Reading (imports): a cell a spreadsheet would have run is refused, never stored. A sign
  followed by a digit, a point or a space starts a number or a phone number as people write
  them (``-5``, ``-.5``, ``+86 138…``), not a formula; a lone sign is a dash.

Only these ASCII characters count: full-width ones (``＝``) are not formulas to a spreadsheet.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

#: First characters that make a spreadsheet read a cell as a formula (a set: looked up for every
#: text cell of every exported row, four times faster than scanning a tuple).
FORMULA_FIRST = frozenset(("=", "+", "-", "@", "\t", "\r"))
#: What makes a spreadsheet show the rest of the cell as text (and hide the mark itself).
TEXT_MARK = "'"
_SIGNS = frozenset(("+", "-"))
_NUMBER_AFTER_SIGN = frozenset("0123456789.")


def escape_cells(rows: list[list[Any]], columns: Iterable[int]) -> None:
    """Write-side rule, in place on a page of rows: a text in one of ``columns`` that begins
    like a formula gets a leading apostrophe; None and empty cells stay as they are.

    A page at a time because an export turns millions of cells into text and a call per cell
    would cost as much as the check itself.
    """
    first, mark = FORMULA_FIRST, TEXT_MARK
    for i in columns:
        for row in rows:
            text = row[i]
            if text and text[0] in first:
                row[i] = mark + text


def is_formula(text: str) -> bool:
    """True when a spreadsheet would run this cell read from a file (its spaces stripped)."""
    if not text or text[0] not in FORMULA_FIRST:
        return False
    if text[0] in _SIGNS:
        return len(text) > 1 and not (text[1] in _NUMBER_AFTER_SIGN or text[1].isspace())
    return True
