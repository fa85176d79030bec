"""Command-line faces of payouts and follow-up: instalments, failed payouts, the chase list."""

from __future__ import annotations

import argparse

from merchant_refunds.cli.i18n import render, tx
from merchant_refunds.cli.inputs import sign_in
from merchant_refunds.cli.output import Output, table, when
from merchant_refunds.domain.errors import N_, InvalidInput
from merchant_refunds.domain.lifecycle import PayoutMethod
from merchant_refunds.services import followup
from merchant_refunds.services.database import open_database
from merchant_refunds.services.payouts import failures, sending
from merchant_refunds.services.refund_requests import Destination
from merchant_refunds.services.refund_views import RefundDetail
from merchant_refunds.services.users import Actor

KIND_LABELS = {
    followup.FollowUpKind.STATUTORY: N_("LEGAL DEADLINE"),
    followup.FollowUpKind.REVIEW_DUE: N_("review due"),
    followup.FollowUpKind.PAYOUT_DUE: N_("payment due"),
    followup.FollowUpKind.OVERDUE: N_("overdue"),
    followup.FollowUpKind.DUE_TODAY: N_("due today"),
    followup.FollowUpKind.FAILED: N_("failed"),
    followup.FollowUpKind.INSTALMENT_DUE: N_("instalment due"),
    followup.FollowUpKind.SUPPLIER: N_("waiting for supplier"),
}


def payout_destination(args: argparse.Namespace) -> tuple[str | None, Destination | None]:
    """The method and account a payout goes to: bank details make it a bank transfer (validated
    by the service); without them, the method given or the refund's own destination."""
    bank = [args.bank_account, args.bank_holder, args.bank_name]
    if all(value is None for value in bank):
        return args.method, None
    transfer = PayoutMethod.BANK_TRANSFER
    if args.method not in (None, transfer.value):
        raise InvalidInput(
            "bank_details_unused",
            "--bank-account, --bank-holder and --bank-name are for --method bank_transfer",
        )
    return transfer.value, Destination(transfer, *(value or "" for value in bank))


def pay_in_instalments(args: argparse.Namespace, actor: Actor, refund_no: str) -> RefundDetail:
    if args.amount is not None:
        raise InvalidInput(
            "instalments_with_amount", "--instalments splits what is left; leave out --amount"
        )
    method, destination = payout_destination(args)
    return sending.schedule_instalments(
        actor,
        refund_no,
        args.instalments,
        method=method,
        reference=args.reference or "",
        every_days=args.every,
        send_first=not args.schedule_only,
        destination=destination,
    )


def _seq(value: int) -> int:
    if value < 1:
        raise InvalidInput("invalid_payout_seq", "--payout is a payout number: 1, 2, …")
    return value


def _print(out: Output, detail: RefundDetail) -> None:
    from merchant_refunds.cli.refund_cmd import print_refund

    print_refund(out, detail)


def payout_failed(args: argparse.Namespace, out: Output) -> int:
    open_database(args.db)
    seq = _seq(args.payout)
    if not args.reason.strip():
        raise InvalidInput("failure_reason_required", "Please say why the payout failed")
    actor = sign_in(args.user)
    _print(out, failures.mark_failed(actor, args.refund_no, seq, args.reason))
    return 0


def send_payout(args: argparse.Namespace, out: Output) -> int:
    open_database(args.db)
    seq = _seq(args.payout)
    actor = sign_in(args.user)
    _print(out, sending.send_payout(actor, args.refund_no, seq, reference=args.reference))
    return 0


def retry_payout(args: argparse.Namespace, out: Output) -> int:
    open_database(args.db)
    seq = _seq(args.payout)
    method, destination = payout_destination(args)
    actor = sign_in(args.user)
    detail = failures.retry_payout(
        actor,
        args.refund_no,
        seq,
        method=method,
        reference=args.reference,
        destination=destination,
    )
    _print(out, detail)
    return 0


def _due_text(item: followup.FollowUpItem) -> str:
    if item.kind is followup.FollowUpKind.SUPPLIER or item.due_on is None:
        return "-"
    if item.days_late:
        return tx("{day} ({days}d late)").format(day=when(item.due_on), days=item.days_late)
    if item.days_left:
        return tx("{day} (in {days}d)").format(day=when(item.due_on), days=item.days_left)
    return tx("{day} (today)").format(day=when(item.due_on))


#: The follow-up list's column headings, for the catalogue.
HEADINGS = (
    N_("what"),
    N_("refund"),
    N_("payout"),
    N_("amount"),
    N_("due"),
    N_("expected"),
    N_("why"),
    N_("note"),
)


def _rule_text(item: followup.FollowUpItem) -> str:
    """The rule behind an item in the user's language (the services give it in English)."""
    template = item.rule_template or followup.PAYOUT_RULE_TEXTS.get(item.rule, "")
    return render(template, item.rule_params or {}) if template else ""


def followup_cmd(args: argparse.Namespace, out: Output) -> int:
    open_database(args.db)
    if args.send_digest:
        return _send_digest(args, out)
    items = followup.list_followup()
    rows = [
        [
            tx(KIND_LABELS[i.kind]),
            i.refund_no,
            f"#{i.seq}" if i.seq else "-",
            out.money(i.amount, i.currency) if i.currency else "-",
            _due_text(i),
            f"{when(i.expected_from)} – {when(i.expected_to)}" if i.expected_to else "-",
            _rule_text(i),
            i.failure_reason or i.last_note,
        ]
        for i in items
    ]
    human = (
        table(
            [tx(word) for word in HEADINGS],
            rows,
            "<<<><<<<",
        )
        if rows
        else [tx("Nothing to follow up.")]
    )
    summary = followup.summarize(items)
    out.emit(
        {"count": len(items), **summary.to_dict(), "items": [i.to_dict() for i in items]}, human
    )
    return 0


def _send_digest(args: argparse.Namespace, out: Output) -> int:
    from merchant_refunds.services.notices import owner_digest

    actor = sign_in(args.user)
    result = owner_digest.send_digest(actor)
    words = {
        "sent": tx("Digest sent: {late} late, {due_soon} due soon").format(
            late=result.late, due_soon=result.due_soon
        ),
        "nothing": tx("Nothing late or due soon: no digest sent"),
        "already": tx("Today's digest was already sent"),
        "off": tx("The owner's digest is off (Settings → Notices)"),
        "failed": tx("The digest could not be sent: {error}").format(error=result.error),
    }
    out.emit(
        {
            "status": result.status,
            "error": result.error,
            "late": result.late,
            "due_soon": result.due_soon,
        },
        [words[result.status]],
    )
    # A mail server that cannot take the digest: the same exit code as a refused step.
    return 3 if result.status == "failed" else 0
