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

from merchant_refunds.cli.output import Output
from merchant_refunds.cli.parser import (
    PROG,
    TOP_LEVEL_COMMANDS,
    UsageError,
    add_common,
    build_parser,
    new_parser,
)
from merchant_refunds.domain.errors import RefundsError, StorageError

#: The exit code of a command whose standard output was closed by its reader (128 + SIGPIPE).
EXIT_PIPE_CLOSED = 141
GUI_MODULE = "merchant_refunds.ui.shell.launch"

Handler = Callable[[argparse.Namespace, Output], int]


def _handler(name: str) -> Handler:
    """The function a command names (``"commands:orders_show"``); only its module is imported,
    so a command loads what it uses and nothing of the others (ReportLab, exports, demo data)."""
    module, _, function = name.partition(":")
    handler: Handler = getattr(importlib.import_module(f"merchant_refunds.cli.{module}"), function)
    return handler


def _command_given(arg_list: list[str]) -> str | None:
    """The top-level command named on the command line, read with the top level's options
    only; None when it cannot be told (a misplaced option, a mistyped name): the whole
    parser then reads the line and explains what is wrong."""
    parser = new_parser(prog=PROG, add_help=False)
    add_common(parser, top=True)
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--self-test", action="store_true")
    try:
        _args, rest = parser.parse_known_args(arg_list)
    except UsageError:
        return None
    if not rest:
        return ""
    if rest[0].startswith("-"):
        return "" if rest[0] in ("-h", "--help", "--version") and len(rest) == 1 else None
    return rest[0] if rest[0] in TOP_LEVEL_COMMANDS else None


def _gui_arguments(arg_list: list[str]) -> argparse.Namespace | None:
    """The options when the command line names no command (the GUI starts), read without
    building the full parser. None when there is more (a command, ``--help``, a mistake): the
    full parser handles and explains it."""
    parser = new_parser(prog=PROG, add_help=False)
    add_common(parser, top=True)
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
    gui = importlib.util.find_spec(GUI_MODULE) is not None
    if args.demo:
        from merchant_refunds.cli import commands

        if gui:
            # The GUI fills it behind its progress window; a used database is refused here,
            # before any window opens.
            commands.require_new_demo_target(args)
        else:
            commands.fill_demo_if_empty(args, Output(args.json))
        _close_database()
    if gui:
        launch = importlib.import_module(GUI_MODULE)
        result = launch.run_gui(args.db, demo=args.demo)
        return result if isinstance(result, int) else 0
    (parser or build_parser("")).print_help()
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
    return _handler(args.handler)(args, out)


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
            parser = build_parser(_command_given(arg_list))
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
    except Exception as exc:
        if _is_database_error(exc):
            error = StorageError("db_error", "Database problem: {error}", error=exc)
            out.error(error)
            return error.exit_code
        return _unexpected(out, exc)
    finally:
        _close_database()


#: Loaded by any command that opens a database; ``--help`` and usage mistakes never load it.
_DATABASE_MODULE = "merchant_refunds.services.database"


def _is_database_error(exc: Exception) -> bool:
    """A database driver's error; only a command that loaded the storage can have one."""
    database = sys.modules.get(_DATABASE_MODULE)
    return database is not None and isinstance(exc, database.DATABASE_ERRORS)


def _close_database() -> None:
    """Close the database a command opened, without loading the storage for one that did not."""
    database = sys.modules.get(_DATABASE_MODULE)
    if database is not None:
        database.close_database()


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
