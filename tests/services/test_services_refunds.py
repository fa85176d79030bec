"""Every gate of the refund services, on a real SQLite file; refused actions change nothing."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from merchant_refunds.domain.calculation import FxRate, Selection
from merchant_refunds.domain.errors import InvalidInput, NotFound, PermissionDenied, Refused
from merchant_refunds.domain.lifecycle import PayoutMethod, RefundStatus
from merchant_refunds.domain.order import OrderStatus
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import (
    audit,
    orders,
    refund_decisions,
    refund_goods,
    refund_requests,
    refund_views,
    shop_settings,
)
from merchant_refunds.services.payouts import arrival, sending
from merchant_refunds.services.refund_requests import Destination, RefundRequest
from merchant_refunds.storage import models as m
from tests.factories import make_line, make_order, tea_order

Q = ReasonCode.QUALITY_PROBLEM

ALL_TABLES = (
    m.Order,
    m.OrderLine,
    m.OrderDiscount,
    m.Refund,
    m.RefundLine,
    m.Approval,
    m.Payout,
    m.User,
    m.Setting,
    m.AuditEvent,
    m.DeadlineExtension,
)


def snapshot() -> dict[str, object]:
    """Row counts of every table plus the refunds' and payouts' states."""
    state: dict[str, object] = {t.__name__: t.select().count() for t in ALL_TABLES}
    state["refunds"] = sorted(
        (r.refund_no, r.status, r.signed_at, r.goods_received_at) for r in m.Refund.select()
    )
    state["payouts"] = sorted((p.refund_id, p.seq, p.status) for p in m.Payout.select())
    return state


@pytest.fixture
def unchanged():
    """``with unchanged():`` asserts that the block raised and changed nothing in the database."""

    class _Guard:
        def __init__(self, error: type[Exception], code: str | None = None) -> None:
            self.error, self.code = error, code

        def __enter__(self):
            self.before = snapshot()
            self.raises = pytest.raises(self.error)
            self.info = self.raises.__enter__()
            return self.info

        def __exit__(self, *exc):
            handled = self.raises.__exit__(*exc)
            if self.code is not None:
                assert getattr(self.info.value, "code", None) == self.code, self.info.value
            assert snapshot() == self.before
            return handled

    return _Guard


def add(actor, order) -> str:
    orders.create_order(actor, order)
    return order.order_no


def req(order_no: str, lines=None, **kw) -> RefundRequest:
    sel = kw.pop("selection", None) or Selection(lines or {1: 1})
    return RefundRequest(order_no, sel, kw.pop("reason", Q), **kw)


def big_order(order_no: str, yuan: int) -> object:
    return make_order(order_no, [make_line(1, quantity=2, unit_price=yuan * 100)])


# --- blocks and overrides ---------------------------------------------------------------


def late_no_reason(order_no: str, **kw) -> RefundRequest:
    return req(order_no, reason=ReasonCode.NO_REASON, **kw)


@pytest.fixture
def late_order(clerk) -> str:
    return add(clerk, tea_order("LATE1", delivered_at=datetime(2026, 11, 1, 10, 0)))


def test_a_block_refuses_clerk_and_owner_without_override(owner, clerk, late_order, unchanged):
    with unchanged(Refused, "policy_block") as err:
        refund_requests.request_refund(clerk, late_no_reason(late_order))
    assert "refund window" in err.value.message
    with unchanged(Refused, "policy_block"):
        refund_requests.request_refund(owner, late_no_reason(late_order))


def test_a_clerk_cannot_override(clerk, late_order, unchanged):
    with unchanged(PermissionDenied, "override_owner_only"):
        refund_requests.request_refund(clerk, late_no_reason(late_order, override_reason="regular"))


def test_owner_override_is_recorded_on_the_refund_and_in_the_audit(owner, late_order):
    refund = refund_requests.request_refund(
        owner, late_no_reason(late_order, override_reason="  regular customer  ")
    )
    assert refund.override_reason == "regular customer"
    row = m.Refund.get(m.Refund.refund_no == refund.refund_no)
    assert row.overridden_by_id == owner.id
    assert "outside_window" in [f["code"] for f in refund.findings]
    (event,) = audit.events_for("refund", refund.refund_no)
    assert event.action == "refund.request"
    assert event.after["override_reason"] == "regular customer"
    assert "outside_window" in event.after["findings"]
    assert event.user_name == "boss"


def test_an_override_without_a_block_is_not_recorded(owner, clerk):
    order_no = add(clerk, tea_order("OK1"))
    refund = refund_requests.request_refund(owner, req(order_no, override_reason="just in case"))
    assert refund.override_reason == ""
    assert m.Refund.get(m.Refund.refund_no == refund.refund_no).overridden_by_id is None


@pytest.mark.parametrize(
    ("status", "code"),
    [(OrderStatus.AWAITING_PAYMENT, "order_not_paid"), (OrderStatus.CANCELLED, "order_cancelled")],
)
def test_non_overridable_blocks_refuse_even_the_owner(owner, clerk, unchanged, status, code):
    order_no = add(clerk, tea_order("HARD1", status=status))
    with unchanged(Refused, code):
        refund_requests.request_refund(owner, req(order_no, override_reason="I am the owner"))
    with unchanged(Refused, code):
        refund_requests.request_refund(clerk, req(order_no))


def test_presale_in_production_waits_for_the_supplier_or_an_override(owner, clerk, unchanged):
    order_no = add(clerk, tea_order("PRE1", status=OrderStatus.PRESALE_IN_PRODUCTION, presale=True))
    waiting = refund_requests.request_refund(clerk, req(order_no))
    with unchanged(Refused, "supplier_confirmation_required"):
        refund_decisions.approve(owner, waiting.refund_no)
    refund = refund_requests.request_refund(owner, req(order_no, override_reason="supplier agreed"))
    assert "presale_in_production" in [f["code"] for f in refund.findings]


def test_warnings_are_stored_with_the_refund(owner, clerk):
    order_no = add(clerk, tea_order("W1", status=OrderStatus.IN_TRANSIT))
    first = refund_requests.request_refund(clerk, req(order_no))
    assert [f["code"] for f in first.findings] == ["in_transit"]
    second = refund_requests.request_refund(clerk, req(order_no))
    assert "open_refund_overlap" in [f["code"] for f in second.findings]


# --- approval ---------------------------------------------------------------------------


def test_second_approval_must_come_from_someone_else(owner, owner2, clerk, unchanged):
    order_no = add(clerk, big_order("BIG1", 300))  # 600.00 >= 500.00
    refund = refund_requests.request_refund(owner, req(order_no, {1: 2}))
    assert refund.second_approval_required
    assert not refund.signature_required
    with unchanged(PermissionDenied, "second_person_required"):
        refund_decisions.approve(owner, refund.refund_no)
    approved = refund_decisions.approve(owner2, refund.refund_no, "ok")
    assert approved.status is RefundStatus.APPROVED
    assert [(a.user_name, a.decision) for a in approved.approvals] == [("partner", "approve")]


def test_second_approval_threshold_is_inclusive(owner, clerk):
    add(clerk, make_order("AT1", [make_line(1, quantity=1, unit_price=50000)]))
    add(clerk, make_order("BELOW1", [make_line(1, quantity=1, unit_price=49999)]))
    at = refund_requests.request_refund(owner, req("AT1"))
    below = refund_requests.request_refund(owner, req("BELOW1"))
    assert at.second_approval_required and not below.second_approval_required
    assert refund_decisions.approve(owner, below.refund_no).status is RefundStatus.APPROVED
    with pytest.raises(PermissionDenied):
        refund_decisions.approve(owner, at.refund_no)


@pytest.mark.parametrize("who", ["clerk", "accountant"])
def test_only_owners_approve_reject_and_pay(request, owner, clerk, accountant, unchanged, who):
    actor = request.getfixturevalue(who)
    order_no = add(owner, tea_order("ROLE1"))
    refund = refund_requests.request_refund(owner, req(order_no))
    for action in (
        lambda: refund_decisions.approve(actor, refund.refund_no),
        lambda: refund_decisions.reject(actor, refund.refund_no, "no"),
    ):
        with unchanged(PermissionDenied, "role_not_allowed"):
            action()
    refund_decisions.approve(owner, refund.refund_no)
    with unchanged(PermissionDenied, "role_not_allowed"):
        sending.record_payout(actor, refund.refund_no)


def test_an_accountant_cannot_request_sign_confirm_or_cancel(owner, accountant, unchanged):
    order_no = add(owner, tea_order("ACC1"))
    with unchanged(PermissionDenied, "role_not_allowed"):
        refund_requests.request_refund(accountant, req(order_no))
    refund = refund_requests.request_refund(owner, req(order_no))
    for action in (
        refund_goods.record_signature,
        arrival.confirm_received,
        refund_decisions.cancel,
    ):
        with unchanged(PermissionDenied, "role_not_allowed"):
            action(accountant, refund.refund_no)


@pytest.mark.parametrize("reason", ["", "   "])
def test_reject_needs_a_reason(owner, clerk, unchanged, reason):
    order_no = add(clerk, tea_order("REJ1"))
    refund = refund_requests.request_refund(clerk, req(order_no))
    with unchanged(InvalidInput, "reason_required"):
        refund_decisions.reject(owner, refund.refund_no, reason)


def test_reject_records_the_reason_and_frees_the_units(owner, clerk):
    order_no = add(clerk, tea_order("REJ2"))
    refund = refund_requests.request_refund(clerk, req(order_no, {1: 3}))
    rejected = refund_decisions.reject(owner, refund.refund_no, " outside policy ")
    assert rejected.status is RefundStatus.REJECTED
    assert rejected.rejection_reason == "outside policy"
    assert [(a.decision, a.reason) for a in rejected.approvals] == [("reject", "outside policy")]
    again = refund_requests.request_refund(clerk, req(order_no, {1: 3}))
    assert again.total == refund.total


# --- signature, goods, payouts ----------------------------------------------------------


def test_large_refunds_need_a_signature_before_any_payout(owner, owner2, clerk, unchanged):
    order_no = add(clerk, big_order("SIG1", 1000))  # 2,000.00: large
    refund = refund_requests.request_refund(clerk, req(order_no, {1: 2}))
    assert refund.signature_required and refund.second_approval_required
    refund_decisions.approve(owner, refund.refund_no)
    with unchanged(Refused, "signature_required"):
        sending.record_payout(owner, refund.refund_no)
    with unchanged(Refused, "signature_required"):
        sending.record_payout(owner, refund.refund_no, amount=100)
    signed = refund_goods.record_signature(clerk, refund.refund_no)
    assert signed.signed_at is not None
    with unchanged(Refused, "already_signed"):
        refund_goods.record_signature(clerk, refund.refund_no)
    paid = sending.record_payout(owner2, refund.refund_no, reference="ALI-9")
    assert paid.status is RefundStatus.PAID


def test_goods_must_be_received_before_payout(owner, clerk, unchanged):
    order_no = add(clerk, tea_order("GDS1"))
    refund = refund_requests.request_refund(clerk, req(order_no, goods_return=True))
    refund_decisions.approve(owner, refund.refund_no)
    with unchanged(Refused, "goods_not_received"):
        sending.record_payout(owner, refund.refund_no)
    received = refund_goods.record_goods_received(clerk, refund.refund_no)
    assert received.goods_received_at is not None
    with unchanged(Refused, "goods_already_received"):
        refund_goods.record_goods_received(clerk, refund.refund_no)
    assert sending.record_payout(owner, refund.refund_no).status is RefundStatus.PAID


def test_goods_gate_follows_the_policy(owner, clerk, unchanged):
    shop_settings.set_policy(owner, {"require_goods_before_payout": False})
    order_no = add(clerk, tea_order("GDS2"))
    refund = refund_requests.request_refund(clerk, req(order_no, goods_return=True))
    refund_decisions.approve(owner, refund.refund_no)
    assert sending.record_payout(owner, refund.refund_no).status is RefundStatus.PAID
    other = refund_requests.request_refund(clerk, req(order_no, {2: 1}))
    with unchanged(Refused, "no_goods_return"):
        refund_goods.record_goods_received(clerk, other.refund_no)


@pytest.fixture
def large_signed(owner, owner2, clerk) -> refund_views.RefundDetail:
    order_no = add(clerk, big_order("INS1", 1500))  # 3,000.00
    refund = refund_requests.request_refund(clerk, req(order_no, {1: 2}))
    refund_decisions.approve(owner, refund.refund_no)
    return refund_goods.record_signature(clerk, refund.refund_no)


def test_instalments_sum_exactly_to_the_payout(owner, clerk, large_signed):
    no = large_signed.refund_no
    total = large_signed.payout.minor
    assert total == 300000
    first = sending.record_payout(owner, no, amount=100001, method="bank_transfer")
    assert first.status is RefundStatus.APPROVED
    assert first.paid_so_far == 100001
    second = sending.record_payout(owner, no, amount=99999)
    assert second.status is RefundStatus.APPROVED
    last = sending.record_payout(owner, no)  # the rest
    assert last.status is RefundStatus.PAID
    assert [p.amount for p in last.payouts] == [100001, 99999, 100000]
    assert sum(p.amount for p in last.payouts) == total
    assert [p.seq for p in last.payouts] == [1, 2, 3]
    assert last.payouts[0].method == "bank_transfer"
    assert last.payouts[1].method == "original_route"


def test_overpay_and_bad_amounts_are_refused(owner, large_signed, unchanged):
    no = large_signed.refund_no
    with unchanged(Refused, "payout_exceeds"):
        sending.record_payout(owner, no, amount=300001)
    sending.record_payout(owner, no, amount=299999)
    with unchanged(Refused, "payout_exceeds"):
        sending.record_payout(owner, no, amount=2)
    for bad in (0, -1):
        with unchanged(InvalidInput, "invalid_payout_amount"):
            sending.record_payout(owner, no, amount=bad)
    with unchanged(TypeError):
        sending.record_payout(owner, no, amount=1.0)  # type: ignore[arg-type]
    with unchanged(InvalidInput, "unknown_payout_method"):
        sending.record_payout(owner, no, method="bitcoin")
    with unchanged(InvalidInput, "reference_too_long"):
        sending.record_payout(owner, no, reference="x" * 129)


def test_max_instalments(owner, large_signed, unchanged):
    shop_settings.set_policy(owner, {"max_instalments": 3})
    no = large_signed.refund_no
    sending.record_payout(owner, no, amount=1000)
    sending.record_payout(owner, no, amount=1000)
    with unchanged(Refused, "too_many_instalments"):
        sending.record_payout(owner, no, amount=1000)
    final = sending.record_payout(owner, no)
    assert final.status is RefundStatus.PAID
    assert len(final.payouts) == 3
    assert final.paid_so_far == final.payout.minor


def test_instalments_can_be_switched_off(owner, large_signed, unchanged):
    shop_settings.set_policy(owner, {"instalments_allowed": False})
    with unchanged(Refused, "instalments_not_allowed"):
        sending.record_payout(owner, large_signed.refund_no, amount=1000)


def test_instalments_only_for_large_refunds(owner, clerk, unchanged):
    order_no = add(clerk, tea_order("SMALL1"))
    refund = refund_requests.request_refund(clerk, req(order_no))
    refund_decisions.approve(owner, refund.refund_no)
    with unchanged(Refused, "instalments_not_allowed"):
        sending.record_payout(owner, refund.refund_no, amount=100)


def test_confirm_completes_only_when_every_payout_arrived(owner, clerk, large_signed, unchanged):
    no = large_signed.refund_no
    with unchanged(Refused, "nothing_to_confirm"):
        arrival.confirm_received(clerk, no)
    sending.record_payout(owner, no, amount=100000)
    early = arrival.confirm_received(clerk, no, seq=1)
    assert early.status is RefundStatus.APPROVED
    assert early.payouts[0].status == "received"
    sending.record_payout(owner, no, amount=100000)
    paid = sending.record_payout(owner, no)
    assert paid.status is RefundStatus.PAID
    one = arrival.confirm_received(clerk, no, seq=2)
    assert one.status is RefundStatus.PAID
    with unchanged(Refused, "nothing_to_confirm"):
        arrival.confirm_received(clerk, no, seq=2)
    done = arrival.confirm_received(clerk, no)
    assert done.status is RefundStatus.COMPLETED
    assert all(p.status == "received" for p in done.payouts)


# --- cancel -----------------------------------------------------------------------------


def test_clerk_cancels_only_own_requested(owner, clerk, unchanged):
    order_no = add(clerk, tea_order("CAN1"))
    own = refund_requests.request_refund(clerk, req(order_no, {1: 1}))
    owners = refund_requests.request_refund(owner, req(order_no, {1: 1}))
    with unchanged(PermissionDenied, "clerk_cancel_own"):
        refund_decisions.cancel(clerk, owners.refund_no)
    refund_decisions.approve(owner, own.refund_no)
    with unchanged(PermissionDenied, "clerk_cancel_own"):
        refund_decisions.cancel(clerk, own.refund_no)
    third = refund_requests.request_refund(clerk, req(order_no, {1: 1}))
    cancelled = refund_decisions.cancel(clerk, third.refund_no, "customer kept it")
    assert cancelled.status is RefundStatus.CANCELLED
    assert m.Refund.get(m.Refund.refund_no == third.refund_no).cancel_reason == "customer kept it"
    assert refund_decisions.cancel(owner, own.refund_no).status is RefundStatus.CANCELLED


def test_nothing_is_cancelled_once_money_was_sent(owner, large_signed, unchanged):
    no = large_signed.refund_no
    sending.record_payout(owner, no, amount=1000)
    with unchanged(Refused, "payout_exists"):
        refund_decisions.cancel(owner, no)
    sending.record_payout(owner, no)
    with unchanged(Refused, "invalid_state"):
        refund_decisions.cancel(owner, no)


# --- lifecycle --------------------------------------------------------------------------


def test_invalid_state_transitions_are_refused(owner, clerk, unchanged):
    order_no = add(clerk, tea_order("ST1"))
    requested = refund_requests.request_refund(clerk, req(order_no, {1: 1}))
    with unchanged(Refused, "invalid_state"):
        sending.record_payout(owner, requested.refund_no)
    rejected = refund_requests.request_refund(clerk, req(order_no, {1: 1}))
    refund_decisions.reject(owner, rejected.refund_no, "no")
    for action in (
        lambda: refund_decisions.approve(owner, rejected.refund_no),
        lambda: refund_decisions.reject(owner, rejected.refund_no, "again"),
        lambda: refund_decisions.cancel(owner, rejected.refund_no),
        lambda: refund_goods.record_signature(clerk, rejected.refund_no),
        lambda: sending.record_payout(owner, rejected.refund_no),
    ):
        with unchanged(Refused, "invalid_state"):
            action()
    refund_decisions.approve(owner, requested.refund_no)
    with unchanged(Refused, "invalid_state"):
        refund_decisions.approve(owner, requested.refund_no)
    with unchanged(Refused, "invalid_state"):
        refund_decisions.reject(owner, requested.refund_no, "late")
    sending.record_payout(owner, requested.refund_no)
    arrival.confirm_received(clerk, requested.refund_no)
    for action in (
        lambda: sending.record_payout(owner, requested.refund_no),
        lambda: refund_decisions.cancel(owner, requested.refund_no),
        lambda: refund_goods.record_signature(clerk, requested.refund_no),
    ):
        with unchanged(Refused, "invalid_state"):
            action()


def test_expected_total_must_match_the_quote(clerk, unchanged):
    order_no = add(clerk, tea_order("EXP1"))
    quote = refund_requests.quote(req(order_no, {1: 1}))
    assert quote.quote.total.minor == 11438
    with unchanged(Refused, "quote_changed"):
        refund_requests.request_refund(clerk, req(order_no, {1: 1}), expected_total=11437)
    refund = refund_requests.request_refund(clerk, req(order_no, {1: 1}), expected_total=11438)
    assert refund.total.minor == 11438
    # the same screen submitted again after the first went through: the amount changed
    with unchanged(Refused, "quote_changed"):
        refund_requests.request_refund(clerk, req(order_no, {1: 1}), expected_total=11438)
    assert refund_requests.request_refund(clerk, req(order_no, {1: 1}), expected_total=11439)


# --- bad input changes nothing ----------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "error", "code"),
    [
        ({1: 0}, InvalidInput, "invalid_quantity"),
        ({1: -1}, InvalidInput, "invalid_quantity"),
        ({1: 1.5}, InvalidInput, "invalid_quantity"),
        ({1: Decimal("1")}, InvalidInput, "invalid_quantity"),
        ({1: 4}, Refused, "exceeds_remaining"),
        ({9: 1}, InvalidInput, "unknown_line"),
    ],
)
def test_bad_selections(clerk, unchanged, lines, error, code):
    order_no = add(clerk, tea_order("BAD1"))
    with unchanged(error, code):
        refund_requests.request_refund(clerk, req(order_no, lines))


def test_more_units_than_remain_after_earlier_refunds(clerk, unchanged):
    order_no = add(clerk, tea_order("BAD2"))
    refund_requests.request_refund(clerk, req(order_no, {1: 2}))
    with unchanged(Refused, "exceeds_remaining"):
        refund_requests.request_refund(clerk, req(order_no, {1: 2}))
    refund_requests.request_refund(clerk, req(order_no, selection=Selection(everything_left=True)))
    with unchanged(Refused, "nothing_to_refund"):
        refund_requests.request_refund(
            clerk, req(order_no, selection=Selection(everything_left=True))
        )


def test_unknown_order_and_refund(owner, clerk, unchanged):
    with unchanged(NotFound, "unknown_order"):
        refund_requests.request_refund(clerk, req("NOPE"))
    with unchanged(NotFound, "unknown_order"):
        refund_requests.quote(req("NOPE"))
    for action in (
        lambda: refund_decisions.approve(owner, "RF000"),
        lambda: refund_decisions.reject(owner, "RF000", "x"),
        lambda: refund_goods.record_signature(owner, "RF000"),
        lambda: refund_goods.record_goods_received(owner, "RF000"),
        lambda: sending.record_payout(owner, "RF000"),
        lambda: arrival.confirm_received(owner, "RF000"),
        lambda: refund_decisions.cancel(owner, "RF000"),
        lambda: refund_views.get_refund("RF000"),
    ):
        with unchanged(NotFound, "unknown_refund"):
            action()


def test_too_long_note(clerk, unchanged):
    order_no = add(clerk, tea_order("NOTE1"))
    with unchanged(InvalidInput, "note_too_long"):
        refund_requests.request_refund(clerk, req(order_no, note="n" * 2001))
    assert refund_requests.request_refund(clerk, req(order_no, note="n" * 2000)).note == "n" * 2000


GOOD_CARD = "6222021234567890128"


@pytest.mark.parametrize(
    ("dest", "code"),
    [
        (
            Destination(PayoutMethod.BANK_TRANSFER, "6222021234567890127", "王小芳", "ICBC"),
            "invalid_account_checksum",
        ),
        (
            Destination(PayoutMethod.BANK_TRANSFER, "4111111111111112", "王小芳", "HSBC"),
            "invalid_account_checksum",
        ),
        (
            Destination(PayoutMethod.BANK_TRANSFER, "DE89370400440532013001", "Wang", "DB"),
            "invalid_iban",
        ),
        (Destination(PayoutMethod.BANK_TRANSFER, GOOD_CARD, "", "ICBC"), "bank_details_missing"),
        (Destination(PayoutMethod.BANK_TRANSFER, GOOD_CARD, "王小芳", " "), "bank_details_missing"),
        (Destination(PayoutMethod.BANK_TRANSFER, "", "王小芳", "ICBC"), "bank_details_missing"),
        (Destination(PayoutMethod.BANK_TRANSFER, "12345", "王小芳", "ICBC"), "invalid_account"),
        (
            Destination(PayoutMethod.BANK_TRANSFER, "6222-0212-3456", "王小芳", "ICBC"),
            "invalid_account",
        ),
    ],
)
def test_invalid_bank_accounts(clerk, unchanged, dest, code):
    order_no = add(clerk, tea_order("BANK1"))
    with unchanged(InvalidInput, code):
        refund_requests.request_refund(clerk, req(order_no, destination=dest))


def test_valid_bank_accounts_and_masking(clerk):
    order_no = add(clerk, tea_order("BANK2", payer_account=GOOD_CARD))
    same = refund_requests.request_refund(
        clerk,
        req(
            order_no,
            destination=Destination(
                PayoutMethod.BANK_TRANSFER, "6222 0212 3456 7890 128", "王小芳", "ICBC"
            ),
        ),
    )
    assert same.destination_masked == "6222 **** 0128"
    assert "destination_differs" not in [f["code"] for f in same.findings]
    other = refund_requests.request_refund(
        clerk,
        req(
            order_no,
            {2: 1},
            destination=Destination(
                PayoutMethod.BANK_TRANSFER, "DE89370400440532013000", "Li Lei", "DB"
            ),
        ),
    )
    assert "destination_differs" in [f["code"] for f in other.findings]


def test_a_foreign_currency_payout_records_the_rate(owner, clerk):
    order_no = add(clerk, tea_order("FX1"))
    fx = FxRate("CNY", "USD", Decimal("0.1385"), date(2026, 11, 25))
    refund = refund_requests.request_refund(clerk, req(order_no, fx=fx))
    assert refund.payout.currency == "USD"
    assert refund.payout.minor == 1584
    refund_decisions.approve(owner, refund.refund_no)
    paid = sending.record_payout(owner, refund.refund_no)
    payout = m.Payout.get(m.Payout.refund == m.Refund.get(m.Refund.refund_no == paid.refund_no))
    assert (payout.currency, payout.amount, payout.fx_rate) == ("USD", 1584, "0.1385")
    assert payout.fx_date == date(2026, 11, 25)


def test_parse_fx(fixed_clock):
    fx = refund_requests.parse_fx("CNY", "USD", " 0.1385 ", None)
    assert fx.rate == Decimal("0.1385") and fx.as_of == date(2026, 11, 26)
    with pytest.raises(InvalidInput):
        refund_requests.parse_fx("CNY", "USD", "abc", None)
    with pytest.raises(InvalidInput):
        refund_requests.parse_fx("CNY", "USD", "0.13", "26/11/2026")
    with pytest.raises(InvalidInput):
        refund_requests.parse_fx("CNY", "USD", "-1", None)


def test_a_rejected_refund_between_others_keeps_the_order_exact(owner, clerk):
    """0.10 paid for 3 units: refund 1, refund 1, reject the first, refund the rest.

    The second refund took 0.04 (computed with the first counted); the rest must be 0.06, not
    the 0.07 the units-only formula gives, or the order is refunded 0.11.
    """
    order_no = add(
        clerk, make_order("EXACT1", [make_line(1, quantity=3, unit_price=4, line_discount=2)])
    )
    first = refund_requests.request_refund(clerk, req(order_no, {1: 1}))
    second = refund_requests.request_refund(clerk, req(order_no, {1: 1}))
    assert (first.total.minor, second.total.minor) == (3, 4)
    refund_decisions.reject(owner, first.refund_no, "duplicate request")
    assert orders.get_order(order_no).refundable["total_left"] == 6
    last = refund_requests.request_refund(
        clerk, req(order_no, selection=Selection(everything_left=True))
    )
    assert last.total.minor == 6
    counting = (
        m.Refund.select()
        .join(m.Order)
        .where((m.Order.order_no == order_no) & (m.Refund.status != "rejected"))
    )
    assert sum(r.total for r in counting) == 10


@pytest.mark.tampers  # the stand-in rows have no events, and 0002-9998 are a gap
def test_the_ten_thousandth_refund_of_a_day_is_followed_by_the_next_number(clerk):
    """Found by the integrity benchmark: numbers grow to five digits after 9999, and the highest
    was taken as text (RF…9999 sorts after RF…10000), so every later request that day failed on
    the unique number. Rows copied by hand stand in for the 9,999 refunds before."""
    first = refund_requests.request_refund(clerk, req(add(clerk, tea_order("N1")))).refund_no
    day = first[: -len("0001")]
    assert first == f"{day}0001"
    row = m.Refund.get(m.Refund.refund_no == first)
    columns = {f.name: getattr(row, f.name) for f in m.Refund._meta.sorted_fields if f.name != "id"}
    for seq in ("9999", "10000"):
        m.Refund.insert(**{**columns, "refund_no": f"{day}{seq}"}).execute()
    following = refund_requests.request_refund(clerk, req(add(clerk, tea_order("N2"))))
    assert following.refund_no == f"{day}10001"
