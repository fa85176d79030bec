"""Business days of a shop's country, for when a payout is expected to arrive.

Banks and payment services count working days: weekends and public holidays do not count, but
China's make-up working days (调休, a Saturday or Sunday worked to bridge a long holiday) do. The
``holidays`` package knows both; it is told the years explicitly because its list of make-up days
is filled only for the years it has been asked about.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from merchant_refunds.domain.errors import InvalidInput

if TYPE_CHECKING:
    import holidays

#: A payout that has not arrived within this many days of counting has a broken calendar.
_MAX_SPAN_DAYS = 3660


@lru_cache(maxsize=32)
def _calendar(country: str, first_year: int, last_year: int) -> holidays.HolidayBase:
    # Imported on first use: ~50 ms that every start of the window would otherwise wait for.
    import holidays

    try:
        return holidays.country_holidays(country, years=range(first_year, last_year + 1))
    except NotImplementedError:
        raise InvalidInput(
            "unknown_country", "No public-holiday calendar for country {country}", country=country
        ) from None


def is_business_day(day: date, country: str) -> bool:
    """A weekday that is not a public holiday, or a weekend day that is a make-up working day."""
    return _calendar(country.upper(), day.year, day.year).is_working_day(day)


def add_business_days(start: date, days: int, country: str) -> date:
    """The date ``days`` business days after ``start`` (0: ``start`` itself, whatever day it is).

    Counting starts the day after ``start``, the way "arrives within 3 business days" is meant:
    a request on Friday with 1 business day arrives on Monday (or later if Monday is a holiday).
    """
    if isinstance(days, bool) or not isinstance(days, int) or days < 0:
        raise InvalidInput("invalid_days", "The number of business days must be 0 or more")
    code = country.upper()
    day = start
    left = days
    # Two spare years cover any realistic count (a long holiday plus a few weeks).
    calendar = _calendar(code, start.year, start.year + 1 + days // 200)
    limit = start + timedelta(days=_MAX_SPAN_DAYS)
    while left:
        day += timedelta(days=1)
        if day > limit:  # pragma: no cover - only with a calendar that has no working days
            raise InvalidInput("invalid_days", "No business days found in the calendar")
        if calendar.is_working_day(day):
            left -= 1
    return day


#: (earliest, latest) business days for money to arrive, by payout method and, for the original
#: route, by how the order was paid. Wallets refund at once; cards and banks take 1 to 3 days.
ARRIVAL_DAYS: dict[str, tuple[int, int]] = {
    "alipay": (0, 0),
    "wechat_pay": (0, 0),
    "card": (1, 3),
    "unionpay": (1, 3),
    "paypal": (1, 3),
    "bank_transfer": (1, 3),
    "store_credit": (0, 0),
    "cash": (0, 0),
    "other": (1, 3),
}


def arrival_days(payout_method: str, payment_method: str) -> tuple[int, int]:
    """The business-day range for a payout; the original route follows the order's payment."""
    key = payment_method if payout_method == "original_route" else payout_method
    return ARRIVAL_DAYS.get(key, ARRIVAL_DAYS["other"])


def expected_arrival(
    start: date, payout_method: str, payment_method: str, country: str
) -> tuple[date, date]:
    """Earliest and latest day the customer should see the money, counted from ``start``."""
    low, high = arrival_days(payout_method, payment_method)
    return add_business_days(start, low, country), add_business_days(start, high, country)
