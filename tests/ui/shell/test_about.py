"""Help → About: the installed version, the licences of what ships, and the program's icon."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from importlib import metadata
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from merchant_refunds.appinfo import bundled_font_path
from merchant_refunds.services.users import Actor
from merchant_refunds.ui.common import computer_settings
from merchant_refunds.ui.common.app_look import program_icon
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.shell import launch
from merchant_refunds.ui.shell.main_window import MainWindow
from tests.ui.helpers import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def window(
    qtbot: QtBot, owner: Actor, make_session: Callable[[Actor], Session], tmp_path: Path
) -> Iterator[MainWindow]:
    computer_settings.use_file(tmp_path / "computer.ini")
    win = MainWindow(make_session(owner))
    qtbot.addWidget(win)
    win.show()
    yield win
    computer_settings.use_file(None)


def test_about_shows_the_version_and_the_licences(qtbot: QtBot, window: MainWindow) -> None:
    window.about_action.trigger()
    box = window.findChild(QMessageBox, "aboutBox")
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert f"Merchant Refunds {metadata.version('merchant-refunds')}" in box.text()
    details = box.informativeText()
    assert "Qt 6 / PySide6: LGPL-3.0" in details and "ReportLab" in details
    assert "WenQuanYi Micro Hei" in details and "Apache-2.0" in details
    assert str(bundled_font_path().parent) in details
    assert not box.iconPixmap().isNull()
    box.close()


def test_the_program_icon_has_every_size_a_desktop_asks_for() -> None:
    icon = program_icon()
    assert not icon.isNull()
    for size in (16, 32, 64, 256):
        assert icon.pixmap(size, size).width() == size


def test_the_application_carries_the_icon_and_version(qapp: QApplication) -> None:
    app = launch._application()
    assert app is qapp
    assert not app.windowIcon().isNull()
    assert app.applicationVersion() == metadata.version("merchant-refunds")
