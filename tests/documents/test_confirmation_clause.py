"""The policy clause on the printed confirmation says what this refund refunded (issue 15, #11):
a faulty-goods refund that left the shipping fee out must not promise the shipping back."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from merchant_refunds.documents.confirmation import render_confirmation
from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import orders, refund_requests
from merchant_refunds.services.users import Actor
from tests.factories import tea_order


def _flat(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return "".join(page.extract_text() for page in pages).replace("\n", "").replace(" ", "")


def _refund(clerk: Actor, order_no: str, shipping: bool) -> str:
    orders.create_order(clerk, tea_order(order_no))
    request = refund_requests.RefundRequest(
        order_no, Selection({1: 1}, shipping=shipping), ReasonCode.QUALITY_PROBLEM
    )
    return refund_requests.request_refund(clerk, request).refund_no


@pytest.mark.parametrize(
    ("lang", "with_shipping", "without_shipping"),
    [
        ("zh", "全额退还商品实付金额及相应运费", "退还所退商品的实付金额"),
        ("en", "shippingincluded", "refundswhatwaspaidforthegoodsreturned"),
    ],
)
def test_the_clause_promises_shipping_only_when_it_was_refunded(
    clerk: Actor, lang: str, with_shipping: str, without_shipping: str
) -> None:
    shipped = _flat(render_confirmation(_refund(clerk, "Q-SHIP", True), "a4", lang))
    assert with_shipping in shipped
    assert without_shipping not in shipped

    goods_only = _flat(render_confirmation(_refund(clerk, "Q-GOODS", False), "a4", lang))
    assert without_shipping in goods_only
    assert with_shipping not in goods_only
