"""The follow-up list as a table model: tens of thousands of rows with 50,000 open refunds.

A ``QTableWidget`` built an item per cell on every reload; this model keeps the service's list
and formats a row only when the view paints it (dates through Babel are the slow part), so a
reload is the service's read plus one model reset.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from merchant_refunds.services.followup import PAYOUT_RULE_TEXTS, FollowUpItem, FollowUpKind
from merchant_refunds.ui.common import formatting as fmt
from merchant_refunds.ui.common.deadline_texts import relative_text, why_text

CONTEXT = "FollowUpView"
KIND_LABELS = {
    FollowUpKind.STATUTORY: QT_TRANSLATE_NOOP("FollowUpView", "Legal deadline passed"),
    FollowUpKind.OVERDUE: QT_TRANSLATE_NOOP("FollowUpView", "Overdue"),
    FollowUpKind.DUE_TODAY: QT_TRANSLATE_NOOP("FollowUpView", "Due today"),
    FollowUpKind.FAILED: QT_TRANSLATE_NOOP("FollowUpView", "Failed"),
    FollowUpKind.REVIEW_DUE: QT_TRANSLATE_NOOP("FollowUpView", "Review due"),
    FollowUpKind.PAYOUT_DUE: QT_TRANSLATE_NOOP("FollowUpView", "Payment due"),
    FollowUpKind.INSTALMENT_DUE: QT_TRANSLATE_NOOP("FollowUpView", "Instalment due"),
    FollowUpKind.SUPPLIER: QT_TRANSLATE_NOOP("FollowUpView", "Waiting for supplier"),
}
#: A statutory row not yet late is "Legal deadline near", not "passed".
STATUTORY_NEAR = QT_TRANSLATE_NOOP("FollowUpView", "Legal deadline near")
HEADERS = (
    QT_TRANSLATE_NOOP("FollowUpView", "What"),
    QT_TRANSLATE_NOOP("FollowUpView", "Refund"),
    QT_TRANSLATE_NOOP("FollowUpView", "Customer"),
    QT_TRANSLATE_NOOP("FollowUpView", "Payout"),
    QT_TRANSLATE_NOOP("FollowUpView", "Amount"),
    QT_TRANSLATE_NOOP("FollowUpView", "Due"),
    QT_TRANSLATE_NOOP("FollowUpView", "Note or reason"),
    QT_TRANSLATE_NOOP("FollowUpView", "Why"),
)
#: Why comes last: the rule's sentence is the longest text and takes the rest of the width.
KIND, REFUND, CUSTOMER, PAYOUT, AMOUNT, DUE, NOTE, WHY = range(len(HEADERS))
LATE_COLOR = QColor("#8b0000")
_Index = QModelIndex | QPersistentModelIndex


def kind_text(item: FollowUpItem) -> str:
    if item.kind is FollowUpKind.STATUTORY and not item.late:
        return QCoreApplication.translate(CONTEXT, STATUTORY_NEAR)
    return QCoreApplication.translate(CONTEXT, KIND_LABELS[item.kind])


def due_text(item: FollowUpItem, locale: str) -> str:
    """The last day (or the expected arrival) and how far it is."""
    if item.expected_to:
        day = (
            fmt.date_text(item.expected_from, locale)
            + " – "
            + fmt.date_text(item.expected_to, locale)
        )
    else:
        day = fmt.date_text(item.due_on, locale)
    if item.kind in (FollowUpKind.FAILED, FollowUpKind.SUPPLIER) or item.due_on is None:
        return day
    relative = relative_text(item.days_left, item.days_late)
    return f"{day} · {relative}" if day and relative else day or relative


def item_why(item: FollowUpItem) -> str:
    template = item.rule_template or PAYOUT_RULE_TEXTS.get(item.rule, "")
    return why_text(template, item.rule_params or {})


class FollowUpModel(QAbstractTableModel):
    """Rows are ``FollowUpItem``s in the service's order (most urgent first)."""

    def __init__(self, locale: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.locale = locale
        self.items: list[FollowUpItem] = []
        self._texts: dict[int, list[str]] = {}

    def set_items(self, items: Sequence[FollowUpItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self._texts.clear()
        self.endResetModel()

    def retranslate(self) -> None:
        """Texts again in the language just chosen."""
        self._texts.clear()
        if self.items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1, WHY))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, WHY)

    def item_at(self, row: int) -> FollowUpItem | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    def row_texts(self, row: int) -> list[str]:
        texts = self._texts.get(row)
        if texts is None:
            item = self.items[row]
            loc = self.locale
            texts = [
                kind_text(item),
                item.refund_no,
                item.customer_name,
                f"#{item.seq} {fmt.payout_method_label(item.method)}" if item.seq else "",
                fmt.money_text(item.amount, item.currency, loc) if item.currency else "",
                due_text(item, loc),
                item.failure_reason or item.last_note,
                item_why(item),
            ]
            if len(self._texts) > 2000:
                self._texts.clear()
            self._texts[row] = texts
        return texts

    # Qt model interface

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.row_texts(index.row())[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and item.late:
            return LATE_COLOR
        if role == Qt.ItemDataRole.FontRole and item.kind is FollowUpKind.STATUTORY:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CONTEXT, HEADERS[section])
        return None
