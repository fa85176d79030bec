"""Starting the desktop application: Qt, language, error handling, database, who is working.

The only GUI module that opens and closes the database (``storage.db``); everything else goes
through services. A database that cannot be opened (damaged, locked, a folder, too new) is
explained in a dialog and the program ends with the storage exit code, never with a traceback.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog, QWidget

from merchant_refunds import appinfo
from merchant_refunds.domain.errors import RefundsError, StorageError
from merchant_refunds.services import orders, shop_settings, users
from merchant_refunds.services.database import (
    DB_ENV,
    close_database,
    initialise,
    note_program,
    note_signed_in,
    open_database,
    resolve_db_target,
)
from merchant_refunds.services.users import Actor
from merchant_refunds.ui.common import app_look, i18n
from merchant_refunds.ui.common.computer_settings import APPLICATION, ORGANIZATION
from merchant_refunds.ui.common.errors import install_excepthook, show_error
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.common.tasks import Task, run_task, wait_for_tasks
from merchant_refunds.ui.settings import database_choice
from merchant_refunds.ui.settings.shop_key import ask_for_missing_key
from merchant_refunds.ui.shell.login import LoginDialog
from merchant_refunds.ui.shell.main_window import MainWindow

if TYPE_CHECKING:
    from merchant_refunds.services import backup

# The start-up check and backup (``services.backup``), the first start's dialog and the
# recovery offer are imported where they are needed, not with the window: what the main window
# loads before its first rows is measured in docs/performance.md ("GUI first rows").

CONTEXT = "Launch"


def open_database_or_explain(
    target: str | Path | None, parent: QWidget | None = None, *, wait: bool = True
) -> Path | None:
    """Open the database; on a ``StorageError`` show why (and what to do) and return None."""
    try:
        return open_database(target)
    except StorageError as exc:
        show_error(parent, exc, wait=wait)
        return None


def open_checked_database(target: str | Path | None) -> Path | None:
    """Open (setting it up on the first start), check (integrity and audit chain) and back up
    the database at start-up.

    A damaged file leads to the recovery dialog, which offers the newest good backup; None when
    the program cannot go on.
    """
    try:
        db_path = initialise(target).target  # the first start sets the database up
    except StorageError as exc:
        if exc.code != "db_corrupt":
            show_error(None, exc, wait=True)
            return None
        from merchant_refunds.ui.shell.recovery import offer_recovery

        db_path = Path(resolve_db_target(target)).expanduser()
        if not offer_recovery(db_path, exc, [exc.message]):
            return None
        return open_database_or_explain(db_path)
    # Without the shop key the check cannot read the trail and nothing can be saved: ask first.
    if not ask_for_missing_key():
        close_database()
        return None
    report = check_with_progress(db_path)
    if not report.ok:
        from merchant_refunds.ui.shell.recovery import offer_recovery

        close_database()
        damaged = StorageError(
            "db_corrupt", "{path} is damaged or is not a Merchant Refunds database", path=db_path
        )
        if not offer_recovery(db_path, damaged, report.problems):
            return None
        reopened = open_database_or_explain(db_path)
        if reopened is None:
            return None
        db_path = reopened
    _automatic_backup(db_path)
    return db_path


def _automatic_backup(db_path: Path) -> None:
    """The start and close backups; a failure is told, but never stops the program."""
    from merchant_refunds.services import backup

    try:
        backup.automatic_backup(db_path)
    except StorageError as exc:
        show_error(None, exc, wait=True)


def check_with_progress(db_path: Path) -> backup.HealthReport:
    """The start-up check off the GUI thread; a large database shows how far it has got (a
    million orders take about a minute), a small one is checked before a window could appear."""
    from merchant_refunds.services import backup

    progress = QProgressDialog()
    progress.setWindowTitle(QCoreApplication.translate("Launch", "Checking the database"))
    progress.setLabelText(
        QCoreApplication.translate(
            "Launch", "Checking the audit trail and every record against it…"
        )
    )
    progress.setCancelButton(None)
    progress.setMinimumDuration(800)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    loop = QEventLoop()
    outcome: list[object] = []

    def work(task: Task) -> object:
        return backup.health_check(db_path, progress=_stage_progress(task))

    def finished(result: object) -> None:
        outcome.append(result)
        loop.quit()

    def show_progress(done: int, total: int) -> None:
        progress.setRange(0, total)
        progress.setValue(done)

    run_task(work, finished, finished, pass_task=True, on_progress=show_progress)
    loop.exec()
    progress.close()
    progress.deleteLater()
    result = outcome[0]
    if isinstance(result, BaseException):
        return backup.HealthReport([str(result)])
    return result  # type: ignore[return-value]


def _stage_progress(task: Task) -> Callable[[str, int], None]:
    """``integrity.check``'s (stage, count) as one bar over all stages."""
    from merchant_refunds.services import backup

    sizes = backup.check_work_size()
    stages = list(sizes)
    offsets = {s: sum(sizes[t] for t in stages[:i]) for i, s in enumerate(stages)}
    total = max(1, sum(sizes.values()))
    return lambda stage, count: task.report(min(total, offsets.get(stage, 0) + count), total)


def fill_demo(parent: QWidget | None = None, *, first_owner: Actor | None = None) -> bool:
    """Generate demo data off the GUI thread behind a progress dialog; False if it failed (a
    database with users or orders is refused: see ``services.sample_data.require_new_database``)."""
    from merchant_refunds.demo import generator

    progress = QProgressDialog(parent)
    progress.setWindowTitle(QCoreApplication.translate("Launch", "Demo data"))
    progress.setLabelText(QCoreApplication.translate("Launch", "Making a year of demo orders…"))
    progress.setCancelButton(None)
    progress.setRange(0, 0)
    progress.setMinimumDuration(0)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    loop = QEventLoop()
    failure: list[BaseException] = []

    def work(task: Task) -> object:
        return generator.generate_demo(progress=task.report, first_owner=first_owner)

    def show_progress(done: int, total: int) -> None:
        progress.setRange(0, total + 1)
        progress.setValue(done)

    def failed(error: BaseException) -> None:
        failure.append(error)
        loop.quit()

    run_task(work, lambda _summary: loop.quit(), failed, pass_task=True, on_progress=show_progress)
    progress.show()
    loop.exec()
    progress.close()
    progress.deleteLater()
    if failure:
        show_error(parent, failure[0], wait=True)
        return False
    return True


class Shell:
    """Signs a user in on the open database and keeps the main window for it."""

    def __init__(self, db_path: Path, locale: str) -> None:
        self.db_path = db_path
        self.locale = locale
        self.window: MainWindow | None = None

    def sign_in(self, *, demo: bool = False) -> Actor | None:
        """First start on an empty database, else who is working; None if the user gives up
        (also when this computer lacks the shop key and the user does not enter it: signing in
        writes to the trail)."""
        if not ask_for_missing_key(self.window):
            return None
        if demo and not users.has_users() and orders.count_orders() == 0:
            fill_demo()
        if not users.has_users():
            from merchant_refunds.ui.shell.first_start import FirstStartDialog

            setup = FirstStartDialog()
            if setup.exec() != QDialog.DialogCode.Accepted or setup.actor is None:
                return None
            self.locale = i18n.effective_language(i18n.saved_choice())
            if setup.wants_demo:
                fill_demo(first_owner=setup.actor)
            return setup.actor
        login = LoginDialog(shop_name=shop_settings.get_shop()["name"])
        if login.exec() != QDialog.DialogCode.Accepted:
            return None
        return login.actor

    def show_window(self, actor: Actor) -> MainWindow:
        note_signed_in(actor.name)
        window = MainWindow(Session(actor, self.db_path, self.locale))
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.open_database_requested.connect(self.switch_database)
        window.show()
        self.window = window
        return window

    def switch_database(self, path: Path) -> None:
        """Open another database file; on any failure stay on the current one."""
        current = self.window
        old_path = self.db_path
        if open_database_or_explain(path, current) is None:
            open_database(old_path)
            return
        self.db_path = path
        actor = self.sign_in()
        if actor is None:
            self.db_path = old_path
            open_database(old_path)
            return
        self.show_window(actor)
        if current is not None:
            current.close()


def _application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(QCoreApplication.translate("Launch", "Merchant Refunds"))
    app.setApplicationVersion(appinfo.version())
    app.setWindowIcon(app_look.program_icon())
    app_look.use_bundled_font_if_needed(app)
    return app


def run_gui(db_target: str | None, *, demo: bool = False) -> int:
    """The ``merchant-refunds`` command without arguments: returns the process exit code."""
    app = _application()
    install_excepthook()
    note_program("gui")
    locale = i18n.apply_language(i18n.saved_choice())
    if not db_target and not os.environ.get(DB_ENV, "").strip():
        db_target = database_choice.saved_target() or None
    db_path = open_checked_database(db_target)
    if db_path is None:
        return StorageError.exit_code
    # Dialogs closing before the main window exists must not end the program.
    app.setQuitOnLastWindowClosed(False)
    shell = Shell(db_path, locale)
    try:
        try:
            actor = shell.sign_in(demo=demo)
        except RefundsError as exc:
            show_error(None, exc, wait=True)
            return exc.exit_code
        if actor is None:
            return 0
        shell.show_window(actor)
        app.setQuitOnLastWindowClosed(True)
        return app.exec()
    finally:
        wait_for_tasks()
        _automatic_backup(shell.db_path)
        close_database()
