"""What must hold before money moves, and the bank account a payout goes to when given at payout
time. Called inside the write transaction of the action that pays.
"""

from __future__ import annotations

from merchant_refunds.domain.errors import Refused
from merchant_refunds.domain.lifecycle import PayoutMethod, RefundStatus, check_action
from merchant_refunds.domain.policy import Policy
from merchant_refunds.services import integrity
from merchant_refunds.services.refund_requests import Destination, validate_destination
from merchant_refunds.storage import models as m
from merchant_refunds.storage import order_repo


def payout_bank_details(
    row: m.Refund, method: PayoutMethod, destination: Destination | None
) -> dict[str, str]:
    """The account a bank-transfer payout goes to when given at payout time: validated like a
    request's destination, returned as the payout's ``account``/``holder``/``bank`` columns."""
    if destination is None or method is not PayoutMethod.BANK_TRANSFER:
        return {}
    dest = Destination(method, destination.account, destination.holder, destination.bank)
    validate_destination(dest, order_repo.to_domain(m.Order.get_by_id(row.order_id)))
    return {
        "account": "".join(dest.account.split()),
        "holder": dest.holder.strip(),
        "bank": dest.bank.strip(),
    }


def check_payout_gates(row: m.Refund, policy: Policy) -> None:
    """Money may move: the refund is approved, signed when it must be, the goods are back, and
    its rows are what its audit events say."""
    check_action(RefundStatus(row.status), "pay", row.refund_no)
    integrity.verify_refund(row.refund_no)
    if row.signature_required and not row.signed_at:
        raise Refused(
            "signature_required",
            "Refund {refund_no} needs the customer's signed confirmation before any money is paid",
            refund_no=row.refund_no,
        )
    if row.goods_return and policy.require_goods_before_payout and not row.goods_received_at:
        raise Refused(
            "goods_not_received",
            "The returned goods of {refund_no} have not been received yet",
            refund_no=row.refund_no,
        )
