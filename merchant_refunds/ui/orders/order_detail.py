"""The order detail panel: what was bought and paid, the refunds so far, what is left."""

from __future__ import annotations

from html import escape
from typing import NamedTuple

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from merchant_refunds.domain.masking import mask_account, mask_phone
from merchant_refunds.domain.order import OrderStatus
from merchant_refunds.services import exchange_views, orders, store_credit
from merchant_refunds.services.orders import OrderDetail
from merchant_refunds.ui.common import formatting as fmt
from merchant_refunds.ui.common.messages import translate_template
from merchant_refunds.ui.orders.exchange_actions import ExchangeBar


class PanelData(NamedTuple):
    """What the panel shows of an order, read together off the GUI thread."""

    detail: OrderDetail
    credit_balance: int
    exchanges: list[exchange_views.ExchangeDetail]


def load_panel(order_no: str) -> PanelData:
    """The order, its customer's store credit and its exchanges: for a task, never the GUI
    thread (three reads, and an order gone meanwhile is an error for the task to report)."""
    detail = orders.get_order(order_no)
    c = detail.order.customer
    key = store_credit.customer_key(c.phone, c.email, c.name)
    return PanelData(
        detail,
        store_credit.balance(key, detail.order.currency),
        exchange_views.exchanges_of_order(order_no),
    )


class OrderDetailPanel(QWidget):
    """Read-only; the "Refund…", "Edit…" and "Store credit…" buttons are connected by the orders
    view."""

    def __init__(self, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self.detail: OrderDetail | None = None
        self.panel: PanelData | None = None
        # The customer's store-credit key and balance in the order's currency.
        self.credit_key = ""
        self.credit_balance = 0
        self.exchanges: list[exchange_views.ExchangeDetail] = []
        self.title = QLabel()
        self.title.setObjectName("orderTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.refund_button = QPushButton(self.tr("New refund…"))
        self.refund_button.setToolTip(self.tr("Refund part or all of this order (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editOrder")
        self.edit_button.setToolTip(
            self.tr("Set the delivery date, a line's category or final sale (never amounts)")
        )
        self.blocked_note = QLabel()
        self.blocked_note.setObjectName("refundBlockedNote")
        self.blocked_note.setWordWrap(True)
        self.blocked_note.setStyleSheet("color: #8a6d00;")
        self.blocked_note.hide()
        self.print_button = QPushButton(self.tr("Print preview…"))
        self.print_button.setObjectName("orderPrintPreview")
        self.credit_button = QPushButton(self.tr("Store credit…"))
        self.credit_button.setObjectName("storeCredit")
        self.credit_button.setToolTip(
            self.tr("The customer's store-credit ledger: use it at the counter or pay it out")
        )
        self.exchange_button = QPushButton(self.tr("Exchange…"))
        self.exchange_button.setObjectName("exchangeOrder")
        self.exchange_button.setToolTip(
            self.tr("Take units back and give others, settling the difference")
        )
        # Print or cancel one of the order's exchanges (connected by the orders view).
        self.exchange_bar = ExchangeBar()
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.credit_button)
        buttons.addWidget(self.exchange_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.refund_button, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.blocked_note)
        layout.addWidget(self.exchange_bar)
        layout.addLayout(buttons)
        self.clear()

    def refund_blocked_reason(self, detail: OrderDetail) -> str:
        """Why no refund can start on this order (unpaid, cancelled, nothing left); empty when
        one can. Said before the dialog opens, so no amount is quoted for an order that has none."""
        order = detail.order
        params = {"order_no": order.order_no}
        if order.status is OrderStatus.AWAITING_PAYMENT:
            return translate_template(
                "Order {order_no} has not been paid; there is nothing to refund", params
            )
        if order.status is OrderStatus.CANCELLED:
            return translate_template("Order {order_no} is cancelled", params)
        if detail.refundable["total_left"] <= 0:
            return self.tr("Everything paid on this order has been refunded.")
        return ""

    def printable_refund(self) -> str | None:
        """The order's latest refund (its confirmation is what Ctrl+P previews), if any."""
        if self.detail is None or not self.detail.refunds:
            return None
        return max(self.detail.refunds, key=lambda r: (r.requested_at, r.refund_no)).refund_no

    def _set_print_button(self) -> None:
        refund_no = self.printable_refund()
        self.print_button.setEnabled(refund_no is not None)
        self.print_button.setToolTip(
            self.tr("The confirmation of refund %1 in print preview (Ctrl+P)").replace(
                "%1", refund_no
            )
            if refund_no
            else self.tr("This order has no refund to print yet")
        )

    def clear(self, text: str = "") -> None:
        self.detail = None
        self.panel = None
        self.title.setText(text or self.tr("No order selected"))
        self.browser.setHtml(
            "<p>"
            + escape(self.tr("Pick an order in the list to see its lines and refunds."))
            + "</p>"
        )
        self.refund_button.setEnabled(False)
        self.blocked_note.hide()
        self.edit_button.setEnabled(False)
        self.credit_button.setEnabled(False)
        self.exchange_button.setEnabled(False)
        self._set_print_button()
        self.exchanges = []
        self.exchange_bar.set_exchanges([])

    def changeEvent(self, event: QEvent) -> None:
        """A live language switch: the buttons, their tooltips and why no refund can start,
        said again (the order is not read again)."""
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "print_button"):
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.refund_button.setText(self.tr("New refund…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.edit_button.setToolTip(
            self.tr("Set the delivery date, a line's category or final sale (never amounts)")
        )
        self.credit_button.setText(self.tr("Store credit…"))
        self.credit_button.setToolTip(
            self.tr("The customer's store-credit ledger: use it at the counter or pay it out")
        )
        self.print_button.setText(self.tr("Print preview…"))
        self._set_print_button()
        if self.detail is None:
            self.refund_button.setToolTip(self.tr("Refund part or all of this order (Ctrl+N)"))
            return
        why_not = self.refund_blocked_reason(self.detail)
        self.refund_button.setToolTip(
            why_not or self.tr("Refund part or all of this order (Ctrl+N)")
        )
        self.blocked_note.setText(why_not)

    def show_detail(self, panel: PanelData, can_refund: bool) -> None:
        self.panel = panel
        detail = self.detail = panel.detail
        order = detail.order
        c = order.customer
        self.credit_key = store_credit.customer_key(c.phone, c.email, c.name)
        self.credit_balance = panel.credit_balance
        self.exchanges = panel.exchanges
        self.exchange_bar.set_exchanges(self.exchanges)
        self.title.setText(
            self.tr("Order %1 · %2")
            .replace("%1", order.order_no)
            .replace("%2", fmt.order_status_label(order.status))
        )
        self.browser.setHtml(self._html(detail))
        why_not = self.refund_blocked_reason(detail)
        self.refund_button.setEnabled(can_refund and not why_not)
        self.refund_button.setToolTip(
            why_not or self.tr("Refund part or all of this order (Ctrl+N)")
        )
        self.blocked_note.setText(why_not)
        self.blocked_note.setVisible(bool(why_not) and can_refund)
        self.edit_button.setEnabled(can_refund)  # the same people: owners and clerks
        self.credit_button.setEnabled(True)  # everyone may read it; the dialog gates the rest
        units_left = sum(line["units_left"] for line in detail.refundable["lines"])
        self.exchange_button.setEnabled(can_refund and units_left > 0)
        self._set_print_button()

    def _money(self, minor: int) -> str:
        assert self.detail is not None
        return escape(fmt.money_text(minor, self.detail.order.currency, self._locale))

    def _html(self, detail: OrderDetail) -> str:
        order = detail.order
        loc = self._locale
        left_by_line = {line["line_no"]: line for line in detail.refundable["lines"]}
        parts = [
            "<style>td,th{padding:2px 6px;} th{text-align:left;} .num{text-align:right;}"
            " .nw{white-space:nowrap;}</style>"
        ]

        def row(label: str, value: str) -> str:
            return f"<tr><th>{escape(label)}</th><td>{escape(value)}</td></tr>"

        parts.append("<table>")
        parts.append(row(self.tr("Customer"), order.customer.name))
        parts.append(row(self.tr("Phone"), mask_phone(order.customer.phone)))
        parts.append(
            row(self.tr("Store credit"), fmt.money_text(self.credit_balance, order.currency, loc))
        )
        payment = fmt.payment_method_label(order.payment.method)
        if order.payment.payer_account:
            payment += " · " + mask_account(order.payment.payer_account)
        parts.append(row(self.tr("Payment"), payment))
        parts.append(row(self.tr("Placed"), fmt.datetime_text(order.placed_at, loc)))
        parts.append(row(self.tr("Paid"), fmt.datetime_text(order.paid_at, loc)))
        parts.append(row(self.tr("Shipped"), fmt.datetime_text(order.shipped_at, loc)))
        parts.append(row(self.tr("Delivered"), fmt.datetime_text(order.delivered_at, loc)))
        parts.append(row(self.tr("Source"), fmt.source_label(order.source)))
        parts.append("</table>")

        heads = [
            self.tr("Item"),
            self.tr("Qty"),
            self.tr("Paid after discounts"),
            self.tr("Refunded"),
        ]
        heads.append(self.tr("Still refundable"))
        # Texts are translated outside the f-strings: lupdate does not look inside them.
        lines_title = self.tr("Lines")
        final_sale = self.tr("final sale")
        # The SKU and category go under the item's name: as columns of their own they left the
        # numbers too little room, and a narrow panel broke words ("Refunde d", "CN¥135.0 0").
        parts.append(f"<h4>{escape(lines_title)}</h4><table width='100%'><tr>")
        parts.extend(f"<th>{escape(h)}</th>" for h in heads)
        parts.append("</tr>")
        for line in order.lines:
            left = left_by_line[line.line_no]
            notes = [escape(line.sku)] if line.sku else []
            if line.category:
                notes.append(escape(fmt.category_label(line.category)))
            if line.final_sale:
                notes.append(escape(final_sale))
            item = escape(line.name)
            if notes:
                item += "<br/><small><i>" + " · ".join(notes) + "</i></small>"
            cells = [
                (item, ""),
                (str(line.quantity), "num nw"),
                (self._money(line.paid), "num nw"),
                (str(left["refunded_units"]), "num nw"),
                (self._money(left["amount_left"]) + " / " + str(left["units_left"]), "num nw"),
            ]
            parts.append("<tr>" + "".join(f"<td class='{k}'>{c}</td>" for c, k in cells) + "</tr>")
        parts.append("</table><table>")
        if order.order_discount_total:
            discount_label = self.tr("Order discount")
            parts.append(
                f"<tr><th>{escape(discount_label)}</th>"
                f"<td class='num'>{self._money(-order.order_discount_total)}</td></tr>"
            )
        shipping_left = self.tr("%1 left").replace(
            "%1", fmt.money_text(detail.refundable["shipping_left"], order.currency, loc)
        )
        shipping_label = self.tr("Shipping")
        paid_label, left_label = self.tr("Total paid"), self.tr("Still refundable")
        parts.append(
            f"<tr><th>{escape(shipping_label)}</th>"
            f"<td class='num'>{self._money(order.shipping_fee)}</td>"
            f"<td>{escape(shipping_left)}</td></tr>"
        )
        parts.append(
            f"<tr><th>{escape(paid_label)}</th>"
            f"<td class='num'><b>{self._money(order.total_paid)}</b></td></tr>"
            f"<tr><th>{escape(left_label)}</th>"
            f"<td class='num'><b>{self._money(detail.refundable['total_left'])}</b></td></tr>"
        )
        parts.append("</table>")

        refunds_title, no_refunds = self.tr("Refunds"), self.tr("No refunds yet.")
        parts.append(f"<h4>{escape(refunds_title)}</h4>")
        if not detail.refunds:
            parts.append(f"<p>{escape(no_refunds)}</p>")
        else:
            # Number, status and amount on one line, never broken; reason and date beneath.
            parts.append("<table width='100%'>")
            for refund in detail.refunds:
                money = fmt.money_text(refund.total, refund.currency, loc)
                parts.append(
                    f"<tr><td class='nw'>{escape(refund.refund_no)}</td>"
                    f"<td>{escape(fmt.refund_status_label(refund.status))}</td>"
                    f"<td class='num nw'>{escape(money)}</td></tr>"
                )
                when = fmt.datetime_text(refund.requested_at, loc)
                reason = fmt.reason_label(refund.reason_code)
                parts.append(
                    f"<tr><td></td><td colspan='2'><small>{escape(reason)} · {escape(when)}"
                    "</small></td></tr>"
                )
            parts.append("</table>")
        parts += self._exchanges_html()
        return "".join(parts)

    def _exchanges_html(self) -> list[str]:
        """The order's exchanges, below its refunds (none: nothing is shown)."""
        if not self.exchanges:
            return []
        title = self.tr("Exchanges")
        settled = {
            "refund": self.tr("difference refunded %1"),
            "collected": self.tr("difference paid by the customer %1"),
            "even": self.tr("no difference"),
        }
        cancelled = self.tr("cancelled")
        parts = [f"<h4>{escape(title)}</h4><table width='100%'>"]
        for e in self.exchanges:
            money = fmt.money_text(abs(e.difference.minor), e.currency, self._locale)
            cells = [
                escape(e.exchange_no),
                escape(settled[e.settlement.value].replace("%1", money)),
                escape(e.refund_no or e.receipt_no),
                escape(fmt.datetime_text(e.recorded_at, self._locale)),
                escape(cancelled) if e.status == "cancelled" else "",
            ]
            parts.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        parts.append("</table>")
        return parts
