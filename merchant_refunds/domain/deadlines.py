"""When each step of a refund is due: the shop's own limits and the law's.

A refund waits on the shop twice: for review after the request, and for payment after approval.
The owner sets a limit for each (hours for the review, calendar or business days for the
payment). The law sets a harder one for the payment, by the jurisdiction of the order:

- China (Consumer Rights Protection Law, Art. 25): the price is refunded within 7 days of the shop
  receiving the returned goods. Days are calendar days; by the Civil Code (Art. 201, 203) counting
  starts the day after, and a period whose last day is a rest day or public holiday ends on the
  next working day (make-up working days count as working days).
- EU and UK (Directive 2011/83/EU Art. 13, UK Consumer Contracts Regulations 2013 reg. 34):
  within 14 days of the customer's notice of withdrawal; where goods come back, the shop may
  withhold the refund until it has them (or proof they were sent), and then owes it at once. A
  period ending on a public holiday, Saturday or Sunday ends on the next working day
  (Regulation 1182/71 Art. 3(4)).
- US (16 CFR 435.1(d), "prompt refund"): within 7 working days for cash, cheque or transfer;
  within one billing cycle (counted as 30 calendar days) when the order was paid by card.

Everything is computed from the refund's dates; nothing here is stored, so a change of the
shop's limits applies to every open refund at once. An owner's extension moves the shop's own
limit of a step, never the law's. A pre-sale refund waiting for the supplier has no review
deadline until the supplier agrees; the review limit then counts from the agreement.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from functools import lru_cache
from types import MappingProxyType
from typing import NamedTuple

from merchant_refunds.domain.business_days import add_business_days, is_business_day
from merchant_refunds.domain.errors import N_, InvalidInput
from merchant_refunds.domain.lifecycle import RefundStatus


class Step(StrEnum):
    """A step the shop must take, each with its own limit."""

    REVIEW = "review"
    PAYOUT = "payout"


class DeadlineKind(StrEnum):
    REVIEW_DUE = "review_due"
    PAYOUT_DUE = "payout_due"
    STATUTORY = "statutory_deadline"


class Jurisdiction(StrEnum):
    CN = "cn"
    EU = "eu"
    US = "us"
    NONE = "none"


class StatutoryChoice(StrEnum):
    """How the shop picks the law for a refund: by the order's country, or one for all."""

    ORDER_COUNTRY = "order_country"
    CN = "cn"
    EU = "eu"
    US = "us"
    NONE = "none"


class DayCount(StrEnum):
    CALENDAR = "calendar"
    BUSINESS = "business"


class Rule(StrEnum):
    """What set a due date; each has a sentence for people in the interface."""

    SHOP_REVIEW = "shop_review"
    SHOP_PAYOUT = "shop_payout"
    OWNER_EXTENSION = "owner_extension"
    CN_CRPL_25 = "cn_crpl_art25"
    EU_2011_83_13 = "eu_2011_83_art13"
    US_435_CASH = "us_16cfr435_cash"
    US_435_CREDIT = "us_16cfr435_credit"


#: The statutory rules, for telling them apart from the shop's own.
STATUTORY_RULES = frozenset(
    {Rule.CN_CRPL_25, Rule.EU_2011_83_13, Rule.US_435_CASH, Rule.US_435_CREDIT}
)

#: EU member states, the other EEA states and the UK: the 14-day rule.
EU_RULE_COUNTRIES = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "HU",
        "IE",
        "IT",
        "LV",
        "LT",
        "LU",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SK",
        "SI",
        "ES",
        "SE",
        "IS",
        "LI",
        "NO",
        "GB",
    ]
)
#: Payment by card is a credit sale under 16 CFR 435: one billing cycle.
US_CREDIT_METHODS = frozenset({"card"})
CN_DAYS = 7
EU_DAYS = 14
US_CASH_WORKING_DAYS = 7
US_BILLING_CYCLE_DAYS = 30
#: Limits an owner may set, so a typo cannot put a deadline years away.
MAX_REVIEW_HOURS = 24 * 90
MAX_PAYOUT_DAYS = 90
MAX_SOON_DAYS = 30


@dataclass(frozen=True)
class DeadlinePolicy:
    """The owner's settings for due dates (part of the refund policy). ``None``: no limit."""

    review_hours: int | None = 48
    payout_days: int | None = 3
    payout_day_count: DayCount = DayCount.BUSINESS
    statutory: StatutoryChoice = StatutoryChoice.ORDER_COUNTRY
    due_soon_days: int = 1


class RefundTimes(NamedTuple):
    """The dates of one refund that its deadlines are counted from. A named tuple: the
    follow-up list builds one for each of tens of thousands of open refunds."""

    status: RefundStatus
    requested_at: datetime
    customer_country: str
    payment_method: str
    goods_return: bool = False
    goods_received_at: datetime | None = None
    approved_at: datetime | None = None
    paid_at: datetime | None = None
    waits_for_supplier: bool = False
    supplier_agreed_at: datetime | None = None
    #: The newest owner's extension of each step: the new last day (None: none).
    extensions: Mapping[Step, date] | None = None
    #: The payout needs the returned goods first (the policy's "goods before payout").
    goods_before_payout: bool = True


class Deadline(NamedTuple):
    """The last day of a step. ``due_by`` is the first moment it is late (for hour limits the
    exact moment; for day limits the midnight after ``due_on``)."""

    kind: DeadlineKind
    rule: Rule
    started_on: date
    due_on: date
    due_by: datetime
    days: int = 0
    hours: int = 0

    @property
    def statutory(self) -> bool:
        return self.kind is DeadlineKind.STATUTORY

    def is_late(self, now: datetime) -> bool:
        return now >= self.due_by

    def days_late(self, today: date) -> int:
        """Whole days past the last day (0 while still in time)."""
        return max(0, (today - self.due_on).days)

    def days_left(self, today: date) -> int:
        """Days until the last day (0 on the last day, negative once late)."""
        return (self.due_on - today).days


@lru_cache(maxsize=512)
def jurisdiction_of(country: str, choice: StatutoryChoice) -> Jurisdiction:
    """The law a refund falls under: the shop's fixed choice, or the order's country."""
    if choice is not StatutoryChoice.ORDER_COUNTRY:
        return Jurisdiction(choice.value)
    code = (country or "").upper()
    if code == "CN":
        return Jurisdiction.CN
    if code in EU_RULE_COUNTRIES:
        return Jurisdiction.EU
    if code == "US":
        return Jurisdiction.US
    return Jurisdiction.NONE


@lru_cache(maxsize=4096)
def _working_day(day: date, country: str) -> bool:
    try:
        return is_business_day(day, country)
    except InvalidInput:
        return day.weekday() < 5


@lru_cache(maxsize=8192)
def roll_to_working_day(day: date, country: str) -> date:
    """``day`` itself when it is a working day in ``country``, else the next working day (a
    country without a calendar: the next weekday)."""
    for _ in range(60):
        if _working_day(day, country):
            return day
        day += timedelta(days=1)
    return day  # pragma: no cover - a calendar with two months of holidays


@lru_cache(maxsize=8192)
def _business_days_after(start: date, days: int, country: str) -> date:
    try:
        return add_business_days(start, days, country)
    except InvalidInput:
        day, left = start, days
        while left:
            day += timedelta(days=1)
            if day.weekday() < 5:
                left -= 1
        return day


def _end_of(day: date) -> datetime:
    return datetime.combine(day + timedelta(days=1), time())


def _day_deadline(kind: DeadlineKind, rule: Rule, start: date, due: date, days: int) -> Deadline:
    return Deadline(kind, rule, start, due, _end_of(due), days=days)


def statutory_deadline(times: RefundTimes, policy: DeadlinePolicy) -> Deadline | None:
    """The law's last day for paying this refund, or None: no rule applies, or its clock has not
    started (the goods are not back where the law lets the shop wait for them)."""
    received = times.goods_received_at
    law = jurisdiction_of(times.customer_country, policy.statutory)
    if law is Jurisdiction.NONE or (law is Jurisdiction.CN and received is None):
        return None  # China's 7 days count from the goods' return only
    return _statutory(
        law,
        times.customer_country.upper(),
        times.payment_method in US_CREDIT_METHODS,
        times.requested_at.date(),
        times.goods_return,
        received.date() if received else None,
    )


@lru_cache(maxsize=65536)
def _statutory(
    law: Jurisdiction,
    country: str,
    credit: bool,
    requested: date,
    goods_return: bool,
    received: date | None,
) -> Deadline | None:
    """The law's deadline from a refund's dates alone; cached, as many refunds share them."""
    if law is Jurisdiction.CN:
        if not goods_return or received is None:
            return None
        due = roll_to_working_day(received + timedelta(days=CN_DAYS), "CN")
        return _day_deadline(DeadlineKind.STATUTORY, Rule.CN_CRPL_25, received, due, CN_DAYS)
    if law is Jurisdiction.EU:
        calendar = country if country in EU_RULE_COUNTRIES else "DE"
        due = roll_to_working_day(requested + timedelta(days=EU_DAYS), calendar)
        if goods_return:
            if received is None:
                return None
            due = max(due, received)
        return _day_deadline(DeadlineKind.STATUTORY, Rule.EU_2011_83_13, requested, due, EU_DAYS)
    if law is Jurisdiction.US:
        if credit:
            due = requested + timedelta(days=US_BILLING_CYCLE_DAYS)
            return _day_deadline(
                DeadlineKind.STATUTORY, Rule.US_435_CREDIT, requested, due, US_BILLING_CYCLE_DAYS
            )
        due = _business_days_after(requested, US_CASH_WORKING_DAYS, "US")
        return _day_deadline(
            DeadlineKind.STATUTORY, Rule.US_435_CASH, requested, due, US_CASH_WORKING_DAYS
        )
    return None


def _extended(step: Step, times: RefundTimes, own: Deadline) -> Deadline:
    until = times.extensions.get(step) if times.extensions else None
    if until is None or until <= own.due_on:
        return own
    return Deadline(own.kind, Rule.OWNER_EXTENSION, own.started_on, until, _end_of(until))


def review_deadline(times: RefundTimes, policy: DeadlinePolicy) -> Deadline | None:
    """The shop's limit for deciding a request; none while a pre-sale refund waits for the
    supplier, counted from the supplier's agreement once there is one."""
    if times.status is not RefundStatus.REQUESTED or policy.review_hours is None:
        return None
    if times.waits_for_supplier:
        if times.supplier_agreed_at is None:
            return None
        start = times.supplier_agreed_at
    else:
        start = times.requested_at
    due_by = start + _hours(policy.review_hours)
    # The last second still in time is the one before due_by.
    own = Deadline(
        DeadlineKind.REVIEW_DUE,
        Rule.SHOP_REVIEW,
        start.date(),
        (due_by - _ONE_SECOND).date(),
        due_by,
        0,
        policy.review_hours,
    )
    return _extended(Step.REVIEW, times, own) if times.extensions else own


_ONE_SECOND = timedelta(seconds=1)


@lru_cache(maxsize=16)
def _hours(hours: int) -> timedelta:
    return timedelta(hours=hours)


def payout_deadline(
    times: RefundTimes, policy: DeadlinePolicy, shop_country: str
) -> Deadline | None:
    """The shop's own limit from approval to payment; when the goods must come back first, from
    the day they arrive (and none while they have not)."""
    if times.status is not RefundStatus.APPROVED or policy.payout_days is None:
        return None
    if times.approved_at is None:
        return None
    start = times.approved_at.date()
    if times.goods_return and times.goods_before_payout:
        if times.goods_received_at is None:
            return None
        start = max(start, times.goods_received_at.date())
    own = _payout(start, policy.payout_days, policy.payout_day_count, shop_country)
    return _extended(Step.PAYOUT, times, own)


@lru_cache(maxsize=8192)
def _payout(start: date, days: int, count: DayCount, country: str) -> Deadline:
    if count is DayCount.BUSINESS:
        due = _business_days_after(start, days, country)
    else:
        due = start + timedelta(days=days)
    return _day_deadline(DeadlineKind.PAYOUT_DUE, Rule.SHOP_PAYOUT, start, due, days)


def open_deadlines(times: RefundTimes, policy: DeadlinePolicy, shop_country: str) -> list[Deadline]:
    """The deadlines still to be met by an open refund, earliest first (the law's first on a
    tie). A refund already paid, or closed, has none."""
    status = times.status
    if status is RefundStatus.REQUESTED:
        own = review_deadline(times, policy)
    elif status is RefundStatus.APPROVED:
        own = payout_deadline(times, policy, shop_country)
    else:
        return []
    law = statutory_deadline(times, policy)
    if own is None:
        return [] if law is None else [law]
    if law is None:
        return [own]
    # Earliest first; the law's first on a tie.
    return [own, law] if own.due_by < law.due_by else [law, own]


def next_deadline(
    times: RefundTimes, policy: DeadlinePolicy, shop_country: str, now: datetime | None = None
) -> Deadline | None:
    """What an open refund's countdown shows: the earliest deadline, except that the law's,
    once passed (at ``now``), comes before a shop's own limit that passed earlier."""
    found = open_deadlines(times, policy, shop_country)
    if not found:
        return None
    law = next((d for d in found if d.statutory), None)
    if law is not None and now is not None and law.is_late(now):
        return law
    return found[0]


def due_soon_horizon(now: datetime, policy: DeadlinePolicy) -> datetime:
    """A deadline whose ``due_by`` is at or before this is late or due soon: its last day is
    today or within the owner's warning days (0: due today)."""
    return datetime.combine(now.date(), time()) + timedelta(days=policy.due_soon_days + 1)


#: The shortest any law here gives (CN 7 days, US 7 working days, EU 14 days), counted from the
#: request at the earliest.
SHORTEST_STATUTORY_DAYS = 7


class Cutoffs(NamedTuple):
    """Which open refunds can have a deadline due by a horizon, from their own dates alone, so
    the database leaves the others out. Each is the latest start that can still be due; None:
    no rule of that kind applies. Conservative: an extension or a later start only moves a
    deadline later."""

    review_requested: datetime | None
    payout_approved: datetime | None
    statutory_requested: datetime | None


def cutoffs(horizon: datetime, policy: DeadlinePolicy) -> Cutoffs:
    review = None
    if policy.review_hours is not None:
        review = horizon - timedelta(hours=policy.review_hours)
    payout = None
    if policy.payout_days is not None:
        payout = horizon - timedelta(days=policy.payout_days)
    statutory = None
    if policy.statutory is not StatutoryChoice.NONE:
        statutory = horizon - timedelta(days=SHORTEST_STATUTORY_DAYS)
    return Cutoffs(review, payout, statutory)


def is_due_soon(deadline: Deadline, now: datetime, policy: DeadlinePolicy) -> bool:
    """Late, or due within the owner's warning horizon."""
    return deadline.due_by <= due_soon_horizon(now, policy)


class StatutoryOutcome(StrEnum):
    MET = "met"
    MISSED = "missed"
    OPEN = "open"


def statutory_outcome(
    times: RefundTimes, policy: DeadlinePolicy, now: datetime
) -> tuple[Deadline, StatutoryOutcome] | None:
    """Whether the law's limit was kept: paid by the last day (met), paid later or still unpaid
    after it (missed), or unpaid and still in time (open). None where no limit applies."""
    if times.status in (RefundStatus.REJECTED, RefundStatus.CANCELLED):
        return None
    deadline = statutory_deadline(times, policy)
    if deadline is None:
        return None
    if times.paid_at is not None:
        outcome = (
            StatutoryOutcome.MET if times.paid_at < deadline.due_by else StatutoryOutcome.MISSED
        )
        return deadline, outcome
    if deadline.is_late(now):
        return deadline, StatutoryOutcome.MISSED
    return deadline, StatutoryOutcome.OPEN


_RULE_TEMPLATES: dict[Rule, str] = {
    Rule.SHOP_REVIEW: N_("Shop's limit: decide within {hours} hours of the request"),
    Rule.OWNER_EXTENSION: N_("Extended by the owner"),
    Rule.CN_CRPL_25: N_(
        "Law (China, Consumer Rights Protection Law Art. 25): refund within 7 days of receiving "
        "the returned goods"
    ),
    Rule.EU_2011_83_13: N_(
        "Law (EU Directive 2011/83 Art. 13, UK): refund within 14 days of the withdrawal notice"
    ),
    Rule.US_435_CASH: N_("Law (US, 16 CFR 435): refund within 7 working days"),
    Rule.US_435_CREDIT: N_("Law (US, 16 CFR 435): credit the card within one billing cycle"),
}
_PAYOUT_TEMPLATES = {
    DayCount.BUSINESS: N_(
        "Shop's limit: pay within {days} business days of approval or the goods' return"
    ),
    DayCount.CALENDAR: N_("Shop's limit: pay within {days} days of approval or the goods' return"),
}


def rule_text(deadline: Deadline, policy: DeadlinePolicy) -> tuple[str, Mapping[str, int]]:
    """The English sentence (a template for translation) and its values: why this due date."""
    return _rule_text(deadline.rule, policy.payout_day_count, deadline.days, deadline.hours)


@lru_cache(maxsize=256)
def _rule_text(rule: Rule, count: DayCount, days: int, hours: int) -> tuple[str, Mapping[str, int]]:
    # The values are shared between calls: a read-only mapping, so no caller can change them.
    if rule is Rule.SHOP_PAYOUT:
        return _PAYOUT_TEMPLATES[count], MappingProxyType({"days": days})
    return _RULE_TEMPLATES[rule], MappingProxyType({"hours": hours, "days": days})


def check_extension(current: Deadline, until: date, reason: str, today: date) -> None:
    """An owner's extension must move the shop's own limit later, say why, and stay sensible."""
    if current.statutory:
        raise InvalidInput(
            "statutory_not_extendable",
            "A deadline set by law cannot be extended by the shop",
        )
    if not reason.strip():
        raise InvalidInput("extension_reason_required", "Say why the deadline is extended")
    if until <= current.due_on:
        raise InvalidInput(
            "extension_not_later",
            "The new last day must be after the current one ({due_on})",
            due_on=current.due_on.isoformat(),
        )
    if until > today + timedelta(days=MAX_PAYOUT_DAYS):
        raise InvalidInput(
            "extension_too_far",
            "A deadline can be extended by at most {days} days from today",
            days=MAX_PAYOUT_DAYS,
        )
