"""The refund detail panel: the breakdown as stored, findings, approvals, gates, payouts, timeline.

Everything shown comes from the stored refund (its saved quote and findings) and its audit events,
not from a new calculation: the panel shows what was decided, even if the policy changed since.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any

from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from merchant_refunds.domain.calculation import BreakdownKind
from merchant_refunds.domain.deadlines import DeadlineKind, DeadlinePolicy, StatutoryOutcome, Step
from merchant_refunds.services import clock
from merchant_refunds.services.audit import AuditEntry
from merchant_refunds.services.deadlines import RefundDeadlines
from merchant_refunds.services.feedback import FeedbackInfo
from merchant_refunds.services.presale import SupplierAnswer
from merchant_refunds.services.refund_views import PayoutInfo, RefundDetail
from merchant_refunds.services.returned_goods import GoodsRecord
from merchant_refunds.services.signatures import SignatureInfo, SignatureKind
from merchant_refunds.ui.common import formatting as fmt
from merchant_refunds.ui.common.deadline_texts import (
    deadline_relative,
    deadline_why,
    kind_label,
    outcome_label,
)
from merchant_refunds.ui.common.messages import finding_text

BLOCK_COLOR = "#c62828"
WARN_COLOR = "#b26a00"
LATE_COLOR = "#8b0000"
STEP_KINDS = {Step.REVIEW: DeadlineKind.REVIEW_DUE, Step.PAYOUT: DeadlineKind.PAYOUT_DUE}


@dataclass(frozen=True)
class Aftercare:
    """What the panel shows beyond the refund itself: feedback and the supplier's answers."""

    feedback: FeedbackInfo | None
    supplier_answers: list[SupplierAnswer]
    waits_for_supplier: bool
    #: The refund's due dates, the law's limit and the owner's extensions, with the policy
    #: whose rules explain them (None where not read).
    deadlines: RefundDeadlines | None = None
    deadline_policy: DeadlinePolicy | None = None
    #: The returned units as inspected and the return postage (None where not read).
    goods: GoodsRecord | None = None


class RefundDetailPanel(QWidget):
    """Read-only text of one refund; the refunds view puts the action buttons under it."""

    def __init__(self, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self.refund: RefundDetail | None = None
        self.signatures: list[SignatureInfo] = []
        self.aftercare = Aftercare(None, [], False)
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.browser, 1)
        self.clear()

    def clear(self) -> None:
        self.refund = None
        self.title.setText(self.tr("No refund selected"))
        self.browser.setHtml(
            "<p>" + escape(self.tr("Pick a refund in the list to see it and act on it.")) + "</p>"
        )

    def show_refund(
        self,
        refund: RefundDetail,
        events: list[AuditEntry],
        signatures: list[SignatureInfo] | None = None,
        aftercare: Aftercare | None = None,
    ) -> None:
        self.refund = refund
        self.signatures = list(signatures or [])
        self.aftercare = aftercare or Aftercare(None, [], False)
        self.title.setText(
            self.tr("Refund %1 · %2")
            .replace("%1", refund.refund_no)
            .replace("%2", fmt.refund_status_label(refund.status))
        )
        self.browser.setHtml(self._html(refund, events))

    def text(self) -> str:
        """What the panel shows, as plain text (tests read it like a user would)."""
        return self.title.text() + "\n" + self.browser.toPlainText()

    # building the text

    def _money(self, minor: int, currency: str) -> str:
        return escape(fmt.money_text(minor, currency, self._locale))

    def _html(self, refund: RefundDetail, events: list[AuditEntry]) -> str:
        loc = self._locale
        parts = ["<style>td,th{padding:2px 6px;} th{text-align:left;}</style><table>"]

        def row(label: str, value: str, raw: bool = False) -> None:
            parts.append(
                f"<tr><th>{escape(label)}</th><td>{value if raw else escape(value)}</td></tr>"
            )

        row(self.tr("Order"), refund.order_no)
        row(self.tr("Reason"), fmt.reason_label(refund.reason))
        if refund.amount_kind:
            row(self.tr("Refund by amount"), self._amount_text(refund))
        if refund.note:
            row(self.tr("Note"), refund.note)
        row(
            self.tr("Requested"),
            self.tr("%1 by %2")
            .replace("%1", fmt.datetime_text(refund.requested_at, loc))
            .replace("%2", refund.requested_by),
        )
        payout_to = fmt.payout_method_label(refund.destination_method)
        if refund.destination_masked:
            payout_to += " · " + refund.destination_masked
        row(self.tr("Pay back by"), payout_to)
        row(self.tr("Signature"), self._signature_state(refund))
        if refund.goods_return:
            received = refund.goods_received_at
            row(
                self.tr("Returned goods"),
                self.tr("received %1").replace("%1", fmt.datetime_text(received, loc))
                if received
                else self.tr("not received yet"),
            )
        if refund.rejection_reason:
            row(self.tr("Rejected because"), refund.rejection_reason)
        if refund.override_reason:
            row(self.tr("Block overridden because"), refund.override_reason)
            if refund.overridden_by and refund.overridden_by != refund.requested_by:
                row(
                    self.tr("Overridden by"),
                    self.tr("%1, at %2's counter")
                    .replace("%1", refund.overridden_by)
                    .replace("%2", refund.requested_by),
                )
        for answer in self.aftercare.supplier_answers:
            row(
                self.tr("Supplier"),
                self.tr("%1 asked on %2: %3")
                .replace("%1", answer.supplier)
                .replace("%2", fmt.date_text(answer.asked_on, loc))
                .replace("%3", self._answer_label(answer.answer))
                + (" · " + answer.note if answer.note else ""),
            )
        if self.aftercare.waits_for_supplier:
            row(self.tr("Supplier"), self.tr("waiting for the supplier's agreement"))
        given = self.aftercare.feedback
        if given is not None:
            row(
                self.tr("Customer feedback"),
                "★" * given.rating
                + "☆" * (5 - given.rating)
                + (" " + given.comment if given.comment else ""),
            )
        parts.append("</table>")
        parts.append(self._goods_html(refund))
        parts.append(self._breakdown_html(refund))
        parts.append(self._deadlines_html())
        parts.append(self._findings_html(refund))
        parts.append(self._approvals_html(refund))
        parts.append(self._payouts_html(refund))
        parts.append(self._timeline_html(events))
        return "".join(parts)

    def _answer_label(self, answer: str) -> str:
        """The supplier's answer in the user's words (pending: asked, no answer yet)."""
        if answer == "agreed":
            return self.tr("agreed")
        if answer == "refused":
            return self.tr("refused")
        return self.tr("no answer yet")

    def _signature_state(self, refund: RefundDetail) -> str:
        if not refund.signature_required:
            return self.tr("not needed")
        if refund.signed_at:
            signed = self.tr("signed %1").replace(
                "%1", fmt.datetime_text(refund.signed_at, self._locale)
            )
            if not self.signatures:
                return signed + " · " + self.tr("no file on record")
            kinds = {proof.kind for proof in self.signatures}
            how = []
            if SignatureKind.PAD in kinds:
                how.append(self.tr("signed on screen"))
            if SignatureKind.SCAN in kinds:
                how.append(self.tr("scan of the signed paper attached"))
            return (
                signed
                + " · "
                + self.tr("recorded by %1").replace("%1", self.signatures[0].created_by)
                + " · "
                + ", ".join(how)
            )
        return self.tr("needed before payment, not signed yet")

    def _amount_text(self, refund: RefundDetail) -> str:
        """What a refund by amount is and where: the goods stay with the customer."""
        where = (
            self.tr("whole order")
            if refund.amount_line is None
            else self.tr("line %1").replace("%1", str(refund.amount_line))
        )
        return (
            self.tr("%1 on %2, no units taken")
            .replace("%1", fmt.amount_kind_label(refund.amount_kind))
            .replace("%2", where)
        )

    def _breakdown_html(self, refund: RefundDetail) -> str:
        quote: dict[str, Any] = refund.quote
        currency = refund.currency
        rows: list[tuple[str, int]] = []
        for item in quote.get("items", []):
            units = f" × {item['quantity']}" if item["quantity"] else ""
            rows.append((f"{item['name']} ({item['sku']}){units}", item["gross"]))
        reduced = sum(item.get("reduced", 0) for item in quote.get("items", []))
        discount = sum(item["gross"] - item["amount"] for item in quote.get("items", [])) - reduced
        if discount:
            rows.append((fmt.breakdown_label(BreakdownKind.DISCOUNT), -discount))
        if reduced:
            rows.append((fmt.breakdown_label(BreakdownKind.REDUCED), -reduced))
        if quote.get("shipping"):
            rows.append((fmt.breakdown_label(BreakdownKind.SHIPPING), quote["shipping"]))
        for key, kind in (
            ("restocking_fee", BreakdownKind.RESTOCKING_FEE),
            ("return_shipping", BreakdownKind.RETURN_SHIPPING),
        ):
            if quote.get(key):
                rows.append((fmt.breakdown_label(kind), -quote[key]))
        if quote.get("deductions"):
            rows.append((fmt.breakdown_label(BreakdownKind.DEDUCTION), -quote["deductions"]))
        if quote.get("return_postage"):
            rows.append(
                (fmt.breakdown_label(BreakdownKind.RETURN_POSTAGE), quote["return_postage"])
            )
        if quote.get("cross_border_fee") and quote.get("cross_border_fee_bearer") == "customer":
            rows.append(
                (fmt.breakdown_label(BreakdownKind.CROSS_BORDER_FEE), -quote["cross_border_fee"])
            )
        out = ["<h4>" + escape(self.tr("Breakdown")) + "</h4><table>"]
        for label, amount in rows:
            out.append(
                f"<tr><td>{escape(label)}</td>"
                f"<td align='right'>{self._money(amount, currency)}</td></tr>"
            )
        out.append(
            f"<tr><td><b>{escape(fmt.breakdown_label(BreakdownKind.TOTAL))}</b></td>"
            f"<td align='right'><b>{escape(fmt.money_text(refund.total, locale=self._locale))}"
            "</b></td></tr>"
        )
        if refund.payout.currency != refund.currency:
            out.append(
                f"<tr><td>{escape(fmt.breakdown_label(BreakdownKind.CONVERSION))}</td>"
                f"<td align='right'>{escape(fmt.money_text(refund.payout, locale=self._locale))}"
                "</td></tr>"
            )
        out.append("</table>")
        out.append(f"<p><i>{escape(fmt.words_text(refund.total, self._locale))}</i></p>")
        return "".join(out)

    def _goods_html(self, refund: RefundDetail) -> str:
        """The returned units as inspected (condition, stock, deduction and its reason) and the
        return postage paid back with its receipt."""
        goods = self.aftercare.goods
        if goods is None or not (goods.units or goods.postage):
            return ""
        out = []
        if goods.postage is not None:
            p = goods.postage
            text = (
                self.tr("%1, receipt %2")
                .replace("%1", fmt.money_text(p.amount, locale=self._locale))
                .replace("%2", p.receipt)
            )
            if p.override_reason:
                text += " · " + self.tr("owner's override by %1: %2").replace(
                    "%1", p.overridden_by
                ).replace("%2", p.override_reason)
            out.append(
                "<p><b>"
                + escape(fmt.breakdown_label(BreakdownKind.RETURN_POSTAGE))
                + "</b>: "
                + escape(text)
                + "</p>"
            )
        if goods.units:
            heads = [self.tr("Unit"), self.tr("Condition"), self.tr("Stock"),
                     self.tr("Deduction"), self.tr("Note")]  # fmt: skip
            out.append("<h4>" + escape(self.tr("Returned goods")) + "</h4><table><tr>")
            out += [f"<th>{escape(h)}</th>" for h in heads]
            out.append("</tr>")
            for u in goods.units:
                deduction = (
                    fmt.money_text(u.deduction, locale=self._locale) if u.deduction.minor else ""
                )
                note = " · ".join(x for x in (u.note, u.deduction_reason) if x)
                cells = [
                    f"{u.sku} #{u.unit_no}",
                    fmt.condition_label(u.condition.value),
                    fmt.disposition_label(u.disposition.value),
                    deduction,
                    note,
                ]
                out.append("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in cells) + "</tr>")
            out.append("</table>")
        return "".join(out)

    def missed_statutory(self) -> bool:
        info = self.aftercare.deadlines
        return info is not None and info.outcome is StatutoryOutcome.MISSED

    def _deadlines_html(self) -> str:
        """What is due next and why, the law's limit and whether it held, and who extended."""
        info, policy = self.aftercare.deadlines, self.aftercare.deadline_policy
        if info is None or policy is None:
            return ""
        if not (info.deadlines or info.statutory or info.extensions):
            return ""
        loc = self._locale
        now = clock.now()
        out = ["<h4>" + escape(self.tr("Deadlines")) + "</h4><ul>"]
        for deadline in info.deadlines:
            late = deadline.is_late(now)
            text = (
                self.tr("%1: last day %2 (%3)")
                .replace("%1", kind_label(deadline.kind.value))
                .replace("%2", fmt.date_text(deadline.due_on, loc))
                .replace("%3", deadline_relative(deadline, now.date(), late))
            )
            style = f" style='color:{LATE_COLOR}'" if late else ""
            bold = deadline.statutory and late
            shown = f"<b>{escape(text)}</b>" if bold else escape(text)
            why = escape(deadline_why(deadline, policy))
            out.append(f"<li{style}>{shown}<br><i>{why}</i></li>")
        # A legal deadline of an unpaid refund is among those ahead; once paid, whether it was
        # met or missed is told here.
        outcome = info.outcome
        ahead = any(d.statutory for d in info.deadlines)
        if info.statutory is not None and outcome is not None and not ahead:
            text = (
                self.tr("Legal deadline %1: %2")
                .replace("%1", fmt.date_text(info.statutory.due_on, loc))
                .replace("%2", outcome_label(outcome))
            )
            missed = outcome is StatutoryOutcome.MISSED
            style = f" style='color:{LATE_COLOR}'" if missed else ""
            why = escape(deadline_why(info.statutory, policy))
            out.append(f"<li{style}>{escape(text)}<br><i>{why}</i></li>")
        for extension in info.extensions:
            text = (
                self.tr("%1 extended to %2 by %3 on %4: %5")
                .replace("%1", kind_label(STEP_KINDS[extension.step].value))
                .replace("%2", fmt.date_text(extension.until, loc))
                .replace("%3", extension.by)
                .replace("%4", fmt.datetime_text(extension.at, loc))
                .replace("%5", extension.reason)
            )
            out.append(f"<li>{escape(text)}</li>")
        out.append("</ul>")
        return "".join(out)

    def _findings_html(self, refund: RefundDetail) -> str:
        missed = self.missed_statutory()
        if not refund.findings and not missed:
            return ""
        out = ["<h4>" + escape(self.tr("Findings")) + "</h4><ul>"]
        info = self.aftercare.deadlines
        if missed and info is not None and info.statutory is not None:
            text = self.tr("The legal refund deadline (%1) was missed").replace(
                "%1", fmt.date_text(info.statutory.due_on, self._locale)
            )
            out.append(f"<li style='color:{BLOCK_COLOR}'><b>{escape(text)}</b></li>")
        for finding in refund.findings:
            color = BLOCK_COLOR if finding.get("severity") == "block" else WARN_COLOR
            label = fmt.severity_label(str(finding.get("severity", "")))
            out.append(
                f"<li style='color:{color}'>"
                f"{escape(fmt.labelled(label, finding_text(finding)))}</li>"
            )
        out.append("</ul>")
        return "".join(out)

    def _approvals_html(self, refund: RefundDetail) -> str:
        out = ["<h4>" + escape(self.tr("Approvals")) + "</h4>"]
        if refund.second_approval_required:
            out.append(
                "<p>"
                + escape(self.tr("A second person, not the requester, must approve."))
                + "</p>"
            )
        if not refund.approvals:
            out.append("<p>" + escape(self.tr("No decision yet.")) + "</p>")
            return "".join(out)
        out.append("<ul>")
        for approval in refund.approvals:
            decision = (
                self.tr("approved") if approval.decision == "approve" else self.tr("rejected")
            )
            text = (
                self.tr("%1 %2 on %3")
                .replace("%1", approval.user_name)
                .replace("%2", decision)
                .replace("%3", fmt.datetime_text(approval.at, self._locale))
            )
            if approval.asked_by:
                text += " " + self.tr("(at %1's counter, with his PIN)").replace(
                    "%1", approval.asked_by
                )
            if approval.reason:
                text += f": {approval.reason}"
            item = escape(text)
            if approval.self_approval:
                label = self.tr("Single-owner self-approval (PIN re-entered)")
                item += f"<br/><b style='color:#8b5a00'>{escape(label)}</b>"
            out.append(f"<li>{item}</li>")
        out.append("</ul>")
        return "".join(out)

    def _payouts_html(self, refund: RefundDetail) -> str:
        out = ["<h4>" + escape(self.tr("Payouts")) + "</h4>"]
        if not refund.payouts:
            out.append("<p>" + escape(self.tr("Nothing paid yet.")) + "</p>")
            return "".join(out)
        # Two rows a payout: what and how much on the first, never broken inside an amount;
        # the reference and dates beneath, where a narrow panel may wrap them between words.
        out.append("<table>")
        for payout in refund.payouts:
            amount = fmt.money_text(payout.amount, payout.currency, self._locale)
            out.append(
                f"<tr><td style='white-space:nowrap'>#{payout.seq}</td>"
                f"<td>{escape(fmt.payout_method_label(payout.method))}</td>"
                f"<td align='right' style='white-space:nowrap'><b>{escape(amount)}</b></td>"
                f"<td style='white-space:nowrap'>{escape(fmt.payout_status_label(payout.status))}"
                "</td></tr>"
            )
            when = fmt.datetime_text(payout.received_at or payout.sent_at, self._locale)
            texts = (payout.reference, when, self._expected_text(payout))
            details = " · ".join(escape(text) for text in texts if text)
            if details:
                out.append(f"<tr><td></td><td colspan='3'><small>{details}</small></td></tr>")
        out.append("</table>")
        left = refund.payout.minor - refund.paid_so_far
        if left > 0 and refund.paid_so_far:
            out.append(
                "<p>"
                + escape(
                    self.tr("Still to pay: %1").replace(
                        "%1", fmt.money_text(left, refund.payout.currency, self._locale)
                    )
                )
                + "</p>"
            )
        return "".join(out)

    def _expected_text(self, payout: PayoutInfo) -> str:
        """Arrival range once sent, due day while scheduled, the reason once failed."""
        loc = self._locale
        if payout.failure_reason:
            return self.tr("failed: %1").replace("%1", payout.failure_reason)
        if payout.expected_to and payout.received_at is None:
            return (
                self.tr("expected %1 – %2")
                .replace("%1", fmt.date_text(payout.expected_from, loc))
                .replace("%2", fmt.date_text(payout.expected_to, loc))
            )
        if payout.due_on and payout.sent_at is None:
            return self.tr("due %1").replace("%1", fmt.date_text(payout.due_on, loc))
        return ""

    def _timeline_html(self, events: list[AuditEntry]) -> str:
        out = ["<h4>" + escape(self.tr("Timeline")) + "</h4><ul>"]
        for event in events:
            text = (
                f"{fmt.datetime_text(event.at, self._locale)} · {event.user_name} · "
                f"{fmt.audit_action_label(event.action)}"
            )
            out.append(f"<li>{escape(text)}</li>")
        out.append("</ul>")
        return "".join(out)
