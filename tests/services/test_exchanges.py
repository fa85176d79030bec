"""Exchanges (issue 13): recorded in one transaction with their event, counted by the caps, the
difference refunded through the usual gates or recorded as collected, pinned in the trail."""

from __future__ import annotations

import pytest

from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.errors import InvalidInput, PermissionDenied, Refused
from merchant_refunds.domain.exchanges import ItemOut, Settlement
from merchant_refunds.domain.lifecycle import RefundStatus
from merchant_refunds.domain.money import Money
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import (
    exchanges,
    integrity,
    orders,
    refund_decisions,
    refund_requests,
    refund_views,
)
from merchant_refunds.services.payouts import sending
from merchant_refunds.storage import models as m
from tests.factories import tea_order
from tests.tamper import sql_file

CHEAP = (ItemOut("TEA-02", "碧螺春 250g", 9000, 1),)
DEAR = (ItemOut("TEA-09", "大红袍 250g", 30000, 1),)


def _ask(order_no: str = "T0001", out=CHEAP, back=None, **kw) -> exchanges.ExchangeRequest:
    return exchanges.ExchangeRequest(
        order_no, back or {1: 1}, tuple(out), ReasonCode.WRONG_ITEM, **kw
    )


@pytest.fixture
def order(clerk) -> str:
    return orders.create_order(clerk, tea_order()).order.order_no


def _unit_value() -> int:
    """What a unit refund of one tea pays."""
    request = refund_requests.RefundRequest("T0001", Selection({1: 1}), ReasonCode.WRONG_ITEM)
    return refund_requests.quote(request).quote.items_amount


def test_a_cheaper_item_out_requests_a_refund_of_the_difference(order, clerk, owner):
    value = _unit_value()
    detail = exchanges.record_exchange(clerk, _ask())
    assert detail.settlement is Settlement.REFUND
    assert detail.back_value == Money(value, "CNY")
    assert detail.difference == Money(value - 9000, "CNY")
    assert detail.back == [
        {"line_no": 1, "sku": "TEA-01", "name": "龙井茶 250g", "quantity": 1}
        | {k: detail.back[0][k] for k in ("amount", "tax")}
    ]
    refund = refund_views.get_refund(detail.refund_no)
    assert refund.status is RefundStatus.REQUESTED
    assert refund.total == Money(value - 9000, "CNY")
    # the usual gates: approval, then payout
    refund_decisions.approve(owner, refund.refund_no)
    paid = sending.record_payout(owner, refund.refund_no, reference="ALI-9")
    assert paid.paid_so_far == value - 9000
    actions = [e.action for e in m.AuditEvent.select().where(m.AuditEvent.entity == "exchange")]
    assert actions == ["exchange.record"]


def test_exchanged_units_count_as_returned(order, clerk):
    exchanges.record_exchange(clerk, _ask(back={1: 2}))
    shown = orders.get_order(order).refundable["lines"][0]
    assert shown["refunded_units"] == 2 and shown["units_left"] == 1
    request = refund_requests.RefundRequest(order, Selection({1: 2}), ReasonCode.WRONG_ITEM)
    with pytest.raises(Refused) as caught:
        refund_requests.request_refund(clerk, request)
    assert caught.value.code == "exceeds_remaining"
    with pytest.raises(Refused):
        exchanges.record_exchange(clerk, _ask(back={1: 2}))
    # the last unit, refunded, takes exactly what is left of the line
    last = refund_requests.request_refund(
        clerk, refund_requests.RefundRequest(order, Selection({1: 1}), ReasonCode.WRONG_ITEM)
    )
    line = tea_order().line(1)
    taken = sum(r.amount for r in m.ExchangeLine.select().where(m.ExchangeLine.direction == "back"))
    assert taken + last.quote["items"][0]["amount"] == line.paid


def test_a_dearer_item_out_needs_the_receipt_of_what_the_customer_paid(order, clerk):
    with pytest.raises(InvalidInput) as caught:
        exchanges.record_exchange(clerk, _ask(out=DEAR))
    assert caught.value.code == "exchange_receipt_required"
    assert m.Exchange.select().count() == 0
    detail = exchanges.record_exchange(clerk, _ask(out=DEAR, receipt_no="POS-7781"))
    assert detail.settlement is Settlement.COLLECTED
    assert detail.difference.minor < 0 and detail.receipt_no == "POS-7781"
    assert detail.refund_no == "" and m.Refund.select().count() == 0


def test_an_even_exchange_moves_no_money(order, clerk):
    value = _unit_value()
    detail = exchanges.record_exchange(
        clerk, _ask(out=[ItemOut("TEA-01-L", "龙井茶 新包装", value, 1)])
    )
    assert detail.settlement is Settlement.EVEN
    assert detail.difference == Money(0, "CNY") and detail.refund_no == ""
    with pytest.raises(InvalidInput) as caught:
        exchanges.record_exchange(clerk, _ask(out=[ItemOut("X", "x", value, 1)], receipt_no="R1"))
    assert caught.value.code == "exchange_receipt_unused"


def test_a_changed_difference_is_refused(order, clerk):
    with pytest.raises(Refused) as caught:
        exchanges.record_exchange(clerk, _ask(), expected_difference=1)
    assert caught.value.code == "exchange_changed"
    assert (
        m.Exchange.select().count() == 0
        and m.AuditEvent.select().where(m.AuditEvent.entity == "exchange").count() == 0
    )


def test_roles_and_the_owner_override(order, clerk, accountant, owner):
    with pytest.raises(PermissionDenied):
        exchanges.record_exchange(accountant, _ask())
    with pytest.raises(PermissionDenied):
        exchanges.record_exchange(clerk, _ask(override_reason="regular customer"))
    detail = exchanges.record_exchange(clerk, _ask())
    with pytest.raises(PermissionDenied):
        exchanges.cancel_exchange(clerk, detail.exchange_no, "typo")


def test_cancelling_gives_the_units_back_once_the_refund_no_longer_counts(order, clerk, owner):
    detail = exchanges.record_exchange(clerk, _ask(back={1: 3}))
    with pytest.raises(Refused) as caught:
        exchanges.cancel_exchange(owner, detail.exchange_no, "entered on the wrong order")
    assert caught.value.code == "exchange_refund_counts"
    refund_decisions.cancel(owner, detail.refund_no, "wrong order")
    cancelled = exchanges.cancel_exchange(owner, detail.exchange_no, "entered on the wrong order")
    assert cancelled.status == "cancelled"
    assert orders.get_order(order).refundable["lines"][0]["units_left"] == 3
    assert [e.exchange_no for e in exchanges.exchanges_of_order(order)] == [detail.exchange_no]


def test_numbers_run_per_day(order, clerk):
    first = exchanges.record_exchange(clerk, _ask(out=DEAR, receipt_no="R1"))
    second = exchanges.record_exchange(clerk, _ask(out=DEAR, receipt_no="R2"))
    assert first.exchange_no.startswith("EX") and first.exchange_no.endswith("0001")
    assert second.exchange_no.endswith("0002")


@pytest.mark.tampers
def test_an_exchange_row_edited_with_sqlite3_is_found_by_check(order, clerk, db_path):
    detail = exchanges.record_exchange(clerk, _ask(out=DEAR, receipt_no="POS-1"))
    assert integrity.check().ok
    sql_file(db_path, "UPDATE exchange SET difference = 0, settlement = 'even'")
    sql_file(db_path, "UPDATE exchange_line SET quantity = 0 WHERE direction = 'back'")
    report = integrity.check()
    assert not report.ok
    found = {(d.entity, d.key, d.field) for d in report.differences}
    no = detail.exchange_no
    assert {
        ("exchange", no, "exchange.difference"),
        ("exchange", no, "exchange.settlement"),
        ("exchange", no, "lines[1].quantity"),
    } <= found
    text = "\n".join(report.problems())
    assert f"exchange {no}: exchange.difference is 0.00 CNY in the table" in text


@pytest.mark.tampers
def test_a_deleted_exchange_is_found_by_check(order, clerk, db_path):
    detail = exchanges.record_exchange(clerk, _ask(out=DEAR, receipt_no="POS-1"))
    sql_file(db_path, "DELETE FROM exchange_line")
    sql_file(db_path, "DELETE FROM exchange")
    problems = integrity.check().problems()
    assert any(
        p.startswith(f"exchange {detail.exchange_no}: the row was deleted") for p in problems
    )


def test_the_difference_refund_prints_and_shows_as_the_exchange_difference(order, clerk):
    import io

    from pypdf import PdfReader

    from merchant_refunds.documents.confirmation import render_confirmation

    detail = exchanges.record_exchange(clerk, _ask())
    refund = refund_views.get_refund(detail.refund_no)
    assert refund.quote["exchange_no"] == detail.exchange_no
    for lang in ("zh", "en"):
        pdf = render_confirmation(detail.refund_no, "a4", lang)
        text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
        assert exchanges.DIFFERENCE_ITEM in text and detail.exchange_no in text
        assert f"{detail.difference.amount:,}" in text


def test_a_schema_13_database_gains_the_exchange_tables(tmp_path) -> None:
    """Upgrading keeps what was there and adds the exchanges' tables (step 14)."""
    import sqlite3

    from merchant_refunds.storage import migrations
    from merchant_refunds.storage.db import close_database, current_database, open_database

    path = tmp_path / "old.sqlite3"
    open_database(path, create=True)
    close_database()
    with sqlite3.connect(path) as con:
        con.execute("DROP TABLE exchange_line")
        con.execute("DROP TABLE exchange")
        con.execute("UPDATE setting SET value = '13' WHERE key = 'schema_version'")
    con.close()
    open_database(path)
    try:
        db = current_database()
        assert migrations.read_version(db) == migrations.SCHEMA_VERSION >= 14
        assert {"exchange", "exchange_line"} <= set(db.get_tables())
    finally:
        close_database()
