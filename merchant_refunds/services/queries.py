"""Read-only queries for paged lists: ids first, rows by the page.

A list of a million orders must not load a million rows. The views ask once for the ids that match
the filter in the wanted order (8 bytes each, an ``array('q')``), then for the rows of the page the
user looks at. Both run on worker threads; every thread has its own SQLite connection.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from typing import TYPE_CHECKING

import peewee as pw

from merchant_refunds.services.orders import (
    SUMMARY_FIELDS,
    OrderFilter,
    OrderSummary,
    filtered_orders,
)
from merchant_refunds.storage import models as m
from merchant_refunds.storage.db import current_database

if TYPE_CHECKING:  # loaded by the Refunds list, not by the Orders list's first rows
    from merchant_refunds.services.refund_views import RefundSummary

#: Sort keys a view may ask for, mapped to their columns; ties are broken by id.
ORDER_SORT_KEYS: dict[str, pw.Field] = {
    "placed": m.Order.id,
    "order_no": m.Order.order_no,
    "customer": m.Order.customer_name,
    "total": m.Order.total_paid,
    "status": m.Order.status,
}


def release_connection() -> None:
    """Close the calling worker thread's connection (each thread has its own) when it is done."""
    db = m.database.obj
    if db is not None and not db.is_closed():
        db.close()


def _ids(query: pw.ModelSelect) -> array:
    cursor = current_database().execute(query)
    return array("q", (row[0] for row in cursor))


def order_ids(
    flt: OrderFilter,
    sort_key: str = "placed",
    descending: bool = True,
    limit: int | None = None,
) -> array:
    """Ids of the orders matching ``flt``, in display order; with ``limit``, only the first ones
    (the first page, shown while the whole list loads). "placed" sorts by id: ids grow with
    entry, and the id index makes it cheap even for a million rows."""
    column = ORDER_SORT_KEYS[sort_key]
    if descending:
        ordering = [column.desc(), m.Order.id.desc()]
    else:
        ordering = [column.asc(), m.Order.id.asc()]
    # Newest first: the text search may stop after the newest ``limit`` hits.
    newest = limit if sort_key == "placed" and descending else None
    query = filtered_orders(flt, newest=newest).select(m.Order.id).order_by(*ordering)
    if limit is not None:
        query = query.limit(limit)
    return _ids(query)


def order_rows(ids: Sequence[int]) -> list[OrderSummary]:
    """The summaries of ``ids`` in the same order; ids no longer present are skipped."""
    if not ids:
        return []
    query = m.Order.select(*SUMMARY_FIELDS).where(m.Order.id.in_(list(ids)))
    found = {row[0]: OrderSummary(*row) for row in query.tuples()}
    return [found[i] for i in ids if i in found]


#: Each next source is one seek in the ``order(source)`` index (a skip scan): a handful of
#: lookups instead of reading a million index entries, as ``SELECT DISTINCT`` would.
_SOURCES_SQL = """
WITH RECURSIVE src(source) AS (
    SELECT min(source) FROM "order"
    UNION ALL
    SELECT (SELECT min(o.source) FROM "order" o WHERE o.source > src.source)
    FROM src WHERE src.source IS NOT NULL
)
SELECT source FROM src WHERE source IS NOT NULL
"""


def order_sources() -> list[str]:
    """The order sources in use (manual, imports…), for the filter list, in order."""
    return [row[0] for row in current_database().execute_sql(_SOURCES_SQL).fetchall()]


def _refund_filter(query: pw.ModelSelect, status: str | None, text: str) -> pw.ModelSelect:
    if status:
        query = query.where(m.Refund.status == status)
    t = text.strip()
    if t:
        query = query.where(
            m.Refund.refund_no.startswith(t)
            | m.Order.order_no.startswith(t)
            | m.Order.customer_name.startswith(t)
        )
    return query


def refund_ids(status: str | None = None, text: str = "") -> array:
    """Ids of the refunds in ``status`` whose number, order number or customer starts with
    ``text``; newest first, like :func:`services.refund_views.list_refunds`."""
    query = m.Refund.select(m.Refund.id).join(m.Order)
    query = _refund_filter(query, status, text).order_by(m.Refund.id.desc())
    return _ids(query)


def refund_rows(ids: Sequence[int]) -> list[RefundSummary]:
    """The summaries of refunds ``ids``, in the same order."""
    from merchant_refunds.services.refund_views import RefundSummary

    if not ids:
        return []
    query = (
        m.Refund.select(
            m.Refund.id,
            m.Refund.refund_no,
            m.Order.order_no,
            m.Refund.status,
            m.Refund.reason_code,
            m.Refund.currency,
            m.Refund.total,
            m.Refund.requested_at,
            m.Order.customer_name,
        )
        .join(m.Order)
        .where(m.Refund.id.in_(list(ids)))
    )
    found = {row[0]: RefundSummary(*row[1:]) for row in query.tuples()}
    return [found[i] for i in ids if i in found]
