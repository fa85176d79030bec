"""The counter's waits (issue 15): the refund dialog opening and the confirmation's print preview
with a million orders, each beside a bare dialog timed in turn with it.

Prints figures; asserts nothing; not a test. The database is COPIED first (refunds are requested
in the copy to have something to preview; the original is never written)::

    MERCHANT_REFUNDS_KEY_DIR=/work/bench-data/keys MERCHANT_REFUNDS_KEY_STORE=file \\
      nice -n 10 python3 benchmarks/bench_counter.py --db /work/bench-data/orders-1m.sqlite3

- ``refund dialog``: from the click (``OrdersView.new_refund_for_selected`` on a selected order)
  to the dialog shown with its first quote and painted once (``QWidget.grab``), for orders
  spread over the whole table, each a different order (nothing cached from the one before).
- ``print preview``: from ``PrintBar.preview()`` to the preview shown with page 1 painted,
  for refunds requested in the copy (each previewed once: the first view of a confirmation).
- ``bare dialog``: a ``QDialog`` with a form of the same size, shown and painted: the floor.
- the busy cursor: whether the wait cursor was up during each timed call (it is set before the
  order is read, so any wait past ~100 ms shows it).

Runs on Qt's offscreen platform; the machine is shared, so the load average is printed too.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def _figures(name: str, times_ms: list[float]) -> str:
    times = sorted(times_ms)
    p90 = times[max(0, int(len(times) * 0.9) - 1)]
    return (
        f"{name:<16} n={len(times):<3} min {times[0]:7.1f} ms   median "
        f"{statistics.median(times):7.1f} ms   p90 {p90:7.1f} ms   max {times[-1]:7.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="the million-order database (copied first)")
    parser.add_argument("--orders", type=int, default=20, help="refund dialogs to open")
    parser.add_argument("--previews", type=int, default=10, help="print previews to open")
    parser.add_argument(
        "--cold",
        action="store_true",
        help="skip the printing warm-up the main window runs once its lists are in",
    )
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-counter-"))
    copy = work / "orders.sqlite3"
    started = time.perf_counter()
    shutil.copyfile(args.db, copy)
    print(
        f"copied {Path(args.db).stat().st_size / 1e6:.0f} MB"
        f" in {time.perf_counter() - started:.1f} s"
    )

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QDialog, QFormLayout, QLineEdit

    app = QApplication(sys.argv)
    from merchant_refunds.domain.calculation import Selection
    from merchant_refunds.domain.policy import ReasonCode
    from merchant_refunds.services import orders, queries, refund_requests, users
    from merchant_refunds.services.orders import OrderFilter
    from merchant_refunds.storage.db import close_database, open_database
    from merchant_refunds.ui.common import i18n
    from merchant_refunds.ui.common.session import Session
    from merchant_refunds.ui.common.tasks import wait_for_tasks
    from merchant_refunds.ui.orders.orders_view import OrdersView
    from merchant_refunds.ui.refunds.print_actions import PrintBar

    i18n.apply_language(i18n.CHINESE)
    open_database(copy)
    owner = users.get_actor("boss")
    session = Session(owner, copy, i18n.CHINESE)
    total = orders.count_orders()
    print(f"orders {total:,}   load average {_load()}")

    def settle() -> None:
        for _ in range(2):
            QCoreApplication.sendPostedEvents()
            app.processEvents()

    busy: list[bool] = []

    def timed(call: object) -> float:
        start = time.perf_counter()
        widget = call()  # type: ignore[operator]
        busy.append(QGuiApplication.overrideCursor() is None)  # restored once shown
        widget.grab()  # painted once
        settle()
        return (time.perf_counter() - start) * 1000

    # Delivered orders spread over the table: each is read from the disk, not from a cache.
    ids = queries.order_ids(OrderFilter(status="delivered"), "placed", True)
    wanted = args.orders + args.previews
    step = max(1, len(ids) // (wanted + 1))
    picks = [
        row.order_no for row in queries.order_rows([ids[i * step] for i in range(1, wanted + 1)])
    ]

    view = OrdersView(session)
    view.resize(1280, 760)
    view.show()
    wait_for_tasks()
    settle()

    def bare() -> QDialog:
        dialog = QDialog()
        form = QFormLayout(dialog)
        for n in range(12):
            form.addRow(f"field {n}", QLineEdit())
        dialog.resize(1040, 660)
        dialog.show()
        return dialog

    dialog_ms: list[float] = []
    bare_ms: list[float] = []
    for order_no in picks[: args.orders]:
        view.search.setText(order_no)
        view.reload()
        wait_for_tasks()
        settle()
        dialog_ms.append(timed(view.new_refund_for_selected))
        view.refund_dialog.discard()
        settle()
        bare_ms.append(timed(bare))

    refund_nos = []
    for order_no in picks[args.orders :]:
        request = refund_requests.RefundRequest(
            order_no,
            Selection(everything_left=True),
            ReasonCode.QUALITY_PROBLEM,
            override_reason="benchmark: a refund to preview",  # the owner overrides old windows
        )
        try:
            refund_nos.append(refund_requests.request_refund(owner, request).refund_no)
        except Exception as error:  # a policy block on this order: take the next one
            print(f"  {order_no}: {error}")
    bar = PrintBar(session)
    if not args.cold:
        from merchant_refunds.ui.refunds import print_actions

        started = time.perf_counter()
        print_actions.warm_up()  # what a refund dialog starts off the GUI thread
        print(f"printing warm-up (off the GUI thread in the app): {_ms(started):.0f} ms")
    preview_ms: list[float] = []
    for refund_no in refund_nos:
        bar.set_refund(refund_no)
        preview_ms.append(timed(bar.preview))
        bar.preview_dialog.reject()
        settle()

    print(f"first refund dialog of the run (imports its modules): {dialog_ms[0]:.1f} ms")
    print(_figures("refund dialog", dialog_ms[1:]))
    print(_figures("bare dialog", bare_ms[1:]))
    first = "cold: imports ReportLab and the font" if args.cold else "after the warm-up"
    print(f"first print preview of the run ({first}): {preview_ms[0]:.1f} ms")
    print(_figures("print preview", preview_ms[1:]))
    print(
        "ratio dialog/bare (medians) "
        f"{statistics.median(dialog_ms[1:]) / statistics.median(bare_ms[1:]):.1f}"
    )
    print(f"busy cursor restored after every call: {all(busy)}")
    print(f"load average at the end {_load()}")
    close_database()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
