"""Generating the demo: the stories played in time order through the real services, the clock set
back to each moment, everything in one transaction on a new, empty database."""

from __future__ import annotations

import heapq
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from merchant_refunds.demo.catalogue import (
    DEMO_SHOP,
    DEMO_USERS,
    FX_TO_CNY,
    MAX_ORDERS,
    MIN_ORDERS,
    random_people,
)
from merchant_refunds.demo.stories import (
    OrderPlan,
    RefundPlan,
    build_order,
    fixed_scenarios,
    in_shop_hours,
    random_minutes,
    random_order,
)
from merchant_refunds.domain.calculation import FxRate, Selection
from merchant_refunds.domain.errors import InvalidInput, Refused
from merchant_refunds.domain.lifecycle import PayoutMethod, RefundStatus, Role
from merchant_refunds.domain.order import (
    OrderStatus,
)
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import (
    clock,
    fx_rates,
    orders,
    refund_decisions,
    refund_goods,
    refund_requests,
    sample_data,
    shop_settings,
    users,
)
from merchant_refunds.services.payouts import arrival, sending
from merchant_refunds.services.refund_requests import Destination, RefundRequest
from merchant_refunds.services.refund_views import RefundDetail
from merchant_refunds.services.users import Actor


@dataclass(frozen=True)
class DemoSummary:
    """What was generated, for the command line and the GUI to report."""

    seed: int
    orders: int
    refunds: int
    users: tuple[str, ...]
    first_day: date
    last_day: date
    orders_by_status: dict[str, int]
    refunds_by_status: dict[str, int]

    def to_dict(self) -> dict[str, Any]:
        return {
            "seed": self.seed,
            "orders": self.orders,
            "refunds": self.refunds,
            "users": list(self.users),
            "first_day": self.first_day.isoformat(),
            "last_day": self.last_day.isoformat(),
            "orders_by_status": self.orders_by_status,
            "refunds_by_status": self.refunds_by_status,
        }


# --- playing the story ------------------------------------------------------------------------


class _Clock:
    """The moment the simulation is at; the services read it through ``clock.set_clock``."""

    def __init__(self, start: datetime) -> None:
        self.moment = start

    def __call__(self) -> datetime:
        return self.moment


Story = Iterator[datetime]


#: Why the owner says no, as the customer will read it.
_REJECTIONS: dict[ReasonCode | None, str] = {
    ReasonCode.NO_REASON: "商品已拆封使用，影响二次销售，不符合七天无理由退货条件",
    None: "经核实商品无质量问题，照片显示为使用中的人为损坏",
}


class _Simulation:
    """Runs the stories in time order: a queue of (moment, story), the clock set to each
    moment before the story takes its next step. A step due after ``horizon`` never happens."""

    def __init__(
        self,
        rng: random.Random,
        horizon: datetime,
        cast: dict[str, Actor],
        sim_clock: _Clock,
        on_order: Callable[[], None],
    ) -> None:
        self.rng = rng
        self.horizon = horizon
        self.cast = cast
        self.clock = sim_clock
        self.on_order = on_order
        self._queue: list[tuple[datetime, int, Story]] = []
        self._seq = 0

    def start(self, story: Story) -> None:
        self._push(story)

    def _push(self, story: Story) -> None:
        try:
            moment = next(story)
        except StopIteration:
            return
        if moment >= self.horizon:
            story.close()
            return
        self._seq += 1
        heapq.heappush(self._queue, (moment, self._seq, story))

    def run(self) -> None:
        while self._queue:
            moment, _, story = heapq.heappop(self._queue)
            self.clock.moment = max(moment, self.clock.moment)
            self._push(story)

    # The stories: each yields the moment of its next step, then takes it.

    def order_story(self, plan: OrderPlan) -> Story:
        yield plan.placed_at + random_minutes(self.rng, 2, 40)
        orders.create_order(self.cast["amy"], build_order(self.rng, plan))
        self.on_order()
        for refund_plan in plan.refunds:
            yield from self.refund_story(plan, refund_plan)

    def _pause(self, low_minutes: int, high_minutes: int) -> datetime:
        return in_shop_hours(
            self.clock.moment + random_minutes(self.rng, low_minutes, high_minutes)
        )

    def refund_story(self, order: OrderPlan, plan: RefundPlan) -> Story:
        yield max(in_shop_hours(plan.start), self.clock.moment)
        detail = self._request(order, plan)
        boss, amy = self.cast["boss"], self.cast["amy"]
        no = detail.refund_no
        if plan.target is RefundStatus.REQUESTED:
            return
        if plan.target is RefundStatus.CANCELLED:
            yield self._pause(20, 600)
            who = amy if detail.requested_by == "amy" else boss
            refund_decisions.cancel(who, no, "顾客撤回申请")
            return
        yield self._pause(30, 8 * 60)
        if plan.target is RefundStatus.REJECTED:
            refund_decisions.reject(boss, no, _REJECTIONS.get(plan.reason, _REJECTIONS[None]))
            return
        if detail.second_approval_required and detail.requested_by == "boss":
            return  # waits for a second owner the demo shop does not have
        refund_decisions.approve(boss, no, "同意退款")
        if detail.signature_required:
            yield self._pause(60, 2 * 24 * 60)
            refund_goods.record_signature(amy, no)
        if plan.target is RefundStatus.APPROVED:
            return
        if detail.goods_return:
            yield self._pause(2 * 24 * 60, 4 * 24 * 60)
            refund_goods.record_goods_received(amy, no)
        yield from self._pay(detail, plan)

    def _pay(self, detail: RefundDetail, plan: RefundPlan) -> Story:
        boss, amy = self.cast["boss"], self.cast["amy"]
        parts = self._instalments(detail, plan.instalments)
        method = detail.destination_method
        for seq, amount in enumerate(parts, start=1):
            yield self._pause(30, 24 * 60 if seq > 1 else 6 * 60)
            reference = f"RF-{self.clock.moment:%Y%m%d}-{self.rng.randrange(10**6):06d}"
            sending.record_payout(boss, detail.refund_no, reference=reference, amount=amount)
            if plan.target is RefundStatus.PAID:
                return
            if method in (PayoutMethod.CASH.value, PayoutMethod.STORE_CREDIT.value):
                yield self.clock.moment + random_minutes(self.rng, 1, 5)
            else:
                yield self._pause(24 * 60, 3 * 24 * 60)
            arrival.confirm_received(amy, detail.refund_no, seq)

    def _instalments(self, detail: RefundDetail, count: int) -> list[int | None]:
        """Large refunds may be paid in parts of round amounts; the last part pays the rest."""
        if not detail.signature_required or count <= 1:
            return [None]
        unit = 10**detail.payout.exponent * 100
        parts: list[int | None] = []
        left = detail.payout.minor
        for _ in range(count - 1):
            part = max(unit, (left // 2) // unit * unit)
            if part >= left:
                break
            parts.append(part)
            left -= part
        return [*parts, None]

    def _request(self, order: OrderPlan, plan: RefundPlan) -> RefundDetail:
        if plan.lines is None:
            selection = Selection(everything_left=True)
        else:
            selection = Selection(dict(plan.lines), shipping=plan.shipping)
        fx = None
        if plan.fx_currency:
            rate = FX_TO_CNY[order.person.currency]
            fx = FxRate(order.person.currency, plan.fx_currency, rate, self.clock.moment.date())
        request = RefundRequest(
            order.order_no,
            selection,
            plan.reason,
            note=plan.note,
            goods_return=plan.goods_return,
            destination=plan.destination or Destination(),
            fx=fx,
            override_reason=plan.override,
        )
        requester = self.cast[plan.requester]
        # The owner cannot approve their own large request: the clerk takes those.
        if (
            requester.role is Role.OWNER
            and not plan.override
            and refund_requests.quote(request).quote.total.minor
            >= _second_threshold(order.person.currency)
        ):
            requester = self.cast["amy"]
        return refund_requests.request_refund(requester, request)


def _second_threshold(currency: str) -> int:
    policy = shop_settings.get_policy()
    return policy.threshold(policy.second_approval_threshold, currency)


def _assign_order_numbers(plans: list[OrderPlan]) -> None:
    """Numbers grow with time, like a shop system's: MR + date + sequence of the day."""
    per_day: dict[date, int] = {}
    for plan in plans:
        day = plan.placed_at.date()
        per_day[day] = per_day.get(day, 0) + 1
        plan.order_no = f"MR{day:%Y%m%d}{per_day[day]:04d}"


def _users() -> dict[str, Actor]:
    """The three demo users; ones that already exist (same name) are reused."""
    cast: dict[str, Actor] = {}
    owner = sample_data.an_owner_name()
    creator = users.get_actor(owner) if owner else None
    for name, role, pin, display in DEMO_USERS:
        existing = sample_data.user_role(name)
        if existing is not None:
            if existing != role.value:
                raise Refused(
                    "demo_user_conflict",
                    "User {name} exists with role {role}; the demo needs a fresh database",
                    name=name,
                    role=existing,
                )
            cast[name] = users.get_actor(name)
            continue
        cast[name] = users.create_user(creator, name, role.value, pin, display)
        creator = creator or cast[name]
    return cast


def generate_demo(
    *,
    orders: int = 300,
    seed: int = 7,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
    first_owner: Actor | None = None,
) -> DemoSummary:
    """Fill a new, empty database with a year of sample data ending ``today``.

    Refused on a database that already holds orders or users (see
    :func:`services.sample_data.require_new_database`): sample data must never mix with a shop's
    real records, and its owner boss/1234 must never be added to a real shop without anyone
    signing in. Everything is one transaction, so a failure leaves the database as it was.
    ``progress(done, total)`` is called as orders are created, for a progress bar.
    """
    if isinstance(orders, bool) or not isinstance(orders, int):
        raise TypeError("orders must be an int")
    if not MIN_ORDERS <= orders <= MAX_ORDERS:
        raise InvalidInput(
            "demo_size",
            "The demo makes {low} to {high} orders, not {n}",
            low=MIN_ORDERS,
            high=MAX_ORDERS,
            n=orders,
        )
    sample_data.require_new_database(first_owner)
    day = today or clock.today()
    horizon = datetime.combine(day, time(8, 0))
    first = horizon - timedelta(days=366)
    rng = random.Random(seed)
    saved_clock = clock.get_clock()  # a test's fixed clock comes back afterwards
    sim_clock = _Clock(first)
    clock.set_clock(sim_clock)
    try:
        cast = _users()
        with sample_data.one_transaction():
            _fill(rng, orders, horizon, cast, sim_clock, progress)
    finally:
        clock.set_clock(saved_clock)
    return _summary(seed, tuple(cast), first.date(), day)


def _weekly_rates(accountant: Actor, horizon: datetime) -> None:
    """The accountant's rates for the foreign currencies, one a week over the year (a week's
    rate covers the days after it), so the journal books foreign refunds in yuan."""
    first = (horizon - timedelta(days=380)).date()
    days = [first + timedelta(weeks=n) for n in range(56)]
    fx_rates.set_day_rates(
        accountant, [(ccy, day, str(rate)) for ccy, rate in FX_TO_CNY.items() for day in days]
    )


def _fill(
    rng: random.Random,
    count: int,
    horizon: datetime,
    cast: dict[str, Actor],
    sim_clock: _Clock,
    progress: Callable[[int, int], None] | None,
) -> None:
    shop_settings.set_shop(cast["boss"], DEMO_SHOP)
    shop_settings.set_policy(cast["boss"], {"return_shipping_deduction": {"CNY": 800}})
    _weekly_rates(cast["kim"], horizon)
    people = random_people(rng, max(40, count // 3))
    plans = fixed_scenarios(rng, people, horizon)
    plans += [random_order(rng, people, horizon) for _ in range(count - len(plans))]
    plans.sort(key=lambda p: p.placed_at)
    _assign_order_numbers(plans)
    done = 0

    def created() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, count)

    sim = _Simulation(rng, horizon, cast, sim_clock, created)
    for plan in plans:
        sim.start(sim.order_story(plan))
    sim.run()


def _summary(seed: int, names: tuple[str, ...], first: date, last: date) -> DemoSummary:
    order_counts, refund_counts = sample_data.status_counts()
    return DemoSummary(
        seed=seed,
        orders=sum(order_counts.values()),
        refunds=sum(refund_counts.values()),
        users=names,
        first_day=first,
        last_day=last,
        orders_by_status={s.value: order_counts.get(s.value, 0) for s in OrderStatus},
        refunds_by_status={s.value: refund_counts.get(s.value, 0) for s in RefundStatus},
    )
