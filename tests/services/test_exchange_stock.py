"""What exchanges move in stock (issue 13): the units given out leave stock when the exchange is
recorded, the units back are received unit by unit through the returned goods' inspection (back
into stock or written off), each in one transaction with its event, pinned in the trail, and the
stock ledger and its export tell what really moved."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.errors import InvalidInput, PermissionDenied, Refused
from merchant_refunds.domain.exchanges import ItemOut
from merchant_refunds.domain.inspection import Condition, Disposition, StockKind
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.exports.stock import export_stock
from merchant_refunds.services import (
    exchange_stock,
    exchanges,
    integrity,
    orders,
    refund_goods,
    refund_requests,
    returned_goods,
)
from merchant_refunds.services.returned_goods import UnitCondition
from merchant_refunds.storage import models as m
from tests.factories import tea_order
from tests.tamper import sql_file

DEAR = (ItemOut("TEA-09", "大红袍 250g", 30000, 1), ItemOut("CUP-09", "白瓷杯", 2000, 2))


@pytest.fixture
def exchange(clerk) -> exchanges.ExchangeDetail:
    orders.create_order(clerk, tea_order())
    request = exchanges.ExchangeRequest(
        "T0001", {1: 2, 2: 1}, DEAR, ReasonCode.WRONG_ITEM, receipt_no="POS-1"
    )
    return exchanges.record_exchange(clerk, request)


def _actions(no: str) -> list[str]:
    return [
        e.action
        for e in m.AuditEvent.select()
        .where((m.AuditEvent.entity == "exchange") & (m.AuditEvent.entity_key == no))
        .order_by(m.AuditEvent.id)
    ]


def test_units_out_leave_stock_when_the_exchange_is_recorded(exchange, clerk):
    ledger = returned_goods.stock_ledger(clerk)
    out = [(e.sku, e.kind, e.quantity, e.exchange_no) for e in ledger.entries]
    assert out == [
        ("TEA-09", StockKind.EXCHANGED_OUT, 1, exchange.exchange_no),
        ("CUP-09", StockKind.EXCHANGED_OUT, 2, exchange.exchange_no),
    ]
    totals = {t.sku: t for t in ledger.totals()}
    assert totals["CUP-09"].exchanged_out == 2 and totals["CUP-09"].returned_to_stock == 0
    assert _actions(exchange.exchange_no) == ["exchange.record"]
    assert integrity.check().ok


@pytest.mark.parametrize("db_backend", ["sqlite", "postgresql"], indirect=True)
def test_units_back_are_inspected_one_by_one_and_move_stock(exchange, clerk):
    before = exchange_stock.exchange_units(exchange.exchange_no)
    assert [(u.line_no, u.unit_no, u.condition) for u in before] == [
        (1, 1, ""),
        (1, 2, ""),
        (2, 1, ""),
    ]
    units = exchange_stock.receive_exchange_goods(
        clerk,
        exchange.exchange_no,
        [
            UnitCondition(1, Condition.DAMAGED, 2, "lid cracked"),
            UnitCondition(2, Condition.OPENED, None, "", Disposition.WRITTEN_OFF),
        ],
    )
    assert [(u.line_no, u.unit_no, u.condition, u.disposition, u.note) for u in units] == [
        (1, 1, "resaleable", "returned_to_stock", ""),
        (1, 2, "damaged", "written_off", "lid cracked"),
        (2, 1, "opened", "written_off", ""),
    ]
    ledger = returned_goods.stock_ledger(clerk, sku="TEA-01")
    assert [(e.kind, e.unit_no, e.condition) for e in ledger.entries] == [
        (StockKind.RETURNED_TO_STOCK, 1, "resaleable"),
        (StockKind.WRITTEN_OFF, 2, "damaged"),
    ]
    assert {e.exchange_no for e in ledger.entries} == {exchange.exchange_no}
    (tea,) = ledger.totals()
    assert (tea.returned_to_stock, tea.written_off, tea.exchanged_out) == (1, 1, 0)
    assert _actions(exchange.exchange_no) == ["exchange.record", "exchange.receive"]
    assert integrity.check().ok
    with pytest.raises(Refused) as again:
        exchange_stock.receive_exchange_goods(clerk, exchange.exchange_no)
    assert again.value.code == "exchange_goods_received"


def test_receiving_refuses_wrong_units_readers_and_cancelled_exchanges(
    exchange, clerk, owner, accountant
):
    with pytest.raises(InvalidInput) as wrong:
        exchange_stock.receive_exchange_goods(
            clerk, exchange.exchange_no, [UnitCondition(1, Condition.DAMAGED, 3)]
        )
    assert wrong.value.code == "exchange_unit_unknown"
    with pytest.raises(PermissionDenied):
        exchange_stock.receive_exchange_goods(accountant, exchange.exchange_no)
    assert not m.ExchangeStock.select().where(m.ExchangeStock.order_line.is_null(False)).exists()
    exchanges.cancel_exchange(owner, exchange.exchange_no, "wrong order")
    with pytest.raises(Refused) as cancelled:
        exchange_stock.receive_exchange_goods(clerk, exchange.exchange_no)
    assert cancelled.value.code == "exchange_cancelled"


def test_cancelling_an_exchange_reverses_its_stock_movements(exchange, clerk, owner):
    exchange_stock.receive_exchange_goods(
        clerk, exchange.exchange_no, [UnitCondition(1, Condition.DAMAGED, 2, "lid cracked")]
    )
    exchanges.cancel_exchange(owner, exchange.exchange_no, "录错订单")
    ledger = returned_goods.stock_ledger(clerk)
    moves = [(e.sku, e.kind, e.quantity) for e in ledger.entries]
    assert moves == [
        ("TEA-09", StockKind.EXCHANGED_OUT, 1),
        ("CUP-09", StockKind.EXCHANGED_OUT, 2),
        ("TEA-01", StockKind.RETURNED_TO_STOCK, 1),
        ("TEA-01", StockKind.WRITTEN_OFF, 1),
        ("CUP-02", StockKind.RETURNED_TO_STOCK, 1),
        ("TEA-09", StockKind.EXCHANGED_OUT, -1),
        ("CUP-09", StockKind.EXCHANGED_OUT, -2),
        ("TEA-01", StockKind.RETURNED_TO_STOCK, -1),
        ("TEA-01", StockKind.WRITTEN_OFF, -1),
        ("CUP-02", StockKind.RETURNED_TO_STOCK, -1),
    ]
    assert all(
        (t.returned_to_stock, t.written_off, t.exchanged_out) == (0, 0, 0) for t in ledger.totals()
    )
    reversals = m.ExchangeStock.select().where(m.ExchangeStock.quantity < 0)
    assert {r.note for r in reversals} == {"录错订单"}
    assert _actions(exchange.exchange_no) == [
        "exchange.record",
        "exchange.receive",
        "exchange.cancel",
    ]
    assert integrity.check().ok  # the reversals are pinned by the cancellation's event


def test_refunds_and_exchanges_share_the_ledger_and_its_export(exchange, clerk, tmp_path: Path):
    orders.create_order(clerk, tea_order("T0002"))
    request = refund_requests.RefundRequest(
        "T0002", Selection({1: 1}), ReasonCode.QUALITY_PROBLEM, goods_return=True
    )
    refund_no = refund_requests.request_refund(clerk, request).refund_no
    refund_goods.record_goods_received(clerk, refund_no, [], condition=Condition.RESALEABLE)
    exchange_stock.receive_exchange_goods(clerk, exchange.exchange_no)
    ledger = returned_goods.stock_ledger(clerk, sku="TEA-01")
    assert [(e.refund_no, e.exchange_no) for e in ledger.entries] == [
        (refund_no, ""),
        ("", exchange.exchange_no),
        ("", exchange.exchange_no),
    ]
    target = tmp_path / "stock.csv"
    for lang, kind_out, header in (
        ("en", "Exchanged out", "Exchange no."),
        ("zh", "换货发出", "换货单号"),
    ):
        export_stock(clerk, target, lang=lang)
        with target.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert sum(1 for r in rows if r[header] == exchange.exchange_no) == 2 + 3
        assert kind_out in {r["Stock movement" if lang == "en" else "库存变动"] for r in rows}


@pytest.mark.tampers
def test_a_stock_movement_of_an_exchange_edited_with_sqlite3_is_found_by_check(
    exchange, clerk, db_path
):
    exchange_stock.receive_exchange_goods(
        clerk, exchange.exchange_no, [UnitCondition(1, Condition.DAMAGED, 2)]
    )
    assert integrity.check().ok
    # someone puts the damaged unit "back in stock" and hides one cup given out
    sql_file(
        db_path, "UPDATE exchange_stock SET kind = 'returned_to_stock' WHERE condition = 'damaged'"
    )
    sql_file(db_path, "UPDATE exchange_stock SET quantity = 1 WHERE sku = 'CUP-09'")
    report = integrity.check()
    assert not report.ok
    fields = {(d.key, d.field) for d in report.differences if d.entity == "exchange"}
    no = exchange.exchange_no
    # rows in order: the tea and the cups given out, then the tea units back 1 and 2
    assert (no, "stock[4].kind") in fields and (no, "stock[2].quantity") in fields


@pytest.mark.tampers
def test_a_deleted_stock_movement_of_an_exchange_is_found_by_check(exchange, clerk, db_path):
    sql_file(db_path, "DELETE FROM exchange_stock WHERE sku = 'TEA-09'")
    problems = integrity.check().problems()
    assert any(p.startswith(f"exchange {exchange.exchange_no}") for p in problems)
