"""The one-pass checks of an incoming order agree with the rules checked one by one.

``validate_and_allocate`` first tests texts and lines in one pass and words an error through the
rule-by-rule checks only when that pass fails; an order the fast pass lets through must be one
the rules accept, or a bad value would slip in unworded.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.domain.order import (
    Customer,
    OrderLine,
    _check_line,
    _line_plainly_fine,
    _texts_fine,
    validate_and_allocate,
)
from merchant_refunds.domain.text_checks import check_text
from tests.factories import make_line, make_order

#: Characters the text rules care about, and ordinary ones.
TRICKY = st.sampled_from(
    ["a", "王", " ", "\n", "\t", "\x00", "\x1b", "\x7f", "\x85", "\u202e", "\u2067", "\u200f", "😀"]
)
FIELDS = [
    "order_no",
    "source",
    "note",
    "name",
    "phone",
    "email",
    "country",
    "reference",
    "payer_account",
    "sku",
    "line_name",
    "category",
    "code",
    "description",
]
#: At, just below and just above every column's limit.
LENGTHS = sorted({n + d for n in (2, 32, 40, 64, 128, 200, 500, 2000) for d in (-1, 0, 1)})


def _with(order, field: str, value: str):
    if field in ("order_no", "source", "note"):
        return replace(order, **{field: value})
    if field in ("name", "phone", "email", "country"):
        return replace(order, customer=replace(order.customer, **{field: value}))
    if field in ("reference", "payer_account"):
        return replace(order, payment=replace(order.payment, **{field: value}))
    if field in ("sku", "line_name", "category"):
        attr = "name" if field == "line_name" else field
        return replace(order, lines=(replace(order.lines[0], **{attr: value}),))
    return replace(order, discounts=(replace(order.discounts[0], **{field: value}),))


def _rules_accept(order) -> bool:
    """The texts checked one by one, as ``_check_texts`` words them."""
    c, p = order.customer, order.payment
    fields = [
        (order.order_no, 64),
        (c.name, 200),
        (c.phone, 40),
        (c.email, 200),
        (c.country, 2),
        (p.reference, 128),
        (p.payer_account, 128),
        (order.source, 32),
    ]
    for line in order.lines:
        fields += [(line.sku, 64), (line.name, 500), (line.category, 64)]
    for d in order.discounts:
        fields += [(d.code, 64), (d.description, 500)]
    try:
        for value, limit in fields:
            check_text(value, "text", limit)
        check_text(order.note, "note", 2000, multiline=True)
    except InvalidInput:
        return False
    return True


def test_the_one_pass_text_check_knows_every_columns_limit() -> None:
    order = make_order(discount=100)
    for field in FIELDS:
        for length in LENGTHS:
            changed = _with(order, field, "x" * length)
            assert _texts_fine(changed) == _rules_accept(changed), (field, length)


@settings(max_examples=300, deadline=None)
@given(field=st.sampled_from(FIELDS), value=st.text(TRICKY, max_size=6))
def test_the_one_pass_text_check_refuses_what_the_rules_refuse(field: str, value: str) -> None:
    changed = _with(make_order(discount=100), field, value)
    assert _texts_fine(changed) == _rules_accept(changed)


def test_a_bad_text_is_still_named_in_the_error() -> None:
    order = make_order()
    bad = replace(order, customer=Customer("王\u202e小芳"))
    with pytest.raises(InvalidInput) as caught:
        validate_and_allocate(bad)
    assert caught.value.params["what"] == "customer's name"
    with pytest.raises(TypeError):
        validate_and_allocate(replace(order, note=None))


NUMBERS = st.one_of(
    st.integers(-5, 5),
    st.integers(-(2**64), 2**64),
    st.sampled_from([True, False, 1.5, Decimal("2"), None]),
)


@settings(max_examples=500, deadline=None)
@given(
    quantity=NUMBERS,
    price=NUMBERS,
    discount=NUMBERS,
    rate=st.sampled_from([Decimal("0"), Decimal("0.13"), Decimal("-0.1"), Decimal("1"), 0.13]),
    sku=st.sampled_from(["SKU-1", "  ", ""]),
)
def test_a_line_the_one_pass_check_lets_through_passes_every_rule(
    quantity, price, discount, rate, sku
) -> None:
    line = OrderLine(1, sku, "茶", quantity, price, line_discount=discount, tax_rate=rate)
    try:
        plainly_fine = _line_plainly_fine(line)
    except TypeError:  # e.g. None * int: the rules refuse it too
        plainly_fine = False
    if plainly_fine:
        _check_line(line)  # must not raise
    else:
        with pytest.raises((InvalidInput, TypeError)):
            _check_line(line)


def test_a_bad_line_is_still_worded_by_its_rule() -> None:
    with pytest.raises(InvalidInput) as caught:
        make_order(lines=[make_line(1, "TEA", 2, 500, line_discount=1001)])
    assert caught.value.code == "invalid_discount" and caught.value.params["sku"] == "TEA"
    with pytest.raises(InvalidInput) as caught:
        make_order(lines=[make_line(1, "TEA", 0, 500)])
    assert caught.value.code == "invalid_quantity"
