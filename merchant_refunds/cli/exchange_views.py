"""An order's exchanges as ``orders show`` lists them.

Apart from ``cli/exchange_cmd.py``, and the exchange reads (``services.exchange_views``) loaded
only for an order that has exchanges, so that showing an order does not load what recording an
exchange needs (the refund, payout and stock services behind it: ~60 ms of CPU on a 150 ms
command).
"""

from __future__ import annotations

from typing import Any

from merchant_refunds.cli import labels
from merchant_refunds.cli.i18n import tx
from merchant_refunds.cli.labels import label
from merchant_refunds.cli.output import Output, table, when
from merchant_refunds.domain.errors import N_
from merchant_refunds.services import orders

#: How the difference was settled, in the list of an order's exchanges.
_SETTLED_SHORT = {
    "refund": N_("Refunded"),
    "collected": N_("Collected"),
    "even": N_("Even"),
}


def exchanges_brief(out: Output, order_no: str) -> tuple[list[dict[str, Any]], list[str]] | None:
    """The order's exchanges for ``orders show`` (JSON entries and text lines); None if none."""
    if not orders.has_exchanges(order_no):
        return None
    from merchant_refunds.services import exchange_views

    found = exchange_views.exchanges_of_order(order_no)
    rows = [
        [
            e.exchange_no,
            label(labels.EXCHANGE_STATUS, e.status),
            label(_SETTLED_SHORT, e.settlement),
            out.money(e.difference.minor, e.currency),
            e.refund_no or e.receipt_no,
            when(e.recorded_at),
        ]
        for e in found
    ]
    headers = [tx("Exchange"), tx("Status"), tx("Settled"), tx("Difference")]
    headers += [tx("Refund/receipt"), tx("Recorded")]
    payload = [
        {
            "exchange_no": e.exchange_no,
            "status": e.status,
            "settlement": e.settlement.value,
            "difference": out.major(e.difference.minor, e.currency),
            "currency": e.currency,
            "refund_no": e.refund_no,
            "receipt_no": e.receipt_no,
            "recorded_at": e.recorded_at,
        }
        for e in found
    ]
    return payload, ["", tx("Exchanges"), *table(headers, rows, "<<<><<")]
