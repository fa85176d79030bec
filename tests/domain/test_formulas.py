"""The formula rule of domain/formulas.py: every export writes by it, every import reads by it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from merchant_refunds.domain.formulas import FORMULA_FIRST, escape_cells, is_formula


def escape(text: str | None) -> str | None:
    """One cell through the page-at-a-time rule the exports use."""
    rows = [["before", text, "after"]]
    escape_cells(rows, [1])
    assert rows[0][0] == "before" and rows[0][2] == "after"  # other columns are left alone
    return rows[0][1]


FORMULAS = [
    "=1+1",
    '=HYPERLINK("http://evil","click")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


@pytest.mark.parametrize("text", FORMULAS)
def test_a_formula_is_written_as_text(text: str) -> None:
    assert escape(text) == "'" + text


@pytest.mark.parametrize("first", sorted(FORMULA_FIRST))
def test_every_formula_character_is_escaped_even_before_a_number(first: str) -> None:
    """On the way out a typed ``-5`` is text too: a spreadsheet would make it the number -5."""
    assert escape(first + "5") == "'" + first + "5"


@pytest.mark.parametrize(
    "text", ["", "王小芳", "note = 1", "'=1", "a@b.com", "1-2", "５", "＝1+1", "＋86", " =1"]
)
def test_other_text_is_written_as_it_is(text: str) -> None:
    """Only the first character counts, and only the ASCII ones spreadsheets run: a full-width
    ＝ or a space before = is text to them."""
    assert escape(text) == text


def test_a_page_is_escaped_cell_by_cell() -> None:
    rows = [[None, "=1"], ["", "x"], ["+1", None], ["-5", "@"]]
    escape_cells(rows, [0, 1])
    assert rows == [[None, "'=1"], ["", "x"], ["'+1", None], ["'-5", "'@"]]


@given(st.text(max_size=20))
def test_an_escaped_text_is_the_text_behind_an_apostrophe(text: str) -> None:
    """An escaped text never begins like a formula, and its apostrophe is the only change."""
    escaped = escape(text)
    assert escaped is not None
    assert not escaped or escaped[0] not in FORMULA_FIRST
    assert escaped in (text, "'" + text)


@pytest.mark.parametrize("text", ["=1+1", "=", "@x", "@", "+cmd", "-A1", "\t=1", "\r=1"])
def test_reading_refuses_what_a_spreadsheet_would_run(text: str) -> None:
    assert is_formula(text)


@pytest.mark.parametrize(
    "text",
    ["-5", "+5", "-0.50", "-.5", "+86 138 0013 8000", "- item", "-", "+", "", "王", "'=1", "＝1"],
)
def test_reading_keeps_numbers_phones_and_text(text: str) -> None:
    """A sign before a digit, a point or a space starts a number or a phone number, not a
    formula; a lone sign is a dash."""
    assert not is_formula(text)


@given(st.text(max_size=20))
def test_what_reading_refuses_writing_escapes(text: str) -> None:
    """The two directions agree: every cell an import refuses, an export would have escaped."""
    if is_formula(text):
        assert escape(text) == "'" + text
