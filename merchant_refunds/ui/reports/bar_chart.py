"""A small horizontal bar chart painted with QPainter.

PySide6-Essentials has no QtCharts, and a report needs only labelled bars; painting them takes a
few lines and no extra dependency.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

_ROW = 20
_BAR = QColor(64, 115, 179)


class BarChart(QWidget):
    """``set_bars(title, [(label, value, value_text)])``: one bar per row, longest value full."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.bars: list[tuple[str, int, str]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, title: str, bars: list[tuple[str, int, str]]) -> None:
        self.title = title
        self.bars = bars
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, _ROW * (len(self.bars) + 1) + 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        painter.drawText(QRectF(0, 0, self.width(), _ROW), Qt.AlignmentFlag.AlignLeft, self.title)
        if not self.bars:
            painter.end()
            return
        label_w = min(
            self.width() // 3, max(metrics.horizontalAdvance(b[0]) for b in self.bars) + 8
        )
        value_w = max(metrics.horizontalAdvance(b[2]) for b in self.bars) + 8
        span = max(1, self.width() - label_w - value_w)
        top = max((abs(b[1]) for b in self.bars), default=0) or 1
        for row, (label, value, text) in enumerate(self.bars, start=1):
            y = row * _ROW
            painter.setPen(self.palette().windowText().color())
            painter.drawText(
                QRectF(0, y, label_w - 4, _ROW),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_w - 4),
            )
            width = span * abs(value) / top  # pixels only, never money
            painter.fillRect(QRectF(label_w, y + 3, width, _ROW - 6), _BAR)
            painter.drawText(
                QRectF(label_w + width + 4, y, value_w, _ROW),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        painter.end()
