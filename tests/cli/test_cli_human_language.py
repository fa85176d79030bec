"""Every human-readable result of the everyday commands in the user's language (issue 15, #15):
orders, quotes, a refund's steps, deadlines, exchanges, returned goods, evidence and the refusals
a role meets, with the stored codes shown by their names (never ``quality_problem`` or
``original_route``); ``--json`` keeps the codes, English stays English."""

from __future__ import annotations

import csv
import os
import re
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

from merchant_refunds.cli import i18n, labels
from tests.cli.test_cli import Result, cli, db, snapshot, template_db  # noqa: F401
from tests.services.test_attachments import image

#: Every code a table names, as a word: none may reach a person reading Chinese.
CODES = sorted(
    {
        code
        for table in (
            labels.ORDER_STATUS,
            labels.REFUND_STATUS,
            labels.REASON,
            labels.PAYMENT_METHOD,
            labels.PAYOUT_METHOD,
            labels.PAYOUT_STATUS,
            labels.ROLE,
            labels.CONDITION,
            labels.DISPOSITION,
            labels.SOURCE,
            labels.AMOUNT_KIND,
            labels.STAGE,
            labels.EXCHANGE_STATUS,
            labels.CATEGORY,
        )
        for code in table
    }
)
_CODE = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, CODES)) + r")(?![\w-])")


def _chinese(result: Result) -> str:
    """The output of a command that worked, checked to be Chinese without a stored code."""
    assert result.code == 0, result.err
    assert re.search(r"[\u4e00-\u9fff]", result.out), result.out
    found = _CODE.findall(result.out)
    assert not found, f"codes {found} shown in:\n{result.out}"
    return result.out


class _Recorder(Mapping[str, str]):
    """The Chinese catalogue, noting every text looked up that it has no translation for."""

    def __init__(self, messages: Mapping[str, str]) -> None:
        self.messages = messages
        self.missing: set[str] = set()

    def __getitem__(self, key: str) -> str:
        return self.messages[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.messages)

    def __len__(self) -> int:
        return len(self.messages)

    def get(self, key: str, default: object = None) -> object:  # type: ignore[override]
        if key not in self.messages:
            self.missing.add(key)
        return self.messages.get(key, default)


@pytest.fixture
def chinese(monkeypatch: pytest.MonkeyPatch) -> Iterator[_Recorder]:
    """Messages in Chinese (LANG=zh_CN.UTF-8 alone); at the end, every text the commands looked
    up must have had its Chinese translation."""
    from merchant_refunds.cli.messages_zh_CN import MESSAGES

    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    recorder = _Recorder(MESSAGES)
    monkeypatch.setattr(i18n, "_catalogue", lambda: recorder)
    yield recorder
    assert not recorder.missing, sorted(recorder.missing)


def _english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_MESSAGES", "en_US.UTF-8")


def test_orders_show_and_search(cli, chinese, monkeypatch) -> None:  # noqa: F811
    shown = _chinese(cli("orders", "show", "T0001"))
    head = shown.splitlines()[0]
    assert head == "订单 T0001 · 已签收 · CNY", head
    assert "  下单时间  " in shown and "经支付宝" in shown
    assert "名称" in shown and "可退" in shown and "合计" in shown
    found = _chinese(cli("orders", "search", "T000"))
    assert found.splitlines()[0].split()[:3] == ["订单", "下单时间", "客户"]
    assert "已签收" in found and "支付宝" in found
    assert (
        cli("orders", "search", "nothing-like-it").out.strip()
        == "没有与 'nothing-like-it' 匹配的订单。"
    )
    _english(monkeypatch)
    english = cli("orders", "show", "T0001")
    assert english.out.splitlines()[0] == "Order T0001 · Delivered · CNY"
    assert "via Alipay" in english.out
    assert cli("--json", "orders", "show", "T0001").json()["status"] == "delivered"


def test_a_refunds_quote_and_every_step(cli, chinese, monkeypatch) -> None:  # noqa: F811
    quote = _chinese(
        cli("refund", "quote", "T0001", "--line", "TEA-01=1", "--reason", "quality_problem")
    )
    assert quote.splitlines()[0] == "订单 T0001 的退款预算（CNY），原因：质量问题"
    assert "第 1 行" in quote and "含税" in quote and "审核结果：" in quote
    abroad = _chinese(
        cli("refund", "quote", "T0001", "--all", "--reason", "quality_problem",
            "--payout-currency", "USD", "--fx-rate", "0.14")
    )  # fmt: skip
    assert "以 USD 支付" in abroad and "汇率 0.14（" in abroad
    by_amount = _chinese(
        cli("refund", "quote", "T0001", "--amount", "5", "--line", "#2", "--reason", "other")
    )
    assert "按金额退款：第 2 行的瑕疵补偿（仅退款）；不退商品件数" in by_amount
    assert "瑕疵补偿（仅退款），第 2 行" in by_amount
    made = cli(
        "--json",
        "refund",
        "request",
        "T0001",
        "--line",
        "TEA-01=1",
        "--reason",
        "quality_problem",
        user="amy",
    )
    refund_no = made.json()["refund_no"]
    assert made.json()["status"] == "requested"  # --json keeps the codes
    shown = _chinese(cli("refund", "show", refund_no))
    assert shown.splitlines()[0] == f"退款 {refund_no} · 订单 T0001 · 待审批"
    assert "  原因        质量问题" in shown
    assert "原路退回" in shown and "复核 否" in shown
    assert "审核截止" in shown and "还剩" in shown
    approved = _chinese(cli("refund", "approve", refund_no, user="boss"))
    assert " · 已批准" in approved.splitlines()[0] and "审批" in approved
    paid = _chinese(cli("refund", "pay", refund_no, "--reference", "ALI-1", user="boss"))
    assert " · 已打款" in paid.splitlines()[0]
    assert "退款方式" in paid and "已发出" in paid
    done = _chinese(cli("refund", "confirm", refund_no, user="amy"))
    assert " · 已完成" in done.splitlines()[0] and "已到账" in done
    _english(monkeypatch)
    english = cli("refund", "show", refund_no)
    assert english.out.splitlines()[0] == f"Refund {refund_no} · order T0001 · Completed"
    assert "  Reason      Quality problem" in english.out


def test_reject_and_cancel(cli, chinese) -> None:  # noqa: F811
    numbers = [
        cli(
            "--json",
            "refund",
            "request",
            "T0001",
            "--line",
            f"#{n}=1",
            "--reason",
            "other",
            user="amy",
        ).json()["refund_no"]
        for n in (1, 2)
    ]
    rejected = _chinese(cli("refund", "reject", numbers[0], "--reason", "已超过时限", user="boss"))
    assert " · 已驳回" in rejected.splitlines()[0] and "已超过时限" in rejected
    cancelled = _chinese(cli("refund", "cancel", numbers[1], user="amy"))
    assert " · 已取消" in cancelled.splitlines()[0]


def test_refusals_name_the_role_the_action_and_the_state(cli, db, chinese, monkeypatch) -> None:  # noqa: F811
    refund_no = cli(
        "--json", "refund", "request", "T0001", "--all", "--reason", "other", user="amy"
    ).json()["refund_no"]
    before = snapshot(db)
    denied = cli("refund", "approve", refund_no, user="amy")
    assert denied.code == 3
    assert denied.err.strip() == "错误：店员 角色无权执行此操作：批准退款"
    cli("refund", "cancel", refund_no, user="amy")
    refused = cli("refund", "pay", refund_no, user="boss")
    assert refused.code == 3
    assert refused.err.strip() == f"错误：退款 {refund_no} 状态为 已取消，不能执行此操作：付款"
    _english(monkeypatch)
    assert cli("stock", "ledger", user="kim").code == 0
    english = cli(
        "refund",
        "deduct",
        refund_no,
        "--unit",
        "TEA-01/1",
        "--amount",
        "1",
        "--reason",
        "x",
        user="amy",
    )
    assert english.code == 3 and "A clerk cannot" in english.err
    assert snapshot(db)["refunds"] != before["refunds"]  # only the cancel changed a refund


def test_deadlines_and_their_extension(cli, chinese, monkeypatch) -> None:  # noqa: F811
    refund_no = cli(
        "--json", "refund", "request", "T0001", "--all", "--reason", "other", user="amy"
    ).json()["refund_no"]
    moved = cli(
        "refund",
        "extend",
        refund_no,
        "--until",
        "2026-12-05",
        "--reason",
        "等顾客寄回",
        user="boss",
    )
    assert moved.code == 0, moved.err
    assert moved.out.strip() == f"{refund_no} 的审核期限现为 2026-12-05"
    shown = _chinese(cli("refund", "show", refund_no))
    assert "已延期" in shown and "等顾客寄回" in shown and "审核延至 2026-12-05" in shown
    legal = cli("deadlines", "--from", "2026-01-01", "--to", "2026-12-31", user="kim")
    assert legal.code == 0, legal.err
    assert legal.out.strip() == "尚无退款到达法定退款期限。"
    _english(monkeypatch)
    again = cli("refund", "show", refund_no)
    assert "  Extended    review to 2026-12-05 by boss" in again.out


def test_exchanges(cli, chinese, tmp_path, monkeypatch) -> None:  # noqa: F811
    args = [
        "T0001",
        "--back",
        "TEA-01=1",
        "--out",
        "TEA-02=1@90.00:碧螺春 250g",
        "--reason",
        "wrong_item",
    ]
    dry = _chinese(cli("refund", "exchange", *args, "--dry-run"))
    assert dry.splitlines()[0] == "订单 T0001 的换货预算（CNY），原因：发错商品"
    assert "退回商品价值" in dry and "向顾客退还差价" in dry
    made = cli("--json", "refund", "exchange", *args, user="amy").json()
    number = made["exchange_no"]
    shown = _chinese(cli("refund", "exchange-show", number))
    assert shown.splitlines()[0] == f"换货 {number} · 订单 T0001 · 已记录 · 原因：发错商品"
    assert "碧螺春 250g" in shown and "审批和付款与其他退款相同" in shown
    order = _chinese(cli("orders", "show", "T0001"))
    assert "换货" in order and number in order
    paper = tmp_path / "exchange.pdf"
    written = cli("refund", "exchange-paper", number, "-o", str(paper))
    assert written.code == 0, written.err
    assert written.out.strip() == f"已写入 {paper}"
    assert cli("refund", "cancel", made["refund_no"], user="amy").code == 0
    cancelled = _chinese(
        cli("refund", "exchange-cancel", number, "--reason", "顾客改主意", user="boss")
    )
    assert " · 已取消 · " in cancelled.splitlines()[0]
    _english(monkeypatch)
    english = cli("refund", "exchange-show", number)
    assert english.out.splitlines()[0] == (
        f"Exchange {number} · order T0001 · Cancelled · reason Wrong item"
    )


def test_returned_goods_and_the_stock_ledger(cli, chinese, tmp_path, monkeypatch) -> None:  # noqa: F811
    refund_no = cli(
        "--json",
        "refund",
        "request",
        "T0001",
        "--line",
        "TEA-01=2",
        "--reason",
        "quality_problem",
        "--goods-return",
        user="amy",
    ).json()["refund_no"]
    received = _chinese(
        cli(
            "refund",
            "receive-goods",
            refund_no,
            "--condition",
            "opened",
            "--unit",
            "TEA-01/2=damaged:罐子压扁",
            user="amy",
        )
    )
    assert "退回的商品" in received or "退货" in received
    assert "已拆封" in received and "损坏" in received and "退回入库" in received
    deducted = _chinese(
        cli(
            "refund",
            "deduct",
            refund_no,
            "--unit",
            "TEA-01/2",
            "--amount",
            "10.00",
            "--reason",
            "罐子压扁",
            user="boss",
        )
    )
    assert "扣款" in deducted
    _chinese(cli("refund", "goods", refund_no))
    ledger = _chinese(cli("stock", "ledger", user="amy"))
    assert ledger.splitlines()[0].split()[:3] == ["时间", "SKU", "变动"]
    target = tmp_path / "stock.csv"
    exported = cli("stock", "export", "-o", str(target), user="amy")
    assert exported.code == 0, exported.err
    assert exported.out.strip() == f"已将 2 条库存变动写入 {target}"
    with target.open(encoding="utf-8-sig", newline="") as f:
        assert len(list(csv.reader(f))) == 3
    _english(monkeypatch)
    english = cli("stock", "ledger", user="amy")
    assert "Returned to stock" in english.out and "Opened" in english.out


def test_evidence(cli, chinese, tmp_path: Path) -> None:  # noqa: F811
    refund_no = cli(
        "--json",
        "refund",
        "request",
        "T0001",
        "--line",
        "#1=1",
        "--reason",
        "quality_problem",
        user="amy",
    ).json()["refund_no"]
    assert cli("refund", "attachments", refund_no).out.strip() == f"{refund_no} 没有附件"
    photo = tmp_path / "crack.jpg"
    photo.write_bytes(image("JPEG"))
    attached = _chinese(
        cli("refund", "attach", refund_no, str(photo), "--stage", "request", user="amy")
    )
    assert attached.splitlines()[0] == f"已附到 {refund_no}（随申请提交）："
    listed = _chinese(cli("refund", "attachments", refund_no, "--save", str(tmp_path / "out")))
    assert "随申请提交" in listed and "已保存 " in listed


def test_help_built_from_codes_reads_in_chinese(capsys, chinese) -> None:
    from merchant_refunds.cli import main as cli_main

    assert cli_main.main(["refund", "quote", "--help"]) == 0
    page = capsys.readouterr().out
    assert "退款原因：quality_problem, wrong_item" in page
    assert "（默认：no_reason）" in page
    assert cli_main.main(["refund", "pay", "--help"]) == 0
    assert "每期间隔天数（30）" in capsys.readouterr().out


def test_set_up_in_chinese(capsys, chinese, tmp_path: Path) -> None:
    from merchant_refunds.cli import main as cli_main
    from merchant_refunds.storage.db import close_database

    target = tmp_path / "new.sqlite3"
    try:
        assert cli_main.main(["--db", str(target), "init"]) == 0
        first = capsys.readouterr().out.splitlines()
        assert first[0].startswith(f"已在 {target} 建立新数据库（结构版本 ")
        assert first[1].startswith("用它启动程序以创建店主账户")
        assert cli_main.main(["--db", str(target), "init"]) == 0
        assert "；未做任何更改。" in capsys.readouterr().out
    finally:
        close_database()


_PROBE = """
import sys
from merchant_refunds.cli.main import main
code = main(sys.argv[1:])
heavy = ("PySide6", "reportlab", "openpyxl", "xlsxwriter")
print("heavy:", ",".join(m for m in heavy if m in sys.modules), file=sys.stderr)
sys.exit(code)
"""


def test_chinese_orders_show_stays_light(db) -> None:  # noqa: F811
    """The names of codes come from the catalogue, not from the GUI's Qt tables."""
    env = {k: v for k, v in os.environ.items() if k not in i18n.LANGUAGE_ENV}
    env["LANG"] = "zh_CN.UTF-8"
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, "--db", str(db), "orders", "show", "T0001"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("订单 T0001 · 已签收 · CNY")
    assert done.stderr.strip() == "heavy:"
