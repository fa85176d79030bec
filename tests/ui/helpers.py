"""Helpers the GUI tests share: bulk data, waiting for background work, reading what is shown."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QAbstractItemModel, Qt

from merchant_refunds.storage import models as m
from merchant_refunds.storage.db import current_database

#: The offscreen platform plugin warns each time a top-level window is shown; harmless.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def bulk_orders(count: int, prefix: str = "BULK") -> None:
    """``count`` bare orders straight into the table (no lines): list tests need only the rows.

    They have no audit events, so a test using this is marked ``tampers``."""
    start = datetime(2026, 1, 1, 8, 0)
    rows = [
        {
            "order_no": f"{prefix}{i:07d}",
            "status": "delivered" if i % 3 else "in_transit",
            "currency": "CNY",
            "placed_at": start + timedelta(minutes=i),
            "customer_name": f"客户{i % 997}",
            "customer_phone": f"139{i:08d}",
            "payment_method": "alipay" if i % 2 else "wechat_pay",
            "total_paid": 1000 + (i * 7919) % 100000,
            "created_at": start,
        }
        for i in range(count)
    ]
    with current_database().atomic():
        for offset in range(0, count, 2000):
            m.Order.insert_many(rows[offset : offset + 2000]).execute()


def column_texts(model: QAbstractItemModel, column: int, limit: int = 50) -> list[str]:
    """What the first ``limit`` rows of a column show."""
    rows = min(model.rowCount(), limit)
    return [model.index(r, column).data(Qt.ItemDataRole.DisplayRole) for r in range(rows)]


def answer_yes(box: object) -> None:
    """Click the yes button of a question from ``ui.common.guards`` (money moves, input lost)."""
    from PySide6.QtWidgets import QAbstractButton, QMessageBox

    assert isinstance(box, QMessageBox) and box.isVisible()
    button = box.findChild(QAbstractButton, "yesButton")
    assert button is not None
    button.click()


def press_ok(dialog: object) -> None:
    """OK in a dialog, answering "yes" when it asks before money moves."""
    dialog.question_box = None
    dialog.buttons.accepted.emit()
    box = getattr(dialog, "question_box", None)
    if box is not None:
        answer_yes(box)
