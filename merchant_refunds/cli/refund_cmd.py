"""The refund commands: quote, request, show, and each step of a refund's life.

The selection is checked against the stored order before the PIN is asked for, so a typo costs
no PIN and nothing is written. Each handler returns the process exit code.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from merchant_refunds.cli import views
from merchant_refunds.cli.commands import open_db
from merchant_refunds.cli.inputs import (
    read_owner_pin,
    read_pin,
    resolve_line,
    resolve_lines,
    sign_in,
)
from merchant_refunds.cli.output import Output
from merchant_refunds.cli.payouts_cmd import pay_in_instalments, payout_destination
from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.domain.lifecycle import PayoutMethod
from merchant_refunds.domain.money import check_currency, parse_amount
from merchant_refunds.domain.order import Order
from merchant_refunds.domain.policy import parse_reason
from merchant_refunds.domain.postage import ReturnPostage
from merchant_refunds.services import (
    attachments,
    orders,
    refund_decisions,
    refund_goods,
    refund_requests,
    refund_views,
)
from merchant_refunds.services.payouts import arrival, sending
from merchant_refunds.services.refund_requests import Destination, RefundRequest
from merchant_refunds.services.refund_views import RefundDetail
from merchant_refunds.services.users import Actor


def _destination(args: argparse.Namespace) -> Destination:
    bank = [args.bank_account, args.bank_holder, args.bank_name]
    given = any(x is not None for x in bank)
    method = PayoutMethod(args.destination) if args.destination else None
    if method is None:
        method = PayoutMethod.BANK_TRANSFER if given else PayoutMethod.ORIGINAL_ROUTE
    if given and method is not PayoutMethod.BANK_TRANSFER:
        raise InvalidInput(
            "bank_details_unused",
            "--bank-account, --bank-holder and --bank-name are for --destination bank_transfer",
        )
    if method is PayoutMethod.BANK_TRANSFER:
        return Destination(method, *(x or "" for x in bank))
    return Destination(method)


#: The refund destination from the options, for the exchange command's refund of a difference.
destination_from_args = _destination


def build_request(args: argparse.Namespace) -> RefundRequest:
    """The refund request from the selection options, checked against the stored order."""
    reason = parse_reason(args.reason)
    order = orders.get_order(args.order_no).order
    selection = _amount_selection(args, order) if args.amount is not None else None
    lines = resolve_lines(order, args.line or []) if selection is None else {}
    if selection is None and not (lines or args.all or args.shipping):
        raise InvalidInput(
            "nothing_selected",
            "Say what to refund: --line SKU=QTY (repeatable), --all, or --shipping",
        )
    fx = None
    if args.payout_currency is not None or args.fx_rate is not None:
        if args.payout_currency is None or args.fx_rate is None:
            raise InvalidInput(
                "fx_incomplete",
                "Paying in another currency needs both --payout-currency and --fx-rate",
            )
        currency = check_currency(args.payout_currency)
        fx = refund_requests.parse_fx(order.currency, currency, args.fx_rate, args.fx_date)
    elif args.fx_date is not None:
        raise InvalidInput("fx_incomplete", "--fx-date goes with --payout-currency and --fx-rate")
    return RefundRequest(
        order.order_no,
        selection or Selection(lines, shipping=args.shipping, everything_left=args.all),
        reason,
        note=getattr(args, "note", "") or "",
        goods_return=args.goods_return,
        destination=_destination(args),
        fx=fx,
        override_reason=getattr(args, "override", "") or "",
        evidence=tuple(
            attachments.read_files([Path(p).expanduser() for p in getattr(args, "attach", [])])
        ),
        return_postage=_postage(args, order.currency),
    )


def _amount_selection(args: argparse.Namespace, order: Order) -> Selection:
    """``--amount`` with at most one ``--line``; no units, no ``--all``/``--shipping``."""
    if args.all or args.shipping or args.goods_return:
        raise InvalidInput(
            "amount_with_units",
            "A refund by amount takes no units and no shipping: refund those separately",
        )
    specs = args.line or []
    if len(specs) > 1:
        raise InvalidInput(
            "amount_one_line", "A refund by amount is for one line (--line) or the whole order"
        )
    line_no = resolve_line(order, specs[0]) if specs else None
    amount = parse_amount(args.amount, order.currency)
    return Selection(amount=amount.minor, amount_line=line_no)


def _postage(args: argparse.Namespace, currency: str) -> ReturnPostage | None:
    """``--return-postage AMOUNT --postage-receipt NO [--postage-override REASON]``."""
    if args.return_postage is None:
        if args.postage_receipt is not None or args.postage_override:
            raise InvalidInput(
                "postage_incomplete",
                "--postage-receipt and --postage-override go with --return-postage",
            )
        return None
    amount = parse_amount(args.return_postage, currency).minor
    return ReturnPostage(amount, args.postage_receipt or "", args.postage_override or "")


def refund_quote(args: argparse.Namespace, out: Output) -> int:
    open_db(args, create=False)
    result = refund_requests.quote(build_request(args))
    out.emit(views.quote_payload(out, result), views.quote_lines(out, result))
    return 0


def refund_request(args: argparse.Namespace, out: Output) -> int:
    open_db(args, create=False)
    request = build_request(args)
    actor = sign_in(args.user)
    owner = (getattr(args, "authorised_by", "") or "").strip()
    if owner:
        pin = read_owner_pin(owner)
        detail = refund_requests.request_refund_authorised(actor, request, owner, pin)
    else:
        detail = refund_requests.request_refund(actor, request)
    print_refund(out, detail)
    return 0


def print_refund(out: Output, detail: refund_views.RefundDetail) -> None:
    out.emit(views.refund_payload(detail), views.refund_lines(out, detail))


def refund_show(args: argparse.Namespace, out: Output) -> int:
    """The refund, and what is due next: the shop's limits, the law's and any extensions."""
    from merchant_refunds.cli import deadlines_cmd, goods_cmd
    from merchant_refunds.services import clock, deadlines, returned_goods

    open_db(args, create=False)
    detail = refund_views.get_refund(args.refund_no)
    due = deadlines.for_refund(detail.refund_no)
    goods = returned_goods.goods_of(detail.refund_no)
    out.emit(
        {
            **views.refund_payload(detail),
            **deadlines_cmd.deadline_payload(due),
            "goods": goods.to_dict(),
        },
        [
            *views.refund_lines(out, detail),
            *goods_cmd.goods_lines(out, goods),
            *deadlines_cmd.deadline_lines(due, clock.today()),
        ],
    )
    return 0


def refund_action(args: argparse.Namespace, out: Output) -> int:
    """approve, reject, sign, receive-goods, pay, confirm and cancel: one refund, one step."""
    action = args.action
    if action == "reject" and not args.reason.strip() and not args.template:
        raise InvalidInput(
            "reject_reason_required",
            "--reason or --template must say why; the customer will see it",
        )
    open_db(args, create=False)
    current = refund_views.get_refund(args.refund_no)
    no = current.refund_no
    evidence: list[tuple[str, bytes]] = []
    if action == "reject":
        evidence = attachments.read_files([Path(p).expanduser() for p in args.attach])
        for name, data in evidence:
            attachments.check_file(name, data)
    amount = None
    if action == "pay" and args.amount is not None:
        amount = parse_amount(args.amount, current.payout.currency).minor
    if action == "confirm" and args.payout is not None and args.payout < 1:
        raise InvalidInput("invalid_payout_seq", "--payout is a payout number: 1, 2, …")
    actor = sign_in(args.user)
    if action == "approve":
        detail = approve(args, actor, no)
    elif action == "reject":
        detail = refund_decisions.reject(
            actor, no, args.reason, template=args.template, lang=args.lang, files=evidence
        )
    elif action == "sign":
        detail = refund_goods.record_signature(actor, no)
    elif action == "receive-goods":
        detail = refund_goods.record_goods_received(actor, no)
    elif action == "pay" and args.instalments is not None:
        detail = pay_in_instalments(args, actor, no)
    elif action == "pay":
        method, destination = payout_destination(args)
        detail = sending.record_payout(
            actor,
            no,
            method=method,
            reference=args.reference or "",
            amount=amount,
            destination=destination,
        )
    elif action == "confirm":
        detail = arrival.confirm_received(actor, no, args.payout)
    else:
        detail = refund_decisions.cancel(actor, no, args.reason or "")
    print_refund(out, detail)
    return 0


def approve(args: argparse.Namespace, actor: Actor, refund_no: str) -> RefundDetail:
    """As the signed-in user; ``--self-approve`` with the PIN again (the only owner's own large
    request); ``--authorised-by OWNER`` with that owner's PIN (at the counter)."""
    note = args.note or ""
    owner = (args.authorised_by or "").strip()
    if args.self_approve and owner:
        raise InvalidInput(
            "approve_one_way", "Use either --self-approve or --authorised-by, not both"
        )
    if args.self_approve:
        return refund_decisions.self_approve(actor, refund_no, read_pin(actor.name), note)
    if owner:
        pin = read_owner_pin(owner)
        return refund_decisions.approve_at_counter(actor, refund_no, owner, pin, note)
    return refund_decisions.approve(actor, refund_no, note)
