"""Reads whose SQL is built once: the same rows as the plain query, for any number of keys."""

from __future__ import annotations

import pytest

from merchant_refunds.services import orders
from merchant_refunds.services.users import Actor
from merchant_refunds.storage import compiled
from merchant_refunds.storage import models as m
from tests.factories import tea_order


def _by_numbers(numbers: list[str]) -> list[m.Order]:
    return compiled.select_in(
        m.Order,
        "test.orders_by_number",
        lambda nos: m.Order.select().where(m.Order.order_no.in_(nos)).order_by(m.Order.id),
        numbers,
    )


def test_rows_match_the_plain_query_whatever_the_keys(clerk: Actor) -> None:
    for n in range(1, 5):
        orders.create_order(clerk, tea_order(f"TC{n}"))
    for numbers in (["TC2"], ["TC3", "TC1"], ["TC4", "NOPE", "TC2"], ["TC1"]):
        got = _by_numbers(numbers)
        plain = list(m.Order.select().where(m.Order.order_no.in_(numbers)).order_by(m.Order.id))
        assert [(o.id, o.order_no, o.placed_at, o.presale) for o in got] == [
            (o.id, o.order_no, o.placed_at, o.presale) for o in plain
        ]
    ids = [o.id for o in _by_numbers(["TC1", "TC4"])]
    by_id = compiled.select_in(
        m.Order, "test.orders_by_id", lambda keys: m.Order.select().where(m.Order.id.in_(keys)), ids
    )
    assert sorted(o.order_no for o in by_id) == ["TC1", "TC4"]


def test_a_query_that_ignores_its_keys_is_refused(clerk: Actor) -> None:
    with pytest.raises(ValueError, match="each key once"):
        compiled.select_in(m.Order, "test.ignores", lambda _keys: m.Order.select(), ["TC1"])
