"""The command line speaks the user's language (issue 15, #15): LC_ALL, LC_MESSAGES, LANG as
POSIX orders them, zh… -> Simplified Chinese, else English; without Qt, from a dictionary that
the translation script writes from the .ts catalogue and checks to be in step with it."""

from __future__ import annotations

import csv
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from merchant_refunds.cli import i18n
from tests.cli.test_cli import cli, db, snapshot, template_db  # noqa: F401
from tests.cli.test_cli_payouts import big_refund  # noqa: F401
from tests.cli.test_cli_reconcile import _statement, paid  # noqa: F401
from tests.import_samples import generic_file, generic_rows

ROOT = Path(__file__).resolve().parents[2]


def _tools():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # its dataclasses look their module up
    spec.loader.exec_module(sys.modules[spec.name])
    return sys.modules[spec.name]


@pytest.mark.parametrize(
    ("env", "language"),
    [
        ({"LANG": "zh_CN.UTF-8"}, "zh"),
        ({"LANG": "zh_TW.UTF-8"}, "zh"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({}, "en"),
        ({"LANG": "zh_CN.UTF-8", "LC_MESSAGES": "C"}, "en"),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"}, "zh"),
        ({"LANG": "zh_CN.UTF-8", "LC_MESSAGES": "zh_CN", "LC_ALL": "en_GB.UTF-8"}, "en"),
        ({"LANG": "C", "LC_ALL": "zh_CN.GB18030"}, "zh"),
    ],
)
def test_the_language_follows_the_locale_variables(monkeypatch, env, language) -> None:
    for name in i18n.LANGUAGE_ENV:
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert i18n.messages_language() == language


def test_the_dictionary_is_the_chinese_catalogue() -> None:
    """What ``update_translations.py --check`` holds too: the dictionary the command line reads
    is exactly the finished "Domain" texts of the .ts, the one source of truth."""
    tools = _tools()
    written = (ROOT / "merchant_refunds" / "cli" / "messages_zh_CN.py").read_text(encoding="utf-8")
    assert written == tools.cli_catalogue(tools.ts_path("zh_CN"))
    from merchant_refunds.cli.messages_zh_CN import MESSAGES

    assert MESSAGES["No refund {refund_no}"] == "找不到退款 {refund_no}"
    assert MESSAGES["error: {message}"] == "错误：{message}"


_PROBE = """
import sys
from merchant_refunds.cli.main import main
code = main(sys.argv[1:])
loaded = [m for m in ("PySide6", "merchant_refunds.cli.messages_zh_CN") if m in sys.modules]
print("loaded:", ",".join(loaded), file=sys.stderr)
sys.exit(code)
"""


def _probe(path: Path, lang: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in i18n.LANGUAGE_ENV}
    env["LANG"] = lang
    return subprocess.run(
        [sys.executable, "-c", _PROBE, "--db", str(path), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=60,
        check=False,
    )


def test_chinese_errors_load_no_qt_and_english_loads_no_dictionary(db) -> None:  # noqa: F811
    chinese = _probe(db, "zh_CN.UTF-8", "refund", "show", "R-NOPE")
    assert chinese.returncode == 4
    message, loaded = chinese.stderr.strip().splitlines()
    assert message == "错误：找不到退款 R-NOPE"
    assert loaded == "loaded: merchant_refunds.cli.messages_zh_CN"
    english = _probe(db, "en_US.UTF-8", "refund", "show", "R-NOPE")
    assert english.returncode == 4
    assert english.stderr.strip().splitlines() == ["error: No refund R-NOPE", "loaded:"]


def test_import_problems_are_given_in_the_users_language(cli, db, tmp_path, monkeypatch):  # noqa: F811
    rows = generic_rows()
    rows[0]["quantity"] = "three"
    path = generic_file(tmp_path / "orders.csv", rows)
    before = snapshot(db)
    english = cli("import", "--dry-run", "--format", "generic", str(path))
    assert english.code == 2
    problem = next(line for line in english.out.splitlines() if "G-1" in line)
    assert "three" in problem
    monkeypatch.delenv("LC_MESSAGES")
    listed = tmp_path / "left-out.csv"
    chinese = cli(
        "import", "--dry-run", "--format", "generic", str(path), "--problems", str(listed)
    )
    assert chinese.code == 2
    with listed.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["行", "列", "订单号", "类型", "问题"]
    assert rows[1][3] == "无法导入" and rows[1][4] in chinese.out
    translated = next(line for line in chinese.out.splitlines() if "G-1" in line)
    assert "three" in translated and translated != problem
    reason = translated.split("G-1", 1)[1]
    assert any("\u4e00" <= ch <= "\u9fff" for ch in reason), translated  # said in Chinese
    assert snapshot(db) == before


def test_help_pages_in_both_languages(monkeypatch, capsys) -> None:
    from merchant_refunds.cli import main as cli_main

    for name in i18n.LANGUAGE_ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert cli_main.main(["--help"]) == 0
    top = capsys.readouterr().out
    assert top.startswith("用法：merchant-refunds")
    assert "users       本店用户：添加、停用、角色、PIN 码" in top
    assert "退出码：0 成功" in top
    assert cli_main.main(["users", "add", "--help"]) == 0
    page = capsys.readouterr().out
    assert "添加用户（店主）；新 PIN 码取自 $MERCHANT_REFUNDS_NEW_PIN" in page
    assert "显示此帮助信息并退出" in page and "选项" in page

    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert cli_main.main(["users", "add", "--help"]) == 0
    english = capsys.readouterr().out
    assert english.startswith("usage: merchant-refunds users add")
    assert "add a user (owner); the new PIN from $MERCHANT_REFUNDS_NEW_PIN" in english


def test_the_help_names_the_environment_the_program_reads() -> None:
    """The help texts spell the variables out (so they can be looked up in the catalogue):
    they must be the names the code reads."""
    from merchant_refunds.cli import parser

    for name in (parser.DB_ENV, parser.PIN_ENV, parser.USER_ENV):
        assert name in parser.EPILOG
    texts = (ROOT / "merchant_refunds" / "cli" / "parser.py").read_text(encoding="utf-8")
    for name in (parser.NEW_PIN_ENV, parser.OWNER_PIN_ENV):
        assert f"${name}" in texts


def test_everyday_commands_report_in_chinese(cli, db, tmp_path, monkeypatch):  # noqa: F811
    monkeypatch.delenv("LC_MESSAGES")
    keyed = cli("key", "status")
    assert keyed.code == 0 and keyed.out.startswith("审计记录")
    rates = cli("rates", "list", user="kim")
    assert rates.code == 0 and rates.out.strip() == "尚未录入汇率。"
    checked = cli("check")
    assert checked.code == 0, checked.err
    assert checked.out.strip() == f"{db}：完整性和审计记录均正常。"
    path = generic_file(tmp_path / "orders.csv", generic_rows())
    preview = cli("import", "--dry-run", "--format", "generic", str(path))
    assert preview.code == 0, preview.err
    assert preview.out.startswith("预览 orders.csv（generic，")
    assert "新增 1" in preview.out


def test_the_followup_list_in_chinese(cli, big_refund, monkeypatch):  # noqa: F811
    planned = cli("refund", "pay", big_refund, "--instalments", "2", "--schedule-only", user="boss")
    assert planned.code == 0, planned.err
    english = cli("followup")
    assert "instalment due" in english.out
    monkeypatch.delenv("LC_MESSAGES")
    chinese = cli("followup")
    assert chinese.code == 0, chinese.err
    heads = chinese.out.splitlines()[0].split()
    assert heads == ["事项", "退款单号", "付款", "金额", "到期", "预计到账", "依据", "备注"]
    line = next(row for row in chinese.out.splitlines() if big_refund in row)
    assert line.startswith("分期到期")
    assert "（今天）" in line or "（还有" in line


def test_closing_store_credit_and_confirmations_in_chinese(cli, db, tmp_path, monkeypatch):  # noqa: F811
    made = cli("--json", "refund", "request", "T0001", "--all", "--reason", "other", user="amy")
    refund_no = made.json()["refund_no"]
    monkeypatch.delenv("LC_MESSAGES")
    closed = cli("closing", user="kim")
    assert closed.code == 0, closed.err
    assert closed.out.startswith("日结单 ")
    assert "项目" in closed.out and "锚定码：" in closed.out and "未记录" in closed.out
    credit = cli("store-credit", "show", "13800000000")
    assert credit.code == 0, credit.err
    assert "余额  无（尚无店铺余额）" in credit.out
    paper = tmp_path / "papers.pdf"
    printed = cli("confirmation", refund_no, refund_no, "-o", str(paper), user="amy")
    assert printed.code == 0, printed.err
    assert printed.out.startswith(f"已写入 {paper}（")
    assert "第 1 次打印" in printed.out and "字体：" in printed.out


def test_reconcile_in_chinese(cli, db, tmp_path, paid, monkeypatch):  # noqa: F811
    _refund_no, amount = paid
    path = _statement(tmp_path, amount)
    monkeypatch.delenv("LC_MESSAGES")
    preview = cli("reconcile", str(path), "--dry-run", user="kim")
    assert preview.code == 0, preview.err
    assert preview.out.startswith("将对账 账务明细.csv（alipay，")
    assert "将标为已到账 1" in preview.out
    assert "对账单中本系统无对应付款的退款：" in preview.out
    assert "本系统无对应付款" in preview.out.splitlines()[-1]


def test_audit_verify_in_chinese(cli, db, monkeypatch):  # noqa: F811
    monkeypatch.delenv("LC_MESSAGES")
    verified = cli("audit", "verify")
    assert verified.code == 0, verified.err
    assert verified.out.startswith("审计记录完好：已检查 ")
    head = cli("--json", "audit", "head")
    code = head.json()["code"]
    anchored = cli("audit", "verify", "--anchor", code)
    assert anchored.code == 0, anchored.err
    assert any("\u4e00" <= ch <= "\u9fff" for ch in anchored.out), anchored.out
