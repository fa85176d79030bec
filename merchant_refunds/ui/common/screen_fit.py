"""Windows open no larger than the screen they are on, nor than the smallest screen a shop
counter is likely to have: 1366×768, less a 40-pixel taskbar and the window's title bar; and no
narrower than their title."""

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


#: What a title bar takes besides the title: the icon and the close, minimise, maximise buttons.
TITLE_BAR_EXTRA = 160


def title_width(window: QWidget) -> int:
    """How wide ``window`` must be for a window manager to show its whole title, the
    application's name that Qt appends ("Record payout for RF… — 商户退款") included."""
    app_name = QGuiApplication.applicationDisplayName()
    title = window.windowTitle()
    if app_name and app_name != title:
        title = f"{title} — {app_name}"
    return window.fontMetrics().horizontalAdvance(title) + TITLE_BAR_EXTRA


def keep_title_whole(window: QWidget) -> None:
    """Make ``window`` at least as wide as its whole title (call after setting the title):
    window managers cut a longer one ("Record payout fo…", "无法完成··· efunds")."""
    needed = min(title_width(window), SMALLEST_SCREEN_ROOM.width())
    window.setMinimumWidth(max(window.minimumWidth(), needed))
