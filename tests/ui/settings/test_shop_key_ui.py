"""The shop key in the GUI: the Settings page, the recovery key dialog (save, print), entering
the key on another computer, the missing-key message before sign-in, and Chinese at 1366×768."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from merchant_refunds.services import audit, shop_keys, shop_settings, users
from merchant_refunds.services.users import Actor
from merchant_refunds.storage import shop_key
from merchant_refunds.ui.common import computer_settings, i18n
from merchant_refunds.ui.common.tasks import wait_for_tasks
from merchant_refunds.ui.settings.settings_shop_key import ShopKeyPage
from merchant_refunds.ui.settings.settings_view import SettingsView
from merchant_refunds.ui.settings.shop_key import (
    EnterKeyDialog,
    RecoveryKeyDialog,
    ask_for_missing_key,
)
from merchant_refunds.ui.shell import launch
from merchant_refunds.ui.shell.login import LoginDialog
from tests.ui.helpers import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def _settle(qtbot: QtBot, tmp_path: Path) -> Iterator[None]:
    computer_settings.use_file(tmp_path / "computer.ini")
    yield
    wait_for_tasks()
    computer_settings.use_file(None)
    i18n.apply_language(i18n.ENGLISH)


@pytest.fixture
def sheet(owner: Actor) -> shop_keys.RecoverySheet:
    return shop_keys.recovery_sheet(owner)


@pytest.fixture
def other_computer(
    sheet: shop_keys.RecoverySheet, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> shop_keys.RecoverySheet:
    """This database opened on a computer that has no key (an empty key folder)."""
    folder = tmp_path / "other-computer-keys"
    folder.mkdir()
    monkeypatch.setenv(shop_key.DIR_ENV, str(folder))
    audit.forget_key()
    assert not shop_keys.status().present
    return sheet


def _page(qtbot: QtBot, make_session, actor: Actor) -> ShopKeyPage:
    view = SettingsView(make_session(actor))
    qtbot.addWidget(view)
    view.show()
    view.tabs.setCurrentWidget(view.shop_key_page)
    assert view.tabs.tabText(view.tabs.currentIndex()) == "Shop key"
    return view.shop_key_page


def _find_button(widget: QWidget, text: str) -> QPushButton:
    return next(b for b in widget.findChildren(QPushButton) if b.text() == text)


# the Settings page


def test_owner_sees_the_recovery_key_and_the_look_is_recorded(
    qtbot: QtBot, make_session, owner: Actor, sheet: shop_keys.RecoverySheet
) -> None:
    page = _page(qtbot, make_session, owner)
    assert page.state_label.text() == (
        f"The audit trail is protected by the shop key {sheet.key_id}. This computer has the key."
    )
    assert page.show_button.isVisible() and not page.owner_note.isVisible()
    looks = len(audit.events_for("audit", "key"))
    qtbot.mouseClick(page.show_button, LEFT)
    dialog = page.recovery_dialog
    assert isinstance(dialog, RecoveryKeyDialog) and dialog.isVisible()
    shown = dialog.key_label.text()
    assert shown.replace("\n", "-") == sheet.recovery_text
    assert len(shown.splitlines()) == 2  # fits a small screen without scrolling
    assert dialog.key_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert dialog.key_id_label.text() == f"Key id: {sheet.key_id}"
    assert [e.action for e in audit.events_for("audit", "key")][looks:] == ["key.recovery_sheet"]


def test_a_clerk_gets_no_button_and_is_refused_anyway(
    qtbot: QtBot, make_session, clerk: Actor
) -> None:
    page = _page(qtbot, make_session, clerk)
    assert not page.show_button.isVisible()
    assert page.owner_note.isVisible()
    assert page.owner_note.text() == "Only the shop owner can see the recovery key."
    assert page.enter_button.isVisible()  # any user may bring the key to this computer
    assert page.show_key() is None  # the service refuses, whatever the screen offers
    assert page.status_label.text() == "A Clerk cannot see the shop key"
    assert page.recovery_dialog is None


def test_the_sheet_is_saved_as_pdf_and_printed_from_the_dialog(
    qtbot: QtBot,
    make_session,
    owner: Actor,
    sheet: shop_keys.RecoverySheet,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _page(qtbot, make_session, owner)
    dialog = page.show_key()
    assert dialog is not None
    chosen = tmp_path / "my-sheet"  # the dialog adds .pdf
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(chosen), "")
    )
    qtbot.mouseClick(dialog.save_button, LEFT)
    saved = tmp_path / "my-sheet.pdf"
    assert dialog.saved_to == saved
    text = "".join(p.extract_text() for p in PdfReader(saved).pages)
    assert sheet.key_id in text
    assert all(group in text for group in sheet.recovery_text.split("-"))
    assert dialog.message_box is not None
    assert dialog.message_box.text() == f"Saved the recovery sheet to {saved}"

    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    assert dialog.print_to(printer) == 1
    assert printer.docName() == "Shop key recovery sheet"
    assert len(PdfReader(out).pages) == 1


def test_the_sheet_is_never_saved_over_the_database(
    qtbot: QtBot,
    make_session,
    owner: Actor,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _page(qtbot, make_session, owner)
    dialog = page.show_key()
    assert dialog is not None
    before = db_path.read_bytes()
    disguised = tmp_path / "sheet.pdf"
    disguised.symlink_to(db_path)
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(disguised), "")
    )
    shown: list[str] = []
    monkeypatch.setattr(
        "merchant_refunds.ui.common.save_paths.show_error",
        lambda _p, error: shown.append(error.code),
    )
    assert dialog.choose_file() is None
    assert shown == ["output_is_database"]
    assert dialog.saved_to is None
    assert db_path.read_bytes() == before


# entering the key on another computer


def test_enter_key_tells_a_typo_and_another_shops_key_then_saves_it(
    qtbot: QtBot, make_session, clerk: Actor, other_computer: shop_keys.RecoverySheet
) -> None:
    page = _page(qtbot, make_session, clerk)
    assert page.state_label.text().startswith("The audit trail is protected by the shop key")
    assert "this computer does not have it" in page.state_label.text()
    qtbot.mouseClick(page.enter_button, LEFT)
    dialog = page.enter_dialog
    assert isinstance(dialog, EnterKeyDialog) and dialog.isVisible()

    groups = other_computer.recovery_text.split("-")
    slip = "A" if groups[3][0] != "A" else "C"
    typo = "-".join([*groups[:3], slip + groups[3][1:], *groups[4:]])
    qtbot.keyClicks(dialog.key_edit, typo)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.field.error() == (
        "The recovery key has a typing mistake: please check each group"
    )
    assert dialog.isVisible() and not shop_keys.status().present

    dialog.key_edit.clear()
    qtbot.keyClicks(dialog.key_edit, "-".join(groups[:12]))
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.field.error() == (
        "A recovery key has 56 letters and digits in 14 groups of four; this one has 48"
    )

    dialog.key_edit.clear()
    qtbot.keyClicks(dialog.key_edit, shop_key.recovery_text(shop_key.new_key()))
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.field.error() == (
        "This recovery key belongs to another shop (or another database), not to this one"
    )
    assert not shop_keys.status().present

    dialog.key_edit.clear()
    qtbot.keyClicks(dialog.key_edit, " ".join(groups).lower())  # as typed from the paper
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.field.error() == ""
    assert dialog.result_label.text() == (
        f"The shop key is saved on this computer (key id {other_computer.key_id}). "
        "Changes can be saved again."
    )
    assert shop_keys.status().present
    qtbot.mouseClick(dialog.ok_button, LEFT)  # now "Close"
    assert not dialog.isVisible()
    assert page.state_label.text().endswith("This computer has the key.")
    assert page.status_label.text() == "The shop key is saved on this computer."
    # and the key was kept where this computer keeps keys: a new process finds it
    audit.forget_key()
    assert shop_keys.status().present
    shop_settings.set_idle_lock_minutes(
        users.authenticate("boss", "1234"), 15
    )  # saving works again


# the key missing at start


def _answer_missing_box(qtbot: QtBot, choice: str, key_text: str = "") -> list[str]:
    """Answer the missing-key box (and type ``key_text`` into the dialog it opens)."""
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.extend([box.text(), box.informativeText()])
        button = _find_button(box, choice)
        if key_text:
            QTimer.singleShot(0, type_key)
        button.click()

    def type_key() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, EnterKeyDialog)
        qtbot.keyClicks(dialog.key_edit, key_text)
        qtbot.mouseClick(dialog.ok_button, LEFT)
        seen.append(dialog.result_label.text())
        qtbot.mouseClick(dialog.ok_button, LEFT)

    QTimer.singleShot(0, answer)
    return seen


def test_missing_key_stops_before_sign_in_and_quitting_opens_nothing(
    qtbot: QtBot, db_path: Path, other_computer: shop_keys.RecoverySheet
) -> None:
    seen = _answer_missing_box(qtbot, "Quit")
    assert launch.Shell(db_path, i18n.ENGLISH).sign_in() is None
    assert seen[0] == "This computer does not have the shop key of this database."
    assert "Nothing can be saved, not even a sign-in" in seen[1]
    assert not shop_keys.status().present


def test_missing_key_entered_at_start_then_the_sign_in_follows(
    qtbot: QtBot, db_path: Path, clerk: Actor, other_computer: shop_keys.RecoverySheet
) -> None:
    seen = _answer_missing_box(qtbot, "Enter recovery key…", other_computer.recovery_text)

    def sign_in() -> None:
        login = QApplication.activeModalWidget()
        if not isinstance(login, LoginDialog):
            QTimer.singleShot(20, sign_in)  # the key dialogs are still closing
            return
        login.user_box.setCurrentIndex(login.user_box.findData("amy"))
        qtbot.keyClicks(login.pin_edit, "5678")
        qtbot.mouseClick(login.ok_button, LEFT)

    QTimer.singleShot(50, sign_in)
    actor = launch.Shell(db_path, i18n.ENGLISH).sign_in()
    assert actor is not None and actor.name == "amy"
    assert seen[2].startswith("The shop key is saved on this computer")
    assert shop_keys.status().present


def test_start_up_check_asks_for_the_key_instead_of_calling_the_file_damaged(
    qtbot: QtBot, db_path: Path, other_computer: shop_keys.RecoverySheet
) -> None:
    seen = _answer_missing_box(qtbot, "Quit")
    assert launch.open_checked_database(db_path) is None
    assert seen[0] == "This computer does not have the shop key of this database."


def test_nothing_is_asked_where_the_key_is_here(qtbot: QtBot, owner: Actor) -> None:
    assert ask_for_missing_key() is True
    assert QApplication.activeModalWidget() is None


# Chinese at 1366×768


def test_recovery_dialog_reads_in_chinese_on_a_small_screen(
    qtbot: QtBot, sheet: shop_keys.RecoverySheet, tmp_path: Path
) -> None:
    i18n.apply_language(i18n.CHINESE)
    dialog = RecoveryKeyDialog(sheet, first_start=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "店铺密钥恢复单"
    assert dialog.save_button.text() == "保存为 PDF…"
    size = dialog.sizeHint()
    assert size.width() <= 1366 and size.height() <= 700
    dialog.resize(size)
    assert dialog.grab().save(str(tmp_path / "recovery-zh.png"))
