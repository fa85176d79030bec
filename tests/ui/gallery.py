"""Every view and dialog of the program, opened on demo data the way a person would see them.

Shared by the language and screen-size tests (tests/ui/shell/test_language_and_layout.py) and by
``scripts/make_screenshots.py``: one list, so a dialog added to the program and here is both
checked and photographed. Each entry is a name and a function that opens the window (a view
shown in the main window with something selected, or a dialog built as its view builds it) and
returns the top-level widget to look at.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableView, QWidget

from merchant_refunds.demo import generator
from merchant_refunds.domain.exchanges import ItemOut
from merchant_refunds.domain.lifecycle import RefundStatus, Role
from merchant_refunds.domain.money import Money
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import (
    clock,
    exchanges,
    orders,
    queries,
    refund_views,
    returned_goods,
    store_credit,
    users,
)
from merchant_refunds.services.orders import OrderFilter
from merchant_refunds.ui.common import tasks
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.shell.main_window import ORDERS, REFUNDS, SETTINGS, MainWindow
from merchant_refunds.ui.shell.navigation import EXTRA_VIEWS

#: The demo's last day: refund windows and follow-ups count from here.
NOW = datetime(2026, 6, 15, 15, 30)
SEED = 7
#: A photo to attach as evidence: the program's own icon, a real PNG.
ICON = Path(__file__).resolve().parents[2] / "resources" / "icons" / "merchant-refunds.png"


def settle(rounds: int = 6) -> None:
    """Let background loads finish and their results reach the widgets."""
    for _round in range(rounds):
        tasks.wait_for_tasks()
        QCoreApplication.processEvents()
        QTest.qWait(10)


def fill_demo(orders_count: int = 60) -> None:
    """Demo data on the open (empty) database, ending on ``NOW``'s day, with one exchange (the
    demo records none) so that its dialogs show a real one."""
    generator.generate_demo(orders=orders_count, seed=SEED, today=NOW.date())
    saved = clock.get_clock()
    clock.set_clock(lambda: NOW)
    try:
        _record_exchange()
    finally:
        clock.set_clock(saved)


def _record_exchange() -> None:
    """The clerk swaps one unit of an order without refunds for the same product (another size),
    as a customer who got the wrong one would ask at the counter."""
    clerk = next(u for u in users.list_users(active_only=True) if u.role is Role.CLERK)
    actor = users.get_actor(clerk.name)
    for summary in queries.order_rows(list(queries.order_ids(OrderFilter()))):
        detail = orders.get_order(summary.order_no)
        if detail.refunds or not detail.order.lines:
            continue
        line = detail.order.lines[0]
        request = exchanges.ExchangeRequest(
            summary.order_no,
            {line.line_no: 1},
            (ItemOut(line.sku, line.name, line.unit_price, 1),),
            ReasonCode.WRONG_ITEM,
            note="换成大一号",
        )
        if exchanges.quote(request).blocking:
            continue
        exchanges.record_exchange(actor, request)
        return
    raise AssertionError("no demo order can be exchanged")


def _exchange() -> exchanges.ExchangeDetail:
    for summary in queries.order_rows(list(queries.order_ids(OrderFilter()))):
        for exchange in exchanges.exchanges_of_order(summary.order_no):
            return exchange
    raise AssertionError("the demo has no exchange")


def owner_window(db_path: Path, locale: str) -> MainWindow:
    owner = next(u for u in users.list_users(active_only=True) if u.role is Role.OWNER)
    return MainWindow(Session(users.get_actor(owner.name), db_path, locale))


def _order_with_refund() -> str:
    """An order with a refund and units still refundable: its detail shows the most."""
    for summary in queries.order_rows(list(queries.order_ids(OrderFilter()))):
        detail = orders.get_order(summary.order_no)
        if detail.refunds and detail.refundable["total_left"] > 0:
            return summary.order_no
    raise AssertionError("the demo has no partly refunded order")


def _refund_in(status: RefundStatus) -> str:
    for summary in queries.refund_rows(list(queries.refund_ids())):
        if summary.status == status.value:
            return summary.refund_no
    raise AssertionError(f"the demo has no {status.value} refund")


def _refund_with_goods(inspected: bool) -> str:
    """A refund taking goods back: still to be received, or received and inspected."""
    for summary in queries.refund_rows(list(queries.refund_ids())):
        units = returned_goods.units_to_receive(summary.refund_no)
        goods = returned_goods.goods_of(summary.refund_no).units
        wanted = inspected or summary.status == RefundStatus.APPROVED.value
        if units and bool(goods) == inspected and wanted:
            return summary.refund_no
    raise AssertionError("the demo has no such refund with returned goods")


def _select_order(window: MainWindow, order_no: str) -> None:
    view = window.orders_view
    for row in range(view.model.rowCount()):
        summary = view.model.order_at(row)
        if summary is not None and summary.order_no == order_no:
            view.table.setCurrentIndex(view.model.index(row, 0))
            view.table.scrollTo(view.model.index(row, 0), QTableView.ScrollHint.PositionAtCenter)
            settle()
            return
    raise AssertionError(f"order {order_no} is not in the list")


def close(dialog: QWidget) -> None:
    """Close a dialog the gallery filled in without the question about discarding the input."""
    discard = getattr(dialog, "discard", None)
    if callable(discard):
        discard()
    else:
        dialog.close()


def views(window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """Each view shown in the window, a row selected where it has a list; each settings tab."""
    window.show_view(ORDERS)
    settle()
    _select_order(window, _order_with_refund())
    yield "orders", window

    window.show_view(REFUNDS)
    settle()
    refunds_view = window.refunds_view
    refund_no = _refund_in(RefundStatus.PAID)
    refunds_view.show_status(None)
    settle()
    refunds_view.select_refund(refund_no)
    settle()
    yield "refunds", window

    for offset, entry in enumerate(EXTRA_VIEWS):
        window.show_view(2 + offset)
        settle()
        view = window.view_at(2 + offset)
        table = view.findChild(QTableView)
        if table is not None and table.model() is not None and table.model().rowCount() > 0:
            table.selectRow(0)
            settle()
        yield entry.key, window

    window.show_view(SETTINGS)
    settle()
    tabs = window.settings_view.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        settle()
        yield f"settings-{index + 1}", window


def dialogs(window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """Every dialog built as its view builds it, for the demo's owner. The caller closes each."""
    from merchant_refunds.ui.orders.exchange_dialog import ExchangeDialog
    from merchant_refunds.ui.orders.import_dialog import ImportDialog
    from merchant_refunds.ui.orders.new_order_dialog import NewOrderDialog
    from merchant_refunds.ui.orders.order_edit_dialog import OrderEditDialog
    from merchant_refunds.ui.orders.store_credit_dialog import (
        CreditMovementDialog,
        StoreCreditDialog,
    )
    from merchant_refunds.ui.refunds.aftercare_dialogs import FeedbackDialog, SupplierAnswerDialog
    from merchant_refunds.ui.refunds.deadline_dialog import ExtendDeadlineDialog
    from merchant_refunds.ui.refunds.evidence import RejectDialog
    from merchant_refunds.ui.refunds.goods_dialogs import DeductionDialog, ReceiveGoodsDialog
    from merchant_refunds.ui.refunds.print_actions import ConfirmationPreviewDialog
    from merchant_refunds.ui.refunds.refund_actions import PayoutDialog, ReasonDialog
    from merchant_refunds.ui.refunds.refund_dialog import RefundDialog
    from merchant_refunds.ui.refunds.signature_dialog import SignatureDialog
    from merchant_refunds.ui.reports.closing_dialog import ClosingDialog
    from merchant_refunds.ui.reports.credit_balances_dialog import CreditBalancesDialog
    from merchant_refunds.ui.reports.export_dialog import ExportDialog
    from merchant_refunds.ui.reports.rates_dialog import RatesDialog
    from merchant_refunds.ui.reports.reconcile_dialog import ReconcileDialog
    from merchant_refunds.ui.reports.stock_dialog import StockLedgerDialog
    from merchant_refunds.ui.settings.settings_users import AddUserDialog
    from merchant_refunds.ui.shell.change_pin import ChangePinDialog
    from merchant_refunds.ui.shell.login import LoginDialog

    session = window.session
    lang = "zh" if session.locale.startswith("zh") else "en"
    order_no = _order_with_refund()
    detail = orders.get_order(order_no)
    approved = _refund_in(RefundStatus.APPROVED)
    paid = _refund_in(RefundStatus.PAID)
    requested = _refund_in(RefundStatus.REQUESTED)
    customer = detail.order.customer
    key = store_credit.customer_key(customer.phone, customer.email, customer.name)
    today = NOW.date()
    exchange = _exchange()
    receiving = _refund_with_goods(inspected=False)
    inspected = _refund_with_goods(inspected=True)
    inspected_refund = refund_views.get_refund(inspected)

    def refund_by_amount() -> QWidget:
        dialog = RefundDialog(session, order_no, window)
        dialog.by_amount.setChecked(True)
        dialog.amount_edit.setText("20.00")
        dialog.reason.setCurrentIndex(dialog.reason.findData(ReasonCode.PRICE_ADJUSTMENT.value))
        return dialog

    def exchange_filled() -> QWidget:
        """One unit still refundable back, the same product in another version out."""
        dialog = ExchangeDialog(session, order_no, window)
        line_no, spin = next((n, s) for n, s in dialog.back_spins.items() if s.maximum() > 0)
        spin.setValue(1)
        line = next(item for item in detail.order.lines if item.line_no == line_no)
        price = str(Money(line.unit_price, detail.order.currency).amount)
        dialog.add_out_row(line.sku, f"{line.name}（新款）", price, "1")
        dialog.reason.setCurrentIndex(dialog.reason.findData(ReasonCode.WRONG_ITEM.value))
        return dialog

    def reject_with_evidence() -> QWidget:
        dialog = RejectDialog(session, requested, window)
        dialog.template.setCurrentIndex(1)
        dialog.evidence.add_paths([ICON])
        return dialog

    def about() -> QWidget:
        window.show_about()
        assert window.about_box is not None
        return window.about_box

    makers: list[tuple[str, Callable[[], QWidget]]] = [
        ("refund-dialog", lambda: RefundDialog(session, order_no, window)),
        ("refund-amount", refund_by_amount),
        ("exchange", exchange_filled),
        (
            "exchange-preview",
            lambda: window.orders_view.exchange_actions.preview(exchange.exchange_no),
        ),
        ("exchange-cancel", lambda: window.orders_view.exchange_actions.cancel(exchange)),
        (
            "exchange-receive",
            lambda: window.orders_view.exchange_actions.receive(exchange.exchange_no),
        ),
        (
            "receive-goods",
            lambda: ReceiveGoodsDialog(
                returned_goods.units_to_receive(receiving),
                lambda _chosen: refund_views.get_refund(receiving),
                session.locale,
                window,
            ),
        ),
        (
            "deduction",
            lambda: DeductionDialog(
                list(returned_goods.goods_of(inspected).units),
                inspected_refund.currency,
                lambda _unit, _amount, _reason: inspected_refund,
                session.locale,
                window,
                check=lambda unit, amount, reason: returned_goods.check_deduction_input(
                    inspected, unit, amount, reason
                ),
            ),
        ),
        ("new-order", lambda: NewOrderDialog(session, window)),
        ("order-edit", lambda: OrderEditDialog(session, detail, window)),
        ("import", lambda: ImportDialog(session, window)),
        (
            "store-credit",
            lambda: StoreCreditDialog(session, key, detail.order.currency, customer.name, window),
        ),
        (
            "store-credit-use",
            lambda: CreditMovementDialog(
                session, key, detail.order.currency, 10_000, cash=False, parent=window
            ),
        ),
        ("payout", lambda: PayoutDialog(refund_views.get_refund(approved), session.locale, window)),
        ("signature", lambda: SignatureDialog(session, approved, "a4", lang, window)),
        ("deadline", lambda: ExtendDeadlineDialog(session, approved, None, window)),
        ("feedback", lambda: FeedbackDialog(session, paid, window)),
        ("supplier", lambda: SupplierAnswerDialog(session, paid, window)),
        ("reject", lambda: RejectDialog(session, requested, window)),
        ("reject-evidence", reject_with_evidence),
        (
            "cancel",
            lambda: ReasonDialog(
                QCoreApplication.translate("RefundsView", "Cancel refund"),
                QCoreApplication.translate(
                    "RefundsView", "Cancel this refund? Nothing has been paid. Reason (optional):"
                ),
                False,
                window,
            ),
        ),
        ("print-preview", lambda: ConfirmationPreviewDialog([paid], "a4", lang, window)),
        ("closing", lambda: ClosingDialog(session, window)),
        ("rates", lambda: RatesDialog(session, window)),
        ("reconcile", lambda: ReconcileDialog(session, window)),
        ("export", lambda: ExportDialog(session, date(today.year, 1, 1), today, window)),
        ("stock-ledger", lambda: StockLedgerDialog(session, date(today.year, 1, 1), today, window)),
        ("credit-balances", lambda: CreditBalancesDialog(session, today, window)),
        ("change-pin", lambda: ChangePinDialog(session, window)),
        ("about", about),
        ("add-user", lambda: AddUserDialog(session, window)),
        ("login", lambda: LoginDialog(window, preselect=session.actor.name, shop_name="")),
    ]
    for name, make in makers:
        dialog = make()
        dialog.show()
        settle()
        yield name, dialog
