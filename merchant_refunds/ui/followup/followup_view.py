"""The follow-up view: what the shop must chase today, and the actions to chase it.

Rows come from ``services.followup.list_followup`` (overdue, due today, failed, instalments due,
pre-sale refunds waiting for the supplier); the count is sent as ``attention_changed`` so the
navigation shows it. The list is small (only open problems), so it is read on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from merchant_refunds.domain.errors import RefundsError
from merchant_refunds.domain.lifecycle import Role
from merchant_refunds.services import followup
from merchant_refunds.services.followup import FollowUpItem, FollowUpKind
from merchant_refunds.services.notices import (
    delivery,
    mail_server,
    notice_log,
    rendering,
    templates,
)
from merchant_refunds.services.payouts import arrival
from merchant_refunds.services.payouts.failures import mark_failed
from merchant_refunds.ui.common import formatting as fmt
from merchant_refunds.ui.common.errors import show_error
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.refunds.aftercare_dialogs import SupplierAnswerDialog
from merchant_refunds.ui.refunds.refund_actions import ReasonDialog

CONTEXT = "FollowUpView"
KIND_LABELS = {
    FollowUpKind.OVERDUE: QT_TRANSLATE_NOOP("FollowUpView", "Overdue"),
    FollowUpKind.DUE_TODAY: QT_TRANSLATE_NOOP("FollowUpView", "Due today"),
    FollowUpKind.FAILED: QT_TRANSLATE_NOOP("FollowUpView", "Failed"),
    FollowUpKind.INSTALMENT_DUE: QT_TRANSLATE_NOOP("FollowUpView", "Instalment due"),
    FollowUpKind.SUPPLIER: QT_TRANSLATE_NOOP("FollowUpView", "Waiting for supplier"),
}
#: The notice that fits each kind of problem.
NOTICE_FOR = {
    FollowUpKind.OVERDUE: templates.NoticeEvent.OVERDUE,
    FollowUpKind.DUE_TODAY: templates.NoticeEvent.PAID,
    FollowUpKind.FAILED: templates.NoticeEvent.OVERDUE,
    FollowUpKind.INSTALMENT_DUE: templates.NoticeEvent.PAID,
    FollowUpKind.SUPPLIER: templates.NoticeEvent.REQUESTED,
}
COLUMNS = 7


class FollowUpView(QWidget):
    attention_changed = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.items: list[FollowUpItem] = []
        self.action_dialog: QDialog | None = None
        self.last_notice: notice_log.NoticeInfo | None = None
        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("followupTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("What"),
                self.tr("Refund"),
                self.tr("Customer"),
                self.tr("Payout"),
                self.tr("Amount"),
                self.tr("Expected"),
                self.tr("Note or reason"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel()
        self.lang = QComboBox()
        self.lang.addItem(self.tr("Chinese notice"), "zh")
        self.lang.addItem(self.tr("English notice"), "en")
        self.buttons = {
            "confirm": QPushButton(self.tr("Confirm received")),
            "failed": QPushButton(self.tr("Mark failed…")),
            "note": QPushButton(self.tr("Add note…")),
            "notice": QPushButton(self.tr("Prepare notice")),
            "supplier": QPushButton(self.tr("Supplier's answer…")),
        }
        for name, button in self.buttons.items():
            button.setObjectName(f"followup_{name}")
        self.buttons["confirm"].clicked.connect(self.confirm_received)
        self.buttons["failed"].clicked.connect(self.mark_failed)
        self.buttons["note"].clicked.connect(self.add_note)
        self.buttons["notice"].clicked.connect(self.prepare_notice)
        self.buttons["supplier"].clicked.connect(self.record_supplier_answer)
        actions = QHBoxLayout()
        for button in self.buttons.values():
            actions.addWidget(button)
        actions.addWidget(self.lang)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        session.data_changed.connect(self.reload)
        session.actor_changed.connect(lambda _actor: self._update_buttons())
        self.reload()
        # Again once the main window has connected to the signal, so the count shows at start.
        QTimer.singleShot(0, self, lambda: self.attention_changed.emit(len(self.items)))

    # reading

    def reload(self) -> None:
        try:
            self.items = followup.list_followup()
        except RefundsError as error:
            show_error(self, error)
            return
        loc = self.session.locale
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            expected = ""
            if item.expected_to:
                expected = (
                    fmt.date_text(item.expected_from, loc)
                    + " – "
                    + fmt.date_text(item.expected_to, loc)
                )
            elif item.due_on:
                expected = fmt.date_text(item.due_on, loc)
            cells = [
                QCoreApplication.translate(CONTEXT, KIND_LABELS[item.kind]),
                item.refund_no,
                item.customer_name,
                f"#{item.seq} {fmt.payout_method_label(item.method)}" if item.seq else "",
                fmt.money_text(item.amount, item.currency, loc) if item.currency else "",
                expected,
                item.failure_reason or item.last_note,
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if item.kind in (FollowUpKind.OVERDUE, FollowUpKind.FAILED):
                    cell.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, cell)
        self.summary.setText(self.tr("%n thing(s) need attention", "", len(self.items)))
        self._update_buttons()
        self.attention_changed.emit(len(self.items))

    def current_item(self) -> FollowUpItem | None:
        row = self.table.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def select_refund(self, refund_no: str) -> bool:
        for row, item in enumerate(self.items):
            if item.refund_no == refund_no:
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        item = self.current_item()
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

    # acting

    def _done(self) -> None:
        self.session.notify_changed()
        self.reload()

    def confirm_received(self) -> None:
        item = self.current_item()
        if item is None or item.seq is None:
            return
        try:
            arrival.confirm_received(self.session.actor, item.refund_no, item.seq)
        except RefundsError as error:
            show_error(self, error)
            return
        self._done()

    def _ask(self, title: str, prompt: str, on_ok: object) -> ReasonDialog:
        dialog = ReasonDialog(title, prompt, True, self)
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

        return self._ask(self.tr("Follow-up note"), self.tr("What was done or said?"), note)

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
