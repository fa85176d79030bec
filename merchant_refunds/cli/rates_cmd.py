"""``rates``: the accountant's exchange rates per day, for the journal's home currency."""

from __future__ import annotations

import argparse

from merchant_refunds.cli.i18n import tx
from merchant_refunds.cli.inputs import sign_in
from merchant_refunds.cli.output import Output, table
from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.services import fx_rates, reporting
from merchant_refunds.services.database import open_database


def set_cmd(args: argparse.Namespace, out: Output) -> int:
    day = reporting.parse_day(args.day, "the day")
    if day is None:
        raise InvalidInput("invalid_date", "The day is required")
    open_database(args.db)
    actor = sign_in(args.user)
    entry = fx_rates.set_day_rate(actor, args.currency, day, args.rate)
    home = fx_rates.home_currency()
    out.emit(
        {**entry.to_dict(), "home": home},
        [
            tx("1 {currency} = {rate} {home} on {day}").format(
                currency=entry.currency, rate=entry.rate, home=home, day=entry.day.isoformat()
            )
        ],
    )
    return 0


def list_cmd(args: argparse.Namespace, out: Output) -> int:
    open_database(args.db)
    actor = sign_in(args.user)
    reporting.require_reader(actor, "see exchange rates")
    wanted = (args.currency or "").strip().upper()
    rates = [r for r in fx_rates.day_rates() if not wanted or r.currency == wanted]
    home = fx_rates.home_currency()
    rows = [[r.currency, r.day.isoformat(), str(r.rate)] for r in rates]
    human = (
        table([tx("currency"), tx("day"), tx("rate in {home}").format(home=home)], rows, "<<>")
        if rows
        else [tx("No exchange rates entered.")]
    )
    out.emit({"home": home, "rates": [r.to_dict() for r in rates]}, human)
    return 0
