"""What the order detail offers on a recorded exchange: its confirmation in print preview and
on paper, and (owner only) cancelling it with a reason, asked once more before it is done.

The exchange confirmation is printed as the refund confirmation is: Qt's preview over the PDF,
with the paper and language to choose; Print asks for the printer (the last one used chosen).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from merchant_refunds.domain.errors import RefundsError
from merchant_refunds.domain.exchanges import CANCELLED
from merchant_refunds.ui.common.busy import busy_cursor
from merchant_refunds.ui.common.computer_settings import computer_settings
from merchant_refunds.ui.common.errors import show_error
from merchant_refunds.ui.common.guards import ask
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.common.tasks import Task

if TYPE_CHECKING:
    from merchant_refunds.services.exchange_views import ExchangeDetail
    from merchant_refunds.ui.orders.exchange_preview import ExchangePreviewDialog
    from merchant_refunds.ui.refunds.goods_dialogs import ReceiveGoodsDialog
    from merchant_refunds.ui.refunds.refund_actions import ReasonDialog

# The dialogs, the printing and the exchange services are imported where they are first used:
# the order detail builds this bar and these actions before the first rows are painted, and
# most orders have no exchange (docs/performance.md, "GUI first rows").


def render_exchange(exchange_no: str, layout: str, lang: str) -> bytes:
    """The exchange confirmation as PDF bytes (ReportLab is loaded on the first print only)."""
    from merchant_refunds.documents.exchange_confirmation import render_exchange as render

    return render(exchange_no, layout, lang)


def exchange_document_name(exchange_no: str, lang: str) -> str:
    """The print job's name: 换货确认单 EX…, in the paper's language."""
    from merchant_refunds.documents import texts
    from merchant_refunds.documents.exchange_confirmation import WORDS

    return f"{WORDS[texts.norm_lang(lang)]['title']} {exchange_no}"


class ExchangeActions(QObject):
    """Print preview, print and cancel of one exchange, for the order view. The last dialog
    or message opened is kept in an attribute, so tests can drive it."""

    cancelled = Signal(str)

    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.widget = parent
        self.preview_dialog: ExchangePreviewDialog | None = None
        self.print_dialog: QPrintDialog | None = None
        self.reason_dialog: ReasonDialog | None = None
        self.receive_dialog: ReceiveGoodsDialog | None = None
        self.question: QMessageBox | None = None
        self.message: QMessageBox | None = None
        self.printed_pages: int | None = None
        self._print_task: Task | None = None

    def preview(self, exchange_no: str) -> ExchangePreviewDialog | None:
        """The confirmation in print preview, in the screen's language; Print asks for the
        printer."""
        from merchant_refunds.ui.orders.exchange_preview import ExchangePreviewDialog
        from merchant_refunds.ui.refunds.print_actions import default_lang

        try:
            with busy_cursor():
                dialog = ExchangePreviewDialog(
                    exchange_no, "a4", default_lang(self.session.locale), self.widget.window()
                )
        except RefundsError as error:
            show_error(self.widget, error)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.print_requested.connect(
            lambda layout, lang: self.print_exchange(exchange_no, layout, lang)
        )
        self.preview_dialog = dialog
        dialog.open()
        return dialog

    def print_exchange(self, exchange_no: str, layout: str, lang: str) -> QPrintDialog | None:
        """Ask for the printer (the last one used preselected), then print."""
        from merchant_refunds.ui.refunds.print_actions import SETTINGS_PRINTER

        available = QPrinterInfo.availablePrinters()
        if not available:
            self._warn(
                self.tr("No printer is set up"),
                self.tr(
                    "Add a printer in the computer's settings, or print the exchange "
                    "confirmation from the command line as a PDF."
                ),
            )
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        remembered = str(computer_settings().value(SETTINGS_PRINTER, "") or "")
        if remembered in {info.printerName() for info in available}:
            printer.setPrinterName(remembered)
        dialog = QPrintDialog(printer, self.widget.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.print_to(printer, exchange_no, layout, lang))
        self.print_dialog = dialog
        QDialog.open(dialog)  # QPrintDialog.open() only has the (receiver, slot) overload
        return dialog

    def print_to(self, printer: QPrinter, exchange_no: str, layout: str, lang: str) -> Task | None:
        """Render the confirmation off the GUI thread behind a progress window, then paint it
        into ``printer`` (``printed_pages``; 0: the printer could not be opened, which is said).
        A second print waits until the first is sent."""
        from merchant_refunds.ui.common.progress import run_with_progress
        from merchant_refunds.ui.refunds.print_actions import SETTINGS_PRINTER

        if self._print_task is not None:
            return None
        if printer.printerName():
            computer_settings().setValue(SETTINGS_PRINTER, printer.printerName())
        self.printed_pages = None

        def failed(error: BaseException) -> None:
            self._print_task = None
            show_error(self.widget, error)

        self._print_task = run_with_progress(
            self.widget.window(),
            self.tr("Print"),
            self.tr("Preparing the exchange confirmation…"),
            lambda: render_exchange(exchange_no, layout, lang),
            lambda pdf: self._paint(printer, exchange_no, layout, lang, pdf),
            failed,
        )
        return self._print_task

    def _paint(
        self, printer: QPrinter, exchange_no: str, layout: str, lang: str, pdf: bytes
    ) -> None:
        from merchant_refunds.ui.common.pdf_paint import paint_pdfs

        self._print_task = None
        printer.setDocName(exchange_document_name(exchange_no, lang))
        pages = self.printed_pages = paint_pdfs(printer, [pdf], layout)
        if pages == 0:
            self._warn(
                self.tr("The printer %1 is not available").replace("%1", printer.printerName()),
                self.tr("Check that it is switched on and connected."),
            )

    def receive(self, exchange_no: str) -> ReceiveGoodsDialog | None:
        """The exchange's units back, one row each, as a refund's returned goods are received."""
        from merchant_refunds.services import exchange_stock
        from merchant_refunds.ui.refunds.goods_dialogs import ReceiveGoodsDialog

        try:
            units = exchange_stock.units_to_receive(exchange_no)
        except RefundsError as error:
            show_error(self.widget, error)
            return None
        if not units:
            return None

        def submit(chosen: list) -> object:
            done = exchange_stock.receive_exchange_goods(self.session.actor, exchange_no, chosen)
            self.session.notify_changed()
            return done

        dialog = ReceiveGoodsDialog(units, submit, self.session.locale, self.widget.window())
        dialog.setObjectName("receiveExchangeGoods")
        dialog.setWindowTitle(
            self.tr("Receive the goods of exchange %1").replace("%1", exchange_no)
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.receive_dialog = dialog
        dialog.open()
        return dialog

    def cancel(self, exchange: ExchangeDetail) -> ReasonDialog | None:
        """Owner only: the reason first, then the question, then the cancellation."""
        from merchant_refunds.ui.refunds.refund_actions import ReasonDialog

        if not self.session.is_owner() or exchange.status == CANCELLED:
            return None
        dialog = ReasonDialog(
            self.tr("Cancel exchange %1").replace("%1", exchange.exchange_no),
            self.tr(
                "Cancel this exchange recorded by mistake? Its units count as not returned "
                "again. Reason (required):"
            ),
            True,
            self.widget.window(),
        )
        dialog.setObjectName("cancelExchangeReason")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._ask_cancel(exchange, dialog.reason()))
        self.reason_dialog = dialog
        dialog.open()
        return dialog

    def _ask_cancel(self, exchange: ExchangeDetail, reason: str) -> None:
        text = self.tr(
            "Cancel exchange %1 of order %2? The customer's units count as not returned again."
        )
        self.question = ask(
            self.widget,
            self.tr("Cancel exchange"),
            text.replace("%1", exchange.exchange_no).replace("%2", exchange.order_no),
            self.tr("Cancel exchange"),
            lambda: self._do_cancel(exchange.exchange_no, reason),
        )

    def _do_cancel(self, exchange_no: str, reason: str) -> None:
        from merchant_refunds.services import exchanges

        try:
            exchanges.cancel_exchange(self.session.actor, exchange_no, reason)
        except RefundsError as error:
            show_error(self.widget, error)
            return
        self.cancelled.emit(exchange_no)
        self.session.notify_changed()

    def _warn(self, text: str, informative: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Print"),
            text,
            QMessageBox.StandardButton.Ok,
            self.widget.window(),
        )
        box.setInformativeText(informative)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = box
        box.open()


class ExchangeBar(QWidget):
    """Under the order's detail: which exchange, its confirmation, and cancelling it. Hidden
    while the order has no exchange."""

    print_requested = Signal(str)
    cancel_requested = Signal(str)
    receive_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exchanges: list[ExchangeDetail] = []
        self.picker = QComboBox()
        self.picker.setObjectName("exchangePicker")
        self.print_button = QPushButton()
        self.print_button.setObjectName("exchangePrint")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("exchangeCancel")
        self.receive_button = QPushButton()
        self.receive_button.setObjectName("exchangeReceive")
        self.title = QLabel()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.title)
        row.addWidget(self.picker, 1)
        row.addWidget(self.print_button)
        row.addWidget(self.receive_button)
        row.addWidget(self.cancel_button)
        self._owner = False
        self._counter = False
        self._to_receive: set[str] = set()
        self.picker.currentIndexChanged.connect(lambda _i: self._update())
        self.print_button.clicked.connect(
            lambda: self.current() and self.print_requested.emit(self.current_no())
        )
        self.cancel_button.clicked.connect(
            lambda: self.current() and self.cancel_requested.emit(self.current_no())
        )
        self.receive_button.clicked.connect(
            lambda: self.current() and self.receive_requested.emit(self.current_no())
        )
        self.retranslate_ui()
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        """A live language switch: the words said again, the exchanges not read again."""
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "receive_button"):
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Exchange"))
        self.print_button.setText(self.tr("Print exchange…"))
        self.print_button.setToolTip(self.tr("The exchange confirmation for the customer to sign"))
        self.cancel_button.setText(self.tr("Cancel exchange…"))
        self.receive_button.setText(self.tr("Receive goods…"))
        self.receive_button.setToolTip(
            self.tr("Record each unit back as it came: back into stock or written off")
        )
        cancelled = self.tr("cancelled")
        for index, e in enumerate(self.exchanges):
            label = e.exchange_no + (f" ({cancelled})" if e.status == CANCELLED else "")
            self.picker.setItemText(index, label)

    def set_owner(self, owner: bool, counter: bool = False) -> None:
        """Cancelling is offered to the owner only, receiving goods to owners and clerks (the
        services refuse anyone else too)."""
        self._owner = owner
        self._counter = counter or owner
        self._update()

    def set_exchanges(self, items: list[ExchangeDetail]) -> None:
        """The order's exchanges, the newest chosen."""
        self.exchanges = list(items)
        self._to_receive = set()
        if self.exchanges:  # most orders have none: then the stock services are not loaded
            from merchant_refunds.services import exchange_stock

            self._to_receive = {
                e.exchange_no
                for e in self.exchanges
                if e.status != CANCELLED and exchange_stock.units_to_receive(e.exchange_no)
            }
        self.picker.blockSignals(True)
        self.picker.clear()
        cancelled = self.tr("cancelled")
        for e in self.exchanges:
            label = e.exchange_no + (f" ({cancelled})" if e.status == CANCELLED else "")
            self.picker.addItem(label, e.exchange_no)
        self.picker.setCurrentIndex(len(self.exchanges) - 1)
        self.picker.blockSignals(False)
        self.setVisible(bool(self.exchanges))
        self._update()

    def current(self) -> ExchangeDetail | None:
        index = self.picker.currentIndex()
        return self.exchanges[index] if 0 <= index < len(self.exchanges) else None

    def current_no(self) -> str:
        shown = self.current()
        return shown.exchange_no if shown else ""

    def _update(self) -> None:
        shown = self.current()
        self.print_button.setEnabled(shown is not None)
        self.cancel_button.setVisible(self._owner)
        self.receive_button.setVisible(self._counter)
        self.receive_button.setEnabled(
            self._counter and shown is not None and shown.exchange_no in self._to_receive
        )
        self.cancel_button.setEnabled(
            self._owner and shown is not None and shown.status != CANCELLED
        )
