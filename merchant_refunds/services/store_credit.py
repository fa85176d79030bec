"""Store credit: a per-customer ledger of credit issued by refunds and used on later purchases.

The balance is never negative: spending reads the balance and writes the entry inside one write
transaction (``BEGIN IMMEDIATE``), so two counters spending the same credit at once are serialised
and the second sees what the first left.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from peewee import fn

from merchant_refunds.domain.errors import InvalidInput, Refused
from merchant_refunds.domain.lifecycle import Role
from merchant_refunds.domain.money import Money, check_currency
from merchant_refunds.services import audit, clock
from merchant_refunds.services.users import Actor, require_role
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


def use_credit(actor: Actor, key: str, amount: int, currency: str, note: str = "") -> int:
    """Spend credit on a purchase; refuses more than the balance. Returns the new balance."""
    require_role(actor, Role.OWNER, Role.CLERK, action="use store credit")
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise TypeError("amount must be an int of minor units")
    if amount <= 0:
        raise InvalidInput("invalid_credit_amount", "A store-credit amount must be above zero")
    currency = check_currency(currency)
    with write_transaction():
        available = balance(key, currency)
        if amount > available:
            raise Refused(
                "credit_insufficient",
                "The customer has only {balance} of store credit",
                balance=Money(available, currency),
            )
        after = available - amount
        m.StoreCreditEntry.create(
            customer_key=key,
            currency=currency,
            kind="used",
            amount=-amount,
            balance_after=after,
            note=note.strip(),
            created_by=actor.id,
            created_at=clock.now(),
        )
        audit.record(
            actor.name,
            "store_credit.use",
            "customer",
            key,
            {"balance": available},
            {"amount": amount, "currency": currency, "balance": after, "note": note.strip()},
        )
    return after


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
    """Issued and used credit, oldest first."""
    numbers = dict(m.Refund.select(m.Refund.id, m.Refund.refund_no).tuples())
    query = (
        m.StoreCreditEntry.select()
        .where(m.StoreCreditEntry.customer_key == key)
        .order_by(m.StoreCreditEntry.id)
    )
    return [
        LedgerEntry(
            e.created_at,
            e.kind,
            e.amount,
            e.currency,
            e.balance_after,
            numbers.get(e.refund_id, "") if e.refund_id else "",
            e.note,
        )
        for e in query
    ]
