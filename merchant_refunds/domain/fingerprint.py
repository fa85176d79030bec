"""An order's fingerprint: one hash of everything stored for it (lines, discounts, platform
refunds), which the audit trail keeps so that a changed order row shows."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import orjson

from merchant_refunds.domain.external import ExternalRefund
from merchant_refunds.domain.order import Order


def order_fingerprint(order: Order, externals: Sequence[ExternalRefund]) -> str:
    """The order and its platform refunds as orjson writes dataclasses (each record's fields in
    their declared order, Decimals as text). Why not canonical JSON of the order as a dict:
    building that dict was most of the hash's cost on a large import. A fingerprint is only
    compared with another made here."""
    payload = {"order": order, "external": list(externals)}
    return hashlib.sha256(orjson.dumps(payload, default=str)).hexdigest()
