"""Money: what people type, what is refused, where rounding happens and how amounts are shown."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from merchant_refunds.domain.calculation import FxRate, Selection, quote_refund
from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.domain.money import (
    _COMMON_EXPONENTS,
    COMMON_CURRENCIES,
    CURRENCY_EXPONENTS,
    MAX_MINOR,
    SHIPPED_CURRENCY_SYMBOLS,
    Money,
    check_currency,
    decimal_to_minor,
    div_round_half_up,
    parse_amount,
    require_minor,
)
from merchant_refunds.domain.policy import Policy, ReasonCode
from tests.factories import make_line, make_order

DAY = date(2026, 11, 25)


# --- parsing what people type -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "currency", "minor"),
    [
        ("1,234.50", "CNY", 123450),
        ("1234.5", "CNY", 123450),
        ("¥12.3", "CNY", 1230),
        ("￥12.30", "CNY", 1230),
        ("12.30元", "CNY", 1230),
        ("  8 ", "CNY", 800),
        ("CNY 8", "CNY", 800),
        ("8 cny", "CNY", 800),
        ("12.345", "KWD", 12345),
        ("KD 1.5", "KWD", 1500),
        ("JPY 1,200", "JPY", 1200),
        ("¥1200", "JPY", 1200),
        ("1200円", "JPY", 1200),
        ("$1,000,000.01", "USD", 100000001),
        ("US$5", "USD", 500),
        ("HK$5.5", "HKD", 550),
        ("€0.99", "EUR", 99),
        ("£3", "GBP", 300),
        ("₩1,000", "KRW", 1000),
        ("0", "CNY", 0),
        ("+3.00", "CNY", 300),
        ("1\u00a0234.50", "CNY", 123450),
    ],
)
def test_parse_accepts_what_people_type(text: str, currency: str, minor: int) -> None:
    money = parse_amount(text, currency)
    assert money == Money(minor, currency)
    assert money.currency == currency


def test_parse_currency_code_is_case_insensitive_and_normalised() -> None:
    assert parse_amount("1.00", "cny") == Money(100, "CNY")
    assert Money(5, "usd").currency == "USD"


@pytest.mark.parametrize(
    ("text", "currency", "code"),
    [
        ("", "CNY", "empty_amount"),
        ("   ", "CNY", "empty_amount"),
        ("JPY", "JPY", "not_an_amount"),
        ("¥", "CNY", "not_an_amount"),
        ("12.345", "CNY", "too_many_decimals"),
        ("12.3", "JPY", "too_many_decimals"),
        ("1.2345", "KWD", "too_many_decimals"),
        ("12.3450", "KWD", "too_many_decimals"),
        ("12a", "CNY", "not_an_amount"),
        ("abc", "CNY", "not_an_amount"),
        ("1e5", "CNY", "not_an_amount"),
        ("1,23.45", "CNY", "not_an_amount"),
        ("1,2345", "CNY", "not_an_amount"),
        ("12.", "CNY", "not_an_amount"),
        ("1.2.3", "CNY", "not_an_amount"),
        ("--5", "CNY", "not_an_amount"),
        ("-5", "CNY", "negative_amount"),
        ("−5", "CNY", "negative_amount"),
        ("¥-5", "CNY", "negative_amount"),
        ("92233720368547758.08", "CNY", "amount_out_of_range"),
        ("9223372036854775808", "JPY", "amount_out_of_range"),
        ("9,223,372,036,854,776", "KWD", "amount_out_of_range"),
        ("5 USD", "CNY", "not_an_amount"),
        ("$5", "CNY", "currency_mismatch"),
        ("€5", "JPY", "currency_mismatch"),
        ("US$5", "HKD", "currency_mismatch"),
        ("5円", "CNY", "currency_mismatch"),
        ("KD 5", "USD", "currency_mismatch"),
    ],
)
def test_parse_refuses_with_a_clear_error(text: str, currency: str, code: str) -> None:
    with pytest.raises(InvalidInput) as err:
        parse_amount(text, currency)
    assert err.value.code == code
    assert err.value.message  # rendered, no KeyError in the template
    assert err.value.exit_code == 2


def test_parse_largest_64_bit_amount_is_accepted() -> None:
    assert parse_amount("92233720368547758.07", "CNY").minor == MAX_MINOR
    assert parse_amount("9223372036854775807", "JPY").minor == MAX_MINOR


def test_parse_negative_only_where_allowed() -> None:
    assert parse_amount("-5.10", "CNY", allow_negative=True) == Money(-510, "CNY")
    assert parse_amount("-0", "CNY") == Money(0, "CNY")


def test_parse_error_messages_name_the_problem() -> None:
    with pytest.raises(InvalidInput) as err:
        parse_amount("12.345", "CNY")
    assert "2 decimal places" in err.value.message
    assert "12.345" in err.value.message
    with pytest.raises(InvalidInput) as err:
        parse_amount("1.2345", "KWD")
    assert "3 decimal places" in err.value.message


@pytest.mark.parametrize("code", ["XYZ", "RMB", "", "US"])
def test_unknown_currency_is_refused(code: str) -> None:
    with pytest.raises(InvalidInput) as err:
        parse_amount("1", code)
    assert err.value.code == "unknown_currency"
    with pytest.raises(InvalidInput):
        Money(1, code)
    with pytest.raises(InvalidInput):
        check_currency(code)


def test_required_currencies_and_exponents() -> None:
    for code in ("CNY", "HKD", "TWD", "USD", "EUR", "GBP", "SGD", "AUD", "CAD"):
        assert CURRENCY_EXPONENTS[code] == 2
    assert CURRENCY_EXPONENTS["JPY"] == 0
    assert CURRENCY_EXPONENTS["KRW"] == 0
    assert CURRENCY_EXPONENTS["KWD"] == 3


@settings(max_examples=200, deadline=None)
@given(
    minor=st.integers(-MAX_MINOR, MAX_MINOR),
    currency=st.sampled_from(sorted(CURRENCY_EXPONENTS)),
)
def test_str_and_parse_round_trip(minor: int, currency: str) -> None:
    money = Money(minor, currency)
    text = str(money).split()[0]
    assert parse_amount(text, currency, allow_negative=True) == money
    assert Money.of(money.amount, currency) == money


# --- floats and other wrong types at the boundary ----------------------------------------


def test_floats_are_refused_everywhere() -> None:
    with pytest.raises(TypeError):
        Money(1.5, "CNY")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Money(150.0, "CNY")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Money.of(1.5, "CNY")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        parse_amount(1.5, "CNY")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        FxRate("CNY", "USD", 0.14, DAY)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        decimal_to_minor(1.5, "CNY")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        require_minor(1.0)
    with pytest.raises(TypeError):
        Money(100, "CNY") * 1.5  # type: ignore[operator]
    with pytest.raises(TypeError):
        Money(100, "CNY") + 1  # type: ignore[operator]


def test_bools_and_other_types_are_not_money() -> None:
    with pytest.raises(TypeError):
        Money(True, "CNY")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Money.of(True, "CNY")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Money.of(Fraction(1, 2), "CNY")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Money(1, 156)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        parse_amount(12, "CNY")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Money(100, "CNY") * True


def test_float_quantities_are_refused_by_the_order_and_the_quote() -> None:
    with pytest.raises(InvalidInput) as err:
        make_order(lines=[make_line(quantity=2.0)])  # type: ignore[arg-type]
    assert err.value.code == "invalid_quantity"
    order = make_order(lines=[make_line(quantity=3)])
    for qty in (1.0, 1.5, Decimal("1")):
        with pytest.raises(InvalidInput) as err:
            quote_refund(order, [], Selection({1: qty}), ReasonCode.OTHER, Policy())  # type: ignore[dict-item]
        assert err.value.code == "invalid_quantity"


def test_float_prices_and_tax_rates_are_refused_by_the_order() -> None:
    with pytest.raises(TypeError):
        make_order(lines=[make_line(unit_price=12.5)])  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        make_order(lines=[make_line(tax_rate=0.13)])
    with pytest.raises(TypeError):
        make_order(shipping_fee=1.0)  # type: ignore[arg-type]


# --- Money.of and arithmetic --------------------------------------------------------------


def test_money_of_is_exact() -> None:
    assert Money.of(Decimal("12.30"), "CNY") == Money(1230, "CNY")
    assert Money.of(Decimal("12.345"), "KWD") == Money(12345, "KWD")
    assert Money.of(5, "JPY") == Money(5, "JPY")
    assert Money.of("-1,000.5", "CNY") == Money(-100050, "CNY")
    assert Money.of(Decimal("1.5E+2"), "JPY") == Money(150, "JPY")


@pytest.mark.parametrize(
    ("value", "currency", "code"),
    [
        (Decimal("12.345"), "CNY", "too_many_decimals"),
        (Decimal("0.5"), "JPY", "too_many_decimals"),
        (Decimal("1.0000000000000000000000000001"), "CNY", "too_many_decimals"),
        (Decimal("NaN"), "CNY", "not_an_amount"),
        (Decimal("Infinity"), "CNY", "not_an_amount"),
        (Decimal("1E+50"), "CNY", "amount_out_of_range"),
        (2**63, "JPY", "amount_out_of_range"),
        (Decimal("92233720368547758.08"), "CNY", "amount_out_of_range"),
    ],
)
def test_money_of_refuses(value, currency: str, code: str) -> None:
    with pytest.raises(InvalidInput) as err:
        Money.of(value, currency)
    assert err.value.code == code


def test_money_range_is_64_bit() -> None:
    assert Money(MAX_MINOR, "CNY").minor == MAX_MINOR
    assert Money(-MAX_MINOR, "CNY").minor == -MAX_MINOR
    with pytest.raises(InvalidInput) as err:
        Money(MAX_MINOR + 1, "CNY")
    assert err.value.code == "amount_out_of_range"
    with pytest.raises(InvalidInput):
        Money(MAX_MINOR, "CNY") + Money(1, "CNY")
    with pytest.raises(InvalidInput):
        Money(MAX_MINOR, "CNY") * 2


def test_arithmetic_refuses_mixed_currencies() -> None:
    with pytest.raises(InvalidInput) as err:
        Money(1, "CNY") + Money(1, "USD")
    assert err.value.code == "currency_mismatch"
    with pytest.raises(InvalidInput):
        _ = Money(1, "CNY") < Money(1, "JPY")
    assert Money(1, "CNY") != Money(1, "JPY")


def test_arithmetic_and_amount() -> None:
    a, b = Money(1050, "CNY"), Money(250, "CNY")
    assert a + b == Money(1300, "CNY")
    assert a - b == Money(800, "CNY")
    assert -a == Money(-1050, "CNY")
    assert 3 * b == Money(750, "CNY")
    assert b < a and a >= b and not a <= b
    assert not Money.zero("JPY")
    assert a.amount == Decimal("10.50")
    assert Money(5, "KWD").amount == Decimal("0.005")
    assert str(Money(-5, "KWD")) == "-0.005 KWD"
    assert str(Money(1200, "JPY")) == "1200 JPY"


# --- the named rounding points ------------------------------------------------------------


@pytest.mark.parametrize(
    ("num", "den", "expected"),
    [
        (5, 10, 1),
        (4, 10, 0),
        (15, 10, 2),
        (25, 10, 3),
        (-5, 10, -1),
        (-4, 10, 0),
        (-15, 10, -2),
        (5, -10, -1),
        (-5, -10, 1),
        (1, 3, 0),
        (2, 3, 1),
        (0, 7, 0),
        (10**30 + 5, 10, 10**29 + 1),
    ],
)
def test_div_round_half_up(num: int, den: int, expected: int) -> None:
    assert div_round_half_up(num, den) == expected


def test_div_by_zero() -> None:
    with pytest.raises(ZeroDivisionError):
        div_round_half_up(1, 0)


@settings(max_examples=200, deadline=None)
@given(st.integers(-(10**20), 10**20), st.integers(1, 10**12))
def test_div_round_half_up_matches_exact_fraction(num: int, den: int) -> None:
    exact = Fraction(num, den)
    result = div_round_half_up(num, den)
    assert abs(exact - result) <= Fraction(1, 2)
    if abs(exact - result) == Fraction(1, 2):  # a tie goes away from zero
        assert abs(result) > abs(exact)


@pytest.mark.parametrize(
    ("value", "currency", "expected"),
    [
        ("0.005", "CNY", 1),
        ("0.0049", "CNY", 0),
        ("-0.005", "CNY", -1),
        ("1.015", "CNY", 102),
        ("2.675", "CNY", 268),  # 2.675 is not representable as a float; as Decimal it is a tie
        ("0.5", "JPY", 1),
        ("1.4999", "JPY", 1),
        ("0.0005", "KWD", 1),
        ("0.0004999", "KWD", 0),
        ("0.004999999999999999999999999999", "CNY", 0),  # more digits than Decimal's context
        ("92233720368547758.07", "CNY", MAX_MINOR),
    ],
)
def test_decimal_to_minor_rounds_half_up(value: str, currency: str, expected: int) -> None:
    assert decimal_to_minor(Decimal(value), currency) == expected


@pytest.mark.parametrize("value", ["92233720368547758.075", "1E+30", "1E+999999"])
def test_decimal_to_minor_beyond_64_bit_is_invalid_input(value: str) -> None:
    with pytest.raises(InvalidInput) as err:
        decimal_to_minor(Decimal(value), "CNY")
    assert err.value.code == "amount_out_of_range"


def test_decimal_to_minor_refuses_nan() -> None:
    with pytest.raises(InvalidInput):
        decimal_to_minor(Decimal("NaN"), "CNY")


# --- exchange rates ---------------------------------------------------------------------


def test_fx_rate_converts_with_one_half_up_rounding() -> None:
    fx = FxRate("CNY", "USD", Decimal("0.1385"), DAY)
    # 100.00 CNY * 0.1385 = 13.85 USD exactly; 0.10 CNY * 0.1385 = 0.01385 -> 0.01
    assert fx.convert(Money(10000, "CNY")) == Money(1385, "USD")
    assert fx.convert(Money(10, "CNY")) == Money(1, "USD")
    # 36.10 CNY * 0.1385 = 4.99985 -> 5.00 (half-up on the minor unit)
    assert fx.convert(Money(3610, "CNY")) == Money(500, "USD")
    tie = FxRate("CNY", "USD", Decimal("0.5"), DAY)
    assert tie.convert(Money(1, "CNY")) == Money(1, "USD")  # 0.005 -> 0.01
    assert tie.convert(Money(-1, "CNY")) == Money(-1, "USD")
    jpy = FxRate("CNY", "JPY", Decimal("21.05"), DAY)
    assert jpy.convert(Money(1000, "CNY")) == Money(211, "JPY")  # 210.5 -> 211
    kwd = FxRate("USD", "KWD", Decimal("0.3075"), DAY)
    assert kwd.convert(Money(1, "USD")) == Money(3, "KWD")  # 0.003075 -> 0.003


@settings(max_examples=200, deadline=None)
@given(
    minor=st.integers(0, 10**17),
    rate=st.decimals(Decimal("0.000001"), Decimal("1000"), places=10),
    base=st.sampled_from(["CNY", "JPY", "KWD"]),
    quote=st.sampled_from(["USD", "JPY", "KWD"]),
)
def test_fx_convert_equals_exact_half_up(minor: int, rate: Decimal, base: str, quote: str) -> None:
    if rate <= 0:
        return
    fx = FxRate(base, quote, rate, DAY)
    exact = (
        Fraction(minor, 10 ** CURRENCY_EXPONENTS[base])
        * Fraction(rate)
        * 10 ** CURRENCY_EXPONENTS[quote]
    )
    expected = int(exact) + (1 if exact - int(exact) >= Fraction(1, 2) else 0)
    if expected > MAX_MINOR:
        with pytest.raises(InvalidInput):
            fx.convert(Money(minor, base))
    else:
        assert fx.convert(Money(minor, base)) == Money(expected, quote)


def test_fx_convert_is_exact_beyond_decimal_context_precision() -> None:
    # 28 significant digits are not enough for 18-digit amounts times 12-digit rates.
    fx = FxRate("CNY", "USD", Decimal("0.138461538461"), DAY)
    minor = 900_000_000_000_000_001
    exact = Fraction(minor) * Fraction(fx.rate)
    expected = int(exact) + (1 if exact - int(exact) >= Fraction(1, 2) else 0)
    assert fx.convert(Money(minor, "CNY")).minor == expected


def test_fx_rate_validation() -> None:
    for bad in (Decimal("0"), Decimal("-1"), Decimal("NaN"), Decimal("Infinity")):
        with pytest.raises(InvalidInput) as err:
            FxRate("CNY", "USD", bad, DAY)
        assert err.value.code == "invalid_fx_rate"
    with pytest.raises(InvalidInput):
        FxRate("CNY", "XXX", Decimal("1"), DAY)
    fx = FxRate("cny", "usd", Decimal("0.14"), DAY)
    assert (fx.base, fx.quote) == ("CNY", "USD")
    with pytest.raises(InvalidInput) as err:
        fx.convert(Money(100, "JPY"))
    assert err.value.code == "currency_mismatch"


# --- display by locale --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("minor", "currency", "locale", "expected"),
    [
        (123450, "CNY", "zh_CN", "¥1,234.50"),
        (123450, "CNY", "en_US", "CN¥1,234.50"),
        (123450, "USD", "en_US", "$1,234.50"),
        (123450, "USD", "zh_CN", "US$1,234.50"),
        (1234, "JPY", "en_US", "¥1,234"),
        (1234, "JPY", "zh_CN", "JP¥1,234"),
        (1234567, "KWD", "en_US", "KWD1,234.567"),
        (1234567, "KWD", "zh_CN", "KWD1,234.567"),
        (5, "CNY", "zh_CN", "¥0.05"),
        (-5, "CNY", "zh_CN", "-¥0.05"),
        (-1234, "JPY", "en_US", "-¥1,234"),
        (0, "KWD", "en_US", "KWD0.000"),
    ],
)
def test_format_by_locale(minor: int, currency: str, locale: str, expected: str) -> None:
    assert Money(minor, currency).format(locale) == expected


def test_format_is_exact_for_the_largest_amount() -> None:
    assert Money(MAX_MINOR, "CNY").format("en_US") == "CN¥92,233,720,368,547,758.07"
    assert Money(MAX_MINOR, "JPY").format("en_US") == "¥9,223,372,036,854,775,807"


@settings(max_examples=300, deadline=None)
@given(
    minor=st.integers(-MAX_MINOR, MAX_MINOR),
    currency=st.sampled_from(sorted(CURRENCY_EXPONENTS)),
    locale=st.sampled_from(sorted(SHIPPED_CURRENCY_SYMBOLS)),
)
def test_the_shipped_locales_format_exactly_as_babel(minor: int, currency: str, locale: str):
    """The table that spares a command Babel's locale data must say what Babel says."""
    from babel.numbers import format_currency

    money = Money(minor, currency)
    digits = "0" * money.exponent
    pattern = "¤#,##0" + (f".{digits}" if digits else "")
    expected = format_currency(
        money.amount, currency, format=pattern, locale=locale, currency_digits=False
    )
    assert money.format(locale) == expected


@pytest.mark.parametrize("locale", sorted(SHIPPED_CURRENCY_SYMBOLS))
def test_every_currency_has_babels_symbol_in_the_shipped_locales(locale: str) -> None:
    from babel import Locale

    symbols = Locale.parse(locale).currency_symbols
    table = SHIPPED_CURRENCY_SYMBOLS[locale]
    assert set(COMMON_CURRENCIES) <= set(table)
    assert table == {code: symbols.get(code, code) for code in table}


def test_the_common_exponents_are_the_iso_tables() -> None:
    """The exponents known without reading the ISO table are the table's."""
    table = CURRENCY_EXPONENTS._table  # type: ignore[attr-defined]
    assert {code: table[code] for code in _COMMON_EXPONENTS} == _COMMON_EXPONENTS
    assert all(CURRENCY_EXPONENTS[code] == places for code, places in table.items())


def test_other_locales_and_currencies_are_formatted_by_babel() -> None:
    assert Money(123450, "EUR").format("de_DE") == "€1.234,50"
    assert Money(123450, "CHF").format("en_US") == "CHF1,234.50"


def test_format_defaults_to_chinese() -> None:
    assert Money(100, "CNY").format() == "¥1.00"


def test_full_width_digits_from_a_chinese_input_method_are_read_as_ascii() -> None:
    assert parse_amount("１２.５０", "CNY").minor == 1250
    assert parse_amount("￥１,２３４.５", "CNY").minor == 123450


def test_digits_of_other_scripts_are_not_amounts() -> None:
    with pytest.raises(InvalidInput) as err:
        parse_amount("٣٠", "CNY")
    assert err.value.code == "not_an_amount"


# --- every ISO 4217 currency ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "places", "typed", "minor"),
    [
        ("BDT", 2, "1,234.50", 123450),
        ("INR", 2, "99.99", 9999),
        ("IDR", 2, "15000", 1500000),
        ("VND", 0, "250,000", 250000),
        ("THB", 2, "12.5", 1250),
        ("MYR", 2, "0.05", 5),
        ("BRL", 2, "10", 1000),
        ("CHF", 2, "1'000.00".replace("'", ""), 100000),
        ("IQD", 3, "1.250", 1250),
        ("ISK", 0, "900", 900),
    ],
)
def test_every_iso_currency_with_its_minor_units(code, places, typed, minor) -> None:
    import iso4217

    assert CURRENCY_EXPONENTS[code] == places == iso4217.Currency[code].exponent
    assert parse_amount(typed, code) == Money(minor, code)
    too_many = "1." + "1" * (places + 1)
    with pytest.raises(InvalidInput):
        parse_amount(too_many, code)


def test_the_table_is_isos_less_metals_and_funds() -> None:
    import iso4217

    real = {c.code for c in iso4217.Currency if c.exponent is not None}
    assert set(CURRENCY_EXPONENTS) <= real
    assert {"CLF", "USN", "BOV", "CHE", "MXV"}.isdisjoint(CURRENCY_EXPONENTS)  # funds
    assert {"XAU", "XDR", "XTS", "XXX"}.isdisjoint(CURRENCY_EXPONENTS)  # no minor unit
    assert len(CURRENCY_EXPONENTS) > 150
    for code in CURRENCY_EXPONENTS:
        assert CURRENCY_EXPONENTS[code] == iso4217.Currency[code].exponent


def test_pick_list_puts_the_shops_currency_then_the_common_ones_first() -> None:
    from merchant_refunds.domain.money import currency_codes

    codes = currency_codes("BDT")
    assert codes[:3] == ["BDT", "CNY", "HKD"]
    assert len(codes) == len(set(codes)) == len(CURRENCY_EXPONENTS)


@pytest.mark.parametrize(
    ("code", "locale", "text"),
    [
        ("CHF", "en", "CHF1,234.50"),
        ("INR", "en_IN", "₹1,234.50"),
        ("VND", "zh_CN", "₫123,450"),
        ("BDT", "zh_CN", "BDT1,234.50"),
    ],
)
def test_formatting_per_locale_exact_to_the_minor_unit(code, locale, text) -> None:
    minor = 123450
    assert Money(minor, code).format(locale) == text
