"""The follow-up view: what the shop must chase today, and the actions to chase it.

Rows come from ``services.followup.list_followup`` (legal deadlines passed, reviews and payments
due, payouts overdue, due today or failed, instalments due, pre-sale refunds waiting for the
supplier), most urgent first; the count is sent as ``attention_changed`` so the navigation shows
it. With 50,000 open refunds the list can hold tens of thousands of rows and takes a fifth of a
second to read: it is read off the GUI thread, and the table is a view over ``FollowUpModel``,
which formats only the rows painted.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from merchant_refunds.domain.errors import RefundsError
from merchant_refunds.domain.lifecycle import Role
from merchant_refunds.services import deadlines, followup
from merchant_refunds.services.followup import FollowUpItem, FollowUpKind
from merchant_refunds.services.notices import (
    delivery,
    mail_server,
    notice_log,
    rendering,
    templates,
)
from merchant_refunds.services.payouts import arrival
from merchant_refunds.services.payouts.failures import check_failure_reason, mark_failed
from merchant_refunds.ui.common import formatting as fmt
from merchant_refunds.ui.common.errors import show_error
from merchant_refunds.ui.common.guards import ask
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.common.tasks import Task, run_task
from merchant_refunds.ui.followup.followup_model import (
    AMOUNT,
    CUSTOMER,
    DUE,
    KIND,
    NOTE,
    PAYOUT,
    REFUND,
    FollowUpModel,
    item_why,
)
from merchant_refunds.ui.refunds.aftercare_dialogs import SupplierAnswerDialog
from merchant_refunds.ui.refunds.deadline_dialog import ExtendDeadlineDialog
from merchant_refunds.ui.refunds.refund_actions import ReasonDialog

#: Starting widths that fit a 1366-pixel screen; the last column (why) takes the rest, and the
#: selected row's reason is also written out in full under the table.
COLUMN_WIDTHS = {
    KIND: 150,
    REFUND: 135,
    CUSTOMER: 80,
    PAYOUT: 80,
    AMOUNT: 85,
    DUE: 285,  # an arrival range and how late: "2026年12月7日 – 2026年12月9日 · 逾期3天"
    NOTE: 90,
}

#: Room beside a column's name (margins, the sort arrow).
HEADER_PADDING = 24

#: The notice that fits each kind of problem.
NOTICE_FOR = {
    FollowUpKind.OVERDUE: templates.NoticeEvent.OVERDUE,
    FollowUpKind.DUE_TODAY: templates.NoticeEvent.PAID,
    FollowUpKind.FAILED: templates.NoticeEvent.OVERDUE,
    FollowUpKind.INSTALMENT_DUE: templates.NoticeEvent.PAID,
    FollowUpKind.SUPPLIER: templates.NoticeEvent.REQUESTED,
    FollowUpKind.STATUTORY: templates.NoticeEvent.OVERDUE,
    FollowUpKind.REVIEW_DUE: templates.NoticeEvent.REQUESTED,
    FollowUpKind.PAYOUT_DUE: templates.NoticeEvent.APPROVED,
}
#: The rows whose due date is the shop's own limit, which an owner may extend.
EXTENDABLE = (FollowUpKind.REVIEW_DUE, FollowUpKind.PAYOUT_DUE)


class FollowUpView(QWidget):
    attention_changed = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.items: list[FollowUpItem] = []
        self.action_dialog: QDialog | None = None
        self.question_box: QMessageBox | None = None
        self.last_notice: notice_log.NoticeInfo | None = None
        self.model = FollowUpModel(session.locale, self)
        self.table = QTableView()
        self.table.setObjectName("followupTable")
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = self.table.fontMetrics()
        samples = {
            REFUND: "RF202612280001",
            AMOUNT: fmt.money_text(99_999_999, "CNY", session.locale),
        }
        for column, width in COLUMN_WIDTHS.items():
            # Never narrower than the column's name or its widest number in this language.
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            needed = max(metrics.horizontalAdvance(t) for t in (title, samples.get(column, "")))
            self.table.setColumnWidth(column, max(width, needed + HEADER_PADDING))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel()
        self.why = QLabel()
        self.why.setObjectName("followupWhy")
        self.why.setWordWrap(True)
        self.why.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lang = QComboBox()
        self.lang.addItem(self.tr("Chinese notice"), "zh")
        self.lang.addItem(self.tr("English notice"), "en")
        self.buttons = {
            "confirm": QPushButton(self.tr("Confirm received")),
            "failed": QPushButton(self.tr("Mark failed…")),
            "note": QPushButton(self.tr("Add note…")),
            "notice": QPushButton(self.tr("Prepare notice")),
            "supplier": QPushButton(self.tr("Supplier's answer…")),
            "extend": QPushButton(self.tr("Extend deadline…")),
        }
        for name, button in self.buttons.items():
            button.setObjectName(f"followup_{name}")
        self.buttons["confirm"].clicked.connect(self.confirm_received)
        self.buttons["failed"].clicked.connect(self.mark_failed)
        self.buttons["note"].clicked.connect(self.add_note)
        self.buttons["notice"].clicked.connect(self.prepare_notice)
        self.buttons["supplier"].clicked.connect(self.record_supplier_answer)
        self.buttons["extend"].clicked.connect(self.extend_deadline)
        actions = QHBoxLayout()
        for button in self.buttons.values():
            actions.addWidget(button)
        actions.addWidget(self.lang)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.why)
        layout.addLayout(actions)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        session.data_changed.connect(self.reload)
        # A view rebuilt after a language switch is gone: its old self must not answer.
        session.actor_changed.connect(
            lambda _actor: shiboken6.isValid(self) and self._update_buttons()
        )
        self._loading: Task | None = None
        self._load_again = False
        self._update_buttons()  # what this role may do shows before the list has come
        self.reload()

    # reading

    def reload(self) -> Task:
        """Read the list on the thread pool; asked again while a read runs, read once more
        when it is done (a change made meanwhile is then shown)."""
        if self._loading is not None and not self._loading.done:
            self._load_again = True
            return self._loading
        self._load_again = False
        self._loading = run_task(followup.list_followup, self._loaded, self._load_failed, self)
        return self._loading

    def _load_failed(self, error: BaseException) -> None:
        if not isinstance(error, RefundsError):
            raise error
        show_error(self, error)
        if self._load_again:
            self.reload()

    def _loaded(self, items: list[FollowUpItem]) -> None:
        if self._load_again:
            self.reload()
            return
        self.items = items
        self.model.set_items(items)
        self.summary.setText(self._summary_text())
        self._update_buttons()
        self.attention_changed.emit(len(self.items))

    def _summary_text(self) -> str:
        text = self.tr("%n thing(s) need attention", "", len(self.items))
        statutory = sum(1 for i in self.items if i.kind is FollowUpKind.STATUTORY and i.late)
        if statutory:
            text += " · " + self.tr("%n past the legal refund deadline", "", statutory)
        return text

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.model.retranslate()
            self.summary.setText(self._summary_text())
        super().changeEvent(event)

    def current_item(self) -> FollowUpItem | None:
        return self.model.item_at(self.table.currentIndex().row())

    def printable_refund(self) -> str | None:
        """Ctrl+P: the refund of the selected row."""
        item = self.current_item()
        return item.refund_no if item is not None else None

    def select_refund(self, refund_no: str, kind: FollowUpKind | None = None) -> bool:
        """Select the first row of ``refund_no`` (of ``kind`` when given)."""
        for row, item in enumerate(self.items):
            if item.refund_no == refund_no and (kind is None or item.kind is kind):
                self.table.selectRow(row)
                self.table.setCurrentIndex(self.model.index(row, 0))
                return True
        return False

    def column_texts(self, column: int) -> list[str]:
        """What a column shows, row by row (tests read it like a user would)."""
        return [self.model.row_texts(row)[column] for row in range(self.model.rowCount())]

    def _update_buttons(self) -> None:
        item = self.current_item()
        self.why.setText(item_why(item) if item is not None else "")
        role = self.session.actor.role
        payout_problem = item is not None and item.seq is not None
        sent = item is not None and item.kind in (FollowUpKind.OVERDUE, FollowUpKind.DUE_TODAY)
        staff = role in (Role.OWNER, Role.CLERK)
        self.buttons["confirm"].setEnabled(sent and staff)
        self.buttons["failed"].setEnabled(sent and staff)
        self.buttons["note"].setEnabled(item is not None and staff)
        self.buttons["notice"].setEnabled(item is not None and staff)
        waits = item is not None and item.kind is FollowUpKind.SUPPLIER
        self.buttons["supplier"].setEnabled(waits and staff)
        if not payout_problem:
            self.buttons["confirm"].setEnabled(False)
        extendable = item is not None and item.kind in EXTENDABLE
        self.buttons["extend"].setVisible(role is Role.OWNER)
        self.buttons["extend"].setEnabled(extendable and role is Role.OWNER)

    # acting

    def _done(self) -> None:
        self.session.notify_changed()  # which reloads this view too

    def confirm_received(self) -> None:
        """Ask first, naming the payout's amount and who received it."""
        item = self.current_item()
        if item is None or item.seq is None:
            return
        text = (
            self.tr("Confirm that %1 received %2 for refund %3?")
            .replace("%1", item.customer_name)
            .replace("%2", fmt.money_text(item.amount, item.currency, self.session.locale))
            .replace("%3", item.refund_no)
        )
        self.question_box = ask(
            self,
            self.tr("Confirm received"),
            text,
            self.tr("Confirm received"),
            lambda: self._confirm(item.refund_no, item.seq),
        )

    def _confirm(self, refund_no: str, seq: int) -> None:
        try:
            arrival.confirm_received(self.session.actor, refund_no, seq)
        except RefundsError as error:
            show_error(self, error)
            return
        self._done()

    def _ask(
        self, title: str, prompt: str, on_ok: object, check: Callable[[str], object]
    ) -> ReasonDialog:
        dialog = ReasonDialog(title, prompt, True, self, check=check)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: on_ok(dialog.reason()))  # type: ignore[operator]
        self.action_dialog = dialog
        dialog.open()
        return dialog

    def mark_failed(self) -> ReasonDialog | None:
        item = self.current_item()
        if item is None or item.seq is None:
            return None
        seq = item.seq

        def failed(reason: str) -> None:
            try:
                mark_failed(self.session.actor, item.refund_no, seq, reason)
            except RefundsError as error:
                show_error(self, error)
                return
            self._done()

        return self._ask(
            self.tr("Payout failed"),
            self.tr("What happened? (the bank's or customer's words)"),
            failed,
            check_failure_reason,
        )

    def add_note(self) -> ReasonDialog | None:
        item = self.current_item()
        if item is None:
            return None

        def note(text: str) -> None:
            try:
                followup.add_note(self.session.actor, item.refund_no, text, item.seq)
            except RefundsError as error:
                show_error(self, error)
                return
            self._done()

        return self._ask(
            self.tr("Follow-up note"), self.tr("What was done or said?"), note, followup.check_note
        )

    def record_supplier_answer(self) -> SupplierAnswerDialog | None:
        """A pre-sale row: record who at the supplier was asked and the answer; an agreement
        takes the row off the list (the refund can then be approved)."""
        item = self.current_item()
        if item is None or item.kind is not FollowUpKind.SUPPLIER:
            return None
        dialog = SupplierAnswerDialog(self.session, item.refund_no, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._done)
        self.action_dialog = dialog
        dialog.open()
        return dialog

    def extend_deadline(self) -> ExtendDeadlineDialog | None:
        """An owner moves the shop's own review or payment limit of the row's refund."""
        item = self.current_item()
        if item is None or item.kind not in EXTENDABLE:
            return None
        try:
            current = next(
                (d for d in deadlines.for_refund(item.refund_no).deadlines if not d.statutory),
                None,
            )
        except RefundsError as error:
            show_error(self, error)
            return None
        dialog = ExtendDeadlineDialog(self.session, item.refund_no, current, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._done)
        self.action_dialog = dialog
        dialog.open()
        return dialog

    def prepare_notice(self) -> notice_log.NoticeInfo | None:
        """Log the fitting notice and send it by e-mail when a mail server is set up; otherwise
        put its text on the clipboard for an SMS or chat message."""
        item = self.current_item()
        if item is None:
            return None
        lang = self.lang.currentData()
        smtp = mail_server.get_smtp().configured
        channel = notice_log.Channel.EMAIL if smtp else notice_log.Channel.CLIPBOARD
        try:
            info = notice_log.prepare(
                self.session.actor, item.refund_no, NOTICE_FOR[item.kind].value, lang, channel
            )
            if smtp:
                info = delivery.send_email(self.session.actor, info.id)
        except RefundsError as error:
            show_error(self, error)
            return None
        if not smtp:
            QGuiApplication.clipboard().setText(info.text)
        self.last_notice = info
        fit = rendering.sms_fit(info.text)
        text = {
            "sent": self.tr("The notice was e-mailed to the customer."),
            "unsent": self.tr("The notice text is on the clipboard; send it to the customer.")
            if not smtp
            else self.tr("The notice could not be sent and is kept as unsent: %1").replace(
                "%1", info.error
            ),
            "failed": self.tr("The mail server refused the notice: %1").replace("%1", info.error),
        }[info.status]
        if not fit.fits:
            text += "\n" + self.tr("Longer than one SMS (%1 of %2 characters).").replace(
                "%1", str(fit.length)
            ).replace("%2", str(fit.limit))
        self.summary.setText(text)
        return info
