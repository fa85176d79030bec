"""A table model over a list of ids that fetches its rows a page at a time.

A million orders must scroll without loading a million rows: the model holds only the matching ids
(an ``array('q')``, 8 bytes each) and asks for the rows of a page the first time one of its cells is
painted, keeping the last few pages in a small LRU cache. A page is a couple of hundred rows by
primary key, a millisecond or two, so it is read on the GUI thread as the view paints.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

Row = TypeVar("Row")
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[Row]):
    """One column: its header (source text in ``context``), how a row shows in it, its sort key."""

    title: str
    text: Callable[[Row], str]
    sort_key: str | None = None
    right_aligned: bool = False


class PagedTableModel(QAbstractTableModel):
    """Rows come from ``fetch_rows(ids)`` (in the order of ``ids``) when first painted;
    ``sort_requested`` asks the view to load the ids in another order (the database sorts)."""

    sort_requested = Signal(str, bool)

    def __init__(
        self,
        columns: Sequence[Column[Any]],
        fetch_rows: Callable[[Sequence[int]], list[Any]],
        context: str,
        *,
        page_size: int = 200,
        cached_pages: int = 16,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._fetch_rows = fetch_rows
        self._context = context
        self.page_size = page_size
        self._cached_pages = cached_pages
        self._ids = array("q")
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        #: How many pages were read from the database: tests check that few are.
        self.page_fetches = 0

    # the list

    def set_ids(self, ids: array) -> None:
        """Show ``ids`` (already filtered and sorted); every cached page is forgotten."""
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self.endResetModel()

    def extend_ids(self, ids: array) -> bool:
        """Swap in ``ids`` where the list shown is its beginning (the first page shown while the
        whole list loaded): the rows are appended, so the selection, the scroll position and the
        pages read stay. False, and nothing changes, when it is not a continuation."""
        shown = len(self._ids)
        if len(ids) < shown or ids[:shown] != self._ids:
            return False
        if len(ids) > shown:
            self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
            self._ids = ids
            self.endInsertRows()
        return True

    def refresh_rows(self) -> None:
        """Re-read the visible rows (after a change elsewhere) without changing the list."""
        self._pages.clear()
        if self._ids:
            last = self.index(len(self._ids) - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of_id(self, row_id: int) -> int:
        """Where ``row_id`` is in the list, or -1."""
        try:
            return self._ids.index(row_id)
        except ValueError:
            return -1

    def row_at(self, row: int) -> Any:
        """The fetched row object, reading its page if needed."""
        if not 0 <= row < len(self._ids):
            return None
        page_no, offset = divmod(row, self.page_size)
        page = self._pages.get(page_no)
        if page is None:
            page = self._load_page(page_no)
        else:
            self._pages.move_to_end(page_no)
        return page[offset]

    def _load_page(self, page_no: int) -> list[Any]:
        start = page_no * self.page_size
        ids = self._ids[start : start + self.page_size]
        fetched = self._fetch_rows(ids)
        self.page_fetches += 1
        page: list[Any] = list(fetched) + [None] * (len(ids) - len(fetched))
        self._pages[page_no] = page
        while len(self._pages) > self._cached_pages:
            self._pages.popitem(last=False)
        return page

    # Qt model interface

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            row = self.row_at(index.row())
            return column.text(row) if row is not None else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right_aligned:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self._context, self._columns[section].title)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._columns[column].sort_key
        if key is not None:
            self.sort_requested.emit(key, order == Qt.SortOrder.DescendingOrder)

    def sort_key_of(self, column: int) -> str | None:
        return self._columns[column].sort_key
