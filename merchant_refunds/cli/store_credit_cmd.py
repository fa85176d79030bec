"""``store-credit``: a customer's credit balance and ledger, using it at the counter, paying it
out in cash (owner) and the balances at a date for the accountant."""

from __future__ import annotations

import argparse

from merchant_refunds.cli.i18n import tx
from merchant_refunds.cli.inputs import sign_in
from merchant_refunds.cli.output import Output, table, when
from merchant_refunds.domain.errors import N_, InvalidInput
from merchant_refunds.domain.money import parse_amount
from merchant_refunds.services import reporting, shop_settings, store_credit
from merchant_refunds.services.database import open_database
from merchant_refunds.services.output_paths import check_output_path

KIND_WORDS = {
    "issued": N_("issued"),
    "used": N_("used at the counter"),
    "cashed_out": N_("paid out in cash"),
}
HEADINGS = (N_("when"), N_("what"), N_("amount"), N_("balance"), N_("refund / receipt"))


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
        [
            tx("Store credit of {customer} now {amount}").format(
                customer=key, amount=out.money(left, currency)
            )
        ],
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
            tx(KIND_WORDS.get(e.kind, e.kind)),
            out.money(e.amount, e.currency),
            out.money(e.balance_after, e.currency),
            e.refund_no or e.note,
        ]
        for e in entries
    ]
    human = [tx("Customer    {customer}").format(customer=key)]
    if not totals:
        human.append(tx("Balance     none (no store credit yet)"))
    human += [tx("Balance     {amount}").format(amount=out.money(v, c)) for c, v in totals.items()]
    if rows:
        heads = [tx(word) for word in HEADINGS]
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
    totals = ", ".join(out.money(v, c) for c, v in sorted(result.totals.items())) or tx("nothing")
    out.emit(
        {
            "path": str(result.path),
            "rows": result.rows,
            "at": day.isoformat(),
            "totals": {c: out.major(v, c) for c, v in result.totals.items()},
        },
        [
            tx("{rows} balance(s) at {day} written to {path} ({totals})").format(
                rows=result.rows, day=day.isoformat(), path=result.path, totals=totals
            )
        ],
    )
    return 0
