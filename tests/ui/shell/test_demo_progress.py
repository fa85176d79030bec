"""``--demo`` shows its progress while the year of orders is made (issue 15, problem 9)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog
from pytestqt.qtbot import QtBot

from merchant_refunds.ui.shell import launch
from tests.ui.helpers import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def test_the_demo_is_made_behind_a_visible_progress_window(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    seen: list[tuple[str, int, int]] = []

    def slow_demo(*, progress: Callable[[int, int], None], first_owner: object) -> None:
        progress(120, 300)
        assert release.wait(10)  # the GUI looks while the "orders" are being made

    monkeypatch.setattr("merchant_refunds.demo.generator.generate_demo", slow_demo)

    def look() -> None:
        boxes = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()
        ]
        if not boxes or boxes[0].value() < 120:
            QTimer.singleShot(20, look)
            return
        box = boxes[0]
        seen.append((box.labelText(), box.value(), box.maximum()))
        release.set()

    QTimer.singleShot(0, look)
    assert launch.fill_demo()
    assert seen == [("Making a year of demo orders…", 120, 301)]
    assert not [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.isVisible()
    ]
