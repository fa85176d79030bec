"""The confirmation of a refund with returned goods inspected, a deduction for diminished value
and the customer's return postage paid back, read back from the PDF in both languages."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from merchant_refunds.documents.confirmation import render_confirmation
from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.inspection import Condition
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.domain.postage import ReturnPostage
from merchant_refunds.services import orders, refund_goods, refund_requests, returned_goods
from merchant_refunds.services.returned_goods import UnitCondition
from merchant_refunds.services.users import Actor
from tests.factories import make_line, make_order


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def refund_no(owner: Actor, clerk: Actor) -> str:
    """Two kettles (200.00 each) back for a quality problem, 15.00 of postage paid back; one
    kettle came back dented beyond the fault, 40.00 deducted."""
    lines = [make_line(1, "KET-9", 2, 20000, name="电热水壶")]
    orders.create_order(clerk, make_order("P1", lines))
    request = refund_requests.RefundRequest(
        "P1",
        Selection({1: 2}),
        ReasonCode.QUALITY_PROBLEM,
        goods_return=True,
        return_postage=ReturnPostage(1500, "SF7788"),
    )
    refund_no = refund_requests.request_refund(clerk, request).refund_no
    refund_goods.record_goods_received(
        clerk, refund_no, [UnitCondition(1, Condition.DAMAGED, 2, "壶身凹陷")]
    )
    returned_goods.deduct(owner, refund_no, 1, 2, 4000, "壶身凹陷，非质量问题所致")
    return refund_no


@pytest.mark.parametrize("layout", ["a4", "receipt80"])
def test_the_chinese_paper_shows_postage_deduction_and_the_clause(refund_no: str, layout: str):
    text = _text(render_confirmation(refund_no, layout, "zh"))
    flat = text.replace("\n", "")
    assert "退货运费补偿" in text and "15.00" in text and "SF7788" in text
    assert "商品折损扣款" in text and "-40.00" in text
    assert "壶身凹陷，非质量问题所致" in flat
    assert "退回商品验货" in text and "损坏" in text and "完好可售" in text
    assert "375.00" in text  # 400.00 - 40.00 + 15.00
    # the quality-problem clause promises the return postage, and the paper pays it back
    assert "本店承担退货运费" in flat


def test_the_english_paper_says_the_same(refund_no: str):
    text = _text(render_confirmation(refund_no, "a4", "en"))
    flat = " ".join(text.split())
    assert "Return postage paid back" in flat and "receipt SF7788" in flat
    assert "Deduction for diminished value" in flat and "-40.00" in flat
    assert "Returned goods as inspected" in flat and "Damaged" in flat
    assert "the shop bears the return shipping" in flat
    assert "375.00" in flat


def test_postage_paid_back_by_exception_says_so_beside_the_no_reason_clause(
    owner: Actor, clerk: Actor
):
    orders.create_order(clerk, make_order("P2", [make_line(1, "KET-9", 1, 20000)]))
    request = refund_requests.RefundRequest(
        "P2",
        Selection({1: 1}),
        ReasonCode.NO_REASON,
        goods_return=True,
        return_postage=ReturnPostage(800, "YT42", "regular customer"),
    )
    refund_no = refund_requests.request_refund(owner, request).refund_no
    flat = _text(render_confirmation(refund_no, "a4", "zh")).replace("\n", "")
    assert "退货运费由消费者承担" in flat  # the 7-day clause as printed
    assert "非本店责任，店主特批补偿" in flat and "8.00" in flat
