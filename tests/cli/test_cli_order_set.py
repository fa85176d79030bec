"""``orders set`` and ``import --skip-failing`` on the command line."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from merchant_refunds.cli.main import main
from merchant_refunds.services import orders
from merchant_refunds.services.database import open_database
from merchant_refunds.services.users import Actor
from merchant_refunds.storage import models as m
from tests import import_samples as s
from tests.factories import tea_order


def _run(db: Path, *args: str, user: str, pin: str, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setenv("MERCHANT_REFUNDS_PIN", pin)
    return main(["--db", str(db), *args, "--user", user])


def _one_bad_two_good(path: Path) -> Path:
    rows = s.shopify_rows()[:3]  # #1001 (two rows) and #1002
    rows.append(dict(s.shopify_rows()[3], Total="1.00"))  # #1003 does not add up
    return s.shopify_file(path, rows)


def test_orders_set_delivered_category_and_final_sale(
    db_path: Path, owner: Actor, clerk: Actor, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    orders.create_order(owner, tea_order("T1", delivered_at=None))
    code = _run(
        db_path,
        "orders", "set", "T1", "--delivered", "2026-11-25",
        user="amy", pin="5678", monkeypatch=monkeypatch,
    )  # fmt: skip
    assert code == 0
    assert "Delivered  2026-11-25" in capsys.readouterr().out
    # a clerk may not change a line's category (exit 3, nothing changed)
    code = _run(
        db_path,
        "orders", "set", "T1", "--category", "CUP-02=perishable",
        user="amy", pin="5678", monkeypatch=monkeypatch,
    )  # fmt: skip
    assert code == 3
    assert "cannot change a line's category" in capsys.readouterr().err
    code = _run(
        db_path,
        "orders", "set", "T1", "--category", "CUP-02=perishable", "--final-sale", "#1", "--json",
        user="boss", pin="1234", monkeypatch=monkeypatch,
    )  # fmt: skip
    assert code == 0
    shown = json.loads(capsys.readouterr().out)
    assert json.dumps(shown, ensure_ascii=False).count("perishable") >= 1
    open_database(db_path)
    order = orders.get_order("T1").order
    assert [(ln.category, ln.final_sale) for ln in order.lines] == [
        ("tea", True),
        ("perishable", False),
    ]
    # bad input is told before any PIN is asked, and changes nothing
    assert main(["--db", str(db_path), "orders", "set", "T1"]) == 2
    assert main(["--db", str(db_path), "orders", "set", "T1", "--category", "CUP-02"]) == 2
    assert main(["--db", str(db_path), "orders", "set", "NOPE", "--delivered", "2026-11-25"]) == 4


def test_import_skip_failing_imports_the_good_orders_and_writes_the_rest(
    tmp_path: Path, db_path: Path, owner: Actor, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    path = _one_bad_two_good(tmp_path / "orders.csv")
    # the default still refuses the whole file
    assert _run(db_path, "import", str(path), user="boss", pin="1234", monkeypatch=monkeypatch) == 3
    assert "#1003" in capsys.readouterr().out
    open_database(db_path)
    assert m.Order.select().count() == 0

    listed = tmp_path / "left-out.csv"
    code = _run(
        db_path,
        "import", str(path), "--skip-failing", "--problems", str(listed),
        user="boss", pin="1234", monkeypatch=monkeypatch,
    )  # fmt: skip
    assert code == 0
    out = capsys.readouterr().out
    assert "new 2" in out and "Left out: 1 orders" in out and "#1003" in out
    with listed.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["row", "column", "order", "kind", "problem"]
    assert [r[2] for r in rows[1:]] == ["#1003"]
    open_database(db_path)
    assert {o.order_no for o in m.Order.select()} == {"#1001", "#1002"}
