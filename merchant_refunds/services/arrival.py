"""When a payout should reach the customer: the shop's per-method range on its country's calendar.

Kept apart from the refund and payout services so both (and the confirmation paper) compute the
range the same way.
"""

from __future__ import annotations

from datetime import date

from merchant_refunds.domain.business_days import add_business_days, arrival_days
from merchant_refunds.services.shop_settings import get_payment_methods, get_shop


def arrival_range(payout_method: str, payment_method: str) -> tuple[int, int]:
    """Business days (earliest, latest): the shop's setting for the method the money travels by.

    The original route travels by the order's payment method; the others by themselves.
    """
    key = payment_method if payout_method == "original_route" else payout_method
    configured = get_payment_methods().get(key)
    if configured is None:
        return arrival_days(payout_method, payment_method)
    return configured.min_days, configured.max_days


def shop_country() -> str:
    return (get_shop().get("country") or "CN").upper()


def expected_dates(payout_method: str, payment_method: str, sent_on: date) -> tuple[date, date]:
    """Earliest and latest arrival for money sent on ``sent_on``."""
    low, high = arrival_range(payout_method, payment_method)
    country = shop_country()
    return add_business_days(sent_on, low, country), add_business_days(sent_on, high, country)
