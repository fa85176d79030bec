"""The command handlers of set-up, orders and the audit trail: read and check the input, sign
in, call one service, print the result (the refunds' are in ``refund_cmd``).

Input is checked and looked up before the PIN is asked for, so a typo costs no PIN and nothing is
written. Each handler returns the process exit code. The demo data is imported only by the
commands that write it: ``orders show`` and the like load nothing they do not use.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from merchant_refunds.cli import views
from merchant_refunds.cli.i18n import tx
from merchant_refunds.cli.inputs import read_input_file, sign_in
from merchant_refunds.cli.output import Output
from merchant_refunds.domain.errors import InvalidInput, StorageError
from merchant_refunds.domain.order_json import MAX_ORDER_JSON, order_from_json
from merchant_refunds.services import audit, orders
from merchant_refunds.services.database import initialise, open_database


def open_db(args: argparse.Namespace, *, create: bool = False) -> Path:
    """Open ``--db`` / ``MERCHANT_REFUNDS_DB`` / the default file. Only the set-up (``init``,
    ``demo``) creates a database: every other command reports a missing or empty one (a
    mistyped path is told, not silently made empty)."""
    if create:
        return initialise(args.db).target
    return open_database(args.db)


def init_cmd(args: argparse.Namespace, out: Output) -> int:
    """Set up the database once; on one already set up, say so and change nothing."""
    done = initialise(args.db)
    where = str(done.target)
    if done.created:
        lines = [
            tx("Set up a new database at {path} (schema {schema}).").format(
                path=where, schema=done.schema
            ),
            tx(
                "Start the program on it to create the owner's account, or run: "
                "merchant-refunds init --shop NAME --owner NAME"
            ),
        ]
    else:
        lines = [
            tx("{path} is already set up (schema {schema}); nothing was changed.").format(
                path=where, schema=done.schema
            )
        ]
    out.emit({"database": where, "created": done.created, "schema": done.schema}, lines)
    return 0


def demo_cmd(args: argparse.Namespace, out: Output) -> int:
    from merchant_refunds.demo import generator

    path = open_db(args, create=True)
    summary = generator.generate_demo(orders=args.orders, seed=args.seed)
    out.emit(views.demo_payload(summary, str(path)), views.demo_lines(summary, str(path)))
    return 0


def require_new_demo_target(args: argparse.Namespace) -> None:
    """``--demo`` with the GUI: make the database if missing and refuse one already used; the
    GUI then fills it with its progress window (3–4 s that were a blank screen before)."""
    from merchant_refunds.services import sample_data

    open_db(args, create=True)
    sample_data.require_new_database()


def fill_demo_if_empty(args: argparse.Namespace, out: Output) -> None:
    """``--demo``: sample data into a new, empty database; any other is refused unchanged."""
    from merchant_refunds.demo import generator
    from merchant_refunds.services import sample_data

    path = open_db(args, create=True)
    sample_data.require_new_database()
    out.note(tx("Filling {path} with demo data…").format(path=path))
    summary = generator.generate_demo()
    for text in views.demo_lines(summary, str(path)):
        out.note(text)


# --- orders -------------------------------------------------------------------------------------


def orders_add(args: argparse.Namespace, out: Output) -> int:
    order = order_from_json(read_input_file(args.file, MAX_ORDER_JSON))
    open_db(args)
    actor = sign_in(args.user)
    detail = orders.create_order(actor, order)
    out.emit(views.order_payload(out, detail), views.order_lines(out, detail))
    return 0


def orders_search(args: argparse.Namespace, out: Output) -> int:
    if not 1 <= args.limit <= 1000:
        raise InvalidInput("invalid_limit", "--limit must be from 1 to 1000")
    open_db(args, create=False)
    found = orders.search_orders(args.text, limit=args.limit)
    out.emit(views.search_payload(out, found), views.search_lines(out, found, args.text))
    return 0


def orders_show(args: argparse.Namespace, out: Output) -> int:
    open_db(args, create=False)
    detail = orders.get_order(args.order_no)
    from merchant_refunds.cli.exchange_views import exchanges_brief

    payload, lines = views.order_payload(out, detail), views.order_lines(out, detail)
    done = exchanges_brief(out, detail.order.order_no)
    if done is not None:  # exchanges appear beside the refunds
        payload["exchanges"], more = done
        lines += more
    out.emit(payload, lines)
    return 0


# --- audit --------------------------------------------------------------------------------------


def audit_verify(args: argparse.Namespace, out: Output) -> int:
    open_db(args, create=False)
    if getattr(args, "anchor", None):
        from merchant_refunds.cli.closing_cmd import verify_anchor

        return verify_anchor(args.anchor, out)
    report = audit.verify_chain()
    if not report.ok:
        raise StorageError(
            "audit_chain_broken",
            "The audit trail is broken at event {event}: {problem} "
            "({checked} events before it are intact)",
            event=report.broken_event_id,
            problem=report.problem,
            checked=report.checked,
        )
    if report.key_missing:
        raise StorageError(
            "audit_key_missing",
            "The links of all {checked} events hold, but the content of {unchecked} events from "
            "event {first} on could not be checked: this computer does not have the shop key "
            "(merchant-refunds key import)",
            checked=report.checked,
            unchecked=report.unchecked,
            first=report.keyed_from,
        )
    out.emit(report.to_dict(), views.audit_lines(report))
    return 0
