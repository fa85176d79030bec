"""Returned goods unit by unit, deductions for diminished value, the stock ledger and the return
postage paid back: the gates, the amounts, the trail, and rows edited behind the program's back."""

from __future__ import annotations

from pathlib import Path

import pytest

from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.errors import InvalidInput, NotFound, PermissionDenied, Refused
from merchant_refunds.domain.inspection import Condition, Disposition
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.domain.postage import ReturnPostage
from merchant_refunds.services import (
    confirmations,
    integrity,
    orders,
    refund_decisions,
    refund_goods,
    refund_requests,
    returned_goods,
    shop_settings,
)
from merchant_refunds.services.payouts import sending
from merchant_refunds.services.refund_requests import RefundRequest
from merchant_refunds.services.returned_goods import UnitCondition
from merchant_refunds.storage import models as m
from tests.factories import make_line, make_order
from tests.tamper import sql_file

Q = ReasonCode.QUALITY_PROBLEM


def shoes(order_no: str = "G1") -> None:
    """Three pairs of shoes at 100.00 and a bag at 50.00, 10.00 shipping."""
    return make_order(
        order_no,
        [make_line(1, "SHOE-42", 3, 10000, name="跑鞋"), make_line(2, "BAG-1", 1, 5000)],
        shipping_fee=1000,
    )


def request(actor, lines, reason=Q, postage=None, order_no="G1", goods=True):
    return refund_requests.request_refund(
        actor,
        RefundRequest(
            order_no, Selection(lines), reason, goods_return=goods, return_postage=postage
        ),
    )


@pytest.fixture
def refund(clerk):
    orders.create_order(clerk, shoes())
    return request(clerk, {1: 2, 2: 1}).refund_no


def test_receiving_records_every_unit_and_feeds_the_stock_ledger(clerk, refund):
    detail = refund_goods.record_goods_received(
        clerk,
        refund,
        [
            UnitCondition(1, Condition.DAMAGED, 2, "sole torn"),
            UnitCondition(2, Condition.OPENED, note="box opened"),
        ],
    )
    assert detail.goods_received_at is not None
    units = returned_goods.goods_of(refund).units
    assert [(u.line_no, u.unit_no, u.condition, u.disposition, u.note) for u in units] == [
        (1, 1, Condition.RESALEABLE, Disposition.RETURNED_TO_STOCK, ""),
        (1, 2, Condition.DAMAGED, Disposition.WRITTEN_OFF, "sole torn"),
        (2, 1, Condition.OPENED, Disposition.RETURNED_TO_STOCK, "box opened"),
    ]
    assert [str(u.value) for u in units] == ["100.00 CNY", "100.00 CNY", "50.00 CNY"]
    ledger = returned_goods.stock_ledger(clerk)
    assert [(e.sku, e.kind, e.refund_no) for e in ledger.entries] == [
        ("SHOE-42", Disposition.RETURNED_TO_STOCK, refund),
        ("SHOE-42", Disposition.WRITTEN_OFF, refund),
        ("BAG-1", Disposition.RETURNED_TO_STOCK, refund),
    ]
    totals = {t.sku: (t.returned_to_stock, t.written_off) for t in ledger.totals()}
    assert totals == {"BAG-1": (1, 0), "SHOE-42": (1, 1)}
    assert [e.sku for e in returned_goods.stock_ledger(clerk, sku="BAG-1").entries] == ["BAG-1"]


def test_a_unit_the_refund_does_not_take_back_is_refused(clerk, refund):
    with pytest.raises(InvalidInput, match="not unit 3"):
        refund_goods.record_goods_received(clerk, refund, [UnitCondition(1, Condition.OPENED, 3)])
    with pytest.raises(InvalidInput, match="no unit of line 5"):
        refund_goods.record_goods_received(clerk, refund, [UnitCondition(5, Condition.OPENED)])
    assert m.GoodsInspection.select().count() == 0
    assert m.StockMovement.select().count() == 0


def test_the_owner_deducts_within_the_caps_and_the_amounts_follow(owner, clerk, refund):
    refund_goods.record_goods_received(clerk, refund, [UnitCondition(1, Condition.OPENED, 1)])
    with pytest.raises(PermissionDenied):
        returned_goods.deduct(clerk, refund, 1, 1, 1000, "worn outside")
    with pytest.raises(Refused, match=r"at most 50\.00 CNY"):  # default policy: half the value
        returned_goods.deduct(owner, refund, 1, 1, 5001, "worn outside")
    with pytest.raises(InvalidInput, match="reason"):
        returned_goods.deduct(owner, refund, 1, 1, 1000, "  ")
    detail = returned_goods.deduct(owner, refund, 1, 1, 1500, "worn outside, sole marked")
    assert detail.total.minor == 25000 - 1500
    row = m.Refund.get(m.Refund.refund_no == refund)
    assert row.payout_amount == row.total
    assert row.refunded_gross == 25000  # what the refund takes off the order is unchanged
    with pytest.raises(Refused, match="already recorded"):
        returned_goods.deduct(owner, refund, 1, 1, 100, "again")
    with pytest.raises(NotFound):
        returned_goods.deduct(owner, refund, 1, 4, 100, "no such unit")
    data = confirmations.confirmation_data(refund)
    kinds = [r.kind.value for r in data.breakdown]
    assert "deduction" in kinds
    assert data.goods.deductions[0].deduction_reason == "worn outside, sole marked"
    # the whole value when the policy allows it
    shop_settings.set_policy(owner, {"deduction_max_bp": 10000})
    returned_goods.deduct(owner, refund, 2, 1, 5000, "bag stained")
    assert m.Refund.get(m.Refund.refund_no == refund).total == 25000 - 1500 - 5000
    assert integrity.check().ok


def test_no_deduction_once_money_moved_or_the_paper_is_signed(owner, clerk, refund):
    refund_goods.record_goods_received(clerk, refund)
    refund_goods.record_signature(clerk, refund)
    with pytest.raises(Refused, match="already signed"):
        returned_goods.deduct(owner, refund, 1, 1, 100, "scuffed")
    refund_decisions.approve(owner, refund)
    sending.record_payout(owner, refund)
    with pytest.raises(Refused):
        returned_goods.deduct(owner, refund, 1, 1, 100, "scuffed")


def test_return_postage_is_its_own_line_and_capped(owner, clerk):
    orders.create_order(clerk, shoes())
    with pytest.raises(Refused, match=r"At most 30\.00 CNY"):
        request(clerk, {1: 1}, postage=ReturnPostage(3001, "SF123"))
    with pytest.raises(InvalidInput, match="tracking number"):
        request(clerk, {1: 1}, postage=ReturnPostage(1200, " "))
    with pytest.raises(InvalidInput, match="goods come back"):
        request(clerk, {1: 1}, postage=ReturnPostage(1200, "SF123"), goods=False)
    detail = request(clerk, {1: 1}, postage=ReturnPostage(1200, "SF1234567"))
    assert detail.total.minor == 10000 + 1200
    goods = returned_goods.goods_of(detail.refund_no)
    assert goods.postage is not None and goods.postage.receipt == "SF1234567"
    data = confirmations.confirmation_data(detail.refund_no)
    postage_rows = [r for r in data.breakdown if r.kind.value == "return_postage"]
    assert [str(r.amount) for r in postage_rows] == ["12.00 CNY"]
    assert integrity.check().ok


def test_postage_when_the_shop_is_not_at_fault_needs_the_owner(owner, clerk):
    orders.create_order(clerk, shoes())
    no_reason = ReasonCode.NO_REASON
    with pytest.raises(Refused, match="only when the shop is at fault"):
        request(clerk, {1: 1}, no_reason, ReturnPostage(1000, "YT1"))
    with pytest.raises(PermissionDenied):
        request(clerk, {1: 1}, no_reason, ReturnPostage(1000, "YT1", "goodwill"))
    detail = request(owner, {1: 1}, no_reason, ReturnPostage(1000, "YT1", "goodwill"))
    postage = returned_goods.goods_of(detail.refund_no).postage
    assert postage is not None
    assert (postage.override_reason, postage.overridden_by) == ("goodwill", owner.name)


@pytest.mark.tampers
@pytest.mark.parametrize(
    ("statement", "field"),
    [
        ("UPDATE goods_inspection SET condition = 'resaleable' WHERE unit_no = 2", "inspections"),
        ("UPDATE goods_inspection SET deduction = 10", "inspections"),
        ("UPDATE stock_movement SET kind = 'returned_to_stock'", "stock"),
        ("DELETE FROM stock_movement WHERE unit_no = 2", "stock"),
        ("UPDATE return_postage SET amount = 3000", "postage"),
    ],
)
def test_rows_changed_behind_the_programs_back_are_caught(
    owner, clerk, db_path: Path, statement, field
):
    orders.create_order(clerk, shoes())
    refund = request(clerk, {1: 2}, postage=ReturnPostage(1200, "SF9")).refund_no
    refund_goods.record_goods_received(clerk, refund, [UnitCondition(1, Condition.DAMAGED, 2)])
    assert integrity.check().ok
    sql_file(db_path, statement)
    found = [d.text() for d in integrity.check().differences if d.key == refund]
    assert found and field in found[0]
    with pytest.raises(Exception, match="does not agree with its audit trail"):
        integrity.verify_refund(refund)
