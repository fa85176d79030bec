"""The "New order" dialog: an order taken by hand at the counter, checked field by field.

Amounts are typed as text and parsed exactly (``parse_amount``); a problem is shown beside the
field it belongs to, and the service's own validation (the same one imports go through) maps its
error codes back to those fields.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from merchant_refunds.domain.errors import InvalidInput, NotFound, RefundsError, Refused
from merchant_refunds.domain.money import parse_amount
from merchant_refunds.domain.order import (
    Customer,
    Discount,
    Order,
    OrderLine,
    OrderStatus,
    Payment,
    PaymentMethod,
    validate_and_allocate,
)
from merchant_refunds.services import clock, orders, shop_settings
from merchant_refunds.ui.common import formatting as fmt
from merchant_refunds.ui.common.errors import show_error
from merchant_refunds.ui.common.field_errors import error_label
from merchant_refunds.ui.common.guards import DiscardGuard, form_state
from merchant_refunds.ui.common.live_check import GENERAL, LiveCheck
from merchant_refunds.ui.common.messages import error_text
from merchant_refunds.ui.common.screen_fit import resize_to_fit
from merchant_refunds.ui.common.session import Session

SKU, NAME, QTY, PRICE, DISCOUNT, TAX, FINAL = range(7)
_BAD = QBrush(QColor("#ffd6d6"))
#: Service error codes and the field they are shown beside.
_FIELD_OF_CODE = {
    "invalid_order_no": "order_no",
    "order_exists": "order_no",
    "invalid_customer": "customer",
    "invalid_shipping": "shipping",
}
#: The domain's name for a text (``check_text``'s ``what``) and the field it is typed in.
_FIELD_OF_TEXT = {
    "order number": "order_no",
    "customer's name": "customer",
    "customer's phone": "phone",
    "customer's e-mail": "email",
    "payment reference": "payment_reference",
    "payer account": "payer_account",
}


class _FieldError(Exception):
    def __init__(self, field: str, text: str) -> None:
        super().__init__(text)
        self.field = field
        self.text = text


class NewOrderDialog(DiscardGuard, QDialog):
    """``order_created`` carries the stored order (``OrderDetail``) once it is saved."""

    order_created = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("New order"))
        resize_to_fit(self, 860, 600)
        shop_currency = shop_settings.get_shop()["currency"]
        now = clock.now()

        self.order_no = QLineEdit(f"M{now:%Y%m%d%H%M%S}")
        self.customer = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.currency = QComboBox()
        fmt.add_currencies(self.currency, shop_currency)
        self.currency.setCurrentIndex(max(0, self.currency.findData(shop_currency)))
        self.status = QComboBox()
        for status in (OrderStatus.DELIVERED, OrderStatus.PAID, OrderStatus.IN_TRANSIT):
            self.status.addItem(fmt.order_status_label(status), status.value)
        self.placed = QDateTimeEdit(QDateTime(now))
        self.placed.setCalendarPopup(True)
        self.placed.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.payment_method = QComboBox()
        for method in PaymentMethod:
            self.payment_method.addItem(fmt.payment_method_label(method), method.value)
        self.payment_reference = QLineEdit()
        self.payer_account = QLineEdit()
        self.order_discount = QLineEdit()
        self.order_discount.setPlaceholderText("0.00")
        self.shipping = QLineEdit()
        self.shipping.setPlaceholderText("0.00")
        self.errors = {
            name: error_label(f"{name}Error")
            for name in (
                "order_no",
                "customer",
                "phone",
                "email",
                "payment_reference",
                "payer_account",
                "lines",
                "order_discount",
                "shipping",
            )
        }
        self.general_error = error_label("newOrderError")

        self.lines = QTableWidget(0, 7)
        self.lines.setHorizontalHeaderLabels(
            [
                self.tr("SKU"),
                self.tr("Name"),
                self.tr("Qty"),
                self.tr("Unit price"),
                self.tr("Line discount"),
                self.tr("Tax rate %"),
                self.tr("Final sale"),
            ]
        )
        self.lines.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.lines.verticalHeader().hide()
        add_line = QPushButton(self.tr("Add line"))
        remove_line = QPushButton(self.tr("Remove line"))
        add_line.clicked.connect(self.add_line)
        remove_line.clicked.connect(self._remove_line)
        self.add_line()

        form = QFormLayout()
        form.addRow(self.tr("Order number"), self.order_no)
        form.addRow("", self.errors["order_no"])
        form.addRow(self.tr("Customer"), self.customer)
        form.addRow("", self.errors["customer"])
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow("", self.errors["phone"])
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow("", self.errors["email"])
        right = QFormLayout()
        right.addRow(self.tr("Currency"), self.currency)
        right.addRow(self.tr("Status"), self.status)
        right.addRow(self.tr("Placed"), self.placed)
        right.addRow(self.tr("Payment"), self.payment_method)
        right.addRow(self.tr("Payment reference"), self.payment_reference)
        right.addRow("", self.errors["payment_reference"])
        right.addRow(self.tr("Payer account"), self.payer_account)
        right.addRow("", self.errors["payer_account"])
        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addLayout(right, 1)
        line_buttons = QHBoxLayout()
        line_buttons.addWidget(add_line)
        line_buttons.addWidget(remove_line)
        line_buttons.addStretch(1)
        amounts = QFormLayout()
        amounts.addRow(self.tr("Order discount (coupon)"), self.order_discount)
        amounts.addRow("", self.errors["order_discount"])
        amounts.addRow(self.tr("Shipping"), self.shipping)
        amounts.addRow("", self.errors["shipping"])

        self.create_button = QPushButton(self.tr("Create order"))
        self.create_button.setDefault(True)
        buttons = QDialogButtonBox()
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Lines")))
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.errors["lines"])
        layout.addLayout(line_buttons)
        layout.addLayout(amounts)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        # Checked as it is typed, by the same validation the service runs before storing.
        self.live = LiveCheck(self, self.problems, self.create_button, general=self.general_error)
        for name, widget in (
            ("order_no", self.order_no),
            ("customer", self.customer),
            ("phone", self.phone),
            ("email", self.email),
            ("payment_reference", self.payment_reference),
            ("payer_account", self.payer_account),
            ("lines", self.lines),
            ("order_discount", self.order_discount),
            ("shipping", self.shipping),
        ):
            self.live.field(name, self.errors[name], widget)
        self.live.watch(self.currency, self.status, self.placed, self.payment_method)
        self.live.run()
        self.remember_input()

    # lines

    def add_line(self) -> int:
        row = self.lines.rowCount()
        self.lines.insertRow(row)
        for column, text in ((QTY, "1"), (DISCOUNT, "0"), (TAX, "0")):
            self.lines.setItem(row, column, QTableWidgetItem(text))
        final = QTableWidgetItem()
        final.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        final.setCheckState(Qt.CheckState.Unchecked)
        self.lines.setItem(row, FINAL, final)
        return row

    def set_line(self, row: int, **values: str) -> None:
        """Fill cells of ``row`` by column name (sku, name, qty, price, discount, tax)."""
        columns = {"sku": SKU, "name": NAME, "qty": QTY, "price": PRICE, "discount": DISCOUNT}
        columns["tax"] = TAX
        for name, text in values.items():
            self.lines.setItem(row, columns[name], QTableWidgetItem(text))

    def _remove_line(self) -> None:
        row = self.lines.currentRow()
        if row >= 0 and self.lines.rowCount() > 1:
            self.lines.removeRow(row)

    def _cell(self, row: int, column: int) -> str:
        item = self.lines.item(row, column)
        return item.text().strip() if item else ""

    # validation

    def _clear_errors(self) -> None:
        for row in range(self.lines.rowCount()):
            for column in range(FINAL):
                item = self.lines.item(row, column)
                if item is not None and item.background() == _BAD:
                    self.lines.blockSignals(True)
                    item.setBackground(QBrush())
                    self.lines.blockSignals(False)

    def _amount(self, text: str, field: str, what: str) -> int:
        try:
            return parse_amount(text or "0", self.currency.currentData()).minor
        except InvalidInput as error:
            raise _FieldError(field, f"{what}: {error_text(error)}") from None

    def _bad_cell(self, row: int, column: int, text: str) -> _FieldError:
        # The colour is not an edit: no itemChanged, or the live check would run again.
        self.lines.blockSignals(True)
        item = self.lines.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            self.lines.setItem(row, column, item)
        item.setBackground(_BAD)
        self.lines.blockSignals(False)
        return _FieldError("lines", self.tr("Line %1: ").replace("%1", str(row + 1)) + text)

    def _line(self, row: int) -> OrderLine:
        try:
            quantity = int(self._cell(row, QTY))
        except ValueError:
            raise self._bad_cell(row, QTY, self.tr("the quantity must be a whole number")) from None
        try:
            price = parse_amount(self._cell(row, PRICE), self.currency.currentData()).minor
        except InvalidInput as error:
            raise self._bad_cell(row, PRICE, error_text(error)) from None
        try:
            discount = parse_amount(self._cell(row, DISCOUNT) or "0", self.currency.currentData())
        except InvalidInput as error:
            raise self._bad_cell(row, DISCOUNT, error_text(error)) from None
        try:
            tax = Decimal(self._cell(row, TAX) or "0") / 100
        except InvalidOperation:
            raise self._bad_cell(row, TAX, self.tr("the tax rate is a percentage")) from None
        final_item = self.lines.item(row, FINAL)
        return OrderLine(
            line_no=row + 1,
            sku=self._cell(row, SKU),
            name=self._cell(row, NAME) or self._cell(row, SKU),
            quantity=quantity,
            unit_price=price,
            line_discount=discount.minor,
            tax_rate=tax,
            final_sale=final_item is not None and final_item.checkState() == Qt.CheckState.Checked,
        )

    def build_order(self) -> Order:
        """The typed order; raises ``_FieldError`` naming the first field in trouble."""
        lines = tuple(self._line(row) for row in range(self.lines.rowCount()))
        return self._order(lines, self._discount(), self._shipping())

    def _discount(self) -> int:
        text = self.order_discount.text().strip()
        return self._amount(text, "order_discount", self.tr("Order discount"))

    def _shipping(self) -> int:
        return self._amount(self.shipping.text().strip(), "shipping", self.tr("Shipping"))

    def _order(self, lines: tuple[OrderLine, ...], discount: int, shipping: int) -> Order:
        currency = self.currency.currentData()
        status = OrderStatus(self.status.currentData())
        placed: datetime = self.placed.dateTime().toPython().replace(microsecond=0)
        return Order(
            order_no=self.order_no.text().strip(),
            currency=currency,
            status=status,
            placed_at=placed,
            customer=Customer(
                self.customer.text().strip(), self.phone.text().strip(), self.email.text().strip()
            ),
            payment=Payment(
                PaymentMethod(self.payment_method.currentData()),
                self.payment_reference.text().strip(),
                self.payer_account.text().strip(),
            ),
            lines=lines,
            discounts=(Discount(discount),) if discount else (),
            shipping_fee=shipping,
            source="manual",
            paid_at=placed,
            delivered_at=placed if status is OrderStatus.DELIVERED else None,
        )

    def problems(self) -> dict[str, RefundsError | str]:
        """What the service would refuse in the order as typed now, under the field it concerns
        (``validate_and_allocate`` is the check ``create_order`` runs; an order number already
        stored is looked up)."""
        self._clear_errors()
        found: dict[str, RefundsError | str] = {}
        lines: list[OrderLine] = []
        for row in range(self.lines.rowCount()):
            try:
                lines.append(self._line(row))
            except _FieldError as problem:
                found.setdefault(problem.field, problem.text)
        amounts = []
        for read in (self._discount, self._shipping):
            try:
                amounts.append(read())
            except _FieldError as problem:
                found[problem.field] = problem.text
                amounts.append(0)
        order = self._order(tuple(lines), *amounts)
        try:
            validate_and_allocate(order)
        except RefundsError as error:
            found.setdefault(self._field_of(error) or GENERAL, error)
        if found:
            return found
        try:
            orders.get_order(order.order_no)
        except NotFound:
            return {}
        return {
            "order_no": Refused(
                "order_exists", "Order {order_no} already exists", order_no=order.order_no
            )
        }

    def create(self) -> None:
        """Check, then store through the service; its objections go beside their fields."""
        if not self.live.reveal():
            return
        try:
            order = self.build_order()
            detail = orders.create_order(self.session.actor, order)
        except _FieldError as problem:
            self._show_field_error(problem.field, problem.text)
            return
        except RefundsError as error:
            field = self._field_of(error)
            if field is None:
                show_error(self, error)
            else:
                self._show_field_error(field, error_text(error))
            return
        self.order_created.emit(detail)
        self.accept()

    def input_state(self) -> tuple[object, ...]:
        """The fields and every cell of the lines, to tell whether anything was typed."""
        rows, columns = range(self.lines.rowCount()), range(FINAL)
        cells = tuple(self._cell(row, column) for row in rows for column in columns)
        return (*form_state(self, skip=(self.lines,)), cells)

    def _show_field_error(self, field: str, text: str) -> None:
        self.errors[field].setText(text)
        self.errors[field].show()

    @staticmethod
    def _field_of(error: RefundsError) -> str | None:
        if error.code in _FIELD_OF_CODE:
            return _FIELD_OF_CODE[error.code]
        if error.code in {"text_too_long", "text_not_allowed"}:
            what = str(error.params.get("what", ""))
            if what in _FIELD_OF_TEXT:
                return _FIELD_OF_TEXT[what]
            if " of line " in what:
                return "lines"
        if "line" in error.params or error.code in {"invalid_lines", "invalid_discount"}:
            return "lines" if "line" in error.params else "order_discount"
        return None
