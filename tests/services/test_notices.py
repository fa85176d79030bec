"""Customer notices: templates, SMS length, e-mail through a real local SMTP server, and a dead
server leaving the notice unsent with the error."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from email import message_from_bytes
from email.policy import default as default_policy
from pathlib import Path

import keyring
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Message
from keyring.backend import KeyringBackend

from merchant_refunds.domain.errors import InvalidInput, PermissionDenied, Refused
from merchant_refunds.services import audit, orders, refund_decisions, refund_requests
from merchant_refunds.services.notices import (
    delivery,
    mail_server,
    notice_log,
    rendering,
    templates,
)
from merchant_refunds.services.notices.mail_server import SmtpSettings
from merchant_refunds.services.payouts import sending
from merchant_refunds.storage import models as m
from tests.factories import tea_order
from tests.services.test_services_refunds import req


class MemoryKeyring(KeyringBackend):
    """A keyring that forgets everything at the end of the test."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


class Collect(Message):
    def __init__(self) -> None:
        super().__init__()
        self.received: list[bytes] = []

    def handle_message(self, message) -> None:  # type: ignore[no-untyped-def]
        self.received.append(message.as_bytes())

    def prepare_message(self, session, envelope):  # type: ignore[no-untyped-def]
        return message_from_bytes(envelope.content, policy=default_policy)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def smtp_server() -> Iterator[tuple[Collect, int]]:
    handler = Collect()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield handler, port
    finally:
        controller.stop()


@pytest.fixture
def refund_no(owner, clerk) -> str:
    orders.create_order(clerk, tea_order("N1"))
    refund = refund_requests.request_refund(clerk, req("N1"))
    refund_decisions.approve(owner, refund.refund_no)
    return sending.record_payout(owner, refund.refund_no).refund_no


def test_paid_notice_names_the_expected_arrival_and_fits_an_sms(refund_no):
    zh = rendering.render(refund_no, "paid", "zh")
    assert "2026-11-26" in zh.text and "王小芳" in zh.text
    assert zh.sms.limit == 70 and zh.sms.fits
    en = rendering.render(refund_no, "paid", "en")
    assert "expect it between 2026-11-26 and 2026-11-26" in en.text
    # The Chinese name makes even the English text a 70-character SMS: it is flagged as too long.
    assert en.sms.limit == 70 and not en.sms.fits


def test_sms_length_rules() -> None:
    assert rendering.sms_fit("a" * 160).fits
    assert not rendering.sms_fit("a" * 161).fits
    assert rendering.sms_fit("€" * 80).length == 160
    assert rendering.sms_fit("退" * 70).fits and not rendering.sms_fit("退" * 71).fits


def test_templates_are_editable_and_checked(owner, clerk, refund_no):
    with pytest.raises(InvalidInput) as err:
        templates.set_template(owner, "paid", "en", "Paid", "Hi {nobody}")
    assert err.value.code == "unknown_placeholder"
    with pytest.raises(PermissionDenied):
        templates.set_template(clerk, "paid", "en", "Paid", "Hi {customer}")
    templates.set_template(owner, "paid", "en", "Paid {refund_no}", "Hi {customer}, {amount} sent.")
    assert rendering.render(refund_no, "paid", "en").text == "Hi 王小芳, 114.38 CNY sent."
    templates.set_template(owner, "paid", "en", "", "")
    assert "expect it" in rendering.render(refund_no, "paid", "en").text


def test_email_notice_is_delivered_to_a_real_smtp_server(
    owner, clerk, refund_no, smtp_server, memory_keyring
):
    handler, port = smtp_server
    settings = SmtpSettings("127.0.0.1", port, "none", "shop", "shop@example.com")
    mail_server.set_smtp(owner, settings, password="s3cret")
    assert memory_keyring.store == {(mail_server.KEYRING_SERVICE, "shop@127.0.0.1"): "s3cret"}
    assert "s3cret" not in "".join(r.value for r in m.Setting.select())
    # The local test server offers no AUTH: the password is only used where the server asks.
    mail_server.set_smtp(owner, SmtpSettings("127.0.0.1", port, "none", "", "shop@example.com"))
    prepared = notice_log.prepare(clerk, refund_no, "paid", "zh", "email")
    assert prepared.status == "unsent"
    sent = delivery.send_email(clerk, prepared.id)
    assert sent.status == "sent" and sent.error == "" and sent.sent_at is not None
    (raw,) = handler.received
    mail = message_from_bytes(raw, policy=default_policy)
    assert mail["To"] == "wxf@example.com"
    assert "预计" in mail.get_content()
    actions = [e.action for e in audit.events_for("refund", refund_no)]
    assert "notice.prepare" in actions and "notice.sent" in actions
    with pytest.raises(Refused):
        delivery.send_email(clerk, prepared.id)


def test_a_dead_smtp_server_leaves_the_notice_unsent_with_the_error(owner, clerk, refund_no):
    mail_server.set_smtp(
        owner, SmtpSettings("127.0.0.1", free_port(), "none", "", "shop@example.com")
    )
    prepared = notice_log.prepare(clerk, refund_no, "overdue", "en", "email")
    result = delivery.send_email(clerk, prepared.id)
    assert result.status == "unsent"
    assert "Could not reach the mail server" in result.error
    (logged,) = notice_log.notices_for(refund_no)
    assert logged.text == prepared.text and logged.status == "unsent"
    assert "notice.unsent" in [e.action for e in audit.events_for("refund", refund_no)]


def test_without_smtp_a_notice_is_saved_as_eml(owner, clerk, refund_no, tmp_path: Path):
    prepared = notice_log.prepare(clerk, refund_no, "received", "en", "email")
    with pytest.raises(PermissionDenied) as err:
        delivery.send_email(clerk, prepared.id)
    assert err.value.code == "smtp_not_configured"
    path = delivery.save_eml(clerk, prepared.id, tmp_path / "notice.eml")
    mail = message_from_bytes(path.read_bytes(), policy=default_policy)
    assert mail["Subject"] == f"Refund {refund_no} received"
    (logged,) = notice_log.notices_for(refund_no)
    assert (logged.channel, logged.status) == ("eml", "unsent")


def test_bad_notice_input_changes_nothing(clerk, refund_no):
    before = m.NoticeLog.select().count()
    for args, code in [
        (("nope", "zh", "sms"), "unknown_notice_event"),
        (("paid", "fr", "sms"), "unknown_notice_lang"),
        (("paid", "zh", "pigeon"), "unknown_channel"),
    ]:
        with pytest.raises(InvalidInput) as err:
            notice_log.prepare(clerk, refund_no, *args)
        assert err.value.code == code
    assert m.NoticeLog.select().count() == before
