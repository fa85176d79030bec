"""The customer's return postage paid back with a refund, and the adjustments that come after the
quote (postage added, deductions for diminished value taken off).

Return postage is not part of what the customer paid for the order, so it sits outside the line,
shipping and order caps: a refund's total is what the quote takes off what remains refundable,
less the shop's deductions, plus the postage paid back, which is capped by the policy's maximum
per refund. It is paid back only for reasons where the shop is at fault (the quality-problem
clause promises "本店承担退货运费"), unless an owner overrides with a reason.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from merchant_refunds.domain.calculation import RefundQuote
from merchant_refunds.domain.errors import InvalidInput, Refused
from merchant_refunds.domain.money import Money
from merchant_refunds.domain.policy import MERCHANT_FAULT_REASONS, Policy, ReasonCode

#: Longest receipt or tracking number kept.
MAX_RECEIPT = 64


@dataclass(frozen=True)
class ReturnPostage:
    """Postage the customer paid to send the goods back, to be paid back with the refund."""

    amount: int
    receipt: str
    override_reason: str = ""


def shop_at_fault(reason: ReasonCode) -> bool:
    return reason in MERCHANT_FAULT_REASONS


def postage_cap(policy: Policy, currency: str) -> int:
    """The most paid back per refund in ``currency`` (0: none without a maximum set)."""
    return policy.return_postage_max.get(currency, 0)


def check_return_postage(
    postage: ReturnPostage, reason: ReasonCode, policy: Policy, currency: str, goods_return: bool
) -> bool:
    """Refuse postage that is not allowed; return whether the owner's override was needed."""
    amount = postage.amount
    if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
        raise InvalidInput("invalid_postage", "The return postage must be an amount above zero")
    if not goods_return:
        raise InvalidInput(
            "postage_without_goods", "Return postage is paid back only when the goods come back"
        )
    receipt = postage.receipt.strip()
    if not receipt:
        raise InvalidInput(
            "postage_receipt_required",
            "Give the receipt or tracking number of the return postage",
        )
    if len(receipt) > MAX_RECEIPT:
        raise InvalidInput(
            "postage_receipt_too_long",
            "The receipt or tracking number is longer than {n} characters",
            n=MAX_RECEIPT,
        )
    cap = postage_cap(policy, currency)
    if amount > cap:
        raise Refused(
            "postage_above_cap",
            "At most {cap} of return postage is paid back (the policy's maximum)",
            cap=Money(cap, currency),
        )
    if shop_at_fault(reason):
        return False
    if not postage.override_reason.strip():
        raise Refused(
            "postage_not_at_fault",
            "Return postage is paid back only when the shop is at fault (reason {reason}); "
            "an owner may override with a reason",
            reason=reason.value,
        )
    return True


def adjusted(
    quote: RefundQuote, *, return_postage: int | None = None, deductions: int | None = None
) -> RefundQuote:
    """The quote with postage and deductions set (None keeps what it has), its payout
    re-converted where it is paid in another currency."""
    postage = quote.return_postage if return_postage is None else return_postage
    deducted = quote.deductions if deductions is None else deductions
    changed = dataclasses.replace(quote, return_postage=postage, deductions=deducted)
    total = changed.total
    if total.minor < 0:
        raise Refused(
            "deduction_above_refund",
            "The deduction {amount} is more than what is left of the refund ({total})",
            amount=Money(deducted, quote.currency),
            total=Money(total.minor + deducted, quote.currency),
        )
    payout = quote.fx.convert(total) if quote.fx is not None else total
    return dataclasses.replace(changed, payout=payout)
