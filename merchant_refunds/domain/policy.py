"""The shop's refund policy and the review that turns it into findings.

Pure data and pure functions: the services load the policy from settings and pass it in.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from merchant_refunds.domain.deadlines import (
    MAX_PAYOUT_DAYS,
    MAX_REVIEW_HOURS,
    MAX_SOON_DAYS,
    DayCount,
    DeadlinePolicy,
    StatutoryChoice,
)
from merchant_refunds.domain.errors import InvalidInput, PermissionDenied
from merchant_refunds.domain.lifecycle import Role
from merchant_refunds.domain.money import CURRENCY_EXPONENTS, check_currency
from merchant_refunds.domain.order import DEFAULT_EXCLUDED_CATEGORIES, Order, OrderStatus


class ReasonCode(StrEnum):
    QUALITY_PROBLEM = "quality_problem"
    WRONG_ITEM = "wrong_item"
    NOT_AS_DESCRIBED = "not_as_described"
    NO_REASON = "no_reason"
    DAMAGED_IN_TRANSIT = "damaged_in_transit"
    LATE_DELIVERY = "late_delivery"
    DUPLICATE_PAYMENT = "duplicate_payment"
    PRICE_ADJUSTMENT = "price_adjustment"
    COMPENSATION = "compensation"
    GOODWILL = "goodwill"
    OTHER = "other"


#: Reasons where the shop is at fault: shipping comes back and the customer pays no deductions.
MERCHANT_FAULT_REASONS = frozenset(
    {
        ReasonCode.QUALITY_PROBLEM,
        ReasonCode.WRONG_ITEM,
        ReasonCode.NOT_AS_DESCRIBED,
        ReasonCode.DAMAGED_IN_TRANSIT,
        ReasonCode.LATE_DELIVERY,
        ReasonCode.DUPLICATE_PAYMENT,
    }
)


#: Reasons that pay back an amount, never whole units: a price difference (价保), compensation
#: for a defect the customer keeps (仅退款), goodwill.
AMOUNT_ONLY_REASONS = frozenset(
    {ReasonCode.PRICE_ADJUSTMENT, ReasonCode.COMPENSATION, ReasonCode.GOODWILL}
)
#: Reasons a refund by amount may not give: a 7-day no-reason return sends the goods back.
UNITS_ONLY_REASONS = frozenset({ReasonCode.NO_REASON})


class ShippingRule(StrEnum):
    ALWAYS = "always"
    WHEN_ORDER_EMPTIED = "when_order_emptied"
    MERCHANT_FAULT_ONLY = "merchant_fault_only"
    NEVER = "never"


class FeeBearer(StrEnum):
    MERCHANT = "merchant"
    CUSTOMER = "customer"


class SecondApprover(StrEnum):
    """Who may be the second person on a refund at or above the second-approval threshold that
    an owner requested himself (a clerk's request is approved by any owner)."""

    #: Another owner; in a shop with one active owner, that owner after re-entering his PIN,
    #: recorded as a single-owner self-approval. Never leaves a refund nobody can approve.
    OWNER_OR_SELF = "owner_or_self"
    #: Another owner only (the strict two-person rule; needs two active owners).
    ANOTHER_OWNER = "another_owner"
    #: Another owner or the accountant.
    OWNER_OR_ACCOUNTANT = "owner_or_accountant"


class ApprovalRoute(StrEnum):
    """How an approval satisfied the rules, as recorded with it."""

    #: Below the threshold, or a clerk's request approved by an owner.
    ORDINARY = "ordinary"
    SECOND_OWNER = "second_owner"
    ACCOUNTANT = "accountant"
    #: The shop's only owner approving his own request after re-entering his PIN.
    SELF_APPROVAL = "self_approval"


SELF_APPROVAL_FINDING = "single_owner_self_approval"


class Severity(StrEnum):
    BLOCK = "block"
    WARN = "warn"


def parse_reason(value: str) -> ReasonCode:
    try:
        return ReasonCode(value)
    except ValueError:
        raise InvalidInput(
            "unknown_reason",
            "Unknown refund reason: {reason} (one of: {choices})",
            reason=value,
            choices=", ".join(r.value for r in ReasonCode),
        ) from None


def _default_windows() -> dict[str, int | None]:
    return {
        ReasonCode.NO_REASON.value: 7,
        ReasonCode.QUALITY_PROBLEM.value: 15,
        ReasonCode.WRONG_ITEM.value: 15,
        ReasonCode.NOT_AS_DESCRIBED.value: 15,
        ReasonCode.DAMAGED_IN_TRANSIT.value: 15,
        ReasonCode.LATE_DELIVERY.value: 30,
        ReasonCode.DUPLICATE_PAYMENT.value: None,
        ReasonCode.PRICE_ADJUSTMENT.value: 30,
        ReasonCode.COMPENSATION.value: 15,
        ReasonCode.GOODWILL.value: None,
        ReasonCode.OTHER.value: 15,
    }


def _thresholds(major: dict[str, int]) -> dict[str, int]:
    return {c: v * 10 ** CURRENCY_EXPONENTS[c] for c, v in major.items()}


def _default_second_approval() -> dict[str, int]:
    return _thresholds(
        {
            "CNY": 500,
            "HKD": 500,
            "TWD": 2000,
            "USD": 80,
            "EUR": 70,
            "GBP": 60,
            "JPY": 10000,
            "KRW": 100000,
            "KWD": 25,
            "SGD": 100,
            "AUD": 120,
            "CAD": 110,
        }
    )


def _default_large() -> dict[str, int]:
    return _thresholds(
        {
            "CNY": 2000,
            "HKD": 2000,
            "TWD": 9000,
            "USD": 300,
            "EUR": 280,
            "GBP": 240,
            "JPY": 45000,
            "KRW": 400000,
            "KWD": 90,
            "SGD": 400,
            "AUD": 450,
            "CAD": 400,
        }
    )


def _default_postage_max() -> dict[str, int]:
    return _thresholds({"CNY": 30, "HKD": 50, "USD": 15, "EUR": 15, "GBP": 12, "JPY": 1500})


@dataclass(frozen=True)
class Policy:
    """Everything the owner sets about refunds. Amounts are minor units keyed by currency."""

    windows_days: Mapping[str, int | None] = field(default_factory=_default_windows)
    shipping_rule: ShippingRule = ShippingRule.MERCHANT_FAULT_ONLY
    restocking_fee_bp: int = 0
    return_shipping_deduction: Mapping[str, int] = field(default_factory=dict)
    excluded_categories: frozenset[str] = DEFAULT_EXCLUDED_CATEGORIES
    second_approval_threshold: Mapping[str, int] = field(default_factory=_default_second_approval)
    large_refund_threshold: Mapping[str, int] = field(default_factory=_default_large)
    instalments_allowed: bool = True
    max_instalments: int = 6
    cross_border_fee_bp: int = 0
    cross_border_fee_bearer: FeeBearer = FeeBearer.MERCHANT
    require_goods_before_payout: bool = True
    #: Hours the shop gives itself to decide a request (None: no limit).
    review_hours: int | None = 48
    #: Days from approval (or the goods' return) to payment (None: no limit).
    payout_days: int | None = 3
    payout_day_count: DayCount = DayCount.BUSINESS
    #: Which law's refund deadline applies: by the order's country, one for all, or none.
    statutory: StatutoryChoice = StatutoryChoice.ORDER_COUNTRY
    #: How many days ahead a deadline counts as "due soon" in the follow-up list.
    due_soon_days: int = 1
    #: Who may be the second person of the two-person rule (see ``approval_route``).
    second_approver: SecondApprover = SecondApprover.OWNER_OR_SELF
    #: The most of the customer's return postage paid back per refund (a currency without an
    #: entry: none), and the most deducted from a returned unit for diminished value (basis
    #: points of the unit's value).
    return_postage_max: Mapping[str, int] = field(default_factory=_default_postage_max)
    deduction_max_bp: int = 5000

    def deadlines(self) -> DeadlinePolicy:
        return DeadlinePolicy(
            self.review_hours,
            self.payout_days,
            self.payout_day_count,
            self.statutory,
            self.due_soon_days,
        )

    def window_for(self, reason: ReasonCode) -> int | None:
        return self.windows_days.get(reason.value, self.windows_days.get("other"))

    def threshold(self, table: Mapping[str, int], currency: str) -> int:
        """A currency without a configured threshold is treated as 0: always the stricter path."""
        return table.get(currency, 0)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["excluded_categories"] = sorted(self.excluded_categories)
        data["shipping_rule"] = self.shipping_rule.value
        data["cross_border_fee_bearer"] = self.cross_border_fee_bearer.value
        data["payout_day_count"] = self.payout_day_count.value
        data["statutory"] = self.statutory.value
        data["second_approver"] = self.second_approver.value
        data["windows_days"] = dict(self.windows_days)
        data["return_shipping_deduction"] = dict(self.return_shipping_deduction)
        data["second_approval_threshold"] = dict(self.second_approval_threshold)
        data["large_refund_threshold"] = dict(self.large_refund_threshold)
        data["return_postage_max"] = dict(self.return_postage_max)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Policy:
        """Build a policy from stored or typed settings, checking every value."""
        base = cls()
        known = set(base.to_dict())
        unknown = set(data) - known
        if unknown:
            raise InvalidInput(
                "unknown_policy_field", "Unknown policy setting: {name}", name=sorted(unknown)[0]
            )
        merged = {**base.to_dict(), **data}

        def non_negative_int(name: str, value: Any) -> int:
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise InvalidInput(
                    "invalid_policy",
                    "Policy setting {name} must be a whole number >= 0",
                    name=name,
                )
            return value

        windows: dict[str, int | None] = {}
        for key, value in dict(merged["windows_days"]).items():
            reason = parse_reason(key)
            windows[reason.value] = None if value is None else non_negative_int(key, value)

        def money_table(name: str) -> dict[str, int]:
            return {
                check_currency(c): non_negative_int(name, v) for c, v in dict(merged[name]).items()
            }

        def limit(name: str, most: int, optional: bool) -> int | None:
            value = merged[name]
            if value is None and optional:
                return None
            value = non_negative_int(name, value)
            if value > most:
                raise InvalidInput(
                    "invalid_policy",
                    "Policy setting {name} cannot be more than {most}",
                    name=name,
                    most=most,
                )
            return value

        review_hours = limit("review_hours", MAX_REVIEW_HOURS, optional=True)
        if review_hours == 0:
            raise InvalidInput(
                "invalid_policy", "Policy setting {name} must be at least 1", name="review_hours"
            )
        payout_days = limit("payout_days", MAX_PAYOUT_DAYS, optional=True)
        due_soon_days = limit("due_soon_days", MAX_SOON_DAYS, optional=False)
        try:
            shipping_rule = ShippingRule(merged["shipping_rule"])
            bearer = FeeBearer(merged["cross_border_fee_bearer"])
            day_count = DayCount(merged["payout_day_count"])
            statutory = StatutoryChoice(merged["statutory"])
            second_approver = SecondApprover(merged["second_approver"])
        except ValueError as exc:
            raise InvalidInput(
                "invalid_policy", "Invalid policy value: {value}", value=exc
            ) from None
        bp_restock = non_negative_int("restocking_fee_bp", merged["restocking_fee_bp"])
        bp_cross = non_negative_int("cross_border_fee_bp", merged["cross_border_fee_bp"])
        bp_deduction = non_negative_int("deduction_max_bp", merged["deduction_max_bp"])
        if bp_restock > 10000 or bp_cross > 10000 or bp_deduction > 10000:
            raise InvalidInput("invalid_policy", "A fee cannot be more than 100%")
        return cls(
            windows_days=windows,
            shipping_rule=shipping_rule,
            restocking_fee_bp=bp_restock,
            return_shipping_deduction=money_table("return_shipping_deduction"),
            excluded_categories=frozenset(str(c) for c in merged["excluded_categories"]),
            second_approval_threshold=money_table("second_approval_threshold"),
            large_refund_threshold=money_table("large_refund_threshold"),
            instalments_allowed=bool(merged["instalments_allowed"]),
            max_instalments=max(1, non_negative_int("max_instalments", merged["max_instalments"])),
            cross_border_fee_bp=bp_cross,
            cross_border_fee_bearer=bearer,
            require_goods_before_payout=bool(merged["require_goods_before_payout"]),
            review_hours=review_hours,
            payout_days=payout_days,
            payout_day_count=day_count,
            statutory=statutory,
            due_soon_days=due_soon_days or 0,
            second_approver=second_approver,
            return_postage_max=money_table("return_postage_max"),
            deduction_max_bp=bp_deduction,
        )


@dataclass(frozen=True)
class Finding:
    """One result of the review. ``template`` is English source text for translation."""

    code: str
    severity: Severity
    template: str
    params: Mapping[str, Any] = field(default_factory=dict)
    overridable: bool = True

    @property
    def message(self) -> str:
        return self.template.format(**self.params)

    @property
    def blocks(self) -> bool:
        return self.severity is Severity.BLOCK

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "severity": self.severity.value,
            "template": self.template,
            "params": {k: str(v) for k, v in self.params.items()},
            "message": self.message,
            "overridable": self.overridable,
        }


def window_deadline(delivered_on: date, days: int) -> date:
    """Last day a request is in time: counted from the day after delivery."""
    return delivered_on + timedelta(days=days)


@dataclass(frozen=True)
class ReviewContext:
    """What the review needs beyond the order and quote: who asks, when, and where money goes."""

    reason: ReasonCode
    requested_on: date
    selected_lines: Sequence[int]
    refund_total: int
    destination_differs: bool = False
    shipping_requested: bool = False
    shipping_granted: bool = True
    open_overlap_lines: Sequence[int] = ()
    supplier_confirmed: bool = False


def review(order: Order, ctx: ReviewContext, policy: Policy) -> list[Finding]:
    """Evaluate the policy; every finding says why. Blocks first, then warnings."""
    findings: list[Finding] = []
    add = findings.append
    if order.status is OrderStatus.AWAITING_PAYMENT:
        add(
            Finding(
                "order_not_paid",
                Severity.BLOCK,
                "Order {order_no} has not been paid; there is nothing to refund",
                {"order_no": order.order_no},
                overridable=False,
            )
        )
    if order.status is OrderStatus.CANCELLED:
        add(
            Finding(
                "order_cancelled",
                Severity.BLOCK,
                "Order {order_no} is cancelled",
                {"order_no": order.order_no},
                overridable=False,
            )
        )
    window = policy.window_for(ctx.reason)
    delivered = order.delivered_on
    if window is not None and delivered is not None:
        deadline = window_deadline(delivered, window)
        if ctx.requested_on > deadline:
            add(
                Finding(
                    "outside_window",
                    Severity.BLOCK,
                    "Outside the {days}-day refund window for this reason: delivered on "
                    "{delivered}, last day was {deadline}",
                    {
                        "days": window,
                        "delivered": delivered.isoformat(),
                        "deadline": deadline.isoformat(),
                    },
                )
            )
    if order.status is OrderStatus.IN_TRANSIT:
        add(
            Finding(
                "in_transit",
                Severity.WARN,
                "The goods are still in transit: intercept the parcel or wait for its return",
                {},
            )
        )
    if order.status is OrderStatus.PRESALE_IN_PRODUCTION and not ctx.supplier_confirmed:
        add(
            Finding(
                "presale_in_production",
                Severity.BLOCK,
                "Pre-sale order already in production: the supplier must confirm before "
                "the refund can be approved",
                {},
            )
        )
    if ctx.reason is ReasonCode.NO_REASON:
        for line_no in ctx.selected_lines:
            line = order.line(line_no)
            if line.final_sale:
                add(
                    Finding(
                        "final_sale",
                        Severity.BLOCK,
                        "{name} ({sku}) is a final-sale item: no return without a reason",
                        {"name": line.name, "sku": line.sku},
                    )
                )
            elif line.category in policy.excluded_categories:
                add(
                    Finding(
                        "excluded_category",
                        Severity.BLOCK,
                        "{name} ({sku}) is in category {category}, excluded from no-reason returns",
                        {"name": line.name, "sku": line.sku, "category": line.category},
                    )
                )
    if ctx.destination_differs:
        add(
            Finding(
                "destination_differs",
                Severity.WARN,
                "The money goes to an account other than the one that paid",
                {},
            )
        )
    if ctx.shipping_requested and not ctx.shipping_granted:
        add(
            Finding(
                "shipping_not_refundable",
                Severity.WARN,
                "Shipping is not refunded for this refund under the policy ({rule})",
                {"rule": policy.shipping_rule.value},
            )
        )
    second = policy.threshold(policy.second_approval_threshold, order.currency)
    if ctx.refund_total >= second:
        add(
            Finding(
                "second_approval_required",
                Severity.WARN,
                "At or above {threshold}: a second person, not the requester, must approve",
                {"threshold": order.money(second)},
            )
        )
    large = policy.threshold(policy.large_refund_threshold, order.currency)
    if ctx.refund_total >= large:
        add(
            Finding(
                "large_refund",
                Severity.WARN,
                "Large refund (at or above {threshold}): the customer must sign the "
                "confirmation before payment; instalments are allowed",
                {"threshold": order.money(large)},
            )
        )
    for line_no in ctx.open_overlap_lines:
        line = order.line(line_no)
        add(
            Finding(
                "open_refund_overlap",
                Severity.WARN,
                "An open refund already covers units of {name} ({sku})",
                {"name": line.name, "sku": line.sku},
            )
        )
    findings.sort(key=lambda f: f.severity is not Severity.BLOCK)
    return findings


def requires_second_approval(order: Order, total: int, policy: Policy) -> bool:
    return total >= policy.threshold(policy.second_approval_threshold, order.currency)


def is_large_refund(order: Order, total: int, policy: Policy) -> bool:
    return total >= policy.threshold(policy.large_refund_threshold, order.currency)


def approval_route(
    policy: Policy,
    *,
    second_required: bool,
    requester_id: int,
    requester_is_owner: bool,
    approver_id: int,
    approver_role: Role,
    active_owners: int,
    pin_confirmed: bool,
) -> ApprovalRoute:
    """Whether this person may approve this refund under the shop's two-person rule, and how.

    Raises ``PermissionDenied`` saying who can approve instead. ``pin_confirmed``: the approver
    has just re-entered his PIN (needed for a self-approval)."""
    is_owner = approver_role is Role.OWNER
    is_accountant = approver_role is Role.ACCOUNTANT
    if not second_required:
        if not is_owner:
            raise PermissionDenied(
                "accountant_second_only",
                "The accountant approves only refunds at or above the second-approval threshold",
            )
        return ApprovalRoute.ORDINARY
    if approver_id != requester_id:
        if is_owner:
            return ApprovalRoute.SECOND_OWNER if requester_is_owner else ApprovalRoute.ORDINARY
        if is_accountant and policy.second_approver is SecondApprover.OWNER_OR_ACCOUNTANT:
            return ApprovalRoute.ACCOUNTANT
        raise PermissionDenied(
            "role_not_allowed",
            "A {role} cannot {action}",
            role=approver_role.value,
            action="approve refunds",
        )
    if policy.second_approver is SecondApprover.OWNER_OR_SELF and is_owner and active_owners == 1:
        if not pin_confirmed:
            raise PermissionDenied(
                "self_approval_needs_pin",
                "You requested this refund yourself: approve it as the shop's only owner by "
                "re-entering your PIN (it is recorded as a single-owner self-approval)",
            )
        return ApprovalRoute.SELF_APPROVAL
    if policy.second_approver is SecondApprover.OWNER_OR_ACCOUNTANT:
        raise PermissionDenied(
            "second_person_required",
            "This refund is at or above the second-approval threshold: another owner or the "
            "accountant must approve it, not the requester",
        )
    raise PermissionDenied(
        "second_person_required",
        "This refund is at or above the second-approval threshold: another owner must approve "
        "it, not the requester",
    )


def rule_leaves_nobody(rule: SecondApprover, active_owners: int, active_accountants: int) -> bool:
    """Would an owner's own large request find no second approver under ``rule``?"""
    if active_owners >= 2 or rule is SecondApprover.OWNER_OR_SELF:
        return False
    if rule is SecondApprover.OWNER_OR_ACCOUNTANT:
        return active_accountants == 0
    return True


def self_approval_finding(name: str) -> Finding:
    """The finding a single-owner self-approval leaves on the refund, for the trail, the report
    and the closing."""
    return Finding(
        SELF_APPROVAL_FINDING,
        Severity.WARN,
        "Single-owner self-approval: {name} approved his own request after re-entering his PIN",
        {"name": name},
    )
