"""``refund exchange``: the difference refunded through the usual steps or recorded as paid by the
customer, the units counted as returned, refused commands changing nothing; amounts in the
locale LANG names (Chinese and English)."""

from __future__ import annotations

import pytest

from merchant_refunds.domain.money import Money
from tests.cli.test_cli import cli, db, one_clear_line, snapshot, template_db  # noqa: F401

CHEAP = "TEA-02=1@90.00:碧螺春 250g"
DEAR = "TEA-09=1@300.00:大红袍 250g"


def _unit_value(cli) -> int:  # noqa: F811
    quoted = cli(
        "--json", "refund", "quote", "T0001", "--line", "TEA-01=1", "--reason", "wrong_item"
    )
    return int(quoted.json()["quote"]["items_amount"])


def test_a_cheaper_item_out_refunds_the_difference_through_the_usual_steps(cli):  # noqa: F811
    value = _unit_value(cli)
    dry = cli(
        "--json", "refund", "exchange", "T0001", "--back", "TEA-01=1", "--out", CHEAP,
        "--reason", "wrong_item", "--dry-run",
    )  # fmt: skip
    assert dry.code == 0, dry.err
    assert dry.json()["settlement"] == "refund"
    assert dry.json()["difference"] == str(Money(value - 9000, "CNY").amount)
    made = cli(
        "--json", "refund", "exchange", "T0001", "--back", "TEA-01=1", "--out", CHEAP,
        "--reason", "wrong_item", user="amy",
    )  # fmt: skip
    assert made.code == 0, made.err
    data = made.json()
    assert data["exchange_no"].startswith("EX") and data["difference"] == value - 9000
    refund_no = data["refund_no"]
    assert cli("refund", "approve", refund_no, user="boss").code == 0
    paid = cli("--json", "refund", "pay", refund_no, user="boss")
    assert paid.code == 0, paid.err
    assert paid.json()["status"] == "paid"
    shown = cli("refund", "exchange-show", data["exchange_no"])
    assert shown.code == 0
    assert "退款" not in shown.out  # the command's own words are English; amounts follow LANG
    assert f"Refund     {refund_no}" in shown.out
    assert "碧螺春 250g" in shown.out
    order = cli("--json", "orders", "show", "T0001").json()
    assert order["lines"][0]["units_left"] == 2
    assert [(e["exchange_no"], e["refund_no"]) for e in order["exchanges"]] == [
        (data["exchange_no"], refund_no)
    ]
    assert data["exchange_no"] in cli("orders", "show", "T0001").out


def test_a_dearer_item_out_records_the_receipt_and_shows_english_amounts(cli, monkeypatch):  # noqa: F811
    value = _unit_value(cli)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    args = ["refund", "exchange", "T0001", "--back", "#1=1", "--out", DEAR]
    missing = cli(*args, "--reason", "wrong_item", user="amy")
    assert missing.code == 2
    assert "receipt number" in one_clear_line(missing)
    made = cli(*args, "--reason", "wrong_item", "--receipt", "POS-7781", user="amy")
    assert made.code == 0, made.err
    owed = Money(30000 - value, "CNY").format("en_US")
    assert f"{owed} (difference paid by the customer)" in made.out
    assert "Receipt    POS-7781" in made.out


def test_chinese_amounts_in_the_quote(cli):  # noqa: F811
    value = _unit_value(cli)
    dry = cli(
        "refund", "exchange", "T0001", "--back", "TEA-01=1", "--out", CHEAP,
        "--reason", "wrong_item", "--dry-run",
    )  # fmt: skip
    assert dry.code == 0, dry.err
    assert Money(value - 9000, "CNY").format("zh_CN") in dry.out
    assert "refund of the difference to the customer" in dry.out


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--back", "TEA-01=4", "--out", CHEAP], 3, "only 3 left"),
        (["--out", CHEAP], 2, "at least one unit the customer returns"),
        (["--back", "TEA-01=1"], 2, "without any this is a refund"),
        (["--back", "TEA-01=1", "--out", "TEA-02@90.00"], 2, "SKU=QTY@PRICE:NAME"),
        (["--back", "TEA-01=1", "--out", "TEA-02=1@9.999:x"], 2, "decimal places"),
        (["--back", "NOPE=1", "--out", CHEAP], 2, "no SKU NOPE"),
        (["--back", "TEA-01=1", "--out", CHEAP, "--override", "regular"], 3, "Only the owner"),
    ],
)
def test_bad_exchanges_change_nothing(cli, db, args, code, message):  # noqa: F811
    before = snapshot(db)
    result = cli("refund", "exchange", "T0001", *args, "--reason", "wrong_item", user="amy")
    assert result.code == code, result.err
    assert message in one_clear_line(result)
    assert snapshot(db) == before


def test_cancel_is_the_owners_and_gives_the_units_back(cli):  # noqa: F811
    made = cli(
        "--json", "refund", "exchange", "T0001", "--back", "TEA-01=1", "--out", DEAR,
        "--reason", "wrong_item", "--receipt", "R-1", user="amy",
    )  # fmt: skip
    exchange_no = made.json()["exchange_no"]
    refused = cli("refund", "exchange-cancel", exchange_no, "--reason", "typo", user="amy")
    assert refused.code == 3
    done = cli("--json", "refund", "exchange-cancel", exchange_no, "--reason", "typo", user="boss")
    assert done.code == 0, done.err
    assert done.json()["status"] == "cancelled"
    assert cli("--json", "orders", "show", "T0001").json()["lines"][0]["units_left"] == 3
    unknown = cli("refund", "exchange-show", "EX000")
    assert unknown.code == 4


@pytest.mark.parametrize(("lang", "title"), [("zh", "换货确认单"), ("en", "Exchange Confirmation")])
def test_the_paper_to_sign(cli, tmp_path, lang, title):  # noqa: F811
    import io

    from pypdf import PdfReader

    made = cli(
        "--json", "refund", "exchange", "T0001", "--back", "TEA-01=1", "--out", DEAR,
        "--reason", "wrong_item", "--receipt", "R-1", user="amy",
    )  # fmt: skip
    exchange_no = made.json()["exchange_no"]
    target = tmp_path / "exchange.pdf"
    printed = cli(
        "refund", "exchange-paper", exchange_no, "-o", str(target), "--layout", "receipt80",
        "--lang", lang,
    )  # fmt: skip
    assert printed.code == 0, printed.err
    text = PdfReader(io.BytesIO(target.read_bytes())).pages[0].extract_text()
    assert title in text and exchange_no in text and "大红袍 250g" in text


def test_the_units_back_are_received_once_with_their_condition(cli, db):  # noqa: F811
    made = cli(
        "--json", "refund", "exchange", "T0001", "--back", "TEA-01=2", "--out", DEAR,
        "--reason", "wrong_item", "--receipt", "POS-7", user="amy",
    )  # fmt: skip
    assert made.code == 0, made.err
    number = made.json()["exchange_no"]
    shown = cli("--json", "refund", "exchange-show", number).json()
    assert [(u["line_no"], u["unit_no"], u["condition"]) for u in shown["units_back"]] == [
        (1, 1, ""),
        (1, 2, ""),
    ]
    bad = cli("refund", "exchange-receive", number, "--unit", "TEA-01/3=damaged", user="amy")
    assert bad.code == 2 and "not unit 3" in bad.err
    before = snapshot(db)
    refused = cli("refund", "exchange-receive", number, user="nobody")
    assert refused.code != 0 and snapshot(db) == before
    got = cli(
        "refund", "exchange-receive", number, "--unit", "TEA-01/2=damaged:盒子压坏",
        user="amy",
    )  # fmt: skip
    assert got.code == 0, got.err
    assert "Units back received" in got.out and "盒子压坏" in got.out
    assert "Damaged" in got.out and "Written off" in got.out
    units = cli("--json", "refund", "exchange-show", number).json()["units_back"]
    assert [(u["condition"], u["disposition"]) for u in units] == [
        ("resaleable", "returned_to_stock"),
        ("damaged", "written_off"),
    ]
    again = cli("refund", "exchange-receive", number, user="amy")
    assert again.code == 3 and "already been received" in again.err
    ledger = cli("--json", "stock", "ledger", "--sku", "TEA-01", user="boss")
    assert ledger.code == 0, ledger.err
    (totals,) = ledger.json()["totals"]  # the units back, one movement each, in the ledger
    assert (totals["returned_to_stock"], totals["written_off"]) == (1, 1)
