"""Amounts written out in words, as on a cheque or a refund confirmation.

Figures are easy to misread or alter; the words beside them are the check. Chinese uses the
financial capitals (大写: 壹贰叁…) with the rules of the PBOC's note on filling in payment forms:
整 after the last whole unit, 零 for skipped digits, nothing after 分. English uses US-style words
without "and" inside numbers ("one hundred twenty-three"), "and" only before the minor unit.
"""

from __future__ import annotations

from dataclasses import dataclass

from merchant_refunds.domain.money import Money

#: Above this many major units words stop being a useful check (and scale names run out).
_LIMIT_MAJOR = 10**16

_ZH_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_ZH_SMALL_UNITS = ("", "拾", "佰", "仟")


@dataclass(frozen=True)
class _ZhUnits:
    major: str
    minor: tuple[str, ...]  # names of the minor digits, tenths first; one name for 3 decimals


_ZH_DECIMAL = ("角", "分")

_ZH_UNITS: dict[str, _ZhUnits] = {
    "CNY": _ZhUnits("元", _ZH_DECIMAL),
    "USD": _ZhUnits("美元", _ZH_DECIMAL),
    "EUR": _ZhUnits("欧元", _ZH_DECIMAL),
    "GBP": _ZhUnits("英镑", _ZH_DECIMAL),
    "HKD": _ZhUnits("港元", _ZH_DECIMAL),
    "TWD": _ZhUnits("新台币元", _ZH_DECIMAL),
    "SGD": _ZhUnits("新加坡元", _ZH_DECIMAL),
    "AUD": _ZhUnits("澳大利亚元", _ZH_DECIMAL),
    "CAD": _ZhUnits("加拿大元", _ZH_DECIMAL),
    "JPY": _ZhUnits("日元", ()),
    "KRW": _ZhUnits("韩元", ()),
    "KWD": _ZhUnits("第纳尔", ("费尔",)),
}


@dataclass(frozen=True)
class _EnUnits:
    major: tuple[str, str]  # singular, plural
    minor: tuple[str, str]


_DOLLARS = _EnUnits(("dollar", "dollars"), ("cent", "cents"))

_EN_UNITS: dict[str, _EnUnits] = {
    "CNY": _EnUnits(("yuan", "yuan"), ("fen", "fen")),
    "USD": _DOLLARS,
    "HKD": _DOLLARS,
    "SGD": _DOLLARS,
    "AUD": _DOLLARS,
    "CAD": _DOLLARS,
    "TWD": _DOLLARS,
    "EUR": _EnUnits(("euro", "euros"), ("cent", "cents")),
    "GBP": _EnUnits(("pound", "pounds"), ("penny", "pence")),
    "JPY": _EnUnits(("yen", "yen"), ("", "")),
    "KRW": _EnUnits(("won", "won"), ("", "")),
    "KWD": _EnUnits(("dinar", "dinars"), ("fils", "fils")),
}

# fmt: off
_EN_ONES = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
)
# fmt: on
_EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_EN_SCALES = ("", "thousand", "million", "billion", "trillion", "quadrillion")


def amount_in_words(money: Money, lang: str) -> str:
    """``money`` written out in ``lang`` ("zh" or "en"; "zh_CN"/"en_US" are accepted too).

    Negative amounts raise ``ValueError``: a refund is written as what is paid back, never as a
    minus. So do amounts of 10**16 major units or more.
    """
    if money.minor < 0:
        raise ValueError("amounts in words must not be negative")
    major, minor = divmod(money.minor, 10**money.exponent)
    if major >= _LIMIT_MAJOR:
        raise ValueError("amount too large to write in words")
    code = lang.replace("-", "_").split("_")[0].lower()
    if code == "zh":
        units = _ZH_UNITS.get(money.currency)
        if units is None:
            return _zh_other(major, minor, money.exponent, _cldr_name(money.currency, "zh", 2))
        return _zh_amount(major, minor, money.exponent, units)
    if code == "en":
        en = _EN_UNITS.get(money.currency)
        if en is None:
            names = (_cldr_name(money.currency, "en", 1), _cldr_name(money.currency, "en", 2))
            return _en_other(major, minor, money.exponent, names)
        return _en_amount(major, minor, en)
    raise ValueError(f"no amount words for language {lang!r}")


def _cldr_name(currency: str, lang: str, count: int) -> str:
    """The currency's name from CLDR (babel), for currencies without hand-checked unit words."""
    from babel.numbers import get_currency_name

    return get_currency_name(currency, count=count, locale=lang)


# Chinese


def _zh_group(n: int) -> str:
    """0 < n < 10000 in capitals; one 零 for each run of zeros between digits."""
    out: list[str] = []
    pending_zero = False
    for position in range(3, -1, -1):
        digit = n // 10**position % 10
        if digit == 0:
            pending_zero = bool(out)
            continue
        if pending_zero:
            out.append("零")
            pending_zero = False
        out.append(_ZH_DIGITS[digit] + _ZH_SMALL_UNITS[position])
    return "".join(out)


def _zh_integer(n: int) -> str:
    """n > 0 with 万 and 亿: the part above each unit is itself a number (9999万亿 and so on)."""
    for size, unit in ((10**8, "亿"), (10**4, "万")):
        if n >= size:
            high, rest = divmod(n, size)
            text = _zh_integer(high) + unit
            if rest:
                # A skipped leading digit of the lower part is read as 零: 壹万零伍, 壹亿零壹拾万.
                text += ("零" if rest < size // 10 else "") + _zh_integer(rest)
            return text
    return _zh_group(n)


def _zh_amount(major: int, minor: int, exp: int, units: _ZhUnits) -> str:
    whole = _zh_integer(major) + units.major if major else ""
    if exp == 0 or minor == 0:
        return (whole or "零" + units.major) + "整"
    if exp == 3:
        fraction = _zh_group(minor) + units.minor[0]
        zero = "零" if whole and minor < 100 else ""
        return whole + zero + fraction
    tenths, hundredths = divmod(minor, 10)
    text = whole
    if tenths:
        text += _ZH_DIGITS[tenths] + units.minor[0]
    elif whole:
        text += "零"
    if hundredths:
        text += _ZH_DIGITS[hundredths] + units.minor[1]
    else:
        text += "整"
    return text


def _zh_other(major: int, minor: int, exp: int, name: str) -> str:
    """A currency without Chinese names for its minor units: the decimals after 点, read digit
    by digit as banks write foreign amounts (壹仟贰佰叁拾肆点伍陆孟加拉塔卡)."""
    whole = _zh_integer(major) if major else "零"
    if exp == 0 or minor == 0:
        return whole + name + "整"
    digits = str(minor).rjust(exp, "0")
    return whole + "点" + "".join(_ZH_DIGITS[int(d)] for d in digits) + name


# English


def _en_other(major: int, minor: int, exp: int, names: tuple[str, str]) -> str:
    """A currency without English minor-unit names: the minor part as a fraction, as on a
    cheque ("One thousand two hundred thirty-four Swiss francs and 56/100")."""
    text = f"{_en_integer(major)} {names[0] if major == 1 else names[1]}"
    if exp and minor:
        text += f" and {str(minor).rjust(exp, '0')}/{10**exp}"
    return text[0].upper() + text[1:]


def _en_below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    parts = []
    if hundreds:
        parts.append(f"{_EN_ONES[hundreds]} hundred")
    if rest >= 20:
        tens, ones = divmod(rest, 10)
        parts.append(_EN_TENS[tens] + (f"-{_EN_ONES[ones]}" if ones else ""))
    elif rest:
        parts.append(_EN_ONES[rest])
    return " ".join(parts)


def _en_integer(n: int) -> str:
    if n == 0:
        return "zero"
    parts = []
    scale = 0
    while n:
        n, chunk = divmod(n, 1000)
        if chunk:
            name = _EN_SCALES[scale]
            parts.append(_en_below_thousand(chunk) + (f" {name}" if name else ""))
        scale += 1
    return " ".join(reversed(parts))


def _en_amount(major: int, minor: int, units: _EnUnits) -> str:
    def counted(n: int, names: tuple[str, str]) -> str:
        return f"{_en_integer(n)} {names[0] if n == 1 else names[1]}"

    if minor and not major:
        text = counted(minor, units.minor)
    else:
        text = counted(major, units.major)
        if minor:
            text += " and " + counted(minor, units.minor)
    return text[0].upper() + text[1:]
