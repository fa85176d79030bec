"""The refunds list: which columns a refund row shows, read a page at a time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from merchant_refunds.services import queries
from merchant_refunds.services.refund_views import RefundSummary
from merchant_refunds.ui.common import formatting as fmt
from merchant_refunds.ui.common.paged_model import Column, PagedTableModel

CONTEXT = "RefundTableModel"


def refund_columns(locale: str) -> list[Column[RefundSummary]]:
    """Refunds are listed newest first; the list is short enough not to need other sorts."""
    return [
        Column(QT_TRANSLATE_NOOP("RefundTableModel", "Refund no."), lambda r: r.refund_no),
        Column(QT_TRANSLATE_NOOP("RefundTableModel", "Order no."), lambda r: r.order_no),
        Column(QT_TRANSLATE_NOOP("RefundTableModel", "Customer"), lambda r: r.customer_name),
        Column(
            QT_TRANSLATE_NOOP("RefundTableModel", "Status"),
            lambda r: fmt.refund_status_label(r.status),
        ),
        Column(
            QT_TRANSLATE_NOOP("RefundTableModel", "Reason"),
            lambda r: fmt.reason_label(r.reason_code),
        ),
        Column(
            QT_TRANSLATE_NOOP("RefundTableModel", "Requested"),
            lambda r: fmt.datetime_text(r.requested_at, locale),
        ),
        Column(
            QT_TRANSLATE_NOOP("RefundTableModel", "Amount"),
            lambda r: fmt.money_text(r.total, r.currency, locale),
            right_aligned=True,
        ),
    ]


class RefundTableModel(PagedTableModel):
    """Refunds by id; the rows come from :func:`services.queries.refund_rows`."""

    def __init__(self, locale: str = "zh_CN", parent: Any = None) -> None:
        super().__init__(refund_columns(locale), queries.refund_rows, CONTEXT, parent=parent)

    def refund_at(self, row: int) -> RefundSummary | None:
        return self.row_at(row)
