"""The refunds view: status tabs with counts, search, a paged list, the detail and its actions.

Only the actions the user's role and the refund's state allow are shown (the lifecycle's
``allowed_actions`` and the roles the services accept); a gate that is not met yet (signature,
returned goods, the requester approving their own large refund) shows the button disabled with
the reason as its tooltip. The services check everything again: hiding a button is a courtesy.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from merchant_refunds.domain.deadlines import Deadline
from merchant_refunds.domain.errors import RefundsError
from merchant_refunds.domain.lifecycle import (
    PayoutStatus,
    RefundStatus,
    Role,
    allowed_actions,
)
from merchant_refunds.services import (
    audit,
    deadlines,
    feedback,
    orders,
    presale,
    queries,
    refund_decisions,
    refund_goods,
    refund_views,
    returned_goods,
    shop_settings,
    signatures,
)
from merchant_refunds.services.audit import AuditEntry
from merchant_refunds.services.payouts import arrival, failures, sending
from merchant_refunds.services.refund_views import PayoutInfo, RefundDetail
from merchant_refunds.services.signatures import SignatureInfo
from merchant_refunds.ui.common import formatting as fmt
from merchant_refunds.ui.common.errors import show_error
from merchant_refunds.ui.common.guards import ask
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.common.tasks import Task, run_task
from merchant_refunds.ui.refunds.aftercare_dialogs import FeedbackDialog, SupplierAnswerDialog
from merchant_refunds.ui.refunds.code_lookup import CodeLookup
from merchant_refunds.ui.refunds.deadline_dialog import ExtendDeadlineDialog
from merchant_refunds.ui.refunds.evidence import (
    EvidenceStrip,
    RejectDialog,
    Thumbnail,
    load_thumbnails,
)
from merchant_refunds.ui.refunds.goods_dialogs import DeductionDialog, ReceiveGoodsDialog
from merchant_refunds.ui.refunds.print_actions import BatchPrintBar, PrintBar, start_warm_up
from merchant_refunds.ui.refunds.refund_actions import PayoutDialog, ReasonDialog, RetryDialog
from merchant_refunds.ui.refunds.refund_detail import Aftercare, RefundDetailPanel
from merchant_refunds.ui.refunds.refund_table_model import RefundTableModel
from merchant_refunds.ui.refunds.signature_dialog import SignatureDialog
from merchant_refunds.ui.shell.owner_pin import OwnerPinDialog

SEARCH_DELAY_MS = 150
#: The tabs, in the order a refund moves through them; None is "all".
TAB_STATUSES: list[str | None] = [
    RefundStatus.REQUESTED.value,
    RefundStatus.APPROVED.value,
    RefundStatus.PAID.value,
    RefundStatus.COMPLETED.value,
    RefundStatus.REJECTED.value,
    RefundStatus.CANCELLED.value,
    None,
]
#: Who may do what (mirrors the services' ``require_role`` checks).
ACTION_ROLES: dict[str, frozenset[Role]] = {
    # The accountant approves where the rule names him second approver.
    "approve": frozenset({Role.OWNER, Role.ACCOUNTANT}),
    # A clerk calls the owner over, who approves on her screen with his name and PIN.
    "ask_owner": frozenset({Role.CLERK}),
    "reject": frozenset({Role.OWNER}),
    "sign": frozenset({Role.OWNER, Role.CLERK}),
    "receive_goods": frozenset({Role.OWNER, Role.CLERK}),
    "deduct": frozenset({Role.OWNER}),
    "pay": frozenset({Role.OWNER}),
    "confirm": frozenset({Role.OWNER, Role.CLERK}),
    "cancel": frozenset({Role.OWNER, Role.CLERK}),
    "supplier": frozenset({Role.OWNER, Role.CLERK}),
    "feedback": frozenset({Role.OWNER, Role.CLERK}),
    "send_next": frozenset({Role.OWNER}),
    "retry": frozenset({Role.OWNER}),
    "extend": frozenset({Role.OWNER}),
}
#: Keys for the steps a counter does many times a day (shown in the buttons' tooltips).
ACTION_KEYS = {
    "approve": "Ctrl+Shift+A",
    "ask_owner": "Ctrl+Shift+A",
    "sign": "Ctrl+Shift+S",
    "pay": "Ctrl+Shift+P",
    "confirm": "Ctrl+Shift+R",
}
#: Actions that follow from the refund's data rather than from its state alone.
AFTERCARE = {"supplier", "feedback", "send_next", "retry", "extend", "deduct"}


#: The action buttons by row: the refund's own steps, then its payouts and aftercare.
ACTION_ROWS = (
    ("approve", "ask_owner", "reject", "sign", "receive_goods", "pay", "confirm", "cancel"),
    ("deduct", "send_next", "retry", "supplier", "feedback", "extend"),
)


class RefundsView(QWidget):
    """``results_shown`` fires when a list is displayed; ``detail_shown`` when a refund is."""

    results_shown = Signal(int)
    detail_shown = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._generation = 0
        self._columns_sized = False
        self._list_task: Task | None = None
        self._detail_task: Task | None = None
        self._selected_id: int | None = None
        self.counts: dict[str, int] = {}
        self.action_dialog: QDialog | None = None
        #: The last "are you sure?" asked before money moved (tests answer it).
        self.question_box: QMessageBox | None = None
        self._aftercare = Aftercare(None, [], False)
        self._pending_refund: str | None = None
        self._signatures: list[SignatureInfo] = []

        self.tabs = QTabBar()
        self.tabs.setExpanding(False)
        for _status in TAB_STATUSES:
            self.tabs.addTab("")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search refund number, order number or customer"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(280)
        self.count_label = QLabel()
        self.lookup = CodeLookup()
        self.lookup.open_refund.connect(self.open_refund)

        self.model = RefundTableModel(session.locale, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.detail = RefundDetailPanel(session.locale)

        self.buttons: dict[str, QPushButton] = {
            "approve": QPushButton(self.tr("Approve")),
            "ask_owner": QPushButton(self.tr("Ask the owner to approve…")),
            "reject": QPushButton(self.tr("Reject…")),
            "sign": QPushButton(self.tr("Record signature…")),
            "receive_goods": QPushButton(self.tr("Goods received…")),
            "deduct": QPushButton(self.tr("Deduct for diminished value…")),
            "pay": QPushButton(self.tr("Record payout…")),
            "confirm": QPushButton(self.tr("Confirm received")),
            "cancel": QPushButton(self.tr("Cancel refund…")),
            "supplier": QPushButton(self.tr("Supplier's answer…")),
            "feedback": QPushButton(self.tr("Customer feedback…")),
            "send_next": QPushButton(self.tr("Send next instalment…")),
            "retry": QPushButton(self.tr("Retry failed payout…")),
            "extend": QPushButton(self.tr("Extend deadline…")),
        }
        handlers: dict[str, Callable[[], None]] = {
            "approve": self.approve,
            "ask_owner": self.approve,
            "reject": self.reject_refund,
            "sign": self.record_signature,
            "receive_goods": self.record_goods_received,
            "deduct": self.deduct_for_value,
            "pay": self.record_payout,
            "confirm": self.confirm_received,
            "cancel": self.cancel_refund,
            "supplier": self.record_supplier_answer,
            "feedback": self.record_feedback,
            "send_next": self.send_next_instalment,
            "retry": self.retry_failed_payout,
            "extend": self.extend_deadline,
        }
        for name, button in self.buttons.items():
            button.setObjectName(f"{name}Button")
            if name in ACTION_KEYS:
                button.setShortcut(QKeySequence(ACTION_KEYS[name]))
            button.clicked.connect(handlers[name])
            button.hide()  # until a refund is shown: then only what applies to it
        # Two rows, the refund's steps and its payouts and aftercare: in one row the buttons a
        # refund can show at once made the window wider than a 1366-pixel laptop screen.
        actions = QVBoxLayout()
        for row in ACTION_ROWS:
            line = QHBoxLayout()
            for name in row:
                line.addWidget(self.buttons[name])
            line.addStretch(1)
            actions.addLayout(line)
        self.print_bar = PrintBar(session)
        self.batch_bar = BatchPrintBar(self.print_bar, self.selected_refund_nos)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        self.evidence = EvidenceStrip(session)
        right_layout.addWidget(self.evidence)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.print_bar)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.batch_bar)
        left_layout.addLayout(bottom)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("refundsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([700, 500])

        # The status tabs get the whole width to themselves: beside the search fields they
        # ran behind scroll arrows in English at 1366×768.
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.lookup)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._search_timer.start)
        self.tabs.currentChanged.connect(lambda _index: self.reload())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_args: self.batch_bar.update_buttons()
        )
        session.data_changed.connect(self.reload)
        # A view rebuilt after a language switch is gone: its old self must not answer.
        session.actor_changed.connect(
            lambda _actor: shiboken6.isValid(self) and self._update_actions()
        )
        self._show_counts()
        self._update_actions()
        self.reload()

    # public interface

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def show_status(self, status: str | None) -> None:
        """Switch to the tab of ``status`` (None: all refunds)."""
        self.tabs.setCurrentIndex(TAB_STATUSES.index(status))

    def current_status(self) -> str | None:
        return TAB_STATUSES[self.tabs.currentIndex()]

    def select_refund(self, refund_no: str) -> bool:
        """Select ``refund_no`` if it is in the list shown; True when it is."""
        for row in range(self.model.rowCount()):
            summary = self.model.refund_at(row)
            if summary is not None and summary.refund_no == refund_no:
                self.table.setCurrentIndex(self.model.index(row, 0))
                return True
        return False

    def selected_refund_nos(self) -> list[str]:
        """The refunds selected in the list, top to bottom (for the batch buttons)."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        found = (self.model.refund_at(row) for row in rows)
        return [summary.refund_no for summary in found if summary is not None]

    def open_refund(self, refund_no: str, status: str = "") -> None:
        """Show ``refund_no`` (from a scanned code): its tab, the search set to its number."""
        self._pending_refund = refund_no
        tab = TAB_STATUSES.index(status) if status in TAB_STATUSES else TAB_STATUSES.index(None)
        self.tabs.blockSignals(True)
        self.tabs.setCurrentIndex(tab)
        self.tabs.blockSignals(False)
        self.search.blockSignals(True)
        self.search.setText(refund_no)
        self.search.blockSignals(False)
        self.reload()

    def visible_actions(self) -> list[str]:
        return [name for name, button in self.buttons.items() if not button.isHidden()]

    # loading

    def reload(self) -> None:
        """Counts and matching ids off the GUI thread; an older load still running is dropped."""
        self._search_timer.stop()
        self._generation += 1
        generation = self._generation
        if self._list_task is not None:
            self._list_task.cancel()
        status, text = self.current_status(), self.search.text()

        def load() -> tuple[dict[str, int], array]:
            return refund_views.count_by_status(), queries.refund_ids(status, text)

        self._list_task = run_task(
            load,
            lambda result: self._show_list(generation, *result),
            lambda error: show_error(self, error),
            parent=self,
        )

    def _show_list(self, generation: int, counts: dict[str, int], ids: array) -> None:
        if generation != self._generation:
            return
        self.counts = counts
        self._show_counts()
        keep = self._selected_id
        self.model.set_ids(ids)
        self._size_columns()
        self.count_label.setText(self.tr("%Ln refund(s)", "", len(ids)))
        row = self.model.row_of_id(keep) if keep is not None else -1
        if self._pending_refund is not None:
            pending, self._pending_refund = self._pending_refund, None
            row = next(
                (
                    r
                    for r in range(self.model.rowCount())
                    if (s := self.model.refund_at(r)) is not None and s.refund_no == pending
                ),
                row,
            )
        if row < 0 and len(ids):
            row = 0
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
        else:
            self._selected_id = None
            if self._detail_task is not None:
                self._detail_task.cancel()  # a refund no longer listed must not reappear
            self.detail.clear()
            self._update_actions()
        self.results_shown.emit(len(ids))

    def _size_columns(self) -> None:
        """Fit the columns to the rows on screen, once. Never while the table is hidden: then
        ``QTableView.sizeHintForColumn`` measures every row, each read and formatted on the
        GUI thread (0.9 s of the start-up with 50,000 refunds while Orders was shown)."""
        if self._columns_sized or not self.table.isVisible() or not self.model.rowCount():
            return
        self._columns_sized = True
        self.table.horizontalHeader().setResizeContentsPrecision(0)  # the visible rows only
        self.table.resizeColumnsToContents()

    def showEvent(self, event: QShowEvent) -> None:
        """Size the columns when first shown, once the layout has given the table its height."""
        super().showEvent(event)
        start_warm_up(self)  # printing is near
        if not self._columns_sized:
            QTimer.singleShot(0, self, self._size_columns)

    def _show_counts(self) -> None:
        for index, status in enumerate(TAB_STATUSES):
            if status is None:
                label = self.tr("All")
                count = sum(self.counts.values())
            else:
                label = fmt.refund_status_label(status)
                count = self.counts.get(status, 0)
            self.tabs.setTabText(index, f"{label} ({count})")

    def _row_changed(self, *_args: object) -> None:
        self._selected_id = self.model.id_at(self.table.currentIndex().row())
        self._load_detail()

    def _load_detail(self) -> None:
        row = self.table.currentIndex().row()
        summary = self.model.refund_at(row) if row >= 0 else None
        if self._detail_task is not None:
            self._detail_task.cancel()
        if summary is None:
            return
        refund_no = summary.refund_no

        def load() -> tuple[
            RefundDetail, list[AuditEntry], list[SignatureInfo], Aftercare, list[Thumbnail]
        ]:
            return (
                refund_views.get_refund(refund_no),
                audit.events_for("refund", refund_no),
                signatures.list_signatures(refund_no),
                Aftercare(
                    feedback.get_feedback(refund_no),
                    presale.supplier_answers(refund_no),
                    presale.waits_for_supplier(refund_no),
                    deadlines.for_refund(refund_no),
                    shop_settings.get_policy().deadlines(),
                    returned_goods.goods_of(refund_no),
                ),
                load_thumbnails(refund_no),
            )

        self._detail_task = run_task(
            load,
            lambda result: self._show_detail(*result),
            lambda error: show_error(self, error),
            parent=self,
        )

    def _show_detail(
        self,
        refund: RefundDetail,
        events: list[AuditEntry],
        proofs: list[SignatureInfo],
        aftercare: Aftercare | None = None,
        evidence: list[Thumbnail] | None = None,
    ) -> None:
        self._signatures = proofs
        self._aftercare = aftercare or Aftercare(None, [], False)
        self.detail.show_refund(refund, events, proofs, self._aftercare)
        self.evidence.show_files(refund, evidence or [])
        self._update_actions()
        self.detail_shown.emit(refund.refund_no)

    def changeEvent(self, event: QEvent) -> None:
        """A live language switch: the action buttons' tooltips (why an action cannot happen
        yet) and the approve button's wording, said again for the refund shown."""
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "print_bar"):
            self._update_actions()
        super().changeEvent(event)

    # which actions

    def _update_actions(self) -> None:
        refund = self.detail.refund
        allowed = set(allowed_actions(refund.status)) if refund else set()
        role = self.session.actor.role
        self.print_bar.set_refund(
            refund.refund_no if refund else None, self._signatures if refund else ()
        )
        if refund is not None and any(p.status == PayoutStatus.SENT.value for p in refund.payouts):
            allowed.add("confirm")
        if refund is not None:
            allowed |= AFTERCARE
        if "approve" in allowed:
            allowed.add("ask_owner")
        for name, button in self.buttons.items():
            visible = refund is not None and name in allowed and role in ACTION_ROLES[name]
            if visible and refund is not None:
                visible = self._applies(name, refund)
            button.setVisible(visible)
            if name == "approve" and refund is not None:
                button.setText(self._approve_text(refund))
            if visible and refund is not None:
                why_not = self._gate(name, refund)
                button.setEnabled(not why_not)
                button.setToolTip(why_not or _key_hint(name))

    def _applies(self, name: str, refund: RefundDetail) -> bool:
        """Actions that make no sense for this refund at all are not offered."""
        actor = self.session.actor
        if name == "sign":
            return refund.signature_required and refund.signed_at is None
        if name == "receive_goods":
            return refund.goods_return and refund.goods_received_at is None
        if name == "approve" and actor.role is Role.ACCOUNTANT:
            return refund.second_approval_required and refund_decisions.accountant_may_approve()
        if name == "cancel" and actor.role is Role.CLERK:
            return refund.status is RefundStatus.REQUESTED and refund.requested_by == actor.name
        if name == "cancel":
            return not refund.payouts
        if name == "supplier":
            return self._aftercare.waits_for_supplier
        if name == "feedback":
            return refund.status in (RefundStatus.PAID, RefundStatus.COMPLETED)
        if name == "send_next":
            return _next_scheduled(refund) is not None
        if name == "retry":
            return _unretried_failure(refund) is not None
        if name == "extend":
            return self._own_deadline() is not None
        if name == "deduct":
            goods = self._aftercare.goods
            return (
                refund.status in (RefundStatus.REQUESTED, RefundStatus.APPROVED)
                and goods is not None
                and any(not u.deduction.minor for u in goods.units)
                and not refund.payouts
                and refund.signed_at is None
            )
        return True

    def _own_deadline(self) -> Deadline | None:
        """The shop's own limit of the shown refund's next step (what an owner may extend)."""
        info = self._aftercare.deadlines
        if info is None:
            return None
        return next((d for d in info.deadlines if not d.statutory), None)

    def _gate(self, name: str, refund: RefundDetail) -> str:
        """Why an offered action cannot happen yet; empty when it can."""
        if name == "approve" and self._approval_kind(refund) == "blocked":
            return self.tr("Someone other than the requester must approve this refund.")
        if name == "pay":
            if refund.signature_required and refund.signed_at is None:
                return self.tr("The customer must sign the confirmation first.")
            if refund.goods_return and refund.goods_received_at is None:
                return self.tr("The returned goods have not been received yet.")
        return ""

    # the actions

    def _selected_refund_no(self) -> str | None:
        return self.detail.refund.refund_no if self.detail.refund else None

    def _act(self, action: Callable[[str], RefundDetail]) -> RefundDetail | None:
        """Run one service action on the selected refund; report failures; refresh after."""
        refund_no = self._selected_refund_no()
        if refund_no is None:
            return None
        try:
            result = action(refund_no)
        except RefundsError as error:
            show_error(self, error)
            return None
        self._after_action(result)
        return result

    def _after_action(self, result: RefundDetail) -> None:
        if self.current_status() not in (None, result.status.value):
            self.show_status(result.status.value)  # follow the refund to its new tab
        self.session.notify_changed()

    def _approval_kind(self, refund: RefundDetail) -> str:
        """How the signed-in person approves this refund: ``direct``, ``self`` (the only owner's
        own large request, with his PIN), ``counter`` (a clerk asks the owner over) or
        ``blocked`` (someone else must approve)."""
        actor = self.session.actor
        if actor.role is Role.CLERK:
            return "counter"
        mine = refund.requested_by == actor.name
        if refund.second_approval_required and mine:
            return "self" if refund_decisions.self_approval_allowed() else "blocked"
        return "direct"

    def _approve_text(self, refund: RefundDetail) -> str:
        if self._approval_kind(refund) == "self":
            return self.tr("Approve with my PIN…")
        return self.tr("Approve")

    def approve(self) -> OwnerPinDialog | None:
        """Approve; a clerk calls the owner over, the only owner confirms his own request with
        his PIN (a single-owner self-approval)."""
        refund = self.detail.refund
        if refund is None:
            return None
        actor = self.session.actor
        kind = self._approval_kind(refund)
        if kind == "direct":
            text = (
                self.tr("Approve refund %1 of %2 to %3?")
                .replace("%1", refund.refund_no)
                .replace("%2", fmt.money_text(refund.payout, locale=self.session.locale))
                .replace("%3", self._payee(refund))
            )
            self.question_box = ask(
                self,
                self.tr("Approve refund"),
                text,
                self.tr("Approve"),
                lambda: self._act(lambda no: refund_decisions.approve(actor, no)),
            )
            return None
        no = refund.refund_no
        if kind == "self":
            dialog = OwnerPinDialog(
                lambda _name, pin: refund_decisions.self_approve(actor, no, pin),
                self.tr(
                    "You requested this refund yourself and are the shop's only owner. Enter "
                    "your PIN again to approve it; it is recorded as a single-owner "
                    "self-approval in the trail, the report and the daily closing."
                ),
                name=actor.name,
                parent=self,
                title=self.tr("Approve your own request"),
                ok_text=self.tr("Approve"),
            )
        else:
            dialog = OwnerPinDialog(
                lambda name, pin: refund_decisions.approve_at_counter(actor, no, name, pin),
                self.tr(
                    "The owner approves refund %1 here with his name and PIN; you stay signed "
                    "in, and the refund records both names."
                ).replace("%1", no),
                parent=self,
                title=self.tr("Ask the owner to approve"),
                ok_text=self.tr("Approve"),
            )
        dialog.accepted.connect(lambda: self._after_action(dialog.result_value))
        self._open(dialog)
        return dialog

    def record_signature(self) -> SignatureDialog | None:
        """Attach the signed paper or sign on screen; the dialog stores it through the service."""
        refund_no = self._selected_refund_no()
        if refund_no is None:
            return None
        dialog = SignatureDialog(
            self.session,
            refund_no,
            self.print_bar.options.layout_key(),
            self.print_bar.options.lang(),
            self,
        )
        dialog.signed.connect(lambda _no: self.session.notify_changed())
        self._open(dialog)
        return dialog

    def record_goods_received(self) -> ReceiveGoodsDialog | None:
        """Each returned unit with its condition, where it goes and a note."""
        refund_no = self._selected_refund_no()
        if refund_no is None:
            return None
        try:
            units = returned_goods.units_to_receive(refund_no)
        except RefundsError as error:
            show_error(self, error)
            return None
        actor = self.session.actor
        dialog = ReceiveGoodsDialog(
            units,
            lambda chosen: refund_goods.record_goods_received(actor, refund_no, chosen),
            self.session.locale,
            self,
        )
        dialog.accepted.connect(lambda: self._after_action(dialog.result_value))
        self._open(dialog)
        return dialog

    def deduct_for_value(self) -> DeductionDialog | None:
        """The owner deducts for one returned unit's diminished value, with the reason."""
        refund = self.detail.refund
        goods = self._aftercare.goods
        if refund is None or goods is None:
            return None
        actor, no = self.session.actor, refund.refund_no
        dialog = DeductionDialog(
            list(goods.units),
            refund.currency,
            lambda unit, amount, reason: returned_goods.deduct(
                actor, no, unit.line_no, unit.unit_no, amount, reason
            ),
            self.session.locale,
            self,
            check=lambda unit, amount, reason: returned_goods.check_deduction_input(
                no, unit, amount, reason
            ),
        )
        dialog.accepted.connect(lambda: self._after_action(dialog.result_value))
        self._open(dialog)
        return dialog

    def confirm_received(self) -> QMessageBox | None:
        """Ask first, naming the money that arrived and who has it: completing cannot be undone."""
        refund = self.detail.refund
        if refund is None:
            return None
        sent = sum(p.amount for p in refund.payouts if p.status == PayoutStatus.SENT.value)
        text = (
            self.tr("Confirm that %1 received %2 for refund %3?")
            .replace("%1", self._payee(refund))
            .replace("%2", fmt.money_text(sent, refund.payout.currency, self.session.locale))
            .replace("%3", refund.refund_no)
        )
        self.question_box = ask(
            self,
            self.tr("Confirm received"),
            text,
            self.tr("Confirm received"),
            lambda: self._act(lambda no: arrival.confirm_received(self.session.actor, no)),
        )
        return self.question_box

    def _payee(self, refund: RefundDetail) -> str:
        """Who gets the money, as the question names them: the customer and the account."""
        row = self.table.currentIndex().row()
        summary = self.model.refund_at(row) if row >= 0 else None
        if summary is not None and summary.refund_no == refund.refund_no:
            name = summary.customer_name
        else:
            name = orders.get_order(refund.order_no).order.customer.name
        method = refund.destination_method
        where = fmt.payout_method_label(method) if method else ""
        if refund.destination_masked:
            where = f"{where} {refund.destination_masked}".strip()
        return f"{name} ({where})" if where else name

    def reject_refund(self) -> RejectDialog | None:
        """The owner picks one of the shop's reasons or writes one, and adds the evidence."""
        refund_no = self._selected_refund_no()
        if refund_no is None:
            return None
        dialog = RejectDialog(self.session, refund_no, self)
        dialog.accepted.connect(lambda: self._after_action(dialog.result_value))
        self._open(dialog)
        return dialog

    def cancel_refund(self) -> ReasonDialog:
        dialog = ReasonDialog(
            self.tr("Cancel refund"),
            self.tr("Cancel this refund? Nothing has been paid. Reason (optional):"),
            False,
            self,
            check=refund_decisions.check_reason,
        )
        dialog.accepted.connect(
            lambda: self._act(
                lambda no: refund_decisions.cancel(self.session.actor, no, dialog.reason())
            )
        )
        self._open(dialog)
        return dialog

    def extend_deadline(self) -> ExtendDeadlineDialog | None:
        """The owner moves the shop's own limit of the shown refund, with a reason."""
        refund_no = self._selected_refund_no()
        if refund_no is None:
            return None
        dialog = ExtendDeadlineDialog(self.session, refund_no, self._own_deadline(), self)
        dialog.accepted.connect(self.session.notify_changed)
        self._open(dialog)
        return dialog

    def record_payout(self) -> PayoutDialog | None:
        refund = self.detail.refund
        if refund is None:
            return None
        policy = shop_settings.get_policy()
        dialog = PayoutDialog(
            refund,
            self.session.locale,
            self,
            max_instalments=policy.max_instalments if policy.instalments_allowed else 1,
        )
        no = refund.refund_no
        payee = self._payee(refund)
        dialog.question = lambda: dialog.question_text(payee)

        def pay() -> None:
            """Runs from the dialog's OK: a refusal stays in the dialog, under its field."""
            if dialog.instalment_count() > 1:
                result = sending.schedule_instalments(
                    self.session.actor,
                    no,
                    dialog.instalment_count(),
                    method=dialog.method.currentData(),
                    reference=dialog.reference.text(),
                    every_days=dialog.every_days(),
                    destination=dialog.destination(),
                )
            else:
                result = sending.record_payout(
                    self.session.actor,
                    no,
                    method=dialog.method.currentData(),
                    reference=dialog.reference.text(),
                    amount=dialog.amount_minor(),
                    destination=dialog.destination(),
                )
            self._after_action(result)

        dialog.submit = pay
        self._open(dialog)
        return dialog

    def record_supplier_answer(self) -> SupplierAnswerDialog | None:
        refund_no = self._selected_refund_no()
        if refund_no is None:
            return None
        dialog = SupplierAnswerDialog(self.session, refund_no, self)
        dialog.accepted.connect(self.session.notify_changed)
        self._open(dialog)
        return dialog

    def record_feedback(self) -> FeedbackDialog | None:
        refund_no = self._selected_refund_no()
        if refund_no is None:
            return None
        dialog = FeedbackDialog(self.session, refund_no, self)
        dialog.accepted.connect(self.session.notify_changed)
        self._open(dialog)
        return dialog

    def send_next_instalment(self) -> ReasonDialog | None:
        refund = self.detail.refund
        payout = _next_scheduled(refund) if refund else None
        if payout is None:
            return None
        dialog = ReasonDialog(
            self.tr("Send instalment #%1").replace("%1", str(payout.seq)),
            self.tr("Send %1 now? Transaction reference (optional):").replace(
                "%1", fmt.money_text(payout.amount, payout.currency, self.session.locale)
            ),
            False,
            self,
            check=sending.check_reference,
        )
        dialog.accepted.connect(
            lambda: self._act(
                lambda no: sending.send_payout(
                    self.session.actor, no, payout.seq, reference=dialog.reason()
                )
            )
        )
        self._open(dialog)
        return dialog

    def retry_failed_payout(self) -> RetryDialog | None:
        refund = self.detail.refund
        failed = _unretried_failure(refund) if refund else None
        if refund is None or failed is None:
            return None
        dialog = RetryDialog(refund, failed, self.session.locale, self)

        def retry() -> None:
            self._after_action(
                failures.retry_payout(
                    self.session.actor,
                    refund.refund_no,
                    failed.seq,
                    method=dialog.method.currentData(),
                    reference=dialog.reference.text(),
                    destination=dialog.destination(),
                )
            )

        dialog.submit = retry
        payee = self._payee(refund)

        def question() -> tuple[str, str, str]:
            text = (
                self.tr("Pay %1 to %2 by %3 again for refund %4?")
                .replace("%1", fmt.money_text(failed.amount, failed.currency, self.session.locale))
                .replace("%2", payee)
                .replace("%3", fmt.payout_method_label(dialog.method.currentData()))
                .replace("%4", refund.refund_no)
            )
            return self.tr("Retry failed payout"), text, self.tr("Pay")

        dialog.question = question
        self._open(dialog)
        return dialog

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.action_dialog = dialog
        dialog.open()


def _key_hint(name: str) -> str:
    key = ACTION_KEYS.get(name)
    if key is None:
        return ""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def _next_scheduled(refund: RefundDetail) -> PayoutInfo | None:
    scheduled = [p for p in refund.payouts if p.status == PayoutStatus.SCHEDULED.value]
    return min(scheduled, key=lambda p: p.seq) if scheduled else None


def _unretried_failure(refund: RefundDetail) -> PayoutInfo | None:
    retried = {p.retry_of for p in refund.payouts if p.retry_of is not None}
    failed = [
        p for p in refund.payouts if p.status == PayoutStatus.FAILED.value and p.seq not in retried
    ]
    return failed[0] if failed else None
