"""A shop set up and run from the command line alone (issue 15, #14): ``init --shop --owner``,
``users``, ``settings show|set``, ``supplier`` and ``feedback``. Every refused or mistyped command
changes nothing; the messages come in the user's language (LC_MESSAGES/LANG)."""

from __future__ import annotations

import io
import json
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import pytest

from merchant_refunds.cli import main as cli_main
from merchant_refunds.cli.parser import NEW_PIN_ENV, PIN_ENV
from merchant_refunds.domain.order import OrderStatus
from merchant_refunds.services import orders, users
from merchant_refunds.storage.db import close_database, open_database
from tests.cli.test_cli import Result, cli, db, one_clear_line, snapshot, template_db  # noqa: F401
from tests.factories import tea_order


def chinese_line(result: Result) -> str:
    """The one line a refused command prints, in Chinese: after the 错误： prefix."""
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("错误："), result.err
    return lines[0].removeprefix("错误：")


@pytest.fixture
def run(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    fixed_clock: None,
):
    """``merchant-refunds ARGS`` on a new database path, in English unless ``lang`` says zh."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    target = tmp_path / "new-shop.sqlite3"

    def go(*args: str, lang: str = "en_US.UTF-8", **env: str) -> Result:
        monkeypatch.setenv("LANG", lang)
        for name in (PIN_ENV, NEW_PIN_ENV):
            monkeypatch.delenv(name, raising=False)
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        code = cli_main.main(["--db", str(target), *args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    go.path = target  # type: ignore[attr-defined]
    return go


def _users(path: Path) -> list[tuple[str, str, int]]:
    with closing(sqlite3.connect(path)) as con:
        return con.execute('SELECT name, role, active FROM "user" ORDER BY name').fetchall()


def _shop_name(path: Path) -> str:
    with closing(sqlite3.connect(path)) as con:
        row = con.execute("SELECT value FROM setting WHERE key = 'shop'").fetchone()
    return json.loads(row[0])["name"] if row else ""


# --- init ---------------------------------------------------------------------------------------


def test_init_sets_up_the_shop_and_its_owner_who_can_then_staff_it(run) -> None:
    made = run("init", "--shop", "青竹茶舍", "--owner", "boss", MERCHANT_REFUNDS_PIN="2468")
    assert made.code == 0, made.err
    assert "青竹茶舍" in made.out and "boss is its owner" in made.out
    assert "key show" in made.out  # what to do next: keep the recovery key
    assert _users(run.path) == [("boss", "owner", 1)]
    assert _shop_name(run.path) == "青竹茶舍"

    added = run(
        "users",
        "add",
        "amy",
        "--role",
        "clerk",
        "--user",
        "boss",
        MERCHANT_REFUNDS_PIN="2468",
        MERCHANT_REFUNDS_NEW_PIN="1357",
    )
    assert added.code == 0, added.err
    assert added.out.strip() == "Added amy as clerk."
    # The new clerk signs in with the PIN the owner gave.
    listed = run("--json", "users", "list", "--user", "amy", MERCHANT_REFUNDS_PIN="1357")
    assert listed.code == 0, listed.err
    assert [(u["name"], u["role"]) for u in listed.json()] == [("amy", "clerk"), ("boss", "owner")]


def test_init_in_chinese(run) -> None:
    args = ["init", "--shop", "青竹茶舍", "--owner", "boss"]
    made = run(*args, lang="zh_CN.UTF-8", MERCHANT_REFUNDS_PIN="2468")
    assert made.code == 0, made.err
    assert "创建 青竹茶舍：店主为 boss" in made.out
    again = run(
        "init", "--shop", "别的店", "--owner", "x", lang="zh_CN.UTF-8", MERCHANT_REFUNDS_PIN="2468"
    )
    assert again.code == 3
    assert chinese_line(again) == "本店已设置完成；由店主添加用户（users add）"


@pytest.mark.parametrize(
    ("args", "env", "code", "message"),
    [
        (["--shop", "S", "--owner", "boss"], {}, 2, "set MERCHANT_REFUNDS_PIN"),
        (["--shop", "S", "--owner", "boss"], {PIN_ENV: "12"}, 2, "A PIN is 4 to 12 digits"),
        (["--shop", "S", "--owner", "b o"], {PIN_ENV: "2468"}, 2, "without spaces"),
        (["--shop", "S"], {PIN_ENV: "2468"}, 2, "Give both --shop NAME and --owner NAME"),
        (["--shop", " ", "--owner", "boss"], {PIN_ENV: "2468"}, 2, "The shop needs a name"),
        (["--shop", "S", "--owner", "b", "--currency", "XX"], {PIN_ENV: "2468"}, 2, "XX"),
    ],
)
def test_bad_init_creates_no_owner(run, args, env, code, message) -> None:
    result = run("init", *args, **env)
    assert result.code == code, result.err
    assert message in one_clear_line(result)
    assert not run.path.exists() or _users(run.path) == []


def test_init_on_a_shop_with_users_changes_nothing(run) -> None:
    assert run("init", "--shop", "A", "--owner", "boss", MERCHANT_REFUNDS_PIN="2468").code == 0
    before = snapshot(run.path)
    again = run("init", "--shop", "B", "--owner", "eve", MERCHANT_REFUNDS_PIN="1111")
    assert again.code == 3
    assert "already set up" in one_clear_line(again)
    assert snapshot(run.path) == before
    assert _shop_name(run.path) == "A"


def test_the_new_pin_is_asked_twice_on_a_terminal(run, monkeypatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    typed = iter(["2468", "2469"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(typed))
    monkeypatch.setattr(sys, "stdin", Terminal(""))
    differ = cli_main.main(["--db", str(run.path), "init", "--shop", "S", "--owner", "boss"])
    assert differ == 2
    assert _users(run.path) == []
    typed = iter(["2468", "2468"])
    same = cli_main.main(["--db", str(run.path), "init", "--shop", "S", "--owner", "boss"])
    assert same == 0
    assert _users(run.path) == [("boss", "owner", 1)]


# --- users --------------------------------------------------------------------------------------


def test_users_role_deactivate_activate_and_reset_pin(cli, db, monkeypatch) -> None:  # noqa: F811
    role = cli("users", "role", "kim", "clerk", user="boss")
    assert role.code == 0 and role.out.strip() == "kim is now clerk."
    off = cli("users", "deactivate", "kim", user="boss")
    assert off.code == 0 and off.out.strip() == "kim can no longer sign in."
    refused = cli("users", "list", user="kim")
    assert refused.code == 4 and "No active user called kim" in one_clear_line(refused)
    on = cli("users", "activate", "kim", user="boss")
    assert on.code == 0 and "kim can sign in again." in on.out

    monkeypatch.setenv(NEW_PIN_ENV, "97531")
    reset = cli("users", "reset-pin", "kim", user="boss")
    assert reset.code == 0 and "New PIN set for kim." in reset.out
    assert cli("users", "list", user="kim").code == 3  # the old PIN no longer works
    assert cli("users", "list", user="kim", pin="97531").code == 0


def test_change_own_pin_even_when_it_is_shorter_than_the_new_minimum(cli, db, monkeypatch):  # noqa: F811
    raised = cli("settings", "set", "-", "--section", "security", user="boss")
    assert raised.code == 2  # stdin is empty: not JSON
    monkeypatch.setattr(sys, "stdin", io.StringIO('{"pin_min_digits": 6}'))
    raised = cli("settings", "set", "-", "--section", "security", user="boss")
    assert raised.code == 0, raised.err
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    # amy's 4-digit PIN is refused for work, but lets her choose a new one.
    assert cli("users", "list", user="amy").code == 3
    monkeypatch.setenv(NEW_PIN_ENV, "12345")
    short = cli("users", "change-pin", user="amy")
    assert short.code == 2 and "at least 6 digits" in one_clear_line(short)
    monkeypatch.setenv(NEW_PIN_ENV, "246810")
    changed = cli("users", "change-pin", user="amy")
    assert changed.code == 0, changed.err
    assert "Your new PIN is set, amy." in changed.out
    assert cli("users", "list", user="amy", pin="246810").code == 0
    wrong = cli("users", "change-pin", user="amy", pin="000000")
    assert wrong.code == 3 and "Wrong PIN" in one_clear_line(wrong)


@pytest.mark.parametrize(
    ("args", "user", "new_pin", "code", "message"),
    [
        (["users", "add", "newbie", "--role", "clerk"], "amy", "4321", 3, "Only the shop owner"),
        (["users", "add", "amy", "--role", "clerk"], "boss", "4321", 3, "already a user"),
        (["users", "add", "new bie", "--role", "clerk"], "boss", "4321", 2, "without spaces"),
        (["users", "add", "newbie", "--role", "boss"], "boss", "4321", 2, "invalid choice"),
        (["users", "add", "newbie", "--role", "clerk"], "boss", "43a1", 2, "4 to 12 digits"),
        (["users", "add", "newbie", "--role", "clerk"], "boss", None, 2, NEW_PIN_ENV),
        (["users", "role", "kim", "manager"], "boss", None, 2, "invalid choice"),
        (["users", "role", "ghost", "clerk"], "boss", None, 4, "No user called ghost"),
        (["users", "deactivate", "boss"], "boss", None, 3, "cannot deactivate yourself"),
        (["users", "deactivate", "amy"], "kim", None, 3, "accountant cannot deactivate"),
        (["users", "reset-pin", "kim"], "amy", "4444", 3, "A clerk cannot"),
    ],
)
def test_bad_user_commands_change_nothing(
    cli,  # noqa: F811
    db,  # noqa: F811
    monkeypatch,
    args,
    user,
    new_pin,
    code,
    message,
) -> None:
    if new_pin is None:
        monkeypatch.delenv(NEW_PIN_ENV, raising=False)
    else:
        monkeypatch.setenv(NEW_PIN_ENV, new_pin)
    before = snapshot(db)
    result = cli(*args, user=user)
    assert result.code == code, result.err
    assert message in one_clear_line(result)
    assert snapshot(db) == before


def test_user_messages_in_chinese(cli, db, monkeypatch) -> None:  # noqa: F811
    monkeypatch.delenv("LC_MESSAGES")  # LANG=zh_CN.UTF-8 alone decides
    monkeypatch.setenv(NEW_PIN_ENV, "4321")
    added = cli("users", "add", "newbie", "--role", "accountant", user="boss")
    assert added.code == 0 and added.out.strip() == "已添加 newbie，角色为会计。"
    listed = cli("users", "list", user="boss")
    assert listed.out.splitlines()[0].split() == ["用户名", "显示名称", "角色", "状态"]
    before = snapshot(db)
    refused = cli("users", "add", "newbie", "--role", "clerk", user="amy")
    assert refused.code == 3
    assert chinese_line(refused) == "只有店主可以添加用户"
    assert snapshot(db) == before


# --- settings -----------------------------------------------------------------------------------


def test_settings_round_trip_changes_only_what_differs(cli, db, tmp_path, monkeypatch):  # noqa: F811
    shown = cli("settings", "show")
    assert shown.code == 0, shown.err
    document = json.loads(shown.out)
    assert set(document) == {
        "shop",
        "policy",
        "payment_methods",
        "journal_accounts",
        "security",
        "notices",
    }
    path = tmp_path / "settings.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    before = snapshot(db)
    same = cli("--json", "settings", "set", str(path), user="boss")
    assert same.code == 0, same.err
    assert same.json() == {"changed": []}
    assert snapshot(db) == before  # nothing recorded for an unchanged file

    document["shop"]["name"] = "青竹茶舍"
    document["payment_methods"]["alipay"]["max_days"] = 5
    document["journal_accounts"]["sales_returns"]["code"] = "6401"
    document["notices"]["digest"] = {"enabled": True, "address": "boss@example.com", "lang": "en"}
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    changed = cli("settings", "set", str(path), user="boss")
    assert changed.code == 0, changed.err
    assert changed.out.strip() == "Changed: shop, payment_methods, journal_accounts, notices"
    again = json.loads(cli("settings", "show").out)
    assert again["shop"]["name"] == "青竹茶舍"
    assert again["payment_methods"]["alipay"]["max_days"] == 5
    assert again["journal_accounts"]["sales_returns"] == {"code": "6401", "name": "主营业务收入"}
    assert again["notices"]["digest"]["enabled"] is True
    policy = cli("settings", "show", "policy")
    assert json.loads(policy.out) == document["policy"]


@pytest.mark.parametrize(
    ("payload", "section", "message"),
    [
        ("{not json", None, "not valid JSON (line 1, column 2)"),
        ("[1, 2]", None, "The settings must be a JSON object"),
        ('{"colour": {}}', None, "Unknown setting colour in the settings"),
        ('{"shop": {"name": "新名字"}, "policy": {"nonsense": 1}}', None, "nonsense"),
        ('{"shop": {"name": 5}}', None, "shop.name must be text in quotes"),
        ('{"payment_methods": {"alipay": {"max_days": "3"}}}', None, "whole numbers"),
        ('{"payment_methods": {"alipay": {"min_days": 9, "max_days": 2}}}', None, "earliest"),
        ('{"payment_methods": {"bitcoin": {"max_days": 2}}}', None, "Unknown payment method"),
        ('{"journal_accounts": {"sales_returns": {"code": "60A1"}}}', None, "1 to 20 digits"),
        ('{"idle_lock_minutes": 999}', "security", "0 (never) to 240"),
        ('{"templates": {"approved": {"zh": {"body": "{nope}"}}}}', "notices", "nope"),
        ('{"name": "新名字"}', "colour", "Unknown settings section: colour"),
        ("[" * 100_000 + "]" * 100_000, None, "nested more than 16 levels"),
        ('{"security": {"idle_lock_minutes": ' + "9" * 5000 + "}}", None, "more than 20"),
        ('{"security": {"idle_lock_minutes": NaN}}', None, "NaN is not a number"),
        ('{"security": {"idle_lock_minutes": 3.5}}', None, "0 (never) to 240"),
        ('{"shop": {"name": "A"}, "shop": {"name": "B"}}', None, "shop is given twice"),
        (r'{"shop": {"name": "A\u0000B"}}', None, "shop's name"),
        (b"\xff\xfe{}", None, "not UTF-8"),
    ],
)
def test_bad_settings_change_nothing(
    cli,  # noqa: F811
    db,  # noqa: F811
    tmp_path,
    payload,
    section,
    message,
) -> None:
    path = tmp_path / "bad.json"
    if isinstance(payload, bytes):
        path.write_bytes(payload)
    else:
        path.write_text(payload, encoding="utf-8")
    before = snapshot(db)
    shown = cli("settings", "show").out
    given = ["--section", section] if section else []
    result = cli("settings", "set", str(path), *given, user="boss")
    assert result.code == 2, result.err
    assert message in one_clear_line(result)
    assert snapshot(db) == before
    assert cli("settings", "show").out == shown


def test_only_an_owner_sets_settings_and_chinese_says_so(cli, db, tmp_path, monkeypatch):  # noqa: F811
    path = tmp_path / "s.json"
    path.write_text('{"security": {"idle_lock_minutes": 3}}', encoding="utf-8")
    before = snapshot(db)
    refused = cli("settings", "set", str(path), user="amy")
    assert refused.code == 3 and "A clerk cannot" in one_clear_line(refused)
    monkeypatch.delenv("LC_MESSAGES")
    path.write_text('{"security": {"idle_lock_minutes": "3"}}', encoding="utf-8")
    bad = cli("settings", "set", str(path), user="boss")
    assert bad.code == 2 and chinese_line(bad) == "锁屏时间为 0（从不）至 240 分钟"
    assert snapshot(db) == before


# --- supplier and feedback ----------------------------------------------------------------------


@pytest.fixture
def presale_refund(cli, db) -> str:  # noqa: F811
    open_database(db)
    try:
        orders.create_order(
            users.get_actor("amy"),
            tea_order("PRE1", status=OrderStatus.PRESALE_IN_PRODUCTION, presale=True),
        )
    finally:
        close_database()
    made = cli("--json", "refund", "request", "PRE1", "--all", "--reason", "other", user="amy")
    assert made.code == 0, made.err
    return made.json()["refund_no"]


def test_supplier_answer_opens_the_approval(cli, db, presale_refund, monkeypatch):  # noqa: F811
    waiting = cli("refund", "approve", presale_refund, user="boss")
    assert waiting.code == 3 and "supplier" in one_clear_line(waiting)
    none = cli("supplier", presale_refund)
    assert none.code == 0 and f"No supplier answer recorded for {presale_refund}." in none.out

    before = snapshot(db)
    for args, code, message in [
        (["--answer", "agreed"], 2, "Say who at the supplier was asked"),
        (["--supplier", "王经理"], 2, "Say what the supplier answered"),
        (["--answer", "agreed", "--supplier", "王经理", "--asked-on", "2099-01-01"], 2, "later"),
        (["--answer", "agreed", "--supplier", "王经理", "--asked-on", "11/02"], 2, "YYYY-MM-DD"),
    ]:
        bad = cli("supplier", presale_refund, *args, user="amy")
        assert bad.code == code, (args, bad.err)
        assert message in one_clear_line(bad)
    assert snapshot(db) == before
    denied = cli("supplier", presale_refund, "--answer", "agreed", "--supplier", "王", user="kim")
    assert denied.code == 3 and snapshot(db) == before

    agreed = cli(
        "supplier",
        presale_refund,
        "--answer",
        "agreed",
        "--supplier",
        "王经理",
        "--note",
        "同意退",
        user="amy",
    )
    assert agreed.code == 0, agreed.err
    assert "王经理 answered agreed" in agreed.out
    listed = cli("--json", "supplier", presale_refund)
    assert listed.json()["waits_for_supplier"] is False
    assert [a["answer"] for a in listed.json()["answers"]] == ["agreed"]
    monkeypatch.delenv("LC_MESSAGES")
    chinese = cli("supplier", presale_refund)
    assert chinese.out.splitlines()[0].split() == ["询问日期", "供应商", "答复", "备注"]
    assert "王经理  同意" in chinese.out
    assert cli("refund", "approve", presale_refund, user="boss").code == 0


def test_feedback_after_payment_in_both_languages(cli, db, monkeypatch):  # noqa: F811
    made = cli("--json", "refund", "request", "T0001", "--all", "--reason", "other", user="amy")
    refund_no = made.json()["refund_no"]
    before = snapshot(db)
    early = cli("feedback", refund_no, "--rating", "5", user="amy")
    assert early.code == 3 and "after the refund is paid" in one_clear_line(early)
    assert snapshot(db) == before
    assert cli("refund", "approve", refund_no, user="boss").code == 0
    assert cli("refund", "pay", refund_no, user="boss").code == 0
    before = snapshot(db)
    for args, code, message in [
        (["--rating", "6"], 2, "from 1 to 5"),
        (["--comment", "好"], 2, "Give the rating too"),
        (["--rating", "x"], 2, "invalid int value"),
    ]:
        bad = cli("feedback", refund_no, *args, user="amy")
        assert bad.code == code, (args, bad.err)
        assert message in one_clear_line(bad)
    assert snapshot(db) == before

    given = cli("feedback", refund_no, "--rating", "4", "--comment", "退款很快", user="amy")
    assert given.code == 0, given.err
    assert "★★★★☆ (4/5), recorded by amy" in given.out and "退款很快" in given.out
    monkeypatch.delenv("LC_MESSAGES")
    shown = cli("feedback", refund_no)
    assert f"{refund_no} 的客户反馈：★★★★☆（4/5），由 amy 于" in shown.out
    nothing = cli("feedback", "R-NONE")
    assert nothing.code == 0 and "R-NONE 尚无客户反馈记录。" in nothing.out
