"""The orders list: which columns an order row shows, read a page at a time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from merchant_refunds.domain.masking import mask_phone
from merchant_refunds.services import queries
from merchant_refunds.services.orders import OrderSummary
from merchant_refunds.ui.common import formatting as fmt
from merchant_refunds.ui.common.paged_model import Column, PagedTableModel

CONTEXT = "OrderTableModel"


def order_columns(locale: str) -> list[Column[OrderSummary]]:
    """Sortable where the database has an index to sort by (or the sort runs off the GUI thread)."""
    return [
        Column(QT_TRANSLATE_NOOP("OrderTableModel", "Order no."), lambda r: r.order_no, "order_no"),
        Column(
            QT_TRANSLATE_NOOP("OrderTableModel", "Placed"),
            lambda r: fmt.datetime_text(r.placed_at, locale),
            "placed",
        ),
        Column(
            QT_TRANSLATE_NOOP("OrderTableModel", "Customer"), lambda r: r.customer_name, "customer"
        ),
        Column(
            QT_TRANSLATE_NOOP("OrderTableModel", "Phone"), lambda r: mask_phone(r.customer_phone)
        ),
        Column(
            QT_TRANSLATE_NOOP("OrderTableModel", "Status"),
            lambda r: fmt.order_status_label(r.status),
            "status",
        ),
        Column(
            QT_TRANSLATE_NOOP("OrderTableModel", "Payment"),
            lambda r: fmt.payment_method_label(r.payment_method),
        ),
        Column(
            QT_TRANSLATE_NOOP("OrderTableModel", "Source"), lambda r: fmt.source_label(r.source)
        ),
        Column(
            QT_TRANSLATE_NOOP("OrderTableModel", "Total paid"),
            lambda r: fmt.money_text(r.total_paid, r.currency, locale),
            "total",
            right_aligned=True,
        ),
    ]


class OrderTableModel(PagedTableModel):
    """Orders by id; the rows come from :func:`services.queries.order_rows`."""

    def __init__(self, locale: str = "zh_CN", parent: Any = None) -> None:
        super().__init__(order_columns(locale), queries.order_rows, CONTEXT, parent=parent)

    def order_at(self, row: int) -> OrderSummary | None:
        return self.row_at(row)
