"""Dates as the screens show them: the shipped locales are written without Babel (for the
start-up time, issue 16) and must read exactly as Babel writes them."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from babel.dates import format_date, format_time
from hypothesis import given, settings
from hypothesis import strategies as st

from merchant_refunds.ui.common import formatting as fmt

SHIPPED = ("zh_CN", "en_US")


@settings(max_examples=300, deadline=None)
@given(value=st.datetimes(), locale=st.sampled_from(SHIPPED))
def test_the_shipped_locales_read_as_babel_writes_them(value: datetime, locale: str) -> None:
    assert fmt.date_text(value, locale) == format_date(value, "medium", locale=locale)
    expected = f"{format_date(value, 'medium', locale=locale)} " + format_time(
        value, "HH:mm", locale=locale
    )
    assert fmt.datetime_text(value, locale) == expected


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("zh_CN", "2026年11月6日 09:05"),
        ("en_US", "Nov 6, 2026 09:05"),
        ("de_DE", "06.11.2026 09:05"),
    ],
)
def test_a_date_and_time_in_each_locale(locale: str, expected: str) -> None:
    assert fmt.datetime_text(datetime(2026, 11, 6, 9, 5), locale) == expected


def test_nothing_for_a_missing_date() -> None:
    assert fmt.date_text(None) == "" and fmt.datetime_text(None) == ""
    assert fmt.date_text(date(2026, 1, 31), "en_US") == "Jan 31, 2026"
