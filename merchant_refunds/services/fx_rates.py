"""Exchange rates the accountant enters per day, for booking foreign refunds in the home currency.

The shop's home currency is its profile's currency. A refund in another currency is booked in the
journal at the rate recorded with the refund when it was paid out in the home currency, and
otherwise at the rate the accountant entered for the day (the central bank's or the bank's, as
the books use). A day without a rate takes the newest one of the 7 days before it (weekends,
holidays); beyond that the journal asks for one rather than guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from merchant_refunds.domain.calculation import FxRate
from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.domain.lifecycle import Role
from merchant_refunds.domain.money import check_currency
from merchant_refunds.services import audit
from merchant_refunds.services.shop_settings import get_shop, read_setting, write_setting
from merchant_refunds.services.users import Actor, require_role
from merchant_refunds.storage.db import write_transaction

RATES_KEY = "fx_day_rates"
#: How many days back a missing day's rate may come from.
LOOKBACK_DAYS = 7
#: A rate has at most this many significant digits (central banks publish 4 to 6).
MAX_DIGITS = 12
EDITORS = (Role.OWNER, Role.ACCOUNTANT)


def home_currency() -> str:
    return check_currency(get_shop().get("currency") or "CNY")


@dataclass(frozen=True)
class DayRate:
    currency: str
    day: date
    rate: Decimal

    def to_dict(self) -> dict[str, Any]:
        return {"currency": self.currency, "day": self.day.isoformat(), "rate": str(self.rate)}


def _stored() -> dict[str, dict[str, str]]:
    return read_setting(RATES_KEY) or {}


def day_rates() -> list[DayRate]:
    """Every rate entered, by currency and day."""
    return [
        DayRate(ccy, date.fromisoformat(day), Decimal(rate))
        for ccy, days in sorted(_stored().items())
        for day, rate in sorted(days.items())
    ]


def parse_rate(text: str) -> Decimal:
    """A positive decimal typed by a person: ``0.0473``, ``7,1234`` is refused (a comma is not a
    decimal point here), as are zero, negatives and more than 12 significant digits."""
    try:
        rate = Decimal(str(text).strip())
    except InvalidOperation:
        raise InvalidInput(
            "invalid_fx_rate", "The exchange rate must be a positive number: {value}", value=text
        ) from None
    if not rate.is_finite() or rate <= 0:
        raise InvalidInput(
            "invalid_fx_rate", "The exchange rate must be a positive number: {value}", value=text
        )
    if len(rate.as_tuple().digits) > MAX_DIGITS:
        raise InvalidInput(
            "fx_rate_too_precise",
            "An exchange rate has at most {digits} significant digits: {value}",
            digits=MAX_DIGITS,
            value=text,
        )
    return rate


def set_day_rate(actor: Actor, currency: str, day: date, rate: str) -> DayRate:
    """Enter (or correct) the rate of ``currency`` to the home currency on ``day``: how many
    home-currency units one unit of ``currency`` was worth. Audited."""
    return set_day_rates(actor, [(currency, day, rate)])[0]


def set_day_rates(actor: Actor, entries: list[tuple[str, date, str]]) -> list[DayRate]:
    """Enter several day rates at once (a month from the bank's table), all or none, in one
    audited change."""
    require_role(actor, *EDITORS, action="enter exchange rates")
    home = home_currency()
    checked = []
    for currency, day, rate in entries:
        code = check_currency(currency)
        if code == home:
            raise InvalidInput(
                "fx_rate_home", "{currency} is the home currency: it needs no rate", currency=code
            )
        checked.append(DayRate(code, day, parse_rate(rate)))
    if not checked:
        return []
    with write_transaction():
        before = _stored()
        after = {k: dict(v) for k, v in before.items()}
        for entry in checked:
            after.setdefault(entry.currency, {})[entry.day.isoformat()] = str(entry.rate)
        write_setting(RATES_KEY, after)
        changed = [e.to_dict() for e in checked]
        audit.record(
            actor.name,
            "settings.fx_rate",
            "setting",
            RATES_KEY,
            {"rates": [before.get(e.currency, {}).get(e.day.isoformat()) for e in checked]},
            {"home": home, "rates": changed},
        )
    return checked


class RateBook:
    """The rates of one journal export, read once: ``rate(currency, day)`` to the home currency."""

    def __init__(self) -> None:
        self.home = home_currency()
        self._days = {
            ccy: {date.fromisoformat(d): Decimal(r) for d, r in days.items()}
            for ccy, days in _stored().items()
        }

    def rate(self, currency: str, day: date) -> FxRate:
        """The rate of ``day``, or of the newest of the 7 days before; ``InvalidInput`` naming the
        currency and day when there is none."""
        days = self._days.get(currency, {})
        for back in range(LOOKBACK_DAYS + 1):
            found = days.get(day - timedelta(days=back))
            if found is not None:
                return FxRate(currency, self.home, found, day - timedelta(days=back))
        raise InvalidInput(
            "fx_rate_missing",
            "No exchange rate of {currency} to {home} for {day} or the 7 days before: enter one "
            "(Reports → Exchange rates, or merchant-refunds rates set)",
            currency=currency,
            home=self.home,
            day=day.isoformat(),
        )
