"""The cell parsers' quick paths give what the full rules give, for any text (Hypothesis)."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.domain.formulas import is_formula
from merchant_refunds.domain.money import parse_amount
from merchant_refunds.imports import cells
from merchant_refunds.imports.cells import CellError

#: Texts near the edges: digits (ASCII and not), points, signs, symbols, spaces, formula marks.
cell_text = (
    st.text(alphabet=st.sampled_from("0123456789.,-+=@'\t ¥$€٣²CNYe\n\u3000\""), max_size=24)
    | st.from_regex(r"\A[0-9]{1,22}(\.[0-9]{0,4})?\Z")
    | st.builds('="{}"'.format, st.text(max_size=12))
)


def _outcome(call, *args, **kw) -> tuple[str, object]:
    try:
        return "ok", call(*args, **kw)
    except CellError as exc:
        return "error", exc.template
    except InvalidInput:
        return "error", None


@given(cell_text, st.sampled_from(["CNY", "JPY", "KWD", "XYZ"]), st.booleans())
@example("12.50", "CNY", False)
@example("12.", "CNY", False)
@example("9223372036854775808", "JPY", False)
@example("١٢٣", "CNY", False)
def test_amount_agrees_with_the_full_parser(text: str, currency: str, negative: bool) -> None:
    """What the quick path accepts, ``parse_amount`` gives the same for; the rest it leaves to
    ``parse_amount`` (or refuses as a formula), so no text is read differently."""
    cleaned = text.strip()
    got = _outcome(cells.amount, text, "Price", currency, negative=negative)
    if not cleaned:
        assert got == ("ok", 0)
        return
    try:
        expected = ("ok", parse_amount(cleaned, currency, allow_negative=negative).minor)
    except InvalidInput:
        expected = ("error", None)
    if got[0] == "ok":
        assert got == expected
    else:
        assert expected[0] == "error"


_WRAPPED = re.compile(r'^="(.*)"$')


def _ident_as_written_first(value: str, limit: int = 64) -> str:
    """``cells.ident`` before its quick path: the pattern tried on every value."""
    cleaned = value.strip()
    wrapped = _WRAPPED.match(cleaned)
    if wrapped:
        cleaned = wrapped.group(1).strip()
    elif cleaned.startswith(("'", "\t")):
        cleaned = cleaned[1:].strip()
    cleaned = cleaned.strip()
    if is_formula(cleaned):
        raise CellError("x", "formula")
    if len(cleaned) > limit:
        raise CellError("x", "long")
    return cleaned


@given(cell_text)
@example('="3300012345678901"')
@example("'13800138000")
@example('="=1+1"')
@example("-5")
@example("+abc")
def test_ident_and_text_agree_with_the_rule_applied_to_every_cell(value: str) -> None:
    expected = _outcome(_ident_as_written_first, value)
    got = _outcome(cells.ident, value, "x")
    assert got[0] == expected[0]
    if got[0] == "ok":
        assert got == expected
    as_text = _outcome(cells.text, value, "x")
    if is_formula(value.strip()):
        assert as_text[0] == "error"
    elif len(value.strip()) <= 500:
        assert as_text == ("ok", value.strip())
