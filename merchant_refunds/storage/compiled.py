"""Hot read queries compiled to SQL once per database kind.

Building a Peewee query's SQL costs far more than SQLite needs to answer it (an order lookup spent
three quarters of its time there); these queries run on every lookup, so their text is kept and
only the parameters change. Values come back converted by the fields, as Peewee would.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

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
