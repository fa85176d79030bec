"""Payout tracking: instalments, arrival ranges, failures and retries, store credit, follow-up,
the supplier step for pre-sale refunds and feedback; refused actions change nothing."""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from merchant_refunds.domain.errors import InvalidInput, NotFound, PermissionDenied, Refused
from merchant_refunds.domain.instalments import split_amount
from merchant_refunds.domain.lifecycle import PayoutMethod, RefundStatus
from merchant_refunds.domain.order import OrderStatus
from merchant_refunds.services import (
    audit,
    clock,
    confirmations,
    feedback,
    followup,
    orders,
    presale,
    refund_decisions,
    refund_goods,
    refund_requests,
    shop_settings,
    store_credit,
)
from merchant_refunds.services.payouts import arrival, failures, sending
from merchant_refunds.services.refund_requests import Destination, RefundRequest
from merchant_refunds.storage import models as m
from tests.factories import FIXED_NOW, make_line, make_order, tea_order
from tests.services.test_services_refunds import Q, req, snapshot


@pytest.fixture
def unchanged():
    class _Guard:
        def __init__(self, error: type[Exception], code: str) -> None:
            self.error, self.code = error, code

        def __enter__(self):
            self.before = (snapshot(), m.StoreCreditEntry.select().count())
            self.raises = pytest.raises(self.error)
            self.info = self.raises.__enter__()
            return self.info

        def __exit__(self, *exc):
            handled = self.raises.__exit__(*exc)
            assert getattr(self.info.value, "code", None) == self.code, self.info.value
            assert (snapshot(), m.StoreCreditEntry.select().count()) == self.before
            return handled

    return _Guard


def add(actor, order) -> str:
    orders.create_order(actor, order)
    return order.order_no


def large_approved(owner, owner2, clerk, order_no="BIG1", yuan=1000, **kw) -> str:
    """2 × ``yuan`` (2,000.00 by default: large), requested by the clerk, approved and signed."""
    add(clerk, make_order(order_no, [make_line(1, quantity=2, unit_price=yuan * 100)], **kw))
    refund = refund_requests.request_refund(clerk, req(order_no, {1: 2}))
    refund_decisions.approve(owner, refund.refund_no)
    refund_goods.record_signature(clerk, refund.refund_no)
    return refund.refund_no


def small_approved(owner, clerk, order_no="S1", dest: Destination | None = None) -> str:
    add(clerk, tea_order(order_no))
    request = RefundRequest(order_no, req(order_no).selection, Q, destination=dest or Destination())
    refund = refund_requests.request_refund(clerk, request)
    refund_decisions.approve(owner, refund.refund_no)
    return refund.refund_no


# --- instalments -------------------------------------------------------------------------------


@given(st.integers(min_value=1, max_value=10**12), st.integers(min_value=1, max_value=24))
def test_instalments_always_add_up_exactly(total: int, parts: int) -> None:
    if total < parts:
        with pytest.raises(InvalidInput):
            split_amount(total, parts)
        return
    amounts = split_amount(total, parts)
    assert sum(amounts) == total
    assert len(amounts) == parts
    assert all(a == amounts[0] for a in amounts[:-1])
    assert 0 <= amounts[-1] - amounts[0] < parts


def test_split_examples() -> None:
    assert split_amount(10000, 3) == [3333, 3333, 3334]
    assert split_amount(200000, 6) == [33333] * 5 + [33335]
    with pytest.raises(TypeError):
        split_amount(100.0, 2)  # type: ignore[arg-type]


def test_schedule_instalments_sends_the_first_and_keeps_the_rest(owner, owner2, clerk):
    no = large_approved(owner, owner2, clerk)
    detail = sending.schedule_instalments(owner, no, 3, reference="TX1", every_days=30)
    assert [p.amount for p in detail.payouts] == [66666, 66666, 66668]
    assert sum(p.amount for p in detail.payouts) == detail.payout.minor == 200000
    assert [p.status for p in detail.payouts] == ["sent", "scheduled", "scheduled"]
    assert [p.due_on for p in detail.payouts] == [
        date(2026, 11, 26),
        date(2026, 12, 26),
        date(2027, 1, 25),
    ]
    first = detail.payouts[0]
    assert first.reference == "TX1" and first.sent_by == "boss"
    # Alipay refunds arrive the same day.
    assert first.expected_from == first.expected_to == date(2026, 11, 26)
    assert detail.status is RefundStatus.APPROVED
    sending.send_payout(owner, no, 2, reference="TX2")
    done = sending.send_payout(owner, no, 3, reference="TX3")
    assert done.status is RefundStatus.PAID
    completed = arrival.confirm_received(clerk, no)
    assert completed.status is RefundStatus.COMPLETED
    actions = [e.action for e in audit.events_for("refund", no)]
    assert "payout.schedule" in actions and actions.count("payout.send") == 3


def test_schedule_only_sends_nothing(owner, owner2, clerk):
    no = large_approved(owner, owner2, clerk)
    detail = sending.schedule_instalments(owner, no, 2, send_first=False)
    assert [p.status for p in detail.payouts] == ["scheduled", "scheduled"]
    # The plain "pay the rest" points at the scheduled instalment instead.
    with pytest.raises(Refused) as err:
        sending.record_payout(owner, no)
    assert err.value.code == "instalments_scheduled"


@pytest.mark.parametrize(
    ("parts", "code", "error"),
    [
        (1, "invalid_instalments", InvalidInput),
        (7, "too_many_instalments", Refused),
    ],
)
def test_bad_instalment_counts_change_nothing(owner, owner2, clerk, unchanged, parts, code, error):
    no = large_approved(owner, owner2, clerk)
    with unchanged(error, code):
        sending.schedule_instalments(owner, no, parts)


def test_instalments_need_a_large_signed_refund_and_an_owner(owner, owner2, clerk, unchanged):
    small = small_approved(owner, clerk)
    with unchanged(Refused, "instalments_not_allowed"):
        sending.schedule_instalments(owner, small, 2)
    add(clerk, make_order("UNSIGNED", [make_line(1, quantity=2, unit_price=100000)]))
    unsigned = refund_requests.request_refund(clerk, req("UNSIGNED", {1: 2}))
    refund_decisions.approve(owner, unsigned.refund_no)
    with unchanged(Refused, "signature_required"):
        sending.schedule_instalments(owner, unsigned.refund_no, 2)
    big = large_approved(owner, owner2, clerk, "BIG2")
    with unchanged(PermissionDenied, "role_not_allowed"):
        sending.schedule_instalments(clerk, big, 2)
    with unchanged(InvalidInput, "instalment_in_past"):
        sending.schedule_instalments(owner, big, 2, first_on=date(2026, 1, 1))


# --- expected arrival --------------------------------------------------------------------------


def test_bank_transfer_arrival_is_counted_in_business_days_and_stored(owner, clerk):
    dest = Destination(PayoutMethod.BANK_TRANSFER, "6222020200112233446", "王小芳", "工商银行")
    no = small_approved(owner, clerk, dest=dest)
    # Thursday 26 November: 1 to 3 business days is Friday 27 to Tuesday 1 December.
    detail = sending.record_payout(owner, no, reference="B1")
    (payout,) = detail.payouts
    assert (payout.expected_from, payout.expected_to) == (date(2026, 11, 27), date(2026, 12, 1))
    assert payout.account_masked == "6222 **** 3446"
    paper = confirmations.confirmation_data(no)
    assert (paper.arrival_earliest, paper.arrival_latest) == (
        date(2026, 11, 27),
        date(2026, 12, 1),
    )


def test_arrival_uses_the_shop_settings_and_calendar(owner, clerk):
    shop_settings.set_payment_methods(owner, {"alipay": {"min_days": 1, "max_days": 2}})
    shop_settings.set_shop(owner, {"country": "US"})
    no = small_approved(owner, clerk)
    clock.set_clock(lambda: FIXED_NOW)  # Thanksgiving in the US: not a business day
    (payout,) = sending.record_payout(owner, no).payouts
    assert (payout.expected_from, payout.expected_to) == (date(2026, 11, 27), date(2026, 11, 30))


# --- failure and retry -------------------------------------------------------------------------


def test_a_failed_payout_keeps_its_history_and_is_retried_another_way(owner, clerk, unchanged):
    no = small_approved(owner, clerk)
    paid = sending.record_payout(owner, no, reference="A1")
    assert paid.status is RefundStatus.PAID
    with unchanged(InvalidInput, "failure_reason_required"):
        failures.mark_failed(clerk, no, 1, "  ")
    with unchanged(NotFound, "unknown_payout"):
        failures.mark_failed(clerk, no, 9, "bounced")
    failed = failures.mark_failed(clerk, no, 1, "账户已冻结")
    assert failed.status is RefundStatus.APPROVED
    assert failed.payouts[0].status == "failed"
    assert failed.payouts[0].failure_reason == "账户已冻结"
    assert failed.payouts[0].failed_by == "amy"
    with unchanged(Refused, "payout_not_sent"):
        failures.mark_failed(clerk, no, 1, "again")
    bad = Destination(PayoutMethod.BANK_TRANSFER, "6222020200112233447", "王小芳", "工商银行")
    with unchanged(InvalidInput, "invalid_account_checksum"):
        failures.retry_payout(owner, no, 1, method="bank_transfer", destination=bad)
    good = Destination(PayoutMethod.BANK_TRANSFER, "6222020200112233446", "王小芳", "工商银行")
    retried = failures.retry_payout(
        owner, no, 1, method="bank_transfer", destination=good, reference="B2"
    )
    assert [(p.seq, p.status, p.method) for p in retried.payouts] == [
        (1, "failed", "original_route"),
        (2, "sent", "bank_transfer"),
    ]
    assert retried.payouts[1].retry_of == 1
    assert retried.status is RefundStatus.PAID
    # Paid in full again: nothing more can be sent, neither for the new nor the old payout.
    with unchanged(Refused, "invalid_state"):
        failures.retry_payout(owner, no, 2)
    with unchanged(Refused, "invalid_state"):
        failures.retry_payout(owner, no, 1)


def test_record_payout_after_a_failure_pays_just_the_failed_amount(owner, owner2, clerk):
    no = large_approved(owner, owner2, clerk)
    sending.schedule_instalments(owner, no, 2)
    failures.mark_failed(owner, no, 1, "bounced")
    with pytest.raises(Refused) as err:
        failures.retry_payout(owner, no, 2)
    assert err.value.code == "payout_not_failed"
    detail = sending.record_payout(owner, no, method="cash", reference="till 3")
    assert [(p.seq, p.status, p.amount) for p in detail.payouts] == [
        (1, "failed", 100000),
        (2, "scheduled", 100000),
        (3, "sent", 100000),
    ]
    assert detail.status is RefundStatus.APPROVED  # instalment 2 is still to send


# --- store credit ------------------------------------------------------------------------------


def test_store_credit_payout_issues_credit_and_spending_is_capped(owner, clerk, unchanged):
    dest = Destination(PayoutMethod.STORE_CREDIT)
    no = small_approved(owner, clerk, dest=dest)
    detail = sending.record_payout(owner, no)
    key = store_credit.customer_key("13800138000", "", "")
    assert store_credit.balance(key, "CNY") == detail.payout.minor
    with unchanged(Refused, "credit_insufficient"):
        store_credit.use_credit(clerk, key, detail.payout.minor + 1, "CNY", "R1")
    with unchanged(InvalidInput, "invalid_credit_amount"):
        store_credit.use_credit(clerk, key, 0, "CNY", "R1")
    assert store_credit.use_credit(clerk, key, 1000, "CNY", "R1") == detail.payout.minor - 1000
    kinds = [(e.kind, e.amount) for e in store_credit.ledger(key)]
    assert kinds == [("issued", detail.payout.minor), ("used", -1000)]
    with unchanged(Refused, "store_credit_cannot_fail"):
        failures.mark_failed(owner, no, 1, "no")


def test_store_credit_never_goes_negative_under_concurrent_use(owner, clerk, db_path):
    no = small_approved(owner, clerk, dest=Destination(PayoutMethod.STORE_CREDIT))
    sending.record_payout(owner, no)
    key = store_credit.customer_key("13800138000", "", "")
    start = store_credit.balance(key, "CNY")
    spend = start // 2 + 1  # two of these cannot both fit
    barrier = threading.Barrier(4)
    results: list[object] = []

    def worker() -> None:
        barrier.wait()
        try:
            results.append(store_credit.use_credit(clerk, key, spend, "CNY", "R1"))
        except Refused as exc:
            results.append(exc.code)
        finally:
            m.database.obj.close()

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(map(str, results)) == sorted([str(start - spend)] + ["credit_insufficient"] * 3)
    assert store_credit.balance(key, "CNY") == start - spend
    balances = [e.balance_after for e in store_credit.ledger(key)]
    assert min(balances) >= 0


# --- follow-up ---------------------------------------------------------------------------------


def test_followup_lists_overdue_due_today_failed_and_instalments(owner, owner2, clerk):
    dest = Destination(PayoutMethod.BANK_TRANSFER, "6222020200112233446", "王小芳", "工商银行")
    late = small_approved(owner, clerk, "L1", dest=dest)
    today = small_approved(owner, clerk, "T1")
    bounced = small_approved(owner, clerk, "F1")
    big = large_approved(owner, owner2, clerk)
    clock.set_clock(lambda: FIXED_NOW - timedelta(days=10))
    sending.record_payout(owner, late)
    clock.set_clock(lambda: FIXED_NOW)
    sending.record_payout(owner, today)
    sending.record_payout(owner, bounced)
    failures.mark_failed(owner, bounced, 1, "bounced")
    sending.schedule_instalments(owner, big, 2, send_first=False)
    items = followup.list_followup()
    got = [(i.kind.value, i.refund_no, i.seq) for i in items]
    # Most urgent first: late (overdue, failed), then what is due today.
    assert got == [
        ("overdue", late, 1),
        ("failed", bounced, 1),
        ("due_today", today, 1),
        ("instalment_due", big, 1),
    ]
    assert [i.rule for i in items] == [
        "payout_arrival",
        "payout_failed",
        "payout_arrival",
        "instalment_schedule",
    ]
    assert items[0].days_late > 0 and items[0].expected_to < clock.today()
    followup.add_note(clerk, late, "打电话给银行，说明天到", payout_seq=1)
    assert followup.list_followup()[0].last_note == "打电话给银行，说明天到"
    arrival.confirm_received(clerk, late)
    assert late not in [i.refund_no for i in followup.list_followup()]
    assert followup.attention_count() == 3


def test_followup_notes_refuse_bad_input(owner, clerk, unchanged):
    no = small_approved(owner, clerk)
    with unchanged(InvalidInput, "note_required"):
        followup.add_note(clerk, no, " ")
    with unchanged(NotFound, "unknown_refund"):
        followup.add_note(clerk, "RF0", "x")


# --- pre-sale supplier step --------------------------------------------------------------------


def test_presale_refund_waits_for_the_supplier_before_approval(owner, clerk, unchanged):
    add(clerk, tea_order("PRE1", status=OrderStatus.PRESALE_IN_PRODUCTION, presale=True))
    refund = refund_requests.request_refund(clerk, req("PRE1"))
    no = refund.refund_no
    assert [i.kind.value for i in followup.list_followup()] == ["supplier"]
    with unchanged(Refused, "supplier_confirmation_required"):
        refund_decisions.approve(owner, no)
    with unchanged(InvalidInput, "invalid_supplier_answer"):
        presale.record_supplier_confirmation(clerk, no, "工厂李经理", date(2026, 11, 25), "maybe")
    with unchanged(InvalidInput, "supplier_required"):
        presale.record_supplier_confirmation(clerk, no, " ", date(2026, 11, 25), "agreed")
    presale.record_supplier_confirmation(clerk, no, "工厂李经理", date(2026, 11, 25), "refused")
    with unchanged(Refused, "supplier_confirmation_required"):
        refund_decisions.approve(owner, no)
    presale.record_supplier_confirmation(clerk, no, "工厂李经理", date(2026, 11, 26), "agreed")
    assert refund_decisions.approve(owner, no).status is RefundStatus.APPROVED
    answers = presale.supplier_answers(no)
    assert [a.answer for a in answers] == ["refused", "agreed"]
    assert "refund.supplier" in [e.action for e in audit.events_for("refund", no)]


def test_presale_override_at_request_time_still_skips_the_supplier(owner, clerk, unchanged):
    add(clerk, tea_order("PRE2", status=OrderStatus.PRESALE_IN_PRODUCTION, presale=True))
    refund = refund_requests.request_refund(
        owner, req("PRE2", override_reason="supplier agreed by phone")
    )
    with unchanged(Refused, "supplier_not_needed"):
        presale.record_supplier_confirmation(
            clerk, refund.refund_no, "x", FIXED_NOW.date(), "agreed"
        )
    assert refund_decisions.approve(owner, refund.refund_no).status is RefundStatus.APPROVED


# --- feedback ----------------------------------------------------------------------------------


def test_feedback_after_payment_is_recorded_and_listed(owner, clerk, unchanged):
    no = small_approved(owner, clerk)
    with unchanged(Refused, "feedback_too_early"):
        feedback.record_feedback(clerk, no, 5)
    sending.record_payout(owner, no)
    for bad in (0, 6, True):
        with unchanged(InvalidInput, "invalid_rating"):
            feedback.record_feedback(clerk, no, bad)
    feedback.record_feedback(clerk, no, 4, "到账快")
    feedback.record_feedback(clerk, no, 5, "到账很快")
    got = feedback.get_feedback(no)
    assert got is not None and (got.rating, got.comment) == (5, "到账很快")
    assert [f.refund_no for f in feedback.list_feedback(date(2026, 11, 1), date(2026, 11, 30))] == [
        no
    ]
    assert feedback.list_feedback(date(2026, 12, 1)) == []


def test_a_free_gift_given_back_is_closed_without_a_payout(owner, clerk):
    """A refund of nothing (a free item returned) is closed by recording its payout, and no
    payout row of nothing is made."""
    orders.create_order(
        clerk, make_order("FREE1", [make_line(1, unit_price=5000), make_line(2, unit_price=0)])
    )
    refund_no = refund_requests.request_refund(clerk, req("FREE1", {2: 1})).refund_no
    refund_decisions.approve(owner, refund_no)
    with pytest.raises(InvalidInput):  # a part of nothing is still no payout
        sending.record_payout(owner, refund_no, amount=-1)
    detail = sending.record_payout(owner, refund_no)
    assert detail.status is RefundStatus.PAID
    refund_id = m.Refund.get(m.Refund.refund_no == refund_no).id
    assert not m.Payout.select().where(m.Payout.refund == refund_id).exists()
