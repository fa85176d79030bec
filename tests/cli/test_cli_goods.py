"""``refund receive-goods`` unit by unit, ``refund deduct``, ``refund goods``, ``stock
ledger|export`` and ``--return-postage`` on a request: what a clerk and an owner type, and what
they read back, with Chinese and English settings."""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from merchant_refunds.cli import main as cli_main
from merchant_refunds.cli.parser import PIN_ENV
from merchant_refunds.services import orders, users
from merchant_refunds.storage.db import close_database, open_database
from tests.factories import make_line, make_order

PINS = {"boss": "1234", "amy": "5678"}


@pytest.fixture(params=["zh_CN.UTF-8", "en_US.UTF-8"])
def cli(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    fixed_clock: None,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Callable[..., tuple[int, str, str]]]:
    """A shop with three pairs of shoes and a bag on order G1."""
    db = tmp_path / "shop.sqlite3"
    open_database(db, create=True)
    boss = users.create_user(None, "boss", "owner", PINS["boss"])
    amy = users.create_user(boss, "amy", "clerk", PINS["amy"])
    lines = [make_line(1, "SHOE-42", 3, 10000, name="跑鞋"), make_line(2, "BAG-1", 1, 5000)]
    orders.create_order(amy, make_order("G1", lines, shipping_fee=1000))
    close_database()
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    monkeypatch.setenv("LANG", request.param)

    def run(*args: str, user: str | None = None, json_mode: bool = True) -> tuple[int, str, str]:
        monkeypatch.setenv(PIN_ENV, PINS.get(user or "", ""))
        argv = ["--db", str(db), *(["--json"] if json_mode else []), *args]
        code = cli_main.main([*argv, *(["--user", user] if user else [])])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    yield run
    close_database()


def _zh() -> bool:
    """Whether the fixture's language is Chinese: the human output is then said in Chinese."""
    return os.environ["LANG"].startswith("zh")


def request(cli, *extra: str, user: str = "amy", reason: str = "quality_problem") -> str:
    code, out, err = cli(
        "refund",
        "request",
        "G1",
        "--line",
        "SHOE-42=2",
        "--line",
        "#2=1",
        "--reason",
        reason,
        "--goods-return",
        *extra,
        user=user,
    )
    assert code == 0, err
    return json.loads(out)["refund_no"]


def test_receive_unit_by_unit_deduct_and_read_the_ledger(cli, tmp_path: Path):
    refund_no = request(cli)
    code, out, err = cli(
        "refund",
        "receive-goods",
        refund_no,
        "--unit",
        "SHOE-42/2=damaged:sole torn",
        "--unit",
        "#2=opened",
        "--restock",
        "SHOE-42/2",
        user="amy",
    )
    assert code == 0, err
    units = json.loads(out)["goods"]["units"]
    assert [(u["unit_no"], u["sku"], u["condition"], u["disposition"]) for u in units] == [
        (1, "SHOE-42", "resaleable", "returned_to_stock"),
        (2, "SHOE-42", "damaged", "returned_to_stock"),
        (1, "BAG-1", "opened", "returned_to_stock"),
    ]
    assert units[1]["note"] == "sole torn"
    code, _, err = cli(
        "refund", "deduct", refund_no, "--unit", "SHOE-42/2", "--amount", "20.00",
        "--reason", "sole torn by wear", user="amy",
    )  # fmt: skip
    assert code == 3, err  # a clerk may not
    code, _, err = cli(
        "refund", "deduct", refund_no, "--unit", "SHOE-42", "--amount", "20.00",
        "--reason", "x", user="boss",
    )  # fmt: skip
    assert code == 2 and "SKU/N" in err
    code, out, err = cli(
        "refund", "deduct", refund_no, "--unit", "SHOE-42/2", "--amount", "20.00",
        "--reason", "sole torn by wear", user="boss",
    )  # fmt: skip
    assert code == 0, err
    data = json.loads(out)
    assert data["total"] == "230.00"
    assert data["goods"]["units"][1]["deduction_reason"] == "sole torn by wear"
    code, out, err = cli("refund", "goods", refund_no, json_mode=False)
    assert code == 0, err
    assert ("损坏" if _zh() else "Damaged") in out and "sole torn by wear" in out
    assert "damaged" not in out
    code, out, err = cli("stock", "ledger", user="amy", json_mode=False)
    assert code == 0, err
    assert "SHOE-42" in out and ("退回入库" if _zh() else "Returned to stock") in out
    assert "returned_to_stock" not in out
    code, out, err = cli("stock", "ledger", "--sku", "BAG-1", user="amy")
    totals = json.loads(out)["totals"]
    assert totals == [{"sku": "BAG-1", "name": "商品 2", "returned_to_stock": 1, "written_off": 0}]
    for lang, heads in (("zh", ["库存变动", "验货状况"]), ("en", ["Stock movement", "Condition"])):
        target = tmp_path / f"stock-{lang}.csv"
        code, out, err = cli(
            "stock", "export", "-o", str(target), "--lang", lang, user="amy", json_mode=False
        )
        assert code == 0, err
        rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
        assert all(h in rows[0] for h in heads)
        assert len(rows) == 4
    zh = list(csv.reader(io.StringIO((tmp_path / "stock-zh.csv").read_text("utf-8-sig"))))
    row = dict(zip(zh[0], zh[2], strict=True))
    assert (row["库存变动"], row["验货状况"]) == ("退回入库", "损坏"), str(zh[2])


def test_write_off_and_a_unit_that_is_not_there(cli):
    refund_no = request(cli)
    code, _, err = cli("refund", "receive-goods", refund_no, "--unit", "SHOE-42/3=damaged",
                       user="amy")  # fmt: skip
    assert code == 2 and "not unit 3" in err
    code, out, err = cli(
        "refund", "receive-goods", refund_no, "--condition", "missing_parts",
        "--write-off", "#2", user="amy",
    )  # fmt: skip
    assert code == 0, err
    units = json.loads(out)["goods"]["units"]
    assert {u["condition"] for u in units} == {"missing_parts"}
    assert {u["disposition"] for u in units} == {"written_off"}


def test_return_postage_on_a_request(cli):
    code, _, err = cli(
        "refund", "request", "G1", "--line", "BAG-1=1", "--reason", "quality_problem",
        "--goods-return", "--return-postage", "12.00", user="amy",
    )  # fmt: skip
    assert code == 2 and "tracking number" in err
    code, _, err = cli(
        "refund", "quote", "G1", "--line", "BAG-1=1", "--reason", "no_reason",
        "--goods-return", "--return-postage", "12.00", "--postage-receipt", "SF1",
    )  # fmt: skip
    assert code == 3 and "at fault" in err
    refund_no = request(cli, "--return-postage", "12.00", "--postage-receipt", "SF1234567")
    code, out, err = cli("refund", "goods", refund_no)
    data = json.loads(out)
    assert data["total"] == "262.00"  # 250.00 of goods and 12.00 of postage
    assert data["goods"]["postage"]["receipt"] == "SF1234567"
    code, out, err = cli(
        "refund", "request", "G1", "--line", "SHOE-42=1", "--reason", "no_reason",
        "--goods-return", "--return-postage", "10.00", "--postage-receipt", "YT9",
        "--postage-override", "goodwill", user="boss",
    )  # fmt: skip
    assert code == 0, err
    overridden = json.loads(out)["refund_no"]
    code, out, err = cli("refund", "goods", overridden, json_mode=False)
    assert ("（boss 破例：goodwill）" if _zh() else "(override by boss: goodwill)") in out


def test_refund_show_lists_the_returned_units(cli):
    refund_no = request(cli, "--return-postage", "8.00", "--postage-receipt", "JD77")
    cli("refund", "receive-goods", refund_no, "--condition", "opened", user="amy")
    code, out, err = cli("refund", "show", refund_no, json_mode=False)
    assert code == 0, err
    postage, opened = ("退货运费", "已拆封") if _zh() else ("Return postage", "Opened")
    assert postage in out and "JD77" in out and opened in out
    code, out, err = cli("refund", "show", refund_no)
    assert [u["condition"] for u in json.loads(out)["goods"]["units"]] == ["opened"] * 3
