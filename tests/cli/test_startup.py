"""What a command loads (issue 16): ``orders show`` and ``--help`` start without the drawing,
spreadsheet and GUI libraries, and the parser, which names handlers instead of importing
them, names ones that exist and offers the same choices as the code behind them."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from merchant_refunds.cli import parser as cli_parser
from merchant_refunds.services import orders
from merchant_refunds.services.users import Actor
from merchant_refunds.storage.db import close_database
from tests.factories import tea_order

#: Packages a command that neither draws nor exports must not load.
HEAVY = ("reportlab", "PIL", "PySide6", "openpyxl", "xlsxwriter", "merchant_refunds.demo")

#: Runs the command line as the console script does, then reports what was imported.
PROBE = """\
import json, sys
from merchant_refunds.cli.main import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}), file=sys.stderr)
"""


def run_probe(*args: str) -> tuple[int, str, set[str]]:
    """(exit code, standard output, modules loaded) of one command in a fresh interpreter."""
    env = {**os.environ, "LANG": "en_US.UTF-8"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )
    report = json.loads(done.stderr.strip().splitlines()[-1])
    return report["code"], done.stdout, set(report["modules"])


def heavy_loaded(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY))


@pytest.fixture
def shop_file(clerk: Actor, db_path: Path) -> Iterator[Path]:
    """A small shop with one order, closed so that another process may open it."""
    orders.create_order(clerk, tea_order("T0001"))
    close_database()
    yield db_path


def test_orders_show_loads_no_drawing_spreadsheet_or_gui_library(shop_file: Path) -> None:
    code, out, modules = run_probe("--db", str(shop_file), "orders", "show", "T0001")
    assert code == 0
    assert out.startswith("Order T0001")
    assert heavy_loaded(modules) == []
    # Nor the data of Babel and the ISO currency table: the order's yuan amounts need neither.
    assert not {"babel", "iso4217"} & {m.split(".")[0] for m in modules}
    # Nor what writing needs: the refund and payout commands, the exchange service (an order
    # without exchanges), the audit trail's row images (~70 ms of a 150 ms command between them).
    writing = {
        "merchant_refunds.cli.refund_cmd",
        "merchant_refunds.cli.payouts_cmd",
        "merchant_refunds.services.exchanges",
        "merchant_refunds.services.payouts",
        "merchant_refunds.services.row_images",
    }
    assert writing & modules == set()


def test_help_loads_no_drawing_spreadsheet_or_gui_library() -> None:
    code, out, modules = run_probe("--help")
    assert code == 0
    assert "orders" in out and "confirmation" in out and "exit codes" in out
    assert heavy_loaded(modules) == []
    assert "peewee" not in modules  # the help needs no database at all


def test_the_probe_sees_a_command_that_draws(shop_file: Path) -> None:
    """The checks above can fail: the daily closing, which can be drawn as a PDF, loads
    ReportLab."""
    _, _, modules = run_probe("--db", str(shop_file), "closing")
    assert "reportlab" in heavy_loaded(modules)


def _handlers(parser: argparse.ArgumentParser) -> Iterator[str]:
    handler = parser.get_default("handler")
    if handler is not None:
        yield handler
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _handlers(sub)


def test_every_named_handler_exists() -> None:
    names = sorted(set(_handlers(cli_parser.build_parser())))
    assert "commands:orders_show" in names and len(names) > 20
    for name in names:
        module, _, function = name.partition(":")
        handler = getattr(importlib.import_module(f"merchant_refunds.cli.{module}"), function)
        assert callable(handler), name


def test_the_parsers_choices_are_the_codes() -> None:
    from merchant_refunds.documents.pages import LAYOUTS
    from merchant_refunds.domain.reconciliation import FORMATS as RECONCILE_FORMATS
    from merchant_refunds.exports.run import FORMATS as EXPORT_FORMATS
    from merchant_refunds.imports.formats import FORMATS as IMPORT_FORMATS
    from merchant_refunds.services.database import DB_ENV
    from merchant_refunds.services.payouts.sending import DEFAULT_EVERY_DAYS
    from merchant_refunds.services.reporting import DATASETS, DATE_BASES

    assert sorted(cli_parser.LAYOUT_NAMES) == sorted(LAYOUTS)
    assert tuple(cli_parser.EXPORT_DATASETS) == tuple(DATASETS)
    assert tuple(cli_parser.EXPORT_DATE_BASES) == tuple(DATE_BASES)
    assert tuple(cli_parser.EXPORT_FORMATS) == tuple(EXPORT_FORMATS)
    assert tuple(cli_parser.IMPORT_FORMATS) == tuple(IMPORT_FORMATS)
    assert cli_parser.INSTALMENT_EVERY_DAYS == DEFAULT_EVERY_DAYS
    assert tuple(cli_parser.RECONCILE_FORMATS) == tuple(RECONCILE_FORMATS)
    assert cli_parser.DB_ENV == DB_ENV


def test_the_top_level_commands_are_listed_in_order() -> None:
    full = cli_parser.build_parser()
    (commands,) = [a for a in full._actions if isinstance(a, argparse._SubParsersAction)]
    assert tuple(commands.choices) == cli_parser.TOP_LEVEL_COMMANDS


def _outcome(parser: argparse.ArgumentParser, argv: list[str]) -> object:
    try:
        return vars(parser.parse_args(argv))
    except cli_parser.UsageError as exc:
        return str(exc)


@pytest.mark.parametrize(
    "argv",
    [
        ["orders", "show", "T0001"],
        ["--json", "orders", "show", "T0001", "--db", "x.sqlite3"],
        ["--db", "orders", "show", "T0001"],
        ["refund", "pay", "RF1", "--user", "boss", "--instalments", "3"],
        ["refund", "quote", "T0001", "--all", "--reason", "quality_problem"],
        ["refund", "extend", "RF1", "--until", "2026-12-01"],
        ["export", "refunds", "-o", "-", "--format", "xlsx"],
        ["--self-test"],
        ["ordrs", "show", "T0001"],
        ["orders", "shw", "T0001"],
        ["orders"],
        ["--user", "amy", "orders", "show", "T0001"],
        ["confirmation", "RF1", "--layout", "a5"],
        ["import", "x.csv", "--format", "excel"],
    ],
)
def test_a_parser_built_for_the_command_given_reads_a_line_as_the_whole_one(argv) -> None:
    """Only the named command is built in full; the result, or the mistake reported, is the
    same as with every command built."""
    from merchant_refunds.cli.main import _command_given

    partial = cli_parser.build_parser(_command_given(argv))
    assert _outcome(partial, argv) == _outcome(cli_parser.build_parser(), argv)
