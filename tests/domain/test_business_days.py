"""Business days for expected arrival: holidays skipped, make-up working days (调休) counted."""

from __future__ import annotations

from datetime import date

import pytest

from merchant_refunds.domain.business_days import (
    add_business_days,
    arrival_days,
    expected_arrival,
    is_business_day,
)
from merchant_refunds.domain.errors import InvalidInput


def test_an_ordinary_week_skips_the_weekend() -> None:
    thursday = date(2026, 11, 26)
    assert add_business_days(thursday, 1, "CN") == date(2026, 11, 27)
    assert add_business_days(thursday, 2, "CN") == date(2026, 11, 30)
    assert add_business_days(thursday, 3, "CN") == date(2026, 12, 1)


def test_zero_days_is_the_day_itself_even_on_a_holiday() -> None:
    assert add_business_days(date(2026, 10, 1), 0, "CN") == date(2026, 10, 1)


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        # Spring Festival 2026: off 15-23 February; Saturday 14 and Saturday 28 are worked.
        (date(2026, 2, 13), 1, date(2026, 2, 14)),
        (date(2026, 2, 14), 1, date(2026, 2, 24)),
        (date(2026, 2, 13), 3, date(2026, 2, 25)),
        (date(2026, 2, 27), 1, date(2026, 2, 28)),
        (date(2026, 2, 27), 2, date(2026, 3, 2)),
        # National Day 2026: off 1-7 October; Sunday 20 September and Saturday 10 October worked.
        (date(2026, 9, 19), 1, date(2026, 9, 20)),
        (date(2026, 9, 30), 1, date(2026, 10, 8)),
        (date(2026, 9, 30), 3, date(2026, 10, 10)),
        (date(2026, 10, 9), 1, date(2026, 10, 10)),
    ],
)
def test_chinese_holidays_and_make_up_working_days(start: date, days: int, expected: date) -> None:
    assert add_business_days(start, days, "CN") == expected


def test_make_up_days_are_business_days_and_holidays_are_not() -> None:
    assert is_business_day(date(2026, 2, 14), "CN")  # a Saturday, worked
    assert is_business_day(date(2026, 9, 20), "cn")  # a Sunday, worked
    assert not is_business_day(date(2026, 2, 17), "CN")  # Spring Festival, a Tuesday
    assert not is_business_day(date(2026, 10, 5), "CN")  # National Day week, a Monday
    assert not is_business_day(date(2026, 11, 28), "CN")  # an ordinary Saturday


def test_counting_runs_over_the_new_year() -> None:
    assert add_business_days(date(2026, 12, 31), 1, "CN") == date(2027, 1, 4)


def test_other_countries_use_their_own_calendar() -> None:
    # 3 July 2026 is the observed Independence Day in the United States, a Friday.
    assert add_business_days(date(2026, 7, 2), 1, "US") == date(2026, 7, 6)
    assert add_business_days(date(2026, 7, 2), 1, "CN") == date(2026, 7, 3)


def test_bad_counts_and_countries_are_refused() -> None:
    with pytest.raises(InvalidInput):
        add_business_days(date(2026, 1, 5), -1, "CN")
    with pytest.raises(InvalidInput) as unknown:
        add_business_days(date(2026, 1, 5), 1, "XX")
    assert unknown.value.code == "unknown_country"


def test_arrival_ranges_per_payout_method() -> None:
    assert arrival_days("original_route", "alipay") == (0, 0)
    assert arrival_days("original_route", "wechat_pay") == (0, 0)
    assert arrival_days("original_route", "card") == (1, 3)
    assert arrival_days("bank_transfer", "alipay") == (1, 3)
    assert arrival_days("store_credit", "card") == (0, 0)
    friday_before_national_day = date(2026, 9, 25)  # Mid-Autumn Festival, itself a holiday
    assert expected_arrival(friday_before_national_day, "bank_transfer", "alipay", "CN") == (
        date(2026, 9, 28),
        date(2026, 9, 30),
    )
