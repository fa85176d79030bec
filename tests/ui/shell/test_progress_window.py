"""Slow work shows a progress window after half a second, and quick work none (issue 15)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from merchant_refunds.services import backup
from merchant_refunds.services.users import Actor
from merchant_refunds.ui.common import computer_settings
from merchant_refunds.ui.common.progress import SHOW_AFTER_MS
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.common.tasks import wait_for_tasks
from merchant_refunds.ui.shell import backup_actions
from merchant_refunds.ui.shell.main_window import MainWindow
from tests.ui.helpers import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture(autouse=True)
def _computer_settings(tmp_path: Path) -> Iterator[None]:
    computer_settings.use_file(tmp_path / "computer.ini")
    yield
    wait_for_tasks()
    computer_settings.use_file(None)


def test_a_slow_backup_shows_its_progress_window_until_it_is_done(
    qtbot: QtBot,
    owner: Actor,
    make_session: Callable[[Actor], Session],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    release = threading.Event()
    real = backup.back_up_now

    def slow(actor: Actor, db_path: Path) -> Path:
        assert release.wait(10)
        return real(actor, db_path)

    monkeypatch.setattr(backup, "back_up_now", slow)
    window = MainWindow(make_session(owner))
    qtbot.addWidget(window)
    window.show()
    progress = backup_actions.back_up_now(window)
    assert not progress.isVisible()  # not before half a second
    qtbot.waitUntil(progress.isVisible, timeout=SHOW_AFTER_MS * 6)
    assert progress.labelText() == "Backing up…"
    assert not window.backup_action.isEnabled()
    release.set()
    qtbot.waitUntil(lambda: window.backup_action.isEnabled(), timeout=10_000)
    assert window.statusBar().currentMessage().startswith("Backup saved: ")
    qtbot.waitUntil(lambda: not shiboken6.isValid(progress))  # closed and gone


def test_a_quick_copy_shows_no_window(
    qtbot: QtBot, owner: Actor, make_session: Callable[[Actor], Session], tmp_path: Path
) -> None:
    window = MainWindow(make_session(owner))
    qtbot.addWidget(window)
    window.show()
    window.save_copy(tmp_path / "copy.sqlite3")
    progress = window.progress_window
    assert progress is not None and not progress.isVisible()
    qtbot.waitUntil(lambda: window.copy_action.isEnabled(), timeout=10_000)
    assert (tmp_path / "copy.sqlite3").exists()
    assert window.progress_window is None
