"""Read every text a person can see in a widget tree, keyed by where it sits.

The keys are built from each widget's class and place among its parent's children (not from
object names, which differ), so the same window built twice, or the same view before and after
a language switch, yields the same keys for the same places.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

#: How many rows of each table or list are read: enough to see dates, amounts and codes.
ROWS = 3
#: How many items of each pick-list are read (the currency list holds every ISO 4217 code).
ITEMS = 12
#: No letter of any script: numbers, dates in digits, amounts, punctuation.
_NO_LETTERS = re.compile(r"^[\W\d_]*$")


def _place(widget: QWidget, root: QWidget) -> str:
    parts: list[str] = []
    current: QWidget | None = widget
    while current is not None and current is not root:
        parent = current.parentWidget()
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        siblings = parent.findChildren(QWidget, options=direct) if parent is not None else []
        same = [w for w in siblings if type(w) is type(current)]
        index = same.index(current) if current in same else 0
        parts.append(f"{type(current).__name__}[{index}]")
        current = parent
    return "/".join(reversed(parts))


def _model_texts(model: QAbstractItemModel | None, key: str, out: dict[str, str]) -> None:
    if model is None:
        return
    horizontal = Qt.Orientation.Horizontal
    root = QModelIndex()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
    for column in range(columns):
        header = model.headerData(column, horizontal, Qt.ItemDataRole.DisplayRole)
        if header:
            out[f"{key}/header{column}"] = str(header)
        tip = model.headerData(column, horizontal, Qt.ItemDataRole.ToolTipRole)
        if tip:
            out[f"{key}/header{column}/tip"] = str(tip)
        for row in range(min(ROWS, model.rowCount(root))):
            value = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
            if value not in (None, ""):
                out[f"{key}/r{row}c{column}"] = str(value)


def visible_texts(root: QWidget) -> dict[str, str]:
    """Every text shown in ``root`` and its visible children: labels, buttons, titles, tabs,
    placeholders, tooltips, pick-list items, table headers and first rows, menus, the window
    title."""
    out: dict[str, str] = {}
    if root.windowTitle():
        out["title"] = root.windowTitle()
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget is not root and not widget.isVisibleTo(root) and not isinstance(widget, QMenu):
            continue
        key = _place(widget, root)
        if widget.toolTip():
            out[f"{key}/tip"] = widget.toolTip()
        if isinstance(widget, (QLabel, QAbstractButton)):
            out[key] = widget.text()
        elif isinstance(widget, QGroupBox):
            out[key] = widget.title()
        elif isinstance(widget, QLineEdit):
            out[f"{key}/placeholder"] = widget.placeholderText()
            if widget.isReadOnly():
                out[key] = widget.text()
        elif isinstance(widget, QDateEdit):
            out[key] = widget.text()
        elif isinstance(widget, QAbstractSpinBox):
            out[f"{key}/special"] = widget.specialValueText()
            out[f"{key}/suffix"] = getattr(widget, "suffix", lambda: "")()
        elif isinstance(widget, QComboBox):
            for i in range(min(widget.count(), ITEMS)):
                out[f"{key}/item{i}"] = widget.itemText(i)
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                out[f"{key}/tab{i}"] = widget.tabText(i)
        elif isinstance(widget, QTabWidget):
            continue
        elif isinstance(widget, (QTextBrowser, QTextEdit)):
            if isinstance(widget, QTextBrowser) or widget.isReadOnly():
                out[key] = widget.toPlainText()
            out[f"{key}/placeholder"] = widget.placeholderText()
        elif isinstance(widget, QPlainTextEdit):
            out[f"{key}/placeholder"] = widget.placeholderText()
        elif isinstance(widget, QHeaderView):
            continue  # read with its table
        elif isinstance(widget, QAbstractItemView):
            _model_texts(widget.model(), key, out)
        elif isinstance(widget, QMenu):
            if not widget.title():
                continue  # the menu bar's overflow menu ("»"): its menus are read already
            out[f"{key}/menu"] = widget.title()
            for i, action in enumerate(widget.actions()):
                out[f"{key}/action{i}"] = action.text()
    if isinstance(root, QMainWindow):
        for i, action in enumerate(root.menuBar().actions()):
            out[f"menubar{i}"] = action.text()
    return {key: text for key, text in out.items() if text and text.strip()}


def unchanged(before: dict[str, str], after: dict[str, str], allowed: set[str]) -> list[str]:
    """Texts at the same place that read the same after a language switch, except those without
    any letter (numbers, amounts) and those in ``allowed`` (names, codes of the data)."""
    same = []
    for key, text in before.items():
        if after.get(key) != text or _NO_LETTERS.match(text) or text in allowed:
            continue
        same.append(f"{'/'.join(key.split('/')[-3:])}: {text!r}")
    return same
