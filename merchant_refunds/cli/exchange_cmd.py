"""``refund exchange``: record an exchange (换货), show one, cancel one.

The units back and out are checked against the stored order before the PIN is asked for, so a
typo costs no PIN and nothing is written.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from merchant_refunds.cli import labels
from merchant_refunds.cli.commands import open_db
from merchant_refunds.cli.i18n import tx
from merchant_refunds.cli.inputs import resolve_lines, sign_in
from merchant_refunds.cli.labels import label
from merchant_refunds.cli.output import Output, pad, table, when
from merchant_refunds.cli.refund_cmd import destination_from_args
from merchant_refunds.domain.errors import N_, InvalidInput
from merchant_refunds.domain.exchanges import ItemOut
from merchant_refunds.domain.money import parse_amount
from merchant_refunds.domain.policy import parse_reason
from merchant_refunds.services import exchanges, orders
from merchant_refunds.services.exchanges import ExchangeDetail, ExchangeRequest, ExchangeResult


def parse_out(spec: str, currency: str) -> ItemOut:
    """``SKU=QTY@PRICE:NAME`` (``TEA-09=1@300.00:大红袍 250g``) -> a unit given out."""
    head, sep, name = spec.partition(":")
    sku_qty, at, price = head.rpartition("@")
    sku, eq, qty = sku_qty.rpartition("=")
    if not (sep and at and eq and sku.strip() and name.strip()) or not qty.strip().isdigit():
        raise InvalidInput(
            "invalid_out_spec",
            "--out takes SKU=QTY@PRICE:NAME (TEA-09=1@300.00:Oolong), not {spec!r}",
            spec=spec,
        )
    return ItemOut(sku.strip(), name.strip(), parse_amount(price, currency).minor, int(qty.strip()))


def build_exchange(args: argparse.Namespace) -> ExchangeRequest:
    """The exchange from the options, checked against the stored order."""
    reason = parse_reason(args.reason)
    order = orders.get_order(args.order_no).order
    back = resolve_lines(order, args.back or [])
    if not back:
        raise InvalidInput("exchange_nothing_back", "Choose at least one unit the customer returns")
    out = tuple(parse_out(spec, order.currency) for spec in args.out or [])
    return ExchangeRequest(
        order.order_no,
        back,
        out,
        reason,
        note=args.note or "",
        destination=destination_from_args(args),
        receipt_no=args.receipt or "",
        override_reason=args.override or "",
    )


def refund_exchange(args: argparse.Namespace, out: Output) -> int:
    open_db(args, create=False)
    request = build_exchange(args)
    if args.dry_run:
        result = exchanges.quote(request)
        out.emit(quote_payload(out, result), quote_lines(out, result))
        return 0
    actor = sign_in(args.user)
    detail = exchanges.record_exchange(actor, request)
    out.emit(detail.to_dict(), exchange_lines(out, detail))
    return 0


def exchange_show(args: argparse.Namespace, out: Output) -> int:
    open_db(args, create=False)
    detail = exchanges.get_exchange(args.exchange_no)
    _emit_with_units(out, detail)
    return 0


def exchange_receive(args: argparse.Namespace, out: Output) -> int:
    """``refund exchange-receive EX [--condition C] [--unit SPEC=C[:NOTE]]… [--write-off SPEC]…
    [--restock SPEC]…``: the exchange's units back received, each with its condition and where
    it goes (as ``refund receive-goods`` for a refund's)."""
    from merchant_refunds.cli.goods_cmd import chosen_units
    from merchant_refunds.domain.inspection import parse_condition
    from merchant_refunds.services import exchange_stock

    open_db(args, create=False)
    detail = exchanges.get_exchange(args.exchange_no)
    units = chosen_units(args, orders.get_order(detail.order_no).order)
    actor = sign_in(args.user)
    exchange_stock.receive_exchange_goods(
        actor, detail.exchange_no, units, parse_condition(args.condition)
    )
    _emit_with_units(out, detail)
    return 0


def _emit_with_units(out: Output, detail: ExchangeDetail) -> None:
    """The exchange, and its units back as received (a table once they are)."""
    from merchant_refunds.services import exchange_stock

    units = exchange_stock.exchange_units(detail.exchange_no)
    lines = exchange_lines(out, detail)
    received = [u for u in units if u.condition]
    if received:
        rows = [
            [
                f"#{u.line_no}/{u.unit_no}",
                u.sku,
                label(labels.CONDITION, u.condition),
                label(labels.DISPOSITION, u.disposition),
                u.note,
            ]
            for u in received
        ]
        heads = [tx("unit"), "SKU", tx("condition"), tx("stock"), tx("note / reason")]
        lines += ["", tx("Units back received"), *table(heads, rows, "<<<<<")]
    out.emit(detail.to_dict() | {"units_back": [u.to_dict() for u in units]}, lines)


def exchange_cancel(args: argparse.Namespace, out: Output) -> int:
    open_db(args, create=False)
    if not args.reason.strip():
        raise InvalidInput("reason_required", "Please say why")
    exchanges.get_exchange(args.exchange_no)
    actor = sign_in(args.user)
    detail = exchanges.cancel_exchange(actor, args.exchange_no, args.reason)
    out.emit(detail.to_dict(), exchange_lines(out, detail))
    return 0


def exchange_paper(args: argparse.Namespace, out: Output) -> int:
    """The exchange confirmation for the customer to sign, written to ``-o FILE.pdf``."""
    from merchant_refunds.documents.exchange_confirmation import render_exchange
    from merchant_refunds.services.output_paths import check_output_path

    open_db(args, create=False)
    target = check_output_path(args.output)  # never onto the database or its backups
    if target.is_dir():
        raise InvalidInput("file_is_folder", "{path} is a folder, not a file", path=target)
    pdf = render_exchange(args.exchange_no, args.layout, args.lang)
    try:
        target.write_bytes(pdf)
    except OSError as exc:
        raise InvalidInput(
            "file_unwritable", "Cannot write {path}: {error}", path=target, error=exc.strerror
        ) from None
    out.emit(
        {"file": str(target), "exchange_no": args.exchange_no.strip(), "layout": args.layout},
        [tx("Wrote {path}").format(path=target)],
    )
    return 0


_SETTLED = {
    "refund": N_("refund of the difference to the customer"),
    "collected": N_("difference paid by the customer"),
    "even": N_("even: no money moves"),
}


def _rows(out: Output, items: Sequence[dict[str, Any]], ccy: str, back: bool) -> list[list[str]]:
    return [
        [
            f"#{i['line_no']}" if back else "",
            i["sku"],
            i["name"],
            str(i["quantity"]),
            out.money(i["amount"], ccy),
        ]
        for i in items
    ]


def quote_payload(out: Output, result: ExchangeResult) -> dict[str, Any]:
    q = result.quote
    return {
        **q.to_dict(),
        "back_value": out.major(q.back_value, q.currency),
        "out_value": out.major(q.out_value, q.currency),
        "difference": out.major(q.difference, q.currency),
        "findings": [f.to_dict() for f in result.findings],
        "blocked": bool(result.blocking),
    }


def _summary(out: Output, ccy: str, back: int, given: int, diff: int, settled: str) -> list[str]:
    return [
        "  " + pad(tx("Units back worth"), 18) + out.money(back, ccy),
        "  " + pad(tx("Units out worth"), 18) + out.money(given, ccy),
        "  " + pad(tx("Difference"), 18) + f"{out.money(abs(diff), ccy)} ({tx(_SETTLED[settled])})",
    ]


def quote_lines(out: Output, result: ExchangeResult) -> list[str]:
    from merchant_refunds.cli.views import findings_lines

    q = result.quote
    back = [
        {"line_no": i.line_no, "sku": i.sku, "name": i.name, "quantity": i.quantity}
        | {"amount": i.amount}
        for i in q.back.items
    ]
    given = [
        {"sku": i.sku, "name": i.name, "quantity": i.quantity, "amount": i.amount} for i in q.out
    ]
    text = [
        tx("Exchange quote for order {order_no} ({currency}), reason {reason}").format(
            order_no=q.order_no, currency=q.currency, reason=label(labels.REASON, q.reason)
        ),
        "",
    ]
    text += _items(out, back, given, q.currency)
    text += _summary(out, q.currency, q.back_value, q.out_value, q.difference, q.settlement.value)
    text += ["", *findings_lines([f.to_dict() for f in result.findings])]
    if result.blocking:
        text.append(
            tx("Blocked: recording it needs the owner's --override REASON (where allowed).")
        )
    return text


def _items(
    out: Output, back: Sequence[dict[str, Any]], given: Sequence[dict[str, Any]], ccy: str
) -> list[str]:
    rows = [[tx("Back"), "", "", "", ""], *_rows(out, back, ccy, True)]
    rows += [[tx("Out"), "", "", "", ""], *_rows(out, given, ccy, False)]
    return table(["", "SKU", tx("Name"), tx("Qty"), tx("Amount")], rows, "<<<>>")


def exchange_lines(out: Output, d: ExchangeDetail) -> list[str]:
    ccy = d.currency
    text = [
        tx("Exchange {exchange_no} · order {order_no} · {status} · reason {reason}").format(
            exchange_no=d.exchange_no,
            order_no=d.order_no,
            status=label(labels.EXCHANGE_STATUS, d.status),
            reason=label(labels.REASON, d.reason),
        ),
        _field(tx("Recorded"))
        + tx("{at} by {user}").format(at=when(d.recorded_at), user=d.recorded_by),
        "",
        *_items(out, d.back, d.out, ccy),
        *_summary(
            out,
            ccy,
            d.back_value.minor,
            d.out_value.minor,
            d.difference.minor,
            d.settlement.value,
        ),
    ]
    if d.refund_no:
        text.append(
            _field(tx("Refund"))
            + tx("{refund_no} (approval and payout as every refund)").format(refund_no=d.refund_no)
        )
    if d.receipt_no:
        text.append(_field(tx("Receipt")) + d.receipt_no)
    if d.note:
        text.append(_field(tx("Note")) + d.note)
    if d.cancelled_at:
        text.append(_field(tx("Cancelled")) + f"{when(d.cancelled_at)}: {d.cancel_reason}")
    return text


def _field(name: str) -> str:
    return "  " + pad(name, 11)
