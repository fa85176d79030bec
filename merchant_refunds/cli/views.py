"""What each command prints: the same facts as human text and as JSON.

JSON amounts are exact decimal strings in major units ("128.00") beside their currency, as in the
order format; the stored quote (``quote``) keeps its integer minor units.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from merchant_refunds.cli import labels
from merchant_refunds.cli.i18n import messages_language, render, tx
from merchant_refunds.cli.labels import label
from merchant_refunds.cli.output import Output, pad, table, when
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


def _field(label: str, width: int) -> str:
    """``  Label`` (already in the user's language) padded to ``width`` columns."""
    return "  " + pad(label, width)


def order_lines(out: Output, detail: OrderDetail) -> list[str]:
    order = detail.order
    ccy = order.currency
    m = lambda minor: out.money(minor, ccy)  # noqa: E731
    c = order.customer
    pay = order.payment
    shown = pay.payer_account if "*" in pay.payer_account else mask_account(pay.payer_account)
    account = tx(", account {account}").format(account=shown) if shown else ""
    reference = tx(", ref {reference}").format(reference=pay.reference) if pay.reference else ""
    paid_via = tx("via {method}").format(method=label(labels.PAYMENT_METHOD, pay.method))
    text = [
        tx("Order {order_no} · {status} · {currency}").format(
            order_no=order.order_no,
            status=label(labels.ORDER_STATUS, order.status),
            currency=ccy,
        ),
        _field(tx("Placed"), 11)
        + f"{when(order.placed_at)}   "
        + tx("source {source}").format(source=label(labels.SOURCE, order.source)),
        _field(tx("Paid"), 11) + f"{when(order.paid_at)}   {paid_via}{reference}{account}",
        _field(tx("Shipped"), 11) + when(order.shipped_at),
        _field(tx("Delivered"), 11) + when(order.delivered_at),
        _field(tx("Customer"), 11)
        + " · ".join(x for x in (c.name, c.phone, c.email, c.country) if x),
    ]
    if order.presale:
        text.append(_field(tx("Pre-sale"), 11) + tx("yes"))
    if order.note:
        text.append(_field(tx("Note"), 11) + order.note)
    left = {line["line_no"]: line for line in detail.refundable["lines"]}
    rows = []
    for line in order.lines:
        info = left[line.line_no]
        flags = []
        if line.final_sale:
            flags.append(tx("final sale"))
        if line.category:
            flags.append(label(labels.CATEGORY, line.category))
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
    headers = ["#", "SKU", tx("Name"), tx("Qty"), tx("Unit"), tx("Discount"), tx("Paid")]
    headers += [tx("Refunded"), tx("Left"), tx("Refundable"), tx("Tax"), tx("Notes")]
    text += ["", *table(headers, rows, "<<<>>>>>>>><")]
    for d in order.discounts:
        named = " ".join(x for x in (d.description, d.code and f"[{d.code}]") if x)
        text.append(
            tx("  Order discount ({kind}) {label}: {amount}").format(
                kind=label(labels.DISCOUNT_KIND, d.kind), label=named, amount=m(-d.amount)
            )
        )
    sums = [
        [tx("Shipping"), m(order.shipping_fee), m(detail.refundable["shipping_left"])],
        [tx("Total"), m(order.total_paid), m(detail.refundable["total_left"])],
    ]
    text += ["", *("  " + row for row in table(["", tx("Paid"), tx("Refundable")], sums, "<>>"))]
    if detail.refunds:
        rows = [
            [
                r.refund_no,
                label(labels.REFUND_STATUS, r.status),
                label(labels.REASON, r.reason_code),
                out.money(r.total, r.currency),
                when(r.requested_at),
            ]
            for r in detail.refunds
        ]
        headers = [tx("Refund"), tx("Status"), tx("Reason"), tx("Total"), tx("Requested")]
        text += ["", tx("Refunds"), *table(headers, rows, "<<<><")]
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
        return [tx("No orders match {text!r}.").format(text=text)]
    rows = [
        [
            s.order_no,
            when(s.placed_at),
            s.customer_name,
            s.customer_phone,
            label(labels.ORDER_STATUS, s.status),
            out.money(s.total_paid, s.currency),
            label(labels.PAYMENT_METHOD, s.payment_method),
        ]
        for s in found
    ]
    headers = [tx("Order"), tx("Placed"), tx("Customer"), tx("Phone"), tx("Status"), tx("Total")]
    headers.append(tx("Paid with"))
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


def _finding_text(finding: dict[str, Any]) -> str:
    """A finding in the user's language; one stored by an older version whose template no longer
    fits its values keeps the English it was stored with."""
    if messages_language() != "zh" or not finding.get("template"):
        return str(finding["message"])
    try:
        return render(finding["template"], finding.get("params") or {})
    except (KeyError, IndexError, ValueError):
        return str(finding["message"])


def findings_lines(findings: list[dict[str, Any]]) -> list[str]:
    if not findings:
        return [tx("Findings: none")]
    text = [tx("Findings:")]
    for f in findings:
        extra = ""
        if f["severity"] == "block":
            extra = (
                tx(" (the owner may override)")
                if f.get("overridable")
                else tx(" (cannot override)")
            )
        message = _finding_text(f)
        text.append(f"  [{label(labels.SEVERITY, f['severity'])}] {message}{extra}")
    return text


def _where(line: int | None) -> str:
    return tx("the whole order") if line is None else tx("line {line}").format(line=line)


def _breakdown_rows(out: Output, quote: Any) -> list[list[str]]:
    """The quote's rows, named in the user's language (the domain's are English)."""
    rows = []
    items = iter(quote.items)
    for row in quote.breakdown():
        kind = row.kind.value
        name, detail = tx(labels.BREAKDOWN.get(kind, row.label)), row.detail
        if kind in ("items", "amount"):
            item = next(items)
            name = row.label
            detail = tx("line {line}").format(line=item.line_no)
            if kind == "amount":
                detail = tx("{kind}, {where}").format(
                    kind=label(labels.AMOUNT_KIND, quote.amount_kind), where=detail
                )
        elif kind == "total":
            detail = tx("tax included {tax}").format(tax=out.money(quote.tax, quote.currency))
        elif kind == "conversion":
            name = tx("Paid in {currency}").format(currency=quote.payout.currency)
            detail = tx("rate {rate} on {day}").format(
                rate=quote.fx.rate, day=quote.fx.as_of.isoformat()
            )
        elif kind == "cross_border_fee":
            detail = tx("borne by {bearer}").format(
                bearer=label(labels.FEE_BEARER, quote.cross_border_fee_bearer)
            )
        rows.append([name, detail, row.amount.format(out.locale)])
    return rows


def quote_lines(out: Output, result: QuoteResult) -> list[str]:
    quote = result.quote
    rows = _breakdown_rows(out, quote)
    text = [
        tx("Refund quote for order {order_no} ({currency}), reason {reason}").format(
            order_no=quote.order_no,
            currency=quote.currency,
            reason=label(labels.REASON, quote.reason),
        )
    ]
    if quote.amount_kind is not None:
        text.append(
            tx("By amount: {kind} on {where}; no units taken").format(
                kind=label(labels.AMOUNT_KIND, quote.amount_kind), where=_where(quote.amount_line)
            )
        )
    text += ["", *table(["", "", tx("Amount")], rows, "<<>")[1:], ""]
    text += findings_lines([f.to_dict() for f in result.findings])
    if result.blocking:
        text.append(tx("Blocked: a request needs the owner's --override REASON (where allowed)."))
    return text


def refund_payload(detail: RefundDetail) -> dict[str, Any]:
    return detail.to_dict()


def _approval_line(a: Any) -> str:
    text = f"  {when(a.at)}  {a.user_name}  {label(labels.DECISION, a.decision)}"
    if a.self_approval:
        text += tx(" (single-owner self-approval, PIN re-entered)")
    if a.asked_by:
        text += tx(" (at {user}'s counter)").format(user=a.asked_by)
    if a.reason:
        text += f" — {a.reason}"
    return text


def refund_lines(out: Output, detail: RefundDetail) -> list[str]:
    d = detail
    ccy = d.currency
    signature = tx("not needed")
    if d.signature_required:
        signature = tx("signed {at}").format(at=when(d.signed_at)) if d.signed_at else tx("not yet")
    goods = tx("no")
    if d.goods_return:
        goods = (
            tx("received {at}").format(at=when(d.goods_received_at))
            if d.goods_received_at
            else tx("not yet received")
        )
    needs = [
        tx("second approval {answer}").format(
            answer=tx("yes") if d.second_approval_required else tx("no")
        ),
        tx("signature {state}").format(state=signature),
        tx("goods back {state}").format(state=goods),
    ]
    payout = d.payout.format(out.locale)
    if d.payout.currency != ccy:
        quote_fx = d.quote.get("fx") or {}
        payout += tx(" at {rate} {currency}→{payout_currency} on {day}").format(
            rate=quote_fx.get("rate"),
            currency=ccy,
            payout_currency=d.payout.currency,
            day=quote_fx.get("as_of"),
        )
    payout += " " + tx("via {method}").format(
        method=label(labels.PAYOUT_METHOD, d.destination_method)
    )
    if d.destination_masked:
        payout += " " + tx("to {account}").format(account=d.destination_masked)
    text = [
        tx("Refund {refund_no} · order {order_no} · {status}").format(
            refund_no=d.refund_no,
            order_no=d.order_no,
            status=label(labels.REFUND_STATUS, d.status),
        ),
        _field(tx("Reason"), 12)
        + label(labels.REASON, d.reason)
        + (f" — {d.note}" if d.note else ""),
        _field(tx("Requested"), 12)
        + tx("{at} by {user}").format(at=when(d.requested_at), user=d.requested_by),
        _field(tx("Total"), 12) + d.total.format(out.locale),
        _field(tx("Payout"), 12) + payout,
        _field(tx("Paid so far"), 12) + out.money(d.paid_out, d.payout.currency),
    ]
    if d.scheduled:
        text.append(_field(tx("Scheduled"), 12) + out.money(d.scheduled, d.payout.currency))
    text += [_field(tx("Gates"), 12) + " · ".join(needs)]
    if d.amount_kind:
        text.append(
            _field(tx("By amount"), 12)
            + tx("{kind} on {where}; no units taken, the goods stay with the customer").format(
                kind=label(labels.AMOUNT_KIND, d.amount_kind), where=_where(d.amount_line)
            )
        )
    if d.override_reason:
        by = ""
        if d.overridden_by != d.requested_by:
            by = tx(" (by {user})").format(user=d.overridden_by)
        text.append(_field(tx("Override"), 12) + f"{d.override_reason}{by}")
    if d.rejection_reason:
        text.append(_field(tx("Rejected"), 12) + d.rejection_reason)
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
        heads = ["#", "SKU", tx("Name"), tx("Qty"), tx("Amount")]
        text += ["", *table(heads, rows, "<<<>>")]
    extra = [
        ("shipping", d.quote.get("shipping", 0)),
        ("restocking_fee", -d.quote.get("restocking_fee", 0)),
        ("return_shipping", -d.quote.get("return_shipping", 0)),
    ]
    for kind, minor in extra:
        if minor:
            name = (
                tx("Return shipping")
                if kind == "return_shipping"
                else label(labels.BREAKDOWN, kind)
            )
            text.append(tx("  {label}: {amount}").format(label=name, amount=out.money(minor, ccy)))
    if d.approvals:
        text += ["", tx("Approvals"), *(_approval_line(a) for a in d.approvals)]
    if d.payouts:
        rows = [
            [
                str(p.seq),
                label(labels.PAYOUT_METHOD, p.method),
                out.money(p.amount, p.currency),
                label(labels.PAYOUT_STATUS, p.status),
                p.reference,
                when(p.sent_at),
                when(p.received_at),
            ]
            for p in d.payouts
        ]
        headers = [tx("Payout"), tx("Method"), tx("Amount"), tx("Status"), tx("Reference")]
        headers += [tx("Sent"), tx("Received")]
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

    people = ", ".join(f"{n} ({label(labels.ROLE, r)}, PIN {p})" for n, r, p, _ in DEMO_USERS)
    orders = ", ".join(
        f"{label(labels.ORDER_STATUS, k)} {v}" for k, v in summary.orders_by_status.items() if v
    )
    refunds = ", ".join(
        f"{label(labels.REFUND_STATUS, k)} {v}" for k, v in summary.refunds_by_status.items() if v
    )
    return [
        tx("Demo data written to {path}").format(path=db_path),
        _field(tx("Period"), 9) + f"{summary.first_day} – {summary.last_day}",
        _field(tx("Orders"), 9) + f"{summary.orders}: {orders}",
        _field(tx("Refunds"), 9) + f"{summary.refunds}: {refunds}",
        _field(tx("Users"), 9) + people,
    ]
