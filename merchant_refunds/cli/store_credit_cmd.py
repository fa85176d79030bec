"""``store-credit``: a customer's credit balance and ledger, using it at the counter, paying it
out in cash (owner) and the balances at a date for the accountant."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from merchant_refunds.cli.inputs import sign_in
from merchant_refunds.cli.output import Output, table, when
from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.domain.money import parse_amount
from merchant_refunds.services import reporting, shop_settings, store_credit
from merchant_refunds.services.database import open_database
from merchant_refunds.services.output_paths import check_output_path

KIND_WORDS = {"issued": "issued", "used": "used at the counter", "cashed_out": "paid out in cash"}


def add_parsers(
    sub: Any,
    command: Callable[..., argparse.ArgumentParser],
    acting: Callable[[argparse.ArgumentParser], None],
) -> None:
    """``store-credit show|use|cash-out|balances``."""
    parent = sub.add_parser("store-credit", help="customers' store credit: see, use, pay out")
    actions = parent.add_subparsers(dest="action", metavar="ACTION", required=True)
    customer_help = "the customer: phone, e-mail or name (as on the order)"
    show = command(actions, "show", show_cmd, "a customer's balance and every movement")
    show.add_argument("customer", metavar="CUSTOMER", help=customer_help)
    use = command(
        actions, "use", use_cmd, "take credit off a sale rung up at the counter (owner, clerk)"
    )
    use.add_argument("customer", metavar="CUSTOMER", help=customer_help)
    use.add_argument("amount", metavar="AMOUNT", help="e.g. 25.00")
    use.add_argument("--receipt", required=True, metavar="NO", help="the sale's receipt number")
    use.add_argument("--currency", metavar="CCY", help="(default: the shop's currency)")
    acting(use)
    cash = command(actions, "cash-out", cash_out_cmd, "pay credit out in cash (owner)")
    cash.add_argument("customer", metavar="CUSTOMER", help=customer_help)
    cash.add_argument("amount", metavar="AMOUNT", help="e.g. 25.00")
    cash.add_argument("--note", default="", help="kept in the ledger")
    cash.add_argument("--currency", metavar="CCY", help="(default: the shop's currency)")
    acting(cash)
    owed = command(
        actions,
        "balances",
        balances_cmd,
        "every balance at the end of a day, CSV or XLSX (owner, accountant; account 2241)",
    )
    owed.add_argument("--at", required=True, metavar="YYYY-MM-DD", help="the day")
    owed.add_argument("-o", "--output", required=True, metavar="FILE", help=".csv or .xlsx")
    owed.add_argument("--format", dest="fmt", choices=["csv", "xlsx"], help="(from FILE)")
    owed.add_argument("--lang", choices=["zh", "en"], default="zh", help="headers (zh)")
    owed.add_argument("--machine-headers", action="store_true", help="column keys as headers")
    acting(owed)


def _currency(args: argparse.Namespace) -> str:
    return args.currency or shop_settings.get_shop().get("currency") or "CNY"


def _amount(args: argparse.Namespace, currency: str) -> int:
    money = parse_amount(args.amount, currency)
    if money.minor <= 0:
        raise InvalidInput("invalid_credit_amount", "A store-credit amount must be above zero")
    return money.minor


def _moved(out: Output, key: str, currency: str, left: int) -> int:
    out.emit(
        {"customer": key, "currency": currency, "balance": out.major(left, currency)},
        [f"Store credit of {key} now {out.money(left, currency)}"],
    )
    return 0


def show_cmd(args: argparse.Namespace, out: Output) -> int:
    key = store_credit.key_from_text(args.customer)
    open_database(args.db)
    entries = store_credit.ledger(key)
    totals = store_credit.balances(key)
    rows = [
        [
            when(e.at),
            KIND_WORDS.get(e.kind, e.kind),
            out.money(e.amount, e.currency),
            out.money(e.balance_after, e.currency),
            e.refund_no or e.note,
        ]
        for e in entries
    ]
    human = [f"Customer    {key}"]
    if not totals:
        human.append("Balance     none (no store credit yet)")
    human += [f"Balance     {out.money(v, c)}" for c, v in totals.items()]
    if rows:
        heads = ["when", "what", "amount", "balance", "refund / receipt"]
        human += ["", *table(heads, rows, "<<>><")]
    out.emit(
        {
            "customer": key,
            "balances": {c: out.major(v, c) for c, v in totals.items()},
            "ledger": [e.to_dict() for e in entries],
        },
        human,
    )
    return 0


def use_cmd(args: argparse.Namespace, out: Output) -> int:
    key = store_credit.key_from_text(args.customer)
    open_database(args.db)
    currency = _currency(args)
    amount = _amount(args, currency)
    actor = sign_in(args.user)
    left = store_credit.use_credit(actor, key, amount, currency, args.receipt)
    return _moved(out, key, currency, left)


def cash_out_cmd(args: argparse.Namespace, out: Output) -> int:
    key = store_credit.key_from_text(args.customer)
    open_database(args.db)
    currency = _currency(args)
    amount = _amount(args, currency)
    actor = sign_in(args.user)
    left = store_credit.cash_out(actor, key, amount, currency, args.note)
    return _moved(out, key, currency, left)


def balances_cmd(args: argparse.Namespace, out: Output) -> int:
    from merchant_refunds.exports.store_credit import export_balances

    day = reporting.parse_day(args.at, "--at")
    if day is None:
        raise InvalidInput("invalid_date", "--at is required")
    target = check_output_path(args.output)  # before the sign-in, which writes its own record
    fmt = args.fmt or ("xlsx" if target.suffix.lower() == ".xlsx" else "csv")
    open_database(args.db)
    actor = sign_in(args.user)
    result = export_balances(
        actor, day, target, fmt=fmt, lang=args.lang, machine_headers=args.machine_headers
    )
    totals = ", ".join(out.money(v, c) for c, v in sorted(result.totals.items())) or "nothing"
    out.emit(
        {
            "path": str(result.path),
            "rows": result.rows,
            "at": day.isoformat(),
            "totals": {c: out.major(v, c) for c, v in result.totals.items()},
        },
        [f"{result.rows} balance(s) at {day.isoformat()} written to {result.path} ({totals})"],
    )
    return 0
