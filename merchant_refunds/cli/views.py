"""What each command prints: the same facts as human text and as JSON.

JSON amounts are exact decimal strings in major units ("128.00") beside their currency, as in the
order format; the stored quote (``quote``) keeps its integer minor units.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from merchant_refunds.cli.i18n import tx
from merchant_refunds.cli.output import Output, table, when
from merchant_refunds.domain.masking import mask_account
from merchant_refunds.domain.order_json import order_to_dict

if TYPE_CHECKING:  # types only: a command imports the services it calls, and no others
    from merchant_refunds.demo.generator import DemoSummary
    from merchant_refunds.services import audit
    from merchant_refunds.services.orders import OrderDetail, OrderSummary
    from merchant_refunds.services.refund_requests import QuoteResult
    from merchant_refunds.services.refund_views import RefundDetail


def order_payload(out: Output, detail: OrderDetail) -> dict[str, Any]:
    order = detail.order
    ccy = order.currency
    left = {line["line_no"]: line for line in detail.refundable["lines"]}
    data = order_to_dict(order)
    for line_data, line in zip(data["lines"], order.lines, strict=True):
        info = left[line.line_no]
        line_data.update(
            order_discount_share=out.major(line.order_discount_share, ccy),
            paid=out.major(line.paid, ccy),
            refunded_units=info["refunded_units"],
            units_left=info["units_left"],
            amount_left=out.major(info["amount_left"], ccy),
        )
    data["totals"] = {
        "items_paid": out.major(order.items_paid, ccy),
        "shipping_fee": out.major(order.shipping_fee, ccy),
        "total_paid": out.major(order.total_paid, ccy),
        "shipping_left": out.major(detail.refundable["shipping_left"], ccy),
        "total_left": out.major(detail.refundable["total_left"], ccy),
    }
    data["refunds"] = [
        {
            "refund_no": r.refund_no,
            "status": r.status,
            "reason": r.reason_code,
            "total": out.major(r.total, r.currency),
            "currency": r.currency,
            "requested_at": r.requested_at,
        }
        for r in detail.refunds
    ]
    return data


def order_lines(out: Output, detail: OrderDetail) -> list[str]:
    order = detail.order
    ccy = order.currency
    m = lambda minor: out.money(minor, ccy)  # noqa: E731
    c = order.customer
    pay = order.payment
    shown = pay.payer_account if "*" in pay.payer_account else mask_account(pay.payer_account)
    account = f", account {shown}" if shown else ""
    reference = f", ref {pay.reference}" if pay.reference else ""
    text = [
        f"Order {order.order_no} · {order.status.value} · {ccy}",
        f"  Placed     {when(order.placed_at)}   source {order.source}",
        f"  Paid       {when(order.paid_at)}   via {pay.method.value}{reference}{account}",
        f"  Shipped    {when(order.shipped_at)}",
        f"  Delivered  {when(order.delivered_at)}",
        "  Customer   " + " · ".join(x for x in (c.name, c.phone, c.email, c.country) if x),
    ]
    if order.presale:
        text.append("  Pre-sale   yes")
    if order.note:
        text.append(f"  Note       {order.note}")
    left = {line["line_no"]: line for line in detail.refundable["lines"]}
    rows = []
    for line in order.lines:
        info = left[line.line_no]
        flags = []
        if line.final_sale:
            flags.append("final sale")
        if line.category:
            flags.append(line.category)
        rows.append(
            [
                str(line.line_no),
                line.sku,
                line.name,
                str(line.quantity),
                m(line.unit_price),
                m(-line.discount_total) if line.discount_total else "",
                m(line.paid),
                str(info["refunded_units"]),
                str(info["units_left"]),
                m(info["amount_left"]),
                format((line.tax_rate * 100).normalize(), "f") + "%",
                ", ".join(flags),
            ]
        )
    headers = ["#", "SKU", "Name", "Qty", "Unit", "Discount", "Paid", "Refunded", "Left"]
    headers += ["Refundable", "Tax", "Notes"]
    text += ["", *table(headers, rows, "<<<>>>>>>>><")]
    for d in order.discounts:
        label = " ".join(x for x in (d.description, d.code and f"[{d.code}]") if x)
        text.append(f"  Order discount ({d.kind.value}) {label}: {m(-d.amount)}")
    sums = [
        ["Shipping", m(order.shipping_fee), m(detail.refundable["shipping_left"])],
        ["Total", m(order.total_paid), m(detail.refundable["total_left"])],
    ]
    text += ["", *("  " + row for row in table(["", "Paid", "Refundable"], sums, "<>>"))]
    if detail.refunds:
        rows = [
            [
                r.refund_no,
                r.status,
                r.reason_code,
                out.money(r.total, r.currency),
                when(r.requested_at),
            ]
            for r in detail.refunds
        ]
        headers = ["Refund", "Status", "Reason", "Total", "Requested"]
        text += ["", "Refunds", *table(headers, rows, "<<<><")]
    return text


def search_payload(out: Output, found: list[OrderSummary]) -> list[dict[str, Any]]:
    return [
        {
            "order_no": s.order_no,
            "placed_at": s.placed_at,
            "customer_name": s.customer_name,
            "customer_phone": s.customer_phone,
            "status": s.status,
            "currency": s.currency,
            "total_paid": out.major(s.total_paid, s.currency),
            "payment_method": s.payment_method,
            "source": s.source,
        }
        for s in found
    ]


def search_lines(out: Output, found: list[OrderSummary], text: str) -> list[str]:
    if not found:
        return [f"No orders match {text!r}."]
    rows = [
        [
            s.order_no,
            when(s.placed_at),
            s.customer_name,
            s.customer_phone,
            s.status,
            out.money(s.total_paid, s.currency),
            s.payment_method,
        ]
        for s in found
    ]
    headers = ["Order", "Placed", "Customer", "Phone", "Status", "Total", "Paid with"]
    return table(headers, rows, "<<<<<><")


def quote_payload(out: Output, result: QuoteResult) -> dict[str, Any]:
    quote = result.quote
    return {
        "order_no": quote.order_no,
        "currency": quote.currency,
        "reason": quote.reason.value,
        "total": out.major(quote.total.minor, quote.currency),
        "payout": {
            "amount": out.major(quote.payout.minor, quote.payout.currency),
            "currency": quote.payout.currency,
        },
        "breakdown": [
            {
                "kind": row.kind.value,
                "label": row.label,
                "amount": str(row.amount.amount),
                "currency": row.amount.currency,
                "detail": row.detail,
            }
            for row in quote.breakdown()
        ],
        "findings": [f.to_dict() for f in result.findings],
        "blocked": bool(result.blocking),
        "quote": quote.to_dict(),
    }


def findings_lines(findings: list[dict[str, Any]]) -> list[str]:
    if not findings:
        return ["Findings: none"]
    text = ["Findings:"]
    for f in findings:
        extra = ""
        if f["severity"] == "block":
            extra = " (the owner may override)" if f.get("overridable") else " (cannot override)"
        text.append(f"  [{f['severity']}] {f['message']}{extra}")
    return text


def quote_lines(out: Output, result: QuoteResult) -> list[str]:
    quote = result.quote
    rows = [[row.label, row.detail, row.amount.format(out.locale)] for row in quote.breakdown()]
    text = [f"Refund quote for order {quote.order_no} ({quote.currency}), reason {quote.reason}"]
    if quote.amount_kind is not None:
        where = "the whole order" if quote.amount_line is None else f"line {quote.amount_line}"
        text.append(f"By amount: {quote.amount_kind.replace('_', ' ')} on {where}; no units taken")
    text += ["", *table(["", "", "Amount"], rows, "<<>")[1:], ""]
    text += findings_lines([f.to_dict() for f in result.findings])
    if result.blocking:
        text.append("Blocked: a request needs the owner's --override REASON (where allowed).")
    return text


def refund_payload(detail: RefundDetail) -> dict[str, Any]:
    return detail.to_dict()


def refund_lines(out: Output, detail: RefundDetail) -> list[str]:
    d = detail
    ccy = d.currency
    signature = "not needed"
    if d.signature_required:
        signature = f"signed {when(d.signed_at)}" if d.signed_at else "not yet"
    goods = "no"
    if d.goods_return:
        goods = (
            f"received {when(d.goods_received_at)}" if d.goods_received_at else "not yet received"
        )
    needs = [
        f"second approval {'yes' if d.second_approval_required else 'no'}",
        f"signature {signature}",
        f"goods back {goods}",
    ]
    payout = d.payout.format(out.locale)
    if d.payout.currency != ccy:
        quote_fx = d.quote.get("fx") or {}
        payout += f" at {quote_fx.get('rate')} {ccy}→{d.payout.currency} on {quote_fx.get('as_of')}"
    text = [
        f"Refund {d.refund_no} · order {d.order_no} · {d.status.value}",
        f"  Reason      {d.reason.value}" + (f" — {d.note}" if d.note else ""),
        f"  Requested   {when(d.requested_at)} by {d.requested_by}",
        f"  Total       {d.total.format(out.locale)}",
        f"  Payout      {payout} via {d.destination_method}"
        + (f" to {d.destination_masked}" if d.destination_masked else ""),
        f"  Paid so far {out.money(d.paid_out, d.payout.currency)}",
    ]
    if d.scheduled:
        text.append(f"  Scheduled   {out.money(d.scheduled, d.payout.currency)}")
    text += ["  Gates       " + " · ".join(needs)]
    if d.amount_kind:
        where = "the whole order" if d.amount_line is None else f"line {d.amount_line}"
        text.append(
            f"  By amount   {d.amount_kind.replace('_', ' ')} on {where}; "
            "no units taken, the goods stay with the customer"
        )
    if d.override_reason:
        by = f" (by {d.overridden_by})" if d.overridden_by != d.requested_by else ""
        text.append(f"  Override    {d.override_reason}{by}")
    if d.rejection_reason:
        text.append(f"  Rejected    {d.rejection_reason}")
    items = d.quote.get("items", [])
    if items:
        rows = [
            [
                str(i["line_no"]),
                i["sku"],
                i["name"],
                str(i["quantity"]) if i["quantity"] else "-",
                out.money(i["amount"], ccy),
            ]
            for i in items
        ]
        text += ["", *table(["#", "SKU", "Name", "Qty", "Amount"], rows, "<<<>>")]
    extra = [
        ("Shipping", d.quote.get("shipping", 0)),
        ("Restocking fee", -d.quote.get("restocking_fee", 0)),
        ("Return shipping", -d.quote.get("return_shipping", 0)),
    ]
    for label, minor in extra:
        if minor:
            text.append(f"  {label}: {out.money(minor, ccy)}")
    if d.approvals:
        text += ["", "Approvals"]
        text += [
            f"  {when(a.at)}  {a.user_name}  {a.decision}"
            + (" (single-owner self-approval, PIN re-entered)" if a.self_approval else "")
            + (f" (at {a.asked_by}'s counter)" if a.asked_by else "")
            + (f" — {a.reason}" if a.reason else "")
            for a in d.approvals
        ]
    if d.payouts:
        rows = [
            [
                str(p.seq),
                p.method,
                out.money(p.amount, p.currency),
                p.status,
                p.reference,
                when(p.sent_at),
                when(p.received_at),
            ]
            for p in d.payouts
        ]
        headers = ["Payout", "Method", "Amount", "Status", "Reference", "Sent", "Received"]
        text += ["", *table(headers, rows, "<<><<<<")]
    text += ["", *findings_lines(d.findings)]
    return text


def audit_lines(report: audit.ChainReport) -> list[str]:
    if report.keyed_from:
        text = tx(
            "Audit trail intact: {checked} events checked, keyed with the shop key from event "
            "{first} on."
        )
    else:
        text = tx(
            "Audit trail intact: {checked} events checked (not keyed yet: it is keyed at the "
            "next change)."
        )
    return [text.format(checked=report.checked, first=report.keyed_from)]


def demo_payload(summary: DemoSummary, db_path: str) -> dict[str, Any]:
    from merchant_refunds.demo.catalogue import DEMO_USERS

    users = [{"name": n, "role": r.value, "pin": p} for n, r, p, _ in DEMO_USERS]
    return {**summary.to_dict(), "database": db_path, "users": users}


def demo_lines(summary: DemoSummary, db_path: str) -> list[str]:
    from merchant_refunds.demo.catalogue import DEMO_USERS

    people = ", ".join(f"{n} ({r.value}, PIN {p})" for n, r, p, _ in DEMO_USERS)
    orders = ", ".join(f"{k} {v}" for k, v in summary.orders_by_status.items() if v)
    refunds = ", ".join(f"{k} {v}" for k, v in summary.refunds_by_status.items() if v)
    return [
        f"Demo data written to {db_path}",
        f"  Period   {summary.first_day} – {summary.last_day}",
        f"  Orders   {summary.orders}: {orders}",
        f"  Refunds  {summary.refunds}: {refunds}",
        f"  Users    {people}",
    ]
