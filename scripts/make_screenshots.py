"""Make the README's screenshots of every view, in Chinese and in English, from demo data.

A throw-away database is filled by ``demo.generator.generate_demo`` (fixed seed, a fixed day) and
the services' clock is held at that day, so every run draws the same orders, refunds and dates.
The real main window is built for the demo owner on Qt's offscreen platform and each view is
captured with ``QWidget.grab``; the language is switched the way the settings page does it,
``i18n.apply_language``. Without compiled translations (``resources/translations/*.qm``) the
Chinese pictures show the English source texts: rerun after ``scripts/update_translations.py``.

Usage::

    python scripts/make_screenshots.py [--out docs/screenshots] [--only zh|en]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QSize, Qt  # noqa: E402
from PySide6.QtGui import QImage, QPixmap  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView, QWidget  # noqa: E402

from merchant_refunds.demo import generator  # noqa: E402
from merchant_refunds.domain.calculation import Selection  # noqa: E402
from merchant_refunds.domain.errors import RefundsError  # noqa: E402
from merchant_refunds.domain.lifecycle import RefundStatus, Role  # noqa: E402
from merchant_refunds.domain.policy import ReasonCode  # noqa: E402
from merchant_refunds.services import (  # noqa: E402
    audit,
    clock,
    orders,
    queries,
    refund_requests,
    users,
)
from merchant_refunds.services.orders import OrderDetail, OrderFilter  # noqa: E402
from merchant_refunds.services.refund_requests import QuoteResult, RefundRequest  # noqa: E402
from merchant_refunds.storage.db import close_database, open_database  # noqa: E402
from merchant_refunds.ui.common import computer_settings, i18n, tasks  # noqa: E402
from merchant_refunds.ui.common.session import Session  # noqa: E402
from merchant_refunds.ui.shell.main_window import ORDERS, REFUNDS, SETTINGS, MainWindow  # noqa: E402
from merchant_refunds.ui.shell.navigation import EXTRA_VIEWS  # noqa: E402

#: The demo's last day and the moment the pictures are "taken": refund windows count from here.
NOW = datetime(2026, 6, 15, 15, 30)
SEED = 7
DEMO_ORDERS = 300
WINDOW = QSize(1280, 800)
LANGUAGES = {"zh": i18n.CHINESE, "en": i18n.ENGLISH}
#: A fixed folder, so the database path in the status bar is the same on every run.
WORK_DIR = Path(tempfile.gettempdir()) / "merchant-refunds-screenshots"
MAX_BYTES = 200_000
#: What the clerk writes in the refund dialog's note, in the picture's language.
NOTES = {
    "zh": "顾客说洗了两次就开线了，当面看过，属实。",
    "en": "Seam came apart after two washes; seen at the counter.",
}


def settle(rounds: int = 6) -> None:
    """Let background loads finish and their results reach the widgets, then paint."""
    for _round in range(rounds):
        tasks.wait_for_tasks()
        QCoreApplication.processEvents()
        QTest.qWait(20)


def build_database(folder: Path) -> Path:
    path = open_database(folder / "demo.sqlite3", create=True)
    summary = generator.generate_demo(orders=DEMO_ORDERS, seed=SEED, today=NOW.date())
    print(f"demo data: {summary.orders} orders, {summary.refunds} refunds in {path}")
    return path


def _all_orders() -> list[OrderDetail]:
    return [orders.get_order(row.order_no) for row in queries.order_rows(_order_ids())]


def _order_ids() -> list[int]:
    return list(queries.order_ids(OrderFilter()))


def pick_history_order(details: list[OrderDetail]) -> str:
    """An order with a discount, a refund paid out, and something still refundable."""
    paid = {RefundStatus.PAID.value, RefundStatus.COMPLETED.value}

    def score(detail: OrderDetail) -> tuple[object, ...]:
        order = detail.order
        return (
            any(r.status in paid for r in detail.refunds),
            detail.refundable["total_left"] > 0,
            bool(order.discounts),
            order.currency == "CNY",
            order.shipping_fee > 0,
            len(order.lines),
            order.placed_at,
        )

    return max(details, key=score).order.order_no


def partial_selection(detail: OrderDetail) -> Selection:
    """All but one unit of the line with the most units left (one unit if it has only one),
    with shipping where some is left: what the dialog is set to in the picture."""
    line = max(detail.refundable["lines"], key=lambda line: line["units_left"])
    units = max(1, line["units_left"] - 1)
    return Selection({line["line_no"]: units}, shipping=detail.refundable["shipping_left"] > 0)


def pick_refund_order(details: list[OrderDetail]) -> str:
    """A CNY order whose partial refund for a quality problem the review lets through (no
    block), preferring a discount, shipping, no warnings and more lines: the breakdown then
    shows its kinds of rows and the dialog no red text."""

    def review(detail: OrderDetail) -> QuoteResult | None:
        order = detail.order
        if order.currency != "CNY" or detail.refundable["total_left"] <= 0:
            return None
        if any(line.final_sale for line in order.lines):
            return None
        request = RefundRequest(
            order.order_no, partial_selection(detail), ReasonCode.QUALITY_PROBLEM, goods_return=True
        )
        try:
            result = refund_requests.quote(request)
        except RefundsError:
            return None
        return None if result.blocking else result

    best: tuple[tuple[object, ...], str] | None = None
    for detail in details:
        result = review(detail)
        if result is None:
            continue
        order = detail.order
        units = sum(line["units_left"] for line in detail.refundable["lines"])
        key = (
            bool(order.discounts),
            order.shipping_fee > 0,
            not result.findings,
            len(order.lines),
            units,
        )
        if best is None or key > best[0]:
            best = (key, order.order_no)
    if best is None:
        raise SystemExit("no demo order can be partly refunded without a block")
    return best[1]


def pick_refund() -> tuple[str, str]:
    """The refund with the longest timeline (signature, approvals, payouts); its status."""
    best: tuple[int, str, str] | None = None
    for summary in queries.refund_rows(list(queries.refund_ids())):
        events = len(audit.events_for("refund", summary.refund_no))
        if best is None or events > best[0]:
            best = (events, summary.refund_no, summary.status)
    if best is None:
        raise SystemExit("the demo data has no refunds")
    return best[1], best[2]


def select_order(window: MainWindow, order_no: str) -> None:
    view = window.orders_view
    for row in range(view.model.rowCount()):
        summary = view.model.order_at(row)
        if summary is not None and summary.order_no == order_no:
            view.table.setCurrentIndex(view.model.index(row, 0))
            view.table.scrollTo(view.model.index(row, 0), QTableView.ScrollHint.PositionAtCenter)
            settle()
            return
    raise SystemExit(f"order {order_no} is not in the list")


def save(widget: QWidget, path: Path) -> None:
    """PNG at the widget's size; a 256-colour version if the full-colour one is too large."""
    pixmap: QPixmap = widget.grab()
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_RGB32)
    image.save(str(path), "PNG", 0)
    if path.stat().st_size > MAX_BYTES:
        small = image.convertToFormat(
            QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither
        )
        small.save(str(path), "PNG", 0)
    print(f"  {path} ({image.width()}x{image.height()}, {path.stat().st_size / 1000:.0f} kB)")


def capture(language: str, suffix: str, db_path: Path, picks: dict[str, str], out: Path) -> None:
    locale = i18n.apply_language(language)
    owner = next(u for u in users.list_users(active_only=True) if u.role is Role.OWNER)
    window = MainWindow(Session(users.get_actor(owner.name), db_path, locale))
    window.resize(WINDOW)
    window.show()
    settle()

    def orders_shot() -> QWidget:
        window.show_view(ORDERS)
        select_order(window, picks["history_order"])
        return window

    def dialog_shot() -> QWidget:
        select_order(window, picks["refund_order"])
        dialog = window.orders_view.new_refund_for_selected()
        if dialog is None:
            raise SystemExit("the refund dialog did not open")
        dialog.reason.setCurrentIndex(dialog.reason.findData(ReasonCode.QUALITY_PROBLEM.value))
        selection = partial_selection(dialog.detail)
        for line_no, units in selection.lines.items():
            dialog.spins[line_no].setValue(units)
        dialog.shipping.setChecked(selection.shipping)
        dialog.goods_back.setChecked(True)
        dialog.note.setPlainText(NOTES[suffix])
        settle()
        return dialog

    def refunds_shot() -> QWidget:
        window.show_view(REFUNDS)
        view = window.refunds_view
        view.show_status(picks["refund_status"])
        settle()
        if not view.select_refund(picks["refund"]):
            raise SystemExit(f"refund {picks['refund']} is not in its tab")
        settle()
        # The timeline is the panel's last part: scroll down to it.
        bar = view.detail.browser.verticalScrollBar()
        bar.setValue(bar.maximum())
        return window

    def settings_shot() -> QWidget:
        window.show_view(SETTINGS)
        window.settings_view.tabs.setCurrentIndex(1)  # the refund policy: the richest page
        settle()
        return window

    def audit_shot() -> QWidget:
        keys = [entry.key for entry in EXTRA_VIEWS]
        window.show_view(2 + keys.index("audit"))
        settle()
        return window

    shots: list[tuple[str, Callable[[], QWidget]]] = [
        ("orders", orders_shot),
        ("refund-dialog", dialog_shot),
        ("refunds", refunds_shot),
        ("settings", settings_shot),
        ("audit", audit_shot),
    ]
    for name, shoot in shots:
        widget = shoot()
        save(widget, out / f"{name}-{suffix}.png")
        if widget is not window:
            widget.close()
            settle()
    window.close()
    window.deleteLater()
    settle()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--only", choices=sorted(LANGUAGES), help="one language only")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("merchant-refunds-screenshots")
    shutil.rmtree(WORK_DIR, ignore_errors=True)
    WORK_DIR.mkdir(parents=True)
    computer_settings.use_file(WORK_DIR / "settings.ini")
    saved_clock = clock.get_clock()
    try:
        db_path = build_database(WORK_DIR)
        clock.set_clock(lambda: NOW)
        details = _all_orders()
        refund_no, refund_status = pick_refund()
        picks = {
            "history_order": pick_history_order(details),
            "refund_order": pick_refund_order(details),
            "refund": refund_no,
            "refund_status": refund_status,
        }
        print(f"showing {picks}")
        if not i18n.qm_path(i18n.CHINESE).exists():
            print(f"note: {i18n.qm_path(i18n.CHINESE)} is missing; Chinese shots show English text")
        for suffix, language in LANGUAGES.items():
            if args.only and suffix != args.only:
                continue
            print(f"{suffix}:")
            capture(language, suffix, db_path, picks, args.out)
    finally:
        clock.set_clock(saved_clock)
        i18n.apply_language(i18n.ENGLISH)
        tasks.wait_for_tasks()
        close_database()
        computer_settings.use_file(None)
        shutil.rmtree(WORK_DIR, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
