"""Hot read queries compiled to SQL once per database kind.

Building a Peewee query's SQL costs far more than SQLite needs to answer it (an order lookup spent
three quarters of its time there); these queries run on every lookup, so their text is kept and
only the parameters change. Values come back converted by the fields, as Peewee would.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import peewee as pw

from merchant_refunds.storage.models import database

_CACHE: dict[tuple[type, str], str] = {}


def select(
    key: str,
    fields: Sequence[pw.Field],
    build: Callable[[], pw.Query],
    params: tuple[Any, ...],
) -> list[tuple[Any, ...]]:
    """Run the query ``build`` makes (its parameter values are placeholders) with ``params``."""
    db = database.obj
    cache_key = (type(db), key)
    sql = _CACHE.get(cache_key)
    if sql is None:
        sql, _ = build().sql()
        _CACHE[cache_key] = sql
    converters = [field.python_value for field in fields]
    return [
        tuple(convert(value) for convert, value in zip(converters, row, strict=True))
        for row in db.execute_sql(sql, params).fetchall()
    ]


M = TypeVar("M", bound=pw.Model)

_IN_CACHE: dict[tuple[type, str, int], tuple[str, tuple[tuple[bool, Any], ...]]] = {}
_INT_STAND_IN = -(10**15)  # stand-in integer keys: no row has such an id


def _stand_ins(keys: Sequence[Any]) -> list[Any]:
    if keys and isinstance(keys[0], int):
        return [_INT_STAND_IN - i for i in range(len(keys))]
    return [f"\x00stand-in {i}\x00" for i in range(len(keys))]


def select_in(
    model: type[M], key: str, build: Callable[[Sequence[Any]], pw.Query], keys: Sequence[Any]
) -> list[M]:
    """The rows of ``build(keys)`` as ``model`` instances (fields converted, as from a select),
    its SQL built once per ``key``, number of keys and database kind.

    ``build`` must put each key into the query once as a parameter (``field.in_(keys)``) and
    nothing else that changes between calls; the keys are all strings or all integers. It is
    first called with stand-in keys, whose places among the parameters are remembered.
    """
    db = database.obj
    cache_key = (type(db), key, len(keys))
    entry = _IN_CACHE.get(cache_key)
    if entry is None:
        stand_ins = _stand_ins(keys)
        where = {value: index for index, value in enumerate(stand_ins)}
        sql, params = build(stand_ins).sql()
        slots = tuple((True, where[p]) if p in where else (False, p) for p in params)
        if sorted(slot for is_key, slot in slots if is_key) != list(range(len(keys))):
            raise ValueError(f"query {key!r} must take each key once as a parameter")
        entry = _IN_CACHE[cache_key] = (sql, slots)
    sql, slots = entry
    return list(model.raw(sql, *[keys[slot] if is_key else slot for is_key, slot in slots]))
