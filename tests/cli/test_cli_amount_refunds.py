"""``refund quote|request ORDER --amount AMOUNT [--line SKU|#N]``: a price difference,
compensation or goodwill from the command line, in Chinese and English locales; mistakes give
their exit code and one line, and write nothing."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from merchant_refunds.cli import main as cli_main
from merchant_refunds.cli.parser import PIN_ENV
from merchant_refunds.services import orders, users
from merchant_refunds.storage import models as m
from merchant_refunds.storage.db import close_database, open_database
from tests.factories import make_line, make_order, tea_order

PINS = {"boss": "1234", "amy": "5678"}
Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def cli(
    tmp_path: Path,
    fixed_clock: None,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Run]:
    """A shop with the tea order (3 teas, 2 cups) and an order with one SKU on two lines."""
    db = tmp_path / "shop.sqlite3"
    open_database(db, create=True)
    boss = users.create_user(None, "boss", "owner", PINS["boss"])
    amy = users.create_user(boss, "amy", "clerk", PINS["amy"])
    orders.create_order(amy, tea_order("T1"))
    orders.create_order(
        amy, make_order("DUP1", [make_line(1, "GIFT", 1, 5000), make_line(2, "GIFT", 1, 6000)])
    )
    close_database()
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))

    def run(*args: str, lang: str = "en_US.UTF-8") -> tuple[int, str, str]:
        """Run the command; a request is made by the clerk amy with her PIN."""
        monkeypatch.setenv("LANG", lang)
        monkeypatch.setenv(PIN_ENV, PINS["amy"])
        user = ["--user", "amy"] if "request" in args else []
        code = cli_main.main(["--db", str(db), *args, *user])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    yield run
    close_database()


@pytest.mark.parametrize(
    ("lang", "money", "said"),
    [
        ("en_US.UTF-8", "CN¥30.00", "By amount: Price difference on line 1; no units taken"),
        ("zh_CN.UTF-8", "¥30.00", "按金额退款：第 1 行的退差价；不退商品件数"),
    ],
)
def test_quote_a_price_difference_on_a_line(cli: Run, lang: str, money: str, said: str) -> None:
    code, out, err = cli(
        "refund",
        "quote",
        "T1",
        "--amount",
        "30",
        "--line",
        "TEA-01",
        "--reason",
        "price_adjustment",
        lang=lang,
    )
    assert code == 0, err
    assert said in out
    assert money in out
    code, out, err = cli(
        "--json", "refund", "quote", "T1", "--amount", "30.00", "--line", "#1", "--reason",
        "price_adjustment",
    )  # fmt: skip
    assert code == 0, err
    quote = json.loads(out)["quote"]
    assert quote["amount_refund"] == {"kind": "price_difference", "line_no": 1}
    assert [(i["quantity"], i["amount"], i["tax"]) for i in quote["items"]] == [(0, 3000, 345)]


def test_request_and_show_goodwill_over_the_order(cli: Run) -> None:
    code, out, err = cli(
        "--json", "refund", "request", "T1", "--amount", "20.00", "--reason", "goodwill",
        "--note", "老顾客",
    )  # fmt: skip
    assert code == 0, err
    refund = json.loads(out)
    assert refund["amount_refund"] == {"kind": "goodwill", "line_no": None}
    assert refund["total_minor"] == 2000
    code, out, err = cli("refund", "show", refund["refund_no"], lang="zh_CN.UTF-8")
    assert code == 0, err
    assert "  按金额      整单的善意补偿；不退商品件数，商品留在顾客处" in out
    assert "¥20.00" in out
    code, out, err = cli("refund", "show", refund["refund_no"])
    assert "  By amount   Goodwill on the whole order; no units taken" in out
    # shared over both lines, no units
    assert sum(x.amount for x in m.RefundLine.select()) == 2000
    assert {x.quantity for x in m.RefundLine.select()} == {0}


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["--amount", "10", "--line", "TEA-01=1"], 2, "--line names one line"),
        (["--amount", "10", "--all"], 2, "takes no units and no shipping"),
        (["--amount", "10", "--line", "TEA-01", "--line", "CUP-02"], 2, "is for one line"),
        (["--amount", "10.001"], 2, "at most 2 decimal places"),
        (["--amount", "-5"], 2, "cannot be negative"),
        (["--amount", "0"], 2, "more than zero"),
        (["--amount", "10000"], 3, "left to refund on the items of order T1"),
        (["--amount", "400", "--line", "TEA-01"], 3, "only 343.15 CNY left to refund"),
        (["--line", "TEA-01=1", "--reason", "price_adjustment"], 2, "give the amount to refund"),
        (["--amount", "10", "--reason", "no_reason"], 2, "choose units, not an amount"),
    ],
)
def test_mistakes_give_one_line_and_write_nothing(
    cli: Run, args: list[str], code: int, words: str
) -> None:
    reason = [] if "--reason" in args else ["--reason", "compensation"]
    got, out, err = cli("refund", "request", "T1", *args, *reason)
    assert got == code, (out, err)
    assert words in err
    assert len(err.strip().splitlines()) == 1
    assert not m.Refund.select().exists()


def test_a_sku_on_two_lines_must_be_named_by_number(cli: Run) -> None:
    code, _out, err = cli(
        "refund", "quote", "DUP1", "--amount", "5", "--line", "GIFT", "--reason", "compensation"
    )
    assert code == 2 and "name the line instead, e.g. --line '#1'" in err
    code, out, err = cli(
        "refund", "quote", "DUP1", "--amount", "5", "--line", "#2", "--reason", "compensation"
    )
    assert code == 0, err
    assert "Compensation (goods kept) on line 2" in out
