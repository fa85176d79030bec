"""Product categories picked from a list in words, never typed as codes.

A line's category (``OrderLine.category``) and the policy's excluded categories are stored as
codes (``perishable``, ``made_to_order``…). People see each known code's label
(``formatting.category_label``); a shop's own category, which no label names, is shown and kept
as it is written, so nothing stored is lost or renamed.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem, QWidget

from merchant_refunds.ui.common import formatting as fmt


def _codes(extra: Iterable[str]) -> list[str]:
    known = fmt.known_categories()
    return known + sorted({c for c in extra if c and c not in known})


class CategoryBox(QComboBox):
    """One category: pick a known one by its name or type a shop's own."""

    def __init__(self, code: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", "")
        for known in _codes([code]):
            self.addItem(fmt.category_label(known), known)
        self.set_code(code)

    def set_code(self, code: str) -> None:
        index = self.findData(code)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(code)

    def code(self) -> str:
        """The chosen category's code, or what was typed for a category of the shop's own."""
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        return str(self.itemData(index)) if index >= 0 else text


class CategoryPicker(QListWidget):
    """Several categories, ticked in a list of their names (the policy's exclusions)."""

    def set_categories(self, checked: Iterable[str]) -> None:
        chosen = set(checked)
        self.clear()
        for code in _codes(chosen):
            item = QListWidgetItem(fmt.category_label(code))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked)
            self.addItem(item)

    def checked(self) -> list[str]:
        """The ticked categories' codes, sorted as the policy stores them."""
        return sorted(
            str(self.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        )

    def retranslate(self) -> None:
        """The names again in the window's language, the ticks kept."""
        self.set_categories(self.checked())
