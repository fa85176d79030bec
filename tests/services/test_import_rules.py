"""SKU rules at import, ``orders set``, platform refunds that are ours, and skipping bad orders."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.errors import InvalidInput, PermissionDenied, Refused
from merchant_refunds.domain.order import OrderStatus
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.domain.sku_rules import SkuRule
from merchant_refunds.imports.run import import_file, preview_file
from merchant_refunds.services import (
    audit,
    integrity,
    order_edits,
    orders,
    refund_decisions,
    refund_requests,
    sku_rules,
)
from merchant_refunds.services.order_edits import OrderEdit
from merchant_refunds.services.order_import import ImportRefused
from merchant_refunds.services.refund_requests import RefundRequest
from merchant_refunds.services.users import Actor
from merchant_refunds.storage import models as m
from tests import import_samples as s

RULES = [
    SkuRule("MUG", final_sale=True),
    SkuRule("tea-*", "perishable"),
    SkuRule("CU?-1", "tableware"),
]


def _codes(order_no: str, lines: dict[int, int]) -> set[str]:
    result = refund_requests.quote(
        RefundRequest(order_no, Selection(lines=lines), ReasonCode.NO_REASON)
    )
    return {f.code for f in result.blocking}


def test_rules_give_imported_lines_their_category_and_final_sale(
    tmp_path: Path, owner: Actor
) -> None:
    sku_rules.set_rules(owner, RULES)
    assert sku_rules.get_rules() == RULES
    import_file(owner, s.shopify_file(tmp_path / "o.csv"))
    first = orders.get_order("#1001").order
    assert [(ln.sku, ln.category, ln.final_sale) for ln in first.lines] == [
        ("TEA-G", "perishable", False),
        ("POT-1", "", False),
    ]
    assert orders.get_order("#1002").order.lines[0].category == "tableware"
    assert orders.get_order("#1004").order.lines[0].final_sale
    # the policy now applies to them: perishable is excluded, a final sale needs a reason
    assert "excluded_category" in _codes("#1001", {1: 1})
    assert "excluded_category" not in _codes("#1001", {2: 1})
    assert "final_sale" in _codes("#1004", {1: 1})
    # the same file again changes nothing
    assert preview_file(tmp_path / "o.csv").unchanged == 4


def test_rules_are_checked_and_only_the_owner_changes_them(owner: Actor, clerk: Actor) -> None:
    with pytest.raises(PermissionDenied):
        sku_rules.set_rules(clerk, RULES)
    with pytest.raises(InvalidInput, match="neither a category nor final sale"):
        sku_rules.set_rules(owner, [SkuRule("X")])
    with pytest.raises(InvalidInput, match="two SKU rules"):
        sku_rules.set_rules(owner, [SkuRule("mug", "a"), SkuRule("MUG", "b")])
    assert sku_rules.get_rules() == []
    sku_rules.set_rules(owner, RULES)
    event = audit.events_for("setting", "sku_rules")[-1]
    assert (event.action, event.user_name) == ("settings.sku_rules", "boss")


def test_orders_set_gives_an_imported_order_its_delivery_date_and_the_window_applies(
    tmp_path: Path, owner: Actor
) -> None:
    rows = s.shopify_rows()
    rows[4]["Financial Status"] = "paid"
    rows[4]["Refunded Amount"] = "0.00"
    import_file(owner, s.shopify_file(tmp_path / "o.csv", rows))
    assert orders.get_order("#1004").order.delivered_at is None
    assert "outside_window" not in _codes("#1004", {1: 1})  # no date: the window cannot apply

    detail = order_edits.set_order(owner, "#1004", OrderEdit(delivered_on=date(2026, 11, 18)))
    assert detail.order.delivered_on == date(2026, 11, 18)
    assert "outside_window" in _codes("#1004", {1: 1})  # 7 days after the 18th is before the 26th
    event = audit.events_for("order", "#1004")[-1]
    assert event.action == "order.edit" and event.after["delivered_at"] == "2026-11-18T00:00:00"

    # setting it again to the same day writes nothing
    count = m.AuditEvent.select().count()
    order_edits.set_order(owner, "#1004", OrderEdit(delivered_on=date(2026, 11, 18)))
    assert m.AuditEvent.select().count() == count


def test_orders_set_changes_lines_never_money_and_rejects_nonsense(
    tmp_path: Path, owner: Actor
) -> None:
    import_file(owner, s.shopify_file(tmp_path / "o.csv"))
    before = orders.get_order("#1001").order
    after = order_edits.set_order(
        owner,
        "#1001",
        OrderEdit(categories={"TEA-G": "perishable"}, final_sale={"#2": True}),
    ).order
    assert [(ln.category, ln.final_sale) for ln in after.lines] == [
        ("perishable", False),
        ("", True),
    ]
    assert [ln.paid for ln in after.lines] == [ln.paid for ln in before.lines]
    assert after.total_paid == before.total_paid
    with pytest.raises(InvalidInput, match="no line with SKU"):
        order_edits.set_order(owner, "#1001", OrderEdit(categories={"NOPE": "x"}))
    with pytest.raises(InvalidInput, match="in the future"):
        order_edits.set_order(owner, "#1001", OrderEdit(delivered_on=date(2026, 12, 1)))
    with pytest.raises(InvalidInput, match="before the order was placed"):
        order_edits.set_order(owner, "#1001", OrderEdit(delivered_on=date(2026, 11, 1)))
    with pytest.raises(Refused, match="cannot have been delivered"):
        order_edits.set_order(owner, "#1003", OrderEdit(delivered_on=date(2026, 11, 20)))


def test_a_clerk_gives_a_delivery_date_only_the_owner_changes_one_or_a_category(
    tmp_path: Path, owner: Actor, clerk: Actor, accountant: Actor
) -> None:
    import_file(owner, s.shopify_file(tmp_path / "o.csv"))
    with pytest.raises(PermissionDenied):
        order_edits.set_order(accountant, "#1004", OrderEdit(delivered_on=date(2026, 11, 20)))
    order_edits.set_order(clerk, "#1004", OrderEdit(delivered_on=date(2026, 11, 20)))
    count = m.AuditEvent.select().count()
    with pytest.raises(PermissionDenied):
        order_edits.set_order(clerk, "#1004", OrderEdit(delivered_on=date(2026, 11, 21)))
    with pytest.raises(PermissionDenied):
        order_edits.set_order(clerk, "#1004", OrderEdit(final_sale={"MUG": True}))
    assert m.AuditEvent.select().count() == count
    assert orders.get_order("#1004").order.delivered_on == date(2026, 11, 20)
    order_edits.set_order(owner, "#1004", OrderEdit(delivered_on=date(2026, 11, 21)))
    assert orders.get_order("#1004").order.delivered_on == date(2026, 11, 21)


def test_a_reimport_keeps_what_was_set_by_hand(tmp_path: Path, owner: Actor) -> None:
    rows = s.shopify_rows()
    import_file(owner, s.shopify_file(tmp_path / "a.csv", rows))
    order_edits.set_order(
        owner,
        "#1001",
        OrderEdit(delivered_on=date(2026, 11, 22), categories={"POT-1": "fragile"}),
    )
    assert preview_file(tmp_path / "a.csv").unchanged == 4
    sku_rules.set_rules(owner, [SkuRule("POT-*", "other"), SkuRule("TEA-*", "perishable")])
    rows[0]["Billing Phone"] = "+1 555 0199"
    report = import_file(owner, s.shopify_file(tmp_path / "b.csv", rows))
    assert report.changed == 1
    order = orders.get_order("#1001").order
    assert order.customer.phone == "+1 555 0199"
    assert order.delivered_on == date(2026, 11, 22)
    # the hand-set category stays; the rule fills the line that had none
    assert [ln.category for ln in order.lines] == ["perishable", "fragile"]
    assert import_file(owner, tmp_path / "b.csv").unchanged == 4


@pytest.mark.tampers
def test_a_category_changed_behind_the_programs_back_is_caught(
    tmp_path: Path, owner: Actor, db_path: Path
) -> None:
    import_file(owner, s.shopify_file(tmp_path / "o.csv"))
    order_edits.set_order(owner, "#1001", OrderEdit(final_sale={"TEA-G": True}))
    assert integrity.check().ok
    con = sqlite3.connect(db_path)
    with con:
        con.execute("UPDATE order_line SET final_sale = 0, category = 'x' WHERE sku = 'TEA-G'")
    con.close()
    report = integrity.check()
    assert [(d.entity, d.key, d.field) for d in report.differences] == [
        ("order", "#1001", "fingerprint")
    ]


def _refund_here(owner: Actor, owner2: Actor, order_no: str, lines: dict[int, int]) -> str:
    refund = refund_requests.request_refund(
        owner, RefundRequest(order_no, Selection(lines=lines), ReasonCode.QUALITY_PROBLEM)
    )
    refund_decisions.approve(owner2, refund.refund_no)
    return refund.refund_no


def test_a_platform_refund_that_is_ours_links_to_it_and_is_not_counted_twice(
    tmp_path: Path, owner: Actor, owner2: Actor
) -> None:
    rows = s.shopify_rows()
    import_file(owner, s.shopify_file(tmp_path / "a.csv", rows))
    refund_no = _refund_here(owner, owner2, "#1001", {2: 1})
    refund = m.Refund.get(m.Refund.refund_no == refund_no)
    left = orders.get_order("#1001").refundable["total_left"]

    # the same refund, carried out on Shopify, is in the next export
    rows[0]["Financial Status"] = "partially_refunded"
    rows[0]["Refunded Amount"] = f"{refund.total / 100:.2f}"
    report = import_file(owner, s.shopify_file(tmp_path / "b.csv", rows))
    assert (report.linked, report.conflicts, report.changed) == (1, 0, 0)
    assert orders.get_order("#1001").refundable["total_left"] == left
    assert m.ExternalRefund.select().where(m.ExternalRefund.reference.contains("1001")).count() == 0
    event = audit.events_for("order", "#1001")[-1]
    assert event.after["linked_platform_refund"]["refunds"] == [refund_no]
    assert preview_file(tmp_path / "b.csv").unchanged == 4  # and again: nothing new

    # a platform refund nobody made here is a real conflict, shown for that order
    rows[0]["Refunded Amount"] = f"{refund.total / 100 + 5:.2f}"
    with pytest.raises(ImportRefused) as caught:
        import_file(owner, s.shopify_file(tmp_path / "c.csv", rows))
    assert [(p.order_no, p.kind) for p in caught.value.report.problems] == [("#1001", "conflict")]


def test_skip_failing_imports_the_good_orders_and_lists_the_rest(
    tmp_path: Path, owner: Actor
) -> None:
    rows = s.shopify_rows()[:3]  # #1001 (two rows), #1002
    rows.append(dict(s.shopify_rows()[3], Total="1.00"))  # #1003 does not add up
    path = s.shopify_file(tmp_path / "o.csv", rows)
    with pytest.raises(ImportRefused):
        import_file(owner, path)
    assert m.Order.select().count() == 0
    report = import_file(owner, path, skip_failing=True)
    assert (report.new, report.failed, report.imported, report.skipped_failing) == (
        2,
        1,
        True,
        True,
    )
    assert [p.order_no for p in report.problems] == ["#1003"]
    assert {o.order_no for o in m.Order.select()} == {"#1001", "#1002"}
    assert OrderStatus(orders.get_order("#1002").order.status)


def test_an_order_with_refunds_keeps_its_money_and_takes_new_categories_from_a_reimport(
    tmp_path: Path, owner: Actor, owner2: Actor
) -> None:
    rows = s.shopify_rows()
    import_file(owner, s.shopify_file(tmp_path / "a.csv", rows))
    _refund_here(owner, owner2, "#1001", {1: 1})
    before = orders.get_order("#1001")
    edited = order_edits.set_order(owner, "#1001", OrderEdit(final_sale={"POT-1": True}))
    assert edited.refundable == before.refundable
    assert edited.order.total_paid == before.order.total_paid
    # a rule added later reaches this order on the next import: not money, so no conflict
    sku_rules.set_rules(owner, [SkuRule("TEA-*", "perishable")])
    report = import_file(owner, s.shopify_file(tmp_path / "b.csv", rows))
    assert (report.changed, report.conflicts) == (1, 0)
    lines = orders.get_order("#1001").order.lines
    assert [(ln.category, ln.final_sale) for ln in lines] == [("perishable", False), ("", True)]
    assert orders.get_order("#1001").refundable == before.refundable


def test_two_refunds_made_here_carried_out_together_on_the_platform_link_to_both(
    tmp_path: Path, owner: Actor, owner2: Actor
) -> None:
    rows = s.shopify_rows()
    import_file(owner, s.shopify_file(tmp_path / "a.csv", rows))
    first = _refund_here(owner, owner2, "#1001", {1: 1})
    second = _refund_here(owner, owner2, "#1001", {2: 1})
    total = sum(m.Refund.get(m.Refund.refund_no == no).total for no in (first, second))
    rows[0]["Financial Status"] = "partially_refunded"
    rows[0]["Refunded Amount"] = f"{total / 100:.2f}"
    report = import_file(owner, s.shopify_file(tmp_path / "b.csv", rows))
    assert (report.linked, report.conflicts) == (1, 0)
    event = audit.events_for("order", "#1001")[-1]
    assert sorted(event.after["linked_platform_refund"]["refunds"]) == sorted([first, second])
