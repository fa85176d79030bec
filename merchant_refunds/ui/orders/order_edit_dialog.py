"""Order → Edit…: what the order's file did not say. The delivery date (a clerk may give one to an
order that has none), and each line's category and final-sale flag (owner only). Never amounts:
an order's money stays as it was paid. Each save is one audited change (``order_edits``)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from merchant_refunds.domain.errors import RefundsError
from merchant_refunds.domain.lifecycle import Role
from merchant_refunds.services import clock, order_edits
from merchant_refunds.services.orders import OrderDetail
from merchant_refunds.ui.common.categories import CategoryBox
from merchant_refunds.ui.common.field_errors import error_label
from merchant_refunds.ui.common.guards import DiscardGuard, form_state
from merchant_refunds.ui.common.live_check import LiveCheck
from merchant_refunds.ui.common.messages import error_text
from merchant_refunds.ui.common.session import Session

SKU, ITEM, CATEGORY, FINAL_SALE = range(4)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class OrderEditDialog(DiscardGuard, QDialog):
    """OK saves the changes; a refusal is shown in the dialog, which stays open."""

    def __init__(
        self, session: Session, detail: OrderDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.order = detail.order
        self.result_detail: OrderDetail | None = None
        owner = session.can(Role.OWNER)
        self.setWindowTitle(self.tr("Edit order %1").replace("%1", self.order.order_no))
        self.delivered = QCheckBox(self.tr("Delivered on"))
        self.delivered.setObjectName("deliveredCheck")
        self.delivered_on = QDateEdit()
        self.delivered_on.setObjectName("deliveredOn")
        self.delivered_on.setCalendarPopup(True)
        self.delivered_on.setDisplayFormat("yyyy-MM-dd")
        self.delivered_on.setMaximumDate(_qdate(clock.today()))
        self.delivered_on.setMinimumDate(_qdate(self.order.placed_at.date()))
        known = self.order.delivered_on
        self.delivered_on.setDate(_qdate(known or clock.today()))
        self.delivered.setChecked(known is not None)
        self.delivered_on.setEnabled(known is not None)
        self.delivered.toggled.connect(self.delivered_on.setEnabled)
        if known is not None and not owner:  # changing a date already set is the owner's
            self.delivered.setEnabled(False)
            self.delivered_on.setEnabled(False)
        date_row = QHBoxLayout()
        date_row.addWidget(self.delivered)
        date_row.addWidget(self.delivered_on)
        date_row.addStretch(1)

        self.table = QTableWidget(len(self.order.lines), 4)
        self.table.setObjectName("orderLinesTable")
        self.table.verticalHeader().hide()
        self.table.setHorizontalHeaderLabels(
            [self.tr("SKU"), self.tr("Item"), self.tr("Category"), self.tr("Final sale")]
        )
        self.table.horizontalHeader().setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        fixed = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        #: Each line's category, picked by its name (a shop's own may be typed).
        self.categories: list[CategoryBox] = []
        for row, line in enumerate(self.order.lines):
            for col, text in ((SKU, line.sku), (ITEM, line.name)):
                item = QTableWidgetItem(text)
                item.setFlags(fixed)
                self.table.setItem(row, col, item)
            category = CategoryBox(line.category)
            category.setEnabled(owner)
            self.categories.append(category)
            self.table.setCellWidget(row, CATEGORY, category)
            final = QTableWidgetItem()
            checkable = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
            final.setFlags(checkable if owner else Qt.ItemFlag.ItemIsEnabled)
            final.setCheckState(
                Qt.CheckState.Checked if line.final_sale else Qt.CheckState.Unchecked
            )
            self.table.setItem(row, FINAL_SALE, final)
        self.table.resizeColumnsToContents()

        self.note = QLabel(
            self.tr(
                "Amounts are never edited here. Only the owner changes categories and final sale."
            )
        )
        self.note.setWordWrap(True)
        self.error = error_label("dialogError")
        self.category_error = error_label("categoryError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(date_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.category_error)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(640, 360)
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.live = LiveCheck(self, self.problems, ok_button, general=self.error)
        self.live.field("category", self.category_error, self.table, *self.categories)
        self.live.run()
        self.remember_input()

    def input_state(self) -> tuple[object, ...]:
        """The date and every line's category and final-sale tick."""
        cells = tuple(
            (self.categories[row].code(), self.table.item(row, FINAL_SALE).checkState())
            for row in range(self.table.rowCount())
        )
        return (*form_state(self, skip=(self.table,)), cells)

    def problems(self) -> dict[str, str]:
        """A category the service would refuse, named with its line, as it is typed."""
        for row, line in enumerate(self.order.lines):
            try:
                order_edits.check_category(self.categories[row].code())
            except RefundsError as exc:
                prefix = self.tr("Line %1: ").replace("%1", str(line.line_no))
                return {"category": prefix + error_text(exc)}
        return {}

    def edit(self) -> order_edits.OrderEdit:
        """What the user changed, line by line number (``#n``)."""
        delivered = None
        if self.delivered.isChecked() and self.delivered.isEnabled():
            delivered = self.delivered_on.date().toPython()
            if delivered == self.order.delivered_on:
                delivered = None
        categories: dict[str, str] = {}
        final: dict[str, bool] = {}
        for row, line in enumerate(self.order.lines):
            text = self.categories[row].code()
            if text != line.category:
                categories[f"#{line.line_no}"] = text
            ticked = self.table.item(row, FINAL_SALE).checkState() == Qt.CheckState.Checked
            if ticked != line.final_sale:
                final[f"#{line.line_no}"] = ticked
        return order_edits.OrderEdit(delivered, categories, final)

    def _save(self) -> None:
        if not self.live.reveal():
            return
        edit = self.edit()
        if edit.empty:
            self.reject()
            return
        try:
            self.result_detail = order_edits.set_order(
                self.session.actor, self.order.order_no, edit
            )
        except RefundsError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.accept()
