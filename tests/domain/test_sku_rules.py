"""SKU rules: which rule a SKU falls under, and what it gives a line."""

from __future__ import annotations

import pytest

from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.domain.sku_rules import RuleBook, SkuRule, check_rules
from tests.factories import make_line, make_order


def test_an_exact_sku_beats_patterns_and_the_first_pattern_wins() -> None:
    book = RuleBook(
        [
            SkuRule("TEA-*", "perishable"),
            SkuRule("tea-0?", "tea"),
            SkuRule("TEA-01", "gift", final_sale=True),
        ]
    )
    assert book.rule_for("TEA-01") == SkuRule("TEA-01", "gift", True)
    assert book.rule_for("tea-02").category == "perishable"  # any case; first pattern
    assert book.rule_for("TEA") is None  # "TEA-*" needs the dash
    assert book.rule_for("COFFEE") is None


def test_pattern_characters_other_than_star_and_question_mark_are_literal() -> None:
    book = RuleBook([SkuRule("A[1].*", "x")])
    assert book.rule_for("A[1].99") is not None
    assert book.rule_for("A1x99") is None


def test_a_rule_fills_what_a_line_lacks_and_keeps_what_it_has() -> None:
    order = make_order(
        "R1",
        [
            make_line(1, "TEA-01", 1, 1000),
            make_line(2, "TEA-02", 1, 1000, category="own"),
            make_line(3, "CUP-1", 1, 1000, final_sale=True),
        ],
    )
    book = RuleBook([SkuRule("TEA-*", "perishable", True), SkuRule("CUP-1", "tableware")])
    ruled, changed = book.apply(order)
    assert [(ln.category, ln.final_sale) for ln in ruled.lines] == [
        ("perishable", True),
        ("own", True),
        ("tableware", True),
    ]
    assert changed == {1, 2, 3}
    assert [ln.paid for ln in ruled.lines] == [ln.paid for ln in order.lines]
    assert RuleBook([]).apply(order) == (order, frozenset())


def test_rules_are_checked() -> None:
    assert check_rules([{"pattern": " MUG ", "final_sale": True}]) == [SkuRule("MUG", "", True)]
    for bad, words in [
        ([{"pattern": ""}], "needs a SKU"),
        ([{"category": "x"}], "needs a SKU"),
        ([SkuRule("X")], "neither"),
        ([SkuRule("x", "a"), SkuRule("X", "b")], "two SKU rules"),
        ([SkuRule("X" * 65, "a")], "longer than 64"),
    ]:
        with pytest.raises(InvalidInput, match=words):
            check_rules(bad)
