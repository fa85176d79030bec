"""The whole refund flow once through the services, on a real SQLite file."""

from __future__ import annotations

from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.lifecycle import RefundStatus
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import audit, orders, refund_decisions, refund_requests
from merchant_refunds.services.payouts import arrival, sending
from tests.factories import tea_order


def test_partial_refund_through_to_completion(owner, clerk):
    orders.create_order(clerk, tea_order("TB1001"))
    request = refund_requests.RefundRequest(
        "TB1001", Selection({1: 1}, shipping=True), ReasonCode.QUALITY_PROBLEM
    )
    refund = refund_requests.request_refund(clerk, request)
    # 3 teas at 128.00 carry 40.85 of the 50.00 discount: one tea is 128.00 - 13.62 = 114.38.
    assert refund.total.minor == 11438 + 1200
    assert refund.status is RefundStatus.REQUESTED
    refund = refund_decisions.approve(owner, refund.refund_no)
    refund = sending.record_payout(owner, refund.refund_no, reference="ALI-1")
    assert refund.status is RefundStatus.PAID
    refund = arrival.confirm_received(clerk, refund.refund_no)
    assert refund.status is RefundStatus.COMPLETED
    left = orders.get_order("TB1001").refundable["total_left"]
    assert left == 43200 - 12638
    assert audit.verify_chain().ok
