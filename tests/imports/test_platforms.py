"""The Chinese platforms' own exports (JD, Pinduoduo, Douyin, Youzan, WeChat shop), from the
sample files in tests/imports/samples/ made from each platform's columns and quirks."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from merchant_refunds.cli.main import main
from merchant_refunds.domain.order import DiscountKind, OrderStatus, PaymentMethod
from merchant_refunds.imports import formats
from merchant_refunds.imports.reading import open_table
from merchant_refunds.imports.run import detect_file, import_file, preview_file
from merchant_refunds.services import orders
from merchant_refunds.services.users import Actor
from merchant_refunds.storage import models as m
from tests import import_samples as s
from tests.imports.test_imports import snapshot

SAMPLES = Path(__file__).parent / "samples"
#: sample -> (format, encoding as detected, orders in it)
EXPECTED = {
    "jd_orders.csv": ("jd", "gb18030", 4),
    "pinduoduo_orders.csv": ("pinduoduo", "utf-8 (BOM)", 4),
    "douyin_orders.csv": ("douyin", "utf-8", 3),
    "youzan_orders.csv": ("youzan", "gb18030", 3),
    "wechat_shop_orders.csv": ("wechat_shop", "utf-8 (BOM)", 3),
}


def headers_of(path: Path) -> list[str]:
    table = open_table(path)
    try:
        return table.headers
    finally:
        table.close()


def sample(tmp_path: Path, name: str) -> Path:
    return Path(shutil.copy(SAMPLES / name, tmp_path / name))


def rewrite(tmp_path: Path, name: str, old: str, new: str, encoding: str = "utf-8-sig") -> Path:
    """A copy of a sample with one text replaced (to make a bad cell)."""
    text = (SAMPLES / name).read_text(encoding)
    assert old in text
    path = tmp_path / f"bad_{name}"
    path.write_text(text.replace(old, new, 1), encoding)
    return path


def test_every_sample_is_detected_as_its_platform_and_no_other(
    tmp_path: Path, db_path: Path
) -> None:
    for name, (fmt, encoding, _count) in EXPECTED.items():
        detection = detect_file(SAMPLES / name)
        assert (detection.format, detection.encoding) == (fmt, encoding), name
    # the other formats' files are not taken for a platform's, nor a platform's for theirs
    others = {
        "shopify": s.shopify_file(tmp_path / "shopify.csv"),
        "woocommerce": s.woo_file(tmp_path / "woo.csv"),
        "taobao": s.taobao_file(tmp_path / "taobao.csv"),
        "generic": s.generic_file(tmp_path / "generic.csv"),
    }
    for fmt, path in others.items():
        assert formats.detect(headers_of(path)) == fmt


def test_a_file_with_only_some_marker_columns_is_not_recognised() -> None:
    # JD's quantity column alone, or Pinduoduo's paid column without its quantity, is not enough
    assert formats.detect(["订单号", "订购数量", "商品名称"]) is None
    assert formats.detect(["订单号", "用户实付金额(元)", "商品"]) is None


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_sample_imports_and_reimporting_it_changes_nothing(
    name: str, tmp_path: Path, owner: Actor
) -> None:
    fmt, _encoding, count = EXPECTED[name]
    path = sample(tmp_path, name)
    report = preview_file(path)
    assert (report.format, report.new, report.failed) == (fmt, count, 0), report.problems
    report = import_file(owner, path)
    assert report.imported and report.new == count
    assert {o.source for o in m.Order.select()} == {fmt}
    before = snapshot()
    again = import_file(owner, path)
    assert (again.new, again.unchanged, again.changed) == (0, count, 0)
    after = snapshot()
    assert after[:-1] == before[:-1] and after[-1] == before[-1] + 1  # only the file's event


def test_jd_keeps_each_discount_kind_apart_and_understands_finished(
    tmp_path: Path, owner: Actor
) -> None:
    import_file(owner, sample(tmp_path, "jd_orders.csv"))
    detail = orders.get_order("310000000001")  # ="…" in the file
    order = detail.order
    assert order.status is OrderStatus.COMPLETED  # 完成
    assert [(d.kind, d.amount, d.description) for d in order.discounts] == [
        (DiscountKind.SHOP, 1000, "商家优惠金额"),
        (DiscountKind.PLATFORM, 500, "京东优惠金额"),
        (DiscountKind.COUPON, 2000, "优惠券金额"),
        (DiscountKind.THRESHOLD, 3000, "满减金额"),
    ]
    # 65.00 of discounts shared over the lines 256.00 : 45.00, to the cent
    assert [ln.order_discount_share for ln in order.lines] == [5528, 972]
    # paid: 应付金额 200.00 plus 46.00 from the JD balance, shipping 10.00 included
    assert order.total_paid == 24600 and order.shipping_fee == 1000
    assert order.customer.phone == "13900000001" and order.customer.country == "CN"
    assert str(order.shipped_at) == "2026-11-21 09:00:00"
    assert str(order.delivered_at) == "2026-11-23 18:00:00"  # 订单完成时间
    refunded = orders.get_order("310000000002")
    assert refunded.refundable["total_left"] == 9900 - 3000  # JD's own refund of 30.00
    assert orders.get_order("310000000003").order.status is OrderStatus.CANCELLED
    assert orders.get_order("310000000004").order.status is OrderStatus.PAID


def test_pinduoduo_tabs_discounts_fees_and_refunded_status(tmp_path: Path, owner: Actor) -> None:
    import_file(owner, sample(tmp_path, "pinduoduo_orders.csv"))
    order = orders.get_order("231120-111111111").order  # a leading tab in the file
    assert [(d.kind, d.amount) for d in order.discounts] == [
        (DiscountKind.SHOP, 500),
        (DiscountKind.PLATFORM, 300),
        (DiscountKind.PLATFORM, 100),
    ]
    assert order.lines[0].quantity == 2 and order.total_paid == 5080
    assert order.payment.method is PaymentMethod.WECHAT_PAY
    assert str(order.delivered_at) == "2026-11-23 10:00:00"  # 确认收货时间
    # "已签收，退款成功": every cent back, nothing left to refund here
    refunded = orders.get_order("231120-222222222")
    assert refunded.order.status is OrderStatus.DELIVERED
    assert refunded.refundable["total_left"] == 0
    # an installation fee the buyer paid is a line of its own
    fee = orders.get_order("231120-444444444").order
    assert [(ln.sku, ln.unit_price) for ln in fee.lines] == [
        ("TT-1", 20000),
        ("FEE:上门安装费(元)", 3000),
    ]
    assert fee.total_paid == 23000


def test_douyin_rows_are_sub_orders_with_their_own_discounts_and_refunds(
    tmp_path: Path, owner: Actor
) -> None:
    import_file(owner, sample(tmp_path, "douyin_orders.csv"))
    detail = orders.get_order("4900000000001")
    order = detail.order
    # each sub-order keeps its own discounts, so its refund matches it to the cent
    assert [(ln.sku, ln.line_discount, ln.paid) for ln in order.lines] == [
        ("MASK-10", 850, 7130),
        ("CLEAN-1", 300, 5600),
    ]
    assert order.total_paid == 7130 + 5600 + 600
    assert order.note == "请尽快发货\n谢谢"  # a cell over two lines
    lines = detail.refundable["lines"]
    assert [ln["units_left"] for ln in lines] == [2, 0]
    assert orders.get_order("4900000000010").order.status is OrderStatus.CANCELLED


def test_youzan_and_wechat_shop_discounts_and_refunds(tmp_path: Path, owner: Actor) -> None:
    import_file(owner, sample(tmp_path, "youzan_orders.csv"))
    import_file(owner, sample(tmp_path, "wechat_shop_orders.csv"))
    youzan = orders.get_order("E20261120000001").order
    assert [d.kind for d in youzan.discounts] == [
        DiscountKind.SHOP,
        DiscountKind.COUPON,
        DiscountKind.THRESHOLD,
    ]
    assert youzan.total_paid == 12800 and youzan.customer.name == "刘洋"
    closed = orders.get_order("E20261120000002")
    assert closed.order.status is OrderStatus.CANCELLED
    assert closed.refundable["total_left"] == 0
    assert orders.get_order("E20261120000003").refundable["total_left"] == 3000 - 1200

    wechat = orders.get_order("3720000000000000001").order
    assert [(d.kind, d.description) for d in wechat.discounts] == [
        (DiscountKind.SHOP, "商家优惠"),
        (DiscountKind.PROMOTION, "达人优惠"),
        (DiscountKind.PLATFORM, "平台优惠"),
    ]
    assert wechat.payment.method is PaymentMethod.WECHAT_PAY
    assert wechat.payment.reference == "4200001234202611200001"
    assert orders.get_order("3720000000000000003").refundable["total_left"] == 12900 - 2000


def problems_of(path: Path) -> dict[str, tuple[int, str]]:
    report = preview_file(path)
    return {p.column: (p.row, p.reason) for p in report.problems}


def test_bad_cells_are_named_by_row_and_column(tmp_path: Path, db_path: Path) -> None:
    jd = rewrite(
        tmp_path,
        "jd_orders.csv",
        "99.00,99.00,0.00,99.00,完成",
        "9.999,99.00,0.00,99.00,锁定",
        "gbk",
    )
    problems = problems_of(jd)
    assert problems["订单状态"] == (4, "订单状态: unknown value '锁定'")
    pdd = rewrite(tmp_path, "pinduoduo_orders.csv", "\t2,", "\t2.5,")
    assert problems_of(pdd)["商品数量(件)"] == (
        2,
        "商品数量(件): '2.5' is not a whole number of units",
    )
    wechat = rewrite(tmp_path, "wechat_shop_orders.csv", ",184.00,", ",185.00,")
    column, (row, reason) = next(iter(problems_of(wechat).items()))
    assert (column, row) == ("用户实付金额", 2)
    assert reason.startswith("The order does not add up") and "185.00" in reason


def test_a_third_decimal_is_an_error_named_at_its_physical_line(
    tmp_path: Path, db_path: Path
) -> None:
    """Money is exact: 3.005 yuan is refused, never rounded. The sub-order's row is line 4, as the
    buyer's message in the row before spans two lines of the file."""
    douyin = rewrite(
        tmp_path, "douyin_orders.csv", ",3.00,0.00,0.00,0.00,56.00,", ",3.005,0.00,0.00,0.00,56.00,"
    )
    assert problems_of(douyin)["商家优惠"] == (
        4,
        "商家优惠: CNY amounts have at most 2 decimal places: 3.005",
    )


def test_an_after_sale_refund_without_an_amount_is_refused_not_guessed(
    tmp_path: Path, db_path: Path
) -> None:
    headers = [h for h in headers_of(SAMPLES / "pinduoduo_orders.csv")]
    rows = [
        {
            "商品": "竹制杯垫",
            "订单号": "231120-555555555",
            "订单状态": "已签收",
            "商品总价(元)": "19.90",
            "用户实付金额(元)": "19.90",
            "商品数量(件)": "1",
            "售后状态": "退款成功",
            "订单成交时间": "2026-11-18 11:00:00",
            "收货人": "周先生",
        }
    ]
    path = s.write_csv(tmp_path / "pdd.csv", headers, rows)
    assert problems_of(path)["售后状态"][1] == (
        "售后状态 says '退款成功', but the file has no refund amount column; "
        "export it with the refund amount"
    )


def test_cli_imports_a_platform_file(
    tmp_path: Path, owner: Actor, db_path: Path, monkeypatch, capsys
) -> None:
    path = sample(tmp_path, "jd_orders.csv")
    monkeypatch.setenv("MERCHANT_REFUNDS_PIN", "1234")
    assert main(["--db", str(db_path), "import", str(path), "--dry-run", "--json"]) == 0
    preview = json.loads(capsys.readouterr().out)
    assert (preview["format"], preview["new"]) == ("jd", 4)
    assert main(["--db", str(db_path), "import", str(path), "--user", "boss"]) == 0
    assert "new 4" in capsys.readouterr().out
    assert main(["--db", str(db_path), "import", str(path), "--user", "boss", "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert (again["new"], again["unchanged"]) == (0, 4)
    forced = main(["--db", str(db_path), "import", str(path), "--format", "youzan", "--dry-run"])
    assert forced == 2  # Youzan's columns are not in a JD file


# --- WooCommerce fees, and Shopify's and WooCommerce's buyers' countries ----------------------


def test_woocommerce_fee_lines_import_as_what_they_are(tmp_path: Path, owner: Actor) -> None:
    data = s.woo_orders()[0]
    order = data["order"] | {
        # gift wrap 5.00 + 0.50 tax, and a hand-made discount of 2.00 given as a negative fee
        "fee_items": "name:Gift wrap|total:5.00|total_tax:0.50;name:Loyal customer|total:-2.00",
        "fee_total": "3.00",
        "fee_tax_total": "0.50",
        "order_total": "57.40",
        "billing_country": "DE",
    }
    cell = ";".join("|".join(f"{k}:{v}" for k, v in item.items()) for item in data["items"])
    headers = [*s.WOO_HEADERS, "fee_items", "billing_country"]
    path = s.write_csv(tmp_path / "woo.csv", headers, [order | {"line_items": cell}])
    report = import_file(owner, path)
    assert report.new == 1, report.problems
    stored = orders.get_order("W-200").order
    assert [(ln.sku, ln.name, ln.quantity, ln.unit_price) for ln in stored.lines][-1] == (
        "FEE:Gift wrap",
        "Gift wrap",
        1,
        550,
    )
    assert [(d.kind, d.amount, d.description) for d in stored.discounts] == [
        (DiscountKind.COUPON, 500, ""),
        (DiscountKind.PROMOTION, 200, "Loyal customer"),
    ]
    assert stored.total_paid == 5740
    assert stored.customer.country == "DE"


def test_a_woocommerce_fee_total_without_fee_items_is_one_fee(tmp_path: Path, owner: Actor) -> None:
    data = s.woo_orders()[0]
    order = data["order"] | {"fee_total": "3.00", "fee_tax_total": "0.30", "order_total": "57.20"}
    cell = ";".join("|".join(f"{k}:{v}" for k, v in item.items()) for item in data["items"])
    path = s.write_csv(tmp_path / "woo.csv", s.WOO_HEADERS, [order | {"line_items": cell}])
    assert import_file(owner, path).new == 1
    stored = orders.get_order("W-200").order
    assert [(ln.sku, ln.name, ln.unit_price) for ln in stored.lines][-1] == ("FEE:Fee", "Fee", 330)
    assert stored.total_paid == 5720
    assert stored.customer.country == ""  # the file has no country column


def test_shopify_buyers_keep_their_country_and_a_bad_one_is_named(
    tmp_path: Path, owner: Actor
) -> None:
    rows = s.shopify_rows()
    rows[0]["Billing Country"] = "US"
    rows[2]["Billing Country"] = "United States"
    path = s.write_csv(tmp_path / "o.csv", [*s.SHOPIFY_HEADERS, "Billing Country"], rows)
    problems = problems_of(path)
    assert problems["Billing Country"][1] == (
        "Billing Country: 'United States' is not a two-letter country code such as US or DE"
    )
    rows[2]["Billing Country"] = "de"
    import_file(
        owner, s.write_csv(tmp_path / "o.csv", [*s.SHOPIFY_HEADERS, "Billing Country"], rows)
    )
    assert orders.get_order("#1001").order.customer.country == "US"
    assert orders.get_order("#1002").order.customer.country == "DE"
    # no country in the file: unknown, not the shop's own
    assert orders.get_order("#1003").order.customer.country == ""
