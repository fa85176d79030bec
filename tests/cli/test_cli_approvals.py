"""``refund approve --self-approve`` and ``--authorised-by OWNER`` (approve, request with
``--override``): the only owner approving his own large request, and an owner authorising at the
clerk's counter with his PIN from MERCHANT_REFUNDS_OWNER_PIN."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest

from merchant_refunds.cli import main as cli_main
from merchant_refunds.cli.parser import OWNER_PIN_ENV, PIN_ENV
from merchant_refunds.services import orders, users
from merchant_refunds.storage.db import close_database, open_database
from tests.factories import make_line, make_order, tea_order

PINS = {"boss": "1234", "amy": "5678"}


@pytest.fixture
def cli(
    tmp_path: Path,
    fixed_clock: None,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Callable[..., tuple[int, str, str]]]:
    """A one-owner shop (boss, clerk amy) with a 600.00 order and a late one."""
    db = tmp_path / "shop.sqlite3"
    open_database(db, create=True)
    boss = users.create_user(None, "boss", "owner", PINS["boss"])
    amy = users.create_user(boss, "amy", "clerk", PINS["amy"])
    orders.create_order(amy, make_order("BIG1", [make_line(1, quantity=2, unit_price=30000)]))
    orders.create_order(amy, tea_order("LATE1", delivered_at=datetime(2026, 1, 5, 12, 0)))
    close_database()
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    monkeypatch.setenv("LANG", "en_US.UTF-8")

    def run(
        *args: str, user: str, owner_pin: str | None = None, as_json: bool = True
    ) -> tuple[int, str, str]:
        monkeypatch.setenv(PIN_ENV, PINS[user])
        if owner_pin is None:
            monkeypatch.delenv(OWNER_PIN_ENV, raising=False)
        else:
            monkeypatch.setenv(OWNER_PIN_ENV, owner_pin)
        shown = ["--json"] if as_json else []
        code = cli_main.main(["--db", str(db), *shown, *args, "--user", user])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    yield run
    close_database()


def request_big(cli: Callable[..., tuple[int, str, str]], user: str) -> str:
    code, out, err = cli(
        "refund", "request", "BIG1", "--all", "--reason", "quality_problem", user=user
    )
    assert code == 0, err
    return json.loads(out)["refund_no"]


def test_the_only_owner_self_approves_with_his_pin(cli):
    refund_no = request_big(cli, "boss")
    code, _out, err = cli("refund", "approve", refund_no, user="boss")
    assert code == 3 and "re-entering your PIN" in err
    code, out, err = cli("refund", "approve", refund_no, "--self-approve", user="boss")
    assert code == 0, err
    data = json.loads(out)
    assert data["status"] == "approved"
    assert data["approvals"][0]["self_approval"] is True
    assert "single_owner_self_approval" in [f["code"] for f in data["findings"]]


def test_the_closing_on_the_command_line_names_the_self_approval(cli):
    refund_no = request_big(cli, "boss")
    code, _out, err = cli("refund", "approve", refund_no, "--self-approve", user="boss")
    assert code == 0, err
    code, out, err = cli("closing", user="boss", as_json=False)
    assert code == 0, err
    assert "Single-owner self-approvals (PIN re-entered):" in out
    assert f"{refund_no}  boss  600.00 CNY" in out
    code, out, err = cli("closing", user="boss")
    assert [r["refund_no"] for r in json.loads(out)["self_approvals"]] == [refund_no]


def test_the_owner_approves_at_the_clerks_counter(cli):
    refund_no = request_big(cli, "amy")
    code, _out, err = cli("refund", "approve", refund_no, "--authorised-by", "boss", user="amy")
    assert code == 2 and "MERCHANT_REFUNDS_OWNER_PIN" in err  # no PIN, no terminal
    code, _out, err = cli(
        "refund", "approve", refund_no, "--authorised-by", "boss", user="amy", owner_pin="0000"
    )
    assert code == 3 and "Wrong PIN for boss" in err
    code, out, err = cli(
        "refund", "approve", refund_no, "--authorised-by", "boss", user="amy", owner_pin="1234"
    )
    assert code == 0, err
    (approval,) = json.loads(out)["approvals"]
    assert (approval["user"], approval["asked_by"]) == ("boss", "amy")


def test_the_owner_overrides_a_block_at_the_counter(cli):
    args = ["refund", "request", "LATE1", "--all", "--reason", "no_reason"]
    code, _out, err = cli(*args, "--override", "regular customer", user="amy")
    assert code == 3 and "Only the owner can override" in err
    code, out, err = cli(
        *args,
        "--override",
        "regular customer",
        "--authorised-by",
        "boss",
        user="amy",
        owner_pin="1234",
    )
    assert code == 0, err
    data = json.loads(out)
    assert (data["requested_by"], data["overridden_by"]) == ("amy", "boss")
    assert data["override_reason"] == "regular customer"
