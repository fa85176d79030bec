"""SKU rules: which category a product is in and whether it is a final sale, applied at import.

One row per rule: a SKU, or a pattern with ``*`` (any characters) and ``?`` (one character), its
category and a final-sale tick. Only owners edit; the service refuses anyone else too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from merchant_refunds.domain.sku_rules import SkuRule, check_rules
from merchant_refunds.services import shop_settings, sku_rules
from merchant_refunds.ui.common import formatting as fmt
from merchant_refunds.ui.common.field_errors import error_label
from merchant_refunds.ui.common.live_check import first_problem
from merchant_refunds.ui.common.messages import error_text
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.settings.settings_page import SettingsPage

PATTERN, CATEGORY, FINAL_SALE = range(3)


class SkuRulesPage(SettingsPage):
    """The rules as a table the owner edits; Save replaces them all in one audited change."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.excluded = QLabel()
        self.excluded.setObjectName("excludedCategories")
        self.excluded.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("skuRulesTable")
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PATTERN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CATEGORY, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addRule")
        self.add_button.clicked.connect(self.add_rule)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeRule")
        self.remove_button.clicked.connect(self.remove_rule)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.body.addWidget(self.hint)
        self.body.addWidget(self.excluded)
        self.body.addWidget(self.table, 1)
        self.table_error = error_label("skuRulesError")
        self.body.addWidget(self.table_error)
        self.body.addLayout(buttons)
        self.retranslate_ui()
        self.load()
        self.apply_role()
        self.start_live_check()

    def check(self) -> bool:
        """The rules as typed through the domain's own check (a pattern, a category…)."""
        error = first_problem(lambda: check_rules(self.rules()))
        self.table_error.setText(error_text(error) if error else "")
        self.table_error.setVisible(error is not None)
        return True if error is None else self.general_problem(error)

    def editors(self) -> list[QWidget]:
        return [self.table, self.add_button, self.remove_button]

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.hint.setText(
            self.tr(
                "Imported orders get each line's category and final sale from the first rule "
                "its SKU matches: an exact SKU, or a pattern where * stands for any characters "
                "and ? for one (TEA-* matches TEA-01). A category or final sale that the file "
                "or an order edit gives is kept."
            )
        )
        excluded = ", ".join(
            fmt.category_label(code)
            for code in sorted(shop_settings.get_policy().excluded_categories)
        )
        self.excluded.setText(
            self.tr("Categories the refund policy excludes from no-reason returns: %1").replace(
                "%1", excluded or "-"
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("SKU or pattern"), self.tr("Category"), self.tr("Final sale")]
        )
        self.add_button.setText(self.tr("Add rule"))
        self.remove_button.setText(self.tr("Remove rule"))

    def _put(self, row: int, rule: SkuRule) -> None:
        self.table.setItem(row, PATTERN, QTableWidgetItem(rule.pattern))
        self.table.setItem(row, CATEGORY, QTableWidgetItem(rule.category))
        final = QTableWidgetItem()
        final.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        final.setCheckState(Qt.CheckState.Checked if rule.final_sale else Qt.CheckState.Unchecked)
        self.table.setItem(row, FINAL_SALE, final)

    def load(self) -> None:
        rules = sku_rules.get_rules()
        self.table.setRowCount(len(rules))
        for row, rule in enumerate(rules):
            self._put(row, rule)

    def add_rule(self) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._put(row, SkuRule(""))
        self.table.setCurrentCell(row, PATTERN)
        self.table.editItem(self.table.item(row, PATTERN))

    def remove_rule(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def rules(self) -> list[SkuRule]:
        """The rows as rules; a row left wholly empty is no rule."""
        out = []
        for row in range(self.table.rowCount()):
            texts = [
                (self.table.item(row, col).text() if self.table.item(row, col) else "").strip()
                for col in (PATTERN, CATEGORY)
            ]
            item = self.table.item(row, FINAL_SALE)
            final = item is not None and item.checkState() == Qt.CheckState.Checked
            if not texts[0] and not texts[1] and not final:
                continue
            out.append(SkuRule(texts[0], texts[1], final))
        return out

    def save(self) -> bool:
        sku_rules.set_rules(self.session.actor, self.rules())
        return True
