"""Returned goods on the command line: receiving them unit by unit (``refund receive-goods``),
the owner's deduction for diminished value (``refund deduct``) and the stock ledger
(``stock ledger|export``)."""

from __future__ import annotations

import argparse

from merchant_refunds.cli import labels
from merchant_refunds.cli.commands import open_db
from merchant_refunds.cli.i18n import tx
from merchant_refunds.cli.inputs import resolve_lines, sign_in
from merchant_refunds.cli.labels import label
from merchant_refunds.cli.output import Output, table, when
from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.domain.inspection import Disposition, parse_condition
from merchant_refunds.domain.money import parse_amount
from merchant_refunds.domain.order import Order
from merchant_refunds.services import orders, refund_goods, refund_views, reporting, returned_goods
from merchant_refunds.services.output_paths import check_output_path
from merchant_refunds.services.returned_goods import GoodsRecord, UnitCondition


def _unit(order: Order, text: str, *, unit_required: bool = False) -> tuple[int, int | None]:
    """``SKU``, ``#LINE`` or either followed by ``/N`` (the refund's N-th unit of that line)."""
    key, sep, number = text.strip().rpartition("/")
    if not sep:
        key, number = text.strip(), ""
    if unit_required and not number:
        raise InvalidInput(
            "unit_required", "Name one unit as SKU/N or #LINE/N, not {spec!r}", spec=text
        )
    if number and not number.strip().isdigit():
        raise InvalidInput(
            "invalid_unit_spec", "{spec!r}: the unit after / is a number such as 2", spec=text
        )
    (line_no,) = resolve_lines(order, [f"{key}=1"])
    return line_no, int(number) if number else None


def goods_lines(out: Output, goods: GoodsRecord) -> list[str]:
    """The returned units and the postage, as ``refund show`` and the steps print them."""
    lines = []
    if goods.postage is not None:
        p = goods.postage
        extra = ""
        if p.override_reason:
            extra = tx(" (override by {user}: {reason})").format(
                user=p.overridden_by, reason=p.override_reason
            )
        lines.append(
            tx("Return postage   {amount} paid back, receipt {receipt}").format(
                amount=out.money(p.amount.minor, p.amount.currency), receipt=p.receipt
            )
            + extra
        )
    if goods.units:
        rows = [
            [
                f"#{u.line_no}/{u.unit_no}",
                u.sku,
                label(labels.CONDITION, u.condition),
                label(labels.DISPOSITION, u.disposition),
                out.money(u.deduction.minor, u.deduction.currency) if u.deduction.minor else "",
                " · ".join(x for x in (u.note, u.deduction_reason) if x),
            ]
            for u in goods.units
        ]
        heads = [tx("unit"), "SKU", tx("condition"), tx("stock"), tx("deduction")]
        heads.append(tx("note / reason"))
        lines += ["", tx("Returned goods"), *table(heads, rows, "<<<<><")]
    return lines


def _show(out: Output, refund_no: str) -> int:
    detail = refund_views.get_refund(refund_no)
    goods = returned_goods.goods_of(detail.refund_no)
    from merchant_refunds.cli import views

    out.emit(
        {**views.refund_payload(detail), "goods": goods.to_dict()},
        [*views.refund_lines(out, detail), *goods_lines(out, goods)],
    )
    return 0


def chosen_units(args: argparse.Namespace, order: Order) -> list[UnitCondition]:
    """The units ``--unit``, ``--write-off`` and ``--restock`` name (``_receive_options``),
    whole lines first, so a single unit named as well wins over its line. Shared by the goods
    of a refund and of an exchange."""
    default = parse_condition(args.condition)
    chosen: dict[tuple[int, int | None], UnitCondition] = {}
    for spec in args.unit or []:
        where, sep, found = spec.partition("=")
        if not sep:
            raise InvalidInput(
                "invalid_unit_spec",
                "--unit takes SKU[/N]=CONDITION[:NOTE], not {spec!r}",
                spec=spec,
            )
        condition_text, _, note = found.partition(":")
        line_no, unit_no = _unit(order, where)
        chosen[(line_no, unit_no)] = UnitCondition(
            line_no, parse_condition(condition_text), unit_no, note.strip()
        )
    for option, disposition in (
        (args.write_off, Disposition.WRITTEN_OFF),
        (args.restock, Disposition.RETURNED_TO_STOCK),
    ):
        for spec in option or []:
            line_no, unit_no = _unit(order, spec)
            before = chosen.get((line_no, unit_no), UnitCondition(line_no, default, unit_no))
            chosen[(line_no, unit_no)] = UnitCondition(
                line_no, before.condition, unit_no, before.note, disposition
            )
    return sorted(chosen.values(), key=lambda u: (u.unit_no is not None, u.line_no))


def receive_goods(args: argparse.Namespace, out: Output) -> int:
    """``refund receive-goods REF [--condition C] [--unit SPEC=C[:NOTE]]… [--write-off SPEC]…
    [--restock SPEC]…``: every returned unit with its condition and where it goes."""
    open_db(args, create=False)
    detail = refund_views.get_refund(args.refund_no)
    order = orders.get_order(detail.order_no).order
    units = chosen_units(args, order)
    actor = sign_in(args.user)
    refund_goods.record_goods_received(
        actor, detail.refund_no, units, condition=parse_condition(args.condition)
    )
    return _show(out, detail.refund_no)


def deduct_cmd(args: argparse.Namespace, out: Output) -> int:
    """``refund deduct REF --unit SPEC/N --amount A --reason TEXT`` (owner)."""
    open_db(args, create=False)
    detail = refund_views.get_refund(args.refund_no)
    order = orders.get_order(detail.order_no).order
    line_no, unit_no = _unit(order, args.unit, unit_required=True)
    amount = parse_amount(args.amount, detail.currency).minor
    actor = sign_in(args.user)
    returned_goods.deduct(actor, detail.refund_no, line_no, unit_no or 0, amount, args.reason)
    return _show(out, detail.refund_no)


def goods_show(args: argparse.Namespace, out: Output) -> int:
    """``refund goods REF``: the refund with its returned units and postage."""
    open_db(args, create=False)
    return _show(out, args.refund_no)


def stock_ledger_cmd(args: argparse.Namespace, out: Output) -> int:
    open_db(args, create=False)
    since = reporting.parse_day(args.since, "--from")
    until = reporting.parse_day(args.until, "--to")
    actor = sign_in(args.user)
    ledger = returned_goods.stock_ledger(actor, sku=args.sku or "", since=since, until=until)
    rows = [
        [
            when(e.at),
            e.sku,
            label(labels.DISPOSITION, e.kind),
            str(e.quantity),
            e.refund_no,
            label(labels.CONDITION, e.condition),
        ]
        for e in ledger.entries
    ]
    sums = [[t.sku, t.name, str(t.returned_to_stock), str(t.written_off)] for t in ledger.totals()]
    human = [tx("No returned goods recorded.")] if not rows else []
    if rows:
        heads = [tx("when"), "SKU", tx("movement"), tx("qty"), tx("refund"), tx("condition")]
        human += table(heads, rows, "<<<><<")
        heads = ["SKU", tx("name"), tx("back in stock"), tx("written off")]
        human += ["", *table(heads, sums, "<<>>")]
    out.emit(
        {
            "entries": [
                {
                    "at": e.at.isoformat(),
                    "sku": e.sku,
                    "name": e.name,
                    "movement": e.kind.value,
                    "quantity": e.quantity,
                    "refund_no": e.refund_no,
                    "line_no": e.line_no,
                    "unit_no": e.unit_no,
                    "condition": e.condition,
                    "recorded_by": e.recorded_by,
                }
                for e in ledger.entries
            ],
            "totals": [
                {
                    "sku": t.sku,
                    "name": t.name,
                    "returned_to_stock": t.returned_to_stock,
                    "written_off": t.written_off,
                }
                for t in ledger.totals()
            ],
        },
        human,
    )
    return 0


def stock_export_cmd(args: argparse.Namespace, out: Output) -> int:
    from merchant_refunds.exports.stock import export_stock

    since = reporting.parse_day(args.since, "--from")
    until = reporting.parse_day(args.until, "--to")
    target = check_output_path(args.output)  # before the sign-in, which writes its own record
    fmt = args.fmt or ("xlsx" if target.suffix.lower() == ".xlsx" else "csv")
    open_db(args, create=False)
    actor = sign_in(args.user)
    result = export_stock(
        actor,
        target,
        sku=args.sku or "",
        since=since,
        until=until,
        fmt=fmt,
        lang=args.lang,
        machine_headers=args.machine_headers,
    )
    out.emit(
        {"path": str(result.path), "rows": result.rows},
        [
            tx("{rows} stock movement(s) written to {path}").format(
                rows=result.rows, path=result.path
            )
        ],
    )
    return 0
