"""The rows that carry money or a permission, as plain data the audit trail can hold.

Every keyed audit event carries the image of the aggregate it changed (a refund with its lines,
payouts, approvals, signatures, attachments (by their SHA-256, not their bytes), store-credit
entries and supplier answers; a user; a setting; a customer's store-credit ledger; an order by
its fingerprint). ``integrity.check`` rebuilds the
same images from the tables and compares them with the newest one in the trail, so an amount, a
role or a PIN lock-out count changed behind the program's back shows, by entity, key and field.

Images are built by one function each, used both when an event is written and when it is checked,
so the two can only differ when the rows do. Long texts (the quote, notes) are kept as a hash:
the field still shows as changed, and the trail does not grow by a copy of every note.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import Any

import peewee as pw

from merchant_refunds.domain.fingerprint import order_fingerprint
from merchant_refunds.storage import import_repo, order_repo
from merchant_refunds.storage import models as m

#: ``image_of`` for an entity whose rows the trail does not pin (notices, backups, imports).
NOT_PROTECTED: Any = object()
#: Settings that are the database's own bookkeeping, not the shop's: never audited.
INTERNAL_SETTINGS = frozenset({"schema_version", "shop_id"})
#: Texts longer than this are kept as a hash in an image.
LONG_TEXT = 64
#: Aggregates read per query when images are built in bulk.
CHUNK = 500

PROTECTED_ENTITIES = ("refund", "user", "setting", "customer", "order", "exchange")
#: Entities whose baseline is one event per aggregate, so that a refund's own events include it.
SINGLE_BASELINE = ("refund", "user", "setting", "customer", "exchange")


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, str) and len(value) > LONG_TEXT:
        return "sha256:" + hashlib.sha256(value.encode("utf-8")).hexdigest()[:32]
    if isinstance(value, bytes | memoryview):
        return None
    return value


def _columns(model: type[m.BaseModel], skip: Iterable[str] = ()) -> list[pw.Field]:
    left_out = {"id", "updated_at", "data", *skip}
    return [f for f in model._meta.sorted_fields if f.name not in left_out]


#: Field classes whose value, as the database gives it, is already the image's value when it is
#: a short text (texts) or a whole number (numbers): ``_row`` skips their conversion then.
_TEXT_FIELDS = (pw.CharField, pw.TextField)
_NUMBER_FIELDS = (pw.IntegerField, pw.BigIntegerField, pw.AutoField, pw.ForeignKeyField)


def _converter(field: pw.Field) -> Any:
    """How ``_row`` turns one column's raw value into the image's value: what
    ``_plain(field.python_value(value))`` gives, without the calls where they change nothing."""

    def convert(value: Any) -> Any:
        return _plain(field.python_value(value))

    kind = type(field)
    if kind in _TEXT_FIELDS:

        def text(value: Any) -> Any:
            if type(value) is str and len(value) <= LONG_TEXT:
                return value
            return convert(value)

        return text
    if kind in _NUMBER_FIELDS:

        def number(value: Any) -> Any:
            return value if type(value) is int or value is None else convert(value)

        return number
    return convert


_CONVERTERS: dict[tuple[pw.Field, ...], list[tuple[str, Any]]] = {}


def _row(fields: list[pw.Field], values: tuple) -> dict[str, Any]:
    key = tuple(fields)
    converters = _CONVERTERS.get(key)
    if converters is None:
        converters = _CONVERTERS[key] = [(f.name, _converter(f)) for f in fields]
    return {name: conv(v) for (name, conv), v in zip(converters, values, strict=True)}


# --- refunds --------------------------------------------------------------------------------

_REFUND = _columns(m.Refund)
_PARTS: list[tuple[str, type[m.BaseModel], pw.Field, list[pw.Field], pw.Field]] = [
    (
        "lines",
        m.RefundLine,
        m.RefundLine.refund,
        _columns(m.RefundLine, ["refund"]),
        m.RefundLine.id,
    ),
    ("payouts", m.Payout, m.Payout.refund, _columns(m.Payout, ["refund"]), m.Payout.seq),
    ("approvals", m.Approval, m.Approval.refund, _columns(m.Approval, ["refund"]), m.Approval.id),
    (
        "signatures",
        m.SignatureRecord,
        m.SignatureRecord.refund,
        _columns(m.SignatureRecord, ["refund"]),
        m.SignatureRecord.id,
    ),
    (
        "store_credit",
        m.StoreCreditEntry,
        m.StoreCreditEntry.refund,
        _columns(m.StoreCreditEntry, ["refund"]),
        m.StoreCreditEntry.id,
    ),
    (
        "supplier",
        m.SupplierConfirmation,
        m.SupplierConfirmation.refund,
        _columns(m.SupplierConfirmation, ["refund"]),
        m.SupplierConfirmation.id,
    ),
    (
        "extensions",
        m.DeadlineExtension,
        m.DeadlineExtension.refund,
        _columns(m.DeadlineExtension, ["refund"]),
        m.DeadlineExtension.id,
    ),
    (
        "authorisations",
        m.Authorisation,
        m.Authorisation.refund,
        _columns(m.Authorisation, ["refund"]),
        m.Authorisation.id,
    ),
    (
        "attachments",
        m.Attachment,
        m.Attachment.refund,
        _columns(m.Attachment, ["refund"]),
        m.Attachment.id,
    ),
    (
        "amount",
        m.RefundAmount,
        m.RefundAmount.refund,
        _columns(m.RefundAmount, ["refund"]),
        m.RefundAmount.id,
    ),
    (
        "inspections",
        m.GoodsInspection,
        m.GoodsInspection.refund,
        _columns(m.GoodsInspection, ["refund"]),
        m.GoodsInspection.id,
    ),
    (
        "stock",
        m.StockMovement,
        m.StockMovement.refund,
        _columns(m.StockMovement, ["refund"]),
        m.StockMovement.id,
    ),
    (
        "postage",
        m.ReturnPostage,
        m.ReturnPostage.refund,
        _columns(m.ReturnPostage, ["refund"]),
        m.ReturnPostage.id,
    ),
]


#: Parts added after trails were first keyed: an image has them only when they hold rows, so the
#: image of a refund that has none is the same as before the part existed.
_LATER_PARTS = frozenset(
    {"extensions", "authorisations", "attachments", "amount", "inspections", "stock", "postage"}
)


def in_values(field: pw.Field, values: list[Any]) -> pw.Expression:
    """``field IN (…)`` with one plain parameter per value. Peewee's own ``in_`` builds a node
    per value, which at a hundred thousand refunds cost more than the queries themselves."""
    if not values:
        return field.in_([])
    if all(type(v) is int for v in values):  # ids: written out, nothing to quote
        return field.in_(pw.SQL("(" + ",".join(map(str, values)) + ")"))
    param = field.model._meta.database.param
    return field.in_(pw.SQL("(" + ",".join([param] * len(values)) + ")", list(values)))


def _raw(query: Any) -> Any:
    """The query's rows as the database gives them: ``_row`` converts each value once (through
    ``.tuples()`` peewee would convert it first, and ``_row`` again)."""
    return query.model._meta.database.execute(query).fetchall()


def refund_images(where: Any) -> dict[str, dict[str, Any]]:
    """refund_no -> image, for the refunds ``where`` selects (a Peewee expression on Refund)."""
    rows = _raw(m.Refund.select(m.Refund.id, m.Refund.refund_no, *_REFUND).where(where))
    images: dict[int, dict[str, Any]] = {}
    numbers: dict[int, str] = {}
    for refund_id, refund_no, *values in rows:
        numbers[refund_id] = refund_no
        images[refund_id] = {"refund": _row(_REFUND, tuple(values))}
    if not images:
        return {}
    ids = list(images)
    for name, model, fk, fields, order in _PARTS:
        for image in images.values():
            image[name] = []
        query = model.select(fk, *fields).where(in_values(fk, ids)).order_by(fk, order)
        for refund_id, *values in _raw(query):
            images[refund_id][name].append(_row(fields, tuple(values)))
    for image in images.values():
        for name in _LATER_PARTS:
            if not image[name]:
                del image[name]
    return {numbers[i]: image for i, image in images.items()}


# --- users, settings, store credit ------------------------------------------------------------

_USER = _columns(m.User)


def _where(query: Any, where: Any) -> Any:
    return query if where is None else query.where(where)


def user_images(where: Any = None) -> dict[str, dict[str, Any]]:
    rows = _where(m.User.select(m.User.name, *_USER), where).tuples()
    return {name: _row(_USER, tuple(values)) for name, *values in rows}


def setting_images(where: Any = None) -> dict[str, dict[str, Any]]:
    rows = _where(m.Setting.select(m.Setting.key, m.Setting.value), where).tuples()
    return {key: {"value": _plain(value)} for key, value in rows if key not in INTERNAL_SETTINGS}


_CREDIT = _columns(m.StoreCreditEntry, ["customer_key"])


def customer_images(where: Any = None) -> dict[str, dict[str, Any]]:
    """customer key -> the customer's store-credit ledger, oldest entry first."""
    query = m.StoreCreditEntry.select(m.StoreCreditEntry.customer_key, *_CREDIT)
    rows = _where(query, where).order_by(m.StoreCreditEntry.id).tuples()
    images: dict[str, dict[str, Any]] = {}
    for key, *values in rows:
        images.setdefault(key, {"entries": []})["entries"].append(_row(_CREDIT, tuple(values)))
    return images


# --- orders -----------------------------------------------------------------------------------


def order_image(order_no: str) -> dict[str, Any] | None:
    found = order_repo.find_order(order_no)
    if found is None:
        return None
    order_id, order = found
    return {"fingerprint": order_fingerprint(order, import_repo.external_refunds(order_id))}


def order_images(chunk: int = 2000) -> Iterator[tuple[str, dict[str, Any]]]:
    """(order_no, image) of every order, read in id ranges."""
    for order_id, order, externals in order_repo.all_orders(chunk):
        del order_id
        yield order.order_no, {"fingerprint": order_fingerprint(order, externals)}


# --- exchanges ------------------------------------------------------------------------------

_EXCHANGE = _columns(m.Exchange)
_EXCHANGE_LINE = _columns(m.ExchangeLine, ["exchange"])
_EXCHANGE_STOCK = _columns(m.ExchangeStock, ["exchange"])


def exchange_images(where: Any = None) -> dict[str, dict[str, Any]]:
    """exchange_no -> the exchange with its lines (units back and out), for those ``where``
    selects (a Peewee expression on Exchange; all of them without one)."""
    rows = _raw(_where(m.Exchange.select(m.Exchange.id, m.Exchange.exchange_no, *_EXCHANGE), where))
    images: dict[int, dict[str, Any]] = {}
    numbers: dict[int, str] = {}
    for exchange_id, exchange_no, *values in rows:
        numbers[exchange_id] = exchange_no
        images[exchange_id] = {"exchange": _row(_EXCHANGE, tuple(values)), "lines": []}
    if not images:
        return {}
    fk = m.ExchangeLine.exchange
    query = (
        m.ExchangeLine.select(fk, *_EXCHANGE_LINE)
        .where(in_values(fk, list(images)))
        .order_by(fk, m.ExchangeLine.id)
    )
    for exchange_id, *values in _raw(query):
        images[exchange_id]["lines"].append(_row(_EXCHANGE_LINE, tuple(values)))
    # Stock movements came later (schema 15): an image has them only when it holds some, so
    # the image of an exchange recorded before is the same as it was.
    stock_fk = m.ExchangeStock.exchange
    stock = (
        m.ExchangeStock.select(stock_fk, *_EXCHANGE_STOCK)
        .where(in_values(stock_fk, list(images)))
        .order_by(stock_fk, m.ExchangeStock.id)
    )
    for exchange_id, *values in _raw(stock):
        images[exchange_id].setdefault("stock", []).append(_row(_EXCHANGE_STOCK, tuple(values)))
    return {numbers[i]: image for i, image in images.items()}


# --- one aggregate, and all of them -----------------------------------------------------------


def row_key(entity: str, key: str) -> str:
    """The key of the aggregate an event's key names: one notice template
    (``notice_templates.refund_paid.zh``) lives in the setting ``notice_templates``."""
    return key.split(".", 1)[0] if entity == "setting" else key


def image_of(entity: str, key: str) -> dict[str, Any] | None:
    """The image of one aggregate as it stands; None where its row does not exist, and
    ``NOT_PROTECTED`` for entities the trail does not pin."""
    if entity == "refund":
        return refund_images(m.Refund.refund_no == key).get(key)
    if entity == "user":
        return user_images(m.User.name == key).get(key)
    if entity == "setting":
        key = row_key(entity, key)
        if key in INTERNAL_SETTINGS:
            return NOT_PROTECTED
        return setting_images(m.Setting.key == key).get(key)
    if entity == "customer":
        return customer_images(m.StoreCreditEntry.customer_key == key).get(key)
    if entity == "order":
        return order_image(key)
    if entity == "exchange":
        return exchange_images(m.Exchange.exchange_no == key).get(key)
    return NOT_PROTECTED


def all_images(entity: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """(key, image) of every aggregate of ``entity``, in bulk."""
    if entity == "refund":
        ids = [r[0] for r in m.Refund.select(m.Refund.id).order_by(m.Refund.id).tuples()]
        for start in range(0, len(ids), CHUNK):
            part = ids[start : start + CHUNK]
            yield from refund_images(m.Refund.id.between(part[0], part[-1])).items()
    elif entity == "user":
        yield from user_images().items()
    elif entity == "setting":
        yield from setting_images().items()
    elif entity == "customer":
        yield from customer_images().items()
    elif entity == "order":
        yield from order_images()
    elif entity == "exchange":
        ids = [r[0] for r in m.Exchange.select(m.Exchange.id).order_by(m.Exchange.id).tuples()]
        for start in range(0, len(ids), CHUNK):
            part = ids[start : start + CHUNK]
            yield from exchange_images(m.Exchange.id.between(part[0], part[-1])).items()


def order_chunks(size: int) -> Iterator[dict[str, Any]]:
    """Every order's image, ``size`` at a time, as ``{order_no: image}``: the baseline of a
    database keyed after it had orders (one event per order would double a large trail)."""
    chunk: dict[str, Any] = {}
    for key, image in order_images():
        chunk[key] = image
        if len(chunk) == size:
            yield chunk
            chunk = {}
    if chunk:
        yield chunk
