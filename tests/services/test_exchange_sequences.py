"""Exchanges and unit refunds mixed through the services, with refunds rejected or cancelled and
exchanges cancelled between them: what the rows in the database take from a line (refund lines
that count, units back of exchanges that stand) never exceeds what was paid for it, and once every
unit is back it is exactly that."""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.errors import Refused
from merchant_refunds.domain.exchanges import ItemOut
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import exchanges, orders, refund_decisions, refund_requests
from merchant_refunds.storage import models as m
from tests.domain.test_calculation_properties import orders_

_numbers = itertools.count(1)
WITHDRAWN = ("rejected", "cancelled")


def _taken(order_no: str) -> dict[int, int]:
    """Per line: refund lines of refunds that count, plus units back of exchanges that stand."""
    per_line: dict[int, int] = defaultdict(int)
    refunds = (
        m.RefundLine.select(m.OrderLine.line_no, m.RefundLine.amount)
        .join(m.OrderLine)
        .switch(m.RefundLine)
        .join(m.Refund)
        .join(m.Order)
        .where((m.Order.order_no == order_no) & m.Refund.status.not_in(WITHDRAWN))
    )
    backs = (
        m.ExchangeLine.select(m.OrderLine.line_no, m.ExchangeLine.amount)
        .join(m.OrderLine)
        .switch(m.ExchangeLine)
        .join(m.Exchange)
        .join(m.Order)
        .where((m.Order.order_no == order_no) & (m.Exchange.status == "recorded"))
    )
    for line_no, amount in [*refunds.tuples(), *backs.tuples()]:
        per_line[line_no] += amount
    return per_line


def _left(order_no: str) -> dict[int, int]:
    lines = orders.get_order(order_no).refundable["lines"]
    return {line["line_no"]: line["units_left"] for line in lines if line["units_left"] > 0}


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(order=orders_(max_lines=3, max_qty=6, max_price=50_000), data=st.data())
def test_exchange_and_refund_sequences_keep_every_line_exact(owner, clerk, order, data) -> None:
    order_no = f"X{next(_numbers):05d}"
    orders.create_order(clerk, replace(order, order_no=order_no))
    stored = orders.get_order(order_no).order
    for _ in range(data.draw(st.integers(1, 6), label="steps")):
        left = _left(order_no)
        action = data.draw(
            st.sampled_from(["exchange", "refund", "reject", "cancel", "undo_exchange", "over"])
        )
        if action in ("exchange", "refund", "over") and left:
            line_no = data.draw(st.sampled_from(sorted(left)))
            qty = data.draw(st.integers(1, left[line_no]))
            if action == "over":
                with pytest.raises(Refused):
                    exchanges.record_exchange(
                        clerk,
                        exchanges.ExchangeRequest(
                            order_no,
                            {line_no: left[line_no] + 1},
                            (ItemOut("N", "n", 1, 1),),
                            ReasonCode.WRONG_ITEM,
                            receipt_no="R",
                        ),
                    )
            elif action == "exchange":
                price = data.draw(st.integers(0, 60_000))
                quote = exchanges.quote(
                    exchanges.ExchangeRequest(
                        order_no, {line_no: qty}, (ItemOut("N", "n", price, 1),), ReasonCode.OTHER
                    )
                ).quote
                receipt = "POS-1" if quote.difference < 0 else ""
                exchanges.record_exchange(
                    clerk,
                    exchanges.ExchangeRequest(
                        order_no,
                        {line_no: qty},
                        (ItemOut("N", "n", price, 1),),
                        ReasonCode.OTHER,
                        receipt_no=receipt,
                    ),
                )
            else:
                refund_requests.request_refund(
                    clerk,
                    refund_requests.RefundRequest(
                        order_no, Selection({line_no: qty}), ReasonCode.OTHER
                    ),
                )
        elif action in ("reject", "cancel"):
            open_rows = list(
                m.Refund.select()
                .join(m.Order)
                .where((m.Order.order_no == order_no) & (m.Refund.status == "requested"))
            )
            if open_rows:
                row = data.draw(st.sampled_from(open_rows))
                if action == "reject":
                    refund_decisions.reject(owner, row.refund_no, "no")
                else:
                    refund_decisions.cancel(owner, row.refund_no, "no")
        elif action == "undo_exchange":
            standing = [e for e in exchanges.exchanges_of_order(order_no) if e.status == "recorded"]
            if standing:
                chosen = data.draw(st.sampled_from(standing))
                if chosen.refund_no:
                    status = m.Refund.get(m.Refund.refund_no == chosen.refund_no).status
                    if status not in WITHDRAWN:
                        refund_decisions.cancel(owner, chosen.refund_no, "undo")
                exchanges.cancel_exchange(owner, chosen.exchange_no, "undo")
        taken = _taken(order_no)
        for line in stored.lines:
            assert taken[line.line_no] <= line.paid
    left = _left(order_no)
    if left:
        refund_requests.request_refund(
            owner, refund_requests.RefundRequest(order_no, Selection(left), ReasonCode.OTHER)
        )
    taken = _taken(order_no)
    for line in stored.lines:
        assert taken[line.line_no] == line.paid
