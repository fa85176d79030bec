"""The command line: in-process through ``main`` (fixed clock) and as the installed script.

Every bad input must give its exit code and a one-line message, and leave the database as it was.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import types
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib.machinery import ModuleSpec
from pathlib import Path
from typing import Any

import pytest

from merchant_refunds.cli import main as cli_main
from merchant_refunds.cli.inputs import PIN_ENV
from merchant_refunds.domain.order import OrderStatus
from merchant_refunds.services import clock, orders, shop_settings, users
from merchant_refunds.storage.db import close_database, open_database
from tests.factories import FIXED_NOW, make_line, make_order, tea_order
from tests.tamper import sql_file

DOC = Path(__file__).resolve().parents[2] / "docs" / "order-format.md"
PINS = {"boss": "1234", "amy": "5678", "kim": "6789", "partner": "2345"}
TABLES = (
    "order",
    "order_line",
    "order_discount",
    "refund",
    "refund_line",
    "approval",
    "payout",
    "audit_event",
    "user",
    "setting",
)


def doc_examples() -> list[str]:
    return re.findall(r"```json\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)


def example_order() -> dict[str, Any]:
    return json.loads(doc_examples()[0])


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


@pytest.fixture(scope="module")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Users and a few orders, made once; each test works on its own copy."""
    path = tmp_path_factory.mktemp("cli") / "template.sqlite3"
    clock.set_clock(lambda: FIXED_NOW)
    try:
        open_database(path, create=True)
        boss = users.create_user(None, "boss", "owner", PINS["boss"])
        amy = users.create_user(boss, "amy", "clerk", PINS["amy"])
        users.create_user(boss, "kim", "accountant", PINS["kim"])
        users.create_user(boss, "partner", "owner", PINS["partner"])
        orders.create_order(amy, tea_order("T0001"))
        orders.create_order(
            amy,
            tea_order(
                "UNPAID-1", status=OrderStatus.AWAITING_PAYMENT, paid_at=None, delivered_at=None
            ),
        )
        orders.create_order(amy, tea_order("CANCELLED-1", status=OrderStatus.CANCELLED))
        gifts = [make_line(1, "GIFT", 1, 5000), make_line(2, "GIFT", 1, 6000)]
        orders.create_order(amy, make_order("DUP-1", gifts))
    finally:
        close_database()
        clock.set_clock(None)
    return path


@pytest.fixture
def db(template_db: Path, tmp_path: Path, fixed_clock: None) -> Path:
    path = tmp_path / "shop.sqlite3"
    shutil.copy(template_db, path)
    return path


@pytest.fixture
def cli(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Callable[..., Result]:
    """Run ``merchant-refunds --db <db> ARGS`` in-process; ``user`` sets the PIN to theirs."""
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    # Amounts formatted for zh_CN, messages in English (LC_MESSAGES before LANG, as POSIX reads
    # them): the tests read the English texts; tests/cli/test_cli_language.py reads the Chinese.
    monkeypatch.setenv("LC_MESSAGES", "en_US.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # no terminal: never a PIN prompt

    def run(*args: str, user: str | None = None, pin: str | None = None) -> Result:
        pin = pin if pin is not None else PINS.get(user or "")
        if pin is None:
            monkeypatch.delenv(PIN_ENV, raising=False)
        else:
            monkeypatch.setenv(PIN_ENV, pin)
        argv = ["--db", str(db), *args, *(["--user", user] if user else [])]
        code = cli_main.main(argv)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


#: Events of a sign-in (each guess is counted, then a right PIN resets the count): a refused
#: command still signed someone in, which the trail records; nothing else may change.
SIGN_IN = "action NOT IN ('user.pin_attempt', 'user.sign_in')"


def snapshot(path: Path) -> dict[str, Any]:
    """Row counts of every table and the audit chain's head, sign-ins aside: equal means nothing
    changed."""
    with contextlib.closing(sqlite3.connect(path)) as con:
        state: dict[str, Any] = {
            t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
            for t in TABLES
            if t != "audit_event"
        }
        state["audit_event"] = con.execute(
            f"SELECT count(*) FROM audit_event WHERE {SIGN_IN}"
        ).fetchone()[0]
        state["head"] = con.execute(
            f"SELECT hash FROM audit_event WHERE {SIGN_IN} ORDER BY id DESC LIMIT 1"
        ).fetchone()
        state["refunds"] = con.execute("SELECT refund_no, status FROM refund").fetchall()
    return state


def write_order(tmp_path: Path, data: Any, name: str = "order.json") -> str:
    path = tmp_path / name
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return str(path)


def one_clear_line(result: Result) -> str:
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("error: ")
    assert "Traceback" not in result.err
    return lines[0]


# --- the whole flow -----------------------------------------------------------------------------


def test_full_flow_with_the_documented_example(cli, tmp_path, db):
    added = cli("orders", "add", write_order(tmp_path, doc_examples()[0]), user="amy")
    assert added.code == 0, added.err
    assert "TB20261120-0042" in added.out

    shown = cli("--json", "orders", "show", "TB20261120-0042")
    data = shown.json()
    assert [line["paid"] for line in data["lines"]] == ["379.18", "84.92", "2646.39", "38.51"]
    assert data["totals"]["total_paid"] == "3161.00"
    assert data["customer"]["name"] == "王小芳"

    quote = cli(
        "refund",
        "quote",
        "TB20261120-0042",
        "--line",
        "POT-ZS-88=1",
        "--reason",
        "quality_problem",
        "--goods-return",
    )
    assert quote.code == 0, quote.err
    assert "¥2,646.39" in quote.out  # LANG=zh_CN: yuan sign, no "CN"
    assert "second person" in quote.out and "must sign" in quote.out

    requested = cli(
        "--json",
        "refund",
        "request",
        "TB20261120-0042",
        "--line",
        "POT-ZS-88=1",
        "--reason",
        "quality_problem",
        "--goods-return",
        "--note",
        "壶嘴有裂纹",
        user="amy",
    )
    assert requested.code == 0, requested.err
    refund = requested.json()
    refund_no = refund["refund_no"]
    assert refund["status"] == "requested"
    assert refund["total"] == "2646.39"
    assert refund["second_approval_required"] and refund["signature_required"]

    assert cli("refund", "approve", refund_no, user="kim").code == 3  # accountant
    assert cli("refund", "approve", refund_no, user="boss").code == 0
    early = cli("refund", "pay", refund_no, user="boss")
    assert early.code == 3
    assert "signed confirmation" in one_clear_line(early)
    assert cli("refund", "sign", refund_no, user="amy").code == 0
    assert cli("refund", "receive-goods", refund_no, user="amy").code == 0
    part = cli(
        "--json",
        "refund",
        "pay",
        refund_no,
        "--amount",
        "1,000.00",
        "--reference",
        "ALI-1",
        user="boss",
    )
    assert part.code == 0, part.err
    assert part.json()["status"] == "approved"  # one instalment paid, the rest still due
    rest = cli("--json", "refund", "pay", refund_no, "--reference", "ALI-2", user="boss")
    assert rest.json()["status"] == "paid"
    assert [p["amount_minor"] for p in rest.json()["payouts"]] == [100000, 164639]
    confirmed = cli("refund", "confirm", refund_no, user="amy")
    assert confirmed.code == 0
    assert " · Completed" in confirmed.out

    final = cli("--json", "refund", "show", refund_no).json()
    assert final["status"] == "completed"
    assert {p["status"] for p in final["payouts"]} == {"received"}
    after = cli("--json", "orders", "show", "TB20261120-0042").json()
    assert after["lines"][2]["units_left"] == 0
    assert after["totals"]["total_left"] == "514.61"  # 3,161.00 - 2,646.39

    verified = cli("audit", "verify")
    assert verified.code == 0
    assert "intact" in verified.out


def test_json_output_is_parseable_and_keeps_chinese(cli):
    found = cli("orders", "search", "王小", "--json")
    assert found.code == 0
    rows = found.json()
    assert {r["order_no"] for r in rows} >= {"T0001", "UNPAID-1"}
    assert "王小芳" in found.out  # ensure_ascii=False
    quote = cli("--json", "refund", "quote", "T0001", "--all", "--reason", "quality_problem")
    data = quote.json()
    assert data["total"] == "432.00"
    assert data["blocked"] is False
    assert [row["kind"] for row in data["breakdown"]][-1] == "total"
    assert cli("--json", "audit", "verify").json()["ok"] is True


def test_options_before_or_after_the_command_and_english_amounts(cli, db, monkeypatch):
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    before = cli("--json", "orders", "show", "T0001")
    after = cli_main.main(["orders", "show", "T0001", "--db", str(db), "--json"])
    assert after == 0
    assert before.json()["order_no"] == "T0001"
    human = cli("orders", "show", "T0001")
    assert "CN¥432.00" in human.out


def test_quote_with_payout_in_another_currency(cli):
    result = cli(
        "--json",
        "refund",
        "quote",
        "T0001",
        "--line",
        "TEA-01=1",
        "--reason",
        "quality_problem",
        "--payout-currency",
        "usd",
        "--fx-rate",
        "0.1400",
        "--fx-date",
        "2026-11-25",
    )
    data = result.json()
    assert data["payout"] == {"amount": "16.01", "currency": "USD"}  # 114.38 × 0.14
    assert data["quote"]["fx"]["as_of"] == "2026-11-25"


def test_a_sku_on_two_lines_must_be_named_by_line_number(cli, db):
    before = snapshot(db)
    ambiguous = cli("refund", "quote", "DUP-1", "--line", "GIFT=1")
    assert ambiguous.code == 2
    assert "GIFT is on lines 1, 2" in one_clear_line(ambiguous)
    by_number = cli("--json", "refund", "quote", "DUP-1", "--line", "#2=1")
    assert by_number.code == 0
    assert by_number.json()["quote"]["items"][0]["line_no"] == 2
    assert snapshot(db) == before


# --- bad input ----------------------------------------------------------------------------------

REQUEST = ("refund", "request")
BAD_REQUESTS = [
    pytest.param(["T0001", "--line", "TEA-01=0"], 2, "at least 1", id="zero-quantity"),
    pytest.param(["T0001", "--line", "TEA-01=-2"], 2, "at least 1", id="negative-quantity"),
    pytest.param(["T0001", "--line", "TEA-01=1.5"], 2, "whole number", id="fractional-quantity"),
    pytest.param(["T0001", "--line", "TEA-01=x"], 2, "not a quantity", id="not-a-quantity"),
    pytest.param(["T0001", "--line", "TEA-01=4"], 3, "only 3 left", id="more-than-remain"),
    pytest.param(["T0001", "--line", "NOPE=1"], 2, "has no SKU NOPE", id="unknown-sku"),
    pytest.param(["T0001", "--line", "#9=1"], 2, "has no line 9", id="unknown-line"),
    pytest.param(["T0001", "--line", "TEA-01"], 2, "SKU=QTY", id="no-quantity"),
    pytest.param(["NOPE-9", "--all"], 4, "No order NOPE-9", id="unknown-order"),
    pytest.param(["UNPAID-1", "--all"], 3, "has not been paid", id="unpaid-order"),
    pytest.param(["CANCELLED-1", "--all"], 3, "is cancelled", id="cancelled-order"),
    pytest.param(["T0001"], 2, "Say what to refund", id="nothing-selected"),
    pytest.param(
        ["T0001", "--all", "--payout-currency", "XYZ", "--fx-rate", "7"],
        2,
        "Unknown currency: XYZ",
        id="unknown-currency",
    ),
    pytest.param(["T0001", "--all", "--payout-currency", "USD"], 2, "--fx-rate", id="rate-missing"),
    pytest.param(
        ["T0001", "--all", "--payout-currency", "USD", "--fx-rate", "abc"],
        2,
        "Not an exchange rate",
        id="bad-rate",
    ),
    pytest.param(
        ["T0001", "--all", "--bank-account", "123"],
        2,
        "account holder",
        id="bank-details-incomplete",
    ),
]


@pytest.mark.parametrize(("args", "code", "message"), BAD_REQUESTS)
def test_bad_refund_requests_change_nothing(cli, db, args, code, message):
    before = snapshot(db)
    result = cli(*REQUEST, *args, "--reason", "quality_problem", user="amy")
    assert result.code == code, result.err
    assert message in one_clear_line(result)
    assert result.out == ""
    assert snapshot(db) == before


def test_bad_input_as_json_on_stderr(cli, db):
    before = snapshot(db)
    result = cli(
        "--json", *REQUEST, "T0001", "--line", "TEA-01=0", "--reason", "no_reason", user="amy"
    )
    assert result.code == 2
    assert result.out == ""
    error = json.loads(result.err)
    assert error["error"] == "invalid_quantity"
    assert error["kind"] == "InvalidInput"
    assert error["exit_code"] == 2
    assert snapshot(db) == before


def _without(data: dict[str, Any], *path: str) -> dict[str, Any]:
    target = data
    for key in path[:-1]:
        target = target[key]
    del target[path[-1]]
    return data


def _line(data: dict[str, Any], **changes: Any) -> dict[str, Any]:
    data["lines"][0].update(changes)
    return data


BAD_ORDERS = [
    pytest.param('{"order_no": "X1", "currency": "CNY",', "Not valid JSON", id="malformed"),
    pytest.param("[1, 2]", "order: must be a JSON object", id="not-an-object"),
    pytest.param(
        lambda d: _without(d, "customer", "name"),
        "customer.name: is required",
        id="no-customer-name",
    ),
    pytest.param(lambda d: _without(d, "lines"), "lines: is required", id="no-lines"),
    pytest.param(lambda d: _without(d, "placed_at"), "placed_at: is required", id="no-date"),
    pytest.param(lambda d: _line(d, quantity=0), "must be at least 1", id="zero-quantity"),
    pytest.param(lambda d: _line(d, quantity=-3), "must be at least 1", id="negative-quantity"),
    pytest.param(lambda d: _line(d, quantity="1.5"), "whole number", id="fractional-quantity"),
    pytest.param(
        lambda d: _line(d, unit_price="128.001"), "at most 2 decimal places", id="too-many-decimals"
    ),
    pytest.param(
        lambda d: _line(d, unit_price="92233720368547758.08"), "too large", id="beyond-64-bit"
    ),
    pytest.param(lambda d: _line(d, unit_price="-1.00"), "cannot be negative", id="negative-price"),
    pytest.param(
        lambda d: {**d, "currency": "XYZ"}, "Unknown currency: XYZ", id="unknown-currency"
    ),
    pytest.param(lambda d: {**d, "shipping_fee": "12.005"}, "shipping_fee", id="shipping-decimals"),
]


@pytest.mark.parametrize(("bad", "message"), BAD_ORDERS)
def test_bad_json_orders_change_nothing(cli, db, tmp_path, bad, message):
    text = bad if isinstance(bad, str) else json.dumps(bad(example_order()), ensure_ascii=False)
    before = snapshot(db)
    result = cli("orders", "add", write_order(tmp_path, text), user="amy")
    assert result.code == 2, result.err
    assert message in one_clear_line(result)
    assert snapshot(db) == before


def test_missing_file_and_duplicate_order(cli, db, tmp_path):
    before = snapshot(db)
    missing = cli("orders", "add", str(tmp_path / "nope.json"), user="amy")
    assert missing.code == 2
    assert "No such file" in one_clear_line(missing)
    assert snapshot(db) == before
    path = write_order(tmp_path, doc_examples()[0])
    assert cli("orders", "add", path, user="amy").code == 0
    once = snapshot(db)
    again = cli("orders", "add", path, user="amy")
    assert again.code == 3
    assert "already exists" in one_clear_line(again)
    assert snapshot(db) == once


def test_bad_payout_amounts_change_nothing(cli, db):
    requested = cli(
        "--json", *REQUEST, "T0001", "--line", "CUP-02=1", "--reason", "quality_problem", user="amy"
    )
    refund_no = requested.json()["refund_no"]
    assert cli("refund", "approve", refund_no, user="boss").code == 0
    before = snapshot(db)
    cases = {
        "1.234": "at most 2 decimal places",
        "99999999999999999999": "too large",
        "-5": "cannot be negative",
        "abc": "Not an amount",
        "0": "above zero",
        "999.00": "Only 38.43 CNY is left",
    }
    for amount, message in cases.items():
        result = cli("refund", "pay", refund_no, "--amount", amount, user="boss")
        assert result.code == (3 if amount == "999.00" else 2), (amount, result.err)
        assert message in one_clear_line(result), amount
        assert snapshot(db) == before, amount
    assert cli("refund", "pay", refund_no, "--amount", "38.43", user="boss").code == 0


def test_who_is_acting(cli, db):
    before = snapshot(db)
    no_pin = cli(*REQUEST, "T0001", "--all", "--reason", "quality_problem", "--user", "amy")
    assert no_pin.code == 2
    assert PIN_ENV in one_clear_line(no_pin)
    unknown = cli(*REQUEST, "T0001", "--all", "--reason", "quality_problem", user="zed", pin="1")
    assert unknown.code == 4
    assert snapshot(db) == before
    wrong = cli(*REQUEST, "T0001", "--all", "--reason", "quality_problem", user="amy", pin="0000")
    assert wrong.code == 3
    assert "Wrong PIN" in one_clear_line(wrong)
    assert snapshot(db)["refund"] == before["refund"]


def test_a_pin_shorter_than_the_shops_minimum_is_refused_with_what_to_do(cli, db):
    open_database(db)
    shop_settings.set_pin_min_digits(users.get_actor("boss"), 6)
    close_database()
    before = snapshot(db)
    short = cli(*REQUEST, "T0001", "--all", "--reason", "quality_problem", user="amy")
    assert short.code == 3
    assert one_clear_line(short) == (
        "error: The PIN of amy is shorter than this shop's minimum of 6 digits: choose a new one "
        "when signing in to the program, or ask the owner to reset it"
    )
    assert snapshot(db)["refund"] == before["refund"]


def test_usage_errors_and_unknown_refund(cli, db):
    before = snapshot(db)
    unknown_option = cli("orders", "show", "T0001", "--colour")
    assert unknown_option.code == 2
    assert "unrecognized arguments: --colour" in one_clear_line(unknown_option)
    reject = cli("refund", "reject", "RF1", user="boss")
    assert reject.code == 2
    assert "--reason" in one_clear_line(reject)
    missing = cli("refund", "show", "RF-NOPE")
    assert missing.code == 4
    assert one_clear_line(missing) == "error: No refund RF-NOPE"
    reason = cli("refund", "quote", "T0001", "--all", "--reason", "bored")
    assert reason.code == 2
    assert "Unknown refund reason: bored" in one_clear_line(reason)
    assert snapshot(db) == before


def test_reading_a_missing_database_creates_nothing(tmp_path):
    path = tmp_path / "typo.sqlite3"
    result = cli_main.main(["--db", str(path), "orders", "search", "王"])
    assert result == 5
    assert not path.exists()


def test_a_tampered_audit_trail_fails_verification(cli, db):
    sql_file(db, "UPDATE audit_event SET user_name = 'mallory' WHERE id = 2")
    result = cli("audit", "verify")
    assert result.code == 5
    assert "broken at event 2" in one_clear_line(result)


# --- no command, --demo and demo ----------------------------------------------------------------


@pytest.fixture
def fake_gui(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, bool]]:
    """A stand-in for merchant_refunds.ui.shell.launch that records how it was started."""
    calls: list[tuple[Any, bool]] = []
    module = types.ModuleType("fake_gui_launch")
    module.__spec__ = ModuleSpec("fake_gui_launch", None)

    def run_gui(db_target: Any, *, demo: bool = False) -> int:
        calls.append((db_target, demo))
        return 0

    module.run_gui = run_gui  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "fake_gui_launch", module)
    monkeypatch.setattr(cli_main, "GUI_MODULE", "fake_gui_launch")
    return calls


def test_no_arguments_prints_help_without_a_gui(monkeypatch, capsys):
    monkeypatch.setattr(cli_main, "GUI_MODULE", "merchant_refunds.no_such_gui")
    assert cli_main.main([]) == 0
    out = capsys.readouterr().out
    assert "usage: merchant-refunds" in out
    assert "exit codes" in out


def test_no_arguments_starts_the_gui(fake_gui):
    assert cli_main.main(["--db", "x.sqlite3"]) == 0
    assert fake_gui == [("x.sqlite3", False)]


def test_demo_flag_leaves_the_filling_to_the_gui_and_refuses_a_used_database(
    fake_gui, tmp_path, fixed_clock
):
    """With a GUI the demo is made behind its progress window, not before it opens."""
    path = tmp_path / "demo.sqlite3"
    assert cli_main.main(["--db", str(path), "--demo"]) == 0
    assert fake_gui == [(str(path), True)]
    assert snapshot(path)["order"] == 0  # created, left for the GUI to fill
    assert cli_main.main(["--db", str(path), "demo"]) == 0  # now it has data
    counted = snapshot(path)
    assert counted["order"] == 300
    assert cli_main.main(["--db", str(path), "--demo"]) == 3  # has data: refused, unchanged
    assert snapshot(path) == counted
    assert fake_gui == [(str(path), True)]  # and the GUI did not start on it


def test_demo_flag_without_a_gui_fills_the_database(monkeypatch, tmp_path, fixed_clock):
    monkeypatch.setattr(cli_main, "GUI_MODULE", "merchant_refunds.no_such_gui")
    path = tmp_path / "demo.sqlite3"
    assert cli_main.main(["--db", str(path), "--demo"]) == 0
    assert snapshot(path)["order"] == 300


@pytest.mark.parametrize("argv", [["demo"], ["--demo"], ["--demo", "orders", "search", "x"]])
def test_demo_never_adds_its_owner_to_a_shop_with_users(argv, fake_gui, tmp_path, capsys):
    """The attack: a shop with its users but no orders yet got the owner boss/1234 from
    ``demo``, without anyone signing in."""
    path = tmp_path / "shop.sqlite3"
    open_database(path, create=True)
    users.create_user(None, "chen", "owner", "8642")
    close_database()
    before = hashlib.sha256(path.read_bytes()).hexdigest()

    assert cli_main.main(["--db", str(path), *argv]) == 3

    err = capsys.readouterr().err
    assert "already has users; demo data goes only into a new, empty database" in err
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert fake_gui == []
    open_database(path, create=False)
    try:
        assert [u.name for u in users.list_users()] == ["chen"]
    finally:
        close_database()


def test_demo_command_and_its_refusal(tmp_path, capsys, fixed_clock):
    path = tmp_path / "demo.sqlite3"
    assert (
        cli_main.main(["demo", "--orders", "40", "--seed", "3", "--db", str(path), "--json"]) == 0
    )
    summary = json.loads(capsys.readouterr().out)
    assert summary["orders"] == 40
    assert {u["name"]: u["pin"] for u in summary["users"]} == {
        "boss": "1234",
        "amy": "5678",
        "kim": "6789",
    }
    before = snapshot(path)
    assert cli_main.main(["--db", str(path), "demo"]) == 3
    assert "already has orders" in capsys.readouterr().err
    assert snapshot(path) == before
    assert cli_main.main(["--db", str(tmp_path / "small.sqlite3"), "demo", "--orders", "5"]) == 2


# --- the installed script -----------------------------------------------------------------------


def _script() -> str:
    beside = Path(sys.executable).with_name("merchant-refunds")
    found = str(beside) if beside.exists() else shutil.which("merchant-refunds")
    assert found, "the merchant-refunds script is not installed (pip install -e .)"
    return found


@pytest.fixture
def script(tmp_path: Path) -> Iterator[Callable[..., subprocess.CompletedProcess[str]]]:
    env = {**os.environ, "LANG": "en_US.UTF-8"}
    env.pop(PIN_ENV, None)

    def run(*args: str, pin: str | None = None) -> subprocess.CompletedProcess[str]:
        run_env = {**env, PIN_ENV: pin} if pin else env
        return subprocess.run(
            [_script(), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=run_env,
            stdin=subprocess.DEVNULL,
            timeout=120,
            check=False,
        )

    yield run


def test_installed_script(script, template_db, tmp_path):
    db = tmp_path / "shop.sqlite3"
    shutil.copy(template_db, db)
    helped = script("--help")
    assert helped.returncode == 0
    assert "exit codes" in helped.stdout

    order_file = write_order(tmp_path, doc_examples()[0])
    added = script("--db", str(db), "orders", "add", order_file, "--user", "amy", pin="5678")
    assert added.returncode == 0, added.stderr
    shown = script("orders", "show", "TB20261120-0042", "--db", str(db), "--json")
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["totals"]["total_paid"] == "3161.00"

    before = snapshot(db)
    no_pin = script(
        "--db",
        str(db),
        "refund",
        "request",
        "TB20261120-0042",
        "--all",
        "--reason",
        "quality_problem",
        "--user",
        "amy",
    )
    assert no_pin.returncode == 2
    assert no_pin.stderr.startswith("error: A PIN is needed for amy")
    assert "Traceback" not in no_pin.stderr
    missing = script("--json", "--db", str(db), "refund", "show", "RF-NOPE")
    assert missing.returncode == 4
    assert json.loads(missing.stderr)["error"] == "unknown_refund"
    assert snapshot(db) == before


def test_key_show_writes_the_recovery_sheet_pdf_for_the_owner_only(cli, db, tmp_path):
    from pypdf import PdfReader

    from tests.documents.test_confirmation import _fonts

    target = tmp_path / "sheet.pdf"
    refused = cli("key", "show", "-o", str(target), user="amy")
    assert refused.code == 3 and not target.exists()
    shown = cli("--json", "key", "show", user="boss")
    key = json.loads(shown.out)
    written = cli("--json", "key", "show", "-o", str(target), user="boss")
    assert written.code == 0, written.err
    payload = json.loads(written.out)
    assert payload == {"shop_id": key["shop_id"], "key_id": key["key_id"], "file": str(target)}
    assert key["recovery_key"] not in written.out  # the key is on the paper only
    pdf = target.read_bytes()
    text = PdfReader(target).pages[0].extract_text()
    assert key["key_id"] in text
    assert all(group in text.split() for group in key["recovery_key"].split("-"))
    assert all(f["embedded"] for f in _fonts(pdf))
    assert target.stat().st_mode & 0o077 == 0  # readable by its owner only


def test_key_show_never_writes_over_the_database(cli, db):
    before = snapshot(db)
    data = db.read_bytes()
    result = cli("key", "show", "-o", str(db), user="boss")
    assert result.code == 2
    assert "is the shop's database" in result.err
    assert db.read_bytes() == data and snapshot(db) == before
