"""Storage for imported orders: platform refunds, provenance, replacing an order's lines."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from merchant_refunds.domain.external import ExternalRefund, ExternalRefundLine
from merchant_refunds.domain.order import Order
from merchant_refunds.storage import models as m
from merchant_refunds.storage import order_repo


def external_refunds(order_id: int) -> list[ExternalRefund]:
    """The platform refunds stored for an order, oldest first."""
    return _externals(m.ExternalRefund.order == order_id).get(order_id, [])


def external_refunds_for(first_id: int, last_id: int) -> dict[int, list[ExternalRefund]]:
    """order id -> its platform refunds, for the orders with ids in ``first_id..last_id``."""
    return _externals(m.ExternalRefund.order.between(first_id, last_id))


def _externals(where: object) -> dict[int, list[ExternalRefund]]:
    rows = list(m.ExternalRefund.select().where(where).order_by(m.ExternalRefund.id))
    if not rows:
        return {}
    lines: dict[int, list[ExternalRefundLine]] = {row.id: [] for row in rows}
    query = (
        m.ExternalRefundLine.select(
            m.ExternalRefundLine.external_refund,
            m.OrderLine.line_no,
            m.ExternalRefundLine.quantity,
            m.ExternalRefundLine.amount,
        )
        .join(m.OrderLine)
        .where(m.ExternalRefundLine.external_refund.in_(list(lines)))
        .order_by(m.OrderLine.line_no)
        .tuples()
    )
    for refund_id, line_no, quantity, amount in query:
        lines[refund_id].append(ExternalRefundLine(line_no, quantity, amount))
    found: dict[int, list[ExternalRefund]] = {}
    for row in rows:
        found.setdefault(row.order_id, []).append(
            ExternalRefund(row.reference, tuple(lines[row.id]), row.shipping, row.refunded_at)
        )
    return found


def insert_external(
    order_id: int, refund: ExternalRefund, source: str, now: datetime
) -> m.ExternalRefund:
    row = m.ExternalRefund.create(
        order=order_id,
        reference=refund.reference[:64],
        source=source,
        amount=refund.total,
        shipping=refund.shipping,
        refunded_at=refund.refunded_at,
        created_at=now,
    )
    if refund.lines:
        ids = order_repo.line_ids(order_id)
        m.ExternalRefundLine.insert_many(
            [
                {
                    "external_refund": row.id,
                    "order_line": ids[line.line_no],
                    "quantity": line.quantity,
                    "amount": line.amount,
                }
                for line in refund.lines
            ]
        ).execute()
    return row


def delete_externals(order_id: int) -> None:
    ids = [
        r.id
        for r in m.ExternalRefund.select(m.ExternalRefund.id).where(
            m.ExternalRefund.order == order_id
        )
    ]
    if ids:
        m.ExternalRefundLine.delete().where(m.ExternalRefundLine.external_refund.in_(ids)).execute()
        m.ExternalRefund.delete().where(m.ExternalRefund.id.in_(ids)).execute()


def has_local_refunds(order_id: int) -> bool:
    return m.Refund.select(m.Refund.id).where(m.Refund.order == order_id).exists()


_HEADER_FIELDS = (
    "source",
    "status",
    "placed_at",
    "paid_at",
    "shipped_at",
    "delivered_at",
    "presale",
    "note",
)


def update_header(order_id: int, order: Order) -> None:
    """Status, dates, customer and payment details: what may change without touching money."""
    m.Order.update(**order_repo.header_columns(order)).where(m.Order.id == order_id).execute()


def replace_order(order_id: int, order: Order) -> None:
    """Replace lines, discounts and amounts of an order that has no refunds of its own here."""
    delete_externals(order_id)
    m.OrderLine.delete().where(m.OrderLine.order == order_id).execute()
    m.OrderDiscount.delete().where(m.OrderDiscount.order == order_id).execute()
    update_header(order_id, order)
    m.Order.update(
        currency=order.currency, shipping_fee=order.shipping_fee, total_paid=order.total_paid
    ).where(m.Order.id == order_id).execute()
    order_repo.insert_lines(order_id, order)


#: Order numbers per ``IN (...)`` lookup: below SQLite's oldest limit of 999 parameters.
_LOOKUP_CHUNK = 500


def _in_lookup(sql: str, keys: list[str]) -> list[tuple]:
    """Run ``sql`` (with ``{marks}`` where the ``IN`` list goes) for ``keys``, in chunks.

    Why raw SQL: Peewee builds a query's text value by value, and for 500 order numbers that cost
    more than SQLite took to answer; the text here is one join of placeholders. The placeholders
    are the database's own, so PostgreSQL works the same.
    """
    db = m.database
    out: list[tuple] = []
    for start in range(0, len(keys), _LOOKUP_CHUNK):
        chunk = keys[start : start + _LOOKUP_CHUNK]
        marks = ", ".join([db.param] * len(chunk))
        out += db.execute_sql(sql.format(marks=marks), chunk).fetchall()
    return out


def order_ids(order_nos: list[str]) -> dict[str, int]:
    if not order_nos:
        return {}
    order = m.Order._meta.table_name
    rows = _in_lookup(
        f'SELECT "order_no", "id" FROM "{order}" WHERE "order_no" IN ({{marks}})', order_nos
    )
    return {order_no: order_id for order_no, order_id in rows}


def known_orders(order_nos: list[str]) -> dict[str, tuple[int, str | None]]:
    """Order number -> (id, fingerprint of its last import or None) for those already stored.

    One query for a whole batch: what tells a new order from an unchanged or changed one.
    """
    if not order_nos:
        return {}
    order, imported = m.Order._meta.table_name, m.OrderImport._meta.table_name
    sql = (
        f'SELECT o."order_no", o."id", i."fingerprint" FROM "{order}" AS o '
        f'LEFT JOIN "{imported}" AS i ON i."{m.OrderImport.order.column_name}" = o."id" '
        f'WHERE o."order_no" IN ({{marks}})'
    )
    return {order_no: (order_id, fp) for order_no, order_id, fp in _in_lookup(sql, order_nos)}


def fingerprints(ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict(
        m.OrderImport.select(m.OrderImport.order, m.OrderImport.fingerprint)
        .where(m.OrderImport.order.in_(ids))
        .tuples()
    )


def save_provenance(
    order_id: int,
    fingerprint: str,
    source: str,
    file_name: str,
    file_sha256: str,
    row: int,
    user: str,
    now: datetime,
) -> None:
    m.OrderImport.insert(
        order=order_id,
        fingerprint=fingerprint,
        source=source,
        file_name=file_name[:255],
        file_sha256=file_sha256,
        row=row,
        imported_by=user,
        imported_at=now,
    ).on_conflict(
        conflict_target=[m.OrderImport.order],
        update={
            m.OrderImport.fingerprint: fingerprint,
            m.OrderImport.source: source,
            m.OrderImport.file_name: file_name[:255],
            m.OrderImport.file_sha256: file_sha256,
            m.OrderImport.row: row,
            m.OrderImport.imported_by: user,
            m.OrderImport.imported_at: now,
        },
    ).execute()


_ORDER_COLUMNS = (
    "order_no",
    "source",
    "status",
    "currency",
    "placed_at",
    "paid_at",
    "shipped_at",
    "delivered_at",
    "presale",
    "customer_name",
    "customer_phone",
    "customer_email",
    "customer_country",
    "payment_method",
    "payment_reference",
    "payer_account",
    "shipping_fee",
    "total_paid",
    "note",
    "created_at",
)
_LINE_COLUMNS = (
    "order_id",
    "line_no",
    "sku",
    "name",
    "category",
    "quantity",
    "unit_price",
    "line_discount",
    "order_discount_share",
    "tax_rate",
    "final_sale",
)
_DISCOUNT_COLUMNS = ("order_id", "kind", "code", "amount", "description")
_PROVENANCE_COLUMNS = (
    "order_id",
    "fingerprint",
    "source",
    "file_name",
    "file_sha256",
    "row",
    "imported_by",
    "imported_at",
)


def _when(value: datetime | None) -> str | None:
    """The text Peewee itself stores for a DateTimeField."""
    return str(value) if value is not None else None


def insert_audit_rows(rows: list[dict]) -> None:
    """Pre-chained audit events (see ``services.order_import``) in one statement."""
    columns = (
        "at",
        "user_name",
        "action",
        "entity",
        "entity_key",
        "before_json",
        "after_json",
        "rows_json",
        "prev_hash",
        "hash",
    )
    _insert_many(
        m.AuditEvent._meta.table_name,
        columns,
        [tuple(_when(r[c]) if c == "at" else r[c] for c in columns) for r in rows],
    )


#: Parameters per INSERT statement: SQLite's oldest limit. Larger statements were barely faster
#: and each compiled one stays in the statement cache, which showed in peak memory.
_MAX_PARAMS = 999


def _insert_many(table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
    """Many rows per INSERT statement (``VALUES (...), (...), ...``).

    Why not Peewee: it builds SQL value by value, far too slow for a file of 200,000 lines. Why
    not ``executemany``: that runs one statement per row, and SQLite's full-text index of orders
    (the ``order_search`` trigger) writes its pending terms out at the end of every statement, so
    one row per statement made storing an order eight times slower than the order itself.
    Portable placeholders keep PostgreSQL working.
    """
    if not rows:
        return
    db = m.database
    names = ", ".join(f'"{c}"' for c in columns)
    one = "(" + ", ".join([db.param] * len(columns)) + ")"
    per = max(1, _MAX_PARAMS // len(columns))
    cursor = db.cursor()
    for start in range(0, len(rows), per):
        chunk = rows[start : start + per]
        values = ", ".join([one] * len(chunk))
        cursor.execute(
            f'INSERT INTO "{table}" ({names}) VALUES {values}',
            [value for row in chunk for value in row],
        )


@dataclass(frozen=True)
class NewOrder:
    order: Order
    fingerprint: str
    row: int


def insert_new_orders(
    items: list[NewOrder], file_name: str, file_sha256: str, user: str, now: datetime
) -> dict[str, int]:
    """Store a batch of new, validated and allocated orders with their provenance; returns
    their ids by order number."""
    if not items:
        return {}
    stamp = _when(now)
    _insert_many(
        m.Order._meta.table_name,
        _ORDER_COLUMNS,
        [
            (
                o.order_no,
                o.source,
                o.status.value,
                o.currency,
                _when(o.placed_at),
                _when(o.paid_at),
                _when(o.shipped_at),
                _when(o.delivered_at),
                o.presale,
                o.customer.name,
                o.customer.phone,
                o.customer.email,
                o.customer.country,
                o.payment.method.value,
                o.payment.reference,
                o.payment.payer_account,
                o.shipping_fee,
                o.total_paid,
                o.note,
                stamp,
            )
            for o in (item.order for item in items)
        ],
    )
    ids = order_ids([item.order.order_no for item in items])
    lines, discounts, provenance = [], [], []
    for item in items:
        o, oid = item.order, ids[item.order.order_no]
        lines += [
            (
                oid,
                ln.line_no,
                ln.sku,
                ln.name,
                ln.category,
                ln.quantity,
                ln.unit_price,
                ln.line_discount,
                ln.order_discount_share,
                str(ln.tax_rate),
                ln.final_sale,
            )
            for ln in o.lines
        ]
        discounts += [(oid, d.kind.value, d.code, d.amount, d.description) for d in o.discounts]
        provenance.append(
            (
                oid,
                item.fingerprint,
                o.source,
                file_name[:255],
                file_sha256,
                item.row,
                user,
                stamp,
            )
        )
    _insert_many(m.OrderLine._meta.table_name, _LINE_COLUMNS, lines)
    _insert_many(m.OrderDiscount._meta.table_name, _DISCOUNT_COLUMNS, discounts)
    _insert_many(m.OrderImport._meta.table_name, _PROVENANCE_COLUMNS, provenance)
    return ids
