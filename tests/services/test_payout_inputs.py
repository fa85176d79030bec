"""What the owner types when paying, failing or retrying a payout is checked before any money
moves: an unknown method, an over-long reference or reason is refused and nothing changes."""

from __future__ import annotations

import pytest

from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.domain.lifecycle import RefundStatus
from merchant_refunds.services import refund_views
from merchant_refunds.services.payouts import failures, sending
from merchant_refunds.services.users import Actor
from tests.services.test_payouts import small_approved


@pytest.fixture
def approved(owner: Actor, clerk: Actor) -> str:
    return small_approved(owner, clerk)


@pytest.mark.parametrize(
    ("pay", "code", "text"),
    [
        (
            lambda owner, no: sending.send_payout(owner, no, 1, method="cheque"),
            "unknown_payout_method",
            "Unknown payout method: cheque",
        ),
        (
            lambda owner, no: sending.send_payout(owner, no, 1, reference="R" * 129),
            "reference_too_long",
            "The reference is longer than 128 characters",
        ),
        (
            lambda owner, no: failures.retry_payout(owner, no, 1, method="cheque"),
            "unknown_payout_method",
            "Unknown payout method: cheque",
        ),
        (
            lambda owner, no: failures.mark_failed(owner, no, 1, "x" * 501),
            "failure_reason_too_long",
            "The reason is longer than 500 characters",
        ),
    ],
)
def test_bad_input_is_refused_before_any_payout_changes(
    owner: Actor, approved: str, pay, code: str, text: str
) -> None:
    before = refund_views.get_refund(approved)
    with pytest.raises(InvalidInput) as caught:
        pay(owner, approved)
    assert caught.value.code == code and caught.value.message == text
    after = refund_views.get_refund(approved)
    assert after.status is RefundStatus.APPROVED and after.payouts == before.payouts == []
