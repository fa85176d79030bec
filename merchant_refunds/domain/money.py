"""Money as integer minor units with an ISO 4217 code; never a float.

Rounding happens only through :func:`div_round_half_up` and :func:`decimal_to_minor`, which are
the named rounding points the rest of the code calls.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cached_property

from merchant_refunds.domain.errors import InvalidInput


class _IsoExponents(Mapping[str, int]):
    """Minor-unit exponents of every ISO 4217 currency, from the ``iso4217`` package (the ISO
    maintenance agency's table): ``CNY`` 2, ``JPY`` 0, ``KWD`` 3.

    Left out: codes without minor units (gold, SDR, test codes) and the funds (``CLF``, ``USN``,
    …: units of account no customer pays in), which the table marks ``IsFund``. The table is read
    on first use, not at import: it costs ~20 ms that commands without money need not wait for.
    """

    @cached_property
    def _table(self) -> dict[str, int]:
        import xml.etree.ElementTree as ElementTree
        from importlib.resources import files

        import iso4217

        xml = files("iso4217").joinpath("table.xml").read_bytes()
        funds = {
            entry.findtext("Ccy")
            for entry in ElementTree.fromstring(xml).iter("CcyNtry")
            if (entry.find("CcyNm") is not None) and entry.find("CcyNm").get("IsFund") == "true"  # type: ignore[union-attr]
        }
        return {
            c.code: c.exponent
            for c in sorted(iso4217.Currency, key=lambda c: c.code)
            if c.exponent is not None and c.code not in funds
        }

    def __getitem__(self, code: str) -> int:
        known = _COMMON_EXPONENTS.get(code)
        return known if known is not None else self._table[code]

    def __iter__(self) -> Iterator[str]:
        return iter(self._table)

    def __len__(self) -> int:
        return len(self._table)

    def __contains__(self, code: object) -> bool:
        return code in _COMMON_EXPONENTS or code in self._table


#: The exponents of the currencies most shops here trade in, as the ISO table has them (a test
#: holds them equal): looking one of these up does not read the table, which would cost a
#: command such as ``orders show`` ~20 ms, a sixth of its start (docs/performance.md, issue 16).
_COMMON_EXPONENTS: dict[str, int] = {
    "CNY": 2,
    "HKD": 2,
    "TWD": 2,
    "USD": 2,
    "EUR": 2,
    "GBP": 2,
    "JPY": 0,
    "KRW": 0,
    "KWD": 3,
    "SGD": 2,
    "AUD": 2,
    "CAD": 2,
}

CURRENCY_EXPONENTS: Mapping[str, int] = _IsoExponents()

#: The currencies small shops here use most, listed first where a person picks one.
COMMON_CURRENCIES = tuple(_COMMON_EXPONENTS)


def currency_codes(first: str = "") -> list[str]:
    """Every currency code for a pick-list: ``first`` (the shop's own), the common ones, then the
    rest in alphabetical order."""
    lead = [c for c in (first, *COMMON_CURRENCIES) if c and c in CURRENCY_EXPONENTS]
    lead = list(dict.fromkeys(lead))
    return lead + [c for c in CURRENCY_EXPONENTS if c not in lead]


#: Babel's (CLDR's) currency symbols in the locales the program ships; both group digits by
#: three with "," and put "." before the fraction. See ``Money.format``.
SHIPPED_CURRENCY_SYMBOLS: dict[str, dict[str, str]] = {
    "en_US": {
        "CNY": "CN¥",
        "HKD": "HK$",
        "TWD": "NT$",
        "USD": "$",
        "EUR": "€",
        "GBP": "£",
        "JPY": "¥",
        "KRW": "₩",
        "KWD": "KWD",
        "SGD": "SGD",
        "AUD": "A$",
        "CAD": "CA$",
    },
    "zh_CN": {
        "CNY": "¥",
        "HKD": "HK$",
        "TWD": "NT$",
        "USD": "US$",
        "EUR": "€",
        "GBP": "£",
        "JPY": "JP¥",
        "KRW": "₩",
        "KWD": "KWD",
        "SGD": "SGD",
        "AUD": "AU$",
        "CAD": "CA$",
    },
}

#: Amounts are stored in signed 64-bit integer columns.
MAX_MINOR = 2**63 - 1

# Symbols people type in front of or after amounts, with the currencies each may stand for.
_SYMBOL_CURRENCIES: dict[str, frozenset[str]] = {
    symbol: frozenset(codes.split())
    for symbol, codes in {
        "¥": "CNY JPY",
        "￥": "CNY JPY",
        "元": "CNY HKD TWD",
        "圆": "CNY HKD TWD",
        "$": "USD HKD TWD SGD AUD CAD",
        "US$": "USD",
        "HK$": "HKD",
        "NT$": "TWD",
        "S$": "SGD",
        "A$": "AUD",
        "C$": "CAD",
        "€": "EUR",
        "£": "GBP",
        "₩": "KRW",
        "円": "JPY",
        "KD": "KWD",
    }.items()
}
# Longest first so "HK$" wins over "$".
_SYMBOLS = sorted(_SYMBOL_CURRENCIES, key=len, reverse=True)
_NUMBER = re.compile(r"^(?P<int>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.(?P<frac>[0-9]+))?$")


def check_currency(code: str) -> str:
    """Return the upper-case ISO code, or raise ``InvalidInput`` for a currency we do not know."""
    if not isinstance(code, str):
        raise TypeError(f"currency must be a str, not {type(code).__name__}")
    upper = code.strip().upper()
    if upper not in CURRENCY_EXPONENTS:
        raise InvalidInput("unknown_currency", "Unknown currency: {currency}", currency=code)
    return upper


def exponent(currency: str) -> int:
    return CURRENCY_EXPONENTS[check_currency(currency)]


def require_minor(value: object, what: str = "amount") -> int:
    """Accept only a true ``int`` within 64 bits: floats are a programming error, not input."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{what} must be an int of minor units, not {type(value).__name__}")
    if abs(value) > MAX_MINOR:
        raise InvalidInput(
            "amount_out_of_range", "The {what} is too large to store", what=what, value=value
        )
    return value


def div_round_half_up(numerator: int, denominator: int) -> int:
    """Integer division rounded half away from zero: the one rounding rule of the money code."""
    if denominator == 0:
        raise ZeroDivisionError("denominator is zero")
    if denominator < 0:
        numerator, denominator = -numerator, -denominator
    sign = -1 if numerator < 0 else 1
    q, r = divmod(abs(numerator), denominator)
    if 2 * r >= denominator:
        q += 1
    return sign * q


def _minor_ratio(value: Decimal, exp: int) -> tuple[int, int]:
    """``value`` in minor units as an exact fraction (numerator, denominator > 0).

    Exact integer arithmetic: Decimal multiplication would first round to the context's 28 digits,
    an unnamed second rounding point.
    """
    if not value.is_finite():
        raise InvalidInput("not_an_amount", "Not an amount: {text}", text=str(value))
    if value and value.adjusted() > 40:  # far beyond 64 bits; spare building a huge integer
        raise InvalidInput("amount_out_of_range", "The amount is too large: {text}", text=value)
    num, den = value.as_integer_ratio()
    return num * 10**exp, den


def decimal_to_minor(value: Decimal, currency: str) -> int:
    """Round a Decimal major-unit value half-up to the currency's minor unit."""
    if not isinstance(value, Decimal):
        raise TypeError(f"expected Decimal, not {type(value).__name__}")
    num, den = _minor_ratio(value, exponent(currency))
    return require_minor(div_round_half_up(num, den))


@dataclass(frozen=True, slots=True, order=False)
class Money:
    """An amount in minor units of one currency. Arithmetic refuses mixed currencies and floats."""

    minor: int
    currency: str

    def __post_init__(self) -> None:
        require_minor(self.minor)
        code = check_currency(self.currency)
        if code != self.currency:
            object.__setattr__(self, "currency", code)

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(0, currency)

    @classmethod
    def of(cls, value: Decimal | int | str, currency: str) -> Money:
        """Exact construction from major units; more decimals than the currency has is an error."""
        if isinstance(value, float | bool):
            raise TypeError(
                f"Money cannot be made from a {type(value).__name__}; use Decimal or str"
            )
        if isinstance(value, str):
            return parse_amount(value, currency, allow_negative=True)
        if not isinstance(value, Decimal | int):
            raise TypeError(f"Money cannot be made from a {type(value).__name__}")
        exp = exponent(currency)
        num, den = _minor_ratio(Decimal(value), exp)
        if num % den:
            raise InvalidInput(
                "too_many_decimals",
                "{currency} amounts have at most {places} decimal places: {text}",
                currency=currency,
                places=exp,
                text=str(value),
            )
        return cls(num // den, currency)

    @property
    def exponent(self) -> int:
        return CURRENCY_EXPONENTS[self.currency]

    @property
    def amount(self) -> Decimal:
        """The value in major units as an exact Decimal (e.g. Decimal('12.30'))."""
        return Decimal(self.minor).scaleb(-self.exponent)

    def _same(self, other: object) -> Money:
        if not isinstance(other, Money):
            raise TypeError(f"cannot combine Money with {type(other).__name__}")
        if other.currency != self.currency:
            raise InvalidInput(
                "currency_mismatch",
                "Cannot combine {a} with {b}",
                a=self.currency,
                b=other.currency,
            )
        return other

    def __add__(self, other: Money) -> Money:
        return Money(self.minor + self._same(other).minor, self.currency)

    def __sub__(self, other: Money) -> Money:
        return Money(self.minor - self._same(other).minor, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.minor, self.currency)

    def __mul__(self, factor: int) -> Money:
        if isinstance(factor, bool) or not isinstance(factor, int):
            raise TypeError("Money can only be multiplied by an int")
        return Money(self.minor * factor, self.currency)

    __rmul__ = __mul__

    def __lt__(self, other: Money) -> bool:
        return self.minor < self._same(other).minor

    def __le__(self, other: Money) -> bool:
        return self.minor <= self._same(other).minor

    def __gt__(self, other: Money) -> bool:
        return self.minor > self._same(other).minor

    def __ge__(self, other: Money) -> bool:
        return self.minor >= self._same(other).minor

    def __bool__(self) -> bool:
        return self.minor != 0

    def __str__(self) -> str:
        return f"{self.amount:.{self.exponent}f} {self.currency}"

    def format(self, locale: str = "zh_CN") -> str:
        """Locale-aware display (``¥1,234.50``, ``$1,234.50``), exact to the minor unit.

        The common currencies in the two locales the program ships are written from a table
        of Babel's symbols (a test holds it equal to Babel): loading Babel's locale data costs
        a command such as ``orders show`` ~20 ms, longer than the rest of its work. Any other
        currency or locale goes through Babel.
        """
        symbol = SHIPPED_CURRENCY_SYMBOLS.get(locale, {}).get(self.currency)
        if symbol is not None:
            units, fraction = divmod(abs(self.minor), 10**self.exponent)
            sign = "-" if self.minor < 0 else ""
            cents = f".{fraction:0{self.exponent}d}" if self.exponent else ""
            return f"{sign}{symbol}{units:,}{cents}"
        from babel.numbers import format_currency

        digits = "0" * self.exponent
        pattern = "¤#,##0" + (f".{digits}" if digits else "")
        return format_currency(
            self.amount, self.currency, format=pattern, locale=locale, currency_digits=False
        )


def parse_amount(text: str, currency: str, *, allow_negative: bool = False) -> Money:
    """Parse what a person types: ``1,234.50``, ``¥12.3``, ``12.345`` (KWD), ``CNY 8``.

    Anything else (letters, empty, too many decimals, misplaced separators, a negative where not
    allowed) raises ``InvalidInput`` with a message naming the problem.
    """
    if isinstance(text, float):
        raise TypeError("amounts are parsed from text, not floats")
    if not isinstance(text, str):
        raise TypeError(f"expected str, not {type(text).__name__}")
    code = check_currency(currency)
    raw = text
    # Full-width digits and signs from a Chinese input method mean the same as ASCII ones.
    s = unicodedata.normalize("NFKC", text).strip().replace("\u00a0", "").replace(" ", "")
    if not s:
        raise InvalidInput("empty_amount", "Please enter an amount")
    negative = False
    if s[0] in "-−":
        negative, s = True, s[1:]
    elif s[0] == "+":
        s = s[1:]
    upper = s.upper()
    if upper.startswith(code):
        s = s[len(code) :]
    elif upper.endswith(code):
        s = s[: -len(code)]
    symbols = []
    for sym in _SYMBOLS:
        if s.startswith(sym):
            s = s[len(sym) :]
            symbols.append(sym)
            break
    for sym in _SYMBOLS:
        if s.endswith(sym):
            s = s[: -len(sym)]
            symbols.append(sym)
            break
    for sym in symbols:
        if code not in _SYMBOL_CURRENCIES[sym]:
            raise InvalidInput(
                "currency_mismatch",
                "{symbol} is not a {currency} amount: {text}",
                symbol=sym,
                currency=code,
                text=raw,
            )
    if s and s[0] in "-−" and not negative:
        negative, s = True, s[1:]
    m = _NUMBER.match(s)
    if not m:
        raise InvalidInput("not_an_amount", "Not an amount: {text}", text=raw)
    frac = m.group("frac") or ""
    places = CURRENCY_EXPONENTS[code]
    if len(frac) > places:
        raise InvalidInput(
            "too_many_decimals",
            "{currency} amounts have at most {places} decimal places: {text}",
            currency=code,
            places=places,
            text=raw,
        )
    digits = m.group("int").replace(",", "") + frac.ljust(places, "0")
    try:
        minor = int(digits)
    except (ValueError, InvalidOperation):  # pragma: no cover - regex guarantees digits
        raise InvalidInput("not_an_amount", "Not an amount: {text}", text=raw) from None
    if negative:
        if not allow_negative and minor != 0:
            raise InvalidInput("negative_amount", "The amount cannot be negative: {text}", text=raw)
        minor = -minor
    if abs(minor) > MAX_MINOR:
        raise InvalidInput("amount_out_of_range", "The amount is too large: {text}", text=raw)
    return Money(minor, code)
