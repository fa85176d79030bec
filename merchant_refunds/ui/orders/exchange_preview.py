"""The exchange confirmation in print preview: the refund confirmation's preview over an
exchange's paper. Apart from ``exchange_actions`` so that the order detail, which offers it, does
not load the printing and PDF machinery before an exchange is previewed."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from merchant_refunds.ui.common.pdf_paint import paint_pdfs
from merchant_refunds.ui.orders import exchange_actions
from merchant_refunds.ui.refunds.print_actions import ConfirmationPreviewDialog


class ExchangePreviewDialog(ConfirmationPreviewDialog):
    """The refund confirmation's preview over an exchange's paper instead."""

    def __init__(self, exchange_no: str, layout: str, lang: str, parent: QWidget | None) -> None:
        self.exchange_no = exchange_no
        super().__init__([exchange_no], layout, lang, parent)
        self.setObjectName("exchangePreview")

    def _render(self) -> None:
        self.copy = False
        self.pdfs = [
            exchange_actions.render_exchange(
                self.exchange_no, self.options.layout_key(), self.options.lang()
            )
        ]

    def paint(self, printer: QPrinter) -> int:
        printer.setDocName(
            exchange_actions.exchange_document_name(self.exchange_no, self.options.lang())
        )
        self.page_count = paint_pdfs(printer, self.pdfs, self.options.layout_key())
        return self.page_count
