"""Other counters' changes appear without a search: a timer asks ``services.changes`` whether
anything was committed, and the session tells every view to read again.

A tick costs microseconds (SQLite's ``data_version``, or the PostgreSQL notifications already
received), so it runs on the GUI thread from a timer and never waits on a writer. This counter's
own writes already refresh the views through ``Session.notify_changed``; the poller then takes
the new state as seen, so they are not read twice.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from merchant_refunds.domain.errors import RefundsError
from merchant_refunds.services import changes
from merchant_refunds.ui.common.session import Session

#: How often another counter's change is looked for.
POLL_MS = 1500


class ChangePoller(QObject):
    """Polls while the window lives; ``changed_elsewhere`` fires before the views refresh."""

    changed_elsewhere = Signal()

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._notifying = False
        try:
            self.watcher: changes.Watcher | None = changes.watch()
        except RefundsError:
            self.watcher = None  # no watcher: the views still refresh on F5 and own changes
        self.timer = QTimer(self)
        self.timer.setObjectName("changePoll")
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        session.data_changed.connect(self._own_change)
        if self.watcher is not None:
            self.timer.start()

    def poll(self) -> bool:
        """Look once; True (and every view refreshed) when another program committed."""
        if self.watcher is None or not self.watcher.changed():
            return False
        self.changed_elsewhere.emit()
        self._notifying = True
        try:
            self.session.notify_changed()
        finally:
            self._notifying = False
        return True

    def _own_change(self) -> None:
        if not self._notifying and self.watcher is not None:
            self.watcher.changed()  # this counter's write: the views are refreshing already

    def stop(self) -> None:
        self.timer.stop()
        if self.watcher is not None:
            self.watcher.close()
            self.watcher = None
