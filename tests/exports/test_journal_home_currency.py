"""The journal books foreign refunds in the home currency, keeps the original amounts beside them,
and puts the exchange difference between request and payout on its own account."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from merchant_refunds.domain.calculation import FxRate
from merchant_refunds.domain.errors import InvalidInput, PermissionDenied
from merchant_refunds.exports import journal
from merchant_refunds.exports.run import export_file
from merchant_refunds.services import fx_rates, shop_settings, users
from merchant_refunds.services.reporting import ExportFilter, JournalSource

ACCOUNTS = dict(shop_settings.DEFAULT_JOURNAL_ACCOUNTS)


def jpy_refund(**changes) -> JournalSource:
    """¥10,000 JPY refunded through PayPal in yen, requested 4 Nov, paid 10 Nov."""
    base = dict(
        refund_no="RF1",
        order_no="JP-1",
        seq=1,
        sent_at="2026-11-10 10:00:00",
        payout_method="original_route",
        order_payment_method="paypal",
        payout_amount=10_000,
        payout_currency="JPY",
        paid_before=0,
        refund_currency="JPY",
        refund_payout_amount=10_000,
        total=10_000,
        tax=0,
        restocking_fee=0,
        return_shipping=0,
        cross_border_fee=0,
        fee_bearer="merchant",
        requested_at="2026-11-04 09:00:00",
    )
    return JournalSource(**{**base, **changes})


RATES = {
    ("JPY", date(2026, 11, 4)): Decimal("0.0478"),
    ("JPY", date(2026, 11, 10)): Decimal("0.0480"),
    ("USD", date(2026, 11, 10)): Decimal("7.1300"),
}


def lookup(currency: str, day: date) -> FxRate:
    return FxRate(currency, "CNY", RATES[(currency, day)], day)


def by_code(lines: list[journal.JournalLine]) -> dict[str, tuple[int, int]]:
    out: dict[str, tuple[int, int]] = {}
    for line in lines:
        d, c = out.get(line.account_code, (0, 0))
        out[line.account_code] = (d + line.debit, c + line.credit)
    return out


def test_foreign_refund_paid_abroad_books_the_rate_difference_as_a_loss():
    lines = journal.entry_lines(jpy_refund(), ACCOUNTS, "zh", "CNY", lookup)
    journal.check_balanced(lines, "entry")
    assert {line.currency for line in lines} == {"CNY"}
    codes = by_code(lines)
    assert codes["6001"] == (47_800, 0)  # ¥10,000 × 0.0478 at the request
    assert codes["1012"] == (0, 48_000)  # what left: ¥10,000 × 0.0480 at the payout
    assert codes["6061"] == (200, 0)  # the shop paid 2.00 more yuan: an exchange loss
    returns = next(line for line in lines if line.account_code == "6001")
    assert (returns.original_debit, returns.original_currency, returns.fx_rate) == (
        10_000,
        "JPY",
        "0.0478",
    )
    loss = next(line for line in lines if line.account_code == "6061")
    assert "汇兑损失" in loss.summary


def test_refund_paid_in_yuan_at_its_recorded_rate_credits_exactly_what_was_paid():
    """A $100.01 refund paid as ¥712.42 at the rate recorded with the refund."""
    source = jpy_refund(
        refund_currency="USD",
        total=10_001,
        tax=1_150,
        refund_payout_amount=71_242,
        payout_amount=71_242,
        payout_currency="CNY",
        fx_rate="7.1234",
        fx_date="2026-11-04",
        order_payment_method="card",
    )
    lines = journal.entry_lines(source, ACCOUNTS, "en", "CNY", lookup)
    journal.check_balanced(lines, "entry")
    codes = by_code(lines)
    assert codes["1012"] == (0, 71_242)
    assert codes["2221"] == (8_192, 0)  # $11.50 × 7.1234
    assert sum(d for d, _ in codes.values()) == sum(c for _, c in codes.values())
    assert "6061" not in codes or max(codes["6061"]) <= 1  # only a fen of rounding, if any


def test_home_currency_refunds_are_unchanged():
    source = jpy_refund(refund_currency="CNY", payout_currency="CNY")
    plain = journal.entry_lines(source, ACCOUNTS, "zh")
    homed = journal.entry_lines(source, ACCOUNTS, "zh", "CNY", lookup)
    assert plain == homed
    assert all(line.original_currency == "" for line in homed)


def test_a_missing_rate_is_named():
    book_rates = fx_rates.RateBook.__new__(fx_rates.RateBook)
    book_rates.home, book_rates._days = "CNY", {}
    with pytest.raises(InvalidInput) as error:
        journal.entry_lines(jpy_refund(), ACCOUNTS, "zh", "CNY", book_rates.rate)
    assert error.value.code == "fx_rate_missing"
    assert "JPY" in error.value.message and "2026-11-04" in error.value.message


@given(
    yen=st.integers(min_value=1, max_value=50_000_000),
    tax_bp=st.integers(min_value=0, max_value=1500),
    restock=st.integers(min_value=0, max_value=5000),
    request_rate=st.decimals(min_value=Decimal("0.0001"), max_value=Decimal("0.2"), places=4),
    payout_rate=st.decimals(min_value=Decimal("0.0001"), max_value=Decimal("0.2"), places=4),
)
def test_every_foreign_entry_balances_in_both_currencies(
    yen, tax_bp, restock, request_rate, payout_rate
):
    rates = {date(2026, 11, 4): request_rate, date(2026, 11, 10): payout_rate}
    source = jpy_refund(
        total=yen,
        tax=yen * tax_bp // 10_000,
        restocking_fee=restock,
        payout_amount=yen,
        refund_payout_amount=yen,
    )
    lines = journal.entry_lines(
        source, ACCOUNTS, "en", "CNY", lambda c, d: FxRate(c, "CNY", rates[d], d)
    )
    journal.check_balanced(lines, "entry")
    originals = [line for line in lines if line.original_currency]
    assert sum(line.original_debit for line in originals) == sum(
        line.original_credit for line in originals
    )


# --- through the export and the service --------------------------------------------------------


def test_day_rates_are_entered_by_the_accountant_and_audited(owner, clerk):
    kim = users.create_user(owner, "kim", users.Role.ACCOUNTANT, "6789", display_name="会计")
    with pytest.raises(PermissionDenied):
        fx_rates.set_day_rate(clerk, "JPY", date(2026, 11, 4), "0.0478")
    for bad in ("0", "-1", "abc", "7,12", "0.12345678901234"):
        with pytest.raises(InvalidInput):
            fx_rates.set_day_rate(kim, "JPY", date(2026, 11, 4), bad)
    with pytest.raises(InvalidInput) as error:
        fx_rates.set_day_rate(kim, "CNY", date(2026, 11, 4), "1")
    assert error.value.code == "fx_rate_home"
    fx_rates.set_day_rate(kim, "JPY", date(2026, 11, 2), "0.0478")
    book = fx_rates.RateBook()
    assert book.rate("JPY", date(2026, 11, 9)).rate == Decimal("0.0478")  # a week back
    with pytest.raises(InvalidInput):
        book.rate("JPY", date(2026, 11, 10))  # eight days: too old
    assert [r.to_dict() for r in fx_rates.day_rates()] == [
        {"currency": "JPY", "day": "2026-11-02", "rate": "0.0478"}
    ]


def test_demo_journal_is_in_yuan_with_the_original_amounts(db_path: Path, tmp_path: Path):
    import csv

    from merchant_refunds.demo import generator

    generator.generate_demo(orders=60, seed=11, today=date(2026, 11, 26))
    kim = users.get_actor("kim")
    path = tmp_path / "j.csv"
    export_file(kim, "journal", ExportFilter(), path, machine_headers=True)
    with path.open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert {row["currency"] for row in rows} == {"CNY"}
    foreign = [row for row in rows if row["original_currency"]]
    assert foreign and {row["original_currency"] for row in foreign} <= {"USD", "EUR", "JPY"}
    assert all(row["fx_rate"] for row in foreign)
