"""``supplier`` and ``feedback``: what the GUI's refund page records after a request, from the
command line: a pre-sale refund's supplier answer, and the customer's rating once paid."""

from __future__ import annotations

import argparse

from merchant_refunds.cli.i18n import tx
from merchant_refunds.cli.inputs import sign_in
from merchant_refunds.cli.output import Output, table, when
from merchant_refunds.domain.errors import N_, InvalidInput
from merchant_refunds.services import clock, feedback, presale, reporting
from merchant_refunds.services.database import open_database

ANSWER_WORDS = {"agreed": N_("agreed"), "refused": N_("refused"), "pending": N_("pending")}


def supplier_cmd(args: argparse.Namespace, out: Output) -> int:
    if args.answer is None:
        if args.supplier or args.asked_on or args.note:
            raise InvalidInput(
                "supplier_answer_missing",
                "Say what the supplier answered: --answer agreed, refused or pending",
            )
        open_database(args.db)
        return _show_answers(args.refund_no, out)
    if not args.supplier or not args.supplier.strip():
        raise InvalidInput(
            "supplier_required", "Say who at the supplier was asked (up to 200 characters)"
        )
    asked_on = reporting.parse_day(args.asked_on, "--asked-on") if args.asked_on else None
    open_database(args.db)
    actor = sign_in(args.user)
    answer = presale.record_supplier_confirmation(
        actor,
        args.refund_no,
        args.supplier,
        asked_on or clock.today(),
        args.answer,
        args.note,
    )
    text = tx("Recorded for {refund_no}: {supplier} answered {answer} (asked {day}).").format(
        refund_no=args.refund_no.strip(),
        supplier=answer.supplier,
        answer=tx(ANSWER_WORDS[answer.answer]),
        day=answer.asked_on.isoformat(),
    )
    lines = [text]
    if presale.waits_for_supplier(args.refund_no):
        lines.append(tx("Approval still waits for a supplier who agrees."))
    out.emit({"refund_no": args.refund_no.strip(), **answer.to_dict()}, lines)
    return 0


def _show_answers(refund_no: str, out: Output) -> int:
    answers = presale.supplier_answers(refund_no)
    waiting = presale.waits_for_supplier(refund_no)
    rows = [
        [a.asked_on.isoformat(), a.supplier, tx(ANSWER_WORDS.get(a.answer, a.answer)), a.note]
        for a in answers
    ]
    lines = (
        table([tx("asked on"), tx("supplier"), tx("answer"), tx("note")], rows)
        if rows
        else [tx("No supplier answer recorded for {refund_no}.").format(refund_no=refund_no)]
    )
    if waiting:
        lines.append(tx("Approval still waits for a supplier who agrees."))
    payload = {
        "refund_no": refund_no,
        "waits_for_supplier": waiting,
        "answers": [a.to_dict() for a in answers],
    }
    out.emit(payload, lines)
    return 0


def feedback_cmd(args: argparse.Namespace, out: Output) -> int:
    if args.rating is None:
        if args.comment:
            raise InvalidInput("rating_missing", "Give the rating too: --rating 1 to 5")
        open_database(args.db)
        info = feedback.get_feedback(args.refund_no)
        if info is None:
            text = tx("No feedback recorded for {refund_no}.").format(refund_no=args.refund_no)
            out.emit({"refund_no": args.refund_no, "feedback": None}, [text])
            return 0
        out.emit(info.to_dict(), _feedback_lines(info))
        return 0
    if not 1 <= args.rating <= 5:
        raise InvalidInput("invalid_rating", "The rating is a whole number from 1 to 5")
    open_database(args.db)
    actor = sign_in(args.user)
    info = feedback.record_feedback(actor, args.refund_no, args.rating, args.comment)
    out.emit(info.to_dict(), _feedback_lines(info))
    return 0


def _feedback_lines(info: feedback.FeedbackInfo) -> list[str]:
    stars = "★" * info.rating + "☆" * (5 - info.rating)
    text = tx("Feedback on {refund_no}: {stars} ({rating}/5), recorded by {user} {at}").format(
        refund_no=info.refund_no,
        stars=stars,
        rating=info.rating,
        user=info.recorded_by,
        at=when(info.recorded_at),
    )
    return [text, *([f"  {info.comment}"] if info.comment else [])]
