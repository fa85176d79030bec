"""Property tests of the money invariants (money rules in docs/architecture.md) over random
orders and refund sequences.

Whatever the order and however its refunds are split, interleaved with refunds that are later
rejected or cancelled, the refunds that count return exactly what was paid per line, for shipping
and in total, and never more at any point.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from merchant_refunds.domain.calculation import (
    FxRate,
    PriorRefund,
    RefundQuote,
    Selection,
    quote_refund,
    refundable_summary,
    tax_inside,
)
from merchant_refunds.domain.errors import Refused
from merchant_refunds.domain.lifecycle import RefundStatus
from merchant_refunds.domain.order import (
    Customer,
    Discount,
    Order,
    OrderLine,
    OrderStatus,
    Payment,
    PaymentMethod,
    validate_and_allocate,
)
from merchant_refunds.domain.policy import (
    AMOUNT_ONLY_REASONS,
    FeeBearer,
    Policy,
    ReasonCode,
    ShippingRule,
)
from merchant_refunds.services import (
    orders,
    refund_decisions,
    refund_goods,
    refund_requests,
    shop_settings,
)
from merchant_refunds.services.payouts import sending
from merchant_refunds.storage import models as m

EXACT = Policy(shipping_rule=ShippingRule.ALWAYS)
TAX_RATES = [Decimal("0"), Decimal("0.06"), Decimal("0.09"), Decimal("0.13"), Decimal("0.1")]
COUNTING = ["requested", "approved", "paid", "completed"]
OPEN = ["requested", "approved"]
WITHDRAWN = ["rejected", "cancelled"]
FAST = settings(max_examples=200, deadline=None)


@st.composite
def orders_(draw, max_lines: int = 30, max_qty: int = 1000, max_price: int = 10**6) -> Order:
    currency = draw(st.sampled_from(["JPY", "CNY", "KWD"]))
    count = draw(st.integers(1, max_lines))
    lines = []
    for no in range(1, count + 1):
        qty = draw(st.integers(1, max_qty))
        price = draw(st.integers(0, max_price))
        discount = draw(st.integers(0, qty * price))
        lines.append(
            OrderLine(
                no,
                f"SKU-{no}",
                f"item {no}",
                qty,
                price,
                line_discount=discount,
                tax_rate=draw(st.sampled_from(TAX_RATES)),
            )
        )
    room = sum(line.after_line_discount for line in lines)
    discounts = tuple(Discount(a) for a in draw(st.lists(st.integers(1, max(room, 1)), max_size=3)))
    while sum(d.amount for d in discounts) > room:  # drop coupons until they fit the lines
        discounts = discounts[1:]
    order = Order(
        order_no="P1",
        currency=currency,
        status=OrderStatus.DELIVERED,
        placed_at=datetime(2026, 11, 20, 9, 0),
        customer=Customer("顾客"),
        payment=Payment(PaymentMethod.ALIPAY),
        lines=tuple(lines),
        discounts=discounts,
        shipping_fee=draw(st.integers(0, 10**5)),
        delivered_at=datetime(2026, 11, 24, 12, 0),
    )
    return validate_and_allocate(order)


def units_left(order: Order, prior: list[PriorRefund]) -> dict[int, int]:
    done: dict[int, int] = defaultdict(int)
    for refund in prior:
        if refund.counts:
            for line_no, qty in refund.line_units.items():
                done[line_no] += qty
    return {line.line_no: line.quantity - done[line.line_no] for line in order.lines}


def counted(prior: list[PriorRefund], quotes: dict[str, RefundQuote]):
    """Per-line amount and tax, shipping and total over the refunds that count."""
    amounts: dict[int, int] = defaultdict(int)
    taxes: dict[int, int] = defaultdict(int)
    gross: dict[int, int] = defaultdict(int)
    shipping = total = 0
    for refund in prior:
        if not refund.counts:
            continue
        quote = quotes[refund.refund_no]
        for item in quote.items:
            amounts[item.line_no] += item.amount
            taxes[item.line_no] += item.tax
            gross[item.line_no] += item.gross
        shipping += quote.shipping
        total += quote.total.minor
    return amounts, taxes, gross, shipping, total


def assert_within_paid(order: Order, prior: list[PriorRefund], quotes: dict[str, RefundQuote]):
    amounts, taxes, gross, shipping, total = counted(prior, quotes)
    for line in order.lines:
        assert 0 <= amounts[line.line_no] <= line.paid
        assert 0 <= taxes[line.line_no] <= tax_inside(line.paid, line.tax_rate)
        assert gross[line.line_no] <= line.gross
    assert 0 <= shipping <= order.shipping_fee
    assert 0 <= total <= order.total_paid


def check_quote_shape(quote: RefundQuote) -> None:
    for item in quote.items:
        assert item.quantity > 0
        assert item.amount >= 0
        assert item.tax >= 0
        assert item.gross == item.amount + item.discount
    assert quote.total.minor == quote.items_amount + quote.shipping


@FAST
@given(order=orders_(), data=st.data())
def test_any_refund_sequence_returns_exactly_what_was_paid(order: Order, data) -> None:
    prior: list[PriorRefund] = []
    quotes: dict[str, RefundQuote] = {}
    numbers = (f"R{i}" for i in itertools.count(1))
    for _ in range(data.draw(st.integers(0, 8), label="steps")):
        open_ones = [i for i, p in enumerate(prior) if p.status in OPEN]
        action = data.draw(st.sampled_from(["refund", "refund", "withdraw", "overask"]))
        left = units_left(order, prior)
        if action == "withdraw" and open_ones:
            index = data.draw(st.sampled_from(open_ones))
            old = prior[index]
            before = refundable_summary(order, prior)["total_left"]
            prior[index] = PriorRefund(
                old.refund_no,
                data.draw(st.sampled_from(WITHDRAWN)),
                old.line_units,
                old.shipping,
                old.line_amounts,
                old.line_taxes,
            )
            after = refundable_summary(order, prior)["total_left"]
            assert after == before + quotes[old.refund_no].total.minor
            continue
        candidates = [n for n, q in left.items() if q > 0]
        if action == "overask" and candidates:
            line_no = data.draw(st.sampled_from(candidates))
            snapshot = list(prior)
            with pytest.raises(Refused) as err:
                quote_refund(
                    order,
                    prior,
                    Selection({line_no: left[line_no] + data.draw(st.integers(1, 5))}),
                    ReasonCode.QUALITY_PROBLEM,
                    EXACT,
                )
            assert err.value.code == "exceeds_remaining"
            assert prior == snapshot
            continue
        if not candidates:
            continue
        chosen = data.draw(st.lists(st.sampled_from(candidates), min_size=1, unique=True))
        selection = Selection(
            {n: data.draw(st.integers(1, left[n])) for n in chosen},
            shipping=data.draw(st.booleans()),
        )
        quote = quote_refund(order, prior, selection, ReasonCode.QUALITY_PROBLEM, EXACT)
        check_quote_shape(quote)
        refund_no = next(numbers)
        quotes[refund_no] = quote
        status = data.draw(st.sampled_from(COUNTING))
        prior.append(PriorRefund.from_quote(refund_no, status, quote))
        assert_within_paid(order, prior, quotes)

    remaining = refundable_summary(order, prior)
    if remaining["total_left"] == 0 and all(q == 0 for q in units_left(order, prior).values()):
        with pytest.raises(Refused):
            quote_refund(order, prior, Selection(everything_left=True), ReasonCode.OTHER, EXACT)
    else:
        final = quote_refund(
            order, prior, Selection(everything_left=True), ReasonCode.QUALITY_PROBLEM, EXACT
        )
        check_quote_shape(final)
        assert final.total.minor == remaining["total_left"]
        assert final.empties_order
        quotes["FINAL"] = final
        prior.append(PriorRefund.from_quote("FINAL", "paid", final))

    amounts, taxes, gross, shipping, total = counted(prior, quotes)
    for line in order.lines:
        assert amounts[line.line_no] == line.paid
        assert taxes[line.line_no] == tax_inside(line.paid, line.tax_rate)
        assert gross[line.line_no] == line.gross
    assert shipping == order.shipping_fee
    assert total == order.total_paid
    assert refundable_summary(order, prior)["total_left"] == 0
    with pytest.raises(Refused) as err:
        quote_refund(order, prior, Selection(everything_left=True), ReasonCode.OTHER, EXACT)
    assert err.value.code == "nothing_to_refund"


@FAST
@given(order=orders_(), data=st.data())
def test_unit_by_unit_equals_all_at_once(order: Order, data) -> None:
    """Splitting a line into single units (no withdrawals) sums to the one-step amount."""
    line = data.draw(st.sampled_from(order.lines))
    whole = quote_refund(
        order, [], Selection({line.line_no: line.quantity}), ReasonCode.OTHER, EXACT
    )
    assert whole.items_amount == line.paid
    prior: list[PriorRefund] = []
    total = 0
    steps = min(line.quantity, 40)
    for i in range(steps):
        take = 1 if i < steps - 1 else line.quantity - (steps - 1)
        quote = quote_refund(order, prior, Selection({line.line_no: take}), ReasonCode.OTHER, EXACT)
        total += quote.items_amount
        prior.append(PriorRefund(f"U{i}", "paid", quote.line_units))
    assert total == line.paid


def test_withdrawn_refund_in_the_middle_keeps_the_line_exact() -> None:
    """A regression: 0.10 paid for 3 units; refund 1, refund 1, reject the first, refund 2.

    With the units-only formula the last refund was 0.07 and the counting refunds added up to
    0.11, a cent more than was paid.
    """
    order = validate_and_allocate(
        Order(
            "P2",
            "CNY",
            OrderStatus.DELIVERED,
            datetime(2026, 11, 20),
            Customer("顾客"),
            Payment(PaymentMethod.ALIPAY),
            (OrderLine(1, "A", "a", 3, 4, line_discount=2),),
        )
    )
    first = quote_refund(order, [], Selection({1: 1}), ReasonCode.OTHER, EXACT)
    second = quote_refund(
        order,
        [PriorRefund.from_quote("A", "requested", first)],
        Selection({1: 1}),
        ReasonCode.OTHER,
        EXACT,
    )
    assert (first.items_amount, second.items_amount) == (3, 4)
    prior = [
        PriorRefund.from_quote("A", "rejected", first),
        PriorRefund.from_quote("B", "requested", second),
    ]
    assert refundable_summary(order, prior)["total_left"] == 6
    last = quote_refund(order, prior, Selection({1: 2}), ReasonCode.OTHER, EXACT)
    assert second.items_amount + last.items_amount == 10


fee_policies = st.builds(
    Policy,
    shipping_rule=st.sampled_from(list(ShippingRule)),
    restocking_fee_bp=st.integers(0, 10000),
    return_shipping_deduction=st.fixed_dictionaries(
        {c: st.integers(0, 10**6) for c in ("JPY", "CNY", "KWD")}
    ),
    cross_border_fee_bp=st.integers(0, 10000),
    cross_border_fee_bearer=st.sampled_from(list(FeeBearer)),
)


@FAST
@given(order=orders_(max_lines=8), policy=fee_policies, data=st.data())
def test_fees_never_make_the_total_negative_or_above_the_gross(order, policy, data) -> None:
    line = data.draw(st.sampled_from(order.lines))
    qty = data.draw(st.integers(1, line.quantity))
    fx = None
    if data.draw(st.booleans()):
        target = data.draw(st.sampled_from(["USD", "CNY", "JPY", "KWD"]))
        rate = data.draw(st.decimals(Decimal("0.0001"), Decimal("500"), places=6))
        fx = FxRate(order.currency, target, rate, date(2026, 11, 25))
    try:
        quote = quote_refund(
            order,
            [],
            Selection({line.line_no: qty}, shipping=data.draw(st.booleans())),
            data.draw(st.sampled_from([r for r in ReasonCode if r not in AMOUNT_ONLY_REASONS])),
            policy,
            goods_return=data.draw(st.booleans()),
            fx=fx,
        )
    except Refused:  # pragma: no cover - a quantity is always selected
        raise
    total = quote.total.minor
    assert 0 <= total <= quote.refunded_gross
    assert quote.refunded_gross <= order.total_paid
    assert total == (
        quote.refunded_gross - quote.restocking_fee - quote.return_shipping - quote.customer_fee
    )
    assert quote.restocking_fee >= 0 and quote.return_shipping >= 0 and quote.cross_border_fee >= 0
    assert quote.payout.minor >= 0
    if quote.fx is None:
        assert quote.payout == quote.total
        assert quote.cross_border_fee == 0
    breakdown = quote.breakdown()
    assert breakdown[-1 if quote.fx is None else -2].amount == quote.total


# --- the same invariants through the real services and a SQLite file -------------------------

_order_numbers = itertools.count(1)


def _db_sums(order_no: str):
    order_row = m.Order.get(m.Order.order_no == order_no)
    counting = (
        m.Refund.select()
        .where((m.Refund.order == order_row.id) & (m.Refund.status.not_in(WITHDRAWN)))
        .execute()
    )
    ids = [r.id for r in counting]
    per_line: dict[int, int] = defaultdict(int)
    if ids:
        for line_no, amount in (
            m.RefundLine.select(m.OrderLine.line_no, m.RefundLine.amount)
            .join(m.OrderLine)
            .where(m.RefundLine.refund.in_(ids))
            .tuples()
        ):
            per_line[line_no] += amount
    return per_line, sum(r.shipping for r in counting), sum(r.total for r in counting)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(order=orders_(max_lines=4, max_qty=12, max_price=50_000), data=st.data())
def test_service_sequences_keep_the_caps(owner, owner2, clerk, order, data) -> None:
    """Requests, rejections, cancellations and payouts through the services, checked in the DB."""
    if shop_settings.get_policy().shipping_rule is not ShippingRule.ALWAYS:
        shop_settings.set_policy(owner, {"shipping_rule": "always"})
    order_no = f"S{next(_order_numbers):05d}"
    order = replace(order, order_no=order_no)
    orders.create_order(clerk, order)
    stored = orders.get_order(order_no).order
    for _ in range(data.draw(st.integers(0, 5), label="steps")):
        left = units_left(stored, _db_prior(order_no))
        candidates = [n for n, q in left.items() if q > 0]
        action = data.draw(st.sampled_from(["request", "request", "reject", "cancel", "pay"]))
        open_rows = list(
            m.Refund.select()
            .join(m.Order)
            .where((m.Order.order_no == order_no) & (m.Refund.status == "requested"))
        )
        if action == "request" and candidates:
            chosen = data.draw(st.lists(st.sampled_from(candidates), min_size=1, unique=True))
            sel = Selection({n: data.draw(st.integers(1, left[n])) for n in chosen}, shipping=True)
            refund_requests.request_refund(
                clerk, refund_requests.RefundRequest(order_no, sel, ReasonCode.QUALITY_PROBLEM)
            )
        elif action in ("reject", "cancel", "pay") and open_rows:
            row = data.draw(st.sampled_from(open_rows))
            if action == "reject":
                refund_decisions.reject(owner, row.refund_no, "not covered")
            elif action == "cancel":
                refund_decisions.cancel(clerk, row.refund_no, "customer changed mind")
            else:
                refund_decisions.approve(owner, row.refund_no)
                if row.signature_required:
                    refund_goods.record_signature(clerk, row.refund_no)
                sending.record_payout(owner, row.refund_no)
        elif candidates:
            line_no = data.draw(st.sampled_from(candidates))
            counts = _counts()
            with pytest.raises(Refused):
                refund_requests.request_refund(
                    clerk,
                    refund_requests.RefundRequest(
                        order_no,
                        Selection({line_no: left[line_no] + 1}),
                        ReasonCode.QUALITY_PROBLEM,
                    ),
                )
            assert _counts() == counts
        per_line, shipping, total = _db_sums(order_no)
        for line in stored.lines:
            assert per_line[line.line_no] <= line.paid
        assert shipping <= stored.shipping_fee
        assert total <= stored.total_paid

    if orders.get_order(order_no).refundable["total_left"] > 0 or any(
        units_left(stored, _db_prior(order_no)).values()
    ):
        refund_requests.request_refund(
            owner,
            refund_requests.RefundRequest(
                order_no, Selection(everything_left=True), ReasonCode.QUALITY_PROBLEM
            ),
        )
    per_line, shipping, total = _db_sums(order_no)
    for line in stored.lines:
        assert per_line[line.line_no] == line.paid
    assert shipping == stored.shipping_fee
    assert total == stored.total_paid
    assert orders.get_order(order_no).refundable["total_left"] == 0
    assert all(
        r.status in {s.value for s in RefundStatus} for r in orders.get_order(order_no).refunds
    )


def _db_prior(order_no: str) -> list[PriorRefund]:
    from merchant_refunds.storage import order_repo

    return order_repo.prior_refunds(m.Order.get(m.Order.order_no == order_no).id)


def _counts() -> tuple[int, int, int]:
    return m.Refund.select().count(), m.RefundLine.select().count(), m.AuditEvent.select().count()
