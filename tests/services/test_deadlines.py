"""Due dates where the owner looks: the follow-up list, a refund's deadlines, extensions, and
how often the law's limit held."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from merchant_refunds.domain.errors import InvalidInput, PermissionDenied
from merchant_refunds.domain.order import Customer
from merchant_refunds.services import (
    audit,
    clock,
    deadlines,
    followup,
    integrity,
    orders,
    presale,
    refund_decisions,
    refund_goods,
    refund_requests,
    shop_settings,
)
from merchant_refunds.services.payouts import sending
from tests.factories import FIXED_NOW, make_order, tea_order
from tests.services.test_payouts import unchanged  # noqa: F401
from tests.services.test_services_refunds import req
from tests.tamper import sql_file


def at(when: datetime) -> None:
    clock.set_clock(lambda: when)


def returned(clerk, owner, order_no="R1", country="CN", approve=True) -> str:
    """A refund with goods to return, requested now; approved and the goods received."""
    customer = Customer("王小芳", "13800138000", "wxf@example.com", country)
    orders.create_order(clerk, tea_order(order_no, customer=customer))
    refund = refund_requests.request_refund(clerk, req(order_no, goods_return=True))
    if approve:
        refund_decisions.approve(owner, refund.refund_no)
        refund_goods.record_goods_received(clerk, refund.refund_no)
    return refund.refund_no


def kinds(on: datetime | None = None) -> list[tuple[str, str, str]]:
    return [(i.kind.value, i.refund_no, i.rule) for i in followup.list_followup()]


def test_a_request_waiting_too_long_for_review_shows_with_its_rule(owner, clerk):
    orders.create_order(clerk, tea_order("W1"))
    refund = refund_requests.request_refund(clerk, req("W1")).refund_no
    assert kinds() == []
    at(FIXED_NOW + timedelta(hours=30))  # 48 hours from the request: due tomorrow
    items = followup.list_followup()
    assert [(i.kind.value, i.refund_no, i.rule) for i in items] == [
        ("review_due", refund, "shop_review")
    ]
    assert items[0].due_on == date(2026, 11, 28) and items[0].days_late == 0
    at(FIXED_NOW + timedelta(days=5))
    late = followup.list_followup()[0]
    assert late.late and late.days_late == 3 and late.to_dict()["days_left"] == -3
    refund_decisions.approve(owner, refund)
    assert "review_due" not in [k for k, _r, _u in kinds()]


def test_missed_statutory_deadline_comes_first_and_counts_in_the_report(owner, clerk):
    late = returned(clerk, owner, "R1")
    on_time = returned(clerk, owner, "R2")
    at(FIXED_NOW + timedelta(days=3))
    sending.record_payout(owner, on_time)
    at(FIXED_NOW + timedelta(days=9))
    items = followup.list_followup()
    assert (items[0].kind.value, items[0].refund_no) == ("statutory_deadline", late)
    assert items[0].rule == "cn_crpl_art25" and items[0].urgency == 0
    assert items[0].due_on == date(2026, 12, 3)  # received 26 Nov + 7 days
    assert items[0].days_late == 2
    # the shop's own limit for the same refund is earlier, so it shows too
    assert ("payout_due", late, "shop_payout") in kinds()
    sending.record_payout(owner, late)
    deadline_kinds = {"review_due", "payout_due", "statutory_deadline"}
    assert [k for k, r, _u in kinds() if r == late and k in deadline_kinds] == []
    months = deadlines.statutory_by_month()
    assert [m_.to_dict() for m_ in months] == [
        {"month": "2026-12", "met": 1, "missed": 1, "total": 2, "share_percent": "50.0"}
    ]
    day = date(2026, 12, 3)
    missed = [no for no, _d, out in deadlines.statutory_outcomes(day, day) if out.value == "missed"]
    assert missed == [late]


def test_refund_detail_tells_the_deadlines_and_the_outcome(owner, clerk):
    refund = returned(clerk, owner, "R1")
    info = deadlines.for_refund(refund)
    assert [d.kind.value for d in info.deadlines] == ["payout_due", "statutory_deadline"]
    assert info.statutory is not None and info.statutory.due_on == date(2026, 12, 3)
    assert info.outcome.value == "open"
    assert deadlines.countdowns([refund])[refund].kind.value == "payout_due"


def test_owner_extends_the_shops_limit_with_a_reason_in_the_trail(owner, clerk, unchanged):  # noqa: F811
    orders.create_order(clerk, tea_order("W1"))
    refund = refund_requests.request_refund(clerk, req("W1")).refund_no
    with unchanged(PermissionDenied, "role_not_allowed"):
        deadlines.extend(clerk, refund, date(2026, 12, 10), "customer abroad")
    with unchanged(InvalidInput, "extension_reason_required"):
        deadlines.extend(owner, refund, date(2026, 12, 10), " ")
    with unchanged(InvalidInput, "extension_not_later"):
        deadlines.extend(owner, refund, date(2026, 11, 27), "why")
    moved = deadlines.extend(owner, refund, date(2026, 12, 10), "customer abroad until 9 Dec")
    assert moved.due_on == date(2026, 12, 10) and moved.rule.value == "owner_extension"
    at(FIXED_NOW + timedelta(days=5))
    assert kinds() == []
    event = audit.events_for("refund", refund)[-1]
    assert event.action == "refund.deadline_extended"
    assert event.after["reason"] == "customer abroad until 9 Dec"
    info = deadlines.for_refund(refund)
    assert [(e.step.value, e.until, e.by) for e in info.extensions] == [
        ("review", date(2026, 12, 10), owner.name)
    ]


def test_statutory_deadline_cannot_be_extended_away(owner, clerk, unchanged):  # noqa: F811
    """When the goods came back under EU law with no payout limit of the shop's own, there is
    nothing the owner may extend."""
    shop_settings.set_policy(owner, {"payout_days": None})
    refund = returned(clerk, owner, "EU1", country="DE")
    with unchanged(InvalidInput, "no_deadline_to_extend"):
        deadlines.extend(owner, refund, date(2026, 12, 20), "busy")
    assert deadlines.for_refund(refund).statutory.rule.value == "eu_2011_83_art13"


def test_presale_wait_has_no_review_deadline_until_the_supplier_agrees(owner, clerk):
    from merchant_refunds.domain.order import OrderStatus

    orders.create_order(
        clerk, make_order("P1", status=OrderStatus.PRESALE_IN_PRODUCTION, delivered_at=None)
    )
    refund = refund_requests.request_refund(clerk, req("P1")).refund_no
    at(FIXED_NOW + timedelta(days=10))
    assert kinds() == [("supplier", refund, "presale_supplier")]
    presale.record_supplier_confirmation(
        clerk, refund, "杭州茶厂", date(2026, 12, 6), "agreed", "可以退"
    )
    assert kinds() == []
    at(FIXED_NOW + timedelta(days=12, hours=1))
    item = followup.list_followup()[0]
    assert (item.kind.value, item.due_on) == ("review_due", date(2026, 12, 8))


@pytest.mark.tampers
def test_an_extension_changed_behind_the_programs_back_is_caught(owner, clerk, db_path):
    orders.create_order(clerk, tea_order("W1"))
    refund = refund_requests.request_refund(clerk, req("W1")).refund_no
    deadlines.extend(owner, refund, date(2026, 12, 10), "customer abroad")
    sql_file(db_path, "UPDATE deadline_extension SET until = '2027-03-01'")
    found = [(d.entity, d.key, d.field) for d in integrity.check().differences]
    assert ("refund", refund, "extensions[1].until") in found


# --- the daily closing, the notice and the owner's digest -----------------------------------


def test_closing_lists_refunds_past_the_legal_deadline_until_paid(owner, clerk, tmp_path):
    from pypdf import PdfReader

    from merchant_refunds.documents.closing import render_closing
    from merchant_refunds.exports.closing import write_closing
    from merchant_refunds.services import closing
    from tests.documents.test_confirmation import _fonts

    late = returned(clerk, owner, "R1")
    at(datetime(2026, 12, 4, 18, 0))
    day = closing.compute_closing(owner)
    assert [(r.refund_no, r.due_on, r.paid_at) for r in day.late_statutory] == [
        (late, date(2026, 12, 3), None)
    ]
    at(datetime(2026, 12, 5, 11, 0))
    sending.record_payout(owner, late)
    at(datetime(2026, 12, 5, 20, 0))
    paid_day = closing.record_closing(owner)
    assert [(r.refund_no, r.paid_at) for r in paid_day.late_statutory] == [
        (late, datetime(2026, 12, 5, 11, 0))
    ]
    assert (
        audit.events_for("closing", "2026-12-05")[-1].after["late_statutory"][0]["refund_no"]
        == late
    )
    pdf = render_closing(paid_day, "zh")
    assert all(f["embedded"] for f in _fonts(pdf))
    (tmp_path / "c.pdf").write_bytes(pdf)
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "c.pdf").pages)
    assert "已过法定退款期限" in text and late in text and "逾期付款 2026-12-05 11:00" in text
    write_closing(paid_day, tmp_path / "c.csv", "en")
    csv_text = (tmp_path / "c.csv").read_text(encoding="utf-8-sig")
    assert "Past the legal refund deadline" in csv_text and "2026-12-03: paid late" in csv_text
    at(datetime(2026, 12, 6, 20, 0))
    assert closing.compute_closing(owner).late_statutory == ()
    # the closing of the day before, looked at later, still shows it unpaid that evening
    assert [
        r.paid_at for r in closing.compute_closing(owner, date(2026, 12, 4)).late_statutory
    ] == [None]


def test_approved_notice_can_state_the_day_the_refund_will_be_paid(owner, clerk):
    from merchant_refunds.services.notices import rendering

    refund = returned(clerk, owner, "R1")
    zh = rendering.render(refund, "approved", "zh").text
    assert "我们将于2026-12-01前退款。" in zh  # 3 business days after the goods came back
    en = rendering.render(refund, "approved", "en").text
    assert "We will pay it by 2026-12-01." in en
    sending.record_payout(owner, refund)
    assert "We will pay" not in rendering.render(refund, "approved", "en").text


def test_owner_digest_is_mailed_once_a_day_when_something_is_late(owner, clerk):
    from email import message_from_bytes
    from email.policy import default as default_policy

    from aiosmtpd.controller import Controller

    from merchant_refunds.services.notices import mail_server, owner_digest
    from merchant_refunds.services.notices.mail_server import SmtpSettings
    from tests.services.test_notices import Collect, free_port

    with pytest.raises(PermissionDenied):
        owner_digest.set_digest(clerk, owner_digest.DigestSettings(True, "boss@example.com"))
    with pytest.raises(InvalidInput):
        owner_digest.set_digest(owner, owner_digest.DigestSettings(True, "not an address"))
    assert owner_digest.send_digest(owner).status == "off"
    owner_digest.set_digest(owner, owner_digest.DigestSettings(True, "boss@example.com", "zh"))
    handler, port = Collect(), free_port()
    server = Controller(handler, hostname="127.0.0.1", port=port)
    server.start()
    try:
        mail_server.set_smtp(owner, SmtpSettings("127.0.0.1", port, "none", "", "shop@example.com"))
        returned(clerk, owner, "R1")
        assert owner_digest.send_digest(owner).status == "nothing"
        at(FIXED_NOW + timedelta(days=9))
        result = owner_digest.send_digest(owner)
        assert (result.status, result.late) == ("sent", 1)  # one refund, two late rows
        assert owner_digest.send_digest(owner).status == "already"
    finally:
        server.stop()
    (raw,) = handler.received
    mail = message_from_bytes(raw, policy=default_policy)
    assert mail["To"] == "boss@example.com"
    assert "1项逾期" in mail["Subject"]
    body = mail.get_content()
    assert (
        "已过法定退款期限" in body and "逾期" in body and "其中1项已超过法律规定的退款期限" in body
    )
    assert audit.events_for("digest", "2026-12-05")[-1].action == "followup.digest_sent"


def test_the_lists_order_is_its_items_urgency(owner, clerk):
    """The sort key written out for speed agrees with ``FollowUpItem.urgency``."""
    returned(clerk, owner, "R1")
    orders.create_order(clerk, tea_order("W1"))
    refund_requests.request_refund(clerk, req("W1"))
    at(FIXED_NOW + timedelta(days=1, hours=1))
    soon = followup.list_followup()
    at(FIXED_NOW + timedelta(days=9))
    late = followup.list_followup()
    for items in (soon, late):
        assert items and [i.urgency for i in items] == sorted(i.urgency for i in items)
    assert {i.urgency for i in late} >= {0, 1}
