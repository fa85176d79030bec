"""``orders set``: what an order's file did not say (delivery date, a line's category or final
sale), recorded in the trail; never money."""

from __future__ import annotations

import argparse

from merchant_refunds.cli import views
from merchant_refunds.cli.commands import open_db
from merchant_refunds.cli.inputs import sign_in
from merchant_refunds.cli.output import Output
from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.services import order_edits, orders
from merchant_refunds.services.reporting import parse_day


def _edit(args: argparse.Namespace) -> order_edits.OrderEdit:
    categories: dict[str, str] = {}
    for spec in args.category:
        sku, sep, category = spec.partition("=")
        if not sep or not sku.strip():
            raise InvalidInput(
                "invalid_category", "--category takes SKU=CATEGORY, not {value}", value=spec
            )
        categories[sku.strip()] = category.strip()
    final = {sku.strip(): True for sku in args.final_sale}
    for sku in args.not_final_sale:
        if sku.strip() in final:
            raise InvalidInput(
                "invalid_final_sale", "{sku} is both final sale and not final sale", sku=sku
            )
        final[sku.strip()] = False
    edit = order_edits.OrderEdit(parse_day(args.delivered, "--delivered"), categories, final)
    if edit.empty:
        raise InvalidInput(
            "nothing_to_change",
            "Say what to set: --delivered, --category, --final-sale or --not-final-sale",
        )
    return edit


def orders_set(args: argparse.Namespace, out: Output) -> int:
    edit = _edit(args)
    open_db(args)
    orders.get_order(args.order_no)  # an unknown order is told before the PIN is asked
    actor = sign_in(args.user)
    detail = order_edits.set_order(actor, args.order_no, edit)
    out.emit(views.order_payload(out, detail), views.order_lines(out, detail))
    return 0
