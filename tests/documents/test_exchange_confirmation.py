"""The exchange confirmation, read back from the PDF in both languages and every layout: what came
back, what went out, how the difference was settled, and the code tying it to the trail."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from merchant_refunds.documents.exchange_confirmation import render_exchange
from merchant_refunds.domain.exchanges import ItemOut
from merchant_refunds.domain.money import Money
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import exchanges, orders
from merchant_refunds.services.users import Actor
from tests.factories import tea_order


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages).replace("\xa0", " ")


def _exchange(clerk: Actor, out: ItemOut, receipt: str = "") -> exchanges.ExchangeDetail:
    orders.create_order(clerk, tea_order())
    request = exchanges.ExchangeRequest(
        "T0001", {1: 1}, (out,), ReasonCode.WRONG_ITEM, receipt_no=receipt
    )
    return exchanges.record_exchange(clerk, request)


@pytest.mark.parametrize("layout", ["a4", "letter", "receipt80"])
def test_a_refunded_difference_in_chinese(clerk: Actor, layout: str) -> None:
    detail = _exchange(clerk, ItemOut("TEA-02", "碧螺春 250g", 9000, 1))
    text = _text(render_exchange(detail.exchange_no, layout, "zh"))
    for words in ("换货确认单", "退回商品", "换出商品", "龙井茶 250g", "碧螺春 250g", "差价退款"):
        assert words in text, words
    assert detail.exchange_no in text and detail.refund_no in text
    assert Money(detail.difference.minor, "CNY").format("zh_CN") in text
    assert "客户签字" in text and "原路退回" in text


def test_a_collected_difference_in_english(clerk: Actor) -> None:
    detail = _exchange(clerk, ItemOut("TEA-09", "Da Hong Pao 250g", 30000, 1), "POS-7781")
    text = _text(render_exchange(detail.exchange_no, "a4", "en"))
    assert "Exchange Confirmation" in text
    assert "Difference paid by the customer" in text
    assert Money(-detail.difference.minor, "CNY").format("en_US") in text
    assert "POS-7781" in text and "Customer signature" in text
    assert "Verification code " + detail.exchange_no in text
    assert "Page 1 of 1" in text
