"""Every kind of refund on one order, through the services and the database: refunds of units
(some with the customer's return postage), refunds by amount (a line's or the whole order's),
exchanges, with refunds rejected or cancelled and exchanges undone between them.

After every step nothing takes more than was paid: per line (refund lines of refunds that count,
units back of exchanges that stand), the shipping, the order; return postage stays within the
policy's cap and each refund's total is exactly its parts. Once everything left is refunded,
every line and the shipping are exactly what was paid."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.errors import Refused
from merchant_refunds.domain.exchanges import ItemOut
from merchant_refunds.domain.policy import ReasonCode, ShippingRule
from merchant_refunds.domain.postage import ReturnPostage
from merchant_refunds.services import (
    exchanges,
    orders,
    refund_decisions,
    refund_requests,
    shop_settings,
)
from merchant_refunds.services.users import Actor
from merchant_refunds.storage import models as m
from tests.domain.test_calculation_properties import orders_
from tests.services.test_exchange_sequences import WITHDRAWN, _taken

_numbers = itertools.count(1)
POSTAGE_CAP = 3_000


def _counting_refunds(order_no: str) -> list[m.Refund]:
    return list(
        m.Refund.select()
        .join(m.Order)
        .where((m.Order.order_no == order_no) & m.Refund.status.not_in(WITHDRAWN))
    )


def _postage(refund: m.Refund) -> int:
    row = m.ReturnPostage.get_or_none(m.ReturnPostage.refund == refund.id)
    return row.amount if row else 0


def _check_caps(order_no: str, stored) -> None:  # type: ignore[no-untyped-def]
    taken = _taken(order_no)
    for line in stored.lines:
        assert taken[line.line_no] <= line.paid
    refunds = _counting_refunds(order_no)
    assert sum(r.shipping for r in refunds) <= stored.shipping_fee
    goods_and_shipping = 0
    differences = {
        e.refund_id: e.difference
        for e in m.Exchange.select().where(m.Exchange.refund.is_null(False))
    }
    for refund in refunds:
        if refund.id in differences:  # an exchange's price difference: no lines of its own
            assert refund.total == differences[refund.id] > 0
            continue
        postage = _postage(refund)
        assert 0 <= postage <= POSTAGE_CAP
        lines = (
            m.RefundLine.select(m.RefundLine.amount)
            .where(m.RefundLine.refund == refund.id)
            .tuples()
        )
        parts = sum(a for (a,) in lines) + refund.shipping
        # the total is exactly its parts: goods and shipping, less the shop's fees, plus postage
        fees = refund.restocking_fee + refund.return_shipping
        if refund.cross_border_fee_bearer == "customer":
            fees += refund.cross_border_fee
        assert refund.total == parts - fees + postage, refund.refund_no
        goods_and_shipping += parts
    exchanged = sum(taken.values()) - sum(
        a
        for (a,) in m.RefundLine.select(m.RefundLine.amount)
        .join(m.Refund)
        .join(m.Order)
        .where((m.Order.order_no == order_no) & m.Refund.status.not_in(WITHDRAWN))
        .tuples()
    )
    assert goods_and_shipping + exchanged <= stored.total_paid


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(order=orders_(max_lines=3, max_qty=5, max_price=50_000), data=st.data())
def test_every_refund_kind_mixed_keeps_the_caps_and_sums_exactly(
    owner: Actor, clerk: Actor, order, data
) -> None:
    policy = shop_settings.get_policy()
    if (
        policy.shipping_rule is not ShippingRule.ALWAYS
        or policy.return_postage_max.get(order.currency) != POSTAGE_CAP
    ):
        shop_settings.set_policy(
            owner,
            {
                "shipping_rule": "always",
                "return_postage_max": {**policy.return_postage_max, order.currency: POSTAGE_CAP},
            },
        )
    order_no = f"MIX{next(_numbers):05d}"
    orders.create_order(clerk, replace(order, order_no=order_no))
    stored = orders.get_order(order_no).order
    kinds = ["units", "postage", "amount", "exchange", "reject", "cancel", "undo_exchange"]
    for _ in range(data.draw(st.integers(1, 7), label="steps")):
        refundable = orders.get_order(order_no).refundable
        units = {x["line_no"]: x["units_left"] for x in refundable["lines"] if x["units_left"]}
        money = {x["line_no"]: x["amount_left"] for x in refundable["lines"] if x["amount_left"]}
        action = data.draw(st.sampled_from(kinds))
        if action in ("units", "postage") and units:
            line_no = data.draw(st.sampled_from(sorted(units)))
            qty = data.draw(st.integers(1, units[line_no]))
            postage = None
            if action == "postage":
                amount = data.draw(st.integers(1, POSTAGE_CAP))
                postage = ReturnPostage(amount, "SF1234567890")
            refund_requests.request_refund(
                clerk,
                refund_requests.RefundRequest(
                    order_no,
                    Selection({line_no: qty}, shipping=data.draw(st.booleans())),
                    ReasonCode.QUALITY_PROBLEM,
                    goods_return=True,
                    return_postage=postage,
                ),
            )
            if postage is not None:
                with pytest.raises(Refused):  # never above the policy's cap
                    refund_requests.request_refund(
                        owner,
                        refund_requests.RefundRequest(
                            order_no,
                            Selection({line_no: 1}),
                            ReasonCode.QUALITY_PROBLEM,
                            goods_return=True,
                            return_postage=ReturnPostage(POSTAGE_CAP + 1, "SF1"),
                        ),
                    )
        elif action == "amount" and money:
            line_no = data.draw(st.sampled_from([None, *sorted(money)]))
            cap = sum(money.values()) if line_no is None else money[line_no]
            refund_requests.request_refund(
                clerk,
                refund_requests.RefundRequest(
                    order_no,
                    Selection(amount=data.draw(st.integers(1, cap)), amount_line=line_no),
                    ReasonCode.PRICE_ADJUSTMENT,
                ),
            )
        elif action == "exchange" and units:
            line_no = data.draw(st.sampled_from(sorted(units)))
            qty = data.draw(st.integers(1, units[line_no]))
            out = (ItemOut("NEW-1", "new", data.draw(st.integers(0, 60_000)), 1),)
            ask = exchanges.ExchangeRequest(order_no, {line_no: qty}, out, ReasonCode.OTHER)
            difference = exchanges.quote(ask).quote.difference
            exchanges.record_exchange(
                clerk, replace(ask, receipt_no="POS-1" if difference < 0 else "")
            )
        elif action in ("reject", "cancel"):
            open_rows = [r for r in _counting_refunds(order_no) if r.status == "requested"]
            if open_rows:
                row = data.draw(st.sampled_from(open_rows))
                if action == "reject":
                    refund_decisions.reject(owner, row.refund_no, "not covered")
                else:
                    refund_decisions.cancel(owner, row.refund_no, "changed mind")
        elif action == "undo_exchange":
            standing = [e for e in exchanges.exchanges_of_order(order_no) if e.status == "recorded"]
            if standing:
                chosen = data.draw(st.sampled_from(standing))
                if chosen.refund_no:
                    status = m.Refund.get(m.Refund.refund_no == chosen.refund_no).status
                    if status not in WITHDRAWN:
                        refund_decisions.cancel(owner, chosen.refund_no, "undo")
                exchanges.cancel_exchange(owner, chosen.exchange_no, "undo")
        _check_caps(order_no, stored)

    refundable = orders.get_order(order_no).refundable
    if refundable["total_left"]:
        paid_lines = {line.line_no for line in stored.lines if line.paid > 0}
        units_left = {
            x["line_no"]: x["units_left"]
            for x in refundable["lines"]
            if x["units_left"] and x["line_no"] in paid_lines and x["amount_left"]
        }
        if units_left or refundable["shipping_left"]:
            refund_requests.request_refund(
                owner,
                refund_requests.RefundRequest(
                    order_no, Selection(units_left, shipping=True), ReasonCode.QUALITY_PROBLEM
                ),
            )
        rest = orders.get_order(order_no).refundable["total_left"]
        if rest:
            refund_requests.request_refund(
                owner,
                refund_requests.RefundRequest(
                    order_no, Selection(amount=rest), ReasonCode.GOODWILL
                ),
            )
    _check_caps(order_no, stored)
    taken = _taken(order_no)
    for line in stored.lines:
        assert taken[line.line_no] == line.paid, line.line_no
    assert sum(r.shipping for r in _counting_refunds(order_no)) == stored.shipping_fee
