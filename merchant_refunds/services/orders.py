"""Order use cases: store an order, look one up with what is still refundable, search."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import peewee as pw

from merchant_refunds.domain.calculation import refundable_summary
from merchant_refunds.domain.errors import NotFound, Refused
from merchant_refunds.domain.lifecycle import Role
from merchant_refunds.domain.order import Order, validate_and_allocate
from merchant_refunds.domain.order_json import order_from_json, order_to_dict
from merchant_refunds.services import audit, clock
from merchant_refunds.services.users import Actor, require_role
from merchant_refunds.storage import models as m
from merchant_refunds.storage import order_repo, search_index
from merchant_refunds.storage.db import write_transaction


@dataclass(frozen=True)
class OrderSummary:
    """One row of an order list: enough to show and pick, without loading lines."""

    id: int
    order_no: str
    placed_at: datetime
    customer_name: str
    customer_phone: str
    status: str
    currency: str
    total_paid: int
    payment_method: str
    source: str


@dataclass(frozen=True)
class RefundBrief:
    refund_no: str
    status: str
    total: int
    currency: str
    reason_code: str
    requested_at: datetime


@dataclass(frozen=True)
class OrderDetail:
    order: Order
    refunds: list[RefundBrief]
    refundable: dict[str, Any]


def create_order(actor: Actor, order: Order) -> OrderDetail:
    """Validate, allocate discounts and store; an existing order number is refused."""
    require_role(actor, Role.OWNER, Role.CLERK, action="add orders")
    order = validate_and_allocate(order)
    with write_transaction():
        if m.Order.select().where(m.Order.order_no == order.order_no).exists():
            raise Refused(
                "order_exists", "Order {order_no} already exists", order_no=order.order_no
            )
        order_repo.insert_order(order, clock.now())
        audit.record(
            actor.name, "order.create", "order", order.order_no, None, order_to_dict(order)
        )
    return get_order(order.order_no)


def has_orders() -> bool:
    """Whether the shop has any order yet (an empty database gets the demo offer)."""
    return m.Order.select(m.Order.id).limit(1).exists()


def has_exchanges(order_no: str) -> bool:
    """Whether the order has any exchange: a look that costs ``orders show`` nothing when it
    has none, where reading them loads the exchange service."""
    return (
        m.Exchange.select(m.Exchange.id)
        .join(m.Order)
        .where(m.Order.order_no == order_no.strip())
        .limit(1)
        .exists()
    )


def add_order_json(actor: Actor, text: str | bytes) -> OrderDetail:
    return create_order(actor, order_from_json(text))


def order_row(order_no: str) -> m.Order:
    """The stored order (its row); NotFound for an unknown number."""
    row = m.Order.get_or_none(m.Order.order_no == order_no.strip())
    if row is None:
        raise NotFound("unknown_order", "No order {order_no}", order_no=order_no)
    return row


def get_order(order_no: str) -> OrderDetail:
    found = order_repo.find_order(order_no.strip())
    if found is None:
        raise NotFound("unknown_order", "No order {order_no}", order_no=order_no)
    order_id, order = found
    stored = order_repo.order_refunds(order_id)
    refunds = [
        RefundBrief(r.refund_no, r.status, r.total, r.currency, r.reason_code, r.requested_at)
        for r in stored
    ]
    prior = [r.prior for r in stored] + order_repo.external_priors(order_id)
    return OrderDetail(order, refunds, refundable_summary(order, prior))


SUMMARY_FIELDS = (
    m.Order.id,
    m.Order.order_no,
    m.Order.placed_at,
    m.Order.customer_name,
    m.Order.customer_phone,
    m.Order.status,
    m.Order.currency,
    m.Order.total_paid,
    m.Order.payment_method,
    m.Order.source,
)


def _summaries(query: pw.ModelSelect) -> list[OrderSummary]:
    return [OrderSummary(*row) for row in query.tuples()]


@dataclass(frozen=True)
class OrderFilter:
    text: str = ""
    status: str | None = None
    payment_method: str | None = None
    source: str | None = None
    placed_from: date | None = None
    placed_to: date | None = None


def _matching_ids(text: str, newest: int | None = None) -> pw.SQL | None:
    """A sub-select of order ids whose number, customer name or phone contains ``text``; a text
    that is exactly an order number or phone selects those orders only (see
    ``search_index.exact_ids``), whatever other values contain it.

    ``newest`` keeps only that many of the highest ids: the search index hands its hits over
    newest first and stops there, so a query matching most orders (``TB2026``) stays cheap. Only
    valid when nothing else filters the rows.
    """
    text = text.strip()
    if not text:
        return None
    if len(text) >= search_index.MIN_TRIGRAM:
        exact = search_index.exact_ids(text)
        if exact is not None:
            return exact
    on_server = search_index.postgres_matching_ids(text, newest)
    if on_server is not None:
        return on_server
    if len(text) >= search_index.MIN_TRIGRAM:
        match, confirm = search_index.substring_plan(text)
        sql = "SELECT rowid FROM order_search WHERE order_search MATCH ?"
        params: list[object] = [match]
        if confirm is not None:
            sql += (
                " AND (order_no LIKE ? ESCAPE '\\' OR customer_name LIKE ? ESCAPE '\\'"
                " OR customer_phone LIKE ? ESCAPE '\\')"
            )
            params += [confirm] * 3
        if newest is not None:
            sql += " ORDER BY rowid DESC LIMIT ?"
            params.append(newest)
        return pw.SQL(f"({sql})", params)
    high = text + "\U0010ffff"
    return pw.SQL(
        '(SELECT id FROM "order" WHERE order_no >= ? AND order_no < ? '
        'UNION SELECT id FROM "order" WHERE customer_name >= ? AND customer_name < ? '
        'UNION SELECT id FROM "order" WHERE customer_phone >= ? AND customer_phone < ?)',
        (text, high, text, high, text, high),
    )


def filtered_orders(flt: OrderFilter, *, newest: int | None = None) -> pw.ModelSelect:
    """Orders matching ``flt``; ``newest`` (see ``_matching_ids``) is ignored when other
    filters are set, since they could reject some of those newest hits."""
    only_text = not (
        flt.status or flt.payment_method or flt.source or flt.placed_from or flt.placed_to
    )
    query = m.Order.select(*SUMMARY_FIELDS)
    ids = _matching_ids(flt.text, newest if only_text else None)
    if ids is not None:
        query = query.where(m.Order.id.in_(ids))
    if flt.status:
        query = query.where(m.Order.status == flt.status)
    if flt.payment_method:
        query = query.where(m.Order.payment_method == flt.payment_method)
    if flt.source:
        query = query.where(m.Order.source == flt.source)
    if flt.placed_from:
        query = query.where(
            m.Order.placed_at >= datetime.combine(flt.placed_from, datetime.min.time())
        )
    if flt.placed_to:
        query = query.where(
            m.Order.placed_at <= datetime.combine(flt.placed_to, datetime.max.time())
        )
    return query


def search_orders(
    flt: OrderFilter | str = "", *, limit: int = 50, offset: int = 0
) -> list[OrderSummary]:
    """Newest first. A whole order number or phone finds those orders; other text of three or
    more characters matches anywhere, fewer characters match the start."""
    if isinstance(flt, str):
        flt = OrderFilter(text=flt)
    if flt == OrderFilter(text=flt.text):
        found = _exact_page(flt.text.strip(), limit, offset)
        if found is not None:
            return found
    query = (
        filtered_orders(flt, newest=offset + limit)
        .order_by(m.Order.id.desc())
        .limit(limit)
        .offset(offset)
    )
    return _summaries(query)


#: The page query of a whole order number or phone, by kind of database and whether it has an
#: offset: putting it together through the query builder took ten times as long as the two
#: index seeks it runs (docs/performance.md, issue 16), so it is built once.
_EXACT_PAGE_SQL: dict[tuple[type, bool], str] = {}


def _exact_page(text: str, limit: int, offset: int) -> list[OrderSummary] | None:
    """``search_orders`` for a text that is a whole order number or phone; None for any other
    text (which takes the general query)."""
    if len(text) < search_index.MIN_TRIGRAM:
        return None
    exact = search_index.exact_ids(text)
    if exact is None:
        return None
    db = m.database.obj
    params: list[object] = [text, text, limit, *([offset] if offset else [])]
    key = (type(db), bool(offset))
    sql = _EXACT_PAGE_SQL.get(key)
    if sql is None:
        query = m.Order.select(*SUMMARY_FIELDS).where(m.Order.id.in_(exact))
        query = query.order_by(m.Order.id.desc()).limit(limit).offset(offset or None)
        sql, built = query.sql()
        if list(built) != params:  # not the shape this cache assumes: never reuse it
            return _summaries(query)
        _EXACT_PAGE_SQL[key] = sql
    placed = m.Order.placed_at.python_value
    rows = db.execute_sql(sql, params).fetchall()
    return [OrderSummary(row[0], row[1], placed(row[2]), *row[3:]) for row in rows]


def count_orders(flt: OrderFilter | str = "") -> int:
    if isinstance(flt, str):
        flt = OrderFilter(text=flt)
    return filtered_orders(flt).count()
