"""Save dialogs never write over the shop's database, its working files or its backups.

The file dialog is answered with the database (as a clerk might pick the wrong file); the window
must say why in a message box, write nothing, and count no print.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from merchant_refunds.services import confirmations, users
from merchant_refunds.ui.common import computer_settings
from merchant_refunds.ui.common.tasks import wait_for_tasks
from merchant_refunds.ui.reports.export_dialog import ExportDialog
from merchant_refunds.ui.reports.reports_view import ReportsView
from merchant_refunds.ui.shell.main_window import MainWindow
from tests.ui.helpers import OFFSCREEN_NOISE
from tests.ui.refunds.test_printing import _refund, _view

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def _settle(qtbot, db_path, tmp_path: Path) -> Iterator[None]:
    computer_settings.use_file(tmp_path / "computer.ini")
    yield
    wait_for_tasks()
    computer_settings.use_file(None)


def _state(db_path: Path) -> tuple[set[str], dict[str, str]]:
    """Every file beside the database, and the hash of the database and its working files."""
    folder = db_path.parent
    names = {str(p.relative_to(folder)) for p in folder.rglob("*")}
    hashes = {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in folder.glob(f"{db_path.name}*")
        if p.is_file()
    }
    return names, hashes


def _answer_save_dialog(monkeypatch: pytest.MonkeyPatch, chosen: Path) -> None:
    def fake(_parent: QWidget, _caption: str, _start: str, _filter: str) -> tuple[str, str]:
        return str(chosen), _filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))


def _shown(widget: QWidget) -> list[str]:
    return [box.text() for box in widget.findChildren(QMessageBox) if box.isVisible()]


def _backups(db_path: Path) -> Path:
    folder = db_path.parent / "backups"
    folder.mkdir(exist_ok=True)
    return folder


@pytest.mark.parametrize(
    ("pick", "why"),
    [
        (lambda db: db, "is the shop's database"),
        (lambda db: db.with_name(db.name + "-wal"), "is a working file of the shop's database"),
        (lambda db: _backups(db) / "refunds.csv", "is in the shop's backups folder"),
    ],
)
def test_the_export_dialog_refuses_the_database(
    qtbot, make_session, accountant, db_path, monkeypatch, pick, why
):
    dialog = ExportDialog(make_session(accountant), date(2026, 1, 1), date(2026, 12, 31))
    qtbot.addWidget(dialog)
    dialog.show()
    target = pick(db_path)
    _answer_save_dialog(monkeypatch, target)
    (browse,) = [b for b in dialog.findChildren(QPushButton) if b.text() == "Choose…"]
    qtbot.mouseClick(browse, LEFT)
    before = _state(db_path)

    qtbot.mouseClick(dialog.start_button, LEFT)

    (text,) = _shown(dialog)
    assert text.startswith(f"{target} {why}")
    assert dialog.task is None and dialog.result is None
    assert dialog.status_label.text() == "Choose a file to export to."
    wait_for_tasks()
    assert _state(db_path) == before


def test_saving_a_confirmation_refuses_the_database(
    qtbot, make_session, clerk, db_path, monkeypatch
):
    refund_no = _refund(clerk, "TB1001")
    view = _view(qtbot, make_session(clerk), refund_no)
    link = db_path.with_name("refund.pdf")  # ".pdf" is added to other names; a link keeps it
    link.symlink_to(db_path)
    before = _state(db_path)
    _answer_save_dialog(monkeypatch, link)

    qtbot.mouseClick(view.print_bar.save_button, LEFT)

    assert _shown(view.print_bar) == [f"{link} is the shop's database; choose another file name"]
    assert confirmations.print_count(refund_no) == 0
    assert _state(db_path) == before


def test_a_batch_of_confirmations_is_not_saved_into_the_backups(
    qtbot, make_session, clerk, db_path, monkeypatch
):
    numbers = [_refund(clerk, f"TB100{i}") for i in range(1, 3)]
    view = _view(qtbot, make_session(clerk), numbers[-1])
    view.table.selectAll()
    target = _backups(db_path) / "batch.pdf"
    before = _state(db_path)
    _answer_save_dialog(monkeypatch, target)

    qtbot.mouseClick(view.batch_bar.save_button, LEFT)

    (text,) = _shown(view.print_bar)
    assert text.startswith(f"{target} is in the shop's backups folder")
    assert view.print_bar.progress is None
    wait_for_tasks()
    assert all(confirmations.print_count(n) == 0 for n in numbers)
    assert _state(db_path) == before


def test_the_report_pdf_is_not_saved_over_another_database(
    qtbot, make_session, owner, db_path, tmp_path
):
    other = tmp_path / "old-shop.sqlite3"
    other.write_bytes(b"SQLite format 3\x00" + bytes(4080))
    kept = other.read_bytes()
    view = ReportsView(make_session(users.get_actor(owner.name)))
    qtbot.addWidget(view)
    view.show()

    assert view.save_pdf(other) is None

    assert _shown(view) == [
        f"{other} is a database file; choose another file name (a database is never written over)"
    ]
    wait_for_tasks()
    assert other.read_bytes() == kept


def test_save_a_copy_is_never_written_over_the_database_or_into_its_backups(
    qtbot, make_session, owner, db_path, monkeypatch
):
    window = MainWindow(make_session(owner))
    qtbot.addWidget(window)
    window.show()
    for target, why in [
        (db_path.with_name(db_path.name.upper()), "is the shop's database"),
        (_backups(db_path) / "copy.sqlite3", "is in the shop's backups folder"),
    ]:
        before = _state(db_path)
        _answer_save_dialog(monkeypatch, target)
        window.choose_copy_target()
        (text,) = _shown(window)
        assert text.startswith(f"{target} {why}")
        assert window.copy_action.isEnabled()
        wait_for_tasks()
        assert _state(db_path) == before
        for box in window.findChildren(QMessageBox):
            box.close()
            box.deleteLater()
        qtbot.waitUntil(lambda: not _shown(window))
