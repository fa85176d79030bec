"""File → Change my PIN… (issue 15): anyone signed in changes their own PIN, after typing the
current one; a wrong current PIN or a bad new one changes nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from merchant_refunds.domain.errors import PermissionDenied
from merchant_refunds.services import users
from merchant_refunds.services.users import Actor
from merchant_refunds.ui.common import computer_settings, i18n
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.shell.change_pin import ChangePinDialog
from merchant_refunds.ui.shell.main_window import MainWindow
from tests.ui.helpers import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture(autouse=True)
def _computer_settings(tmp_path: Path) -> Iterator[None]:
    computer_settings.use_file(tmp_path / "computer.ini")
    yield
    computer_settings.use_file(None)
    i18n.apply_language(i18n.ENGLISH)


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, _title, text, *a: shown.append(text)
    )
    return shown


def _visible_errors(widget: QWidget) -> list[str]:
    names = ("fieldError", "changePinMessage")
    return [
        label.text()
        for name in names
        for label in widget.findChildren(QWidget, name)
        if label.isVisibleTo(widget) and label.text()
    ]


def _fill(qtbot: QtBot, dlg: ChangePinDialog, current: str, new: str, again: str) -> None:
    new_edit, again_edit = dlg.pins.edits()
    for edit, text in ((dlg.current, current), (new_edit, new), (again_edit, again)):
        edit.clear()
        qtbot.keyClicks(edit, text)
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)


def test_a_clerk_changes_her_pin_from_the_file_menu(
    qtbot: QtBot, clerk: Actor, make_session: Callable[[Actor], Session], told: list[str]
) -> None:
    window = MainWindow(make_session(clerk))
    qtbot.addWidget(window)
    window.show()
    file_menu = [a.text() for a in window.file_menu.actions()]
    assert "Change my &PIN…" in file_menu
    window.change_pin_action.trigger()
    dlg = window.change_pin_dialog
    assert dlg.isVisible() and dlg.windowTitle() == "Change my PIN"

    _fill(qtbot, dlg, "0000", "24680", "24680")
    assert dlg.isVisible()
    assert _visible_errors(dlg) == ["Wrong PIN for amy"]
    assert users.sign_in("amy", "5678").actor.name == "amy"  # unchanged

    _fill(qtbot, dlg, "5678", "24680", "24681")
    assert "The two PINs are not the same." in _visible_errors(dlg)
    _fill(qtbot, dlg, "5678", "12", "12")
    assert "A PIN is 4 to 12 digits" in _visible_errors(dlg)
    assert users.sign_in("amy", "5678").actor.name == "amy"

    _fill(qtbot, dlg, "5678", "24680", "24680")
    assert not dlg.isVisible()
    assert told == ["Your new PIN is saved."]
    assert users.sign_in("amy", "24680").actor.name == "amy"
    with pytest.raises(PermissionDenied):
        users.sign_in("amy", "5678")


def test_the_dialog_in_chinese(
    qtbot: QtBot, owner: Actor, make_session: Callable[[Actor], Session], told: list[str]
) -> None:
    i18n.apply_language(i18n.CHINESE)
    dlg = ChangePinDialog(make_session(owner))
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.windowTitle() == "修改我的 PIN 码"
    _fill(qtbot, dlg, "9999", "24680", "24680")
    assert _visible_errors(dlg) == ["boss 的 PIN 码不正确"]
    _fill(qtbot, dlg, "1234", "24680", "24680")
    assert told == ["新 PIN 码已保存。"]
