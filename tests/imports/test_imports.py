"""Order import: every format from sample files the tests write, the safety rules, bad files."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from merchant_refunds.cli.main import main
from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.errors import InvalidInput, Refused
from merchant_refunds.domain.order import OrderStatus, PaymentMethod, validate_and_allocate
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.imports.reading import open_table
from merchant_refunds.imports.run import detect_file, import_file, parse, preview_file
from merchant_refunds.services import audit, order_import, orders, refund_requests
from merchant_refunds.services.order_import import ImportRefused
from merchant_refunds.services.refund_requests import RefundRequest
from merchant_refunds.services.users import Actor
from merchant_refunds.storage import import_repo
from merchant_refunds.storage import models as m
from tests import import_samples as s


def snapshot() -> tuple[int, ...]:
    """Row counts of every table an import may touch: equal snapshots mean nothing changed."""
    return tuple(
        model.select().count()
        for model in (
            m.Order,
            m.OrderLine,
            m.OrderDiscount,
            m.ExternalRefund,
            m.ExternalRefundLine,
            m.OrderImport,
            m.AuditEvent,
        )
    )


def test_shopify_multi_line_discount_tax_refunds_and_cancelled(
    tmp_path: Path, owner: Actor
) -> None:
    path = s.shopify_file(tmp_path / "orders_export.csv")
    report = preview_file(path)
    assert (report.format, report.new, report.failed, report.rows) == ("shopify", 4, 0, 5)
    assert snapshot()[0] == 0  # a preview writes nothing
    report = import_file(owner, path)
    assert report.imported and report.new == 4

    first = orders.get_order("#1001").order
    assert first.currency == "USD" and first.status is OrderStatus.DELIVERED
    assert first.payment.method is PaymentMethod.CARD
    # tax-exclusive: 7.20 tax shared 60:40, folded into the tax-inclusive line prices
    assert [(ln.unit_price, ln.quantity, ln.line_discount) for ln in first.lines] == [
        (3216, 2, 0),
        (4288, 1, 0),
    ]
    # the 10.00 code discount allocated by the domain, in proportion to the lines
    assert [ln.order_discount_share for ln in first.lines] == [600, 400]
    assert first.total_paid == 10220 and first.shipping_fee == 500

    refunded = orders.get_order("#1002")
    assert refunded.refundable["total_left"] == 0
    assert refunded.refundable["lines"][0]["units_left"] == 0

    assert orders.get_order("#1003").order.status is OrderStatus.CANCELLED

    partial = orders.get_order("#1004")
    # remaining refundable = paid (110.00) - platform refunds (20.00)
    assert partial.order.total_paid == 11000
    assert partial.refundable["total_left"] == 9000


def test_external_refunds_count_in_the_caps(tmp_path: Path, owner: Actor) -> None:
    import_file(owner, s.shopify_file(tmp_path / "o.csv"))
    with pytest.raises(Refused):
        refund_requests.request_refund(
            owner,
            RefundRequest("#1002", Selection(lines={1: 1}), ReasonCode.NO_REASON),
        )


def test_reimporting_the_same_file_changes_nothing(tmp_path: Path, owner: Actor) -> None:
    path = s.shopify_file(tmp_path / "o.csv")
    import_file(owner, path)
    before = snapshot()
    again = import_file(owner, path)
    assert (again.new, again.unchanged, again.changed) == (0, 4, 0)
    # only the file-level audit event is added; no order row, line or refund changes
    after = snapshot()
    assert after[:-1] == before[:-1] and after[-1] == before[-1] + 1
    assert audit.verify_chain().ok


def test_each_new_order_is_in_the_audit_trail_pinned_by_its_fingerprint(
    tmp_path: Path, owner: Actor
) -> None:
    report = import_file(owner, s.shopify_file(tmp_path / "o.csv"))
    events = {
        e.entity_key: json.loads(e.after_json)
        for e in m.AuditEvent.select().where(m.AuditEvent.action == "order.import")
    }
    assert sorted(events) == ["#1001", "#1002", "#1003", "#1004"]
    for order_no, record in events.items():
        stored = orders.get_order(order_no).order
        row = m.OrderImport.get(m.OrderImport.order == m.Order.get(m.Order.order_no == order_no))
        externals = import_repo.external_refunds(row.order_id)
        # the fingerprint in the trail is the stored order's own, as the next import computes it
        assert record["fingerprint"] == row.fingerprint
        assert record["fingerprint"] == order_import.fingerprint(stored, externals)
        assert record["file_sha256"] == report.file_sha256 and record["row"] == row.row
        assert (record["currency"], record["lines"]) == (stored.currency, len(stored.lines))
        assert record["total_paid"] == str(stored.money(stored.total_paid).amount)
    assert events["#1004"]["refunded_on_platform"] == "20.00"
    assert events["#1001"]["refunded_on_platform"] is None
    assert audit.verify_chain().ok


def test_imported_orders_arrive_with_their_discount_shares(tmp_path: Path) -> None:
    """The importer gives each line the share the domain would allocate, so validation keeps
    the order as it is instead of copying it."""
    files = [
        s.shopify_file(tmp_path / "shopify.csv"),
        s.woo_file(tmp_path / "woo.csv"),
        s.woo_file(tmp_path / "woo_items.csv", one_row_per_item=True),
        s.taobao_file(tmp_path / "taobao.csv"),
        s.generic_file(tmp_path / "generic.csv"),
    ]
    checked = 0
    for path in files:
        table = open_table(path)
        try:
            fmt = detect_file(path).format
            for item in parse(table, fmt):
                if isinstance(item, order_import.ImportedOrder):
                    assert validate_and_allocate(item.order) is item.order
                    checked += 1
        finally:
            table.close()
    assert checked >= 12


def test_a_fingerprint_made_another_way_still_finds_the_order_unchanged(
    tmp_path: Path, owner: Actor
) -> None:
    """Orders imported by an older version keep the fingerprint it made; a re-import compares
    them in full, finds them unchanged and writes nothing."""
    path = s.shopify_file(tmp_path / "o.csv")
    import_file(owner, path)
    m.OrderImport.update(fingerprint="0" * 64).execute()
    before = snapshot()
    again = import_file(owner, path)
    assert (again.new, again.unchanged, again.changed) == (0, 4, 0)
    assert snapshot()[:-1] == before[:-1]


def test_changed_order_is_updated_and_refunded_order_conflicts(
    tmp_path: Path, owner: Actor
) -> None:
    rows = s.shopify_rows()
    import_file(owner, s.shopify_file(tmp_path / "a.csv", rows))
    rows[4]["Financial Status"] = "paid"
    rows[4]["Refunded Amount"] = "0.00"
    report = preview_file(s.shopify_file(tmp_path / "b.csv", rows))
    assert (report.changed, report.unchanged) == (1, 3)
    import_file(owner, tmp_path / "b.csv")
    assert orders.get_order("#1004").refundable["total_left"] == 11000

    refund_requests.request_refund(
        owner,
        RefundRequest("#1004", Selection(lines={1: 1}), ReasonCode.NO_REASON),
    )
    rows[4]["Lineitem price"] = "30.00"
    rows[4]["Subtotal"] = "120.00"
    rows[4]["Total"] = "130.00"
    before = snapshot()
    with pytest.raises(ImportRefused) as caught:
        import_file(owner, s.shopify_file(tmp_path / "c.csv", rows))
    assert caught.value.report.conflicts == 1
    assert caught.value.report.problems[0].order_no == "#1004"
    assert snapshot() == before
    assert orders.get_order("#1004").order.total_paid == 11000


def test_woocommerce_both_layouts_give_the_same_orders(tmp_path: Path, owner: Actor) -> None:
    report = import_file(owner, s.woo_file(tmp_path / "default.csv"))
    assert (report.format, report.new) == ("woocommerce", 3)
    again = preview_file(s.woo_file(tmp_path / "per_item.csv", one_row_per_item=True))
    assert (again.format, again.unchanged, again.rows) == ("woocommerce", 3, 4)
    order = orders.get_order("W-200")
    # 50.00 - coupon 5.00 + item tax 4.50 + shipping 4.40 (tax included) = 53.90
    assert order.order.total_paid == 5390 and order.order.shipping_fee == 440
    assert sum(ln.order_discount_share for ln in order.order.lines) == 500
    assert orders.get_order("W-201").refundable["total_left"] == 0
    assert orders.get_order("W-202").order.status is OrderStatus.CANCELLED


def test_taobao_gbk_with_wrapped_order_numbers(tmp_path: Path, owner: Actor) -> None:
    path = s.taobao_file(tmp_path / "ExportOrderList.csv")
    detected = detect_file(path)
    assert (detected.format, detected.encoding) == ("taobao", "gb18030")
    report = import_file(owner, path)
    assert report.new == 2
    detail = orders.get_order("3300012345678901")
    assert detail.order.customer.phone == "13800138000"
    assert detail.order.payment.method is PaymentMethod.ALIPAY
    # 满减 of 30.00 (总金额 268.00 - 实付 238.00) allocated by largest remainder
    assert [ln.order_discount_share for ln in detail.order.lines] == [2302, 698]
    assert detail.order.total_paid == 23800
    # the cup's 53.02 was refunded on Taobao: the whole line is gone, the tea and shipping remain
    assert detail.refundable["total_left"] == 23800 - 5302
    closed = orders.get_order("3300012345678902")
    assert closed.order.status is OrderStatus.CANCELLED and closed.refundable["total_left"] == 0


def test_generic_template_csv_and_xlsx(tmp_path: Path, owner: Actor) -> None:
    report = import_file(owner, s.generic_file(tmp_path / "g.csv"))
    assert (report.format, report.new) == ("generic", 1)
    g1 = orders.get_order("G-1").order
    assert g1.total_paid == 9799 and g1.payment.method is PaymentMethod.WECHAT_PAY
    rows = [dict(r) for r in s.generic_rows()]
    for r in rows:
        r["order_no"] = r["order_no"].replace("G-1", "X-1")
    rows[0]["quantity"] = 3  # numeric cells, as Excel stores them
    rows[0]["unit_price"] = 33.33
    report = import_file(owner, s.xlsx_file(tmp_path / "g.xlsx", s.GENERIC_HEADERS, rows))
    assert report.new == 1 and orders.get_order("X-1").order.total_paid == 9799


def test_mapping_saved_per_source(tmp_path: Path, owner: Actor) -> None:
    headers = ["单号", "日期", "客户", "品名", "数量", "单价"]
    rows = [
        {
            "单号": "M-1",
            "日期": "2026-11-20",
            "客户": "赵",
            "品名": "茶",
            "数量": "2",
            "单价": "5.00",
        }
    ]
    path = s.write_csv(tmp_path / "other.csv", headers, rows)
    assert detect_file(path).format is None
    with pytest.raises(InvalidInput):
        preview_file(path)
    mapping = dict(
        zip(
            ["order_no", "placed_at", "customer_name", "name", "quantity", "unit_price"],
            headers,
            strict=True,
        )
    )
    order_import.save_mapping(owner, headers, mapping, "ERP")
    detected = detect_file(path)
    assert detected.format == "generic" and detected.saved_mapping == mapping
    assert import_file(owner, path).new == 1


def test_broken_rows_are_reported_with_row_and_column_and_nothing_changes(
    tmp_path: Path, owner: Actor
) -> None:
    rows = s.shopify_rows()
    rows[1]["Lineitem quantity"] = "-1"  # negative quantity on #1001's second line (row 3)
    rows[2]["Total"] = "25.001"  # too many decimals (row 4)
    rows[3]["Billing Name"] = '=HYPERLINK("http://x","y")'  # a formula in a text cell (row 5)
    rows[4]["Total"] = "111.00"  # does not reconcile (row 6)
    path = s.shopify_file(tmp_path / "bad.csv", rows)
    report = preview_file(path)
    found = {(p.row, p.column) for p in report.problems}
    assert found == {(3, "Lineitem quantity"), (4, "Total"), (5, "Billing Name"), (6, "Total")}
    reasons = " ".join(p.reason for p in report.problems)
    assert "at least 1" in reasons and "decimal places" in reasons
    assert "formula" in reasons and "does not add up" in reasons
    before = snapshot()
    with pytest.raises(ImportRefused):
        import_file(owner, path)
    assert snapshot() == before


def _refused_file(path: Path, owner: Actor, fragment: str) -> None:
    before = snapshot()
    with pytest.raises(InvalidInput) as caught:
        import_file(owner, path, "shopify")
    assert fragment in caught.value.message
    assert snapshot() == before


def test_bad_files_get_a_clear_message_and_change_nothing(tmp_path: Path, owner: Actor) -> None:
    latin = tmp_path / "latin.csv"
    latin.write_bytes(",".join(s.SHOPIFY_HEADERS).encode() + b"\n#1,caf\xe9,\xff\xfe\xfa,\n")
    _refused_file(latin, owner, "neither UTF-8 nor GBK")

    binary = tmp_path / "image.csv"
    binary.write_bytes(bytes(range(256)) * 64)
    _refused_file(binary, owner, "not a text file")

    good = s.shopify_file(tmp_path / "good.csv").read_bytes()
    truncated = tmp_path / "truncated.csv"
    truncated.write_bytes(good[: good.index(b"#1004")] + b'#1004,"di@exa')
    _refused_file(truncated, owner, "cut off")

    huge = tmp_path / "huge.csv"
    with huge.open("wb") as f:
        f.write(good)
        f.write(b"#2000," + b"x" * (50 << 20) + b"\n")
    _refused_file(huge, owner, "longer than")

    # UTF-8 at the start (as far as the encoding is sniffed), GBK bytes further down
    mixed = tmp_path / "mixed.csv"
    mixed.write_bytes(good + b"\n" * 70_000 + "#1005,王".encode("gbk") + b"\n")
    _refused_file(mixed, owner, "not valid in the file's encoding")


def test_order_repeated_apart_is_reported(tmp_path: Path, owner: Actor) -> None:
    rows = s.shopify_rows()
    rows.append(dict(rows[1]))
    report = preview_file(s.shopify_file(tmp_path / "dup.csv", rows))
    assert report.failed == 1 and "appears again" in report.problems[0].reason


def test_clerk_may_import_accountant_may_not(
    tmp_path: Path, clerk: Actor, accountant: Actor
) -> None:
    path = s.shopify_file(tmp_path / "o.csv")
    with pytest.raises(Refused):
        import_file(accountant, path)
    assert import_file(clerk, path).new == 4


def test_cancel_rolls_back(tmp_path: Path, owner: Actor) -> None:
    path = s.write_shopify_bulk(tmp_path / "bulk.csv", 3000)
    with pytest.raises(ImportRefused):
        import_file(owner, path, cancelled=lambda: m.Order.select().count() > 0)
    assert m.Order.select().count() == 0


def test_cli_import(tmp_path: Path, owner: Actor, db_path: Path, monkeypatch, capsys) -> None:
    path = s.shopify_file(tmp_path / "o.csv")
    monkeypatch.setenv("MERCHANT_REFUNDS_PIN", "1234")
    assert main(["--db", str(db_path), "import", str(path), "--dry-run", "--json"]) == 0
    preview = json.loads(capsys.readouterr().out)
    assert preview["new"] == 4 and not preview["imported"]
    assert m.Order.select().count() == 0
    assert main(["--db", str(db_path), "import", str(path), "--user", "boss"]) == 0
    assert "new 4" in capsys.readouterr().out
    bad = s.shopify_file(tmp_path / "bad.csv", [dict(s.shopify_rows()[0], Total="1.00")])
    code = main(["--db", str(db_path), "import", str(bad), "--user", "boss", "--json"])
    assert code == 3
    assert json.loads(capsys.readouterr().out)["failed"] == 1
    missing = main(["--db", str(db_path), "import", str(tmp_path / "nope.csv"), "--dry-run"])
    assert missing == 2


@pytest.mark.parametrize("currency", ["BDT", "CHF", "INR", "MYR"])
def test_a_shopify_export_in_any_iso_currency_imports(
    tmp_path: Path, owner: Actor, currency: str
) -> None:
    rows = s.shopify_rows()
    for row in rows:
        row["Currency"] = currency
    report = import_file(owner, s.shopify_file(tmp_path / f"{currency}.csv", rows))
    assert report.failed == 0 and report.new >= 1
    stored = {o.currency for o in m.Order.select(m.Order.currency)}
    assert stored == {currency}


def test_missing_optional_columns_and_ragged_rows_read_as_before(
    tmp_path: Path, owner: Actor
) -> None:
    """Mappers read cells by a position found once per file: a column the file lacks is empty,
    a short row is padded, and cells past the last header are never read (a formula there
    would be refused if it were)."""
    full = s.shopify_file(tmp_path / "full.csv", s.shopify_rows()[:2])
    assert import_file(owner, full).new == 1
    headers = [h for h in s.SHOPIFY_HEADERS if h not in ("Lineitem discount", "Notes")]
    path = tmp_path / "narrow.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(headers)
        first, second = ([row.get(h, "") for h in headers] for row in s.shopify_rows()[:2])
        writer.writerow([*first, "=EVIL()", "999"])
        writer.writerow(second[: headers.index("Lineitem sku") + 1])
    report = preview_file(path)
    assert (report.unchanged, report.new, report.changed, report.failed) == (1, 0, 0, 0)
