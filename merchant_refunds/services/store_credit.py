"""Store credit: a per-customer ledger of credit issued by refunds, used on later purchases at the
counter (against the sale's receipt number) or paid out in cash by the owner.

The balance is never negative: spending reads the balance and writes the entry inside one write
transaction (``BEGIN IMMEDIATE``), so two counters spending the same credit at once are serialised
and the second sees what the first left.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

import peewee as pw
from peewee import fn

from merchant_refunds.domain.errors import InvalidInput, Refused
from merchant_refunds.domain.lifecycle import Role
from merchant_refunds.domain.money import Money, check_currency
from merchant_refunds.domain.text_checks import check_text
from merchant_refunds.services import audit, clock
from merchant_refunds.services.users import Actor, require_role
from merchant_refunds.storage import compiled
from merchant_refunds.storage import models as m
from merchant_refunds.storage.db import write_transaction


def customer_key(phone: str, email: str, name: str) -> str:
    """Who a balance belongs to: the phone number, else the e-mail, else the name."""
    phone = "".join(phone.split())
    if phone:
        return f"phone:{phone}"
    if email.strip():
        return f"email:{email.strip().lower()}"
    return f"name:{name.strip()}"


def key_for_order(order: m.Order) -> str:
    return customer_key(order.customer_phone, order.customer_email, order.customer_name)


def balance(key: str, currency: str) -> int:
    total = (
        m.StoreCreditEntry.select(fn.COALESCE(fn.SUM(m.StoreCreditEntry.amount), 0))
        .where((m.StoreCreditEntry.customer_key == key) & (m.StoreCreditEntry.currency == currency))
        .scalar()
    )
    return int(total or 0)


def issue(
    actor: Actor, key: str, amount: int, currency: str, refund: m.Refund, payout_seq: int
) -> m.StoreCreditEntry:
    """Credit a refund's payout to the customer; call inside the payout's write transaction."""
    if amount <= 0:
        raise InvalidInput("invalid_credit_amount", "A store-credit amount must be above zero")
    after = balance(key, currency) + amount
    entry = m.StoreCreditEntry.create(
        customer_key=key,
        currency=currency,
        kind="issued",
        amount=amount,
        balance_after=after,
        refund=refund.id,
        payout_seq=payout_seq,
        created_by=actor.id,
        created_at=clock.now(),
    )
    audit.record(
        actor.name,
        "store_credit.issue",
        "customer",
        key,
        None,
        {"amount": amount, "currency": currency, "refund_no": refund.refund_no, "balance": after},
    )
    return entry


#: Customer keys per ``IN (…)`` query: well under SQLite's limit of bound parameters.
KEYS_PER_QUERY = 500
#: How long a receipt number or a note kept with a movement may be.
RECEIPT_LIMIT = 64
NOTE_LIMIT = 200


def _whole_amount(amount: int) -> None:
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise TypeError("amount must be an int of minor units")
    if amount <= 0:
        raise InvalidInput("invalid_credit_amount", "A store-credit amount must be above zero")


def check_movement(
    amount: int, text: str, *, cash: bool, balance: int | None = None, currency: str = ""
) -> str:
    """What ``use_credit`` (a receipt number, required) or ``cash_out`` (a note) refuse in the
    amount and text, without writing; with ``balance`` also more than it. Returns the text as
    stored. The GUI checks a movement with it as it is typed."""
    _whole_amount(amount)
    if cash:
        text = check_text(text.strip(), "note", NOTE_LIMIT)
    else:
        text = check_text(text.strip(), "receipt number", RECEIPT_LIMIT)
        if not text:
            raise InvalidInput("receipt_required", "Enter the receipt number of the sale")
    if balance is not None and amount > balance:
        raise _insufficient(balance, currency)
    return text


def _insufficient(available: int, currency: str) -> Refused:
    return Refused(
        "credit_insufficient",
        "The customer has only {balance} of store credit",
        balance=Money(available, currency),
    )


def _take(
    actor: Actor, key: str, amount: int, currency: str, kind: str, note: str, action: str
) -> int:
    """Take ``amount`` off the balance as one ledger entry; refuses more than there is.

    The balance is read inside the write transaction, which holds the writers' lock: a second
    counter spending at the same moment waits and then sees what this one left."""
    currency = check_currency(currency)
    with write_transaction():
        available = balance(key, currency)
        if amount > available:
            raise _insufficient(available, currency)
        after = available - amount
        m.StoreCreditEntry.create(
            customer_key=key,
            currency=currency,
            kind=kind,
            amount=-amount,
            balance_after=after,
            note=note,
            created_by=actor.id,
            created_at=clock.now(),
        )
        audit.record(
            actor.name,
            action,
            "customer",
            key,
            {"balance": available},
            {"amount": amount, "currency": currency, "balance": after, "note": note},
        )
    return after


def use_credit(actor: Actor, key: str, amount: int, currency: str, receipt: str) -> int:
    """Credit used at the counter on a sale rung up in the till: taken off the balance against
    the sale's receipt number, which the ledger keeps. Refuses more than the balance. Returns the
    new balance."""
    require_role(actor, Role.OWNER, Role.CLERK, action="use store credit")
    receipt = check_movement(amount, receipt, cash=False)
    return _take(actor, key, amount, currency, "used", receipt, "store_credit.use")


def cash_out(actor: Actor, key: str, amount: int, currency: str, note: str = "") -> int:
    """Pay credit out to the customer in cash: money leaves the till, so owners only. Returns
    the new balance."""
    require_role(actor, Role.OWNER, action="pay out store credit in cash")
    note = check_movement(amount, note, cash=True)
    return _take(actor, key, amount, currency, "cashed_out", note, "store_credit.cash_out")


def key_from_text(text: str) -> str:
    """The customer key for what a person types: a key itself (``phone:…``), an e-mail (has
    ``@``), a phone number (digits, spaces, ``+`` and ``-``), else a name."""
    raw = text.strip()
    prefix, _, rest = raw.partition(":")
    if prefix == "phone" and rest.strip():
        return customer_key(rest, "", "")
    if prefix == "email" and rest.strip():
        return customer_key("", rest, "")
    if prefix == "name" and rest.strip():
        return customer_key("", "", rest)
    if not raw:
        raise InvalidInput("customer_required", "Name the customer: phone, e-mail or name")
    if "@" in raw:
        return customer_key("", raw, "")
    if raw.replace(" ", "").replace("-", "").lstrip("+").isdigit():
        return customer_key(raw.replace("-", ""), "", "")
    return customer_key("", "", raw)


def balances(key: str) -> dict[str, int]:
    """The customer's balance per currency, for every currency the ledger has (zeros too)."""
    rows = (
        m.StoreCreditEntry.select(m.StoreCreditEntry.currency, fn.SUM(m.StoreCreditEntry.amount))
        .where(m.StoreCreditEntry.customer_key == key)
        .group_by(m.StoreCreditEntry.currency)
        .order_by(m.StoreCreditEntry.currency)
        .tuples()
    )
    return {currency: int(total) for currency, total in rows}


def balances_of(keys: Iterable[str]) -> dict[str, dict[str, int]]:
    """``balances`` of many customers in one query per chunk (a batch of confirmations): key ->
    currency -> balance, for the customers that have a ledger."""
    e = m.StoreCreditEntry
    found: dict[str, dict[str, int]] = {}
    wanted = sorted(set(keys))
    for start in range(0, len(wanted), KEYS_PER_QUERY):
        chunk = wanted[start : start + KEYS_PER_QUERY]
        rows = compiled.select_in(  # compiled once: every confirmation asks
            e,
            "store_credit.balances_of",
            lambda keys: (
                e.select(e.customer_key, e.currency, fn.SUM(e.amount).alias("total"))
                .where(e.customer_key.in_(keys))
                .group_by(e.customer_key, e.currency)
            ),
            chunk,
        )
        for row in rows:
            found.setdefault(row.customer_key, {})[row.currency] = int(row.total)
    return found


@dataclass(frozen=True)
class BalanceAt:
    """One customer's balance in one currency at the end of a day, and its last movement."""

    customer_key: str
    currency: str
    balance: int
    last_movement: datetime


def balances_at(actor: Actor, day: date) -> list[BalanceAt]:
    """Every balance that is not zero at the end of ``day``, rebuilt from the ledger's entries up
    to then (the credit the shop owes its customers, account 2241); owners and accountants."""
    require_role(actor, Role.OWNER, Role.ACCOUNTANT, action="see the store-credit balances")
    end = datetime.combine(day + timedelta(days=1), time())
    e = m.StoreCreditEntry
    rows = (
        e.select(e.customer_key, e.currency, fn.SUM(e.amount), fn.MAX(e.created_at))
        .where(e.created_at < end)
        .group_by(e.customer_key, e.currency)
        .order_by(e.customer_key, e.currency)
        .tuples()
    )
    return [
        BalanceAt(key, currency, int(total), _as_datetime(last))
        for key, currency, total, last in rows
        if int(total) != 0
    ]


def _as_datetime(value: object) -> datetime:
    """SQLite hands an aggregate's datetime back as text."""
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


@dataclass(frozen=True)
class LedgerEntry:
    at: datetime
    kind: str
    amount: int
    currency: str
    balance_after: int
    refund_no: str
    note: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "at": self.at.isoformat(),
            "kind": self.kind,
            "amount_minor": self.amount,
            "currency": self.currency,
            "balance_minor": self.balance_after,
            "refund_no": self.refund_no,
            "note": self.note,
        }


def ledger(key: str) -> list[LedgerEntry]:
    """Issued, used and cashed-out credit, oldest first (with the refund's number, read by a
    join: the order view asks for it at every order shown, whatever the number of refunds)."""
    e = m.StoreCreditEntry
    query = (
        e.select(
            e.created_at, e.kind, e.amount, e.currency, e.balance_after, m.Refund.refund_no, e.note
        )
        .join(m.Refund, pw.JOIN.LEFT_OUTER, on=e.refund == m.Refund.id)
        .where(e.customer_key == key)
        .order_by(e.id)
        .tuples()
    )
    return [
        LedgerEntry(at, kind, amount, currency, after, refund_no or "", note)
        for at, kind, amount, currency, after, refund_no, note in query
    ]
