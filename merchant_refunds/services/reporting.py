"""Reads for the accountant: filtered row streams for exports, the journal's source, the report.

Everything here is read-only and checks the role first: owners and accountants may export and see
reports, clerks may not (the GUI hides the buttons too, but this is the check that counts).

Rows stream from the database by keyset pages (``WHERE id > last ORDER BY id LIMIT n``): memory
stays flat whatever the row count, no read transaction is held for the whole export, and a cancel
is noticed between pages. Rows are the database's raw tuples (SQLite gives datetimes as ISO text);
the exports package turns them into cells.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import Any

import peewee as pw

from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.domain.lifecycle import PayoutStatus, RefundStatus, Role
from merchant_refunds.domain.money import check_currency
from merchant_refunds.services.refund_views import SelfApproval, self_approvals
from merchant_refunds.services.users import Actor, require_role
from merchant_refunds.storage import models as m
from merchant_refunds.storage.db import current_database

READER_ROLES = (Role.OWNER, Role.ACCOUNTANT)
DATASETS = ("refunds", "lines", "payouts", "audit", "journal", "exchanges")
DATE_BASES = ("request", "approval", "payout", "receipt")
PAGE_SIZE = 5000
#: Refunds whose money never goes out; left out of the money totals of the report.
NOT_REFUNDED = frozenset({RefundStatus.REJECTED.value, RefundStatus.CANCELLED.value})


def require_reader(actor: Actor, action: str = "export or see reports") -> None:
    require_role(actor, *READER_ROLES, action=action)


def parse_day(text: str | None, what: str = "date") -> date | None:
    if text is None or not str(text).strip():
        return None
    try:
        return date.fromisoformat(str(text).strip())
    except ValueError:
        raise InvalidInput(
            "invalid_date", "Not a date (YYYY-MM-DD) for {what}: {value}", what=what, value=text
        ) from None


@dataclass(frozen=True)
class ExportFilter:
    """Which rows: a date range (both ends included) on the chosen date, and optional matches.

    ``by`` picks the date: request (requested), approval (approved), payout (money sent) or
    receipt (customer received it). For refunds and their lines, "payout" is the day the refund
    was fully paid and "receipt" the day it was completed; for payouts, the payout's own days.
    ``status``, ``method`` and ``currency`` are the refund's for refunds and lines, the payout's
    for payouts and the journal. Audit events are filtered by their time only.
    """

    date_from: date | None = None
    date_to: date | None = None
    by: str = "request"
    status: str | None = None
    method: str | None = None
    currency: str | None = None

    def checked(self) -> ExportFilter:
        if self.by not in DATE_BASES:
            raise InvalidInput(
                "invalid_date_basis",
                "Dates can be by request, approval, payout or receipt, not {value}",
                value=self.by,
            )
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise InvalidInput("date_range_reversed", "The start date is after the end date")
        statuses = {s.value for s in RefundStatus} | {s.value for s in PayoutStatus}
        if self.status and self.status not in statuses:
            raise InvalidInput("unknown_status", "Unknown status: {value}", value=self.status)
        currency = check_currency(self.currency) if self.currency else None
        return ExportFilter(
            self.date_from,
            self.date_to,
            self.by,
            self.status or None,
            self.method or None,
            currency,
        )


def _date_range(query: pw.ModelSelect, column: Any, flt: ExportFilter) -> pw.ModelSelect:
    if flt.date_from:
        query = query.where(column >= datetime.combine(flt.date_from, time.min))
    if flt.date_to:
        query = query.where(column < datetime.combine(flt.date_to + timedelta(days=1), time.min))
    return query


_REFUND_DATES = {
    "request": m.Refund.requested_at,
    "approval": m.Refund.approved_at,
    "payout": m.Refund.paid_at,
    "receipt": m.Refund.completed_at,
}
_PAYOUT_DATES = {
    "request": m.Refund.requested_at,
    "approval": m.Refund.approved_at,
    "payout": m.Payout.sent_at,
    "receipt": m.Payout.received_at,
}


def _refund_where(query: pw.ModelSelect, flt: ExportFilter) -> pw.ModelSelect:
    query = _date_range(query, _REFUND_DATES[flt.by], flt)
    if flt.status:
        query = query.where(m.Refund.status == flt.status)
    if flt.method:
        query = query.where(m.Refund.destination_method == flt.method)
    if flt.currency:
        query = query.where(m.Refund.currency == flt.currency)
    return query


def _payout_where(query: pw.ModelSelect, flt: ExportFilter) -> pw.ModelSelect:
    query = _date_range(query, _PAYOUT_DATES[flt.by], flt)
    if flt.status:
        query = query.where(m.Payout.status == flt.status)
    if flt.method:
        query = query.where(m.Payout.method == flt.method)
    if flt.currency:
        query = query.where(m.Payout.currency == flt.currency)
    return query


def _optional_fields(model: type[m.BaseModel], names: tuple[str, ...]) -> list[tuple[str, Any]]:
    """Columns another feature may add (payout follow-up); exported when the model has them."""
    fields = model._meta.fields
    return [(name, fields[name]) for name in names if name in fields]


#: Payout columns added by the follow-up feature, exported when present.
PAYOUT_EXTRA = (
    "due_on",
    "expected_from",
    "expected_to",
    "failed_at",
    "retry_of",
    "account",
    "holder",
    "bank",
)


_REQUESTER = m.User.alias("requester")
_CREATOR = m.User.alias("creator")
_CONFIRMER = m.User.alias("confirmer")


#: What a refund is: ``units``, or the kind of a refund by amount (price difference,
#: compensation, goodwill), from the row that records it (``RefundAmount``, left-joined).
UNITS_KIND = "units"
_REFUND_KIND = pw.fn.COALESCE(m.RefundAmount.kind, UNITS_KIND)
_AMOUNT_JOIN = m.RefundAmount.refund == m.Refund.id


def _deductions() -> Any:
    """A refund's deductions for diminished value, as a column (0 when none)."""
    gi = m.GoodsInspection
    total = gi.select(pw.fn.COALESCE(pw.fn.SUM(gi.deduction), 0)).where(gi.refund == m.Refund.id)
    return pw.Cast(total, "BIGINT")  # PostgreSQL sums to numeric


def _postage() -> Any:
    """The return postage a refund pays back, as a column (0 when none)."""
    rp = m.ReturnPostage
    return pw.fn.COALESCE(rp.select(rp.amount).where(rp.refund == m.Refund.id), 0)


def _dataset_fields(dataset: str) -> list[tuple[str, Any]]:
    requester = _REQUESTER
    if dataset == "refunds":
        return [
            ("refund_no", m.Refund.refund_no),
            ("order_no", m.Order.order_no),
            ("status", m.Refund.status),
            ("reason", m.Refund.reason_code),
            ("requested_at", m.Refund.requested_at),
            ("approved_at", m.Refund.approved_at),
            ("paid_at", m.Refund.paid_at),
            ("completed_at", m.Refund.completed_at),
            ("customer", m.Order.customer_name),
            ("currency", m.Refund.currency),
            ("total", m.Refund.total),
            ("refunded_gross", m.Refund.refunded_gross),
            ("shipping", m.Refund.shipping),
            ("restocking_fee", m.Refund.restocking_fee),
            ("return_shipping", m.Refund.return_shipping),
            ("deduction", _deductions()),
            ("return_postage", _postage()),
            ("cross_border_fee", m.Refund.cross_border_fee),
            ("fee_bearer", m.Refund.cross_border_fee_bearer),
            ("payout_currency", m.Refund.payout_currency),
            ("payout_amount", m.Refund.payout_amount),
            ("fx_rate", m.Refund.fx_rate),
            ("method", m.Refund.destination_method),
            ("account", m.Refund.destination_account),
            ("holder", m.Refund.destination_holder),
            ("bank", m.Refund.destination_bank),
            ("requested_by", requester.name),
            ("note", m.Refund.note),
            ("refund_kind", _REFUND_KIND),
        ]
    if dataset == "lines":
        return [
            ("refund_no", m.Refund.refund_no),
            ("order_no", m.Order.order_no),
            ("status", m.Refund.status),
            ("requested_at", m.Refund.requested_at),
            ("line_no", m.OrderLine.line_no),
            ("sku", m.OrderLine.sku),
            ("product", m.OrderLine.name),
            ("quantity", m.RefundLine.quantity),
            ("currency", m.Refund.currency),
            ("gross", m.RefundLine.gross),
            ("discount", m.RefundLine.discount),
            ("amount", m.RefundLine.amount),
            ("tax", m.RefundLine.tax),
            ("tax_rate", m.OrderLine.tax_rate),
            ("refund_kind", _REFUND_KIND),
        ]
    if dataset in ("payouts", "journal"):
        return [
            ("refund_no", m.Refund.refund_no),
            ("order_no", m.Order.order_no),
            ("seq", m.Payout.seq),
            ("method", m.Payout.method),
            ("status", m.Payout.status),
            ("currency", m.Payout.currency),
            ("amount", m.Payout.amount),
            ("reference", m.Payout.reference),
            ("fx_rate", m.Payout.fx_rate),
            ("fx_date", m.Payout.fx_date),
            ("sent_at", m.Payout.sent_at),
            ("received_at", m.Payout.received_at),
            *_optional_fields(m.Payout, PAYOUT_EXTRA),
            ("paid_by", _CREATOR.name),
            ("confirmed_by", _CONFIRMER.name),
            ("failure_reason", m.Payout.failure_reason),
        ]
    if dataset == "exchanges":
        return _exchange_fields()
    if dataset == "audit":
        return [
            ("event_id", m.AuditEvent.id),
            ("at", m.AuditEvent.at),
            ("user", m.AuditEvent.user_name),
            ("action", m.AuditEvent.action),
            ("entity", m.AuditEvent.entity),
            ("entity_key", m.AuditEvent.entity_key),
            ("before", m.AuditEvent.before_json),
            ("after", m.AuditEvent.after_json),
            ("hash", m.AuditEvent.hash),
        ]
    raise InvalidInput("unknown_dataset", "Unknown export: {name}", name=dataset)


def columns(dataset: str) -> list[str]:
    """The machine names of a dataset's columns, in row order (the journal has its own)."""
    return [name for name, _field in _dataset_fields(dataset)]


def _base_query(dataset: str, flt: ExportFilter) -> tuple[pw.ModelSelect, Any]:
    """The filtered query (id first, then the dataset's fields) and its keyset column."""
    fields = [f for _name, f in _dataset_fields(dataset)]
    if dataset == "refunds":
        requester = _REQUESTER
        query = (
            m.Refund.select(m.Refund.id, *fields)
            .join(m.Order, on=(m.Refund.order == m.Order.id))
            .switch(m.Refund)
            .join(requester, on=(m.Refund.requested_by == requester.id))
            .switch(m.Refund)
            .join(m.RefundAmount, pw.JOIN.LEFT_OUTER, on=_AMOUNT_JOIN)
        )
        return _refund_where(query, flt), m.Refund.id
    if dataset == "lines":
        query = (
            m.RefundLine.select(m.RefundLine.id, *fields)
            .join(m.Refund, on=(m.RefundLine.refund == m.Refund.id))
            .join(m.Order, on=(m.Refund.order == m.Order.id))
            .switch(m.RefundLine)
            .join(m.OrderLine, on=(m.RefundLine.order_line == m.OrderLine.id))
            .switch(m.Refund)
            .join(m.RefundAmount, pw.JOIN.LEFT_OUTER, on=_AMOUNT_JOIN)
        )
        return _refund_where(query, flt), m.RefundLine.id
    if dataset in ("payouts", "journal"):
        creator, confirmer = _CREATOR, _CONFIRMER
        query = (
            m.Payout.select(m.Payout.id, *fields)
            .join(m.Refund, on=(m.Payout.refund == m.Refund.id))
            .join(m.Order, on=(m.Refund.order == m.Order.id))
            .switch(m.Payout)
            .join(creator, on=(m.Payout.created_by == creator.id))
            .switch(m.Payout)
            .join(confirmer, pw.JOIN.LEFT_OUTER, on=(m.Payout.confirmed_by == confirmer.id))
        )
        return _payout_where(query, flt), m.Payout.id
    if dataset == "exchanges":
        return _exchange_query(fields, flt), m.ExchangeLine.id
    query = m.AuditEvent.select(m.AuditEvent.id, *fields)
    return _date_range(query, m.AuditEvent.at, flt), m.AuditEvent.id


# --- exchanges: one row per unit line, back or out ------------------------------------------

_EXCHANGER = m.User.alias("exchanger")
_DIFFERENCE_REFUND = m.Refund.alias("difference_refund")


def _exchange_fields() -> list[tuple[str, Any]]:
    return [
        ("exchange_no", m.Exchange.exchange_no),
        ("order_no", m.Order.order_no),
        ("status", m.Exchange.status),
        ("reason", m.Exchange.reason_code),
        ("recorded_at", m.Exchange.recorded_at),
        ("customer", m.Order.customer_name),
        ("direction", m.ExchangeLine.direction),
        ("sku", m.ExchangeLine.sku),
        ("product", m.ExchangeLine.name),
        ("quantity", m.ExchangeLine.quantity),
        ("currency", m.Exchange.currency),
        ("unit_price", m.ExchangeLine.unit_price),
        ("amount", m.ExchangeLine.amount),
        ("tax", m.ExchangeLine.tax),
        ("difference", m.Exchange.difference),
        ("settlement", m.Exchange.settlement),
        ("refund_no", _DIFFERENCE_REFUND.refund_no),
        ("receipt_no", m.Exchange.receipt_no),
        ("recorded_by", _EXCHANGER.name),
    ]


def _exchange_query(fields: list[Any], flt: ExportFilter) -> pw.ModelSelect:
    """Exchanges by the day they were recorded (whatever date basis is chosen: an exchange
    has no approval or payout of its own; its refund of a difference is in the refunds)."""
    query = (
        m.ExchangeLine.select(m.ExchangeLine.id, *fields)
        .join(m.Exchange, on=(m.ExchangeLine.exchange == m.Exchange.id))
        .join(m.Order, on=(m.Exchange.order == m.Order.id))
        .switch(m.Exchange)
        .join(_EXCHANGER, on=(m.Exchange.recorded_by == _EXCHANGER.id))
        .switch(m.Exchange)
        .join(
            _DIFFERENCE_REFUND,
            pw.JOIN.LEFT_OUTER,
            on=(m.Exchange.refund == _DIFFERENCE_REFUND.id),
        )
    )
    query = _date_range(query, m.Exchange.recorded_at, flt)
    if flt.status:
        query = query.where(m.Exchange.status == flt.status)
    if flt.currency:
        query = query.where(m.Exchange.currency == flt.currency)
    return query


def _pages(query: pw.ModelSelect, key: Any, page_size: int) -> Iterator[list[tuple[Any, ...]]]:
    """Keyset pages of raw tuples; each tuple starts with the row's id."""
    db = current_database()
    last = 0
    while True:
        page = db.execute(query.where(key > last).order_by(key).limit(page_size)).fetchall()
        if not page:
            return
        yield page
        last = page[-1][0]
        if len(page) < page_size:
            return


def count_rows(actor: Actor, dataset: str, flt: ExportFilter) -> int:
    """How many rows an export will write (for the progress bar)."""
    require_reader(actor)
    query, _key = _base_query(dataset, flt.checked())
    if dataset == "journal":
        query = query.where(m.Payout.status << _BOOKED)
    return query.count()


def iter_pages(
    actor: Actor, dataset: str, flt: ExportFilter, page_size: int = PAGE_SIZE
) -> Iterator[list[tuple[Any, ...]]]:
    """Pages of rows in the order of :func:`columns` (the id is dropped)."""
    require_reader(actor)
    if dataset == "journal":
        raise InvalidInput("unknown_dataset", "Use journal_sources for the journal")
    query, key = _base_query(dataset, flt.checked())
    for page in _pages(query, key, page_size):
        yield [row[1:] for row in page]


# --- the journal's source ------------------------------------------------------------------------

_BOOKED = [PayoutStatus.SENT.value, PayoutStatus.RECEIVED.value]


@dataclass(frozen=True)
class JournalSource:
    """One booked payout with what the journal needs of its refund (refund currency amounts)."""

    refund_no: str
    order_no: str
    seq: int
    sent_at: Any
    payout_method: str
    order_payment_method: str
    payout_amount: int
    payout_currency: str
    paid_before: int
    refund_currency: str
    refund_payout_amount: int
    total: int
    tax: int
    restocking_fee: int
    return_shipping: int
    cross_border_fee: int
    fee_bearer: str
    requested_at: Any = None
    #: The refund's recorded rate (refund currency -> payout currency) and its day, if any.
    fx_rate: str | None = None
    fx_date: Any = None
    #: A refund by amount's kind (price_difference, compensation, goodwill); None for units.
    amount_kind: str | None = None
    #: Deductions for diminished value and the return postage paid back (minor units).
    deductions: int = 0
    return_postage: int = 0


def journal_sources(
    actor: Actor, flt: ExportFilter, page_size: int = PAGE_SIZE
) -> Iterator[list[JournalSource]]:
    """Pages of booked payouts (sent or received, never failed), by default by payout date."""
    require_reader(actor)
    flt = flt.checked()
    earlier = m.Payout.alias("earlier")
    paid_before = earlier.select(pw.fn.COALESCE(pw.fn.SUM(earlier.amount), 0)).where(
        (earlier.refund == m.Payout.refund)
        & (earlier.seq < m.Payout.seq)
        & (earlier.status << _BOOKED)
    )
    lines_tax = m.RefundLine.select(pw.fn.COALESCE(pw.fn.SUM(m.RefundLine.tax), 0)).where(
        m.RefundLine.refund == m.Refund.id
    )
    # ``query + query`` would be a UNION in Peewee: the sum of the two values is spelled out
    tax = pw.Expression(
        lines_tax, pw.OP.ADD, _exchange_difference_tax(m.Exchange.refund == m.Refund.id)
    )
    query = (
        m.Payout.select(
            m.Payout.id,
            m.Refund.refund_no,
            m.Order.order_no,
            m.Payout.seq,
            m.Payout.sent_at,
            m.Payout.method,
            m.Order.payment_method,
            m.Payout.amount,
            m.Payout.currency,
            paid_before,
            m.Refund.currency,
            m.Refund.payout_amount,
            m.Refund.total,
            tax,
            m.Refund.restocking_fee,
            m.Refund.return_shipping,
            m.Refund.cross_border_fee,
            m.Refund.cross_border_fee_bearer,
            m.Refund.requested_at,
            m.Refund.fx_rate,
            m.Refund.fx_date,
            m.RefundAmount.kind,
            _deductions(),
            _postage(),
        )
        .join(m.Refund, on=(m.Payout.refund == m.Refund.id))
        .join(m.Order, on=(m.Refund.order == m.Order.id))
        .switch(m.Refund)
        .join(m.RefundAmount, pw.JOIN.LEFT_OUTER, on=_AMOUNT_JOIN)
        .where(m.Payout.status << _BOOKED)
    )
    query = _payout_where(query, flt)
    for page in _pages(query, m.Payout.id, page_size):
        yield [_journal_source(row) for row in page]


def _exchange_difference_tax(where: Any) -> Any:
    """The tax inside the difference of the exchange ``where`` selects: its units back's tax
    less its units out's (0 where there is none). A refund of an exchange's difference has no
    refund lines: this is its tax."""
    return (
        _signed_line_tax()
        .join(m.Exchange, on=(m.ExchangeLine.exchange == m.Exchange.id))
        .where(where)
    )


def _signed_line_tax() -> Any:
    """SUM over exchange lines of the units back's tax less the units out's (0 for none)."""
    line = m.ExchangeLine
    signed = pw.Case(None, [(line.direction == "back", line.tax)], line.tax * -1)
    return line.select(pw.fn.COALESCE(pw.fn.SUM(signed), 0))


@dataclass(frozen=True)
class ExchangeJournalSource:
    """An exchange whose customer paid a difference at the till: money came in."""

    exchange_no: str
    order_no: str
    recorded_at: Any
    currency: str
    collected: int
    receipt_no: str
    #: The tax inside what was collected: the units out's tax less the units back's.
    tax: int = 0


def journal_exchanges(actor: Actor, flt: ExportFilter) -> list[ExchangeJournalSource]:
    """Exchanges that stand and took money from the customer, by the day they were recorded.
    (A difference the shop refunds is a refund: its payout is booked as every payout is.)"""
    require_reader(actor)
    flt = flt.checked()
    query = (
        m.Exchange.select(
            m.Exchange.exchange_no,
            m.Order.order_no,
            m.Exchange.recorded_at,
            m.Exchange.currency,
            m.Exchange.difference,
            m.Exchange.receipt_no,
            _signed_line_tax().where(m.ExchangeLine.exchange == m.Exchange.id),
        )
        .join(m.Order, on=(m.Exchange.order == m.Order.id))
        .where((m.Exchange.settlement == "collected") & (m.Exchange.status == "recorded"))
        .order_by(m.Exchange.id)
    )
    query = _date_range(query, m.Exchange.recorded_at, flt)
    if flt.currency:
        query = query.where(m.Exchange.currency == flt.currency)
    return [
        ExchangeJournalSource(no, order_no, at, currency, -difference, receipt, -int(tax))
        for no, order_no, at, currency, difference, receipt, tax in query.tuples()
    ]


def _journal_source(row: tuple[Any, ...]) -> JournalSource:
    """PostgreSQL sums integers as ``numeric`` (a ``Decimal``), SQLite as an integer: the sums
    become ``int`` minor units, as every amount is, so both databases give the same journal."""
    source = JournalSource(*row[1:])
    return replace(
        source,
        paid_before=int(source.paid_before),
        tax=int(source.tax),
        deductions=int(source.deductions),
        return_postage=int(source.return_postage),
    )


# --- the report ----------------------------------------------------------------------------------


@dataclass
class Total:
    """A count and a sum of minor units in one currency."""

    count: int = 0
    minor: int = 0


@dataclass
class Durations:
    """Seconds from request to an event, over the refunds that reached it."""

    count: int = 0
    total_seconds: float = 0.0  # float-ok: a duration, not money
    slowest_seconds: float = 0.0  # float-ok: a duration, not money
    slowest_refund: str = ""

    def add(self, seconds: float, refund_no: str) -> None:  # float-ok: a duration
        self.count += 1
        self.total_seconds += seconds
        if seconds > self.slowest_seconds or self.count == 1:
            self.slowest_seconds = seconds
            self.slowest_refund = refund_no

    @property
    def average_seconds(self) -> float | None:  # float-ok: a duration
        return self.total_seconds / self.count if self.count else None


Groups = dict[str, dict[str, Total]]


@dataclass
class ReportData:
    """Totals of refunds requested in a period, grouped; money per currency, never mixed.

    ``by_status`` counts every refund; the other groups count only refunds whose money goes out
    (not rejected or cancelled). ``sales`` is what orders placed in the period were paid.
    """

    date_from: date
    date_to: date
    by_month: Groups = field(default_factory=dict)
    by_reason: Groups = field(default_factory=dict)
    by_method: Groups = field(default_factory=dict)
    by_status: Groups = field(default_factory=dict)
    by_currency: dict[str, Total] = field(default_factory=dict)
    sales: dict[str, Total] = field(default_factory=dict)
    to_payout: Durations = field(default_factory=Durations)
    to_receipt: Durations = field(default_factory=Durations)
    #: the customers' ratings (1-5) of the period's refunds -> how many gave each
    ratings: dict[int, int] = field(default_factory=dict)
    #: large refunds the shop's only owner approved himself in the period (by approval time)
    self_approvals: list[SelfApproval] = field(default_factory=list)

    def feedback_summary(self) -> tuple[int, int] | None:
        """(number of ratings, sum of ratings); None when no customer rated a refund."""
        count = sum(self.ratings.values())
        if not count:
            return None
        return count, sum(rating * n for rating, n in self.ratings.items())

    def refund_rate(self, currency: str) -> tuple[int, int] | None:
        """(refunded, sold) minor units in ``currency``, or None where no sales are known."""
        sold = self.sales.get(currency)
        if sold is None or sold.minor <= 0:
            return None
        refunded = self.by_currency.get(currency, Total()).minor
        return refunded, sold.minor


def _as_datetime(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _add(groups: Groups, key: str, currency: str, minor: int) -> None:
    total = groups.setdefault(key, {}).setdefault(currency, Total())
    total.count += 1
    total.minor += minor


def report_data(
    actor: Actor,
    date_from: date,
    date_to: date,
    cancelled: Callable[[], bool] | None = None,
) -> ReportData:
    """One pass over the period's refunds (by request date) and one sum over its orders."""
    require_reader(actor, "see reports")
    flt = ExportFilter(date_from, date_to).checked()
    data = ReportData(date_from, date_to)
    query = m.Refund.select(
        m.Refund.id,
        m.Refund.refund_no,
        m.Refund.requested_at,
        m.Refund.paid_at,
        m.Refund.completed_at,
        m.Refund.status,
        m.Refund.reason_code,
        m.Refund.destination_method,
        m.Refund.currency,
        m.Refund.total,
    )
    query = _date_range(query, m.Refund.requested_at, flt)
    for page in _pages(query, m.Refund.id, PAGE_SIZE):
        if cancelled is not None and cancelled():
            break
        for _id, no, requested, paid, completed, status, reason, method, ccy, total in page:
            _add(data.by_status, status, ccy, total)
            if status in NOT_REFUNDED:
                continue
            asked = _as_datetime(requested)
            assert asked is not None
            _add(data.by_month, asked.strftime("%Y-%m"), ccy, total)
            _add(data.by_reason, reason, ccy, total)
            _add(data.by_method, method, ccy, total)
            cur = data.by_currency.setdefault(ccy, Total())
            cur.count += 1
            cur.minor += total
            paid_dt, completed_dt = _as_datetime(paid), _as_datetime(completed)
            if paid_dt is not None:
                data.to_payout.add((paid_dt - asked).total_seconds(), no)
            if completed_dt is not None:
                data.to_receipt.add((completed_dt - asked).total_seconds(), no)
    sales = _date_range(
        m.Order.select(m.Order.currency, pw.fn.COUNT(m.Order.id), pw.fn.SUM(m.Order.total_paid)),
        m.Order.placed_at,
        flt,
    ).group_by(m.Order.currency)
    for ccy, count, minor in sales.tuples():
        data.sales[ccy] = Total(int(count), int(minor or 0))
    ratings = _date_range(
        m.Feedback.select(m.Feedback.rating, pw.fn.COUNT(m.Feedback.id)).join(m.Refund),
        m.Refund.requested_at,
        flt,
    ).group_by(m.Feedback.rating)
    data.ratings = {int(rating): int(n) for rating, n in ratings.tuples()}
    data.self_approvals = self_approvals(
        datetime.combine(date_from, time.min),
        datetime.combine(date_to + timedelta(days=1), time.min),
    )
    return data


def database_totals(actor: Actor, dataset: str, flt: ExportFilter, column: str) -> dict[str, int]:
    """Sum of a money ``column`` per currency over the filtered rows (for checks and tests)."""
    require_reader(actor)
    fields = dict(_dataset_fields(dataset))
    query, _key = _base_query(dataset, flt.checked())
    currency = fields["payout_currency"] if column == "payout_amount" else fields["currency"]
    rows = query.select(currency, pw.fn.SUM(fields[column])).group_by(currency).tuples()
    totals: dict[str, int] = defaultdict(int)
    for ccy, minor in rows:
        totals[ccy] += int(minor or 0)
    return dict(totals)
