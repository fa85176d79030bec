"""Policy review: every finding code with its severity, and the policy's money rules."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from merchant_refunds.domain import policy as policy_module
from merchant_refunds.domain.calculation import FxRate, PriorRefund, Selection, quote_refund
from merchant_refunds.domain.errors import InvalidInput, Refused
from merchant_refunds.domain.money import Money
from merchant_refunds.domain.order import OrderStatus
from merchant_refunds.domain.policy import (
    MERCHANT_FAULT_REASONS,
    FeeBearer,
    Policy,
    ReasonCode,
    ReviewContext,
    Severity,
    ShippingRule,
    is_large_refund,
    parse_reason,
    requires_second_approval,
    review,
    window_deadline,
)
from tests.factories import make_line, make_order, tea_order

DEFAULT = Policy()
TODAY = date(2026, 11, 26)


def ctx(**kw) -> ReviewContext:
    base = {
        "reason": ReasonCode.QUALITY_PROBLEM,
        "requested_on": TODAY,
        "selected_lines": [1],
        "refund_total": 100,
    }
    return ReviewContext(**{**base, **kw})


def codes(findings) -> list[str]:
    return [f.code for f in findings]


def only(findings, code: str):
    matching = [f for f in findings if f.code == code]
    assert len(matching) == 1, codes(findings)
    return matching[0]


def test_a_clean_request_has_no_findings() -> None:
    assert review(tea_order(), ctx(), DEFAULT) == []


def test_every_finding_code_in_policy_is_tested_here() -> None:
    source = Path(policy_module.__file__).read_text(encoding="utf-8")
    in_policy = set(re.findall(r'Finding\(\s*"([a-z_]+)"', source))
    assert len(in_policy) >= 12, "finding codes not found: has Finding() changed shape?"
    this_file = Path(__file__).read_text(encoding="utf-8")
    untested = sorted(code for code in in_policy if f'"{code}"' not in this_file)
    assert untested == []


@pytest.mark.parametrize(
    ("status", "code"),
    [(OrderStatus.AWAITING_PAYMENT, "order_not_paid"), (OrderStatus.CANCELLED, "order_cancelled")],
)
def test_unpaid_and_cancelled_orders_block_without_override(status, code) -> None:
    findings = review(tea_order(status=status), ctx(), DEFAULT)
    finding = only(findings, code)
    assert finding.severity is Severity.BLOCK and finding.blocks
    assert not finding.overridable
    assert "T0001" in finding.message


@pytest.mark.parametrize(
    ("requested", "blocked"),
    [(date(2026, 11, 2), False), (date(2026, 11, 8), False), (date(2026, 11, 9), True)],
)
def test_no_reason_window_counts_seven_days_from_the_day_after_delivery(requested, blocked) -> None:
    order = tea_order(delivered_at=datetime(2026, 11, 1, 23, 59))
    findings = review(order, ctx(reason=ReasonCode.NO_REASON, requested_on=requested), DEFAULT)
    assert ("outside_window" in codes(findings)) is blocked
    if blocked:
        finding = only(findings, "outside_window")
        assert finding.severity is Severity.BLOCK and finding.overridable
        assert finding.params["deadline"] == "2026-11-08"
        assert finding.params["days"] == 7
        assert "2026-11-01" in finding.message


@pytest.mark.parametrize(
    ("requested", "blocked"), [(date(2026, 11, 16), False), (date(2026, 11, 17), True)]
)
def test_quality_window_is_fifteen_days(requested, blocked) -> None:
    order = tea_order(delivered_at=datetime(2026, 11, 1, 8, 0))
    findings = review(order, ctx(requested_on=requested), DEFAULT)
    assert ("outside_window" in codes(findings)) is blocked


def test_window_is_configurable_and_may_be_unlimited() -> None:
    order = tea_order(delivered_at=datetime(2025, 1, 1))
    custom = Policy.from_dict({"windows_days": {"no_reason": 3, "duplicate_payment": None}})
    assert custom.window_for(ReasonCode.NO_REASON) == 3
    assert review(order, ctx(reason=ReasonCode.DUPLICATE_PAYMENT), custom) == []
    late = review(
        tea_order(delivered_at=datetime(2026, 11, 1)),
        ctx(reason=ReasonCode.NO_REASON, requested_on=date(2026, 11, 5)),
        custom,
    )
    assert "outside_window" in codes(late)
    assert window_deadline(date(2026, 11, 1), 7) == date(2026, 11, 8)


def test_undelivered_orders_have_no_window_yet() -> None:
    order = tea_order(delivered_at=None, status=OrderStatus.PAID)
    assert review(order, ctx(requested_on=date(2030, 1, 1)), DEFAULT) == []


def test_in_transit_warns() -> None:
    finding = only(review(tea_order(status=OrderStatus.IN_TRANSIT), ctx(), DEFAULT), "in_transit")
    assert finding.severity is Severity.WARN and not finding.blocks


def test_presale_in_production_blocks_until_the_supplier_confirms() -> None:
    order = tea_order(status=OrderStatus.PRESALE_IN_PRODUCTION, presale=True)
    finding = only(review(order, ctx(), DEFAULT), "presale_in_production")
    assert finding.severity is Severity.BLOCK and finding.overridable
    assert review(order, ctx(supplier_confirmed=True), DEFAULT) == []
    waiting = tea_order(status=OrderStatus.PRESALE_AWAITING_PRODUCTION, presale=True)
    assert review(waiting, ctx(), DEFAULT) == []


def test_final_sale_blocks_a_no_reason_return_only() -> None:
    order = make_order(lines=[make_line(1, final_sale=True, category="perishable")])
    findings = review(order, ctx(reason=ReasonCode.NO_REASON), DEFAULT)
    finding = only(findings, "final_sale")
    assert finding.severity is Severity.BLOCK
    assert "excluded_category" not in codes(findings)  # one finding per line
    assert review(order, ctx(reason=ReasonCode.QUALITY_PROBLEM), DEFAULT) == []


@pytest.mark.parametrize(
    "category", ["made_to_order", "perishable", "digital_unsealed", "newspaper"]
)
def test_excluded_categories_block_a_no_reason_return(category: str) -> None:
    order = make_order(lines=[make_line(1, category=category), make_line(2, category="tea")])
    findings = review(order, ctx(reason=ReasonCode.NO_REASON, selected_lines=[1, 2]), DEFAULT)
    finding = only(findings, "excluded_category")
    assert finding.severity is Severity.BLOCK
    assert finding.params["category"] == category
    assert review(order, ctx(reason=ReasonCode.NO_REASON, selected_lines=[2]), DEFAULT) == []
    assert review(order, ctx(reason=ReasonCode.WRONG_ITEM, selected_lines=[1]), DEFAULT) == []
    relaxed = Policy(excluded_categories=frozenset())
    assert review(order, ctx(reason=ReasonCode.NO_REASON, selected_lines=[1]), relaxed) == []


def test_destination_differs_warns() -> None:
    finding = only(
        review(tea_order(), ctx(destination_differs=True), DEFAULT), "destination_differs"
    )
    assert finding.severity is Severity.WARN


def test_shipping_not_refundable_warns_when_asked_and_not_granted() -> None:
    findings = review(tea_order(), ctx(shipping_requested=True, shipping_granted=False), Policy())
    finding = only(findings, "shipping_not_refundable")
    assert finding.severity is Severity.WARN
    assert finding.params["rule"] == "merchant_fault_only"
    assert review(tea_order(), ctx(shipping_requested=True), DEFAULT) == []


@pytest.mark.parametrize(
    ("currency", "threshold"), [("CNY", 50000), ("JPY", 10000), ("KWD", 25000), ("USD", 8000)]
)
def test_second_approval_at_exactly_the_threshold_not_one_cent_below(currency, threshold) -> None:
    order = make_order(currency=currency)
    at = review(order, ctx(refund_total=threshold), DEFAULT)
    finding = only(at, "second_approval_required")
    assert finding.severity is Severity.WARN
    assert finding.params["threshold"].minor == threshold
    below = review(order, ctx(refund_total=threshold - 1), DEFAULT)
    assert "second_approval_required" not in codes(below)
    assert requires_second_approval(order, threshold, DEFAULT)
    assert not requires_second_approval(order, threshold - 1, DEFAULT)


def test_large_refund_at_the_threshold() -> None:
    order = tea_order()
    findings = review(order, ctx(refund_total=200000), DEFAULT)
    finding = only(findings, "large_refund")
    assert finding.severity is Severity.WARN
    assert "second_approval_required" in codes(findings)
    below = review(order, ctx(refund_total=199999), DEFAULT)
    assert "large_refund" not in codes(below)
    assert is_large_refund(order, 200000, DEFAULT)
    assert not is_large_refund(order, 199999, DEFAULT)


def test_a_currency_without_thresholds_takes_the_strict_path() -> None:
    policy = Policy(second_approval_threshold={}, large_refund_threshold={})
    findings = review(tea_order(), ctx(refund_total=1), policy)
    assert {"second_approval_required", "large_refund"} <= set(codes(findings))


def test_open_refund_overlap_warns_per_line() -> None:
    findings = review(tea_order(), ctx(selected_lines=[1, 2], open_overlap_lines=[2]), DEFAULT)
    finding = only(findings, "open_refund_overlap")
    assert finding.severity is Severity.WARN
    assert finding.params["sku"] == "CUP-02"


def test_blocks_come_before_warnings_and_all_render() -> None:
    order = tea_order(status=OrderStatus.IN_TRANSIT, delivered_at=datetime(2026, 1, 1))
    findings = review(
        order,
        ctx(destination_differs=True, refund_total=10**9, open_overlap_lines=[1]),
        DEFAULT,
    )
    severities = [f.severity for f in findings]
    assert severities == sorted(severities, key=lambda s: s is not Severity.BLOCK)
    assert severities[0] is Severity.BLOCK
    for finding in findings:
        data = finding.to_dict()
        assert data["message"] == finding.message and "{" not in finding.message
        assert data["severity"] in ("block", "warn")


# --- the policy object ------------------------------------------------------------------


def test_policy_round_trips_through_a_dict() -> None:
    policy = Policy(
        shipping_rule=ShippingRule.NEVER,
        restocking_fee_bp=500,
        return_shipping_deduction={"CNY": 1000},
        cross_border_fee_bearer=FeeBearer.CUSTOMER,
    )
    assert Policy.from_dict(policy.to_dict()) == policy


@pytest.mark.parametrize(
    "changes",
    [
        {"bogus": 1},
        {"restocking_fee_bp": -1},
        {"restocking_fee_bp": 10001},
        {"cross_border_fee_bp": 1.5},
        {"shipping_rule": "sometimes"},
        {"cross_border_fee_bearer": "bank"},
        {"windows_days": {"because": 3}},
        {"windows_days": {"no_reason": -1}},
        {"second_approval_threshold": {"XXX": 1}},
        {"large_refund_threshold": {"CNY": True}},
    ],
)
def test_policy_from_dict_refuses_bad_values(changes) -> None:
    with pytest.raises(InvalidInput):
        Policy.from_dict(changes)


def test_parse_reason() -> None:
    assert parse_reason("no_reason") is ReasonCode.NO_REASON
    with pytest.raises(InvalidInput) as err:
        parse_reason("bored")
    assert err.value.code == "unknown_reason"


# --- shipping rules ----------------------------------------------------------------------

MERCHANT = ReasonCode.WRONG_ITEM
CUSTOMER = ReasonCode.NO_REASON


@pytest.mark.parametrize(
    ("rule", "reason", "everything", "refunded"),
    [
        (ShippingRule.ALWAYS, CUSTOMER, False, True),
        (ShippingRule.ALWAYS, MERCHANT, False, True),
        (ShippingRule.WHEN_ORDER_EMPTIED, CUSTOMER, False, False),
        (ShippingRule.WHEN_ORDER_EMPTIED, CUSTOMER, True, True),
        (ShippingRule.MERCHANT_FAULT_ONLY, MERCHANT, False, True),
        (ShippingRule.MERCHANT_FAULT_ONLY, CUSTOMER, True, False),
        (ShippingRule.NEVER, MERCHANT, True, False),
    ],
)
def test_shipping_rules(rule, reason, everything, refunded) -> None:
    order = tea_order()
    selection = (
        Selection({1: 3, 2: 2}, shipping=True) if everything else Selection({1: 1}, shipping=True)
    )
    quote = quote_refund(order, [], selection, reason, Policy(shipping_rule=rule))
    assert quote.shipping == (1200 if refunded else 0)
    assert quote.shipping_requested


def test_when_order_emptied_counts_earlier_refunds() -> None:
    order = tea_order()
    policy = Policy(shipping_rule=ShippingRule.WHEN_ORDER_EMPTIED)
    prior = [PriorRefund("R1", "paid", {1: 3})]
    quote = quote_refund(order, prior, Selection({2: 2}, shipping=True), CUSTOMER, policy)
    assert quote.empties_order and quote.shipping == 1200
    withdrawn = [PriorRefund("R1", "cancelled", {1: 3})]
    quote = quote_refund(order, withdrawn, Selection({2: 2}, shipping=True), CUSTOMER, policy)
    assert not quote.empties_order and quote.shipping == 0


def test_shipping_alone_when_not_refundable_is_refused() -> None:
    with pytest.raises(Refused) as err:
        quote_refund(
            tea_order(),
            [],
            Selection(shipping=True),
            CUSTOMER,
            Policy(shipping_rule=ShippingRule.NEVER),
        )
    assert err.value.code == "shipping_not_refundable"


def test_merchant_fault_reasons() -> None:
    assert ReasonCode.NO_REASON not in MERCHANT_FAULT_REASONS
    assert ReasonCode.OTHER not in MERCHANT_FAULT_REASONS
    assert ReasonCode.PRICE_ADJUSTMENT not in MERCHANT_FAULT_REASONS
    assert ReasonCode.QUALITY_PROBLEM in MERCHANT_FAULT_REASONS
    assert ReasonCode.DAMAGED_IN_TRANSIT in MERCHANT_FAULT_REASONS


# --- deductions -------------------------------------------------------------------------

FEES = Policy(
    shipping_rule=ShippingRule.ALWAYS,
    restocking_fee_bp=1000,
    return_shipping_deduction={"CNY": 1500, "JPY": 800},
)


@pytest.mark.parametrize(
    ("reason", "goods_return", "deducted"),
    [
        (CUSTOMER, True, True),
        (ReasonCode.OTHER, True, True),
        (CUSTOMER, False, False),
        (MERCHANT, True, False),
        (ReasonCode.QUALITY_PROBLEM, True, False),
    ],
)
def test_restocking_and_return_shipping_only_for_customer_fault_returns(
    reason, goods_return, deducted
) -> None:
    quote = quote_refund(
        tea_order(), [], Selection({1: 1}, shipping=True), reason, FEES, goods_return=goods_return
    )
    assert quote.refunded_gross == 11438 + 1200
    if deducted:
        assert quote.restocking_fee == 1144  # 10% of 114.38, half-up
        assert quote.return_shipping == 1500
        assert quote.total.minor == 11438 + 1200 - 1144 - 1500
    else:
        assert quote.restocking_fee == quote.return_shipping == 0
        assert quote.total.minor == 11438 + 1200


def test_deductions_never_exceed_the_refund() -> None:
    order = make_order(currency="JPY", lines=[make_line(quantity=1, unit_price=500)])
    quote = quote_refund(order, [], Selection({1: 1}), CUSTOMER, FEES, goods_return=True)
    assert quote.restocking_fee == 50
    assert quote.return_shipping == 450  # capped to what is left
    assert quote.total.minor == 0
    no_table = quote_refund(
        make_order(currency="KWD", lines=[make_line(quantity=1, unit_price=5000)]),
        [],
        Selection({1: 1}),
        CUSTOMER,
        FEES,
        goods_return=True,
    )
    assert no_table.return_shipping == 0  # no deduction configured for KWD


# --- cross-border fee and conversion ----------------------------------------------------

FX = FxRate("CNY", "USD", Decimal("0.1385"), date(2026, 11, 25))


def test_cross_border_fee_borne_by_the_merchant() -> None:
    policy = Policy(cross_border_fee_bp=200, cross_border_fee_bearer=FeeBearer.MERCHANT)
    quote = quote_refund(tea_order(), [], Selection({1: 1}), MERCHANT, policy, fx=FX)
    assert quote.cross_border_fee == 229  # 2% of 114.38 = 2.2876 -> 2.29
    assert quote.customer_fee == 0
    assert quote.total.minor == 11438
    assert quote.payout == Money(1584, "USD")  # 114.38 * 0.1385 = 15.84163 -> 15.84
    assert quote.fx == FX


def test_cross_border_fee_borne_by_the_customer() -> None:
    policy = Policy(cross_border_fee_bp=200, cross_border_fee_bearer=FeeBearer.CUSTOMER)
    quote = quote_refund(tea_order(), [], Selection({1: 1}), MERCHANT, policy, fx=FX)
    assert quote.cross_border_fee == 229
    assert quote.customer_fee == 229
    assert quote.total.minor == 11438 - 229
    assert quote.payout == Money(1552, "USD")  # 112.09 * 0.1385 = 15.524465 -> 15.52
    row = next(r for r in quote.breakdown() if r.kind.value == "cross_border_fee")
    assert row.amount.minor == -229 and "customer" in row.detail
