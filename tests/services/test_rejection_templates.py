"""Rejection reasons the owner keeps in both languages: picked when rejecting, shown to the
customer in the notice's language, checked and audited when changed."""

from __future__ import annotations

import pytest

from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.errors import InvalidInput, PermissionDenied
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import orders, refund_decisions, refund_requests
from merchant_refunds.services import rejection_templates as rt
from merchant_refunds.services.notices import rendering
from merchant_refunds.storage import models as m
from tests.factories import tea_order


@pytest.fixture
def refund_no(clerk) -> str:
    orders.create_order(clerk, tea_order("RJ1"))
    request = refund_requests.RefundRequest("RJ1", Selection({1: 1}), ReasonCode.NO_REASON)
    return refund_requests.request_refund(clerk, request).refund_no


def test_the_shop_starts_with_reasons_in_both_languages(owner):
    found = rt.get_templates()
    assert {"used", "outside_window"} <= {t.key for t in found}
    assert all(t.zh and t.en for t in found)


def test_a_template_rejection_shows_the_customer_its_text_in_each_language(owner, refund_no):
    detail = refund_decisions.reject(
        owner, refund_no, "The tea tin was opened.", template="used", lang="en"
    )
    used = rt.find("used")
    assert detail.rejection_reason == used.en + "\nThe tea tin was opened."
    zh = rendering.render(refund_no, "rejected", "zh").text
    en = rendering.render(refund_no, "rejected", "en").text
    assert used.zh in zh and "The tea tin was opened." in zh
    assert used.en in en
    event = m.AuditEvent.select().where(m.AuditEvent.action == "refund.reject").get()
    assert '"template":"used"' in event.after_json.replace(" ", "")


def test_the_owner_edits_the_reasons_and_the_new_text_is_used(owner, clerk, refund_no):
    mine = [
        rt.RejectionTemplate("worn", "商品有明显穿着痕迹", "The item shows clear signs of wear")
    ]
    with pytest.raises(PermissionDenied):
        rt.set_templates(clerk, mine)
    rt.set_templates(owner, mine)
    assert rt.get_templates() == mine
    assert (
        m.AuditEvent.select().where(m.AuditEvent.action == "settings.rejection_templates").exists()
    )
    with pytest.raises(InvalidInput) as raised:
        refund_decisions.reject(owner, refund_no, template="used")
    assert "worn" in str(raised.value)
    detail = refund_decisions.reject(owner, refund_no, template="worn")
    assert detail.rejection_reason == "商品有明显穿着痕迹"
    assert (
        "The item shows clear signs of wear" in rendering.render(refund_no, "rejected", "en").text
    )


@pytest.mark.parametrize(
    ("templates", "code"),
    [
        ([rt.RejectionTemplate("Bad Key", "中", "en")], "rejection_template_key"),
        ([rt.RejectionTemplate("a", "中", "")], "rejection_template_empty"),
        (
            [rt.RejectionTemplate("a", "中", "x"), rt.RejectionTemplate("a", "中", "y")],
            "rejection_template_twice",
        ),
        ([rt.RejectionTemplate("a", "中" * 501, "x")], "text_too_long"),
    ],
)
def test_bad_reasons_are_refused_and_nothing_changes(owner, templates, code):
    before = rt.get_templates()
    with pytest.raises(InvalidInput) as raised:
        rt.set_templates(owner, templates)
    assert raised.value.code == code
    assert rt.get_templates() == before


def test_a_rejection_needs_a_template_or_words(owner, refund_no):
    with pytest.raises(InvalidInput) as raised:
        refund_decisions.reject(owner, refund_no)
    assert raised.value.code == "reason_required"
