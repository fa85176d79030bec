"""Run slow work off the GUI thread and hand the result back on it (Picard's ``run_task``).

The window must never freeze: a query, an export or a backup runs on a ``QThreadPool`` worker and
its result (or exception) arrives through a queued signal, so ``on_done``/``on_error`` always run
on the GUI thread where touching widgets is safe. Peewee gives every worker thread its own SQLite
connection; under WAL, reads there never wait for the GUI thread's writes.

Usage::

    task = run_task(lambda: queries.order_ids(flt), self._show_ids, parent=self)
    task.cancel()  # the result is then dropped, never delivered

Long work that can report progress or stop early asks for the task itself::

    def work(task: Task) -> int:
        for i, row in enumerate(rows):
            if task.cancelled:
                return i
            task.report(i + 1, len(rows))
        return len(rows)

    run_task(work, on_done, pass_task=True, on_progress=self._show_progress)
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

from merchant_refunds.services.queries import release_connection

#: Tasks whose result has not been delivered yet; keeps their relay objects alive.
_pending: set[Task] = set()
_pool: QThreadPool | None = None


def thread_pool() -> QThreadPool:
    """The pool the GUI's background work shares; two workers are plenty for one shop computer."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(2)
        _pool.setExpiryTimeout(10_000)
    return _pool


class Task(QObject):
    """The handle of one background job: cancel it, ask whether it was cancelled, report progress.

    Lives on the GUI thread; the worker only emits its signals, which Qt queues to the GUI thread.
    """

    _done = Signal(object)
    _failed = Signal(object)
    _progress = Signal(int, int)

    finished = Signal()
    progress = Signal(int, int)

    def __init__(
        self,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None,
        on_progress: Callable[[int, int], None] | None,
        owner: QObject | None,
    ) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self._on_progress = on_progress
        self._owner = owner
        self._cancel = threading.Event()
        self._delivered = False
        self._done.connect(self._deliver_result)
        self._failed.connect(self._deliver_error)
        self._progress.connect(self._deliver_progress)
        if owner is not None:
            owner.destroyed.connect(self.cancel)

    @property
    def cancelled(self) -> bool:
        """True once :meth:`cancel` was called; long work should check it and stop."""
        return self._cancel.is_set()

    @property
    def done(self) -> bool:
        return self._delivered

    def cancel(self) -> None:
        """Stop delivering: whatever the worker returns afterwards is dropped."""
        self._cancel.set()

    def report(self, done: int, total: int) -> None:
        """Called from the worker: progress is shown on the GUI thread."""
        self._progress.emit(done, total)

    def _owner_alive(self) -> bool:
        return self._owner is None or shiboken6.isValid(self._owner)

    def _finish(self) -> None:
        self._delivered = True
        _pending.discard(self)
        self.finished.emit()

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        try:
            if not self.cancelled and self._owner_alive():
                self._on_done(result)
        finally:
            self._finish()

    @Slot(object)
    def _deliver_error(self, error: object) -> None:
        try:
            if self.cancelled or not self._owner_alive():
                return
            if self._on_error is None:
                raise error  # type: ignore[misc]  # goes to sys.excepthook: the error dialog
            self._on_error(error)  # type: ignore[arg-type]
        finally:
            self._finish()

    @Slot(int, int)
    def _deliver_progress(self, done: int, total: int) -> None:
        if self.cancelled or not self._owner_alive():
            return
        self.progress.emit(done, total)
        if self._on_progress is not None:
            self._on_progress(done, total)


class _Runner(QRunnable):
    def __init__(self, task: Task, func: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task = task
        self._func = func

    def run(self) -> None:
        try:
            result = self._func()
        except BaseException as exc:
            self._task._failed.emit(exc)
        else:
            self._task._done.emit(result)
        finally:
            release_connection()


def run_task(
    func: Callable[..., Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
    parent: QObject | None = None,
    *,
    pass_task: bool = False,
    on_progress: Callable[[int, int], None] | None = None,
) -> Task:
    """Run ``func`` on the thread pool; call ``on_done(result)`` or ``on_error(exc)`` on the GUI
    thread. With ``parent``, nothing is delivered once that widget is gone. Without ``on_error``
    the exception goes to ``sys.excepthook`` (the application's error dialog), never silently away.
    With ``pass_task=True`` the function receives the :class:`Task` to check ``cancelled`` and
    ``report(done, total)``.
    """
    task = Task(on_done, on_error, on_progress, parent)
    _pending.add(task)
    work = (lambda: func(task)) if pass_task else func
    thread_pool().start(_Runner(task, work))
    return task


def wait_for_tasks(timeout_ms: int = 5000) -> bool:
    """Block until every task has finished and its result was delivered (for shutdown and tests).

    Delivering a result may start new work (a list loads, then its first row's detail), so this
    repeats until nothing is pending. True if everything settled within ``timeout_ms`` each round.
    """
    for _round in range(100):
        if not thread_pool().waitForDone(timeout_ms):
            return False
        QCoreApplication.sendPostedEvents()
        if not _pending:
            return True
    return False
