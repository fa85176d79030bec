"""Refund states and the actions that move between them; gates are checked by the services."""

from __future__ import annotations

from enum import StrEnum

from merchant_refunds.domain.errors import Refused


class RefundStatus(StrEnum):
    REQUESTED = "requested"
    APPROVED = "approved"
    PAID = "paid"
    COMPLETED = "completed"
    REJECTED = "rejected"
    CANCELLED = "cancelled"


class Role(StrEnum):
    OWNER = "owner"
    CLERK = "clerk"
    ACCOUNTANT = "accountant"


class PayoutMethod(StrEnum):
    ORIGINAL_ROUTE = "original_route"
    BANK_TRANSFER = "bank_transfer"
    STORE_CREDIT = "store_credit"
    CASH = "cash"


class PayoutStatus(StrEnum):
    SCHEDULED = "scheduled"
    SENT = "sent"
    RECEIVED = "received"
    FAILED = "failed"


#: action -> states it may start from
_ALLOWED_FROM: dict[str, frozenset[RefundStatus]] = {
    "approve": frozenset({RefundStatus.REQUESTED}),
    "reject": frozenset({RefundStatus.REQUESTED}),
    "sign": frozenset({RefundStatus.REQUESTED, RefundStatus.APPROVED}),
    "receive_goods": frozenset({RefundStatus.REQUESTED, RefundStatus.APPROVED}),
    "pay": frozenset({RefundStatus.APPROVED}),
    "confirm": frozenset({RefundStatus.PAID}),
    "cancel": frozenset({RefundStatus.REQUESTED, RefundStatus.APPROVED}),
}

FINAL_STATES = frozenset({RefundStatus.COMPLETED, RefundStatus.REJECTED, RefundStatus.CANCELLED})


def check_action(status: RefundStatus, action: str, refund_no: str) -> None:
    """Raise ``Refused`` when ``action`` cannot happen in ``status``."""
    allowed = _ALLOWED_FROM[action]
    if status not in allowed:
        raise Refused(
            "invalid_state",
            "Refund {refund_no} is {status}: cannot {action} it",
            refund_no=refund_no,
            status=status.value,
            action=action.replace("_", " "),
        )


def allowed_actions(status: RefundStatus) -> list[str]:
    return [action for action, states in _ALLOWED_FROM.items() if status in states]
