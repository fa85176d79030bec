"""The refunds list: which columns a refund row shows, read a page at a time.

The last column counts down to the next deadline of an open refund. It is read with the page:
``services.deadlines.countdowns`` for that page's open refunds only (one query of a couple of
hundred rows), never for the whole list of up to a million refunds.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from merchant_refunds.domain.deadlines import Deadline
from merchant_refunds.services import clock, deadlines, queries
from merchant_refunds.services.refund_views import RefundSummary
from merchant_refunds.ui.common import formatting as fmt
from merchant_refunds.ui.common.deadline_texts import deadline_relative, kind_label
from merchant_refunds.ui.common.paged_model import Column, PagedTableModel

CONTEXT = "RefundTableModel"
OPEN_STATUSES = ("requested", "approved")
NEXT_DEADLINE = QT_TRANSLATE_NOOP("RefundTableModel", "Next deadline")
LATE_COLOR = QColor("#8b0000")
_Index = QModelIndex | QPersistentModelIndex


def refund_columns(
    locale: str, countdown: Callable[[RefundSummary], str] | None = None
) -> list[Column[RefundSummary]]:
    """Refunds are listed newest first; the list is short enough not to need other sorts."""
    return [
        Column(QT_TRANSLATE_NOOP("RefundTableModel", "Refund no."), lambda r: r.refund_no),
        Column(QT_TRANSLATE_NOOP("RefundTableModel", "Order no."), lambda r: r.order_no),
        Column(QT_TRANSLATE_NOOP("RefundTableModel", "Customer"), lambda r: r.customer_name),
        Column(
            QT_TRANSLATE_NOOP("RefundTableModel", "Status"),
            lambda r: fmt.refund_status_label(r.status),
        ),
        Column(NEXT_DEADLINE, countdown or (lambda _r: "")),
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
        super().__init__(
            refund_columns(locale, self.countdown_text), queries.refund_rows, CONTEXT, parent=parent
        )
        #: page number -> refund number -> its next deadline (open refunds of cached pages).
        self._due: dict[int, dict[str, Deadline]] = {}
        self.countdown_column = [c.title for c in self._columns].index(NEXT_DEADLINE)

    def refund_at(self, row: int) -> RefundSummary | None:
        return self.row_at(row)

    def deadline_of(self, refund_no: str) -> Deadline | None:
        for page in self._due.values():
            if refund_no in page:
                return page[refund_no]
        return None

    def countdown_text(self, row: RefundSummary) -> str:
        """The next step and how far its last day is: "Review due · 2 days late"."""
        deadline = self.deadline_of(row.refund_no) if row.status in OPEN_STATUSES else None
        if deadline is None:
            return ""
        today: date = clock.today()
        late = deadline.is_late(clock.now())
        return f"{kind_label(deadline.kind.value)} · {deadline_relative(deadline, today, late)}"

    def _load_page(self, page_no: int) -> list[Any]:
        page = super()._load_page(page_no)
        numbers = [r.refund_no for r in page if r is not None and r.status in OPEN_STATUSES]
        self._due[page_no] = deadlines.countdowns(numbers) if numbers else {}
        for stale in set(self._due) - set(self._pages):
            del self._due[stale]
        return page

    def set_ids(self, ids: Any) -> None:
        self._due.clear()
        super().set_ids(ids)

    def refresh_rows(self) -> None:
        self._due.clear()
        super().refresh_rows()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.column() == self.countdown_column
        ):
            row = self.row_at(index.row())
            deadline = self.deadline_of(row.refund_no) if row is not None else None
            if deadline is not None and deadline.is_late(clock.now()):
                return LATE_COLOR
            return None
        return super().data(index, role)
