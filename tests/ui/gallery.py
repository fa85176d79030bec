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
from merchant_refunds.domain.lifecycle import RefundStatus, Role
from merchant_refunds.services import orders, queries, refund_views, store_credit, users
from merchant_refunds.services.orders import OrderFilter
from merchant_refunds.ui.common import tasks
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.shell.main_window import ORDERS, REFUNDS, SETTINGS, MainWindow
from merchant_refunds.ui.shell.navigation import EXTRA_VIEWS

#: The demo's last day: refund windows and follow-ups count from here.
NOW = datetime(2026, 6, 15, 15, 30)
SEED = 7


def settle(rounds: int = 6) -> None:
    """Let background loads finish and their results reach the widgets."""
    for _round in range(rounds):
        tasks.wait_for_tasks()
        QCoreApplication.processEvents()
        QTest.qWait(10)


def fill_demo(orders_count: int = 60) -> None:
    """Demo data on the open (empty) database, ending on ``NOW``'s day."""
    generator.generate_demo(orders=orders_count, seed=SEED, today=NOW.date())


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
    from merchant_refunds.ui.refunds.print_actions import ConfirmationPreviewDialog
    from merchant_refunds.ui.refunds.refund_actions import PayoutDialog, ReasonDialog
    from merchant_refunds.ui.refunds.refund_dialog import RefundDialog
    from merchant_refunds.ui.refunds.signature_dialog import SignatureDialog
    from merchant_refunds.ui.reports.closing_dialog import ClosingDialog
    from merchant_refunds.ui.reports.export_dialog import ExportDialog
    from merchant_refunds.ui.reports.rates_dialog import RatesDialog
    from merchant_refunds.ui.reports.reconcile_dialog import ReconcileDialog
    from merchant_refunds.ui.settings.settings_users import AddUserDialog
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
    makers: list[tuple[str, Callable[[], QWidget]]] = [
        ("refund-dialog", lambda: RefundDialog(session, order_no, window)),
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
        ("add-user", lambda: AddUserDialog(session, window)),
        ("login", lambda: LoginDialog(window, preselect=session.actor.name, shop_name="")),
    ]
    for name, make in makers:
        dialog = make()
        dialog.show()
        settle()
        yield name, dialog
