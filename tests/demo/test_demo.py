"""The demo data: made through the services, so every money rule and the audit chain must hold."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from peewee import fn

from merchant_refunds.demo.catalogue import DEMO_USERS
from merchant_refunds.demo.generator import generate_demo
from merchant_refunds.domain.calculation import FxRate
from merchant_refunds.domain.errors import InvalidInput, Refused
from merchant_refunds.domain.lifecycle import RefundStatus, Role
from merchant_refunds.domain.money import Money
from merchant_refunds.domain.order import OrderStatus
from merchant_refunds.services import audit, clock, users
from merchant_refunds.storage import models as m
from merchant_refunds.storage.db import close_database, open_database
from tests.factories import FIXED_NOW

TODAY = FIXED_NOW.date()
COUNTING = ("requested", "approved", "paid", "completed")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One full-size demo (300 orders), generated once for the module's read-only checks."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    open_database(path, create=True)
    try:
        generate_demo(today=TODAY)
    finally:
        close_database()
    return path


@pytest.fixture
def demo_db(demo_file: Path) -> Iterator[Path]:
    open_database(demo_file)
    yield demo_file
    close_database()


def _counts(field: object) -> dict[str, int]:
    model = field.model  # type: ignore[attr-defined]
    return dict(model.select(field, fn.COUNT(model.id)).group_by(field).tuples())


def test_every_status_method_and_currency_is_there(demo_db):
    assert m.Order.select().count() == 300
    assert set(_counts(m.Order.status)) == {s.value for s in OrderStatus}
    assert set(_counts(m.Refund.status)) == {s.value for s in RefundStatus}
    methods = set(_counts(m.Order.payment_method))
    assert methods >= {
        "alipay",
        "wechat_pay",
        "unionpay",
        "card",
        "paypal",
        "bank_transfer",
        "cash",
    }
    currencies = _counts(m.Order.currency)
    assert set(currencies) == {"CNY", "USD", "EUR", "JPY"}
    assert currencies["CNY"] > sum(currencies.values()) / 2
    assert {u.name: u.role for u in m.User.select()} == {n: r.value for n, r, _, _ in DEMO_USERS}


def test_orders_have_the_features_the_shop_meets(demo_db):
    rates = {r for (r,) in m.OrderLine.select(m.OrderLine.tax_rate).distinct().tuples()}
    assert rates >= {"0.13", "0.09", "0.06"}
    assert m.OrderLine.select().where(m.OrderLine.final_sale).exists()
    categories = {c for (c,) in m.OrderLine.select(m.OrderLine.category).distinct().tuples()}
    assert categories >= {"perishable", "made_to_order", "digital_unsealed", "newspaper"}
    assert m.Order.select().where(m.Order.presale).count() >= 2
    assert set(_counts(m.OrderDiscount.kind)) >= {"coupon", "threshold"}
    assert m.Order.select().where(m.Order.shipping_fee > 0).exists()
    large = m.Order.select().where((m.Order.currency == "CNY") & (m.Order.total_paid >= 200000))
    assert large.exists()
    names = [n for (n,) in m.Order.select(m.Order.customer_name).tuples()]
    assert any(all("\u4e00" <= ch <= "\u9fff" for ch in n) for n in names)
    assert any(n.isascii() and " " in n for n in names)
    placed = [p for (p,) in m.Order.select(m.Order.placed_at).tuples()]
    assert min(placed).date() >= TODAY - timedelta(days=366)
    assert max(placed).date() <= TODAY


def test_the_special_refunds(demo_db):
    instalments = (
        m.Refund.select()
        .join(m.Payout)
        .where(m.Refund.signature_required & m.Refund.signed_at.is_null(False))
        .group_by(m.Refund.id)
        .having(fn.COUNT(m.Payout.id) >= 2)
    )
    assert any(r.status == "completed" for r in instalments)

    bank = m.Refund.get(m.Refund.destination_method == "bank_transfer")
    assert "destination_differs" in {f["code"] for f in json.loads(bank.findings_json)}
    assert bank.destination_holder and bank.destination_account

    fx = m.Refund.get(m.Refund.fx_rate.is_null(False))
    assert (fx.currency, fx.payout_currency) == ("USD", "CNY")
    rate = FxRate("USD", "CNY", Decimal(fx.fx_rate), fx.fx_date)
    assert rate.convert(Money(fx.total, "USD")).minor == fx.payout_amount
    assert m.Payout.get(m.Payout.refund == fx.id).currency == "CNY"

    overridden = m.Refund.select().where(m.Refund.override_reason != "")
    assert overridden.count() >= 2


def test_money_invariants_hold_for_every_order(demo_db):
    for order in m.Order.select():
        refunds = list(
            m.Refund.select().where((m.Refund.order == order.id) & m.Refund.status.in_(COUNTING))
        )
        assert sum(r.refunded_gross for r in refunds) <= order.total_paid, order.order_no
        assert sum(r.shipping for r in refunds) <= order.shipping_fee, order.order_no
        for line in m.OrderLine.select().where(m.OrderLine.order == order.id):
            taken = (
                m.RefundLine.select(fn.SUM(m.RefundLine.amount), fn.SUM(m.RefundLine.quantity))
                .join(m.Refund)
                .where((m.RefundLine.order_line == line.id) & m.Refund.status.in_(COUNTING))
                .tuples()
                .get()
            )
            paid = line.unit_price * line.quantity - line.line_discount - line.order_discount_share
            assert (taken[0] or 0) <= paid, (order.order_no, line.line_no)
            assert (taken[1] or 0) <= line.quantity, (order.order_no, line.line_no)
    for refund in m.Refund.select():
        sent = sum(p.amount for p in m.Payout.select().where(m.Payout.refund == refund.id))
        if refund.status in ("paid", "completed"):
            assert sent == refund.payout_amount, refund.refund_no
        else:
            assert sent < refund.payout_amount, refund.refund_no


def test_no_block_went_through_without_an_override(demo_db):
    for refund in m.Refund.select():
        blocks = [f for f in json.loads(refund.findings_json) if f["severity"] == "block"]
        assert not blocks or refund.override_reason, (refund.refund_no, blocks)


def test_audit_chain_verifies_and_is_in_time_order(demo_db):
    report = audit.verify_chain()
    assert report.ok, report
    times = [
        at for (at,) in m.AuditEvent.select(m.AuditEvent.at).order_by(m.AuditEvent.id).tuples()
    ]
    assert times == sorted(times)
    assert times[-1].date() <= TODAY


def test_the_demo_users_sign_in_with_the_documented_pins(demo_db):
    for name, role, pin, _ in DEMO_USERS:
        assert users.authenticate(name, pin).role is role


def test_a_second_run_is_refused_and_changes_nothing(db_path):
    generate_demo(orders=30, seed=1, today=TODAY)
    assert clock.now() == FIXED_NOW  # the test's clock is back
    before = (m.Order.select().count(), m.AuditEvent.select().count())
    with pytest.raises(Refused, match="already has orders"):
        generate_demo(orders=30, seed=1, today=TODAY)
    assert (m.Order.select().count(), m.AuditEvent.select().count()) == before


def test_too_few_orders_is_bad_input(db_path):
    with pytest.raises(InvalidInput):
        generate_demo(orders=5)
    assert not m.Order.select().exists()


def _fingerprint(path: Path, seed: int) -> dict[str, object]:
    open_database(path, create=True)
    try:
        generate_demo(orders=40, seed=seed, today=TODAY)
        # The trail's content: its hashes differ between two shops (each has its own key), and
        # the rows it pins hold each PIN's random salt.
        trail = (
            m.AuditEvent.select(
                m.AuditEvent.action,
                m.AuditEvent.entity_key,
                m.AuditEvent.after_json,
            )
            .where(m.AuditEvent.action != audit.KEYED_ACTION)
            .order_by(m.AuditEvent.id)
            .tuples()
        )
        return {
            "head": hashlib.sha256(repr(list(trail)).encode()).hexdigest(),
            "orders": list(m.Order.select(m.Order.order_no, m.Order.total_paid).tuples()),
            "refunds": list(m.Refund.select(m.Refund.refund_no, m.Refund.total).tuples()),
            "order_statuses": set(_counts(m.Order.status)),
            "refund_statuses": set(_counts(m.Refund.status)),
        }
    finally:
        close_database()


def test_the_same_seed_gives_the_same_data_even_when_small(tmp_path):
    first = _fingerprint(tmp_path / "a.sqlite3", 11)
    assert first["order_statuses"] == {s.value for s in OrderStatus}
    assert first["refund_statuses"] == {s.value for s in RefundStatus}
    assert _fingerprint(tmp_path / "b.sqlite3", 11) == first
    assert _fingerprint(tmp_path / "c.sqlite3", 12)["head"] != first["head"]


def test_a_shop_with_users_but_no_orders_gets_no_demo_owner(db_path, owner):
    """The attack: ``demo`` on a real shop that has its users but no orders yet used to add the
    owner boss/1234, without anyone signing in."""
    users.create_user(owner, "amy", "clerk", "5678")
    before = list(m.User.select(m.User.name, m.User.role, m.User.pin_hash).tuples())
    events = m.AuditEvent.select().count()
    with pytest.raises(Refused, match="already has users"):
        generate_demo(orders=30, seed=1, today=TODAY)
    assert list(m.User.select(m.User.name, m.User.role, m.User.pin_hash).tuples()) == before
    assert m.AuditEvent.select().count() == events
    assert not m.Order.select().exists()


def test_the_owner_who_just_set_the_shop_up_may_fill_it(db_path):
    """The first-start offer: the owner made a moment ago, and nobody else, may add the demo."""
    chen = users.create_user(None, "chen", "owner", "8642")
    generate_demo(orders=30, seed=1, today=TODAY, first_owner=chen)
    assert m.Order.select().count() == 30
    assert users.authenticate("chen", "8642").role is Role.OWNER
    assert users.authenticate("boss", "1234").role is Role.OWNER


def test_the_first_owner_pass_does_not_cover_a_shop_with_more_users(db_path, owner):
    users.create_user(owner, "amy", "clerk", "5678")
    with pytest.raises(Refused, match="already has users"):
        generate_demo(orders=30, seed=1, today=TODAY, first_owner=owner)
    assert m.User.select().count() == 2
