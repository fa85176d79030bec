"""The main window: navigation between Orders, Refunds and Settings, menus, shortcuts, status bar.

It owns what belongs to the whole window: who is signed in (switch user, lock after idle time),
the database copy, and the window's size and splitters, remembered per computer in ``QSettings``.
Opening another database is the launcher's job (``open_database_requested``): only it may touch
the storage layer.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from merchant_refunds.domain.errors import RefundsError
from merchant_refunds.domain.lifecycle import Role
from merchant_refunds.services import clock, shop_settings
from merchant_refunds.services.users import Actor
from merchant_refunds.ui.common import app_look, i18n
from merchant_refunds.ui.common.change_poll import ChangePoller
from merchant_refunds.ui.common.computer_settings import computer_settings
from merchant_refunds.ui.common.errors import show_error
from merchant_refunds.ui.common.formatting import role_label
from merchant_refunds.ui.common.guards import ask_now, discard_text
from merchant_refunds.ui.common.messages import error_text
from merchant_refunds.ui.common.progress import ProgressWindow
from merchant_refunds.ui.common.save_paths import checked_save_path
from merchant_refunds.ui.common.screen_fit import resize_to_fit
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.common.tasks import Task, run_task
from merchant_refunds.ui.shell.login import IdleWatcher, LoginDialog
from merchant_refunds.ui.shell.navigation import EXTRA_VIEWS
from merchant_refunds.ui.shell.reminder_bar import REMINDER_MINUTES, ReminderBar, ReminderCheck

ORDERS, REFUNDS = 0, 1
#: Settings comes last, after the views listed in ``navigation.EXTRA_VIEWS``.
SETTINGS = 2 + len(EXTRA_VIEWS)
#: The views not shown at the start are built after the Orders list has loaded, or after this
#: long if it never does (an error): long enough that a busy machine paints the first rows first.
BUILD_REST_AT_LATEST_MS = 5000


class MainWindow(QMainWindow):
    """Build with a signed-in ``Session``; ``views`` are indexed by ORDERS, REFUNDS, SETTINGS."""

    open_database_requested = Signal(Path)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Imported here: the views are a separate piece of work and may be swapped in tests.
        from merchant_refunds.ui.orders.orders_view import OrdersView

        self.setObjectName("mainWindow")
        self.session = session
        self.login_dialog: LoginDialog | None = None
        self.about_box: QMessageBox | None = None
        #: The progress window of the slow work running now (a backup, a copy).
        self.progress_window: ProgressWindow | None = None
        self._locked = False

        self.orders_view = OrdersView(session)
        self._attention: dict[int, int] = {}
        # The other views are built when first shown or asked for, or once the Orders list has
        # loaded: a million-order shop sees its orders without waiting for screens it has not
        # opened (docs/performance.md, "GUI first rows").
        self._factories: list[Callable[[], QWidget]] = [
            _view_factory("merchant_refunds.ui.orders.orders_view:OrdersView", session),
            _view_factory("merchant_refunds.ui.refunds.refunds_view:RefundsView", session),
            *(_view_factory(entry.view, session) for entry in EXTRA_VIEWS),
            _view_factory("merchant_refunds.ui.settings.settings_view:SettingsView", session),
        ]
        self._built: dict[int, QWidget] = {ORDERS: self.orders_view}
        self._rest_scheduled = False
        self._rest_started = False
        #: The Orders view has painted its first rows; the rest waits for that too.
        self._orders_painted = False
        self._rest_wanted = False
        self._rebuild_pending = False
        self._views_stale = False
        #: The language the views were built in; a switch to another rebuilds them.
        self._views_language = session.locale
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.addItems([""] * len(self._factories))
        self.nav.setMaximumWidth(220)
        self.nav.setIconSize(QSize(24, 24))
        self.nav.setStyleSheet("QListWidget::item { padding: 8px 6px; }")
        icons = (
            QStyle.StandardPixmap.SP_FileDialogDetailedView,
            QStyle.StandardPixmap.SP_BrowserReload,
            *(entry.icon for entry in EXTRA_VIEWS),
            QStyle.StandardPixmap.SP_FileDialogContentsView,
        )
        for row, icon in enumerate(icons):
            self.nav.item(row).setIcon(self.style().standardIcon(icon))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.orders_view)
        for _row in range(1, len(self._factories)):
            self.stack.addWidget(QWidget())  # a place held until the view is built
        self.nav.currentRowChanged.connect(self._show_row)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([160, 1000])
        self.lock_page = QLabel()
        self.lock_page.setObjectName("lockPage")
        self.lock_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reminder_bar = ReminderBar()
        self.reminder_bar.open_followup.connect(self.show_followup)
        self.work_area = QWidget()
        work_layout = QVBoxLayout(self.work_area)
        work_layout.setContentsMargins(0, 0, 0, 0)
        work_layout.setSpacing(4)
        work_layout.addWidget(self.reminder_bar)
        work_layout.addWidget(self.splitter, 1)
        self.central = QStackedWidget()
        self.central.addWidget(self.work_area)
        self.central.addWidget(self.lock_page)
        self.setCentralWidget(self.central)

        self._build_actions()
        self._build_menus()
        self._build_counter_keys()
        # A database on a PostgreSQL server is backed up on the server, not copied as a file.
        for act in (self.copy_action, self.backup_action, self.restore_action):
            act.setEnabled(isinstance(session.db_path, Path))
        self.user_label = QLabel()
        self.user_label.setObjectName("statusUser")
        self.role_label = QLabel()
        self.role_label.setObjectName("statusRole")
        self.db_label = QLabel()
        self.db_label.setObjectName("statusDatabase")
        for label in (self.user_label, self.role_label, self.db_label):
            label.setContentsMargins(8, 0, 8, 0)
            self.statusBar().addPermanentWidget(label)

        # Its timer runs from now; it watches the input of the whole program once the first
        # rows are painted (``_orders_rows_painted``): before, there is no input to watch, and
        # a filter in Python on every event of every object made that paint 12 ms slower.
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock)
        self.idle.set_minutes(shop_settings.get_idle_lock_minutes())
        session.actor_changed.connect(lambda _actor: self.update_status())

        self._reminder_task: Task | None = None
        self._digest_day: date | None = None
        #: A digest asked for before the first rows were painted, sent after them.
        self._digest_waiting = False
        self.reminder_timer = QTimer(self)
        self.reminder_timer.setObjectName("reminderTimer")
        self.reminder_timer.setInterval(REMINDER_MINUTES * 60_000)
        self.reminder_timer.timeout.connect(self.check_reminders)
        session.actor_changed.connect(lambda _actor: self._start_reminders())
        session.data_changed.connect(self._refresh_reminder)
        session.actor_changed.connect(lambda _actor: self._apply_role_views())
        # Another counter's refund or payout shows here without searching again.
        self.change_poller = ChangePoller(session, self)

        self.retranslate_ui()
        self.restore_state()
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(ORDERS)
        self._apply_role_views()
        # The reminder is read at once (its bar belongs in the first frame); the day's e-mail
        # digest waits for the Orders view's first rows (docs/performance.md).
        self._start_reminders()
        painted = getattr(self.orders_view, "first_rows_painted", None)
        if painted is not None:
            painted.connect(self._orders_rows_painted)
        else:  # a stand-in view (tests) paints no rows
            self._orders_rows_painted()

    def _build_actions(self) -> None:
        def action(name: str, slot: object, shortcut: QKeySequence | str | None = None) -> QAction:
            act = QAction(self)
            act.setObjectName(name)
            act.triggered.connect(slot)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
                act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(act)
            return act

        self.open_action = action(
            "openDatabase", self.choose_database, QKeySequence.StandardKey.Open
        )
        self.copy_action = action("saveCopy", self.choose_copy_target)
        self.backup_action = action("backUpNow", lambda: _backup_actions().back_up_now(self))
        self.restore_action = action(
            "restoreBackup", lambda: _backup_actions().choose_restore(self)
        )
        self.switch_action = action("switchUser", self.switch_user)
        self.change_pin_action = action("changePin", self.change_pin)
        self.lock_action = action("lockScreen", self.lock, "Ctrl+L")
        self.quit_action = action("quit", self.close, QKeySequence.StandardKey.Quit)
        self.find_action = action("find", self.focus_search, "Ctrl+F")
        self.new_refund_action = action("newRefund", self.new_refund, "Ctrl+N")
        self.about_action = action("about", self.show_about)
        self.import_action = action("importOrders", self.import_orders)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        for act in (self.open_action, self.copy_action, self.backup_action, self.restore_action):
            self.file_menu.addAction(act)
        self.file_menu.addAction(self.import_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.switch_action)
        self.file_menu.addAction(self.change_pin_action)
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.find_action)
        self.edit_menu.addAction(self.new_refund_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Merchant Refunds"))
        names = [
            self.tr("Orders"),
            self.tr("Refunds"),
            *(QCoreApplication.translate("Navigation", entry.label) for entry in EXTRA_VIEWS),
            self.tr("Settings"),
        ]
        for row, text in enumerate(names):
            count = self._attention.get(row, 0)
            self.nav.item(row).setText(f"{text} ({count})" if count else text)
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.open_action.setText(self.tr("&Open database…"))
        self.copy_action.setText(self.tr("&Save a copy of the database…"))
        self.backup_action.setText(self.tr("&Back up now"))
        self.restore_action.setText(self.tr("&Restore from backup…"))
        self.switch_action.setText(self.tr("S&witch user…"))
        self.change_pin_action.setText(self.tr("Change my &PIN…"))
        self.lock_action.setText(self.tr("&Lock the screen"))
        self.quit_action.setText(self.tr("&Quit"))
        self.find_action.setText(self.tr("&Find"))
        self.new_refund_action.setText(self.tr("&New refund for the selected order"))
        self.about_action.setText(self.tr("&About Merchant Refunds"))
        self.import_action.setText(self.tr("&Import orders…"))
        self.lock_page.setText(self.tr("Locked. Type a PIN to continue."))
        self._retranslate_counter_keys(names)
        self.update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            language = i18n.current_language()
            if language != self._views_language:
                self._views_language = self.session.locale = language
                if not self._rebuild_pending:
                    self._rebuild_pending = True
                    QTimer.singleShot(0, self, self.rebuild_views)
        super().changeEvent(event)

    def rebuild_views(self) -> None:
        """Build every view again in the language now in effect, Settings apart (it retranslates
        itself, and the person who just picked the language is looking at it).

        A view's texts are not only its labels: its table models format dates and amounts in the
        session's language and its lists hold translated codes, so building it anew is the one
        way nothing is left in the old language. Splitters keep their places.
        """
        self._rebuild_pending = False
        if not self.isVisible():
            # A closed or hidden window (its database may be closed already) builds nothing
            # now; it builds its views again when it is shown.
            self._views_stale = True
            return
        self._views_stale = False
        current = self.stack.currentIndex()
        for row in sorted(self._built):
            if row == SETTINGS:
                continue
            old = self._built.pop(row)
            _save_splitters(old)
            self.view_at(row)
            old.hide()
            old.deleteLater()
        self.orders_view = self._built[ORDERS]
        self.stack.setCurrentIndex(current)

    def update_status(self) -> None:
        actor = self.session.actor
        self.user_label.setText(self.tr("User: %1").replace("%1", actor.display_name or actor.name))
        self.role_label.setText(self.tr("Role: %1").replace("%1", role_label(actor.role.value)))
        self.db_label.setText(self.tr("Database: %1").replace("%1", str(self.session.db_path)))
        self.db_label.setToolTip(str(self.session.db_path))
        self.import_action.setEnabled(actor.role.value in ("owner", "clerk"))

    # navigation and shortcuts

    def _set_attention(self, row: int, count: int) -> None:
        """A view's count of things waiting for someone, shown beside its name."""
        self._attention[row] = count
        self.retranslate_ui()

    def show_view(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    # the views, each built once: at the start (Orders), or when first needed

    def view_at(self, row: int) -> QWidget:
        """The view of navigation ``row``, built now if it was not yet."""
        view = self._built.get(row)
        if view is not None:
            return view
        factory = self._factories[row]
        assert factory is not None
        view = factory()
        self._built[row] = view
        placeholder = self.stack.widget(row)
        current = self.stack.currentIndex()
        self.stack.insertWidget(row, view)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.stack.setCurrentIndex(current)
        signal = getattr(view, "attention_changed", None)
        if signal is not None:
            signal.connect(lambda count, row=row: self._set_attention(row, count))
        if row == SETTINGS:
            view.general_page.idle_minutes_changed.connect(self.idle.set_minutes)
        _restore_splitters(view)
        return view

    def _show_row(self, row: int) -> None:
        leaving = self.stack.currentIndex()
        if leaving == SETTINGS and row != SETTINGS and not self._settings_may_close():
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(SETTINGS)
            self.nav.blockSignals(False)
            return
        if row >= 0:
            self.view_at(row)
        self.stack.setCurrentIndex(row)

    # keys of the counter, the views a role sees, nothing typed lost on leaving

    def _build_counter_keys(self) -> None:
        """Ctrl+1…6 for the views, F5 to read everything again, Ctrl+P to print preview the
        refund shown; each in the View menu, so the keys are written beside their names."""
        self.view_actions: list[QAction] = []
        for row in range(len(self._factories)):
            act = QAction(self)
            act.setObjectName(f"showView{row + 1}")
            act.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            act.triggered.connect(lambda _checked=False, row=row: self.show_view(row))
            self.addAction(act)
            self.view_actions.append(act)
        self.refresh_action = QAction(self)
        self.refresh_action.setObjectName("refresh")
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        if self.refresh_action.shortcut().isEmpty():
            self.refresh_action.setShortcut(QKeySequence("F5"))
        self.refresh_action.triggered.connect(self.refresh)
        self.print_action = QAction(self)
        self.print_action.setObjectName("printPreview")
        self.print_action.setShortcut(QKeySequence("Ctrl+P"))
        self.print_action.triggered.connect(self.print_preview)
        for act in (self.refresh_action, self.print_action):
            self.addAction(act)
        self.view_menu = QMenu(self)
        self.menuBar().insertMenu(self.help_menu.menuAction(), self.view_menu)
        for act in self.view_actions:
            self.view_menu.addAction(act)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.refresh_action)
        self.file_menu.insertAction(self.import_action, self.print_action)

    def _retranslate_counter_keys(self, names: list[str]) -> None:
        self.view_menu.setTitle(self.tr("&View"))
        for act, name in zip(self.view_actions, names, strict=True):
            act.setText(name)
        self.refresh_action.setText(self.tr("&Refresh"))
        self.print_action.setText(self.tr("&Print preview of the refund shown…"))
        for row, act in enumerate(self.view_actions):
            key = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            self.nav.item(row).setToolTip(f"{name_of(self.nav.item(row).text())} ({key})")

    def _apply_role_views(self) -> None:
        """Views a role may not use are not shown at all (not greyed out)."""
        role = self.session.actor.role
        for row, entry in enumerate(EXTRA_VIEWS, start=2):
            hidden = entry.roles is not None and role not in entry.roles
            self.nav.item(row).setHidden(hidden)
            self.view_actions[row].setEnabled(not hidden)
            self.view_actions[row].setVisible(not hidden)
        if self.nav.item(max(0, self.nav.currentRow())).isHidden():
            self.show_view(ORDERS)

    def row_visible(self, row: int) -> bool:
        return not self.nav.item(row).isHidden()

    def refresh(self) -> None:
        """F5: every view reads its data again (as after a change made at this counter)."""
        self.session.notify_changed()
        self.statusBar().showMessage(self.tr("Refreshed."), 3000)

    def print_preview(self) -> None:
        """Ctrl+P: the confirmation of the refund shown or selected (in Refunds, a follow-up
        row, an order's latest refund), in print preview; a view with nothing printable says
        so in the status bar."""
        if self.stack.currentIndex() == REFUNDS:
            print_bar = getattr(self.refunds_view, "print_bar", None)
            if print_bar is not None and print_bar.refund_no:
                print_bar.preview()
                return
        view = self._built.get(self.stack.currentIndex())
        find = getattr(view, "printable_refund", None)
        refund_no = find() if callable(find) else None
        if not refund_no:
            self.statusBar().showMessage(
                self.tr("Nothing to print here: pick a refund, or an order with refunds."), 5000
            )
            return
        from merchant_refunds.ui.refunds.print_actions import preview_refund

        preview_refund(self.session, refund_no, self)

    def unsaved_windows(self) -> list[QWidget]:
        """Open dialogs with input not yet saved, and Settings pages with unsaved changes."""
        found: list[QWidget] = [
            dialog
            for dialog in self.findChildren(QDialog)
            if dialog.isVisible() and getattr(dialog, "has_unsaved_input", lambda: False)()
        ]
        settings = self._built.get(SETTINGS)
        unsaved = getattr(settings, "unsaved_pages", None)
        if callable(unsaved) and unsaved():
            found.append(settings)
        return found

    def _settings_may_close(self) -> bool:
        settings = self._built.get(SETTINGS)
        unsaved = getattr(settings, "unsaved_pages", None)
        if not callable(unsaved) or not unsaved():
            return True
        names = ", ".join(settings.tabs.tabText(settings.tabs.indexOf(p)) for p in unsaved())
        if not ask_now(
            self,
            self.tr("Unsaved settings"),
            self.tr("%1: your changes are not saved. Leave and lose them?").replace("%1", names),
            self.tr("Leave without saving"),
        ):
            return False
        for page in unsaved():
            page.load()
            page.mark_clean()
        return True

    @property
    def views(self) -> list[QWidget]:
        """Every view in navigation order (building those not built yet)."""
        return [self.view_at(row) for row in range(len(self._factories))]

    @property
    def refunds_view(self) -> QWidget:
        return self.view_at(REFUNDS)

    @property
    def settings_view(self) -> QWidget:
        return self.view_at(SETTINGS)

    @property
    def extra_views(self) -> dict[str, QWidget]:
        return {entry.key: self.view_at(2 + i) for i, entry in enumerate(EXTRA_VIEWS)}

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._views_stale and not self._rebuild_pending:
            self._rebuild_pending = True
            QTimer.singleShot(0, self, self.rebuild_views)
        if not self._rest_scheduled:
            # The rest are built once the Orders list is in (or after a while at the latest),
            # one per turn of the event loop, so the first rows are painted first and a view's
            # count (follow-ups due) still appears by itself.
            self._rest_scheduled = True
            loaded = getattr(self.orders_view, "results_shown", None)
            if loaded is not None:
                loaded.connect(self._build_rest_soon)
            # With the window as context: a window closed before then cancels the timers.
            QTimer.singleShot(BUILD_REST_AT_LATEST_MS, self, self._build_rest_now)

    def _orders_rows_painted(self) -> None:
        """The Orders view's first rows are on screen: the reads that waited for them start."""
        if not self._orders_painted:
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self.idle)
        self._orders_painted = True
        self._send_waiting_digest()
        if self._rest_wanted:
            self._build_rest_soon()

    def _build_rest_soon(self, *_args: object) -> None:
        """Once: when the Orders list is in and its first rows are painted (a small shop's list
        is in before they are: its other views waited for nothing and slowed that paint)."""
        if self._rest_started:
            return
        if not self._orders_painted:
            self._rest_wanted = True
            return
        self._rest_started = True
        QTimer.singleShot(0, self, self._build_next)

    def _build_rest_now(self) -> None:
        """At the latest, whatever the Orders view has done."""
        self._orders_rows_painted()
        self._build_rest_soon()

    def _build_next(self) -> None:
        missing = [row for row in range(len(self._factories)) if row not in self._built]
        if missing:
            self.view_at(missing[0])
            QTimer.singleShot(0, self, self._build_next)

    def current_view(self) -> QWidget:
        return self.stack.currentWidget()

    def focus_search(self) -> None:
        focus = getattr(self.current_view(), "focus_search", None)
        if callable(focus):
            focus()

    def new_refund(self) -> None:
        self.show_view(ORDERS)
        self.orders_view.new_refund_for_selected()

    # who is working

    def is_locked(self) -> bool:
        return self._locked

    def lock(self) -> None:
        """Hide the data and ask for a PIN; the same or another user may unlock."""
        if self._locked:
            return
        self._locked = True
        self.idle.pause()
        self.central.setCurrentWidget(self.lock_page)
        self._ask_login(locked=True)

    def switch_user(self) -> None:
        self._ask_login(locked=False)

    def change_pin(self) -> None:
        """The signed-in user chooses a new PIN (the current one asked first)."""
        from merchant_refunds.ui.shell.change_pin import ChangePinDialog

        self.change_pin_dialog = ChangePinDialog(self.session, self)
        self.change_pin_dialog.open()

    def _ask_login(self, *, locked: bool) -> None:
        if self.login_dialog is not None:
            self.login_dialog.deleteLater()
        dialog = LoginDialog(
            self,
            locked=locked,
            preselect=self.session.actor.name,
            shop_name=shop_settings.get_shop()["name"],
        )
        dialog.accepted.connect(lambda: self._signed_in(dialog.actor))
        self.login_dialog = dialog
        dialog.open()

    def _signed_in(self, actor: Actor | None) -> None:
        if actor is not None and actor != self.session.actor:
            self.session.set_actor(actor)
        self._locked = False
        self.central.setCurrentWidget(self.work_area)
        self.idle.restart()

    # reminders

    def _start_reminders(self) -> None:
        """An owner is reminded at sign-in and on the timer; anyone else sees no bar."""
        if self.session.actor.role is Role.OWNER:
            self.reminder_timer.start()
            self.check_reminders()
        else:
            self.reminder_timer.stop()
            self.reminder_bar.show_reminder(None)

    def _refresh_reminder(self) -> None:
        """After a change (a refund paid, a deadline extended) the bar follows at once."""
        if self.session.actor.role is Role.OWNER:
            self.check_reminders(send_digest=False)

    def check_reminders(self, send_digest: bool = True) -> Task | None:
        """Read the reminder, and send today's digest if it is due, off the GUI thread."""
        actor = self.session.actor
        if actor.role is not Role.OWNER:
            return None
        if self._reminder_task is not None and not self._reminder_task.done:
            return self._reminder_task
        if send_digest and not self._orders_painted:
            # The digest (e-mail, and its services loaded) after the first rows, not before.
            self._digest_waiting, send_digest = True, False
        try_digest = send_digest and self._digest_day != clock.today()
        from merchant_refunds.services import followup

        if try_digest:
            from merchant_refunds.services.notices import owner_digest

        def work() -> ReminderCheck:
            reminder = followup.reminder()
            if not try_digest or not owner_digest.get_digest().enabled:
                return ReminderCheck(reminder)
            try:
                return ReminderCheck(reminder, owner_digest.send_digest(actor))
            except RefundsError as error:
                return ReminderCheck(reminder, digest_error=error)

        self._reminder_task = run_task(work, self._show_reminder, self._reminder_failed, self)
        self._reminder_task.finished.connect(self._send_waiting_digest)
        return self._reminder_task

    def _send_waiting_digest(self) -> None:
        """The digest asked for before the first rows, once they are painted and no reminder
        is being read (else when that one has finished)."""
        busy = self._reminder_task is not None and not self._reminder_task.done
        if self._digest_waiting and self._orders_painted and not busy:
            self._digest_waiting = False
            self.check_reminders()

    def _show_reminder(self, check: ReminderCheck) -> None:
        if self.session.actor.role is not Role.OWNER:
            self.reminder_bar.show_reminder(None)
            return
        self.reminder_bar.show_reminder(check.reminder)
        digest = check.digest
        if digest is not None and digest.status in ("sent", "already"):
            self._digest_day = clock.today()
        if digest is not None and digest.status == "sent":
            self.statusBar().showMessage(
                self.tr("Today's follow-up digest was e-mailed to the owner."), 10_000
            )
        elif digest is not None and digest.status == "failed":
            self.statusBar().showMessage(
                self.tr("The follow-up digest could not be sent: %1").replace("%1", digest.error)
            )
        elif check.digest_error is not None:
            error = check.digest_error
            text = error_text(error) if isinstance(error, RefundsError) else str(error)
            self.statusBar().showMessage(
                self.tr("The follow-up digest could not be sent: %1").replace("%1", text)
            )

    def _reminder_failed(self, error: BaseException) -> None:
        """A reminder that cannot be read (the database is busy) is not worth a dialog every 15
        minutes; anything else is a bug and goes to the error dialog."""
        if not isinstance(error, RefundsError):
            raise error
        self.statusBar().showMessage(error_text(error))

    def show_followup(self) -> None:
        keys = [entry.key for entry in EXTRA_VIEWS]
        if "followup" in keys:
            self.show_view(2 + keys.index("followup"))

    # database

    def choose_database(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a Merchant Refunds database"),
            str(self.session.db_path.parent if isinstance(self.session.db_path, Path) else ""),
            self.tr("Merchant Refunds database (*.sqlite3 *.db);;All files (*)"),
        )
        if path:
            self.open_database_requested.emit(Path(path))

    def choose_copy_target(self) -> None:
        suggested = self.session.db_path.with_name(f"{self.session.db_path.stem}-copy.sqlite3")
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a copy of the database"),
            str(suggested),
            self.tr("Merchant Refunds database (*.sqlite3)"),
        )
        if path:
            self.save_copy(Path(path))

    def save_copy(self, destination: Path) -> None:
        """Copy off the GUI thread; the status bar tells when it is done."""
        from merchant_refunds.services import backup

        actor, db_path = self.session.actor, self.session.db_path
        if checked_save_path(self, destination, database=db_path) is None:
            return
        self.copy_action.setEnabled(False)
        self.statusBar().showMessage(self.tr("Saving a copy…"))
        self.progress_window = ProgressWindow(
            self.tr("Save a copy of the database"), self.tr("Saving a copy…"), self
        )
        run_task(
            lambda: backup.save_copy(actor, db_path, destination),
            self._copy_saved,
            self._copy_failed,
            parent=self,
        )

    def _copy_saved(self, path: Path) -> None:
        self._finish_progress()
        self.copy_action.setEnabled(True)
        self.statusBar().showMessage(self.tr("Copy saved: %1").replace("%1", str(path)), 10_000)

    def _finish_progress(self) -> None:
        if self.progress_window is not None:
            self.progress_window.finish()
            self.progress_window = None

    def _copy_failed(self, error: BaseException) -> None:
        self._finish_progress()
        self.copy_action.setEnabled(True)
        self.statusBar().clearMessage()
        show_error(self, error)

    def import_orders(self) -> None:
        """The import dialog (owners and clerks); the lists refresh through the session."""
        from merchant_refunds.ui.orders.import_dialog import ImportDialog

        dialog = ImportDialog(self.session, self)
        dialog.open()

    def show_about(self) -> None:
        from merchant_refunds import appinfo

        box = QMessageBox(self)
        box.setObjectName("aboutBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowTitle(self.tr("About Merchant Refunds"))
        box.setText(
            self.tr(
                "Merchant Refunds %1\nRefunds for small shops, offline, exact to the cent."
            ).replace("%1", appinfo.version())
        )
        licences = "\n".join(f"{item.component}: {item.licence}" for item in appinfo.LICENCES)
        box.setInformativeText(
            self.tr("It ships with these parts, under their licences:")
            + "\n"
            + licences
            + "\n\n"
            + self.tr("The full licence of the bundled font is in %1.").replace(
                "%1", str(appinfo.bundled_font_path().parent)
            )
        )
        box.setIconPixmap(app_look.program_icon().pixmap(64, 64))
        self.about_box = box
        box.open()

    # remembered per computer

    def restore_state(self) -> None:
        store = computer_settings()
        geometry = store.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            resize_to_fit(self, 1200, 760)
        state = store.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        # The view first: building it may widen the stack, which would move the splitters.
        view = store.value("window/view", ORDERS)
        count = len(self._factories)
        self.show_view(int(view) if str(view).isdigit() and int(view) < count else 0)
        for splitter in self.findChildren(QSplitter):
            saved = store.value(f"splitters/{splitter.objectName()}")
            if splitter.objectName() and isinstance(saved, QByteArray):
                splitter.restoreState(saved)

    def save_state(self) -> None:
        store = computer_settings()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/state", self.saveState())
        store.setValue("window/view", max(0, self.nav.currentRow()))
        for splitter in self.findChildren(QSplitter):
            if splitter.objectName():
                store.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())
        store.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        unsaved = self.unsaved_windows()
        if unsaved:
            title, _text, yes_text = discard_text()
            if not ask_now(
                self,
                title,
                self.tr("A window still holds input that is not saved. Quit and lose it?"),
                yes_text,
            ):
                event.ignore()
                return
            for window in unsaved:
                discard = getattr(window, "discard", None)
                if callable(discard):
                    discard()
        self.save_state()
        self.change_poller.stop()
        self._orders_painted = True  # a paint after closing must not watch input again
        self._digest_waiting = False  # nor may a reminder read that ends now send the digest
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        self.idle.pause()
        super().closeEvent(event)


def name_of(nav_text: str) -> str:
    """A view's name without the count shown beside it ("Follow-up (3)")."""
    head, sep, tail = nav_text.rpartition(" (")
    return head if sep and tail.rstrip(")").isdigit() else nav_text


def _backup_actions() -> ModuleType:
    """``ui.shell.backup_actions``, imported on the first backup or restore: it loads the
    backup services, which the window's first paint does not need."""
    from merchant_refunds.ui.shell import backup_actions

    return backup_actions


def _view_factory(spec: str, session: Session) -> Callable[[], QWidget]:
    """``spec`` is "package.module:Class"; the module is imported when the view is built."""
    module, name = spec.split(":")
    return lambda: getattr(importlib.import_module(module), name)(session)


def _save_splitters(view: QWidget) -> None:
    """A view about to be replaced: its splitters' places for the one built instead."""
    store = computer_settings()
    for splitter in view.findChildren(QSplitter):
        if splitter.objectName():
            store.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())


def _restore_splitters(view: QWidget) -> None:
    """A view built after the window: its splitters as this computer left them."""
    store = computer_settings()
    for splitter in view.findChildren(QSplitter):
        saved = store.value(f"splitters/{splitter.objectName()}")
        if splitter.objectName() and isinstance(saved, QByteArray):
            splitter.restoreState(saved)
