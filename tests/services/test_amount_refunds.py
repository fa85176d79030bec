"""Refunds by amount through the services: stored as such and pinned by the trail, printed with
the clause that matches, exported and booked as a price difference, compensation or goodwill.

The tamper tests change the new rows behind the program's back, as ``tests/test_tamper.py`` does.
"""

from __future__ import annotations

import csv
import io
import itertools
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from merchant_refunds.documents.confirmation import render_confirmation
from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.errors import Refused, StorageError
from merchant_refunds.domain.policy import ReasonCode, ShippingRule
from merchant_refunds.exports.run import export_file
from merchant_refunds.services import (
    integrity,
    orders,
    refund_decisions,
    refund_goods,
    refund_requests,
    refund_views,
    shop_settings,
)
from merchant_refunds.services.payouts import sending
from merchant_refunds.services.reporting import ExportFilter
from merchant_refunds.services.users import Actor
from merchant_refunds.storage import models as m
from tests.domain.test_calculation_properties import _db_sums, orders_
from tests.factories import tea_order
from tests.tamper import sql

#: tea_order: line 1 is 3 teas at 128.00 (13% VAT), line 2 two cups; a 50.00 discount shared.
ORDER = "AM1"


def _amount(clerk: Actor, amount: int, line: int | None, reason: ReasonCode) -> str:
    request = refund_requests.RefundRequest(
        ORDER, Selection(amount=amount, amount_line=line), reason, note="价保"
    )
    return refund_requests.request_refund(clerk, request).refund_no


@pytest.fixture
def order(clerk: Actor) -> None:
    orders.create_order(clerk, tea_order(ORDER))


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def _text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def test_a_price_difference_is_stored_as_such_and_the_units_stay(order, clerk) -> None:
    before = orders.get_order(ORDER).refundable
    refund_no = _amount(clerk, 3000, 1, ReasonCode.PRICE_ADJUSTMENT)
    detail = refund_views.get_refund(refund_no)
    assert (detail.amount_kind, detail.amount_line, detail.total.minor) == (
        "price_difference",
        1,
        3000,
    )
    row = m.RefundAmount.get()
    assert (row.kind, row.line_no, row.amount) == ("price_difference", 1, 3000)
    lines = list(m.RefundLine.select())
    assert [(x.quantity, x.amount, x.tax) for x in lines] == [(0, 3000, 345)]
    after = orders.get_order(ORDER).refundable
    assert after["lines"][0]["units_left"] == 3
    assert after["lines"][0]["amount_left"] == before["lines"][0]["amount_left"] - 3000
    assert integrity.check().ok
    # every tea still comes back, for what is left on the line
    last = refund_requests.request_refund(
        clerk,
        refund_requests.RefundRequest(ORDER, Selection({1: 3}), ReasonCode.QUALITY_PROBLEM),
    )
    assert last.total.minor == before["lines"][0]["amount_left"] - 3000


def test_an_order_amount_is_capped_and_a_refused_one_writes_nothing(order, clerk) -> None:
    left = orders.get_order(ORDER).refundable
    items_left = left["total_left"] - left["shipping_left"]
    with pytest.raises(Refused) as err:
        _amount(clerk, items_left + 1, None, ReasonCode.GOODWILL)
    assert err.value.code == "amount_exceeds_order"
    assert not m.Refund.select().exists() and not m.RefundAmount.select().exists()
    refund_no = _amount(clerk, items_left, None, ReasonCode.GOODWILL)
    amounts = {
        line.order_line.line_no: line.amount
        for line in m.RefundLine.select().where(m.RefundLine.quantity == 0)
    }
    assert amounts == {x["line_no"]: x["amount_left"] for x in left["lines"]}
    assert refund_views.get_refund(refund_no).amount_line is None


def test_a_cancelled_amount_refund_frees_what_it_took(order, clerk) -> None:
    refund_no = _amount(clerk, 2000, 2, ReasonCode.COMPENSATION)
    left = orders.get_order(ORDER).refundable["total_left"]
    refund_decisions.cancel(clerk, refund_no, "customer changed his mind")
    assert orders.get_order(ORDER).refundable["total_left"] == left + 2000


@pytest.mark.tampers
def test_an_amount_refund_changed_by_hand_is_found_and_never_paid(order, clerk, owner) -> None:
    refund_no = _amount(clerk, 3000, 1, ReasonCode.PRICE_ADJUSTMENT)
    refund_decisions.approve(owner, refund_no)
    sql("UPDATE refund_amount SET kind = 'goodwill', amount = 300000")
    report = integrity.check()
    fields = {d.field for d in report.differences if d.key == refund_no}
    assert {"amount[1].kind", "amount[1].amount"} <= fields, report.problems()
    with pytest.raises(StorageError) as caught:
        sending.record_payout(owner, refund_no, reference="ALI-1")
    assert caught.value.code == "refund_tampered"
    assert not m.Payout.select().exists()


@pytest.mark.tampers
def test_an_amount_refund_whose_record_is_deleted_is_found(order, clerk) -> None:
    refund_no = _amount(clerk, 3000, 1, ReasonCode.PRICE_ADJUSTMENT)
    sql("DELETE FROM refund_amount")
    report = integrity.check()
    assert ("refund", refund_no, "amount") in {
        (d.entity, d.key, d.field) for d in report.differences
    }, report.problems()


@pytest.mark.tampers
def test_a_unit_refund_turned_into_an_amount_refund_by_hand_is_found(order, clerk) -> None:
    unit = refund_requests.request_refund(
        clerk, refund_requests.RefundRequest(ORDER, Selection({1: 1}), ReasonCode.QUALITY_PROBLEM)
    ).refund_no
    refund_id = m.Refund.get(m.Refund.refund_no == unit).id
    sql(
        "INSERT INTO refund_amount (refund_id, kind, line_no, amount) VALUES (?, ?, ?, ?)",
        refund_id,
        "price_difference",
        1,
        100,
    )
    report = integrity.check()
    assert ("refund", unit, "amount") in {(d.entity, d.key, d.field) for d in report.differences}, (
        report.problems()
    )


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_confirmation_prints_the_kind_and_the_clause_that_matches(
    order, clerk, lang: str
) -> None:
    diff = _amount(clerk, 3000, 1, ReasonCode.PRICE_ADJUSTMENT)
    comp = _amount(clerk, 1500, 2, ReasonCode.QUALITY_PROBLEM)
    units = refund_requests.request_refund(
        clerk, refund_requests.RefundRequest(ORDER, Selection({2: 1}), ReasonCode.WRONG_ITEM)
    ).refund_no
    receipt = _text(render_confirmation(diff, "receipt80", lang)).replace("\n", "")
    assert ("退差价（价保）" if lang == "zh" else "Price difference") in receipt
    diff_text = _text(render_confirmation(diff, "a4", lang)).replace("\n", "")
    comp_text = _text(render_confirmation(comp, "a4", lang)).replace("\n", "")
    unit_text = _text(render_confirmation(units, "a4", lang)).replace("\n", "")
    if lang == "zh":
        assert "退差价（价保）" in diff_text and "退还差价部分" in diff_text
        assert "30.00" in diff_text and "叁拾元整" in diff_text
        assert "部分退款（仅退款，商品不退回）" in comp_text
        assert "商品无需退回" in comp_text
        # a quality problem kept by the customer: not the "full refund, return shipping" clause
        assert "全额退还" not in comp_text and "退还差价部分" not in comp_text
        assert "退还差价部分" not in unit_text and "退款类型" not in unit_text
    else:
        assert "Price difference" in diff_text and "the difference is refunded" in diff_text
        assert "Compensation (goods kept)" in comp_text
        assert "refunds what was paid" not in comp_text
        assert "difference" not in unit_text and "Refund type" not in unit_text


def test_exports_and_the_journal_name_an_amount_refund(order, clerk, owner, tmp_path: Path) -> None:
    diff = _amount(clerk, 3000, 1, ReasonCode.PRICE_ADJUSTMENT)
    refund_decisions.approve(owner, diff)
    sending.record_payout(owner, diff, reference="ALI-9")
    refunds = tmp_path / "refunds.csv"
    export_file(owner, "refunds", ExportFilter(), refunds, machine_headers=True)
    rows = _rows(refunds)
    assert [(r["refund_no"], r["refund_kind"]) for r in rows] == [(diff, "price_difference")]
    lines = tmp_path / "lines.csv"
    export_file(owner, "lines", ExportFilter(), lines, lang="zh")
    rows = _rows(lines)
    assert [(r["退款类型"], r["数量"]) for r in rows] == [("退差价", "0")]
    for lang, words in (("zh", "销售折让（退差价）"), ("en", "Sales allowance (price difference)")):
        journal = tmp_path / f"journal-{lang}.csv"
        export_file(owner, "journal", ExportFilter(), journal, lang=lang, machine_headers=True)
        summaries = [r["summary"] for r in _rows(journal)]
        assert f"{words} {diff}" in summaries


# --- mixed sequences through the services and the SQLite file ------------------------------------

_numbers = itertools.count(1)


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(order=orders_(max_lines=3, max_qty=6, max_price=50_000), data=st.data())
def test_mixed_sequences_through_the_services_keep_the_caps_and_sum_exactly(
    owner, owner2, clerk, order, data
) -> None:
    """Amount and unit requests, rejections, cancellations and payouts, checked in the tables
    after every step; at the end, refunding what is left makes every line, the shipping and the
    order exactly what was paid."""
    if shop_settings.get_policy().shipping_rule is not ShippingRule.ALWAYS:
        shop_settings.set_policy(owner, {"shipping_rule": "always"})
    order_no = f"AMX{next(_numbers):04d}"
    orders.create_order(clerk, replace(order, order_no=order_no))
    stored = orders.get_order(order_no).order
    for _ in range(data.draw(st.integers(1, 6), label="steps")):
        refundable = orders.get_order(order_no).refundable
        money_left = {x["line_no"]: x["amount_left"] for x in refundable["lines"]}
        units = {x["line_no"]: x["units_left"] for x in refundable["lines"]}
        open_rows = list(
            m.Refund.select()
            .join(m.Order)
            .where((m.Order.order_no == order_no) & (m.Refund.status == "requested"))
        )
        action = data.draw(st.sampled_from(["amount", "amount", "units", "decide"]))
        if action == "amount" and any(money_left.values()):
            line_no = data.draw(
                st.sampled_from([None, *[n for n, a in money_left.items() if a > 0]])
            )
            cap = sum(money_left.values()) if line_no is None else money_left[line_no]
            amount = data.draw(st.integers(1, cap))
            reason = data.draw(st.sampled_from([ReasonCode.PRICE_ADJUSTMENT, ReasonCode.GOODWILL]))
            refund_requests.request_refund(
                clerk,
                refund_requests.RefundRequest(
                    order_no, Selection(amount=amount, amount_line=line_no), reason
                ),
            )
            with pytest.raises(Refused):  # never more than is left
                refund_requests.request_refund(
                    clerk,
                    refund_requests.RefundRequest(
                        order_no, Selection(amount=cap - amount + 1, amount_line=line_no), reason
                    ),
                )
        elif action == "units" and any(units.values()):
            line_no = data.draw(st.sampled_from([n for n, q in units.items() if q > 0]))
            qty = data.draw(st.integers(1, units[line_no]))
            refund_requests.request_refund(
                clerk,
                refund_requests.RefundRequest(
                    order_no, Selection({line_no: qty}, shipping=True), ReasonCode.QUALITY_PROBLEM
                ),
            )
        elif open_rows:
            row = data.draw(st.sampled_from(open_rows))
            choice = data.draw(st.sampled_from(["reject", "cancel", "pay"]))
            if choice == "reject":
                refund_decisions.reject(owner, row.refund_no, "not covered")
            elif choice == "cancel":
                refund_decisions.cancel(clerk, row.refund_no, "customer changed mind")
            else:
                refund_decisions.approve(owner, row.refund_no)
                if row.signature_required:
                    refund_goods.record_signature(clerk, row.refund_no)
                sending.record_payout(owner, row.refund_no)
        per_line, shipping, total = _db_sums(order_no)
        for line in stored.lines:
            assert per_line[line.line_no] <= line.paid
        assert shipping <= stored.shipping_fee
        assert total <= stored.total_paid

    refundable = orders.get_order(order_no).refundable
    left_units = [x for x in refundable["lines"] if x["units_left"]]
    if left_units or refundable["shipping_left"]:
        refund_requests.request_refund(
            owner,
            refund_requests.RefundRequest(
                order_no, Selection(everything_left=True), ReasonCode.QUALITY_PROBLEM
            ),
        )
    rest = orders.get_order(order_no).refundable["total_left"]
    if rest:  # money left on lines whose units are all refunded (an amount withdrawn later)
        refund_requests.request_refund(
            owner,
            refund_requests.RefundRequest(order_no, Selection(amount=rest), ReasonCode.GOODWILL),
        )
    per_line, shipping, total = _db_sums(order_no)
    for line in stored.lines:
        assert per_line[line.line_no] == line.paid
    assert shipping == stored.shipping_fee
    assert total == stored.total_paid
    assert orders.get_order(order_no).refundable["total_left"] == 0


def test_a_schema_11_database_gains_the_amount_table(tmp_path: Path) -> None:
    """Upgrading keeps the old refunds and adds the table that records refunds by amount."""
    import sqlite3

    from merchant_refunds.storage import migrations
    from merchant_refunds.storage.db import close_database, current_database, open_database

    path = tmp_path / "old.sqlite3"
    open_database(path, create=True)
    close_database()
    with sqlite3.connect(path) as con:
        con.execute("DROP TABLE refund_amount")
        con.execute("UPDATE setting SET value = '11' WHERE key = 'schema_version'")
    con.close()
    open_database(path)
    try:
        db = current_database()
        assert migrations.read_version(db) == migrations.SCHEMA_VERSION >= 12
        assert "refund_amount" in db.get_tables()
    finally:
        close_database()
