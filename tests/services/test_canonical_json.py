"""orjson writes exactly the standard library's canonical JSON, or the hash chain would break."""

from __future__ import annotations

import hashlib
import json
import sys
from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from merchant_refunds.domain.external import ExternalRefund, ExternalRefundLine
from merchant_refunds.services import audit
from merchant_refunds.services.canonical_json import (
    canonical,
    canonical_plain,
    canonical_texts,
    is_plain,
)
from merchant_refunds.services.order_import import ImportedOrder
from tests.domain.test_calculation_properties import orders_


def _stdlib(value: object) -> str:
    """The definition the stored hashes were made with."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


#: Every Unicode scalar value (surrogates are refused by the text rules before they get here).
ALL_CHARACTERS = "".join(chr(cp) for cp in range(sys.maxunicode + 1) if not 0xD800 <= cp <= 0xDFFF)


def test_every_character_is_written_as_the_standard_library_writes_it() -> None:
    chunks = [ALL_CHARACTERS[i : i + 4096] for i in range(0, len(ALL_CHARACTERS), 4096)]
    assert canonical_texts(chunks) == _stdlib(chunks)
    keyed = {ch: ch for ch in ALL_CHARACTERS[:70000:7]} | {"\U0001f600": 1, "\uffff": 2}
    assert canonical_plain(keyed) == _stdlib(keyed) == canonical(keyed)


def test_whole_numbers_booleans_and_null() -> None:
    values = [0, -1, 2**63 - 1, -(2**63), 2**64 - 1, True, False, None, [], {}, [[{}]]]
    assert canonical_plain(values) == _stdlib(values)
    # beyond 64 bits orjson refuses; the standard library's text is used instead
    huge = {"n": 2**80}
    assert is_plain(huge) and canonical_plain(huge) == _stdlib(huge)
    assert canonical_plain({"名": "值"}) == _stdlib({"名": "值"})


def test_what_is_not_plain_is_said_so() -> None:
    assert not is_plain({"amount": 1.5})
    assert not is_plain({1: "non-text key"})
    assert not is_plain([datetime(2026, 11, 27)])
    assert is_plain({"a": [1, "b", None, True, ("t", 2)]})


def test_an_audit_event_hash_is_what_the_standard_library_gives() -> None:
    at = datetime(2026, 11, 27, 9, 30, 15, 123456)
    fields = [
        "0" * 64,
        at.isoformat(),
        "王",
        "order.import",
        "order",
        '#1"001',
        "null",
        '{"a":"\n"}',
    ]
    expected = hashlib.sha256(_stdlib(fields).encode("utf-8")).hexdigest()
    assert audit.event_hash(*fields[:1], at, *fields[2:]) == expected


@settings(max_examples=60, deadline=None)
@given(
    order=orders_(max_lines=6),
    name=st.text(max_size=40),
    refunded=st.integers(0, 10**6),
)
def test_an_orders_stored_form_is_plain_and_written_identically(
    order, name: str, refunded: int
) -> None:
    item = ImportedOrder(
        order,
        ExternalRefund("shop:1", (ExternalRefundLine(1, 1, refunded),), 0, None),
        row=2,
    )
    form = item.stored_form()
    form["order"]["note"] = name  # any text a file may hold
    assert is_plain(form)
    assert canonical_plain(form) == _stdlib(form)
