"""Due dates of a refund's steps: the shop's limits and the law's, with the holiday calendars."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from merchant_refunds.domain import deadlines as d
from merchant_refunds.domain.deadlines import (
    DayCount,
    DeadlineKind,
    DeadlinePolicy,
    RefundTimes,
    Rule,
    StatutoryChoice,
    StatutoryOutcome,
    Step,
)
from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.domain.lifecycle import RefundStatus
from merchant_refunds.domain.policy import Policy

POLICY = DeadlinePolicy()


def times(**changes) -> RefundTimes:
    base = {
        "status": RefundStatus.APPROVED,
        "requested_at": datetime(2026, 9, 20, 10, 0),
        "customer_country": "CN",
        "payment_method": "alipay",
        "goods_return": True,
        "goods_received_at": datetime(2026, 9, 28, 15, 30),
        "approved_at": datetime(2026, 9, 21, 9, 0),
    }
    return RefundTimes(**{**base, **changes})


# --- the law -----------------------------------------------------------------------------------


def test_china_seven_days_from_the_goods_end_after_national_day():
    """Received 28 Sept 2026: day 7 is 5 Oct, inside the National Day holiday (1–7 Oct), so the
    last day is 8 Oct, the first working day after it (Civil Code Art. 203)."""
    deadline = d.statutory_deadline(times(), POLICY)
    assert deadline is not None
    assert deadline.rule is Rule.CN_CRPL_25
    assert deadline.started_on == date(2026, 9, 28)
    assert deadline.due_on == date(2026, 10, 8)
    assert deadline.due_by == datetime(2026, 10, 9)


def test_china_make_up_working_saturday_is_a_last_day():
    """Received on the 3 Oct holiday: day 7 is Saturday 10 Oct, a make-up working day (调休)."""
    deadline = d.statutory_deadline(times(goods_received_at=datetime(2026, 10, 3, 9)), POLICY)
    assert deadline is not None and deadline.due_on == date(2026, 10, 10)


def test_china_ordinary_week_is_seven_calendar_days():
    deadline = d.statutory_deadline(times(goods_received_at=datetime(2026, 11, 2, 9)), POLICY)
    assert deadline is not None and deadline.due_on == date(2026, 11, 9)


def test_china_clock_starts_only_when_the_goods_are_back():
    assert d.statutory_deadline(times(goods_received_at=None), POLICY) is None
    assert d.statutory_deadline(times(goods_return=False, goods_received_at=None), POLICY) is None


def test_eu_fourteen_days_from_the_notice_past_easter():
    """Notice on Friday 20 March 2026: day 14 is Good Friday 3 April; with the weekend and Easter
    Monday the last day in Germany is Tuesday 7 April (Regulation 1182/71 Art. 3(4))."""
    refund = times(
        customer_country="DE",
        requested_at=datetime(2026, 3, 20, 11),
        goods_return=False,
        goods_received_at=None,
    )
    deadline = d.statutory_deadline(refund, POLICY)
    assert deadline is not None
    assert deadline.rule is Rule.EU_2011_83_13
    assert deadline.started_on == date(2026, 3, 20)
    assert deadline.due_on == date(2026, 4, 7)


def test_eu_shop_may_wait_for_the_goods_then_pays_at_once():
    notice = datetime(2026, 3, 2, 11)
    waiting = times(customer_country="FR", requested_at=notice, goods_received_at=None)
    assert d.statutory_deadline(waiting, POLICY) is None
    early = d.statutory_deadline(
        times(customer_country="FR", requested_at=notice, goods_received_at=datetime(2026, 3, 5)),
        POLICY,
    )
    assert early is not None and early.due_on == date(2026, 3, 16)
    late = d.statutory_deadline(
        times(customer_country="FR", requested_at=notice, goods_received_at=datetime(2026, 3, 25)),
        POLICY,
    )
    assert late is not None and late.due_on == date(2026, 3, 25)


def test_uk_follows_the_same_fourteen_days():
    refund = times(customer_country="GB", requested_at=datetime(2026, 6, 1), goods_return=False)
    deadline = d.statutory_deadline(refund, POLICY)
    assert deadline is not None and deadline.due_on == date(2026, 6, 15)


def test_us_seven_working_days_skip_thanksgiving():
    """Request on Friday 20 Nov 2026: 23, 24, 25, (26 Thanksgiving), 27, 30 Nov, 1, 2 Dec."""
    refund = times(
        customer_country="US", requested_at=datetime(2026, 11, 20, 16), payment_method="cash"
    )
    deadline = d.statutory_deadline(refund, POLICY)
    assert deadline is not None
    assert deadline.rule is Rule.US_435_CASH
    assert deadline.due_on == date(2026, 12, 2)


def test_us_card_payment_gets_one_billing_cycle():
    refund = times(
        customer_country="US", requested_at=datetime(2026, 11, 20, 16), payment_method="card"
    )
    deadline = d.statutory_deadline(refund, POLICY)
    assert deadline is not None
    assert deadline.rule is Rule.US_435_CREDIT
    assert deadline.due_on == date(2026, 12, 20)


@pytest.mark.parametrize(
    ("country", "choice", "expected"),
    [
        ("CN", StatutoryChoice.ORDER_COUNTRY, d.Jurisdiction.CN),
        ("HK", StatutoryChoice.ORDER_COUNTRY, d.Jurisdiction.NONE),
        ("de", StatutoryChoice.ORDER_COUNTRY, d.Jurisdiction.EU),
        ("NO", StatutoryChoice.ORDER_COUNTRY, d.Jurisdiction.EU),
        ("US", StatutoryChoice.ORDER_COUNTRY, d.Jurisdiction.US),
        ("JP", StatutoryChoice.ORDER_COUNTRY, d.Jurisdiction.NONE),
        ("JP", StatutoryChoice.CN, d.Jurisdiction.CN),
        ("CN", StatutoryChoice.NONE, d.Jurisdiction.NONE),
    ],
)
def test_jurisdiction_by_order_country_or_the_shops_choice(country, choice, expected):
    assert d.jurisdiction_of(country, choice) is expected


def test_no_law_no_statutory_deadline():
    assert d.statutory_deadline(times(customer_country="JP"), POLICY) is None
    none = DeadlinePolicy(statutory=StatutoryChoice.NONE)
    assert d.statutory_deadline(times(), none) is None


# --- the shop's own limits -----------------------------------------------------------------


def test_review_due_hours_after_the_request():
    refund = times(status=RefundStatus.REQUESTED, approved_at=None, goods_received_at=None)
    deadline = d.review_deadline(refund, POLICY)
    assert deadline is not None
    assert deadline.kind is DeadlineKind.REVIEW_DUE
    assert deadline.due_by == datetime(2026, 9, 22, 10, 0)
    assert deadline.due_on == date(2026, 9, 22)
    assert not deadline.is_late(datetime(2026, 9, 22, 9, 59))
    assert deadline.is_late(datetime(2026, 9, 22, 10, 0))
    assert d.review_deadline(refund, DeadlinePolicy(review_hours=None)) is None


def test_presale_wait_moves_the_review_deadline_to_the_suppliers_agreement():
    waiting = times(
        status=RefundStatus.REQUESTED,
        approved_at=None,
        goods_received_at=None,
        waits_for_supplier=True,
    )
    assert d.review_deadline(waiting, POLICY) is None
    agreed = times(
        status=RefundStatus.REQUESTED,
        approved_at=None,
        goods_received_at=None,
        waits_for_supplier=True,
        supplier_agreed_at=datetime(2026, 10, 9, 14, 0),
    )
    deadline = d.review_deadline(agreed, POLICY)
    assert deadline is not None and deadline.due_by == datetime(2026, 10, 11, 14, 0)


def test_payout_limit_counts_business_days_from_the_goods_return():
    """Approved 21 Sept, goods back Monday 28 Sept: 3 business days over National Day is
    29, 30 Sept and 8 Oct."""
    deadline = d.payout_deadline(times(), POLICY, "CN")
    assert deadline is not None
    assert deadline.started_on == date(2026, 9, 28)
    assert deadline.due_on == date(2026, 10, 8)
    calendar = DeadlinePolicy(payout_day_count=DayCount.CALENDAR)
    counted = d.payout_deadline(times(), calendar, "CN")
    assert counted is not None and counted.due_on == date(2026, 10, 1)


def test_payout_limit_waits_for_the_goods_only_when_the_policy_says_so():
    away = times(goods_received_at=None)
    assert d.payout_deadline(away, POLICY, "CN") is None
    no_wait = times(goods_received_at=None, goods_before_payout=False)
    deadline = d.payout_deadline(no_wait, POLICY, "CN")
    assert deadline is not None and deadline.started_on == date(2026, 9, 21)


def test_extension_moves_the_shops_limit_and_is_named_as_the_rule():
    extended = times(extensions={Step.PAYOUT: date(2026, 10, 20)})
    deadline = d.payout_deadline(extended, POLICY, "CN")
    assert deadline is not None
    assert deadline.rule is Rule.OWNER_EXTENSION and deadline.due_on == date(2026, 10, 20)
    earlier = times(extensions={Step.PAYOUT: date(2026, 10, 1)})
    kept = d.payout_deadline(earlier, POLICY, "CN")
    assert kept is not None and kept.rule is Rule.SHOP_PAYOUT


def test_extension_rules():
    own = d.payout_deadline(times(), POLICY, "CN")
    law = d.statutory_deadline(times(), POLICY)
    assert own is not None and law is not None
    today = date(2026, 10, 1)
    d.check_extension(own, date(2026, 10, 12), "customer asked for time", today)
    with pytest.raises(InvalidInput) as error:
        d.check_extension(law, date(2026, 10, 12), "customs", today)
    assert error.value.code == "statutory_not_extendable"
    with pytest.raises(InvalidInput) as error:
        d.check_extension(own, date(2026, 10, 12), "  ", today)
    assert error.value.code == "extension_reason_required"
    with pytest.raises(InvalidInput) as error:
        d.check_extension(own, own.due_on, "why", today)
    assert error.value.code == "extension_not_later"
    with pytest.raises(InvalidInput) as error:
        d.check_extension(own, today + timedelta(days=365), "why", today)
    assert error.value.code == "extension_too_far"


def test_open_deadlines_earliest_first_and_none_once_paid():
    found = d.open_deadlines(times(), POLICY, "CN")
    assert [x.kind for x in found] == [DeadlineKind.STATUTORY, DeadlineKind.PAYOUT_DUE]
    assert found[0].due_on == found[1].due_on == date(2026, 10, 8)
    paid = times(status=RefundStatus.PAID, paid_at=datetime(2026, 10, 2))
    assert d.open_deadlines(paid, POLICY, "CN") == []
    assert d.next_deadline(paid, POLICY, "CN") is None


def test_statutory_outcome_met_missed_open():
    law_day_end = datetime(2026, 10, 9)
    paid_in_time = times(status=RefundStatus.PAID, paid_at=datetime(2026, 10, 8, 23, 59))
    assert d.statutory_outcome(paid_in_time, POLICY, law_day_end)[1] is StatutoryOutcome.MET
    paid_late = times(status=RefundStatus.COMPLETED, paid_at=law_day_end)
    assert d.statutory_outcome(paid_late, POLICY, law_day_end)[1] is StatutoryOutcome.MISSED
    unpaid = times()
    assert d.statutory_outcome(unpaid, POLICY, datetime(2026, 10, 8, 12))[1] is (
        StatutoryOutcome.OPEN
    )
    assert d.statutory_outcome(unpaid, POLICY, law_day_end)[1] is StatutoryOutcome.MISSED
    rejected = times(status=RefundStatus.REJECTED)
    assert d.statutory_outcome(rejected, POLICY, law_day_end) is None


def test_due_soon_horizon():
    deadline = d.payout_deadline(times(), POLICY, "CN")
    assert deadline is not None
    assert not d.is_due_soon(deadline, datetime(2026, 10, 6, 12), POLICY)
    assert d.is_due_soon(deadline, datetime(2026, 10, 7, 12), POLICY)
    assert d.is_due_soon(deadline, datetime(2026, 10, 6, 12), DeadlinePolicy(due_soon_days=2))


@given(
    received=st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 12, 20)),
    country=st.sampled_from(["CN", "DE", "FR", "GB", "US"]),
)
def test_a_legal_last_day_is_a_working_day_never_before_the_plain_count(received, country):
    refund = times(
        customer_country=country,
        requested_at=datetime.combine(received, datetime.min.time()),
        goods_received_at=datetime.combine(received, datetime.min.time()),
        payment_method="cash",
    )
    deadline = d.statutory_deadline(refund, POLICY)
    assert deadline is not None
    plain = {"CN": 7, "US": 7}.get(country, 14)
    assert deadline.due_on >= received + timedelta(days=plain)
    assert d.roll_to_working_day(deadline.due_on, country) == deadline.due_on


def test_policy_keeps_and_checks_the_deadline_settings():
    policy = Policy.from_dict(
        {"review_hours": 24, "payout_days": 5, "payout_day_count": "calendar", "statutory": "eu"}
    )
    assert policy.deadlines() == DeadlinePolicy(24, 5, DayCount.CALENDAR, StatutoryChoice.EU, 1)
    assert Policy.from_dict(policy.to_dict()) == policy
    assert Policy.from_dict({"review_hours": None}).deadlines().review_hours is None
    for bad in (
        {"review_hours": 0},
        {"review_hours": 10_000},
        {"payout_days": -1},
        {"due_soon_days": None},
        {"statutory": "mars"},
        {"payout_day_count": "lunar"},
    ):
        with pytest.raises(InvalidInput):
            Policy.from_dict(bad)


def test_countdown_shows_the_laws_deadline_once_it_has_passed():
    refund = times(approved_at=datetime(2026, 9, 21), goods_received_at=datetime(2026, 9, 22))
    own = d.payout_deadline(refund, POLICY, "CN")
    law = d.statutory_deadline(refund, POLICY)
    assert own is not None and law is not None and own.due_on < law.due_on
    before = datetime(2026, 9, 24, 12)
    assert d.next_deadline(refund, POLICY, "CN", before) == own
    after = datetime(2026, 10, 9, 12)
    assert d.next_deadline(refund, POLICY, "CN", after) == law
