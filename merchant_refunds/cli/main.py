"""``merchant-refunds``: the command line, a second face on the same services as the GUI.

Exit codes tell failure kinds apart for scripts: 0 ok, 2 bad input, 3 refused by policy or
permission, 4 not found, 5 storage problem, 1 anything unexpected (a bug: the traceback is shown).
A reader that stops early (``| head -1``) ends the command quietly with 141, as it would a
Unix tool killed by SIGPIPE.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from merchant_refunds.cli.inputs import PIN_ENV, USER_ENV
from merchant_refunds.cli.output import Output
from merchant_refunds.domain.errors import InvalidInput, RefundsError, StorageError
from merchant_refunds.domain.lifecycle import PayoutMethod
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services.database import DATABASE_ERRORS, DB_ENV, close_database

PROG = "merchant-refunds"
#: The exit code of a command whose standard output was closed by its reader (128 + SIGPIPE).
EXIT_PIPE_CLOSED = 141
GUI_MODULE = "merchant_refunds.ui.shell.launch"

EPILOG = f"""\
exit codes: 0 ok, 2 bad input, 3 refused by policy or permission, 4 not found,
            5 storage problem, 1 unexpected error
environment: {DB_ENV} (database file or URL), {PIN_ENV} (PIN of --user),
             {USER_ENV} (default for --user), LANG (zh* formats amounts for zh_CN)
Without a command the GUI starts (or this help is shown where the GUI is not installed).
"""


class UsageError(InvalidInput):
    """A malformed command line (unknown option, missing argument); exit code 2."""


class _Parser(argparse.ArgumentParser):
    """Raises instead of exiting, so ``main`` reports every error the same way."""

    def error(self, message: str) -> NoReturn:
        raise UsageError("usage", "{message} (see: {prog} --help)", message=message, prog=self.prog)


Handler = Callable[[argparse.Namespace, Output], int]


def _common(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """``--db`` and ``--json`` on the top parser and again on every command, so they may come
    before or after it; the command's copies default to "not given" to keep the top's value."""
    default: Any = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=default,
        help=f"database file or postgresql:// URL (default: ${DB_ENV}, else the user data folder)",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help="print machine-readable JSON (errors too, on stderr)",
    )


def _command(
    subparsers: Any, name: str, handler: Handler, help_text: str, **kw: Any
) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(name, help=help_text, description=help_text, **kw)
    _common(parser, top=False)
    parser.set_defaults(handler=handler)
    return parser


def _acting(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--user",
        metavar="NAME",
        default=os.environ.get(USER_ENV) or None,
        help=f"who is acting (default: ${USER_ENV}); the PIN comes from ${PIN_ENV} or a prompt",
    )


def _selection(parser: argparse.ArgumentParser, *, reason_required: bool) -> None:
    parser.add_argument("order_no", metavar="ORDER_NO")
    parser.add_argument(
        "--line",
        action="append",
        metavar="SKU=QTY",
        help="units of one line, by SKU or by line number (#2=1); repeat for more lines",
    )
    parser.add_argument("--all", action="store_true", help="everything still refundable")
    parser.add_argument(
        "--shipping", action="store_true", help="refund the shipping fee too (if the policy allows)"
    )
    reasons = ", ".join(r.value for r in ReasonCode)
    parser.add_argument(
        "--reason",
        metavar="CODE",
        required=reason_required,
        default=None if reason_required else ReasonCode.NO_REASON.value,
        help=f"refund reason: {reasons}" + ("" if reason_required else " (default: no_reason)"),
    )
    parser.add_argument(
        "--goods-return", action="store_true", help="the customer sends the goods back"
    )
    parser.add_argument(
        "--destination",
        choices=[p.value for p in PayoutMethod],
        help="where the money goes (default: original_route, or bank_transfer with --bank-*)",
    )
    parser.add_argument("--bank-account", metavar="NUMBER", help="account number or IBAN")
    parser.add_argument("--bank-holder", metavar="NAME", help="account holder")
    parser.add_argument("--bank-name", metavar="BANK", help="bank and branch")
    parser.add_argument(
        "--payout-currency", metavar="CCY", help="pay in another currency (needs --fx-rate)"
    )
    parser.add_argument(
        "--fx-rate", metavar="R", help="units of the payout currency per unit of the order's"
    )
    parser.add_argument("--fx-date", metavar="YYYY-MM-DD", help="day of the rate (default today)")


def build_parser() -> argparse.ArgumentParser:
    # The commands' modules are imported here, not at the top: they bring ReportLab, the demo
    # data, exports and imports, ~0.3 s that `merchant-refunds` without a command (the GUI)
    # would wait for before its window.
    from merchant_refunds.cli import (
        backup_cmd,
        closing_cmd,
        commands,
        confirmation_cmd,
        deadlines_cmd,
        order_edit_cmd,
        rates_cmd,
        store_credit_cmd,
    )
    from merchant_refunds.cli.export_cmd import add_parsers as add_export_parsers
    from merchant_refunds.cli.import_cmd import add_parser as add_import_parser
    from merchant_refunds.cli.key_cmd import add_key_parser
    from merchant_refunds.cli.payouts_cmd import (
        add_bank_options,
        add_instalment_options,
        add_payout_commands,
    )
    from merchant_refunds.documents.pages import LAYOUTS

    parser = _Parser(
        prog=PROG,
        description="Merchant Refunds 商户退款: money-exact, audited refunds for a small shop.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _common(parser, top=True)
    parser.add_argument(
        "--demo",
        action="store_true",
        help="fill an empty database with a year of sample data first",
    )
    # Hidden: checks a built installation (see build.spec); not for shop staff.
    parser.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    _command(
        sub,
        "init",
        commands.init_cmd,
        "set up a new database (file or postgresql:// URL); nothing changes if it is set up",
    )
    demo = _command(sub, "demo", commands.demo_cmd, "fill an empty database with sample data")
    demo.add_argument("--orders", type=int, default=300, metavar="N", help="how many (300)")
    demo.add_argument("--seed", type=int, default=7, metavar="S", help="random seed (7)")

    orders_parser = sub.add_parser("orders", help="add, search, show and set orders")
    orders_sub = orders_parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = _command(
        orders_sub,
        "add",
        commands.orders_add,
        "store an order given as JSON (docs/order-format.md)",
    )
    add.add_argument("file", metavar="FILE.json", help="the order; - reads standard input")
    _acting(add)
    search = _command(
        orders_sub, "search", commands.orders_search, "find orders by number, name or phone"
    )
    search.add_argument("text", metavar="TEXT")
    search.add_argument("--limit", type=int, default=20, metavar="N", help="at most N (20)")
    show = _command(
        orders_sub, "show", commands.orders_show, "an order with what is still refundable"
    )
    show.add_argument("order_no", metavar="ORDER_NO")
    order_edit_cmd.add_parser(orders_sub, _command, _acting)

    refund_parser = sub.add_parser("refund", help="quote, request and process refunds")
    refund_sub = refund_parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    quote = _command(
        refund_sub, "quote", commands.refund_quote, "what a refund would be, and the findings"
    )
    _selection(quote, reason_required=False)
    request = _command(refund_sub, "request", commands.refund_request, "request a refund")
    _selection(request, reason_required=True)
    request.add_argument("--note", default="", help="note for the shop's records")
    request.add_argument(
        "--override", metavar="REASON", default="", help="owner only: override a policy block"
    )
    _acting(request)
    show_refund = _command(refund_sub, "show", commands.refund_show, "one refund in full")
    show_refund.add_argument("refund_no", metavar="REFUND_NO")

    steps = {
        "approve": "approve a requested refund (owner)",
        "reject": "reject a requested refund (owner), with the reason",
        "sign": "record the customer's signature on the confirmation",
        "receive-goods": "record that the returned goods arrived",
        "pay": "record a payout (owner); a part amount is an instalment",
        "confirm": "record that the customer received the money",
        "cancel": "cancel a refund before any money is sent",
    }
    for name, text in steps.items():
        step = _command(refund_sub, name, commands.refund_action, text)
        step.add_argument("refund_no", metavar="REFUND_NO")
        _acting(step)
        if name == "approve":
            step.add_argument("--note", default="", help="remark kept with the approval")
        elif name == "reject":
            step.add_argument("--reason", required=True, help="shown to the customer")
        elif name == "cancel":
            step.add_argument("--reason", default="", help="why it is cancelled")
        elif name == "pay":
            step.add_argument(
                "--method",
                choices=[p.value for p in PayoutMethod],
                help="how it is paid (default: the refund's destination)",
            )
            step.add_argument("--reference", default="", help="transaction reference")
            step.add_argument(
                "--amount",
                metavar="AMOUNT",
                help="amount in the payout currency, e.g. 1,000.00 (default: all that is left)",
            )
            add_instalment_options(step)
            add_bank_options(step)
        elif name == "confirm":
            step.add_argument(
                "--payout", type=int, metavar="SEQ", help="only this payout (default: all sent)"
            )

    add_payout_commands(sub, refund_sub, _command, _acting)
    deadlines_cmd.add_parsers(sub, refund_sub, _command, _acting)
    rates_cmd.add_parsers(sub, _command, _acting)
    store_credit_cmd.add_parsers(sub, _command, _acting)

    paper = _command(
        sub,
        "confirmation",
        confirmation_cmd.confirmation,
        "print refund confirmations to one PDF, or check the code on a paper",
    )
    paper.add_argument(
        "refund_no", nargs="*", metavar="REFUND_NO", help="one or more, into one file in order"
    )
    paper.add_argument("-o", "--output", metavar="FILE.pdf", help="where to write the PDF")
    paper.add_argument("--layout", choices=sorted(LAYOUTS), default="a4", help="paper (a4)")
    paper.add_argument("--lang", choices=["zh", "en"], default="zh", help="language (zh)")
    paper.add_argument("--verify", metavar="CODE", help="check the code printed on a paper")
    _acting(paper)

    audit_parser = sub.add_parser("audit", help="the audit trail")
    audit_sub = audit_parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    verify = _command(audit_sub, "verify", commands.audit_verify, "check the audit hash chain")
    verify.add_argument(
        "--anchor",
        metavar="CODE",
        help="check a code from a daily closing or a paper (A1234-XXXX-XXXX-XXXX-XXXX)",
    )
    closing_cmd.add_parsers(sub, _command, _acting)
    add_key_parser(sub, _command, _acting)
    _command(
        audit_sub,
        "head",
        backup_cmd.audit_head_cmd,
        "print the trail's newest event and its anchor code",
    )
    add_export_parsers(sub, _command, _acting)
    add_import_parser(sub, _command, _acting)

    backup_parser = _command(
        sub, "backup", backup_cmd.backup_cmd, "back up the database now (online, while in use)"
    )
    backup_parser.add_argument(
        "--to", metavar="FILE", help="write the copy here (default: the backups folder)"
    )
    _acting(backup_parser)
    restore_parser = _command(
        sub,
        "restore",
        backup_cmd.restore_cmd,
        "write a checked backup into the database (owner with PIN); the current one is kept",
    )
    restore_parser.add_argument("file", metavar="FILE", help="the backup to restore")
    _acting(restore_parser)
    _command(
        sub,
        "check",
        backup_cmd.check_cmd,
        "check the database's integrity, audit trail and the newest backup's trail head",
    )
    move = _command(
        sub,
        "migrate-db",
        backup_cmd.migrate_db_cmd,
        "copy the shop's SQLite file to an empty PostgreSQL database, verified",
    )
    move.add_argument("--to", required=True, metavar="URL", help="postgresql://user@host/db")
    return parser


def _gui_arguments(arg_list: list[str]) -> argparse.Namespace | None:
    """The options when the command line names no command (the GUI starts), read without
    building the full parser and importing every command. None when there is more (a command,
    ``--help``, a mistake): the full parser handles and explains it."""
    parser = _Parser(prog=PROG, add_help=False)
    _common(parser, top=True)
    parser.add_argument("--demo", action="store_true")
    try:
        args, rest = parser.parse_known_args(arg_list)
    except UsageError:
        return None
    if rest:
        return None
    args.command = None
    return args


def _run_without_command(args: argparse.Namespace, parser: argparse.ArgumentParser | None) -> int:
    """No command: the GUI where it is installed, else the help. ``--demo`` fills first."""
    if args.demo:
        from merchant_refunds.cli import commands

        commands.fill_demo_if_empty(args, Output(args.json))
        close_database()
    if importlib.util.find_spec(GUI_MODULE) is not None:
        launch = importlib.import_module(GUI_MODULE)
        result = launch.run_gui(args.db, demo=args.demo)
        return result if isinstance(result, int) else 0
    (parser or build_parser()).print_help()
    return 0


def _dispatch(args: argparse.Namespace, parser: argparse.ArgumentParser | None) -> int:
    out = Output(args.json)
    if getattr(args, "self_test", False):
        from merchant_refunds.cli import self_test

        return self_test.run(out)
    if args.command is None:
        return _run_without_command(args, parser)
    if args.demo and args.command != "demo":
        from merchant_refunds.cli import commands

        commands.fill_demo_if_empty(args, out)
    handler: Handler = args.handler
    return handler(args, out)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code (the console script exits with it)."""
    code = _main(argv)
    try:
        sys.stdout.flush()  # here, so a closed pipe is seen now and not at the interpreter's exit
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_PIPE_CLOSED
    except (OSError, ValueError):  # a closed or replaced stdout: nothing left to say
        pass
    return code


def _main(argv: Sequence[str] | None) -> int:
    arg_list = list(sys.argv[1:] if argv is None else argv)
    out = Output("--json" in arg_list)
    try:
        parser = None
        args = _gui_arguments(arg_list)
        if args is None:
            parser = build_parser()
            args = parser.parse_args(arg_list)
        out = Output(args.json)
        return _dispatch(args, parser)
    except BrokenPipeError:  # nothing here writes to a pipe but the output streams
        _silence_stdout()
        return EXIT_PIPE_CLOSED
    except RefundsError as exc:
        out.error(exc)
        return exc.exit_code
    except SystemExit as exc:  # --help
        return exc.code if isinstance(exc.code, int) else 0
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except DATABASE_ERRORS as exc:
        error = StorageError("db_error", "Database problem: {error}", error=exc)
        out.error(error)
        return error.exit_code
    except Exception as exc:
        return _unexpected(out, exc)
    finally:
        close_database()


def _unexpected(out: Output, exc: Exception) -> int:
    """A bug: the traceback, then one line saying so; exit code 1."""
    traceback.print_exc(file=sys.stderr)
    out.error(
        RefundsError(
            "unexpected",
            "Unexpected {kind}: {error} (this is a bug; please report it with the lines above)",
            kind=type(exc).__name__,
            error=exc,
        )
    )
    return 1


def _silence_stdout() -> None:
    """Point standard output, whose reader has gone, at the null device, so the interpreter's
    last flush at exit finds nothing to complain about on stderr."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):  # a replaced sys.stdout (tests) has no file
        pass


if __name__ == "__main__":
    sys.exit(main())
