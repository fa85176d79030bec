"""A progress window for background work that takes a while (a backup, a copy of the database).

Shown only if the work is still running after ``SHOW_AFTER_MS`` (half a second): quick work
flashes nothing, slow work never leaves the screen looking idle. Window-modal, so the window
that started it is not used half-way; ``finish()`` closes it from the task's done or failed
callback.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

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
