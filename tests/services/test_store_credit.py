"""Store credit: whose balance a refund credits, spending at the counter against a receipt, cash
paid out by the owner, never below zero even at once, and the balances at any past date."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import timedelta

import pytest

from merchant_refunds.domain.errors import InvalidInput, PermissionDenied, Refused
from merchant_refunds.domain.lifecycle import PayoutMethod
from merchant_refunds.services import clock, integrity, store_credit
from merchant_refunds.services.payouts import sending
from merchant_refunds.services.refund_requests import Destination
from merchant_refunds.services.users import Actor
from merchant_refunds.storage import models as m
from tests.factories import FIXED_NOW
from tests.services.test_payouts import small_approved
from tests.tamper import sql_file


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


# --- with credit issued by a refund ------------------------------------------------------------

KEY = "phone:13800138000"  # the customer of tests.factories.tea_order


def credited(owner: Actor, clerk: Actor, order_no: str = "S1") -> int:
    """Pay a refund of ``order_no`` out as store credit; returns the customer's balance."""
    no = small_approved(owner, clerk, order_no, dest=Destination(PayoutMethod.STORE_CREDIT))
    sending.record_payout(owner, no)
    return store_credit.balance(KEY, "CNY")


def test_used_credit_keeps_the_receipt_and_cash_out_is_its_own_movement(owner, clerk) -> None:
    start = credited(owner, clerk)
    assert store_credit.use_credit(clerk, KEY, 1000, "CNY", " T-0042 ") == start - 1000
    assert store_credit.cash_out(owner, KEY, 500, "CNY", "moving away") == start - 1500
    moves = [(e.kind, e.amount, e.balance_after, e.note) for e in store_credit.ledger(KEY)]
    assert moves[1:] == [
        ("used", -1000, start - 1000, "T-0042"),
        ("cashed_out", -500, start - 1500, "moving away"),
    ]
    assert store_credit.balances(KEY) == {"CNY": start - 1500}
    actions = [e.action for e in m.AuditEvent.select().where(m.AuditEvent.entity == "customer")]
    assert actions == ["store_credit.issue", "store_credit.use", "store_credit.cash_out"]


def test_a_use_without_a_receipt_number_is_refused_and_writes_nothing(owner, clerk) -> None:
    start = credited(owner, clerk)
    with pytest.raises(InvalidInput) as caught:
        store_credit.use_credit(clerk, KEY, 100, "CNY", "  ")
    assert caught.value.code == "receipt_required"
    assert store_credit.balance(KEY, "CNY") == start
    assert len(store_credit.ledger(KEY)) == 1


def test_the_balance_never_goes_below_zero_whatever_is_taken(owner, clerk) -> None:
    start = credited(owner, clerk)
    with pytest.raises(Refused):
        store_credit.cash_out(owner, KEY, start + 1, "CNY")
    with pytest.raises(Refused):
        store_credit.use_credit(clerk, KEY, start + 1, "CNY", "T1")
    assert store_credit.cash_out(owner, KEY, start, "CNY") == 0
    with pytest.raises(Refused) as caught:
        store_credit.use_credit(clerk, KEY, 1, "CNY", "T2")
    assert caught.value.code == "credit_insufficient"
    assert min(e.balance_after for e in store_credit.ledger(KEY)) == 0


def test_only_an_owner_pays_credit_out_in_cash(owner, clerk, accountant) -> None:
    start = credited(owner, clerk)
    for actor in (clerk, accountant):
        with pytest.raises(PermissionDenied):
            store_credit.cash_out(actor, KEY, 100, "CNY")
    assert store_credit.balance(KEY, "CNY") == start


@pytest.mark.parametrize("db_backend", ["sqlite", "postgresql"], indirect=True)
def test_spending_and_cashing_out_at_once_never_take_more_than_there_is(owner, clerk) -> None:
    start = credited(owner, clerk)
    part = start // 3 + 1  # three of these cannot all fit: two can
    barrier = threading.Barrier(6)
    done: list[object] = []

    def counter(take: Callable[[], int]) -> None:
        barrier.wait()
        try:
            done.append(take())
        except Refused as exc:
            done.append(exc.code)
        finally:
            m.database.obj.close()

    takes = [lambda: store_credit.use_credit(clerk, KEY, part, "CNY", "T")] * 3 + [
        lambda: store_credit.cash_out(owner, KEY, part, "CNY")
    ] * 3
    threads = [threading.Thread(target=counter, args=(t,)) for t in takes]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(map(str, done)) == sorted(
        [str(start - part), str(start - 2 * part)] + ["credit_insufficient"] * 4
    )
    assert store_credit.balance(KEY, "CNY") == start - 2 * part
    assert [e.balance_after for e in store_credit.ledger(KEY)] == [
        start,
        start - part,
        start - 2 * part,
    ]


def test_balances_at_a_past_date_are_rebuilt_exactly_from_the_ledger(owner, clerk, accountant):
    day1 = FIXED_NOW - timedelta(days=4)
    clock.set_clock(lambda: day1)
    first = credited(owner, clerk, "S1")
    clock.set_clock(lambda: day1 + timedelta(days=1))
    store_credit.use_credit(clerk, KEY, 1234, "CNY", "T1")
    clock.set_clock(lambda: day1 + timedelta(days=2))
    second = credited(owner, clerk, "S2") - (first - 1234)
    clock.set_clock(lambda: day1 + timedelta(days=3))
    store_credit.cash_out(owner, KEY, first - 1234 + second, "CNY")
    expected = {
        day1.date() - timedelta(days=1): None,
        day1.date(): first,
        day1.date() + timedelta(days=1): first - 1234,
        day1.date() + timedelta(days=2): first - 1234 + second,
        day1.date() + timedelta(days=3): None,  # all paid out: the shop owes nothing
    }
    for day, owed in expected.items():
        rows = store_credit.balances_at(accountant, day)
        assert [(r.customer_key, r.currency, r.balance) for r in rows] == (
            [(KEY, "CNY", owed)] if owed else []
        ), day
        last = [e for e in store_credit.ledger(KEY) if e.at.date() <= day]
        assert (last[-1].balance_after if last else 0) == (owed or 0)
    with pytest.raises(PermissionDenied):
        store_credit.balances_at(clerk, day1.date())


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("138 0013-8000", "phone:13800138000"),
        ("+8613800138000", "phone:+8613800138000"),
        ("Wang@Example.com", "email:wang@example.com"),
        ("王小芳", "name:王小芳"),
        ("phone:13800138000", "phone:13800138000"),
        ("name:1234", "name:1234"),
    ],
)
def test_a_customer_is_named_as_on_the_order(typed: str, key: str) -> None:
    assert store_credit.key_from_text(typed) == key


@pytest.mark.tampers
def test_a_credit_amount_raised_with_sqlite3_is_caught_by_check(owner, clerk, db_path) -> None:
    start = credited(owner, clerk)
    store_credit.use_credit(clerk, KEY, 1000, "CNY", "T-0042")
    assert integrity.check().differences == []
    # Someone with the file turns the spend into a smaller one, balance and all.
    sql_file(
        db_path,
        "UPDATE store_credit_entry SET amount = -1, balance_after = ? WHERE kind = 'used'",
        start - 1,
    )
    assert store_credit.balance(KEY, "CNY") == start - 1  # the table alone would believe it
    found = [(d.entity, d.key) for d in integrity.check().differences]
    assert ("customer", KEY) in found
