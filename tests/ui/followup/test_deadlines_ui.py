"""Due dates where the owner looks: an overdue review and a missed legal deadline in the follow-up
list, the reminder bar and the refund detail; the owner's extension; in English and Chinese."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from merchant_refunds.domain.order import Customer
from merchant_refunds.services import (
    clock,
    deadlines,
    orders,
    refund_decisions,
    refund_goods,
    refund_requests,
)
from merchant_refunds.services.followup import FollowUpKind
from merchant_refunds.services.payouts import sending
from merchant_refunds.ui.common import computer_settings, i18n
from merchant_refunds.ui.common.tasks import wait_for_tasks
from merchant_refunds.ui.followup.followup_model import DUE, KIND, WHY
from merchant_refunds.ui.followup.followup_view import FollowUpView
from merchant_refunds.ui.refunds.refunds_view import RefundsView
from merchant_refunds.ui.shell.main_window import MainWindow
from tests.factories import FIXED_NOW, tea_order
from tests.services.test_services_refunds import req
from tests.ui.helpers import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
LEFT = Qt.MouseButton.LeftButton
CN_LAW = (
    "Law (China, Consumer Rights Protection Law Art. 25): refund within 7 days of receiving the "
    "returned goods"
)
#: What each language shows: kinds, the due column, the rule, the detail's finding.
SHOWN = {
    i18n.ENGLISH: {
        "kinds": ["Legal deadline passed", "Review due", "Payment due"],
        "statutory_due": "2026年12月3日 · 2 days late",
        "review_due": "2026年11月28日 · 7 days late",
        "law": CN_LAW,
        "review_rule": "Shop's limit: decide within 48 hours of the request",
        "bar": "2 refunds late · 1 past the legal refund deadline",
        "missed": "The legal refund deadline (2026年12月3日) was missed",
        "countdown": "Legal deadline · 2 days late",
    },
    i18n.CHINESE: {
        "kinds": ["已过法定退款期限", "审核到期", "付款到期"],
        "statutory_due": "2026年12月3日 · 逾期2天",
        "review_due": "2026年11月28日 · 逾期7天",
        "law": "法律（中国《消费者权益保护法》第二十五条）：收到退回商品之日起七日内退款",
        "review_rule": "本店时限：申请提交后48小时内审核",
        "bar": "2笔退款逾期 · 其中1笔已过法定退款期限",
        "missed": "已错过法定退款期限（2026年12月3日）",
        "countdown": "法定期限 · 逾期2天",
    },
}


@pytest.fixture(autouse=True)
def _computer_settings(tmp_path: Path) -> Iterator[None]:
    computer_settings.use_file(tmp_path / "computer.ini")
    yield
    wait_for_tasks()
    computer_settings.use_file(None)


@pytest.fixture(params=[i18n.ENGLISH, i18n.CHINESE])
def language(request) -> Iterator[str]:
    locale = i18n.apply_language(request.param)
    yield request.param
    i18n.apply_language(i18n.ENGLISH)
    del locale


def at(when) -> None:
    clock.set_clock(lambda: when)


def late_refunds(owner, clerk) -> tuple[str, str]:
    """Nine days on: a refund whose goods came back in China unpaid past the 7-day legal limit
    (and the shop's 3 business days), and a request never reviewed (48 hours)."""
    customer = Customer("王小芳", "13800138000", "wxf@example.com", "CN")
    orders.create_order(clerk, tea_order("R1", customer=customer))
    statutory = refund_requests.request_refund(clerk, req("R1", goods_return=True)).refund_no
    refund_decisions.approve(owner, statutory)
    refund_goods.record_goods_received(clerk, statutory)
    orders.create_order(clerk, tea_order("W1"))
    review = refund_requests.request_refund(clerk, req("W1")).refund_no
    at(FIXED_NOW + timedelta(days=9))
    return statutory, review


def test_followup_shows_the_missed_legal_deadline_first_and_the_late_review(
    qtbot, make_session, owner, clerk, language
):
    statutory, review = late_refunds(owner, clerk)
    shown = SHOWN[language]
    view = FollowUpView(make_session(owner))
    qtbot.addWidget(view)
    assert wait_for_tasks()  # the list is read off the GUI thread
    assert view.column_texts(KIND) == shown["kinds"]
    assert [i.refund_no for i in view.items] == [statutory, review, statutory]
    assert view.column_texts(DUE)[:2] == [shown["statutory_due"], shown["review_due"]]
    assert view.column_texts(WHY)[:2] == [shown["law"], shown["review_rule"]]
    first = view.model.index(0, KIND)
    assert first.data(Qt.ItemDataRole.FontRole).bold()
    assert first.data(Qt.ItemDataRole.ForegroundRole).name() == "#8b0000"
    assert not view.model.index(1, KIND).data(Qt.ItemDataRole.FontRole)
    # a legal deadline is not the shop's to extend; the review limit is
    view.select_refund(statutory, FollowUpKind.STATUTORY)
    assert view.buttons["extend"].isVisible() or not view.isVisible()
    assert not view.buttons["extend"].isEnabled()
    view.select_refund(review, FollowUpKind.REVIEW_DUE)
    assert view.buttons["extend"].isEnabled()


def test_owner_extends_a_review_deadline_and_bad_input_is_refused_under_its_field(
    qtbot, make_session, owner, clerk
):
    _statutory, review = late_refunds(owner, clerk)
    clerk_view = FollowUpView(make_session(clerk))
    qtbot.addWidget(clerk_view)
    clerk_view.show()
    assert clerk_view.buttons["extend"].isHidden()

    view = FollowUpView(make_session(owner))
    qtbot.addWidget(view)
    view.show()
    assert wait_for_tasks()
    assert view.select_refund(review, FollowUpKind.REVIEW_DUE)
    dialog = view.extend_deadline()
    assert dialog is not None and dialog.isVisible()
    assert dialog.until.date().toPython() == date(2026, 11, 29)  # the day after the last day
    dialog.buttons.accepted.emit()  # no reason
    assert dialog.isVisible()
    assert dialog.field_error("reason") == "Say why the deadline is extended"
    dialog.reason.setText("customer abroad until 14 Dec")
    dialog.set_until(date(2026, 11, 27))
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and dialog.field_error("reason") == ""
    assert dialog.field_error("until") == (
        "The new last day must be after the current one (2026-11-28)"
    )
    dialog.set_until(date(2027, 6, 1))
    dialog.buttons.accepted.emit()
    assert "at most 90 days" in dialog.field_error("until")
    dialog.set_until(date(2026, 12, 14))
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    assert wait_for_tasks()
    assert not view.select_refund(review, FollowUpKind.REVIEW_DUE)  # no longer due
    (extension,) = deadlines.for_refund(review).extensions
    assert (extension.until, extension.by) == (date(2026, 12, 14), owner.name)


def test_reminder_bar_at_start_on_the_timer_and_hidden_when_nothing_is_late(
    qtbot, make_session, owner, clerk, language
):
    window = MainWindow(make_session(owner))
    qtbot.addWidget(window)
    window.show()
    assert window.reminder_timer.isActive()
    assert window.reminder_timer.interval() == 15 * 60 * 1000
    assert wait_for_tasks()
    assert window.reminder_bar.isHidden()  # nothing late yet

    statutory, review = late_refunds(owner, clerk)
    window.reminder_timer.timeout.emit()  # fifteen minutes later
    qtbot.waitUntil(window.reminder_bar.isVisible)
    assert window.reminder_bar.text.text() == SHOWN[language]["bar"]
    qtbot.mouseClick(window.reminder_bar.button, LEFT)
    assert window.current_view() is window.extra_views["followup"]

    refund_decisions.approve(owner, review)
    sending.record_payout(owner, review)
    sending.record_payout(owner, statutory)
    window.reminder_timer.timeout.emit()
    qtbot.waitUntil(lambda: window.reminder_bar.isHidden())


def test_clerks_get_no_reminder_bar(qtbot, make_session, owner, clerk):
    late_refunds(owner, clerk)
    window = MainWindow(make_session(clerk))
    qtbot.addWidget(window)
    window.show()
    assert not window.reminder_timer.isActive()
    assert window.check_reminders() is None
    assert window.reminder_bar.isHidden()


def test_refund_detail_shows_the_missed_legal_deadline_rules_and_extensions(
    qtbot, make_session, owner, clerk, language
):
    statutory, review = late_refunds(owner, clerk)
    shown = SHOWN[language]
    view = RefundsView(make_session(owner))
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    view.open_refund(statutory)
    qtbot.waitUntil(lambda: shown["missed"] in view.detail.text())
    text = view.detail.text()
    assert shown["law"] in text
    assert view.detail.missed_statutory()
    assert "extend" in view.visible_actions()
    view.search.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    row = next(r for r in range(2) if view.model.refund_at(r).refund_no == statutory)
    countdown = view.model.index(row, view.model.countdown_column)
    assert countdown.data() == shown["countdown"]
    assert countdown.data(Qt.ItemDataRole.ForegroundRole).name() == "#8b0000"

    view.open_refund(review)
    qtbot.waitUntil(lambda: shown["review_rule"] in view.detail.text())
    dialog = view.extend_deadline()
    assert dialog is not None
    dialog.reason.setText("customer abroad")
    dialog.set_until(date(2026, 12, 14))
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: "customer abroad" in view.detail.text())
    assert owner.name in view.detail.text()


def test_the_owners_digest_is_sent_once_a_day_from_the_reminder_timer(
    qtbot, make_session, owner, clerk
):
    from aiosmtpd.controller import Controller

    from merchant_refunds.services.notices import mail_server, owner_digest
    from merchant_refunds.services.notices.mail_server import SmtpSettings
    from tests.services.test_notices import Collect, free_port

    handler, port = Collect(), free_port()
    server = Controller(handler, hostname="127.0.0.1", port=port)
    server.start()
    try:
        mail_server.set_smtp(owner, SmtpSettings("127.0.0.1", port, "none", "", "shop@example.com"))
        owner_digest.set_digest(owner, owner_digest.DigestSettings(True, "boss@example.com", "en"))
        late_refunds(owner, clerk)
        window = MainWindow(make_session(owner))
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: len(handler.received) == 1, timeout=10_000)
        qtbot.waitUntil(lambda: "digest was e-mailed" in window.statusBar().currentMessage())
        window.reminder_timer.timeout.emit()  # later the same day: not again
        assert wait_for_tasks()
        assert len(handler.received) == 1
        at(FIXED_NOW + timedelta(days=10))
        window.reminder_timer.timeout.emit()  # the next day
        qtbot.waitUntil(lambda: len(handler.received) == 2, timeout=10_000)
    finally:
        server.stop()
    assert b"Refund follow-up 2026-12-05: 2 late" in handler.received[0]  # refunds, not rows


def test_a_long_followup_list_formats_only_the_rows_on_screen(qtbot):
    """50,000 open refunds can put tens of thousands of rows in the list: a reload must not
    format them all (dates through Babel are the slow part), only those painted."""
    from PySide6.QtWidgets import QTableView

    from merchant_refunds.services.followup import FollowUpItem
    from merchant_refunds.ui.followup.followup_model import FollowUpModel

    items = [
        FollowUpItem(
            FollowUpKind.PAYOUT_DUE,
            f"RF{i:010d}",
            f"O{i}",
            "王小芳",
            amount=11438,
            currency="CNY",
            due_on=date(2026, 12, 1),
            days_late=4,
            rule="shop_payout",
            days_left=-4,
        )
        for i in range(30_000)
    ]
    model = FollowUpModel("zh_CN")
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.resize(1200, 600)
    table.show()
    model.set_items(items)
    qtbot.wait(50)
    assert model.rowCount() == 30_000
    assert 0 < len(model._texts) < 100
    table.scrollToBottom()
    qtbot.wait(50)
    assert model.index(29_999, DUE).data() == "2026年12月1日 · 4 days late"
    assert len(model._texts) < 200
