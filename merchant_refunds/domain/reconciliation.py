"""Statement reconciliation: a provider's refund rows matched to the payouts recorded here.

Pure Python, so the rules can be read and tested apart from files and the database:

- a row matches by reference first: any of its references (the payout's own reference, the refund
  number, the order number or the order's payment reference) names payouts, and exactly one of
  them, not yet taken, has the row's currency and amount in minor units;
- otherwise by amount, currency and date when that is unambiguous: exactly one payout, not yet
  taken, on the statement's route (Alipay rows only against Alipay payouts…), with the same
  amount and currency, sent on or before the row's date and expected by then (its latest expected
  arrival plus ``GRACE_DAYS``);
- one row never matches two payouts, nor two rows one payout.

A row whose reference names a payout but whose amount differs is reported, not matched: the
accountant looks at it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

#: Days after the latest expected arrival that a payout may still show on a statement.
GRACE_DAYS = 3
#: Statement formats, and the payment routes each one carries.
FORMATS = ("alipay", "wechat", "stripe", "paypal", "bank")
#: format -> the order payment methods whose original-route payouts it shows.
ROUTE_PAYMENT_METHODS: dict[str, frozenset[str]] = {
    "alipay": frozenset({"alipay"}),
    "wechat": frozenset({"wechat_pay"}),
    "stripe": frozenset({"card"}),
    "paypal": frozenset({"paypal"}),
    "bank": frozenset({"unionpay"}),
}
#: Payout methods that never show on a provider's statement.
OFF_STATEMENT_METHODS = frozenset({"cash", "store_credit"})


class MatchKind(StrEnum):
    REFERENCE = "reference"
    AMOUNT_DATE = "amount_date"


class Outcome(StrEnum):
    """What happened to a matched payout."""

    ARRIVED = "arrived"  # was sent, now marked arrived by this statement row
    ALREADY_MATCHED = "already_matched"  # marked arrived by this same row before
    ALREADY_RECEIVED = "already_received"  # confirmed by hand or by another statement


class Unmatched(StrEnum):
    """Why a statement refund row has no payout here."""

    NO_PAYOUT = "no_payout"
    AMOUNT_DIFFERS = "amount_differs"
    AMBIGUOUS = "ambiguous"


@dataclass(frozen=True)
class StatementRow:
    """One refund (money out) row of a statement. ``amount`` is positive minor units."""

    row: int
    provider_ref: str
    references: tuple[str, ...]
    amount: int
    currency: str
    on: date | None
    description: str = ""

    @property
    def key(self) -> str:
        """The row's identity on its statement: the provider's own number, or what the row says."""
        if self.provider_ref:
            return self.provider_ref
        parts = (self.on.isoformat() if self.on else "", str(self.amount), self.currency)
        return "|".join([*parts, *self.references, self.description])


@dataclass
class Statement:
    """What a statement file holds: its refund rows and the period it covers."""

    file_name: str
    format: str
    encoding: str
    rows: list[StatementRow]
    rows_read: int
    period_from: date | None
    period_to: date | None
    file_sha256: str = ""


@dataclass(frozen=True)
class PayoutCandidate:
    """A payout recorded here, as matching needs it."""

    id: int
    refund_no: str
    seq: int
    order_no: str
    payment_reference: str
    reference: str
    method: str
    payment_method: str
    amount: int
    currency: str
    status: str
    sent_at: datetime | None
    expected_to: date | None

    @property
    def route(self) -> str | None:
        """The statement format this payout's money shows on, or None."""
        if self.method == "bank_transfer":
            return "bank"
        if self.method != "original_route":
            return None
        for fmt, methods in ROUTE_PAYMENT_METHODS.items():
            if self.payment_method in methods:
                return fmt
        return None

    def latest_arrival(self) -> date | None:
        if self.expected_to is not None:
            return self.expected_to + timedelta(days=GRACE_DAYS)
        if self.sent_at is not None:
            return self.sent_at.date() + timedelta(days=GRACE_DAYS)
        return None


@dataclass(frozen=True)
class Match:
    row: StatementRow
    payout: PayoutCandidate
    how: MatchKind


@dataclass(frozen=True)
class UnmatchedRow:
    row: StatementRow
    why: Unmatched


@dataclass
class MatchResult:
    matches: list[Match] = field(default_factory=list)
    unmatched: list[UnmatchedRow] = field(default_factory=list)
    #: payouts on the statement's route expected within its period that no row matched
    missing: list[PayoutCandidate] = field(default_factory=list)


def _keys(payout: PayoutCandidate) -> set[str]:
    return {
        k.strip().upper()
        for k in (payout.reference, payout.refund_no, payout.order_no, payout.payment_reference)
        if k and k.strip()
    }


def match(statement: Statement, payouts: list[PayoutCandidate]) -> MatchResult:
    """Match the statement's refund rows to ``payouts`` by the module's rules."""
    by_key: dict[str, list[PayoutCandidate]] = defaultdict(list)
    for payout in payouts:
        for key in _keys(payout):
            by_key[key].append(payout)
    taken: set[int] = set()
    result = MatchResult()
    pending: list[StatementRow] = []
    differs: set[int] = set()
    for row in statement.rows:
        hits: dict[int, PayoutCandidate] = {}
        for ref in row.references:
            for payout in by_key.get(ref.strip().upper(), ()):
                hits[payout.id] = payout
        fitting = [
            p
            for p in hits.values()
            if p.id not in taken and p.currency == row.currency and p.amount == row.amount
        ]
        if len(fitting) > 1:  # an order number with several refunds: the payout's own wins
            own = [p for p in fitting if {p.reference.upper(), p.refund_no.upper()} & _refs(row)]
            fitting = own if len(own) == 1 else fitting
        if len(fitting) == 1:
            taken.add(fitting[0].id)
            result.matches.append(Match(row, fitting[0], MatchKind.REFERENCE))
            continue
        if hits and not fitting and not any(p.id in taken for p in hits.values()):
            differs.add(row.row)
        pending.append(row)
    by_amount: dict[tuple[str, int], list[PayoutCandidate]] = defaultdict(list)
    for payout in payouts:
        if payout.id not in taken and payout.route == statement.format:
            by_amount[(payout.currency, payout.amount)].append(payout)
    for row in pending:
        if row.row in differs:
            result.unmatched.append(UnmatchedRow(row, Unmatched.AMOUNT_DIFFERS))
            continue
        candidates = [
            p
            for p in by_amount.get((row.currency, row.amount), ())
            if p.id not in taken and _in_window(p, row.on)
        ]
        if len(candidates) == 1:
            taken.add(candidates[0].id)
            result.matches.append(Match(row, candidates[0], MatchKind.AMOUNT_DATE))
        else:
            why = Unmatched.AMBIGUOUS if candidates else Unmatched.NO_PAYOUT
            result.unmatched.append(UnmatchedRow(row, why))
    result.missing = [
        p
        for p in payouts
        if p.id not in taken
        and p.status == "sent"
        and p.route == statement.format
        and _expected_within(p, statement)
    ]
    return result


def _refs(row: StatementRow) -> set[str]:
    return {r.strip().upper() for r in row.references}


def _in_window(payout: PayoutCandidate, on: date | None) -> bool:
    if on is None or payout.sent_at is None:
        return False
    latest = payout.latest_arrival()
    return payout.sent_at.date() <= on and (latest is None or on <= latest)


def _expected_within(payout: PayoutCandidate, statement: Statement) -> bool:
    """The statement covers the payout: sent within its period and due to arrive before it ends."""
    if payout.sent_at is None or statement.period_from is None or statement.period_to is None:
        return False
    due = payout.expected_to or payout.sent_at.date()
    return statement.period_from <= payout.sent_at.date() and due < statement.period_to
