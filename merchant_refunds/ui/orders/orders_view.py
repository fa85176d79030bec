"""The orders view: search as you type, filters, a paged list and the order's detail.

Every database read that could grow with the number of orders (the matching ids, the detail)
runs through :func:`tasks.run_task`; only the page of rows being painted is read on the GUI thread.
A search shows its first page as soon as it is read (a millisecond); once that page is painted,
the whole list of ids is read (a million orders take a few tenths of a second) and appended
without moving the selection. A newer search makes every older one stale: its result is dropped
when it arrives.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from merchant_refunds.domain.lifecycle import Role
from merchant_refunds.domain.order import OrderStatus, PaymentMethod
from merchant_refunds.services import queries
from merchant_refunds.services.orders import OrderDetail, OrderFilter
from merchant_refunds.ui.common import formatting as fmt
from merchant_refunds.ui.common.busy import busy_cursor
from merchant_refunds.ui.common.errors import show_error
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.common.tasks import Task, run_task
from merchant_refunds.ui.orders.exchange_actions import ExchangeActions
from merchant_refunds.ui.orders.order_detail import OrderDetailPanel, PanelData, load_panel
from merchant_refunds.ui.orders.order_table_model import OrderTableModel

if TYPE_CHECKING:
    from merchant_refunds.services.refund_views import RefundDetail
    from merchant_refunds.ui.orders.exchange_dialog import ExchangeDialog
    from merchant_refunds.ui.orders.new_order_dialog import NewOrderDialog
    from merchant_refunds.ui.refunds.print_actions import ConfirmationPreviewDialog, PrintBar
    from merchant_refunds.ui.refunds.refund_dialog import RefundDialog

# Each dialog is imported when it is first opened: the window paints its first rows without
# them (docs/performance.md, "GUI first rows").

#: Typing pauses shorter than this are one search, not one per keystroke.
SEARCH_DELAY_MS = 150
#: A date edit showing its minimum means "no limit".
_NO_DATE = QDate(2000, 1, 1)
#: Posted to the view when the rows on screen are painted: the work that waited starts after.
_ROWS_PAINTED = QEvent.Type(QEvent.registerEventType())
#: A table on screen that is not painted within this long (a minimised window) starts anyway.
AFTER_PAINT_AT_LATEST_MS = 2000


class OrdersView(QWidget):
    """Orders list and detail. ``results_shown`` fires whenever a search's ids are displayed;
    ``first_rows_painted`` once, when the first search's rows are on screen (or were shown in a
    table that is not, or the search failed): the main window starts its own reads then."""

    results_shown = Signal(int)
    first_rows_painted = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._generation = 0
        #: The search whose first page is shown while its whole list loads.
        self._first_page_of: int | None = None
        self._columns_sized = False
        self._search_task: Task | None = None
        #: Started once the rows shown now are painted (``_after_rows_painted``).
        self._after_paint: Callable[[], None] | None = None
        self._first_rows_painted = False
        self._detail_task: Task | None = None
        self._sort_key = "placed"
        self._descending = True
        self._selected_id: int | None = None
        self.refund_dialog: RefundDialog | None = None
        self.print_bar: PrintBar | None = None
        #: The confirmation shown in preview right after a request was saved.
        self.after_request: ConfirmationPreviewDialog | None = None
        self.exchange_dialog: ExchangeDialog | None = None
        self.new_order_dialog: NewOrderDialog | None = None
        self.import_dialog: QDialog | None = None

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search order number, customer name or phone"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in OrderStatus:
            self.status_filter.addItem(fmt.order_status_label(status), status.value)
        self.payment_filter = QComboBox()
        self.payment_filter.addItem(self.tr("All payment methods"), None)
        for method in PaymentMethod:
            self.payment_filter.addItem(fmt.payment_method_label(method), method.value)
        self.source_filter = QComboBox()
        self.source_filter.addItem(self.tr("All sources"), None)
        self.date_from = self._date_edit()
        self.date_to = self._date_edit()
        self.new_order_button = QPushButton(self.tr("New order…"))
        self.count_label = QLabel()
        self.busy_label = QLabel(self.tr("Searching…"))
        self.busy_label.hide()

        self.model = OrderTableModel(session.locale, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.installEventFilter(self)
        self.detail = OrderDetailPanel(session.locale)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("ordersSplitter")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.empty_state = self._empty_state()
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_state)
        left_layout.addWidget(self.list_stack, 1)
        status_row = QHBoxLayout()
        status_row.addWidget(self.count_label)
        status_row.addWidget(self.busy_label)
        status_row.addStretch(1)
        left_layout.addLayout(status_row)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([700, 500])

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.payment_filter)
        filters.addWidget(self.source_filter)
        filters.addWidget(QLabel(self.tr("From")))
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.date_to)
        filters.addWidget(self.new_order_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self._paint_timer = QTimer(self)
        self._paint_timer.setSingleShot(True)
        self._paint_timer.setInterval(AFTER_PAINT_AT_LATEST_MS)
        self._paint_timer.timeout.connect(self._rows_painted)
        self.search.textChanged.connect(self._search_timer.start)
        for combo in (self.status_filter, self.payment_filter, self.source_filter):
            combo.currentIndexChanged.connect(self.reload)
        self.date_from.dateChanged.connect(self.reload)
        self.date_to.dateChanged.connect(self.reload)
        self.model.sort_requested.connect(self._sort)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(lambda _index: self.detail.browser.setFocus())
        self.detail.refund_button.clicked.connect(self.new_refund_for_selected)
        self.detail.edit_button.clicked.connect(self.edit_selected_order)
        self.detail.credit_button.clicked.connect(self.show_store_credit)
        self.detail.exchange_button.clicked.connect(self.exchange_selected_order)
        self.detail.print_button.clicked.connect(self.print_preview)
        self.exchange_actions = ExchangeActions(session, self)
        self.detail.exchange_bar.print_requested.connect(self.exchange_actions.preview)
        self.detail.exchange_bar.cancel_requested.connect(self._cancel_exchange)
        self.detail.exchange_bar.receive_requested.connect(self.exchange_actions.receive)
        self.new_order_button.clicked.connect(self.new_order)
        session.data_changed.connect(self._data_changed)
        # A view rebuilt after a language switch is gone: its old self must not answer.
        session.actor_changed.connect(lambda _actor: shiboken6.isValid(self) and self._apply_role())
        self._apply_role()
        self._show_count(0)
        self.reload()

    # public interface for the main window

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def selected_order_no(self) -> str | None:
        row = self.table.currentIndex().row()
        summary = self.model.order_at(row) if row >= 0 else None
        return summary.order_no if summary else None

    def new_refund_for_selected(self) -> RefundDialog | None:
        """Open the refund dialog for the selected order (Ctrl+N); None when nothing fits."""
        order_no = self.selected_order_no()
        if order_no is None or not self._can_request():
            return None
        shown = self.detail.detail
        if shown is not None and shown.order.order_no == order_no:
            why_not = self.detail.refund_blocked_reason(shown)
            if why_not:  # Ctrl+N on an unpaid order: the reason, not a dialog quoting an amount
                self.detail.blocked_note.setText(why_not)
                self.detail.blocked_note.show()
                return None
        with busy_cursor():  # reading and quoting the order: visible if it takes a while
            from merchant_refunds.ui.refunds.refund_dialog import RefundDialog

            dialog = RefundDialog(self.session, order_no, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.refund_created.connect(self.show_requested)
            self.refund_dialog = dialog
            dialog.open()
        return dialog

    def show_requested(self, refund: RefundDetail) -> ConfirmationPreviewDialog | None:
        """The counter in one pass: the request is saved, so say so and put its confirmation
        in print preview with Print, the customer's signature one button away."""
        if self.print_bar is None:
            from merchant_refunds.ui.refunds.print_actions import PrintBar

            self.print_bar = PrintBar(self.session, self)
            self.print_bar.hide()  # only its counted print path is used here

        def banner() -> str:  # said again in the language picked while the preview is open
            return (
                self.tr(
                    "Refund %1 was saved: %2, %3. Print the confirmation for the customer to sign."
                )
                .replace("%1", refund.refund_no)
                .replace("%2", fmt.money_text(refund.payout, locale=self.session.locale))
                .replace("%3", fmt.refund_status_label(refund.status.value))
            )

        with busy_cursor():
            self.after_request = self.print_bar.preview_after_request(refund, banner)
        return self.after_request

    # a shop with no orders yet

    def _empty_state(self) -> QWidget:
        """What a new shop sees instead of an empty table: where its orders come from."""
        page = QWidget()
        page.setObjectName("ordersEmptyState")
        self.empty_title = QLabel()
        font = self.empty_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.empty_title.setFont(font)
        self.empty_hint = QLabel()
        self.empty_hint.setWordWrap(True)
        self.empty_import_button = QPushButton()
        self.empty_import_button.setObjectName("emptyImport")
        self.empty_import_button.clicked.connect(self.import_orders)
        self.empty_new_button = QPushButton()
        self.empty_new_button.setObjectName("emptyNewOrder")
        self.empty_new_button.clicked.connect(self.new_order)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.empty_import_button)
        buttons.addWidget(self.empty_new_button)
        buttons.addStretch(1)
        column = QVBoxLayout(page)
        column.addStretch(1)
        for label in (self.empty_title, self.empty_hint):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(label)
        column.addLayout(buttons)
        column.addStretch(2)
        self.retranslate_empty_state()
        return page

    def retranslate_empty_state(self) -> None:
        """The empty state's texts (again after a language switch)."""
        self.empty_title.setText(self.tr("No orders yet"))
        self.empty_hint.setText(
            self.tr(
                "Import the orders your shop platform exported (CSV or Excel), or add an order "
                "by hand. Refunds start from an order."
            )
        )
        self.empty_import_button.setText(self.tr("Import orders…"))
        self.empty_new_button.setText(self.tr("New order…"))

    def changeEvent(self, event: QEvent) -> None:
        """A live language switch: the texts this view sets once, set again."""
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "empty_title"):
            self.retranslate_empty_state()
        super().changeEvent(event)

    def _show_empty_state(self, empty: bool) -> None:
        self.list_stack.setCurrentWidget(self.empty_state if empty else self.table)
        for button in (self.empty_import_button, self.empty_new_button):
            button.setVisible(self._can_request())

    def showing_empty_state(self) -> bool:
        return self.list_stack.currentWidget() is self.empty_state

    def import_orders(self) -> QDialog:
        """The import dialog; the list refreshes through the session once orders are in."""
        from merchant_refunds.ui.orders.import_dialog import ImportDialog

        dialog = ImportDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def new_order(self) -> NewOrderDialog | None:
        if not self._can_request():
            return None
        from merchant_refunds.ui.orders.new_order_dialog import NewOrderDialog

        dialog = NewOrderDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.order_created.connect(self._order_created)
        self.new_order_dialog = dialog
        dialog.open()
        return dialog

    def current_filter(self) -> OrderFilter:
        return OrderFilter(
            text=self.search.text().strip(),
            status=self.status_filter.currentData(),
            payment_method=self.payment_filter.currentData(),
            source=self.source_filter.currentData(),
            placed_from=self._date_of(self.date_from),
            placed_to=self._date_of(self.date_to),
        )

    @property
    def searching(self) -> bool:
        waiting = self._after_paint is not None
        return waiting or (self._search_task is not None and not self._search_task.done)

    # searching

    def reload(self) -> None:
        """Look the matching ids up off the GUI thread, the first page first; an older search
        still running is dropped."""
        self._search_timer.stop()
        self._generation += 1
        generation = self._generation
        self._first_page_of = None
        self._after_paint = None
        if self._search_task is not None:
            self._search_task.cancel()
        flt, key, descending = self.current_filter(), self._sort_key, self._descending
        first = self.model.page_size
        self.busy_label.show()
        self._search_task = run_task(
            lambda: queries.order_ids(flt, key, descending, first),
            lambda ids: self._show_first_page(generation, ids, flt, key, descending),
            self._search_failed,
            parent=self,
        )

    def _show_first_page(
        self, generation: int, ids: array, flt: OrderFilter, key: str, descending: bool
    ) -> None:
        """Show the first page at once; a full page means there may be more: load them all."""
        if generation != self._generation:
            return
        if len(ids) < self.model.page_size:
            self._show_ids(generation, ids)  # that was every match
            self._after_rows_painted(None)
            return
        self._first_page_of = generation
        self.count_label.clear()  # the busy label says the list is still loading

        def whole_list() -> None:
            self._search_task = run_task(
                lambda: queries.order_ids(flt, key, descending),
                lambda all_ids: self._show_ids(generation, all_ids),
                self._search_failed,
                parent=self,
            )

        self._display(ids, complete=False)
        self._after_rows_painted(whole_list)

    def _after_rows_painted(self, then: Callable[[], None] | None) -> None:
        """Run ``then`` once the rows just shown are painted; the first time, also read the
        sources for the filter and say ``first_rows_painted``.

        The whole list of a million ids takes a worker a few tenths of a second, and its rows
        hold the interpreter in turns with the GUI thread: started before the paint, it
        delayed the first rows and took their CPU time (docs/performance.md, "GUI first rows").
        A table that is not on screen gets no paint: then at once.
        """
        self._after_paint = then
        if then is None and self._first_rows_painted:
            return  # nothing waits for this paint
        viewport = self.table.viewport()
        if not viewport.isVisible():
            self._rows_painted()
            return
        viewport.removeEventFilter(self)  # installed once, whatever came before
        viewport.installEventFilter(self)
        self._paint_timer.start()

    def _rows_painted(self) -> None:
        self._paint_timer.stop()
        self.table.viewport().removeEventFilter(self)
        start, self._after_paint = self._after_paint, None
        if start is not None:
            start()
        if not self._first_rows_painted:
            self._first_rows_painted = True
            run_task(queries.order_sources, self._fill_sources, parent=self)
            self.first_rows_painted.emit()

    def customEvent(self, event: QEvent) -> None:
        """The rows are painted and what was queued with the paint has run: once the event
        loop is idle, start what waited."""
        if event.type() == _ROWS_PAINTED:
            QTimer.singleShot(0, self, self._rows_painted)

    def _show_ids(self, generation: int, ids: array) -> None:
        if generation != self._generation:
            return
        self.busy_label.hide()
        first_page_shown = self._first_page_of == generation
        self._first_page_of = None
        # After the first page, the rest is appended: the selection and scroll position stay.
        if first_page_shown and self.model.extend_ids(ids):
            if self.table.currentIndex().row() < 0:
                self._select_kept()  # the selected order was further down than the first page
        else:
            self._display(ids)
        self._show_count(len(ids))
        self._show_empty_state(len(ids) == 0 and self.current_filter() == OrderFilter())
        self.results_shown.emit(len(ids))

    def _display(self, ids: array, *, complete: bool = True) -> None:
        """Show ``ids`` in place of the list, keeping the selected order where it still is."""
        self.model.set_ids(ids)
        self._size_columns()
        self._select_kept(complete=complete)

    def _select_kept(self, *, complete: bool = True) -> None:
        """Select the order selected before, else the first; with only the first page shown
        (not ``complete``), an order not on it waits for the whole list."""
        keep = self._selected_id
        row = self.model.row_of_id(keep) if keep is not None else -1
        if row < 0 and not complete and keep is not None:
            return
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self._selected_id = None
            self.detail.clear(self.tr("No order found") if self.search.text() else "")

    def _size_columns(self) -> None:
        """Fit the columns to the rows on screen, once. Never while the table is hidden: then
        ``QTableView.sizeHintForColumn`` measures every row, and with a million orders the GUI
        thread read them all (the window froze for minutes when it opened on another view)."""
        if self._columns_sized or not self.table.isVisible() or not self.model.rowCount():
            return
        self._columns_sized = True
        self.table.horizontalHeader().setResizeContentsPrecision(0)  # the visible rows only
        self.table.resizeColumnsToContents()

    def showEvent(self, event: QShowEvent) -> None:
        """Size the columns when first shown, once the layout has given the table its height."""
        super().showEvent(event)
        if not self._columns_sized:
            QTimer.singleShot(0, self, self._size_columns)

    def _search_failed(self, error: BaseException) -> None:
        self.busy_label.hide()
        if not self._first_rows_painted:
            self._rows_painted()  # nothing to paint: what waited for the rows goes on
        show_error(self, error)

    def _show_count(self, count: int) -> None:
        self.count_label.setText(self.tr("%Ln order(s)", "", count))

    def _sort(self, key: str, descending: bool) -> None:
        self._sort_key, self._descending = key, descending
        self.reload()

    def _data_changed(self) -> None:
        self.model.refresh_rows()
        self.reload()

    def edit_selected_order(self) -> None:
        """Order detail → Edit…: delivery date, categories, final sale (``OrderEditDialog``)."""
        detail = self.detail.detail
        if detail is None or not self._can_request():
            return
        from merchant_refunds.ui.orders.order_edit_dialog import OrderEditDialog

        dialog = OrderEditDialog(self.session, detail, self)
        if dialog.exec() and dialog.result_detail is not None:
            self._load_detail()
            self.session.notify_changed()

    def exchange_selected_order(self) -> ExchangeDialog | None:
        """Order detail → Exchange…: units back, units out, the difference (``ExchangeDialog``)."""
        order_no = self.selected_order_no()
        if order_no is None or not self._can_request():
            return None
        from merchant_refunds.ui.orders.exchange_dialog import ExchangeDialog

        dialog = ExchangeDialog(self.session, order_no, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.exchange_dialog = dialog
        dialog.open()
        return dialog

    def printable_refund(self) -> str | None:
        """Ctrl+P: the latest refund of the order shown."""
        return self.detail.printable_refund()

    def print_preview(self) -> object:
        """The confirmation of the order's latest refund, in print preview."""
        refund_no = self.printable_refund()
        if refund_no is None:
            return None
        from merchant_refunds.ui.refunds.print_actions import preview_refund

        return preview_refund(self.session, refund_no, self)

    def _cancel_exchange(self, exchange_no: str) -> None:
        shown = [e for e in self.detail.exchanges if e.exchange_no == exchange_no]
        if shown:
            self.exchange_actions.cancel(shown[0])

    def show_store_credit(self) -> None:
        """Order detail → Store credit…: the customer's ledger (``StoreCreditDialog``)."""
        detail = self.detail.detail
        if detail is None:
            return
        from merchant_refunds.ui.orders.store_credit_dialog import StoreCreditDialog

        order = detail.order
        dialog = StoreCreditDialog(
            self.session, self.detail.credit_key, order.currency, order.customer.name, self
        )
        dialog.exec()
        self._load_detail()  # the balance may have moved

    def _order_created(self, detail: OrderDetail) -> None:
        self.search.setText(detail.order.order_no)
        self.session.notify_changed()

    # the detail panel

    def _row_changed(self, current: object, _previous: object) -> None:
        row = self.table.currentIndex().row()
        self._selected_id = self.model.id_at(row)
        self._load_detail()

    def _load_detail(self) -> None:
        order_no = self.selected_order_no()
        if self._detail_task is not None:
            self._detail_task.cancel()
        if order_no is None:
            return
        self._detail_task = run_task(
            lambda: load_panel(order_no),
            self._show_detail,
            lambda error: show_error(self, error),
            parent=self,
        )

    def _show_detail(self, panel: PanelData) -> None:
        if panel.detail.order.order_no == self.selected_order_no():
            self.detail.show_detail(panel, self._can_request())

    # helpers

    def _can_request(self) -> bool:
        return self.session.can(Role.OWNER, Role.CLERK)

    def _apply_role(self) -> None:
        self.new_order_button.setEnabled(self._can_request())
        self.detail.exchange_bar.set_owner(self.session.is_owner(), self._can_request())
        if self.detail.panel is not None:
            self.detail.show_detail(self.detail.panel, self._can_request())

    def _fill_sources(self, sources: list[str]) -> None:
        for source in sources:
            self.source_filter.addItem(fmt.source_label(source), source)

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setMinimumDate(_NO_DATE)
        edit.setSpecialValueText(self.tr("any day"))
        edit.setDate(_NO_DATE)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    @staticmethod
    def _date_of(edit: QDateEdit) -> date | None:
        value = edit.date()
        return None if value == _NO_DATE else value.toPython()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on a row opens its detail (moves the focus there) instead of editing; the
        table's paint lets what waited for it start (after it, in a posted event)."""
        if event.type() == QEvent.Type.Paint and watched is self.table.viewport():
            watched.removeEventFilter(self)
            QCoreApplication.postEvent(self, QEvent(_ROWS_PAINTED))
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            enter = isinstance(event, QKeyEvent) and event.key() in (
                Qt.Key.Key_Return,
                Qt.Key.Key_Enter,
            )
            if enter and self.selected_order_no():
                self.detail.browser.setFocus()
                return True
        return super().eventFilter(watched, event)
