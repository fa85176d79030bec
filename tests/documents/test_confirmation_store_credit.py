"""The confirmation tells a customer who holds store credit the balance at printing, read back
from the PDF; a customer without any sees no such line."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from merchant_refunds.documents.confirmation import render_confirmation
from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.lifecycle import PayoutMethod
from merchant_refunds.domain.money import Money
from merchant_refunds.domain.order import Customer
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import confirmations, orders, refund_requests, store_credit
from merchant_refunds.services.payouts import sending
from merchant_refunds.services.refund_requests import Destination, RefundRequest
from merchant_refunds.services.users import Actor
from tests.factories import tea_order
from tests.services.test_payouts import small_approved

KEY = "phone:13800138000"


def _text(pdf: bytes) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return text.replace("\xa0", " ")


@pytest.mark.parametrize(
    ("lang", "label"), [("zh", "店铺余额（打印时）"), ("en", "Credit balance now")]
)
def test_a_store_credit_refund_prints_the_balance_left(
    owner: Actor, clerk: Actor, lang: str, label: str
) -> None:
    no = small_approved(owner, clerk, dest=Destination(PayoutMethod.STORE_CREDIT))
    sending.record_payout(owner, no)
    issued = store_credit.balance(KEY, "CNY")
    store_credit.use_credit(clerk, KEY, 1000, "CNY", "T-0042")
    left = f"{(issued - 1000) // 100:,}.{(issued - 1000) % 100:02d}"
    text = _text(render_confirmation(no, "a4", lang))
    lines = text.splitlines()
    at = next(i for i, x in enumerate(lines) if label in x)
    assert left in " ".join(lines[at : at + 2])  # the value beside its label


def test_a_customer_without_store_credit_sees_no_balance_line(owner: Actor, clerk: Actor) -> None:
    no = small_approved(owner, clerk)
    assert "店铺余额（打印时）" not in _text(render_confirmation(no, "a4", "zh"))
    assert "Credit balance" not in _text(render_confirmation(no, "receipt80", "en"))


def test_a_batch_of_papers_gives_each_customer_their_own_balance(
    owner: Actor, clerk: Actor
) -> None:
    credited = small_approved(owner, clerk, "S1", dest=Destination(PayoutMethod.STORE_CREDIT))
    sending.record_payout(owner, credited)
    orders.create_order(
        clerk, tea_order("O2", customer=Customer("李雷", "13900139000", "li@example.com"))
    )
    request = RefundRequest("O2", Selection({1: 1}), ReasonCode.QUALITY_PROBLEM)
    other = refund_requests.request_refund(clerk, request).refund_no
    later = refund_requests.request_refund(
        clerk, RefundRequest("S1", Selection({1: 1}), ReasonCode.QUALITY_PROBLEM)
    ).refund_no
    papers = confirmations.confirmation_data_many([credited, other, later])
    held = Money(store_credit.balance(KEY, "CNY"), "CNY")
    assert [p.store_credit for p in papers] == [held, None, held]
