"""Reading exchanges for the caps: each one that stands counts its units back as returned."""

from __future__ import annotations

from typing import TYPE_CHECKING

from merchant_refunds.storage import models as m

if TYPE_CHECKING:
    from merchant_refunds.domain.calculation import PriorRefund

_FIELDS = (
    m.Exchange.exchange_no,
    m.Exchange.status,
    m.OrderLine.line_no,
    m.ExchangeLine.quantity,
    m.ExchangeLine.amount,
    m.ExchangeLine.tax,
)


def exchange_priors(order_id: int) -> list[PriorRefund]:
    """Every exchange of the order as a prior refund of its units back, oldest first."""
    query = (
        m.ExchangeLine.select(*_FIELDS)
        .join(m.Exchange)
        .switch(m.ExchangeLine)
        .join(m.OrderLine)
        .where((m.Exchange.order == order_id) & (m.ExchangeLine.direction == "back"))
        .order_by(m.Exchange.id, m.ExchangeLine.id)
        .tuples()
    )
    found: dict[str, tuple[str, list[tuple[int, int, int, int]]]] = {}
    for exchange_no, status, line_no, quantity, amount, tax in query:
        found.setdefault(exchange_no, (status, []))[1].append((line_no, quantity, amount, tax))
    if not found:
        return []
    # here: most orders have no exchange, and showing one (``orders show``) need not load them
    from merchant_refunds.domain.exchanges import prior_from_rows

    return [prior_from_rows(no, status, lines) for no, (status, lines) in found.items()]
