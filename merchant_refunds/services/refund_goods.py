"""What comes back from the customer: the signed confirmation (the signature gate of large
refunds) and the returned goods. Each is one write transaction ending with its audit event.
"""

from __future__ import annotations

from collections.abc import Sequence

from merchant_refunds.domain.errors import Refused
from merchant_refunds.domain.inspection import Condition
from merchant_refunds.domain.lifecycle import RefundStatus, Role, check_action
from merchant_refunds.services import clock
from merchant_refunds.services.refund_rows import refund_row, set_status
from merchant_refunds.services.refund_views import RefundDetail, get_refund
from merchant_refunds.services.returned_goods import UnitCondition, write_inspection
from merchant_refunds.services.users import Actor, require_role
from merchant_refunds.storage import models as m
from merchant_refunds.storage.db import write_transaction


def record_signature(actor: Actor, refund_no: str) -> RefundDetail:
    require_role(actor, Role.OWNER, Role.CLERK, action="record signatures")
    with write_transaction():
        mark_signed(actor, refund_row(refund_no))
    return get_refund(refund_no)


def mark_signed(actor: Actor, row: m.Refund) -> None:
    """Set the refund's signature gate; call inside the write transaction that stores the proof."""
    check_action(RefundStatus(row.status), "sign", row.refund_no)
    if row.signed_at:
        raise Refused(
            "already_signed", "Refund {refund_no} is already signed", refund_no=row.refund_no
        )
    set_status(row, actor, "sign", None, signed_at=clock.now(), signed_by=actor.id)


def record_goods_received(
    actor: Actor,
    refund_no: str,
    units: Sequence[UnitCondition] = (),
    *,
    condition: Condition = Condition.RESALEABLE,
) -> RefundDetail:
    """The goods are back: each returned unit is recorded with its condition (``units`` name
    the ones that differ from ``condition``), a note, and its movement into stock or off it."""
    require_role(actor, Role.OWNER, Role.CLERK, action="record returned goods")
    with write_transaction():
        row = refund_row(refund_no)
        check_action(RefundStatus(row.status), "receive_goods", row.refund_no)
        if not row.goods_return:
            raise Refused(
                "no_goods_return",
                "Refund {refund_no} has no goods to return",
                refund_no=row.refund_no,
            )
        if row.goods_received_at:
            raise Refused(
                "goods_already_received",
                "The goods of {refund_no} are already recorded as received",
                refund_no=row.refund_no,
            )
        now = clock.now()
        inspected = write_inspection(actor, row, units, condition, now)
        set_status(
            row,
            actor,
            "receive_goods",
            None,
            extra={"units": inspected} if inspected else None,
            goods_received_at=now,
        )
    return get_refund(refund_no)
