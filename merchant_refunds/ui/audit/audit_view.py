"""The audit trail view: every event, who, when, what, with a readable before/after diff.

The list is paged like the refunds list (ids on a worker thread, rows by the page). "Verify" walks
the hash chain on a worker thread and says in words whether the trail is intact or which event was
changed. Clerks see a notice instead; the services refuse them as well.
"""

from __future__ import annotations

from array import array
from datetime import date, datetime

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from merchant_refunds.domain.errors import RefundsError
from merchant_refunds.domain.lifecycle import Role
from merchant_refunds.services import anchors, audit, audit_log, confirmations
from merchant_refunds.services.audit import ChainReport
from merchant_refunds.services.audit_log import AuditFilter
from merchant_refunds.ui.audit import audit_texts
from merchant_refunds.ui.common import formatting as fmt
from merchant_refunds.ui.common.errors import show_error
from merchant_refunds.ui.common.messages import translate_template
from merchant_refunds.ui.common.paged_model import Column, PagedTableModel
from merchant_refunds.ui.common.progress import run_with_progress
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.common.tasks import Task, run_task

CONTEXT = "AuditView"
READER_ROLES = (Role.OWNER, Role.ACCOUNTANT)
SEARCH_DELAY_MS = 200
#: Room beside a column's longest text (cell margins, the sort arrow).
COLUMN_PADDING = 24


class AuditView(QWidget):
    """``results_shown(count)`` after a list loads; ``verified(report)`` after a check;
    ``code_checked(ok)`` after a code from a closing or a paper was checked."""

    code_checked = Signal(bool)
    results_shown = Signal(int)
    verified = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.report: ChainReport | None = None
        self._list_task: Task | None = None
        self._verify_task: Task | None = None
        self._loaded = False
        locale = session.locale

        columns = [
            Column(QT_TRANSLATE_NOOP("AuditView", "#"), lambda e: str(e.id), right_aligned=True),
            Column(
                QT_TRANSLATE_NOOP("AuditView", "When"), lambda e: fmt.datetime_text(e.at, locale)
            ),
            Column(QT_TRANSLATE_NOOP("AuditView", "Who"), lambda e: e.user_name),
            Column(
                QT_TRANSLATE_NOOP("AuditView", "What"), lambda e: fmt.audit_action_label(e.action)
            ),
            Column(QT_TRANSLATE_NOOP("AuditView", "Number"), lambda e: e.entity_key),
            Column(
                QT_TRANSLATE_NOOP("AuditView", "Change"),
                lambda e: audit_texts.change_summary(e, locale),
            ),
        ]
        self.model = PagedTableModel(columns, audit_log.event_rows, CONTEXT, parent=self)

        today = date.today()
        self.use_dates = QCheckBox(self.tr("Dates"))
        self.date_from = QDateEdit(QDate(today.year, today.month, 1))
        self.date_to = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.user = QComboBox()
        self.user.setObjectName("auditUser")
        self.action = QComboBox()
        self.action.setObjectName("auditAction")
        # as wide as a usual action's name, not the longest one's: that would widen the window
        self.action.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.action.setMinimumContentsLength(14)
        self.search = QLineEdit()
        self.search.setObjectName("auditSearch")
        self.search.setPlaceholderText(self.tr("Refund, order or user number"))
        self.search.setClearButtonEnabled(True)
        self.verify_button = QPushButton(self.tr("Verify"))
        self.verify_button.setObjectName("verifyAudit")
        self.verify_button.clicked.connect(self.verify)
        self.count_label = QLabel()
        self.result_label = QLabel()
        self.result_label.setObjectName("verifyResult")
        self.result_label.setWordWrap(True)
        self.anchor_field = QLineEdit()
        self.anchor_field.setObjectName("anchorCode")
        self.anchor_field.setPlaceholderText(self.tr("Check a code from a closing or a paper"))
        self.anchor_field.setToolTip(
            self.tr(
                "The anchor code of a daily closing (A1234-…) or the code on a refund "
                "confirmation (RF…): shows whether the records were cut or rewritten since."
            )
        )
        self.anchor_field.setClearButtonEnabled(True)
        self.anchor_field.returnPressed.connect(self.check_code)
        self.anchor_button = QPushButton(self.tr("Check code"))
        self.anchor_button.setObjectName("checkAnchor")
        self.anchor_button.clicked.connect(self.check_code)
        self.anchor_result = QLabel()
        self.anchor_result.setObjectName("anchorResult")
        self.anchor_result.setWordWrap(True)
        self.anchor_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._anchor_task: Task | None = None
        self.notice = QLabel(self.tr("The audit trail is for the owner and the accountant."))
        self.notice.setObjectName("auditNotice")

        bar = QHBoxLayout()
        for widget in (self.use_dates, self.date_from, self.date_to, self.user, self.action):
            bar.addWidget(widget)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.verify_button)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setWordWrap(False)
        self._fit_columns()
        self.diff_table = QTableWidget(0, 3)
        self.diff_table.setObjectName("auditDiff")
        self.diff_table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Before"), self.tr("After")]
        )
        self.diff_table.horizontalHeader().setStretchLastSection(True)
        self.diff_table.verticalHeader().hide()
        self.diff_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detail_label = QLabel()
        self.detail_label.setWordWrap(True)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.detail_label)
        detail_layout.addWidget(self.diff_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(bar)
        layout.addWidget(self.result_label)
        anchor_row = QHBoxLayout()
        anchor_row.addWidget(self.anchor_field, 1)
        anchor_row.addWidget(self.anchor_button)
        layout.addLayout(anchor_row)
        layout.addWidget(self.anchor_result)
        layout.addWidget(self.count_label)
        layout.addWidget(splitter, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._search_timer.start)
        for combo in (self.user, self.action):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.use_dates.toggled.connect(self._filters_changed)
        self.date_from.dateChanged.connect(self._filters_changed)
        self.date_to.dateChanged.connect(self._filters_changed)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        # A view rebuilt after a language switch is gone: its old self must not answer.
        session.actor_changed.connect(lambda _actor: shiboken6.isValid(self) and self._apply_role())
        session.data_changed.connect(self._data_changed)
        self._apply_role()

    def _fit_columns(self) -> None:
        """Column widths from the longest text each column can hold, in the table's font and
        the session's language. Why not sized to the contents: the rows load page by page, and
        measuring them would read the whole trail; Chinese dates are wider than the default."""
        metrics = self.table.fontMetrics()
        labels = [fmt.audit_action_label(action) for action in fmt.audit_actions()]
        samples = {
            0: "0000000",
            1: fmt.datetime_text(datetime(2026, 12, 28, 23, 59, 59), self.session.locale),
            2: "M" * 12,
            3: max(labels, key=metrics.horizontalAdvance),
            4: "RF202612280001-",
        }
        for column, text in samples.items():
            self.table.setColumnWidth(column, metrics.horizontalAdvance(text) + COLUMN_PADDING)

    def allowed(self) -> bool:
        return self.session.can(*READER_ROLES)

    def _apply_role(self) -> None:
        allowed = self.allowed()
        self.notice.setVisible(not allowed)
        for widget in (
            self.verify_button,
            self.search,
            self.user,
            self.action,
            self.table,
            self.anchor_field,
            self.anchor_button,
        ):
            widget.setEnabled(allowed)
        if not allowed:
            self.model.set_ids(array("q"))
            self._loaded = False
        elif self.isVisible():
            self.load()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if not self._loaded and self.allowed():
            self.load()

    def _data_changed(self) -> None:
        if self._loaded:
            self.reload()

    def load(self) -> None:
        """Fill the user and action lists, then the events."""
        if not self.allowed():
            return
        self._loaded = True
        names, actions = audit_log.choices(self.session.actor)
        for combo, values, label in (
            (self.user, names, self.tr("All users")),
            (self.action, actions, self.tr("All actions")),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(label, "")
            for value in values:
                text = fmt.audit_action_label(value) if combo is self.action else value
                combo.addItem(text or "—", value)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self.reload()

    def _filters_changed(self) -> None:
        self.date_from.setEnabled(self.use_dates.isChecked())
        self.date_to.setEnabled(self.use_dates.isChecked())
        self.reload()

    def current_filter(self) -> AuditFilter:
        dated = self.use_dates.isChecked()
        return AuditFilter(
            self.date_from.date().toPython() if dated else None,
            self.date_to.date().toPython() if dated else None,
            self.user.currentData() or "",
            self.action.currentData() or "",
            self.search.text(),
        )

    def reload(self) -> None:
        if not self.allowed():
            return
        actor, flt = self.session.actor, self.current_filter()
        if self._list_task is not None:
            self._list_task.cancel()
        self._list_task = run_task(
            lambda: audit_log.event_ids(actor, flt), self._show_ids, self._failed, self
        )

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)

    def _show_ids(self, ids: array) -> None:
        self._list_task = None
        self.model.set_ids(ids)
        self.count_label.setText(self.tr("%n event(s)", "", len(ids)))
        self.diff_table.setRowCount(0)
        self.detail_label.clear()
        self.results_shown.emit(len(ids))

    def _show_detail(self) -> None:
        entry = self.model.row_at(self.table.currentIndex().row())
        if entry is None:
            return
        self.detail_label.setText(
            self.tr("Event {id}: {who} — {what} — {entity} {key} — {when}").format(
                id=entry.id,
                who=entry.user_name or "—",
                what=fmt.audit_action_label(entry.action),
                entity=audit_texts.entity_label(entry.entity),
                key=entry.entity_key,
                when=fmt.datetime_text(entry.at, self.session.locale),
            )
        )
        changes = audit_texts.change_rows(entry, self.session.locale)
        self.diff_table.setRowCount(len(changes))
        for row, cells in enumerate(changes):
            for col, text in enumerate(cells):
                self.diff_table.setItem(row, col, QTableWidgetItem(text))

    def diff_rows(self) -> list[tuple[str, str, str]]:
        return [
            tuple(self.diff_table.item(r, c).text() for c in range(3))  # type: ignore[misc]
            for r in range(self.diff_table.rowCount())
        ]

    def verify(self) -> None:
        """Check the whole chain off the GUI thread, behind a progress window (a million orders'
        trail takes a while), and say the result in words."""
        if not self.allowed() or not self.verify_button.isEnabled():
            return
        actor = self.session.actor
        self.verify_button.setEnabled(False)
        checking = self.tr("Checking the audit trail…")
        self.result_label.setText(checking)
        self._verify_task = run_with_progress(
            self,
            self.verify_button.text(),
            checking,
            lambda: audit_log.verify(actor),
            self._verified,
            self._verify_failed,
        )

    def _verify_failed(self, error: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self.result_label.clear()
        show_error(self, error)

    def _verified(self, report: ChainReport) -> None:
        self.verify_button.setEnabled(True)
        self.report = report
        if report.ok and report.key_missing:
            text = self.tr(
                "The links of all {n} events hold, but the content of {m} of them could not be "
                "checked: this computer does not have the shop key (Settings, or "
                "merchant-refunds key import)."
            ).format(n=report.checked, m=report.unchecked)
            self.result_label.setStyleSheet("color: #b00020; font-weight: bold;")
        elif report.ok:
            text = self.tr("The audit trail is intact: all {n} events check out.").format(
                n=report.checked
            )
            self.result_label.setStyleSheet("")
        else:
            entry = audit_log.get_event(self.session.actor, report.broken_event_id or 0)
            what = (
                f"{fmt.audit_action_label(entry.action)} {entry.entity_key}, "
                f"{entry.user_name or '—'}, {fmt.datetime_text(entry.at, self.session.locale)}"
                if entry
                else "—"
            )
            if "content" in report.problem:
                reason = self.tr("its content was changed")
            elif "keyed part" in report.problem:
                reason = self.tr("the part of the trail sealed with the shop key is missing")
            elif "another key" in report.problem:
                reason = self.tr("it was sealed with another key than this shop's")
            else:
                reason = self.tr("an event before it was changed or removed")
            text = self.tr(
                "The audit trail is broken at event {id} ({what}): {reason}. "
                "The {n} events before it are intact."
            ).format(id=report.broken_event_id, what=what, reason=reason, n=report.checked)
            self.result_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.result_label.setText(text)
        self.verified.emit(report)

    # a code copied outside the database

    def check_code(self) -> None:
        """Check an anchor code (or a paper's code) off the GUI thread and say what it shows."""
        text = self.anchor_field.text().strip()
        if not text or not self.allowed():
            return
        self.anchor_button.setEnabled(False)
        self.anchor_result.setStyleSheet("")
        self.anchor_result.setText(self.tr("Checking the code…"))

        def work() -> tuple[bool, str, dict]:
            if audit.parse_anchor(text) is not None or not text.upper().startswith("RF"):
                check = anchors.check_anchor(text)
                return check.ok, check.template, check.params
            paper = confirmations.verify_code(text)
            return paper.ok, paper.template, paper.params

        self._anchor_task = run_task(work, self._code_checked, self._code_failed, self)

    def _code_failed(self, error: BaseException) -> None:
        self.anchor_button.setEnabled(True)
        self.anchor_result.clear()
        if isinstance(error, RefundsError):
            self._show_code_result(False, error.template, error.params)
        else:
            show_error(self, error)

    def _code_checked(self, answer: tuple[bool, str, dict]) -> None:
        self.anchor_button.setEnabled(True)
        self._show_code_result(*answer)

    def _show_code_result(self, ok: bool, template: str, params: dict) -> None:
        mark = "✓ " if ok else "✗ "
        self.anchor_result.setText(mark + translate_template(template, params))
        self.anchor_result.setStyleSheet(
            "color: #2e7d32;" if ok else "color: #b00020; font-weight: bold;"
        )
        self.code_checked.emit(ok)
