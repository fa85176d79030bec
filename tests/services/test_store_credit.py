"""Store credit: whose balance a refund credits, and spending that only an owner or clerk may do,
in whole minor units."""

from __future__ import annotations

import pytest

from merchant_refunds.domain.errors import PermissionDenied, Refused
from merchant_refunds.services import store_credit
from merchant_refunds.services.users import Actor


def test_a_balance_belongs_to_the_phone_else_the_email_else_the_name() -> None:
    assert store_credit.customer_key("138 0013 8000", "A@X.cn", "王") == "phone:13800138000"
    assert store_credit.customer_key(" ", " Wang@Example.COM ", "王") == "email:wang@example.com"
    assert store_credit.customer_key("", "", " 王小芳 ") == "name:王小芳"


@pytest.mark.parametrize("amount", [10.5, True, "100"])
def test_spending_refuses_anything_but_whole_minor_units(clerk: Actor, amount: object) -> None:
    with pytest.raises(TypeError):
        store_credit.use_credit(clerk, "phone:1", amount, "CNY", "R1")  # type: ignore[arg-type]


def test_an_accountant_cannot_spend_credit(accountant: Actor) -> None:
    with pytest.raises(PermissionDenied):
        store_credit.use_credit(accountant, "phone:1", 100, "CNY", "R1")
    assert store_credit.ledger("phone:1") == []


def test_spending_without_a_balance_says_how_much_there_is(owner: Actor) -> None:
    with pytest.raises(Refused) as caught:
        store_credit.use_credit(owner, "phone:1", 100, "CNY", "R1")
    assert caught.value.code == "credit_insufficient"
    assert store_credit.balance("phone:1", "CNY") == 0
