"""The Notices settings tab: template texts per event and language, and the mail server whose
password goes to the system keyring, never to the database."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from merchant_refunds.services import audit
from merchant_refunds.services.notices import mail_server, templates
from merchant_refunds.services.users import Actor
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.settings.settings_notices import NoticesPage
from tests.services.test_notices import memory_keyring  # noqa: F401
from tests.ui.helpers import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
LEFT = Qt.MouseButton.LeftButton


def _page(qtbot: QtBot, make_session: Callable[[Actor], Session], actor: Actor) -> NoticesPage:
    page = NoticesPage(make_session(actor))
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    return page


def test_owner_edits_a_template_and_a_bad_placeholder_is_refused(qtbot, make_session, owner):
    page = _page(qtbot, make_session, owner)
    page.event.setCurrentIndex(page.event.findData("paid"))
    page.lang.setCurrentIndex(page.lang.findData("zh"))
    default_subject, _ = templates.get_templates()["paid"]["zh"]
    assert page.subject.text() == default_subject
    page.body_edit.setPlainText(
        "{customer}您好，退款 {amount} 已原路退回，预计 {expected_to} 前到账。"
    )
    qtbot.mouseClick(page.save_button, LEFT)
    assert page.status_label.text() == "Saved."
    assert templates.get_templates()["paid"]["zh"][1].startswith("{customer}您好，退款 {amount}")
    assert audit.events_for("setting", "notice_templates.paid.zh")

    page.body_edit.setPlainText("您好 {nickname}")
    qtbot.mouseClick(page.save_button, LEFT)
    assert page.field_error("body").startswith("Unknown placeholder {nickname}; use: ")
    assert page.field_error("subject") == ""
    assert page.status_label.text() == "Please correct the fields marked in red."
    assert "{nickname}" not in templates.get_templates()["paid"]["zh"][1]


def test_bad_sender_address_is_shown_under_its_field(qtbot, make_session, owner):
    page = _page(qtbot, make_session, owner)
    page.host.setText("smtp.example.com")
    page.sender.setText("not an address")
    qtbot.mouseClick(page.save_button, LEFT)
    assert page.field_error("sender") == "The sender must be an e-mail address"
    assert mail_server.get_smtp().host == ""


def test_smtp_password_goes_to_the_keyring_not_the_database(
    qtbot,
    make_session,
    owner,
    db_path: Path,
    memory_keyring,  # noqa: F811
):
    page = _page(qtbot, make_session, owner)
    page.host.setText("smtp.example.com")
    page.port.setValue(465)
    page.security.setCurrentIndex(page.security.findData("ssl"))
    page.user.setText("shop")
    page.sender.setText("shop@example.com")
    page.password.setText("s3cret-pass")
    qtbot.mouseClick(page.save_button, LEFT)
    assert page.status_label.text() == "Saved."
    stored = mail_server.get_smtp()
    assert (stored.host, stored.port, stored.security) == ("smtp.example.com", 465, "ssl")
    assert memory_keyring.store == {
        (mail_server.KEYRING_SERVICE, "shop@smtp.example.com"): "s3cret-pass"
    }
    assert page.password.text() == ""
    con = sqlite3.connect(db_path)
    try:
        dump = "\n".join(con.iterdump())
    finally:
        con.close()
    assert "s3cret-pass" not in dump


def test_clerk_sees_notices_read_only(qtbot, make_session, clerk):
    page = _page(qtbot, make_session, clerk)
    assert not page.save_button.isVisible()
    assert not page.body_edit.isEnabled() or page.body_edit.isReadOnly()
