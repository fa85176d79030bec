"""A box the customer signs in with a mouse, a pen (tablet) or a finger (touch screen).

Strokes are kept as point lists and drawn as one ``QPainterPath``; the export is a PNG of just
the signature (cropped, transparent background, twice the screen size) so it sits cleanly on
the confirmation's signature line. Pen and touch events are accepted where they arrive, so Qt
does not also synthesise mouse events from them and draw every stroke twice.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

PEN_WIDTH = 2.5
INK = QColor(16, 32, 96)
EXPORT_SCALE = 2.0
EXPORT_MARGIN = 6.0
_TOUCH_EVENTS = (
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TouchEnd,
    QEvent.Type.TouchCancel,
)


class SignaturePad(QWidget):
    """``changed`` fires when a stroke is added or the pad is cleared."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setMinimumSize(QSize(420, 160))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Signature pad"))
        self.hint = self.tr("Sign here")
        self._strokes: list[list[QPointF]] = []
        self._drawing = False

    # what was drawn

    def is_empty(self) -> bool:
        return not self._strokes

    def stroke_count(self) -> int:
        return len(self._strokes)

    def clear(self) -> None:
        self._strokes.clear()
        self._drawing = False
        self.update()
        self.changed.emit()

    def path(self) -> QPainterPath:
        """All strokes as one path; a tap is a dot (a very short line)."""
        path = QPainterPath()
        for stroke in self._strokes:
            path.moveTo(stroke[0])
            if len(stroke) == 1:
                path.lineTo(stroke[0] + QPointF(0.1, 0.1))
            for point in stroke[1:]:
                path.lineTo(point)
        return path

    def to_png(self) -> bytes:
        """The signature alone as PNG bytes; raises ``ValueError`` when nothing was drawn."""
        if self.is_empty():
            raise ValueError("nothing was signed")
        path = self.path()
        margin = EXPORT_MARGIN + PEN_WIDTH
        bounds = path.boundingRect().adjusted(-margin, -margin, margin, margin)
        size = QSize(
            max(1, round(bounds.width() * EXPORT_SCALE)),
            max(1, round(bounds.height() * EXPORT_SCALE)),
        )
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(EXPORT_SCALE, EXPORT_SCALE)
        painter.translate(-bounds.topLeft())
        painter.setPen(self._pen())
        painter.drawPath(path)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())

    # input

    def _begin(self, position: QPointF) -> None:
        self._drawing = True
        self._strokes.append([QPointF(position)])
        self.update()

    def _extend(self, position: QPointF) -> None:
        if self._drawing and self._strokes:
            self._strokes[-1].append(QPointF(position))
            self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drawing:
            self._extend(event.position())
            event.accept()
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._drawing:
            self._extend(event.position())
            self._end()
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._extend(event.position())
            self._end()
        event.accept()

    def event(self, event: QEvent) -> bool:
        if event.type() in _TOUCH_EVENTS and isinstance(event, QTouchEvent):
            self._touch(event)
            event.accept()
            return True
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> None:
        points = event.points()
        if event.type() == QEvent.Type.TouchCancel or not points:
            self._end()
            return
        position = points[0].position()  # one finger signs; a second one is ignored
        if event.type() == QEvent.Type.TouchBegin:
            self._begin(position)
        elif event.type() == QEvent.Type.TouchUpdate:
            self._extend(position)
        else:
            self._extend(position)
            self._end()

    # drawing

    @staticmethod
    def _pen() -> QPen:
        return QPen(
            INK,
            PEN_WIDTH,
            Qt.PenStyle.SolidLine,
            Qt.PenCapStyle.RoundCap,
            Qt.PenJoinStyle.RoundJoin,
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        baseline = self.height() - 36
        guide = QPen(self.palette().color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DashLine)
        painter.setPen(guide)
        painter.drawLine(QPointF(24, baseline), QPointF(self.width() - 24, baseline))
        painter.drawText(QPointF(10, baseline - 4), "×")
        if self.is_empty():
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                QRectF(0, baseline + 4, self.width(), 28),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                self.hint,
            )
        painter.setPen(self._pen())
        painter.drawPath(self.path())
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.end()
