"""Canonical JSON: the one text the audit hash chain is made of.

Sorted keys, no spaces, non-ASCII characters as they are, anything else through ``str``: what
``json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)``
writes. A stored hash is only ever checked against this text, so it must never change.

Why orjson as well: an import of 200,000 lines writes an audit event for every order and hashes
each, and the standard library took a large share of the import's time. For plain data (text
keys; text, whole numbers, booleans, None, lists and dicts) orjson writes the same text several
times faster; the tests compare the two over every Unicode character and generated orders.
Anything else goes to the standard library, so the text never depends on which of the two wrote
it.
"""

from __future__ import annotations

import json
from typing import Any

import orjson

#: One encoder for every call: ``json.dumps`` with these options builds a new one each time.
_ENCODER = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
_PLAIN = (str, int, bool, type(None))


def canonical(value: Any) -> str:
    """Any value the audit trail records, as canonical JSON (the standard library's text)."""
    return _ENCODER.encode(value)


def is_plain(value: Any) -> bool:
    """Whether ``canonical_plain`` may be given ``value``: only types orjson writes exactly as
    ``json`` does. No floats (their digits may differ), no datetimes, Decimals or dataclasses
    (orjson has its own forms), no non-text keys (sorted differently). Whole numbers beyond 64
    bits, which orjson refuses, go to the standard library."""
    kind = type(value)
    if kind is str or kind is bool or kind is int or value is None:
        return True
    if kind is list or kind is tuple:
        return all(is_plain(item) for item in value)
    if kind is dict:
        return all(type(k) is str and is_plain(v) for k, v in value.items())
    return False


def canonical_plain(value: Any) -> str:
    """``canonical(value)`` for data the caller knows is plain (``is_plain``), by orjson.

    The types are not checked here: that walk cost as much as orjson saves. The callers build
    their values from typed records, and the tests hold them to ``is_plain``.
    """
    try:
        return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode("utf-8")
    except orjson.JSONEncodeError:  # e.g. a whole number beyond 64 bits
        return _ENCODER.encode(value)


def canonical_texts(values: list[str]) -> str:
    """A list of texts (an audit event's fields) as canonical JSON, by orjson."""
    return orjson.dumps(values).decode("utf-8")
