"""A progress window for background work that takes a while (a backup, a copy of the database).

Shown only if the work is still running after ``SHOW_AFTER_MS`` (half a second): quick work
flashes nothing, slow work never leaves the screen looking idle. Window-modal, so the window
that started it is not used half-way; ``finish()`` closes it from the task's done or failed
callback.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QWidget

from merchant_refunds.ui.common.tasks import Task, run_task

#: Work that ends sooner shows no window at all.
SHOW_AFTER_MS = 500


class ProgressWindow(QProgressDialog):
    """``report(done, total)`` turns the moving bar into a measured one."""

    def __init__(self, title: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressWindow")
        self.setWindowTitle(title)
        self.setLabelText(label)
        self.setCancelButton(None)
        self.setRange(0, 0)  # moving until the work says how far it is
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(SHOW_AFTER_MS)
        self.setValue(0)  # starts the clock: shown after SHOW_AFTER_MS unless finished first

    def report(self, done: int, total: int) -> None:
        self.setRange(0, max(total, 1))
        self.setValue(min(done, max(total, 1)))

    def finish(self) -> None:
        self.reset()
        self.hide()
        self.deleteLater()


def run_with_progress(
    parent: QWidget,
    title: str,
    label: str,
    func: Callable[..., Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
    *,
    pass_task: bool = False,
) -> Task:
    """Run ``func`` off the GUI thread behind a :class:`ProgressWindow` and the busy cursor.

    Both go away before ``on_done``/``on_error`` runs, also when ``parent`` is closed first, so a
    slow reconciliation or export never leaves the screen idle or the cursor stuck. With
    ``pass_task`` the work's ``task.report(done, total)`` moves the bar.
    """
    window = ProgressWindow(title, label, parent)
    QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    ended: list[bool] = []

    def end() -> None:
        if ended:
            return
        ended.append(True)
        QGuiApplication.restoreOverrideCursor()
        if shiboken6.isValid(window):
            window.finish()

    def done(result: object) -> None:
        end()
        on_done(result)

    def failed(error: BaseException) -> None:
        end()
        if on_error is None:
            raise error
        on_error(error)

    task = run_task(func, done, failed, parent, pass_task=pass_task, on_progress=window.report)
    task.finished.connect(end)  # also when the result is dropped: the parent went away
    return task
