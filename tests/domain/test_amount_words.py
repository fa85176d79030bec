"""Amounts in words: Chinese financial capitals and English, checked case by case."""

from __future__ import annotations

import pytest

from merchant_refunds.domain.amount_words import amount_in_words
from merchant_refunds.domain.money import Money


@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [
        ("0", "CNY", "零元整"),
        ("0.01", "CNY", "壹分"),
        ("0.07", "CNY", "柒分"),
        ("0.40", "CNY", "肆角整"),
        ("0.45", "CNY", "肆角伍分"),
        ("1", "CNY", "壹元整"),
        ("10", "CNY", "壹拾元整"),
        ("15", "CNY", "壹拾伍元整"),
        ("100", "CNY", "壹佰元整"),
        ("101", "CNY", "壹佰零壹元整"),
        ("110", "CNY", "壹佰壹拾元整"),
        ("123.45", "CNY", "壹佰贰拾叁元肆角伍分"),
        ("123.40", "CNY", "壹佰贰拾叁元肆角整"),
        ("126.38", "CNY", "壹佰贰拾陆元叁角捌分"),
        ("1005.07", "CNY", "壹仟零伍元零柒分"),
        ("1050", "CNY", "壹仟零伍拾元整"),
        ("1500", "CNY", "壹仟伍佰元整"),
        ("1001", "CNY", "壹仟零壹元整"),
        ("10005", "CNY", "壹万零伍元整"),
        ("10050", "CNY", "壹万零伍拾元整"),
        ("10500", "CNY", "壹万零伍佰元整"),
        ("15000", "CNY", "壹万伍仟元整"),
        ("100000", "CNY", "壹拾万元整"),
        ("100000.00", "CNY", "壹拾万元整"),
        ("101000", "CNY", "壹拾万壹仟元整"),
        ("1000000", "CNY", "壹佰万元整"),
        ("1010000", "CNY", "壹佰零壹万元整"),
        ("10000000", "CNY", "壹仟万元整"),
        ("100000000", "CNY", "壹亿元整"),
        ("100010000", "CNY", "壹亿零壹万元整"),
        ("100100000", "CNY", "壹亿零壹拾万元整"),
        ("120000000", "CNY", "壹亿贰仟万元整"),
        ("200005000", "CNY", "贰亿零伍仟元整"),
        ("1000000001", "CNY", "壹拾亿零壹元整"),
        ("1000000000000", "CNY", "壹万亿元整"),
        ("1000100000000", "CNY", "壹万零壹亿元整"),
        (
            "9999999999999.99",
            "CNY",
            "玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分",
        ),
        ("1680.32", "CNY", "壹仟陆佰捌拾元叁角贰分"),
        ("1680.02", "CNY", "壹仟陆佰捌拾元零贰分"),
        ("123.45", "USD", "壹佰贰拾叁美元肆角伍分"),
        ("100", "EUR", "壹佰欧元整"),
        ("1.01", "GBP", "壹英镑零壹分"),
        ("88.80", "HKD", "捌拾捌港元捌角整"),
        ("12345", "JPY", "壹万贰仟叁佰肆拾伍日元整"),
        ("0", "JPY", "零日元整"),
        ("50000", "KRW", "伍万韩元整"),
        ("12.345", "KWD", "壹拾贰第纳尔叁佰肆拾伍费尔"),
        ("12.045", "KWD", "壹拾贰第纳尔零肆拾伍费尔"),
        ("12.000", "KWD", "壹拾贰第纳尔整"),
        ("0.005", "KWD", "伍费尔"),
    ],
)
def test_chinese_capitals(amount: str, currency: str, expected: str) -> None:
    assert amount_in_words(Money.of(amount, currency), "zh") == expected


@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [
        ("0", "CNY", "Zero yuan"),
        ("0.45", "CNY", "Forty-five fen"),
        ("1", "CNY", "One yuan"),
        ("123.45", "CNY", "One hundred twenty-three yuan and forty-five fen"),
        ("126.38", "CNY", "One hundred twenty-six yuan and thirty-eight fen"),
        ("1005.07", "CNY", "One thousand five yuan and seven fen"),
        ("100000", "CNY", "One hundred thousand yuan"),
        ("1", "USD", "One dollar"),
        ("1.01", "USD", "One dollar and one cent"),
        ("2.50", "USD", "Two dollars and fifty cents"),
        ("0.99", "HKD", "Ninety-nine cents"),
        ("1000000", "SGD", "One million dollars"),
        ("21.21", "AUD", "Twenty-one dollars and twenty-one cents"),
        ("70", "CAD", "Seventy dollars"),
        ("300", "TWD", "Three hundred dollars"),
        ("1", "EUR", "One euro"),
        ("19.90", "EUR", "Nineteen euros and ninety cents"),
        ("1.01", "GBP", "One pound and one penny"),
        ("12.50", "GBP", "Twelve pounds and fifty pence"),
        ("1", "JPY", "One yen"),
        ("12345", "JPY", "Twelve thousand three hundred forty-five yen"),
        ("50000", "KRW", "Fifty thousand won"),
        ("1.000", "KWD", "One dinar"),
        ("12.345", "KWD", "Twelve dinars and three hundred forty-five fils"),
        ("0.001", "KWD", "One fils"),
        ("1000000001", "CNY", "One billion one yuan"),
        ("1000001000", "USD", "One billion one thousand dollars"),
        (
            "9999999999999.99",
            "USD",
            "Nine trillion nine hundred ninety-nine billion nine hundred ninety-nine million "
            "nine hundred ninety-nine thousand nine hundred ninety-nine dollars and ninety-nine "
            "cents",
        ),
    ],
)
def test_english_words(amount: str, currency: str, expected: str) -> None:
    assert amount_in_words(Money.of(amount, currency), "en") == expected


def test_locale_names_are_accepted() -> None:
    money = Money.of("100", "CNY")
    assert amount_in_words(money, "zh_CN") == "壹佰元整"
    assert amount_in_words(money, "en_US") == "One hundred yuan"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_negative_amounts_are_refused(lang: str) -> None:
    with pytest.raises(ValueError):
        amount_in_words(Money(-1, "CNY"), lang)


def test_unknown_language_and_huge_amounts_are_refused() -> None:
    with pytest.raises(ValueError):
        amount_in_words(Money(100, "CNY"), "fr")
    with pytest.raises(ValueError):
        amount_in_words(Money(10**18, "CNY"), "zh")


def test_every_currency_has_words_in_both_languages() -> None:
    from merchant_refunds.domain.money import CURRENCY_EXPONENTS

    for currency in CURRENCY_EXPONENTS:
        for lang in ("zh", "en"):
            assert amount_in_words(Money(123456, currency), lang)


def test_currencies_without_unit_names_use_their_cldr_name_and_decimal_digits() -> None:
    assert amount_in_words(Money(123456, "BDT"), "zh") == "壹仟贰佰叁拾肆点伍陆孟加拉塔卡"
    assert amount_in_words(Money(123456, "CHF"), "en") == (
        "One thousand two hundred thirty-four Swiss francs and 56/100"
    )
    assert amount_in_words(Money(100, "CHF"), "en") == "One Swiss franc"
    assert amount_in_words(Money(123456, "VND"), "zh") == "壹拾贰万叁仟肆佰伍拾陆越南盾整"
    assert amount_in_words(Money(1005, "IQD"), "zh") == "壹点零零伍伊拉克第纳尔"
