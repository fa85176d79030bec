"""Rejection reasons: the texts the owner picks when rejecting a refund, in Chinese and English.

One row per reason: a short key (what ``refund reject --template`` takes), the Chinese text and
the English text the customer reads. Only owners edit; the service refuses anyone else too.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from merchant_refunds.services import rejection_templates
from merchant_refunds.services.rejection_templates import RejectionTemplate
from merchant_refunds.ui.common.field_errors import error_label
from merchant_refunds.ui.common.live_check import first_problem
from merchant_refunds.ui.common.messages import error_text
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.settings.settings_page import SettingsPage

KEY, ZH, EN = range(3)


class RejectionReasonsPage(SettingsPage):
    """The reasons as a table; Save replaces them all in one audited change."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("rejectionReasonsTable")
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(KEY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ZH, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(EN, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addRejectionReason")
        self.add_button.clicked.connect(self.add_reason)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeRejectionReason")
        self.remove_button.clicked.connect(self.remove_reason)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.body.addWidget(self.hint)
        self.body.addWidget(self.table, 1)
        self.body.addLayout(buttons)
        self.table_error = error_label("rejectionReasonsError")
        self.body.addWidget(self.table_error)
        self.retranslate_ui()
        self.load()
        self.apply_role()
        self.start_live_check()

    def check(self) -> bool:
        """The reasons as typed through the service's own check (a key, both texts…)."""
        error = first_problem(lambda: rejection_templates.check_templates(self.templates()))
        self.table_error.setText(error_text(error) if error else "")
        self.table_error.setVisible(error is not None)
        return True if error is None else self.general_problem(error)

    def editors(self) -> list[QWidget]:
        return [self.table, self.add_button, self.remove_button]

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.hint.setText(
            self.tr(
                "The reasons offered when a refund is rejected. The customer reads the text in "
                "their language, followed by anything the owner adds. The key is short "
                "(lower-case letters, digits, - or _) and is what the command line's "
                "--template takes."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Key"), self.tr("Chinese"), self.tr("English")]
        )
        self.add_button.setText(self.tr("Add reason"))
        self.remove_button.setText(self.tr("Remove reason"))

    def _put(self, row: int, template: RejectionTemplate) -> None:
        for column, text in ((KEY, template.key), (ZH, template.zh), (EN, template.en)):
            self.table.setItem(row, column, QTableWidgetItem(text))

    def load(self) -> None:
        found = rejection_templates.get_templates()
        self.table.setRowCount(len(found))
        for row, template in enumerate(found):
            self._put(row, template)
        self.table.resizeRowsToContents()

    def add_reason(self) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._put(row, RejectionTemplate("", "", ""))
        self.table.setCurrentCell(row, KEY)
        self.table.editItem(self.table.item(row, KEY))

    def remove_reason(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def templates(self) -> list[RejectionTemplate]:
        """The rows as reasons; a row left wholly empty is none."""
        out = []
        for row in range(self.table.rowCount()):
            texts = [
                (self.table.item(row, col).text() if self.table.item(row, col) else "").strip()
                for col in (KEY, ZH, EN)
            ]
            if any(texts):
                out.append(RejectionTemplate(*texts))
        return out

    def save(self) -> bool:
        rejection_templates.set_templates(self.session.actor, self.templates())
        return True
