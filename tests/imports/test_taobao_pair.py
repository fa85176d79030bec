"""Taobao/Tmall's own export: the order list (订单报表) and the line list (宝贝报表) given
together, joined by 订单编号; the sample pair in tests/imports/samples is GBK with ="…" numbers."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from merchant_refunds.cli.main import main
from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.domain.order import OrderStatus, PaymentMethod
from merchant_refunds.imports.run import detect_file, import_file, preview_file
from merchant_refunds.services import orders
from merchant_refunds.services.order_import import ImportRefused
from merchant_refunds.services.users import Actor
from tests import import_samples as s
from tests.imports.test_imports import snapshot

SAMPLES = Path(__file__).parent / "samples"
ORDER_LIST = SAMPLES / "ExportOrderList202611.csv"
LINE_LIST = SAMPLES / "ExportOrderDetailList202611.csv"


def test_the_committed_samples_are_what_the_generator_writes(tmp_path: Path) -> None:
    """The files docs/import-formats.md shows are the platform's GBK bytes, kept in step."""
    written = s.taobao_pair_files(tmp_path)
    assert [p.read_bytes() for p in written] == [ORDER_LIST.read_bytes(), LINE_LIST.read_bytes()]
    raw = ORDER_LIST.read_bytes()
    assert "订单编号".encode("gbk") in raw and b'"=""3300012345678901"""' in raw
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")


@pytest.mark.parametrize("given", [(ORDER_LIST, LINE_LIST), (LINE_LIST, ORDER_LIST)])
def test_the_pair_imports_in_either_order_and_again_adds_nothing(
    owner: Actor, given: tuple[Path, Path]
) -> None:
    detected = detect_file(list(given))
    assert detected.format == "taobao" and detected.paths == (ORDER_LIST, LINE_LIST)
    report = import_file(owner, list(given))
    assert (report.new, report.failed, report.rows) == (3, 0, 9)
    assert report.file_name == f"{ORDER_LIST.name} + {LINE_LIST.name}"
    assert report.encoding == "gb18030"

    first = orders.get_order("3300012345678901")
    order = first.order
    assert [(ln.sku, ln.name, ln.quantity, ln.unit_price) for ln in order.lines] == [
        ("LJ-250", "西湖龙井 250g", 2, 9900),
        ("CUP-Q", "青瓷茶杯", 1, 6000),
    ]
    assert order.customer.name == "王小明" and order.customer.phone == "13800138000"
    assert order.payment.method is PaymentMethod.ALIPAY
    assert order.payment.payer_account == "wang@alipay"
    assert order.status is OrderStatus.COMPLETED
    # 满减 of 30.00 (总金额 268.00 − 实付 238.00) shared by largest remainder
    assert [ln.order_discount_share for ln in order.lines] == [2302, 698]
    assert order.shipping_fee == 1000 and order.total_paid == 23800
    assert str(order.delivered_at) == "2026-11-24 18:00:00"
    assert str(order.shipped_at) == "2026-11-21 09:00:00"
    # the order list's 退款金额 53.02 was refunded on Taobao and is no longer refundable here
    assert first.refundable["total_left"] == 23800 - 5302

    closed = orders.get_order("3300012345678902")
    assert closed.order.status is OrderStatus.CANCELLED
    assert closed.refundable["total_left"] == 0
    shipped = orders.get_order("3300012345678903")
    assert shipped.order.status is OrderStatus.IN_TRANSIT
    assert [ln.sku for ln in shipped.order.lines] == ["BLC-100", "ZSH", "CP"]
    assert shipped.order.total_paid == 16400

    before = snapshot()
    again = import_file(owner, list(reversed(given)))
    assert (again.new, again.unchanged, again.changed) == (0, 3, 0)
    assert snapshot()[:-1] == before[:-1]  # only the file's own audit event is new


def test_lines_listed_in_another_order_still_join(tmp_path: Path, owner: Actor) -> None:
    orders_rows, lines_rows = s.taobao_pair_rows()
    pair = s.taobao_pair_files(tmp_path, orders_rows, list(reversed(lines_rows)))
    assert import_file(owner, list(pair)).new == 3


def _refused_pair(paths: list[Path], owner: Actor, *needles: str) -> ImportRefused:
    before = snapshot()
    with pytest.raises(ImportRefused) as caught:
        import_file(owner, paths)
    assert snapshot() == before
    reasons = " | ".join(p.reason for p in caught.value.report.problems)
    for needle in needles:
        assert needle in reasons
    return caught.value


def test_an_order_without_lines_and_lines_without_an_order_import_nothing(
    tmp_path: Path, owner: Actor
) -> None:
    orders_rows, lines_rows = s.taobao_pair_rows()
    stray = dict(lines_rows[2], 订单编号='="3300099999999999"')
    no_lines = [row for row in lines_rows if "902" not in row["订单编号"]] + [stray]
    pair = s.taobao_pair_files(tmp_path, orders_rows, no_lines)
    refused = _refused_pair(
        list(pair),
        owner,
        "Order 3300012345678902 is in the order list ExportOrderList202611.csv but has no rows "
        "in the line list ExportOrderDetailList202611.csv",
        "Order 3300099999999999 is in the line list ExportOrderDetailList202611.csv but not in "
        "the order list ExportOrderList202611.csv",
    )
    problems = {p.order_no: p for p in refused.report.problems}
    assert problems["3300012345678902"].row == 3  # its row in the order list
    assert problems["3300099999999999"].row == 7  # its row in the line list
    assert problems["3300099999999999"].template.startswith("Order {order_no} is in the line")


def test_units_that_do_not_match_the_order_list_are_refused(tmp_path: Path, owner: Actor) -> None:
    orders_rows, lines_rows = s.taobao_pair_rows()
    # the tray's row says one unit at 20.00: the amounts still add up, the units do not
    lines_rows[-1] = dict(lines_rows[-1], 购买数量="1", 价格="20.00")
    pair = s.taobao_pair_files(tmp_path, orders_rows, lines_rows)
    _refused_pair(
        list(pair),
        owner,
        "宝贝总数量 of order 3300012345678903 is 4, but its rows in the line list have 3 units",
    )


def test_two_order_lists_or_two_line_lists_are_refused(tmp_path: Path, owner: Actor) -> None:
    copy = shutil.copy(ORDER_LIST, tmp_path / "again.csv")
    with pytest.raises(InvalidInput, match="both Taobao order lists") as caught:
        preview_file([ORDER_LIST, copy])
    assert caught.value.template.startswith("{first} and {second} are both Taobao order lists")
    lines = shutil.copy(LINE_LIST, tmp_path / "lines.csv")
    with pytest.raises(InvalidInput, match="both Taobao line lists"):
        preview_file([LINE_LIST, lines])
    shopify = s.shopify_file(tmp_path / "shopify.csv")
    with pytest.raises(InvalidInput, match="neither a Taobao order list"):
        preview_file([ORDER_LIST, shopify])
    with pytest.raises(InvalidInput, match="one order file"):
        preview_file([ORDER_LIST, LINE_LIST, lines])
    assert snapshot() == (0, 0, 0, 0, 0, 0, snapshot()[-1])


def test_one_file_of_the_pair_alone_says_which_it_needs(owner: Actor) -> None:
    with pytest.raises(InvalidInput, match="import it together with its line list"):
        preview_file(ORDER_LIST)
    with pytest.raises(InvalidInput, match="import it together with its order list"):
        import_file(owner, LINE_LIST)


def test_the_merged_form_still_imports(tmp_path: Path, owner: Actor) -> None:
    assert import_file(owner, s.taobao_file(tmp_path / "merged.csv")).new == 2


def test_cli_takes_the_two_files(owner: Actor, db_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("MERCHANT_REFUNDS_PIN", "1234")
    args = ["--db", str(db_path), "import", str(LINE_LIST), str(ORDER_LIST)]
    assert main([*args, "--dry-run", "--json"]) == 0
    preview = json.loads(capsys.readouterr().out)
    assert (preview["new"], preview["format"]) == (3, "taobao")
    assert main([*args, "--user", "boss"]) == 0
    out = capsys.readouterr().out
    assert f"Imported {ORDER_LIST.name} + {LINE_LIST.name} (taobao" in out and "new 3" in out
    assert main([*args, "--user", "boss"]) == 0
    assert "new 0, unchanged 3" in capsys.readouterr().out
    same = main(["--db", str(db_path), "import", str(ORDER_LIST), str(ORDER_LIST), "--dry-run"])
    assert same == 2
    assert "both Taobao order lists" in capsys.readouterr().err
