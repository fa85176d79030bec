"""Windows open no larger than the screen they are on, nor than the smallest screen a shop
counter is likely to have: 1366×768, less a 40-pixel taskbar and the window's title bar."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: 1366×768 less a taskbar (40) and a title bar with the window's frame (32 and 16).
SMALLEST_SCREEN_ROOM = QSize(1366 - 16, 768 - 40 - 32)


def fitted_size(widget: QWidget, width: int, height: int) -> QSize:
    """``width``×``height`` made small enough for the smallest screen and for this one."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    room = SMALLEST_SCREEN_ROOM
    if screen is not None:
        available = screen.availableGeometry().size()
        room = room.boundedTo(QSize(available.width() - 16, available.height() - 32))
    return QSize(width, height).boundedTo(room).expandedTo(widget.minimumSizeHint())


def resize_to_fit(widget: QWidget, width: int, height: int) -> None:
    """``widget.resize`` to the size it would like, or less where the screen is smaller."""
    widget.resize(fitted_size(widget, width, height))
