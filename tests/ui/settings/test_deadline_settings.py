"""The deadline settings on the policy page (checked as typed) and the owner's digest on the
notices page: saved, audited, refused when wrong, read-only for others; in both languages."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from merchant_refunds.domain.errors import PermissionDenied
from merchant_refunds.services import audit, shop_settings
from merchant_refunds.services.notices import owner_digest
from merchant_refunds.ui.common import i18n
from merchant_refunds.ui.settings.settings_notices import NoticesPage
from merchant_refunds.ui.settings.settings_policy import PolicyPage
from tests.ui.helpers import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
LEFT = Qt.MouseButton.LeftButton
SHOWN = {
    i18n.ENGLISH: {
        "choices": [
            "By the order's country",
            "China (7 days after the goods are back)",
            "EU / UK (14 days after the notice)",
            "US (7 working days, card: one cycle)",
            "None",
        ],
        "hours_error": "Type a whole number from 1 to 2160, or leave it empty for no limit",
        "soon_error": "Type a whole number from 0 to 30",
        "saved": "Saved.",
        "address_error": "The digest needs an e-mail address",
    },
    i18n.CHINESE: {
        "choices": [
            "按订单所在国家或地区",
            "中国（收到退货后7日内）",
            "欧盟/英国（收到撤回通知后14日内）",
            "美国（7个工作日，信用卡为一个账单周期）",
            "不适用",
        ],
        "hours_error": "请输入1到2160之间的整数，或留空表示不限",
        "soon_error": "请输入0到30之间的整数",
        "saved": None,
        "address_error": "日报需要填写电子邮箱地址",
    },
}


@pytest.fixture(params=[i18n.ENGLISH, i18n.CHINESE])
def language(request) -> Iterator[str]:
    i18n.apply_language(request.param)
    yield request.param
    i18n.apply_language(i18n.ENGLISH)


def _policy_page(qtbot, make_session, actor) -> PolicyPage:
    page = PolicyPage(make_session(actor))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    return page


def test_owner_sets_the_deadlines_and_wrong_values_are_marked_as_typed(
    qtbot, make_session, owner, language
):
    shown = SHOWN[language]
    page = _policy_page(qtbot, make_session, owner)
    assert page.limit_edits["review_hours"].text() == "48"
    assert page.limit_edits["payout_days"].text() == "3"
    assert page.day_count.currentData() == "business"
    statutory = page.statutory
    assert [statutory.itemText(i) for i in range(statutory.count())] == shown["choices"]

    page.limit_edits["review_hours"].setText("0")
    assert page.fields["review_hours"].error() == shown["hours_error"]  # before saving
    page.limit_edits["due_soon_days"].setText("")
    assert page.fields["due_soon_days"].error() == shown["soon_error"]
    page.limit_edits["payout_days"].setText("abc")
    assert page.fields["payout_days"].error()
    qtbot.mouseClick(page.save_button, LEFT)
    assert shop_settings.get_policy().review_hours == 48  # nothing saved
    assert not audit.events_for("setting", "policy")

    page.limit_edits["review_hours"].setText("24")
    page.limit_edits["payout_days"].setText("")  # no limit of the shop's own
    page.limit_edits["due_soon_days"].setText("2")
    assert all(not f.error() for f in page.fields.values())
    page.day_count.setCurrentIndex(page.day_count.findData("calendar"))
    statutory.setCurrentIndex(statutory.findData("eu"))
    qtbot.mouseClick(page.save_button, LEFT)
    if shown["saved"]:
        assert page.status_label.text() == shown["saved"]
    policy = shop_settings.get_policy()
    assert (policy.review_hours, policy.payout_days, policy.due_soon_days) == (24, None, 2)
    assert (policy.payout_day_count.value, policy.statutory.value) == ("calendar", "eu")
    (event,) = audit.events_for("setting", "policy")
    assert (event.before["review_hours"], event.after["review_hours"]) == (48, 24)
    assert page.limit_edits["payout_days"].text() == ""


def test_clerk_cannot_edit_the_deadlines_or_the_digest(qtbot, make_session, clerk):
    page = _policy_page(qtbot, make_session, clerk)
    assert not page.limit_edits["review_hours"].isEnabled()
    assert not page.statutory.isEnabled()
    notices = NoticesPage(make_session(clerk))
    qtbot.addWidget(notices)
    assert not notices.digest_on.isEnabled() and not notices.digest_address.isEnabled()
    with pytest.raises(PermissionDenied):
        owner_digest.set_digest(clerk, owner_digest.DigestSettings(True, "me@example.com"))


def test_owner_turns_the_digest_on_and_a_missing_address_is_refused(
    qtbot, make_session, owner, language
):
    page = NoticesPage(make_session(owner))
    qtbot.addWidget(page)
    page.resize(900, 800)
    page.show()
    assert not page.digest_on.isChecked()
    page.digest_on.setChecked(True)
    qtbot.mouseClick(page.save_button, LEFT)
    assert page.field_error("digest_address") == SHOWN[language]["address_error"]
    assert not owner_digest.get_digest().enabled
    page.digest_address.setText("boss@example.com")
    page.digest_lang.setCurrentIndex(page.digest_lang.findData("en"))
    qtbot.mouseClick(page.save_button, LEFT)
    assert page.field_error("digest_address") == ""
    assert owner_digest.get_digest() == owner_digest.DigestSettings(True, "boss@example.com", "en")
    assert audit.events_for("setting", owner_digest.DIGEST_KEY)


def test_the_pay_by_placeholders_are_listed_and_explained(qtbot, make_session, owner, language):
    page = NoticesPage(make_session(owner))
    qtbot.addWidget(page)
    text = page.placeholders.text()
    assert "{pay_by}" in text and "{pay_by_note}" in text
    explained = {
        i18n.ENGLISH: "{pay_by}: the last day the refund will be paid by",
        i18n.CHINESE: "{pay_by}: 退款最晚付款日期",
    }[language]
    assert explained in text
